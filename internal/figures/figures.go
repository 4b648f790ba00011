package figures

import (
	"math/big"
	"strconv"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
)

// Tally counts what was checked and what passed (检查数/合格数/不合格数).
type Tally struct {
	Checked, Passed, Failed int
	// Unknown is set when the population was checked but the 通报 states
	// none of these counts (a sheet with its header only): shown as
	// unknown, never as 0.
	Unknown bool
	// PassedUnknown is set when Checked is stated but neither the pass
	// count nor the failures are (a partial list that names no failure, or
	// fewer than a stated rate implies): Passed and Failed are then 0 and
	// shown as unknown, and the rate is undefined — total minus the named
	// failures would claim that every unnamed entry passed.
	PassedUnknown bool
}

// Rate is the tally's pass rate; undefined when the pass count is unknown.
func (t Tally) Rate() Rate {
	if t.PassedUnknown {
		return Rate{}
	}
	return Rate{Num: t.Passed, Den: t.Checked}
}

func (t *Tally) add(r model.Result) {
	switch r {
	case model.Pass:
		t.Checked++
		t.Passed++
	case model.Fail:
		t.Checked++
		t.Failed++
	}
}

// Accounts are a round's new-media figures.
type Accounts struct {
	Tally
	OnFile  int  // 账号总数: every account listed, closed ones included
	Running int  // 正常运行: accounts not closed or cancelled
	Opened  int  // 新开设
	Closed  int  // 关停注销
	Sampled bool // only a sample was checked (抽查)
	// OnFileUnknown and RunningUnknown are set when a partial list states
	// neither count: shown as unknown, never as 0.
	OnFileUnknown, RunningUnknown bool
	// ChangesKnown is false for a partial round whose summary does not
	// state the accounts opened and closed.
	ChangesKnown bool
}

// SampleRate is the share of accounts on file that were checked; undefined
// when the number on file is not known.
func (a Accounts) SampleRate() Rate {
	if a.OnFileUnknown {
		return Rate{}
	}
	return Ratio(a.Checked, a.OnFile)
}

// Category is a unit category's figures in one round, or a region's
// (所属地区, see groups.go).
type Category struct {
	Name     string // 单位类别
	Units    int    // units of the category with a website or account this round; 0 when only totals are stated
	Websites Tally
	Accounts Tally
	// WebsitesKnown and AccountsKnown are false when neither the rows nor
	// the summary give the group's counts of that kind.
	WebsitesKnown, AccountsKnown bool
	// Rates the 通报 states for the group, nil when it states none.
	WebsiteRateStated, AccountRateStated, SampleRateStated *StatedRate
}

// Platform is one platform's figures in one round.
type Platform struct {
	Name    string // normalized platform
	Running int    // active accounts on the platform
	Tally
}

// Round is everything computed for one round.
type Round struct {
	Round    *model.Round
	Decimals int // decimals of rates in this round's 通报
	// WebsiteDecimals and AccountDecimals are the decimals of the website
	// and account pass rates, where a 通报 writes them differently
	// (rate_decimals: {网站: 0, 新媒体: 1}); else Decimals.
	WebsiteDecimals, AccountDecimals int
	Partial                          bool // rows list only part of the population; totals are stated
	// websitesDerived and accountsDerived are set when the pass count is
	// the stated total minus the named failures, no pass count stated:
	// a stated rate it does not give shows the failures are not all named.
	websitesDerived, accountsDerived bool
	// NoWebsites and NoAccounts are set when the round did not check that
	// kind at all (no sheet, no stated figure): 本轮未检查政府网站.
	NoWebsites, NoAccounts bool
	Websites               Tally
	Portals                int // 门户网站 among the websites
	Accounts               Accounts
	// Categories are the unit categories with figures this round: those of
	// Figures.Categories that have rows or stated figures, in that order,
	// then those only summary.csv names (网站总数:类别:…); see groups.go.
	Categories []Category
	// Platforms has one entry per platform in model.Platforms order, or is
	// empty when a partial round states no per-platform counts.
	Platforms      []Platform
	FailedWebsites []model.Website
	FailedAccounts []model.Account

	// Compared with earlier rounds (see across.go).
	Recheck     []Recheck // 复查: what became of last round's failures
	Repeats     []Repeat  // failing in this round and the one before
	RepeatUnits []string  // units with failures in this round and the one before
	Changes     Changes   // accounts opened and closed since the previous round

	Interaction  *Interaction  // 互动回应 letter test; nil when not run
	ErrorReports *ErrorReports // 我为政府网站找错 handling; nil when not reported
	Scores       []CategoryScore
	ScoreChanges map[string][2]*big.Rat // category -> website, account change of the mean (ScoreChange)
	Distribution *Distribution          // score bands; nil without scores
	Problems     []ProblemCount         // problems per indicator category
	GroupFigures                        // regions, stated rates, named scorers (groups.go)
}

// FailuresOnly reports whether the round's rows are a list of failures
// only (“只列出不合格名单”): a partial round whose every row failed. A
// partial round that also names passing entries is not.
func (r Round) FailuresOnly() bool {
	if !r.Partial || len(r.Round.Websites)+len(r.Round.Accounts) == 0 {
		return false
	}
	for _, w := range r.Round.Websites {
		if w.Result != model.Fail {
			return false
		}
	}
	for _, a := range r.Round.Accounts {
		if a.Result != model.Fail {
			return false
		}
	}
	return true
}

// Figures is the whole dataset's computed figures.
type Figures struct {
	Rounds     []Round // oldest first, as in the dataset
	Categories []string
	Units      []Unit // by category order, then name
	unitIndex  map[string]int
	units      *unitIndex
}

// DefaultDecimals is how many decimals rates are written with when
// round.md does not say (rate_decimals).
const DefaultDecimals = 2

// Uncategorized is the category of units that units.csv does not classify.
const Uncategorized = "未分类"

// Compute computes all figures. Problems are contradictions between rows and
// stated totals; the figures are nil when any is an error.
func Compute(ds *model.Dataset) (*Figures, *diag.List) {
	problems := &diag.List{}
	f := &Figures{unitIndex: map[string]int{}}
	units := newUnitIndex(ds)
	f.units = units
	f.Categories = units.categories
	groups := newGroupIndex(ds, units)
	rules, err := ruleList(ds)
	if err != nil {
		problems.Errorf(ds.ProblemRulesFile, 0, "", "", "%v", err)
		return nil, problems
	}
	for i := range ds.Rounds {
		r := &ds.Rounds[i]
		fr := computeRound(r, problems)
		computeGroups(r, units, groups, f.Categories, &fr, problems)
		computeStatedRates(r, &fr, problems)
		fr.Ranked = computeRanked(r, &fr, problems)
		metric := metricReader(r)
		fr.Interaction = computeInteraction(r, units, metric, problems)
		fr.ErrorReports = computeErrorReports(r, units, metric, problems)
		fr.Scores, fr.Distribution = computeScores(r, units, f.Categories, [2]bool{fr.WholeWebsites, fr.WholeAccounts}, problems)
		fr.Problems = countProblems(&fr, rules)
		if i > 0 {
			fr.ScoreChanges = scoreChanges(fr.Scores, f.Rounds[i-1].Scores)
		}
		f.Rounds = append(f.Rounds, fr)
	}
	computeAcross(f, ds, units, problems)
	f.Units = computeUnits(ds, units)
	computeRecords(f)
	for i, u := range f.Units {
		f.unitIndex[u.Unit.Name] = i
	}
	if problems.HasErrors() {
		return nil, problems
	}
	return f, problems
}

// WebsiteChange and AccountChange are the changes of the website and
// account pass rates against the previous round, in the decimals the newer
// round writes each with; no change (nil Points) for the first round.
func (f *Figures) WebsiteChange(i int) Change {
	return f.change(i, WebsiteRate, func(r Round) int { return r.WebsiteDecimals })
}

func (f *Figures) AccountChange(i int) Change {
	return f.change(i, AccountRate, func(r Round) int { return r.AccountDecimals })
}

func (f *Figures) change(i int, rate func(Round) Rate, decimals func(Round) int) Change {
	if i <= 0 || i >= len(f.Rounds) {
		return Change{}
	}
	return Compare(rate(f.Rounds[i]), rate(f.Rounds[i-1]), decimals(f.Rounds[i]))
}

// WebsiteRate and AccountRate select a round's rates, for changes and trends.
func WebsiteRate(r Round) Rate { return r.Websites.Rate() }
func AccountRate(r Round) Rate { return r.Accounts.Rate() }

// Unit returns a unit's record by name.
func (f *Figures) Unit(name string) (*Unit, bool) {
	i, ok := f.unitIndex[name]
	if !ok {
		return nil, false
	}
	return &f.Units[i], true
}

// unitIndex finds units.csv entries and categories by unit name. The rows
// name units as units.csv does: rounds resolved their aliases.
type unitIndex struct {
	byName     map[string]*model.Unit
	rank       map[string]int // position in units.csv
	categories []string       // in order of first appearance in units.csv, 未分类 last
}

func newUnitIndex(ds *model.Dataset) *unitIndex {
	ix := &unitIndex{byName: map[string]*model.Unit{}, rank: map[string]int{}}
	seenCat := map[string]bool{}
	for i := range ds.Units {
		u := &ds.Units[i]
		ix.byName[u.Name] = u
		ix.rank[u.Name] = i
		c := u.Category
		if c == "" {
			c = Uncategorized
		}
		if !seenCat[c] && c != Uncategorized {
			seenCat[c] = true
			ix.categories = append(ix.categories, c)
		}
	}
	ix.categories = append(ix.categories, Uncategorized)
	return ix
}

func (ix *unitIndex) category(name string) string {
	if u, ok := ix.byName[name]; ok && u.Category != "" {
		return u.Category
	}
	return Uncategorized
}

func (ix *unitIndex) unit(name string) model.Unit {
	if u, ok := ix.byName[name]; ok {
		return *u
	}
	return model.Unit{Name: name}
}

// before orders unit names as units.csv lists them; units missing from it
// come last, by name.
func (ix *unitIndex) before(a, b string) bool {
	ra, oka := ix.rank[a]
	rb, okb := ix.rank[b]
	switch {
	case oka && okb:
		return ra < rb
	case oka != okb:
		return oka
	}
	return a < b
}

// metricReader reads a round's count metrics.
func metricReader(r *model.Round) func(string) (int, model.Metric, bool) {
	return func(name string) (int, model.Metric, bool) {
		m, ok := r.Metric(name)
		if !ok {
			return 0, m, false
		}
		n, err := strconv.Atoi(m.Value)
		return n, m, err == nil
	}
}
