// Package review prepares 先审后发, the review of a new build before it is
// published: it compares the published site with the one just built and
// gathers what the approver must see in one place — the pages added,
// removed and changed, each round's headline figures old → new, the new,
// repeated and fixed failures of the newest round, every validation
// warning, the draft rounds, and the newest round's figures with the counts
// behind them, to be checked against the Word 通报.
package review

import (
	"fmt"
	"os"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/model"
	"github.com/zwgk/zwgk/internal/site"
)

// Input is what a review compares and reports on.
type Input struct {
	Published string           // the site now online (a previous public/); it may not exist
	Built     string           // the site just built from the figures
	Figures   *figures.Figures // what the new site was built from
	Problems  *diag.List       // the problems found reading the rounds and computing the figures
	Excluded  []model.Round    // draft rounds present in the rounds folder and left out
}

// Report is the review of one build against the published site.
type Report struct {
	Published       string         // folder of the published site
	PublishedExists bool           // false: nothing is published yet, every page is new
	Old             *site.Manifest // the published site's manifest; nil when it has none
	New             *site.Manifest // the new build's manifest
	Pages           Pages
	Rounds          RoundChanges
	Failures        Failures
	Warnings        []diag.Problem
	Drafts          []Draft
}

// Draft is a round marked draft: true in its round.md.
type Draft struct {
	ID       string
	Title    string
	Included bool // built into the site with --drafts
}

// Make compares the sites and gathers the report. It reads the published
// site and never writes to it.
func Make(in Input) (*Report, error) {
	r := &Report{Published: in.Published}
	if info, err := os.Stat(in.Published); err == nil {
		if !info.IsDir() {
			return nil, fmt.Errorf("%s 不是文件夹 —— 用 --published 指定已发布网站所在的文件夹", in.Published)
		}
		r.PublishedExists = true
	} else if !os.IsNotExist(err) {
		return nil, err
	}
	var err error
	if r.PublishedExists {
		if r.Old, err = site.ReadManifest(in.Published); err != nil {
			return nil, err
		}
	}
	if r.New, err = site.ReadManifest(in.Built); err != nil {
		return nil, err
	}
	if r.New == nil {
		return nil, fmt.Errorf("新生成的网站 %s 中没有 %s", in.Built, site.ManifestName)
	}
	if r.Pages, err = ComparePages(in.Published, in.Built); err != nil {
		return nil, err
	}
	r.Rounds = compareRounds(r.Old, r.New, r.PublishedExists)
	r.Failures = newestFailures(in.Figures)
	if in.Problems != nil {
		for _, p := range in.Problems.Sorted() {
			if p.Severity == diag.Warning {
				r.Warnings = append(r.Warnings, p)
			}
		}
	}
	for _, d := range in.Excluded {
		r.Drafts = append(r.Drafts, Draft{ID: d.ID, Title: d.Meta.Title})
	}
	for _, fr := range in.Figures.Rounds {
		if fr.Round.Meta.Draft {
			r.Drafts = append(r.Drafts, Draft{ID: fr.Round.ID, Title: fr.Round.Meta.Title, Included: true})
		}
	}
	return r, nil
}

// Latest is the newest round's headline figures, nil when there is none.
func (r *Report) Latest() *site.RoundHeadlines {
	if n := len(r.New.Rounds); n > 0 {
		return &r.New.Rounds[n-1]
	}
	return nil
}

// DataChanged reports whether the rounds folder differs from the one the
// published site was built from; false when that is unknown.
func (r *Report) DataChanged() bool {
	return r.Old != nil && r.Old.Input.Rounds != r.New.Input.Rounds
}

// SiteChanged reports whether the site templates differ from the ones the
// published site was built with; false when that is unknown.
func (r *Report) SiteChanged() bool {
	return r.Old != nil && r.Old.Input.Site != r.New.Input.Site
}
