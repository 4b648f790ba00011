package figures_test

import (
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/figures/figurestest"
	"github.com/zwgk/zwgk/internal/golden"
)

// dump writes every aggregate as text, one figure per line, so that a change
// in any figure shows in the golden file's diff.
func dump(f *figures.Figures) string {
	var b strings.Builder
	for i, r := range f.Rounds {
		fmt.Fprintf(&b, "round %s partial=%v\n", r.Round.ID, r.Partial)
		fmt.Fprintf(&b, "  websites checked=%d passed=%d failed=%d rate=%v change=%s portals=%d\n",
			r.Websites.Checked, r.Websites.Passed, r.Websites.Failed, r.Websites.Rate(), change(f.WebsiteChange(i)), r.Portals)
		a := r.Accounts
		fmt.Fprintf(&b, "  accounts onfile=%d running=%d opened=%d closed=%d sampled=%v checked=%d passed=%d failed=%d rate=%v change=%s sample=%v\n",
			a.OnFile, a.Running, a.Opened, a.Closed, a.Sampled, a.Checked, a.Passed, a.Failed, a.Rate(), change(f.AccountChange(i)), a.SampleRate())
		for _, c := range r.Categories {
			fmt.Fprintf(&b, "  category %s units=%d websites=%d/%d %v accounts=%d/%d %v\n", c.Name, c.Units,
				c.Websites.Passed, c.Websites.Checked, c.Websites.Rate(), c.Accounts.Passed, c.Accounts.Checked, c.Accounts.Rate())
		}
		for _, p := range r.Platforms {
			fmt.Fprintf(&b, "  platform %s running=%d checked=%d passed=%d rate=%v\n", p.Name, p.Running, p.Checked, p.Passed, p.Rate())
		}
		for _, w := range r.FailedWebsites {
			fmt.Fprintf(&b, "  failed website %s (%s) %s: %s [%s]\n", w.Name, w.Code, w.Unit, strings.Join(w.Problems, "；"), w.Rectification)
		}
		for _, ac := range r.FailedAccounts {
			fmt.Fprintf(&b, "  failed account %s/%s %s %s: %s [%s]\n", ac.Platform, ac.SubType, ac.Name, ac.Unit, strings.Join(ac.Problems, "；"), ac.Rectification)
		}
		for _, rc := range r.Recheck {
			fmt.Fprintf(&b, "  recheck %s %s: %s\n", rc.Key, rc.Name, rc.Status)
		}
		for _, rp := range r.Repeats {
			fmt.Fprintf(&b, "  repeat %s %s ×%d\n", rp.Key, rp.Name, rp.Streak)
		}
		if len(r.RepeatUnits) > 0 {
			fmt.Fprintf(&b, "  repeat units %s\n", strings.Join(r.RepeatUnits, "、"))
		}
		if ch := r.Changes; ch.Known {
			fmt.Fprintf(&b, "  changes opened=%d closed=%d platforms=%v\n", len(ch.Opened), len(ch.Closed), ch.ByPlatform)
		}
		for _, s := range r.Scores {
			fmt.Fprintf(&b, "  score %s websites=%s accounts=%s change=%s\n", s.Category, exact(s.Websites.Mean(), figures.ScoreDecimals), exact(s.Accounts.Mean(), figures.ScoreDecimals), changes(r.ScoreChanges, s.Category))
		}
		if d := r.Distribution; d != nil {
			fmt.Fprintf(&b, "  distribution websites=%v accounts=%v\n", d.Websites, d.Accounts)
		}
		for _, p := range r.Problems {
			if p.Count > 0 {
				fmt.Fprintf(&b, "  problems account=%v %s=%d\n", p.Account, p.Category, p.Count)
			}
		}
		if in := r.Interaction; in != nil {
			fmt.Fprintf(&b, "  interaction sites=%d letters=%d ontime=%d (%v) sameday=%d\n", in.Sites, in.Letters, in.OnTime, in.OnTimeRate(), in.SameDay)
		}
		if e := r.ErrorReports; e != nil {
			fmt.Fprintf(&b, "  error reports received=%d units=%d ontime=%d (%v) late=%d\n", e.Received, e.Units, e.ClosedOnTime, e.OnTimeRate(), len(e.Late))
		}
	}
	for _, u := range f.Units {
		fmt.Fprintf(&b, "unit %s category=%s listed=%v websites=%d accounts=%d latest=%d checked=%d failed=%d failures=%d\n",
			u.Unit.Name, u.Category, u.Unit.Listed, len(u.Websites), len(u.Accounts), u.LatestRound, u.LatestChecked, u.LatestFailed, len(u.Failures))
		for _, rec := range u.Record {
			fmt.Fprintf(&b, "  record %s recheck=%d repeats=%d repeat unit=%v reports rank=%d changes=%v letters=%d\n",
				f.Rounds[rec.Round].Round.ID, len(rec.Recheck), len(rec.Repeats), rec.RepeatUnit, rec.ReportsRank, rec.Change != nil, len(rec.Letters))
		}
	}
	return b.String()
}

// exact writes a value that is exact to decimals (a rounded mean, a change
// of rounded rates) without rounding it again; "none" when there is none.
func exact(v *big.Rat, decimals int) string {
	if v == nil {
		return "none"
	}
	return v.FloatString(decimals)
}

// change writes a change of a rate in points (figures.Change).
func change(c figures.Change) string { return exact(c.Points, c.Decimals) }

// changes writes a category's changes of the mean scores, when compared.
func changes(all map[string][2]*big.Rat, category string) string {
	c, ok := all[category]
	if !ok {
		return "none"
	}
	return "[" + exact(c[0], figures.ScoreDecimals) + " " + exact(c[1], figures.ScoreDecimals) + "]"
}

func TestGoldenAggregates(t *testing.T) {
	for _, g := range figurestest.Goldens {
		t.Run(g.Name, func(t *testing.T) {
			_, f := figurestest.Compute(t, g.Dir)
			golden.Check(t, filepath.Join("testdata", g.Name+".golden"), dump(f))
		})
	}
}
