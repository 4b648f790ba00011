package figures

import (
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
	ScoreChanges map[string][2]string // category -> website, account change of the mean
	Distribution *Distribution        // score bands; nil without scores
	Problems     []ProblemCount       // problems per indicator category
	GroupFigures                      // regions, stated rates, named scorers (groups.go)
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
	computeAcross(f, ds, units)
	f.Units = computeUnits(ds, units)
	for i, u := range f.Units {
		f.unitIndex[u.Unit.Name] = i
	}
	if problems.HasErrors() {
		return nil, problems
	}
	return f, problems
}

// Change is the change of a rate against the previous round, in the
// decimals of the newer round; "" for the first round.
func (f *Figures) Change(i int, rate func(Round) Rate) string {
	if i <= 0 || i >= len(f.Rounds) {
		return ""
	}
	return Change(rate(f.Rounds[i]), rate(f.Rounds[i-1]), f.Rounds[i].Decimals)
}

// WebsiteChange and AccountChange are the changes of the website and
// account pass rates against the previous round, in the decimals the newer
// round writes each with.
func (f *Figures) WebsiteChange(i int) string {
	if i <= 0 || i >= len(f.Rounds) {
		return ""
	}
	return Change(WebsiteRate(f.Rounds[i]), WebsiteRate(f.Rounds[i-1]), f.Rounds[i].WebsiteDecimals)
}

func (f *Figures) AccountChange(i int) string {
	if i <= 0 || i >= len(f.Rounds) {
		return ""
	}
	return Change(AccountRate(f.Rounds[i]), AccountRate(f.Rounds[i-1]), f.Rounds[i].AccountDecimals)
}

// WebsiteRate and AccountRate select a round's rates, for Change and trends.
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

// computeRound computes one round's own figures, in steps: websites,
// accounts, platforms and unit categories. Each step takes the figures
// from the rows, or from the stated totals when the rows are a partial
// list, and reports rows that contradict those totals.
func computeRound(r *model.Round, problems *diag.List) Round {
	out := Round{Round: r, Decimals: DefaultDecimals}
	if d := r.Meta.RateDecimals; d != nil {
		out.Decimals = *d
	}
	out.WebsiteDecimals, out.AccountDecimals = out.Decimals, out.Decimals
	if d := r.Meta.WebsiteRateDecimals; d != nil {
		out.WebsiteDecimals = *d
	}
	if d := r.Meta.AccountRateDecimals; d != nil {
		out.AccountDecimals = *d
	}
	metric := metricReader(r)
	computeWebsites(r, &out, metric, problems)
	partialAccounts, rowFailed, platformRows := computeAccounts(r, &out, metric, problems)
	computePlatforms(&out, metric, partialAccounts, rowFailed, platformRows, problems)
	// Categories and regions: computeGroups (groups.go).
	return out
}

// computeWebsites counts the websites. Any stated total (websites_total,
// 网站总数, 网站合格数) makes the rows a partial list: the figures come from
// the totals, the rows add the names, and the rows contradict the totals
// only when they cannot fit in them.
func computeWebsites(r *model.Round, out *Round, metric func(string) (int, model.Metric, bool), problems *diag.List) {
	var rows Tally
	for _, w := range r.Websites {
		rows.add(w.Result)
		if w.Result == model.Fail {
			out.FailedWebsites = append(out.FailedWebsites, w)
		}
		if w.IsPortal() {
			out.Portals++
		}
	}
	out.Websites = rows
	// rounds.checkTotals has checked that the totals agree and hold the rows.
	total, totalStated := 0, false
	if t := r.Meta.WebsitesTotal; t != nil {
		total, totalStated = *t, true
	}
	if n, _, ok := metric("网站总数"); ok {
		total, totalStated = n, true
	}
	statedPassed, passedMetric, passedStated := metric("网站合格数")
	if passedStated && statedPassed < rows.Passed {
		problems.Errorf(passedMetric.Pos.File, passedMetric.Pos.Row, "数值", "核对网站合格数和 websites 表的检查结果", "网站合格数 %d 少于 websites 表中合格的网站 %d 个", statedPassed, rows.Passed)
	}
	switch {
	case totalStated:
		passed := total - rows.Failed
		if passedStated {
			if statedPassed+rows.Failed > total {
				problems.Errorf(passedMetric.Pos.File, passedMetric.Pos.Row, "数值", "核对合格数和不合格网站清单", "网站合格数 %d 加上清单中 %d 个不合格网站，超过网站总数 %d", statedPassed, rows.Failed, total)
			}
			passed = statedPassed
		}
		out.Partial = out.Partial || rows.Checked < total
		out.Websites = Tally{Checked: total, Passed: passed, Failed: total - passed}
		if !passedStated && rows.Checked < total {
			out.websitesDerived = true
			if rows.Failed == 0 {
				out.Websites = Tally{Checked: total, PassedUnknown: true}
			}
		}
		if rows.Checked < total {
			out.Portals = 0 // the rows are not all the websites; only 门户网站数 can say
		}
	case passedStated && statedPassed > rows.Passed:
		// A partial list whose population is not stated: the rate has no base.
		problems.Errorf(passedMetric.Pos.File, passedMetric.Pos.Row, "数值", "在 summary.csv 中加一行“网站总数”（或在 round.md 写 websites_total），写明检查了多少个网站",
			"网站合格数为 %d，websites 表中只有 %d 个合格网站，但没有写网站总数", statedPassed, rows.Passed)
	case len(r.Websites) == 0 && r.HasWebsitesSheet:
		// The sheet is there with its header only: websites were checked,
		// but the 通报 states no figures for them.
		out.Websites.Unknown = true
	case len(r.Websites) == 0:
		out.NoWebsites = true
	}
	if n, _, ok := metric("门户网站数"); ok {
		out.Portals = n
	}
}

// computeAccounts counts the accounts. It reports whether the rows are a
// partial list, how many of them failed, and the per-platform counts of the
// rows, for computePlatforms.
func computeAccounts(r *model.Round, out *Round, metric func(string) (int, model.Metric, bool), problems *diag.List) (partialAccounts bool, rowFailed int, platformRows map[string]*Platform) {
	var acc Accounts
	platformRows = map[string]*Platform{}
	for _, p := range model.Platforms {
		platformRows[p] = &Platform{Name: p}
	}
	for _, a := range r.Accounts {
		acc.OnFile++
		if a.Active() {
			acc.Running++
			platformRows[a.Platform].Running++
		} else {
			acc.Closed++
		}
		if a.Status == model.StatusNew {
			acc.Opened++
		}
		if !a.Sampled && a.Active() {
			acc.Sampled = true
		}
		acc.add(a.Result)
		platformRows[a.Platform].add(a.Result)
		if a.Result == model.Fail {
			out.FailedAccounts = append(out.FailedAccounts, a)
		}
	}
	rowFailed = acc.Failed
	rows := acc.Tally
	partialAccounts = statedAccounts(r, &acc, rows, metric, &out.accountsDerived, problems)
	if partialAccounts {
		out.Partial = true
	} else if len(r.Accounts) == 0 {
		if r.HasAccountsSheet {
			// The sheet is there with its header only: accounts were
			// checked, but the 通报 states no figures for them.
			acc.Unknown, acc.OnFileUnknown, acc.RunningUnknown = true, true, true
		} else {
			out.NoAccounts = true
		}
	}
	acc.ChangesKnown = !partialAccounts
	if n, _, ok := metric("新开设账号数"); ok {
		acc.Opened, acc.ChangesKnown = n, true
	}
	if n, _, ok := metric("关停注销账号数"); ok {
		acc.Closed = n
	}
	out.Accounts = acc
	return partialAccounts, rowFailed, platformRows
}

// statedAccounts applies the stated account totals (accounts_total,
// 账号总数 or 账号筛查数, 正常运行账号数, 账号抽查数, 账号合格数) to the counts
// taken from the rows. Any total larger than the rows give makes the rows a
// partial list: the counts then come from the totals and the failures from
// the rows. Rows that cannot fit in a total are an error. It reports
// whether the rows are partial.
func statedAccounts(r *model.Round, acc *Accounts, rows Tally, metric func(string) (int, model.Metric, bool), derived *bool, problems *diag.List) bool {
	// rounds.checkTotals has checked that the totals agree and hold the rows.
	onFile, onFileStated := 0, false
	if t := r.Meta.AccountsTotal; t != nil {
		onFile, onFileStated = *t, true
	}
	if n, _, ok := metric("账号总数"); ok {
		onFile, onFileStated = n, true
	} else if n, _, ok := metric("账号筛查数"); ok && r.Meta.AccountsTotal == nil {
		onFile, onFileStated = n, true
	}
	running, runningAt, runningStated := metric("正常运行账号数")
	sampled, sampledAt, sampledStated := metric("账号抽查数")
	passed, passedAt, passedStated := metric("账号合格数")

	// Rows that cannot fit in the totals.
	cannotFit := func(stated bool, n, fromRows int, at model.Pos, format string) {
		if stated && fromRows > n {
			problems.Errorf(at.File, at.Row, "数值", "核对这个数字和 accounts 表的行", format, n, fromRows)
		}
	}
	cannotFit(runningStated, running, acc.Running, runningAt.Pos, "正常运行账号数为 %d，但 accounts 表中正常运行的账号有 %d 个")
	cannotFit(sampledStated, sampled, rows.Checked, sampledAt.Pos, "账号抽查数为 %d，但 accounts 表中有检查结果的账号有 %d 个")
	cannotFit(passedStated, passed, rows.Passed, passedAt.Pos, "账号合格数为 %d，但 accounts 表中合格的账号有 %d 个")

	partial := (onFileStated && onFile > acc.OnFile) || (runningStated && running > acc.Running) ||
		(sampledStated && sampled > rows.Checked) || (passedStated && passed > rows.Passed)
	if !partial {
		return false
	}
	// The rows name only some accounts; every count comes from the stated
	// totals, the failures from the rows.
	acc.Opened, acc.Closed = 0, 0
	acc.OnFile, acc.OnFileUnknown = onFile, !onFileStated
	switch {
	case runningStated:
		acc.Running = running
	case onFileStated:
		acc.Running = onFile
	default:
		acc.Running, acc.RunningUnknown = 0, true
	}
	acc.Sampled = false
	checked := acc.Running
	switch {
	case sampledStated:
		checked, acc.Sampled = sampled, true
	case acc.RunningUnknown:
		problems.Errorf(passedAt.Pos.File, passedAt.Pos.Row, "数值", "在 summary.csv 中加一行“账号抽查数”“正常运行账号数”或“账号总数”，写明检查了多少个账号",
			"账号合格数为 %d，accounts 表中只有 %d 个合格账号，但没有写检查了多少个账号", passed, rows.Passed)
		return true
	}
	pass := checked - rows.Failed
	if passedStated {
		if passed+rows.Failed > checked {
			problems.Errorf(passedAt.Pos.File, passedAt.Pos.Row, "数值", "核对合格数和不合格账号清单", "账号合格数 %d 加上清单中 %d 个不合格账号，超过检查的账号数 %d", passed, rows.Failed, checked)
		}
		pass = passed
	}
	acc.Tally = Tally{Checked: checked, Passed: pass, Failed: checked - pass}
	if !passedStated {
		*derived = true
		if rows.Failed == 0 {
			acc.Tally = Tally{Checked: checked, PassedUnknown: true}
		}
	}
	return true
}

// computePlatforms gives the per-platform figures: from the rows for a
// full round, from 账号数:平台 metrics when stated.
func computePlatforms(out *Round, metric func(string) (int, model.Metric, bool), partialAccounts bool, rowFailed int, platformRows map[string]*Platform, problems *diag.List) {
	acc := out.Accounts
	if out.NoAccounts || acc.Unknown {
		return // no platform figures to give
	}
	stated := false
	for _, p := range model.Platforms {
		if n, _, ok := metric("账号数:" + p); ok {
			stated = true
			if partialAccounts {
				// Only the failures are rows. When every running account
				// was checked, a platform's checked count is its running
				// count; after sampling it is unknown and left at zero.
				pr := platformRows[p]
				pr.Running = n
				if acc.Sampled || acc.PassedUnknown || rowFailed < acc.Failed {
					// Some failures are not named in the rows, so no
					// platform's pass count is known.
					pr.Tally = Tally{}
				} else {
					pr.Tally = Tally{Checked: n, Passed: n - pr.Failed, Failed: pr.Failed}
				}
			}
		}
	}
	if !partialAccounts || stated {
		for _, p := range model.Platforms {
			out.Platforms = append(out.Platforms, *platformRows[p])
		}
	}
	if !partialAccounts && stated {
		for _, p := range model.Platforms {
			if n, m, ok := metric("账号数:" + p); ok && n != platformRows[p].Running {
				problems.Errorf(m.Pos.File, m.Pos.Row, "数值", "两处数字应一致，改正其中一处", "账号数:%s 为 %d，但 accounts 表中正常运行的%s账号有 %d 个", p, n, p, platformRows[p].Running)
			}
		}
	}
}

// unitIndex resolves unit names and aliases to units.csv entries and
// categories.
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
		for _, a := range u.Aliases {
			if _, taken := ix.byName[a]; !taken {
				ix.byName[a] = u
			}
		}
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

// canonical gives the units.csv name for a name or alias.
func (ix *unitIndex) canonical(name string) string {
	if u, ok := ix.byName[name]; ok {
		return u.Name
	}
	return name
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
