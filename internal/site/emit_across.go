package site

import (
	"fmt"

	"github.com/zwgk/zwgk/internal/figfmt"
	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/model"
)

func itemRow(no int, it figures.Item, slugs map[string]string) ItemRow {
	row := ItemRow{No: no, Kind: model.KindLabel(it.Account), Name: it.Name, Unit: it.Unit, UnitSlug: slugs[it.Unit], Problems: it.Problems}
	if it.Account {
		row.Platform = model.PlatformLabel(it.Platform, it.SubType)
	}
	return row
}

func recheckRow(no int, rc figures.Recheck, slugs map[string]string) ItemRow {
	row := itemRow(no, rc.Item, slugs)
	row.Status, row.Detail = rc.Status, rc.Rectification
	return row
}

// repeatRow writes a repeat failure with its streak, saying where the
// number is the 通报's alone (the rounds it spans are not all on the site)
// or where the 通报 states another.
func repeatRow(no int, rp figures.Repeat, slugs map[string]string) ItemRow {
	row := itemRow(no, rp.Item, slugs)
	row.Detail = fmt.Sprintf("连续%d轮不合格", rp.Streak)
	switch {
	case rp.FromNotice:
		row.Detail += "（通报数字）"
	case rp.Differs():
		row.Detail += fmt.Sprintf("（按各轮表格计算；通报为连续%d轮，两者不一致）", rp.Stated)
	}
	return row
}

func letterSite(no int, s figures.LetterSite, slugs map[string]string) LetterSite {
	return LetterSite{No: no, Name: s.Name, Unit: s.Unit, UnitSlug: slugs[s.Unit], Letters: s.Letters,
		Answered: s.Answered, OnTime: s.OnTime, Qualities: s.Qualities}
}

func letterSites(list []figures.LetterSite, slugs map[string]string) []LetterSite {
	out := []LetterSite{}
	for i, s := range list {
		out = append(out, letterSite(i+1, s, slugs))
	}
	return out
}

func reportRow(no int, u figures.UnitReports, d int, slugs map[string]string) ReportRow {
	return ReportRow{No: no, Unit: u.Unit, UnitSlug: slugs[u.Unit], Received: u.Received, ClosedOnTime: u.ClosedOnTime,
		Overdue: u.Overdue, Share: figfmt.Percent(u.Share, d), Cumulative: figfmt.Percent(u.Cumulative, d), Quality: u.Quality}
}

// interactionSummary writes the letter test in one sentence.
func interactionSummary(in *figures.Interaction, d int) string {
	s := fmt.Sprintf("共测试网站 %d 个", in.Sites)
	if in.SitesUnknown {
		s = "测试网站数" + figfmt.Unstated
	}
	if !in.Partial && in.Letters > 0 {
		s += fmt.Sprintf("，发送测试信件 %d 封", in.Letters)
	}
	switch {
	case in.OnTimeUnknown:
		s += "；全部按时答复的网站数" + figfmt.Unstated
	case in.SitesUnknown:
		s += fmt.Sprintf("；全部按时答复的网站 %d 个，按时答复率%s", in.OnTime, figfmt.Unstated)
	default:
		s += fmt.Sprintf("；全部按时答复的网站 %d 个，按时答复率 %s（%d/%d）", in.OnTime, figfmt.Percent(in.OnTimeRate(), d), in.OnTime, in.Sites)
	}
	if in.SameDayUnknown {
		s += "；当日答复的网站数" + figfmt.Unstated + "。"
	} else {
		s += fmt.Sprintf("；当日答复的网站 %d 个。", in.SameDay)
	}
	if in.Partial {
		s += "下列清单只含通报点名的网站。"
	}
	return s
}

// errorReportsSummary writes the 找错 handling in one sentence.
func errorReportsSummary(e *figures.ErrorReports, d int) string {
	s := "共收到网民留言" + figfmt.Unstated
	if !e.ReceivedUnknown {
		s = fmt.Sprintf("共收到网民留言 %d 条", e.Received)
	}
	if !e.UnitsUnknown && e.Units > 0 {
		s += fmt.Sprintf("，涉及 %d 家单位", e.Units)
	}
	if e.ClosedUnknown {
		s += "；按期办结数" + figfmt.Unstated + "。"
	} else {
		s += fmt.Sprintf("；按期办结 %d 条，按期办结率 %s。", e.ClosedOnTime, figfmt.Percent(e.OnTimeRate(), d))
	}
	return s
}

// roundAcross builds the cross-round sections and optional tests of round i.
func roundAcross(f *figures.Figures, i int, slugs map[string]string) Across {
	r := f.Rounds[i]
	d := r.Decimals
	a := Across{Recheck: []ItemRow{}, Repeats: []ItemRow{}, RepeatUnits: []ChangeRow{}, Scores: []ScoreRow{}, Ranking: []RankRow{}}
	for n, rc := range r.Recheck {
		a.Recheck = append(a.Recheck, recheckRow(n+1, rc, slugs))
	}
	for n, rp := range r.Repeats {
		a.Repeats = append(a.Repeats, repeatRow(n+1, rp, slugs))
	}
	for _, u := range r.RepeatUnits {
		a.RepeatUnits = append(a.RepeatUnits, ChangeRow{Name: u, Slug: slugs[u]})
	}
	a.Changes = ChangesView{Known: r.Changes.Known, Opened: []ItemRow{}, Closed: []ItemRow{}, ByPlatform: []ChangeRow{}, ByUnit: []ChangeRow{}}
	for n, it := range r.Changes.Opened {
		a.Changes.Opened = append(a.Changes.Opened, itemRow(n+1, it, slugs))
	}
	for n, it := range r.Changes.Closed {
		a.Changes.Closed = append(a.Changes.Closed, itemRow(n+1, it, slugs))
	}
	for _, p := range r.Changes.ByPlatform {
		a.Changes.ByPlatform = append(a.Changes.ByPlatform, ChangeRow{Name: p.Platform, Opened: p.Opened, Closed: p.Closed})
	}
	for _, u := range r.Changes.ByUnit {
		a.Changes.ByUnit = append(a.Changes.ByUnit, ChangeRow{Name: u.Unit, Slug: slugs[u.Unit], Opened: u.Opened, Closed: u.Closed})
	}
	if in := r.Interaction; in != nil {
		a.Interaction = &InteractionView{Sites: in.Sites, Letters: in.Letters, OnTime: in.OnTime, OnTimeRate: figfmt.Percent(in.OnTimeRate(), d),
			SameDay: in.SameDay, AllUnanswered: letterSites(in.AllUnanswered, slugs), SomeUnanswered: letterSites(in.SomeUnanswered, slugs),
			Late: letterSites(in.Late, slugs), PoorQuality: letterSites(in.PoorQuality, slugs), TimingUnknown: letterSites(in.TimingUnknown, slugs),
			Summary: interactionSummary(in, d), Partial: in.Partial}
	}
	if e := r.ErrorReports; e != nil {
		n := e.TopUnits()
		ev := &ErrorReportsView{Received: e.Received, Units: e.Units, ClosedOnTime: e.ClosedOnTime, OnTimeRate: figfmt.Percent(e.OnTimeRate(), d),
			TopN: n, TopShare: figfmt.Percent(e.TopShare(n), d), Ranked: []ReportRow{}, Late: []ReportRow{}, Named: []ReportRow{},
			Summary: errorReportsSummary(e, d)}
		for k, u := range e.Ranked {
			ev.Ranked = append(ev.Ranked, reportRow(k+1, u, d, slugs))
		}
		for k, u := range e.Late {
			ev.Late = append(ev.Late, reportRow(k+1, u, d, slugs))
		}
		for k, u := range e.Named {
			ev.Named = append(ev.Named, ReportRow{No: k + 1, Unit: u.Unit, UnitSlug: slugs[u.Unit], Quality: u.Quality})
		}
		a.ErrorReports = ev
	}
	for _, s := range r.Scores {
		ch := r.ScoreChanges[s.Category]
		a.Scores = append(a.Scores, ScoreRow{Category: s.Category, Websites: figfmt.Mean(s.Websites), WebsitesChange: figfmt.ScoreChange(ch[0]),
			Accounts: figfmt.Mean(s.Accounts), AccountsChange: figfmt.ScoreChange(ch[1])})
	}
	for n, u := range f.Ranking(i) {
		score := "—"
		if u.Websites.Defined() {
			score = figfmt.Mean(u.Websites)
		}
		a.Ranking = append(a.Ranking, RankRow{No: n + 1, Unit: u.Unit, UnitSlug: slugs[u.Unit], Category: u.Category,
			Checked: u.Checked, Failed: u.Failed, Rate: figfmt.Percent(u.Rate(), d), Score: score})
	}
	return a
}

// unitAcross writes a unit's record across rounds (figures.Unit.Record),
// newest round first, each line linked to its round.
func unitAcross(f *figures.Figures, u *figures.Unit, rounds []RoundView, slugs map[string]string) UnitAcross {
	ua := UnitAcross{Repeats: []ItemRow{}, RepeatRounds: []RoundLink{}, Recheck: []ItemRow{}, ErrorReports: []ReportRow{},
		Changes: []UnitChangeRow{}, Letters: []LetterSite{}}
	for _, rec := range u.Record {
		rv := &rounds[rec.Round]
		label := rv.Period
		for _, rp := range rec.Repeats {
			row := repeatRow(len(ua.Repeats)+1, rp, slugs)
			row.Round, row.RoundURL = label, rv.Slug
			ua.Repeats = append(ua.Repeats, row)
		}
		if rec.RepeatUnit {
			ua.RepeatRounds = append(ua.RepeatRounds, RoundLink{Slug: rv.Slug, Title: label})
		}
		for _, rc := range rec.Recheck {
			row := recheckRow(len(ua.Recheck)+1, rc, slugs)
			row.Round, row.RoundURL = label, rv.Slug
			ua.Recheck = append(ua.Recheck, row)
		}
		if rec.Reports != nil {
			row := reportRow(rec.ReportsRank, *rec.Reports, f.Rounds[rec.Round].Decimals, slugs)
			row.Round, row.RoundSlug = label, rv.Slug
			ua.ErrorReports = append(ua.ErrorReports, row)
		}
		if c := rec.Change; c != nil {
			ua.Changes = append(ua.Changes, UnitChangeRow{Round: label, RoundSlug: rv.Slug, Opened: c.Opened, Closed: c.Closed})
		}
		for _, s := range rec.Letters {
			row := letterSite(len(ua.Letters)+1, s, slugs)
			row.Round, row.RoundSlug = label, rv.Slug
			ua.Letters = append(ua.Letters, row)
		}
	}
	return ua
}
