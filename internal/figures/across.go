package figures

import (
	"sort"

	"github.com/zwgk/zwgk/internal/model"
)

// Recheck states (复查结果) of an item that failed in the previous round.
const (
	RecheckFixed    = "已整改合格"
	RecheckFailing  = "仍不合格"
	RecheckClosed   = "已关停注销"
	RecheckNotRun   = "本轮未抽查"
	RecheckUnlisted = "本轮未列出"
)

// Item is a website or account as the cross-round lists show it.
type Item struct {
	Account  bool
	Key      string
	Name     string
	Platform string // accounts
	SubType  string
	Unit     string // canonical unit name
	Problems []string
}

// Recheck is the 复查 of one item that failed in the previous round.
type Recheck struct {
	Item
	Status        string // one of the Recheck* states
	Rectification string // 整改情况 stated in the previous round
}

// Repeat is an item failing in this round and the one before it, or longer.
type Repeat struct {
	Item
	Streak int // consecutive failing rounds ending with this one
}

// Changes are the accounts opened and closed since the previous round
// (账号变化), found by identity across rounds.
type Changes struct {
	Known      bool // both rounds list their accounts row by row
	Opened     []Item
	Closed     []Item
	ByPlatform []PlatformChange // in model.Platforms order, platforms with changes only
	ByUnit     []UnitChange     // units with changes, in unit order
}

// PlatformChange counts a platform's opened and closed accounts.
type PlatformChange struct {
	Platform       string
	Opened, Closed int
}

// UnitChange counts a unit's opened and closed accounts.
type UnitChange struct {
	Unit           string
	Opened, Closed int
}

// itemStates indexes a round's websites and accounts by identity.
type itemStates struct {
	sites    map[string]*model.Website
	accounts map[string]*model.Account
}

func statesOf(r *model.Round) itemStates {
	s := itemStates{sites: map[string]*model.Website{}, accounts: map[string]*model.Account{}}
	for i := range r.Websites {
		s.sites[r.Websites[i].Key()] = &r.Websites[i]
	}
	for i := range r.Accounts {
		s.accounts[r.Accounts[i].Key()] = &r.Accounts[i]
	}
	return s
}

func websiteItem(w *model.Website) Item {
	return Item{Key: w.Key(), Name: w.Name, Unit: w.Unit, Problems: w.Problems}
}

func accountItem(a *model.Account) Item {
	return Item{Account: true, Key: a.Key(), Name: a.Name, Platform: a.Platform, SubType: a.SubType,
		Unit: a.Unit, Problems: a.Problems}
}

// computeAcross fills the figures that compare a round with the ones
// before it: 复查, repeat failures and account changes.
func computeAcross(f *Figures, ds *model.Dataset, ix *unitIndex) {
	states := make([]itemStates, len(ds.Rounds))
	for i := range ds.Rounds {
		states[i] = statesOf(&ds.Rounds[i])
	}
	// streaks[key] is the number of consecutive failing rounds up to the
	// previous round.
	siteStreak, accStreak := map[string]int{}, map[string]int{}
	for i := range f.Rounds {
		r := &f.Rounds[i]
		cur := states[i]
		if i > 0 {
			prev := &ds.Rounds[i-1]
			for _, w := range f.Rounds[i-1].FailedWebsites {
				rc := Recheck{Item: websiteItem(&w), Rectification: w.Rectification}
				now, listed := cur.sites[w.Key()]
				rc.Status = recheckStatus(listed, r.Partial, func() model.Result { return now.Result },
					listed && (now.Rectification == "已关停" || now.Rectification == "已下线"))
				r.Recheck = append(r.Recheck, rc)
			}
			for _, a := range f.Rounds[i-1].FailedAccounts {
				rc := Recheck{Item: accountItem(&a), Rectification: a.Rectification}
				now, listed := cur.accounts[a.Key()]
				rc.Status = recheckStatus(listed, r.Partial, func() model.Result { return now.Result },
					listed && !now.Active())
				r.Recheck = append(r.Recheck, rc)
			}
			r.Changes = accountChanges(prev, &ds.Rounds[i], f.Rounds[i-1].Partial || r.Partial, ix)
		}
		nextSite, nextAcc := map[string]int{}, map[string]int{}
		for _, w := range r.FailedWebsites {
			n := siteStreak[w.Key()] + 1
			nextSite[w.Key()] = n
			if n >= 2 {
				r.Repeats = append(r.Repeats, Repeat{Item: websiteItem(&w), Streak: n})
			}
		}
		for _, a := range r.FailedAccounts {
			n := accStreak[a.Key()] + 1
			nextAcc[a.Key()] = n
			if n >= 2 {
				r.Repeats = append(r.Repeats, Repeat{Item: accountItem(&a), Streak: n})
			}
		}
		siteStreak, accStreak = nextSite, nextAcc
		if i > 0 {
			r.RepeatUnits = repeatUnits(&f.Rounds[i-1], r)
		}
	}
}

// recheckStatus tells what became of an item that failed last round. In a
// partial round the rows are the failures, so an item not listed passed.
func recheckStatus(listed, partial bool, result func() model.Result, closed bool) string {
	switch {
	case closed:
		return RecheckClosed
	case !listed && partial:
		return RecheckFixed
	case !listed:
		return RecheckUnlisted
	}
	switch result() {
	case model.Pass:
		return RecheckFixed
	case model.Fail:
		return RecheckFailing
	}
	return RecheckNotRun
}

// repeatUnits lists the units with failures in both rounds, in the order
// they appear in the newer round.
func repeatUnits(prev, cur *Round) []string {
	before := map[string]bool{}
	for _, w := range prev.FailedWebsites {
		before[w.Unit] = true
	}
	for _, a := range prev.FailedAccounts {
		before[a.Unit] = true
	}
	var out []string
	seen := map[string]bool{}
	add := func(u string) {
		if before[u] && !seen[u] && u != "" {
			seen[u] = true
			out = append(out, u)
		}
	}
	for _, w := range cur.FailedWebsites {
		add(w.Unit)
	}
	for _, a := range cur.FailedAccounts {
		add(a.Unit)
	}
	return out
}

// accountChanges compares the accounts of two consecutive rounds. An
// account is opened when it is new by identity or marked 新开设, closed when
// this round marks it 已关停/已注销 or it vanished from the list.
func accountChanges(prev, cur *model.Round, partial bool, ix *unitIndex) Changes {
	if partial {
		return Changes{}
	}
	ch := Changes{Known: true}
	before := statesOf(prev).accounts
	now := statesOf(cur).accounts
	for i := range cur.Accounts {
		a := &cur.Accounts[i]
		_, existed := before[a.Key()]
		switch {
		case !a.Active():
			ch.Closed = append(ch.Closed, accountItem(a))
		case !existed || a.Status == model.StatusNew:
			ch.Opened = append(ch.Opened, accountItem(a))
		}
	}
	for i := range prev.Accounts {
		a := &prev.Accounts[i]
		if _, still := now[a.Key()]; !still && a.Active() {
			ch.Closed = append(ch.Closed, accountItem(a))
		}
	}
	byPlatform := map[string]*PlatformChange{}
	byUnit := map[string]*UnitChange{}
	var unitOrder []string
	count := func(it Item, opened bool) {
		p := byPlatform[it.Platform]
		if p == nil {
			p = &PlatformChange{Platform: it.Platform}
			byPlatform[it.Platform] = p
		}
		u := byUnit[it.Unit]
		if u == nil {
			u = &UnitChange{Unit: it.Unit}
			byUnit[it.Unit] = u
			unitOrder = append(unitOrder, it.Unit)
		}
		if opened {
			p.Opened++
			u.Opened++
		} else {
			p.Closed++
			u.Closed++
		}
	}
	for _, it := range ch.Opened {
		count(it, true)
	}
	for _, it := range ch.Closed {
		count(it, false)
	}
	for _, p := range model.Platforms {
		if c := byPlatform[p]; c != nil {
			ch.ByPlatform = append(ch.ByPlatform, *c)
		}
	}
	sort.Slice(unitOrder, func(i, j int) bool { return ix.before(unitOrder[i], unitOrder[j]) })
	for _, u := range unitOrder {
		if u == "" {
			continue // accounts whose 开设主体 is not stated belong to no unit
		}
		ch.ByUnit = append(ch.ByUnit, *byUnit[u])
	}
	return ch
}
