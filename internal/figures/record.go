package figures

// RoundRecord is a unit's part of one round's cross-round figures: what
// its unit page lists of that round.
type RoundRecord struct {
	Round      int       // index into Figures.Rounds
	Recheck    []Recheck // its items rechecked (复查)
	Repeats    []Repeat  // its items failing in consecutive rounds
	RepeatUnit bool      // named among the round's RepeatUnits
	// Reports are its 找错 figures, nil when it received none; ReportsRank
	// is its place in ErrorReports.Ranked, from 1.
	Reports     *UnitReports
	ReportsRank int
	Change      *UnitChange // its accounts opened and closed; nil without changes
	// Letters are its sites in the 互动回应 lists: all letters unanswered,
	// some unanswered, late, poor quality, in that order.
	Letters []LetterSite
}

// computeRecords gives each unit its record across rounds, newest round
// first, from the rounds' cross-round figures (computeAcross).
func computeRecords(f *Figures) {
	for i := len(f.Rounds) - 1; i >= 0; i-- {
		r := &f.Rounds[i]
		recs := map[string]*RoundRecord{}
		rec := func(unit string) *RoundRecord {
			if recs[unit] == nil {
				recs[unit] = &RoundRecord{Round: i}
			}
			return recs[unit]
		}
		for _, rc := range r.Recheck {
			rec(rc.Unit).Recheck = append(rec(rc.Unit).Recheck, rc)
		}
		for _, rp := range r.Repeats {
			rec(rp.Unit).Repeats = append(rec(rp.Unit).Repeats, rp)
		}
		for _, u := range r.RepeatUnits {
			rec(u).RepeatUnit = true
		}
		if e := r.ErrorReports; e != nil {
			for k := range e.Ranked {
				u := &e.Ranked[k]
				rec(u.Unit).Reports, rec(u.Unit).ReportsRank = u, k+1
			}
		}
		for k := range r.Changes.ByUnit {
			c := &r.Changes.ByUnit[k]
			rec(c.Unit).Change = c
		}
		if in := r.Interaction; in != nil {
			for _, list := range [][]LetterSite{in.AllUnanswered, in.SomeUnanswered, in.Late, in.PoorQuality} {
				for _, s := range list {
					rec(s.Unit).Letters = append(rec(s.Unit).Letters, s)
				}
			}
		}
		for k := range f.Units {
			u := &f.Units[k]
			if r := recs[u.Unit.Name]; r != nil {
				u.Record = append(u.Record, *r)
			}
		}
	}
}
