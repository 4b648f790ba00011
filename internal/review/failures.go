package review

import (
	"github.com/zwgk/zwgk/internal/charts"
	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/model"
)

// Failures are the newest round's failures (不合格) set against the round
// before it, by the identity of each website (网站标识码, else name) and
// account (备案单号, else platform, name and unit). They come from the
// figures' own 复查 and repeat lists, so the review and the round page
// agree.
type Failures struct {
	Round    string    // the newest round, e.g. 2024年第四季度; "" when there is none
	Previous string    // the round before it; "" when there is none
	New      []Failure // failing now, not in the previous round (with no previous round: every failure)
	Repeat   []Failure // failing now and in the previous round (连续不合格)
	Fixed    []Failure // failed in the previous round, passed now (已整改合格)
	Other    []Failure // failed in the previous round, now closed, not checked or not listed
}

// Failure is a failing website or account.
type Failure struct {
	Kind     string // 网站 / 新媒体
	Name     string
	Platform string // accounts, with sub-type: 微信（公众号）
	Unit     string
	Problems []string
	Status   string // for Fixed and Other: the 复查 state, e.g. 已整改合格, 已关停注销
	Streak   int    // for Repeat: failing rounds in a row, this one included
}

func newestFailures(f *figures.Figures) Failures {
	var out Failures
	n := len(f.Rounds)
	if n == 0 {
		return out
	}
	cur := &f.Rounds[n-1]
	out.Round = charts.Label(*cur)
	repeated := map[string]bool{}
	for _, r := range cur.Repeats {
		repeated[itemID(r.Account, r.Key)] = true
		out.Repeat = append(out.Repeat, fromItem(r.Item, "", r.Streak))
	}
	for _, w := range cur.FailedWebsites {
		if !repeated[itemID(false, w.Key())] {
			out.New = append(out.New, Failure{Kind: model.KindWebsite, Name: w.Name, Unit: w.Unit, Problems: w.Problems})
		}
	}
	for _, a := range cur.FailedAccounts {
		if !repeated[itemID(true, a.Key())] {
			out.New = append(out.New, Failure{Kind: model.KindAccount, Name: a.Name, Platform: model.PlatformLabel(a.Platform, a.SubType),
				Unit: a.Unit, Problems: a.Problems})
		}
	}
	if n < 2 {
		return out
	}
	out.Previous = charts.Label(f.Rounds[n-2])
	for _, rc := range cur.Recheck {
		switch rc.Status {
		case figures.RecheckFixed:
			out.Fixed = append(out.Fixed, fromItem(rc.Item, rc.Status, 0))
		case figures.RecheckFailing:
			// Listed under Repeat.
		default:
			out.Other = append(out.Other, fromItem(rc.Item, rc.Status, 0))
		}
	}
	return out
}

// itemID keeps websites and accounts apart, whose keys could coincide.
func itemID(account bool, key string) string {
	if account {
		return "account " + key
	}
	return "website " + key
}

func fromItem(it figures.Item, status string, streak int) Failure {
	f := Failure{Kind: model.KindLabel(it.Account), Name: it.Name, Unit: it.Unit, Problems: it.Problems, Status: status, Streak: streak}
	if it.Account {
		f.Platform = model.PlatformLabel(it.Platform, it.SubType)
	}
	return f
}
