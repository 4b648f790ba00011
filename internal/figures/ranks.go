package figures

import (
	"sort"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
)

// Scored is a website or account the 通报 names with its 排名.
type Scored struct {
	Name     string
	Unit     string
	Platform string // accounts only
	SubType  string
	Score    string // 得分, "" when not stated
	Rank     int    // 排名 as stated
	Result   model.Result
}

// RankedList is the best and worst scorers of one kind that a 通报 names
// (得分前N名 / 得分后N名), from the rows that carry a 排名.
type RankedList struct {
	Kind   string // 网站 / 新媒体
	Top    []Scored
	Bottom []Scored
}

// computeRanked splits the ranked rows of each kind into the top and the
// bottom of the list: with the kind's total known, a rank in the upper half
// is at the top; without it, the ranks running on from 1 are. A rank beyond
// the total is an error.
func computeRanked(r *model.Round, fr *Round, problems *diag.List) []RankedList {
	var out []RankedList
	split := func(kind string, list []Scored, pos []model.Pos, total int, totalName string) {
		if len(list) == 0 {
			return
		}
		for i, s := range list {
			if total > 0 && s.Rank > total {
				problems.Errorf(pos[i].File, pos[i].Row, "排名", "核对排名和"+totalName,
					"%s“%s”排名第 %d 名，但%s只有 %d 个", kind, s.Name, s.Rank, totalName, total)
			}
		}
		sort.SliceStable(list, func(a, b int) bool { return list[a].Rank < list[b].Rank })
		rl := RankedList{Kind: kind}
		next := 1
		for _, s := range list {
			top := s.Rank <= next
			if total > 0 {
				top = 2*s.Rank <= total+1
			}
			if top {
				rl.Top = append(rl.Top, s)
				if s.Rank == next {
					next++
				}
			} else {
				rl.Bottom = append(rl.Bottom, s)
			}
		}
		out = append(out, rl)
	}
	var sites []Scored
	var sitePos []model.Pos
	for _, w := range r.Websites {
		if w.Rank > 0 {
			sites = append(sites, Scored{Name: w.Name, Unit: w.Unit, Score: w.Score, Rank: w.Rank, Result: w.Result})
			sitePos = append(sitePos, w.Pos)
		}
	}
	split(model.KindWebsite, sites, sitePos, fr.Websites.Checked, "检查的网站")
	var accs []Scored
	var accPos []model.Pos
	for _, a := range r.Accounts {
		if a.Rank > 0 {
			accs = append(accs, Scored{Name: a.Name, Unit: a.Unit, Platform: a.Platform, SubType: a.SubType, Score: a.Score, Rank: a.Rank, Result: a.Result})
			accPos = append(accPos, a.Pos)
		}
	}
	split(model.KindAccount, accs, accPos, fr.Accounts.Checked, "检查的账号")
	return out
}
