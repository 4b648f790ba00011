package sample

import (
	"fmt"
	"math/rand/v2"
)

// generator holds the whole fictional population and its history. Maps in
// it are only looked up, never ranged over, so they cannot leak their
// random iteration order into the output.
type generator struct {
	scale       scale
	seed        uint64
	units       []*unit
	unitIndex   map[string]int
	creditCodes map[string]bool
	sites       []*site
	accounts    []*account
	names       map[string]bool // normalized platform + "|" + account name
	filingNos   map[string]bool
	rounds      []*round
	// scriptedSites are the websites the story makes fail, found once:
	// looking them up per row is quadratic in the number of websites.
	scriptedSites map[*site]bool
}

// account is a 政务新媒体 account across all rounds.
type account struct {
	unit     *unit
	platform platform
	name     string
	// formerName is the name before renamedIn (a round index), for the
	// account that is renamed; renamedIn is -1 for all others.
	formerName string
	renamedIn  int
	filingNo   string // 备案单号; empty for accounts never filed
	opened     int    // round it first appears in as 新开设; -1: on file before the first round
	closed     int    // round it appears in for the last time, as closedAs; -1: never
	closedAs   string
	closeNote  string
	pausedFrom int // 暂停更新 in rounds pausedFrom..pausedTo; -1: never
	pausedTo   int
	// scripted accounts play a part in the story (a repeat failure, the
	// rename) and are kept out of random closing, pausing and failing.
	scripted bool
}

func (a *account) nameIn(r int) string {
	if a.renamedIn >= 0 && r < a.renamedIn {
		return a.formerName
	}
	return a.name
}

func (a *account) pausedIn(r int) bool {
	return a.pausedFrom >= 0 && a.pausedFrom <= r && r <= a.pausedTo
}

// round is one inspection round with every row of its full population,
// whether or not the round's files list them all.
type round struct {
	id            string
	index         int
	year, quarter int
	failuresOnly  bool // the files list only failing rows
	sampled       bool // accounts were sampled rather than all checked
	meta          meta
	websites      []websiteRow
	accounts      []accountRow
	narrative     string
}

type websiteRow struct {
	site          *site
	failed        bool
	repeat        bool // also failed in the previous round
	score         string
	problems      []string
	rectification string
	note          string
}

type accountRow struct {
	acct          *account
	name, status  string
	checked       bool // 是否抽查
	failed        bool
	repeat        bool
	score         string
	problems      []string
	rectification string
	note          string
}

// Account statuses (运行状态).
const (
	statusRunning   = "正常运行"
	statusNew       = "新开设"
	statusClosed    = "已关停"
	statusCancelled = "已注销"
	statusPaused    = "暂停更新"
)

func (r accountRow) active() bool {
	return r.status != statusClosed && r.status != statusCancelled
}

func generate(sc scale, seed uint64) (*generator, error) {
	g := &generator{
		scale:       sc,
		seed:        seed,
		unitIndex:   map[string]int{},
		creditCodes: map[string]bool{},
		names:       map[string]bool{},
		filingNos:   map[string]bool{},
	}
	if err := g.buildDirectory(newRand(seed, streamDirectory)); err != nil {
		return nil, err
	}
	g.scriptedSites = map[*site]bool{}
	for _, rf := range repeatFailures {
		if s := g.mainSite(rf.unit); rf.account == "" && s != nil {
			g.scriptedSites[s] = true
		}
	}
	life := newRand(seed, streamAccounts)
	if err := g.openInitialAccounts(life); err != nil {
		return nil, err
	}
	checks := newRand(seed, streamResults)
	for i, id := range sc.rounds {
		r, err := g.simulateRound(i, id, life, checks)
		if err != nil {
			return nil, err
		}
		g.rounds = append(g.rounds, r)
	}
	cal := newRand(seed, streamCalendar)
	words := newRand(seed, streamNarrative)
	for _, r := range g.rounds {
		r.meta = newMeta(r, sc.words.place, cal)
		r.narrative = g.narrative(r, words)
	}
	return g, nil
}

func nameKey(p platform, name string) string { return p.normalized + "|" + name }

func platformByName(typed string) (platform, bool) {
	for _, p := range platforms {
		if p.typed == typed {
			return p, true
		}
	}
	return platform{}, false
}

// pickPlatform draws a platform by its share.
func pickPlatform(rng *rand.Rand) platform {
	total := 0
	for _, p := range platforms {
		total += p.share
	}
	n := rng.IntN(total)
	for _, p := range platforms {
		if n < p.share {
			return p
		}
		n -= p.share
	}
	return platforms[len(platforms)-1]
}

// reuseShare is the chance (percent) that a new account extends an existing
// name to another platform rather than starting a new one; real units build
// matrices like 示例公安 on WeChat, Weibo and Douyin.
const reuseShare = 55

// pickName finds a name the unit does not yet use on the platform.
func (g *generator) pickName(u *unit, p platform, rng *rand.Rand) (string, bool) {
	var lacking []string
	for _, s := range u.stems[:u.brands] {
		if !g.names[nameKey(p, s)] {
			lacking = append(lacking, s)
		}
	}
	if len(lacking) > 0 && (u.brands == len(u.stems) || rng.IntN(100) < reuseShare) {
		return lacking[rng.IntN(len(lacking))], true
	}
	for u.brands < len(u.stems) {
		s := u.stems[u.brands]
		u.brands++
		if !g.names[nameKey(p, s)] {
			return s, true
		}
	}
	if len(lacking) > 0 {
		return lacking[rng.IntN(len(lacking))], true
	}
	return "", false
}

// unfiledShare is the share (percent) of accounts without a 备案单号.
const unfiledShare = 5

// drawFilingNo returns a new unique 5–6 digit 备案单号, or "" for an
// account that was never filed.
func (g *generator) drawFilingNo(rng *rand.Rand, mustFile bool) string {
	if !mustFile && rng.IntN(100) < unfiledShare {
		return ""
	}
	for {
		no := fmt.Sprint(10_000 + rng.IntN(990_000))
		if !g.filingNos[no] {
			g.filingNos[no] = true
			return no
		}
	}
}

func (g *generator) addAccount(u *unit, p platform, name, filingNo string, opened int) *account {
	a := &account{unit: u, platform: p, name: name, filingNo: filingNo, opened: opened,
		closed: -1, renamedIn: -1, pausedFrom: -1, pausedTo: -1}
	g.names[nameKey(p, name)] = true
	u.accounts = append(u.accounts, a)
	g.accounts = append(g.accounts, a)
	return a
}

// openAccount opens one account of u on a platform drawn by share.
func (g *generator) openAccount(u *unit, opened int, rng *rand.Rand) error {
	for range 100 {
		p := pickPlatform(rng)
		if name, ok := g.pickName(u, p, rng); ok {
			g.addAccount(u, p, name, g.drawFilingNo(rng, false), opened)
			return nil
		}
	}
	return fmt.Errorf("单位“%s”的账号名称不够用：请在 data.go 中为它补充账号名称", u.name)
}

// openInitialAccounts creates the accounts on file before the first round:
// the scripted ones first, then each unit's share.
func (g *generator) openInitialAccounts(rng *rand.Rand) error {
	for _, rf := range repeatFailures {
		if rf.account == "" {
			continue
		}
		u, ok := g.unit(rf.unit)
		if !ok {
			continue // not part of this scale
		}
		p, ok := platformByName(rf.accountPlatform)
		if !ok {
			return fmt.Errorf("账号“%s”的平台“%s”不在平台表中：请检查 data.go", rf.account, rf.accountPlatform)
		}
		g.addAccount(u, p, rf.account, g.drawFilingNo(rng, true), -1).scripted = true
	}
	if u, ok := g.unit(renamed.unit); ok {
		p, ok := platformByName(renamed.platform)
		if !ok {
			return fmt.Errorf("账号“%s”的平台“%s”不在平台表中：请检查 data.go", renamed.after, renamed.platform)
		}
		a := g.addAccount(u, p, renamed.after, g.drawFilingNo(rng, true), -1)
		a.scripted = true
		a.formerName = renamed.before
		a.renamedIn = g.roundIndex(renameRound)
		g.names[nameKey(p, renamed.before)] = true
	}
	for _, u := range g.units {
		for len(u.accounts) < u.initialAccounts {
			if err := g.openAccount(u, -1, rng); err != nil {
				return err
			}
		}
	}
	return nil
}

func (g *generator) unit(name string) (*unit, bool) {
	i, ok := g.unitIndex[name]
	if !ok {
		return nil, false
	}
	return g.units[i], true
}

// share returns n times a random rate between lo and hi basis points
// (1/10000), rounded half up.
func share(rng *rand.Rand, n, lo, hi int) int {
	bp := lo + rng.IntN(hi-lo+1)
	return (n*bp + 5000) / 10000
}

// simulateRound moves the account population on by one quarter and checks
// every website and the checked accounts.
func (g *generator) simulateRound(i int, id string, life, checks *rand.Rand) (*round, error) {
	var year, quarter int
	if _, err := fmt.Sscanf(id, "%4dQ%1d", &year, &quarter); err != nil || quarter < 1 || quarter > 4 {
		return nil, fmt.Errorf("轮次“%s”不是“2024Q1”这样的季度：请检查 sample.go 中规模“%s”的轮次", id, g.scale.name)
	}
	r := &round{id: id, index: i, year: year, quarter: quarter,
		failuresOnly: id == failuresOnlyRound, sampled: id == sampledRound}
	if err := g.changeAccounts(i, life); err != nil {
		return nil, err
	}
	r.accounts = g.accountRows(i)
	if r.sampled {
		g.sampleAccounts(r, checks)
	}
	g.checkWebsites(r, checks)
	g.checkAccounts(r, checks)
	return r, nil
}

// changeAccounts opens, closes and pauses accounts in round i.
func (g *generator) changeAccounts(i int, rng *rand.Rand) error {
	var live []*account
	for _, a := range g.accounts {
		if a.opened < i && a.closed < 0 {
			live = append(live, a)
		}
	}

	// ~2–4% newly opened, more often by units that already run many.
	totalWeight := 0
	for _, u := range g.units {
		totalWeight += u.initialAccounts
	}
	for range share(rng, len(live), 200, 400) {
		n := rng.IntN(totalWeight)
		for _, u := range g.units {
			if n < u.initialAccounts {
				if err := g.openAccount(u, i, rng); err != nil {
					return err
				}
				break
			}
			n -= u.initialAccounts
		}
	}

	// ~1–3% closed or cancelled; they are listed once more, then vanish.
	var closable []*account
	for _, a := range live {
		if !a.scripted && !a.pausedIn(i) {
			closable = append(closable, a)
		}
	}
	perm := rng.Perm(len(closable))
	for _, k := range perm[:min(len(perm), share(rng, len(live), 100, 300))] {
		a := closable[k]
		a.closed = i
		if rng.IntN(2) == 0 {
			a.closedAs = statusClosed
			if rng.IntN(10) < 3 {
				a.closeNote = "功能相近，已整合至本单位主账号"
			}
		} else {
			a.closedAs = statusCancelled
			if rng.IntN(10) < 3 {
				a.closeNote = "长期未更新，已按程序注销"
			}
		}
	}

	// A rare few pause with notice for one or two quarters.
	var pausable []*account
	for _, a := range live {
		if !a.scripted && a.closed < 0 && a.pausedFrom < 0 {
			pausable = append(pausable, a)
		}
	}
	perm = rng.Perm(len(pausable))
	for _, k := range perm[:min(len(perm), 1+rng.IntN(3))] {
		pausable[k].pausedFrom = i
		pausable[k].pausedTo = i + rng.IntN(2)
	}
	return nil
}

// accountRows lists the accounts on file in round i, unit by unit in the
// order they were opened.
func (g *generator) accountRows(i int) []accountRow {
	var rows []accountRow
	for _, u := range g.units {
		for _, a := range u.accounts {
			if a.opened > i || (a.closed >= 0 && a.closed < i) {
				continue
			}
			row := accountRow{acct: a, name: a.nameIn(i), status: statusRunning, checked: true}
			switch {
			case a.closed == i:
				row.status, row.checked, row.note = a.closedAs, false, a.closeNote
			case a.opened == i:
				row.status = statusNew
			case a.pausedIn(i):
				row.status, row.note = statusPaused, "已报备暂停更新"
			}
			if a.renamedIn == i {
				row.note = fmt.Sprintf("原账号名称“%s”，本季度更名", a.formerName)
			}
			rows = append(rows, row)
		}
	}
	return rows
}

// sampleAccounts checks only sampledShare percent of the active accounts,
// plus any account the story needs to fail this round.
func (g *generator) sampleAccounts(r *round, rng *rand.Rand) {
	var active []int
	for k, row := range r.accounts {
		if row.active() {
			active = append(active, k)
			r.accounts[k].checked = false
		}
	}
	perm := rng.Perm(len(active))
	for _, k := range perm[:(len(active)*sampledShare+50)/100] {
		r.accounts[active[k]].checked = true
	}
	for k, row := range r.accounts {
		if _, due := scriptedFailure(row.acct.unit.name, row.acct.name, r.id); due && row.acct.scripted {
			r.accounts[k].checked = true
		}
	}
}

// scriptedFailure returns the problems and rectification of a repeat
// failure due in round id for the unit's website (account "") or account.
func scriptedFailure(unitName, accountName, id string) (repeatFailure, bool) {
	for _, rf := range repeatFailures {
		if rf.unit != unitName || rf.account != accountName {
			continue
		}
		for _, rid := range rf.rounds {
			if rid == id {
				return rf, true
			}
		}
	}
	return repeatFailure{}, false
}

func (rf repeatFailure) in(id string) ([]string, string) {
	for k, rid := range rf.rounds {
		if rid == id {
			return rf.problems[k], rf.rectification[k]
		}
	}
	return nil, ""
}

// checkWebsites checks every website in the round: ~3–8% fail, and no site
// fails twice in a row except the scripted repeat failures.
func (g *generator) checkWebsites(r *round, rng *rand.Rand) {
	failedBefore := map[*site]bool{}
	if r.index > 0 {
		for _, w := range g.rounds[r.index-1].websites {
			failedBefore[w.site] = w.failed
		}
	}
	for _, s := range g.sites {
		if s.from > r.index {
			continue
		}
		row := websiteRow{site: s}
		if s.from == r.index && r.index > 0 {
			row.note = "本季度新上线，首次纳入检查"
		}
		if rf, due := scriptedFailure(s.unit, "", r.id); due && g.mainSite(s.unit) == s {
			row.failed = true
			row.problems, row.rectification = rf.in(r.id)
		}
		r.websites = append(r.websites, row)
	}

	var candidates []int
	scripted := 0
	for k, row := range r.websites {
		switch {
		case row.failed:
			scripted++
		case !g.scriptedSites[row.site] && !failedBefore[row.site]:
			candidates = append(candidates, k)
		}
	}
	want := max(2, share(rng, len(r.websites), 300, 800)) - scripted
	perm := rng.Perm(len(candidates))
	for _, k := range perm[:max(0, min(want, len(perm)))] {
		row := &r.websites[candidates[k]]
		row.failed = true
		row.problems = pickProblems(rng, websiteProblemsFor(r.quarter), problemCount(rng))
		row.rectification = pickRectification(rng, r.index == len(g.scale.rounds)-1)
	}

	for k := range r.websites {
		row := &r.websites[k]
		row.repeat = row.failed && failedBefore[row.site]
		row.score = websiteScore(rng, row.failed, row.site.kind == kindPortal)
	}
}

// checkAccounts gives the checked accounts their results: ~1–3% fail, and,
// as for websites, only the scripted ones fail twice in a row.
func (g *generator) checkAccounts(r *round, rng *rand.Rand) {
	failedBefore := map[*account]bool{}
	if r.index > 0 {
		for _, a := range g.rounds[r.index-1].accounts {
			failedBefore[a.acct] = a.failed
		}
	}
	var candidates []int
	checked, scripted := 0, 0
	for k := range r.accounts {
		row := &r.accounts[k]
		if !row.checked {
			continue
		}
		checked++
		if rf, due := scriptedFailure(row.acct.unit.name, row.acct.name, r.id); due && row.acct.scripted {
			row.failed = true
			row.problems, row.rectification = rf.in(r.id)
			scripted++
			continue
		}
		if !row.acct.scripted && row.status != statusPaused && !failedBefore[row.acct] {
			candidates = append(candidates, k)
		}
	}
	want := max(1, share(rng, checked, 100, 300)) - scripted
	perm := rng.Perm(len(candidates))
	for _, k := range perm[:max(0, min(want, len(perm)))] {
		row := &r.accounts[candidates[k]]
		row.failed = true
		row.problems = accountProblemsFor(rng, row.acct)
		row.rectification = pickRectification(rng, r.index == len(g.scale.rounds)-1)
	}

	// Round ids of one form sort in time order.
	scored := r.id >= scoredAccountsIn
	for k := range r.accounts {
		row := &r.accounts[k]
		row.repeat = row.failed && failedBefore[row.acct]
		if scored && row.checked {
			row.score = accountScore(rng, row.failed)
		}
	}
}

func websiteProblemsFor(quarter int) []problem {
	if quarter == 1 {
		return append(append([]problem(nil), websiteProblems...), annualReportProblem)
	}
	return websiteProblems
}

// accountProblemsFor draws an account's problems; an account never filed
// is usually reproached for that, alone or with one other problem.
func accountProblemsFor(rng *rand.Rand, a *account) []string {
	if a.filingNo == "" && rng.IntN(10) < 6 {
		return append([]string{unfiledProblem}, pickProblems(rng, accountProblems, rng.IntN(2))...)
	}
	return pickProblems(rng, accountProblems, problemCount(rng))
}

// problemCount is how many problems a failure has: usually one, sometimes
// two or three.
func problemCount(rng *rand.Rand) int {
	switch d := rng.IntN(10); {
	case d >= 9:
		return 3
	case d >= 6:
		return 2
	}
	return 1
}

// pickProblems draws up to n distinct problems by weight, never two of a
// group, and an alone problem only by itself.
func pickProblems(rng *rand.Rand, pool []problem, n int) []string {
	var out []string
	used := make([]bool, len(pool))
	groups := map[string]bool{}
	eligible := func(k int) bool {
		p := pool[k]
		return !used[k] && (p.group == "" || !groups[p.group]) && !(p.alone && len(out) > 0)
	}
	for len(out) < n {
		total := 0
		for k, p := range pool {
			if eligible(k) {
				total += p.weight
			}
		}
		if total == 0 {
			break
		}
		x := rng.IntN(total)
		k := 0
		for ; !eligible(k) || x >= pool[k].weight; k++ {
			if eligible(k) {
				x -= pool[k].weight
			}
		}
		p := pool[k]
		used[k] = true
		groups[p.group] = true
		text := p.text
		if text == staleColumn {
			text = fmt.Sprintf(staleColumn, websiteColumns[rng.IntN(len(websiteColumns))])
		}
		out = append(out, text)
		if p.alone {
			break
		}
	}
	return out
}

// pickRectification says how far a failure has been fixed when the round is
// published: mostly fixed, but the latest round's problems are still open.
func pickRectification(rng *rand.Rand, latest bool) string {
	d := rng.IntN(100)
	if latest {
		switch {
		case d < 35:
			return rectified
		case d < 60:
			return rectifying
		default:
			return notRectified
		}
	}
	if d < 85 {
		return rectified
	}
	return rectifying
}

// websiteScore: passing sites score 85–105 (bonus points can pass 100),
// failing ones below 60. Cents are drawn as integers so that no float
// formatting is involved.
func websiteScore(rng *rand.Rand, failed, portal bool) string {
	var cents int
	switch {
	case failed:
		cents = 3500 + rng.IntN(2500)
	case portal:
		cents = 9000 + rng.IntN(1500)
	default:
		cents = 8500 + rng.IntN(1500)
		if rng.IntN(6) == 0 {
			cents += rng.IntN(500)
		}
	}
	return formatCents(min(cents, 10500))
}

func accountScore(rng *rand.Rand, failed bool) string {
	if failed {
		return formatCents(3000 + rng.IntN(3000))
	}
	return formatCents(8000 + rng.IntN(2000))
}

func formatCents(c int) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }
