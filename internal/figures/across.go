package figures

import (
	"sort"

	"github.com/zwgk/zwgk/internal/diag"
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
	// Streak is the consecutive failing rounds ending with this one: what
	// the rounds' sheets give, or the 通报's Stated figure where the sheets
	// do not reach back that far (FromNotice).
	Streak int
	// Stated is the streak the 通报 states (连续不合格次数); 0 when it
	// states none. Where the sheets give another number, Streak is theirs
	// and loading warned.
	Stated     int
	FromNotice bool // Streak is Stated, which the sheets cannot confirm
}

// Differs reports whether the 通报 states a streak the sheets contradict.
func (rp Repeat) Differs() bool { return rp.Stated != 0 && rp.Stated != rp.Streak }

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
func computeAcross(f *Figures, ds *model.Dataset, ix *unitIndex, problems *diag.List) {
	states := make([]itemStates, len(ds.Rounds))
	for i := range ds.Rounds {
		states[i] = statesOf(&ds.Rounds[i])
	}
	// streaks[key] is the number of consecutive failing rounds up to the
	// previous round.
	siteStreak, accStreak := map[string]int{}, map[string]int{}
	sc := streaks{ds: ds, f: f, states: states, problems: problems}
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
			rp := sc.repeat(websiteItem(&w), siteStreak[w.Key()]+1, w.StatedStreak, w.Pos, i)
			nextSite[w.Key()] = rp.Streak
			if rp.Streak >= 2 {
				r.Repeats = append(r.Repeats, rp)
			}
		}
		for _, a := range r.FailedAccounts {
			rp := sc.repeat(accountItem(&a), accStreak[a.Key()]+1, a.StatedStreak, a.Pos, i)
			nextAcc[a.Key()] = rp.Streak
			if rp.Streak >= 2 {
				r.Repeats = append(r.Repeats, rp)
			}
		}
		siteStreak, accStreak = nextSite, nextAcc
		var prev *Round
		if i > 0 {
			prev = &f.Rounds[i-1]
		}
		r.RepeatUnits = repeatUnits(prev, r)
	}
}

// streaks works out the failure streaks of a dataset's rounds, checking
// those the 通报 states against the sheets.
type streaks struct {
	ds       *model.Dataset
	f        *Figures
	states   []itemStates
	problems *diag.List
}

// repeat is the failure streak of an item failing in round i: n rounds by
// the sheets (a streak carried from the round before counts as theirs),
// stated the 通报's figure at the cell at, 0 when it states none. The
// sheets cover a longer stated streak only when round i-n says the item
// did not fail; where they do not, the stated figure is used. Where the
// sheets give another number, theirs stands and a warning names the cell.
func (sc streaks) repeat(it Item, n, stated int, at model.Pos, i int) Repeat {
	rp := Repeat{Item: it, Streak: n, Stated: stated}
	kind := "网站"
	if it.Account {
		kind = "账号"
	}
	const fix = "核对通报原文和各轮的表格；生成的网站按各轮表格显示，并注明通报的说法"
	switch {
	case stated == 0 || stated == n:
	case stated < n:
		sc.problems.Warnf(at.File, at.Row, "连续不合格次数", fix, "%s“%s”的连续不合格次数填 %d，但按此前各轮，它到本轮已连续 %d 轮不合格",
			kind, it.Name, stated, n)
	default:
		j := i - n // the round that broke the streak, by the sheets
		if j < 0 {
			rp.Streak, rp.FromNotice = stated, true
			break
		}
		why, known := passedIn(it, &sc.f.Rounds[j], sc.states[j])
		if !known {
			rp.Streak, rp.FromNotice = stated, true
			break
		}
		sc.problems.Warnf(at.File, at.Row, "连续不合格次数", fix, "%s“%s”的连续不合格次数填 %d，但它在 %s %s，按各轮表格只连续 %d 轮不合格",
			kind, it.Name, stated, sc.ds.Rounds[j].ID, why, n)
	}
	return rp
}

// passedIn reports whether a round's sheet says the item did not fail in
// it, and how: it passed, or a list of failures leaves it out. An item
// the round did not check, or whose result it does not state, may have
// failed.
func passedIn(it Item, fr *Round, st itemStates) (why string, known bool) {
	var result model.Result
	w, listed := st.sites[it.Key]
	rows := len(fr.Round.Websites)
	if listed {
		result = w.Result
	}
	if it.Account {
		a, ok := st.accounts[it.Key]
		listed, rows = ok, len(fr.Round.Accounts)
		if ok {
			result = a.Result
		}
	}
	switch {
	case listed && result == model.Pass:
		return "检查合格", true
	case !listed && fr.Partial && rows > 0:
		return "不在不合格清单中", true
	}
	return "", false
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
// they appear in the newer round. prev is nil for the first round entered,
// where only a streak the 通报 states tells of the round before.
func repeatUnits(prev, cur *Round) []string {
	before := map[string]bool{}
	if prev != nil {
		for _, w := range prev.FailedWebsites {
			before[w.Unit] = true
		}
		for _, a := range prev.FailedAccounts {
			before[a.Unit] = true
		}
	}
	// An item failing rounds running, by the sheets or by the 通报, failed
	// the round before too.
	for _, rp := range cur.Repeats {
		before[rp.Unit] = true
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
