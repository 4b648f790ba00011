package site

import (
	"fmt"

	"github.com/zwgk/zwgk/internal/charts"
	"github.com/zwgk/zwgk/internal/figfmt"
	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/model"
)

// Views of the figures by group (单位类别, 所属地区), of the rates a 通报
// states and of the scorers it names (figures/groups.go). Same conventions
// as view.go.

// RankedView is the best and worst scorers of one kind a 通报 names.
type RankedView struct {
	Kind        string      `json:"kind"` // 网站 / 新媒体
	TopTitle    string      `json:"top_title"`
	Top         []ScoredRow `json:"top"`
	BottomTitle string      `json:"bottom_title"`
	Bottom      []ScoredRow `json:"bottom"`
}

// ScoredRow is a named website or account with its 排名 and 得分.
type ScoredRow struct {
	Rank     int    `json:"rank"`
	Name     string `json:"name"`
	Platform string `json:"platform"`
	Unit     string `json:"unit"`
	UnitSlug string `json:"unit_slug"`
	Score    string `json:"score"`  // "—" when not stated
	Result   string `json:"result"` // 合格 / 不合格 / 未检查
}

func statedView(s *figures.StatedRate) *StatedView {
	if s == nil {
		return nil
	}
	return &StatedView{Rate: figfmt.Stated(s), Computed: figfmt.Computed(s), Differs: s.Differs}
}

// withStated adds the stated rate to a tally, with what the pages print
// for it (figfmt.Headline): the stated rate and a note where the counts do
// not confirm it, else the tally's rate alone. Where no counts exist, the
// stated rate is the tally's rate too.
func withStated(t Tally, counts figures.Tally, s *figures.StatedRate) Tally {
	st := statedView(s)
	if st == nil {
		return t
	}
	if t.Checked == 0 || t.PassedUnknown {
		t.Rate = st.Rate
	}
	// The note does not depend on the decimals, which only the counts'
	// rate needs, and t.Rate has it in the round's decimals already.
	_, st.Note = figfmt.Headline(counts, s, 0)
	switch {
	case st.Note == "":
		st.Shown = t.Rate
	case st.Differs:
		st.Shown, st.NoteClass = st.Rate, "fig-note rate-differs"
	default:
		st.Shown, st.NoteClass = st.Rate, "fig-note"
	}
	t.Stated = st
	return t
}

// known is a group's counts of one kind, or none where the 通报 does not
// give them.
func known(t figures.Tally, ok bool) figures.Tally {
	if !ok {
		return figures.Tally{}
	}
	return t
}

// groupRow writes a group's figures, each kind's rates in its decimals
// (the same unless rate_decimals differs per kind).
func groupRow(c figures.Category, siteDecimals, accountDecimals int) CategoryRow {
	row := CategoryRow{Category: c.Name, Units: c.Units}
	if c.WebsitesKnown {
		row.Websites = tally(c.Websites, siteDecimals, "")
	} else {
		row.Websites = Tally{Rate: "—"}
	}
	if c.AccountsKnown {
		row.Accounts = tally(c.Accounts, accountDecimals, "")
	} else {
		row.Accounts = Tally{Rate: "—"}
	}
	row.Websites = withStated(row.Websites, known(c.Websites, c.WebsitesKnown), c.WebsiteRateStated)
	row.Accounts = withStated(row.Accounts, known(c.Accounts, c.AccountsKnown), c.AccountRateStated)
	return row
}

// groupViews fills in the round view's categories, regions, stated rates,
// named scorers and the notes on what a partial list does not give.
func groupViews(rv *RoundView, f *figures.Figures, i int, slugs map[string]string) {
	r := f.Rounds[i]
	rv.Categories = nil
	for _, c := range r.Categories {
		rv.Categories = append(rv.Categories, groupRow(c, r.WebsiteDecimals, r.AccountDecimals))
	}
	rv.Regions = []CategoryRow{}
	for _, c := range r.Regions {
		rv.Regions = append(rv.Regions, groupRow(c, r.WebsiteDecimals, r.AccountDecimals))
	}

	rv.Ranked = []RankedView{}
	for _, rl := range r.Ranked {
		v := RankedView{Kind: rl.Kind, Top: scoredRows(rl.Top, slugs), Bottom: scoredRows(rl.Bottom, slugs)}
		if n := len(rl.Top); n > 0 {
			v.TopTitle = fmt.Sprintf("%s得分前%d名", rl.Kind, n)
		}
		if n := len(rl.Bottom); n > 0 {
			v.BottomTitle = fmt.Sprintf("%s得分后%d名", rl.Kind, n)
		}
		rv.Ranked = append(rv.Ranked, v)
	}

	for _, w := range rv.FailedSites {
		rv.SiteScores = rv.SiteScores || w.Score != ""
		rv.SiteRanks = rv.SiteRanks || w.Rank > 0
	}
	for _, a := range rv.FailedAccounts {
		rv.AccountScores = rv.AccountScores || a.Score != ""
		rv.AccountRanks = rv.AccountRanks || a.Rank > 0
	}
	rv.PartialNotes = []string{}
	note := func(kind string, whole bool, stated bool, rows int) {
		if whole || rows == 0 {
			return // a round without rows computes nothing from rows
		}
		if stated {
			rv.PartialNotes = append(rv.PartialNotes, fmt.Sprintf("本轮通报只列出部分%s，%s得分分布依据通报所列分数段；平均分、单位排名和分类合格率不按所列名单计算，有通报所列分组数字的，按通报数字显示。", kind, kind))
			return
		}
		rv.PartialNotes = append(rv.PartialNotes, fmt.Sprintf("本轮通报只列出部分%s，%s的得分分布、平均分、单位排名和分类合格率不按所列名单计算；有通报所列分组数字的，按通报数字显示。", kind, kind))
	}
	d := r.Distribution
	note("网站", r.WholeWebsites, d != nil && d.Stated && anyStated(d.Websites), len(r.Round.Websites))
	note("政务新媒体账号", r.WholeAccounts, d != nil && d.Stated && anyStated(d.Accounts), len(r.Round.Accounts))
}

func anyStated(counts []int) bool {
	for _, n := range counts {
		if n >= 0 {
			return true
		}
	}
	return false
}

func scoredRows(list []figures.Scored, slugs map[string]string) []ScoredRow {
	out := []ScoredRow{}
	for _, s := range list {
		u := s.Unit
		row := ScoredRow{Rank: s.Rank, Name: s.Name, Unit: u, UnitSlug: slugs[u], Score: s.Score, Result: s.Result.String()}
		if s.Platform != "" {
			row.Platform = model.PlatformLabel(s.Platform, s.SubType)
		}
		if row.Score == "" {
			row.Score = "—"
		}
		out = append(out, row)
	}
	return out
}

// groupCharts are the charts of the 各地区 view.
func groupCharts(r figures.Round) []charts.Chart {
	if len(r.Regions) == 0 {
		return nil
	}
	return []charts.Chart{charts.RegionRates(r)}
}
