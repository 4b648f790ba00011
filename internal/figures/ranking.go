package figures

import (
	"math/big"
	"sort"
)

// UnitRank is a unit's standing in one round, for the ranked tables (排名).
type UnitRank struct {
	Unit     string
	Category string
	Tally    // websites and accounts checked, passed, failed
	Websites Score
	Accounts Score
}

// Ranking ranks the units of round i: most failures first, then lowest
// pass rate, then highest mean website score; ties keep units.csv order.
// A round whose rows list only part of its websites or accounts has no
// ranking: the units of a partial list are not all the units.
func (f *Figures) Ranking(i int) []UnitRank {
	if fr := f.Rounds[i]; !fr.WholeWebsites || !fr.WholeAccounts {
		return nil
	}
	r := f.Rounds[i].Round
	by := map[string]*UnitRank{}
	var names []string
	get := func(name string) *UnitRank {
		if u := by[name]; u != nil {
			return u
		}
		u := &UnitRank{Unit: name, Category: f.units.category(name)}
		by[name] = u
		names = append(names, name)
		return u
	}
	for _, w := range r.Websites {
		u := get(w.Unit)
		u.add(w.Result)
		u.Websites.add(w.Score)
	}
	for _, a := range r.Accounts {
		u := get(a.Unit)
		u.add(a.Result)
		u.Accounts.add(a.Score)
	}
	out := make([]UnitRank, 0, len(names))
	for _, n := range names {
		if u := by[n]; u.Checked > 0 && n != "" { // a row without a unit ranks no unit
			out = append(out, *u)
		}
	}
	// Each mean as printed, computed once: computing it again in every
	// comparison made ranking 30,000 units take seconds.
	means := make(map[string]*big.Rat, len(out))
	for _, u := range out {
		if u.Websites.N > 0 {
			means[u.Unit] = u.Websites.Mean()
		}
	}
	sort.SliceStable(out, func(a, b int) bool {
		x, y := out[a], out[b]
		if x.Failed != y.Failed {
			return x.Failed > y.Failed
		}
		if c := x.Rate().cmp(y.Rate()); c != 0 {
			return c < 0
		}
		if mx, my := means[x.Unit], means[y.Unit]; mx != nil && my != nil {
			if c := mx.Cmp(my); c != 0 {
				return c > 0
			}
		}
		return f.units.before(x.Unit, y.Unit)
	})
	return out
}

func (r Rate) cmp(o Rate) int {
	// a/b vs c/d without division; undefined rates sort last
	switch {
	case !r.Defined() && !o.Defined():
		return 0
	case !r.Defined():
		return 1
	case !o.Defined():
		return -1
	}
	l, rr := int64(r.Num)*int64(o.Den), int64(o.Num)*int64(r.Den)
	switch {
	case l < rr:
		return -1
	case l > rr:
		return 1
	}
	return 0
}
