package figures

import (
	"sort"

	"github.com/zwgk/zwgk/internal/model"
)

// Unit is a unit's 核查清单: every website and account it runs and each
// round's result.
type Unit struct {
	Unit     model.Unit // as in units.csv; Listed is false for units only seen in rounds
	Category string
	Websites []Tracked
	Accounts []Tracked
	Failures []Failure // newest round first
	// Noted are the rows with problems noted that did not fail (其他发现的
	// 问题), newest round first.
	Noted []Failure
	// Latest is the unit's standing in the newest round it appears in.
	LatestRound    int // index into Figures.Rounds, -1 when the unit appears in no round
	LatestWebsites int
	LatestAccounts int // active accounts
	LatestChecked  int // websites and accounts checked in the newest round
	LatestFailed   int
	// Record is its part of every round's cross-round figures, newest
	// round first, rounds where it has none left out (record.go).
	Record []RoundRecord
}

// Tracked is one website or account followed across rounds by its identity
// (网站标识码 or 网站名称; 备案单号 or 平台+账号名称+开设主体).
type Tracked struct {
	Key      string
	Name     string // latest name
	Code     string // 网站标识码 or 备案单号
	URL      string
	Platform string
	SubType  string
	Status   string // latest 运行状态 (accounts)
	Cells    []Cell // one per round of the dataset
}

// Cell is a tracked item's entry in one round.
type Cell struct {
	Listed bool // the round lists the item
	Result model.Result
	Score  string // 得分 as stated, "" when none
}

// Failure is one failure of a unit's website or account.
type Failure struct {
	Round         int  // index into Figures.Rounds
	Account       bool // an account, else a website
	Name          string
	Platform      string
	SubType       string
	Problems      []string
	Rectification string
	Result        model.Result
}

func computeUnits(ds *model.Dataset, ix *unitIndex) []Unit {
	byName := map[string]*Unit{}
	var order []string
	get := func(name string) *Unit {
		if u, ok := byName[name]; ok {
			return u
		}
		u := &Unit{Unit: ix.unit(name), Category: ix.category(name), LatestRound: -1}
		byName[name] = u
		order = append(order, name)
		return u
	}
	for _, u := range ds.Units {
		get(u.Name)
	}
	n := len(ds.Rounds)
	type slot struct {
		unit *Unit
		idx  int
	}
	sites, accounts := map[string]slot{}, map[string]slot{}
	track := func(list *[]Tracked, seen map[string]slot, u *Unit, key string) *Tracked {
		if s, ok := seen[key]; ok && s.unit == u {
			return &(*list)[s.idx]
		}
		*list = append(*list, Tracked{Key: key, Cells: make([]Cell, n)})
		seen[key] = slot{u, len(*list) - 1}
		return &(*list)[len(*list)-1]
	}
	for ri := range ds.Rounds {
		r := &ds.Rounds[ri]
		touched := map[*Unit]bool{}
		for _, w := range r.Websites {
			if w.Unit == "" {
				continue // 主办单位 not stated: listed on the round, no unit page
			}
			u := get(w.Unit)
			t := track(&u.Websites, sites, u, w.Key())
			t.Name, t.Code, t.URL = w.Name, w.Code, w.URL
			t.Cells[ri] = Cell{Listed: true, Result: w.Result, Score: w.Score}
			if w.Result == model.Fail {
				u.Failures = append(u.Failures, Failure{Round: ri, Name: w.Name, Problems: w.Problems, Rectification: w.Rectification, Result: w.Result})
			} else if w.Noted() {
				u.Noted = append(u.Noted, Failure{Round: ri, Name: w.Name, Problems: w.Problems, Rectification: w.Rectification, Result: w.Result})
			}
			touched[u] = true
		}
		for _, a := range r.Accounts {
			if a.Unit == "" {
				continue // 开设主体 not stated: listed on the round, no unit page
			}
			u := get(a.Unit)
			t := track(&u.Accounts, accounts, u, a.Key())
			t.Name, t.Code, t.Platform, t.SubType, t.Status = a.Name, a.FilingNo, a.Platform, a.SubType, a.Status
			t.Cells[ri] = Cell{Listed: true, Result: a.Result, Score: a.Score}
			fl := Failure{Round: ri, Account: true, Name: a.Name, Platform: a.Platform, SubType: a.SubType, Problems: a.Problems, Rectification: a.Rectification, Result: a.Result}
			if a.Result == model.Fail {
				u.Failures = append(u.Failures, fl)
			} else if a.Noted() {
				u.Noted = append(u.Noted, fl)
			}
			touched[u] = true
		}
		for u := range touched {
			u.LatestRound = ri
		}
	}
	out := make([]Unit, 0, len(order))
	for _, name := range order {
		u := byName[name]
		if ri := u.LatestRound; ri >= 0 {
			u.LatestWebsites, u.LatestAccounts, u.LatestChecked, u.LatestFailed = 0, 0, 0, 0
			for _, t := range u.Websites {
				count(t.Cells[ri], &u.LatestWebsites, &u.LatestChecked, &u.LatestFailed)
			}
			for _, t := range u.Accounts {
				if t.Cells[ri].Listed && !model.ActiveStatus(t.Status) {
					continue
				}
				count(t.Cells[ri], &u.LatestAccounts, &u.LatestChecked, &u.LatestFailed)
			}
		}
		// Newest failures first; within a round, in sheet order.
		sort.SliceStable(u.Failures, func(i, j int) bool { return u.Failures[i].Round > u.Failures[j].Round })
		sort.SliceStable(u.Noted, func(i, j int) bool { return u.Noted[i].Round > u.Noted[j].Round })
		out = append(out, *u)
	}
	return out
}

func count(c Cell, listed, checked, failed *int) {
	if !c.Listed {
		return
	}
	*listed++
	if c.Result == model.Pass || c.Result == model.Fail {
		*checked++
	}
	if c.Result == model.Fail {
		*failed++
	}
}
