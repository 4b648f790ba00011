package figures

import (
	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
)

// computeRound computes one round's own figures, step by step:
//
//   - rateDecimals: the decimals its 通报 writes rates with;
//   - countWebsites, then websiteFigures: the websites as the rows count
//     them, then completed from the stated totals when the rows are only
//     part of the websites;
//   - countAccounts, then accountFigures: the same for the accounts;
//   - platformFigures: the accounts of each platform.
//
// The unit categories and regions follow in computeGroups (groups.go).
func computeRound(r *model.Round, problems *diag.List) Round {
	out := Round{Round: r}
	out.Decimals, out.WebsiteDecimals, out.AccountDecimals = rateDecimals(r.Meta)
	metric := metricReader(r)
	websites := countWebsites(r.Websites)
	out.FailedWebsites = websites.failed
	websiteFigures(r, websites, metric, &out, problems)
	accounts := countAccounts(r.Accounts)
	out.FailedAccounts = accounts.failed
	partial := accountFigures(r, accounts, metric, &out, problems)
	platformFigures(&out, metric, partial, accounts.Failed, accounts.platforms, problems)
	return out
}

// rateDecimals gives the decimals a round's 通报 writes its rates with: of
// every rate, of the website pass rate and of the account pass rate.
// round.md's rate_decimals overrides DefaultDecimals, for every rate or per
// kind ({网站: 0, 新媒体: 1}).
func rateDecimals(m model.Meta) (all, websites, accounts int) {
	all = DefaultDecimals
	if m.RateDecimals != nil {
		all = *m.RateDecimals
	}
	websites, accounts = all, all
	if m.WebsiteRateDecimals != nil {
		websites = *m.WebsiteRateDecimals
	}
	if m.AccountRateDecimals != nil {
		accounts = *m.AccountRateDecimals
	}
	return all, websites, accounts
}

// websiteRows is what a round's website rows count.
type websiteRows struct {
	Tally
	portals int             // 门户网站
	failed  []model.Website // in row order
}

func countWebsites(websites []model.Website) websiteRows {
	var rows websiteRows
	for _, w := range websites {
		rows.add(w.Result)
		if w.Result == model.Fail {
			rows.failed = append(rows.failed, w)
		}
		if w.IsPortal() {
			rows.portals++
		}
	}
	return rows
}

// websiteFigures sets the round's website figures from the rows and the
// stated totals (websites_total, 网站总数, 网站合格数, 门户网站数). Any
// stated total makes the rows a partial list: the figures come from the
// totals, the rows add the names. A stated pass count the rows contradict
// is an error; rounds.checkTotals has checked that the rows fit in the
// total.
func websiteFigures(r *model.Round, rows websiteRows, metric func(string) (int, model.Metric, bool), out *Round, problems *diag.List) {
	out.Websites, out.Portals = rows.Tally, rows.portals
	total, totalStated := 0, false
	if t := r.Meta.WebsitesTotal; t != nil {
		total, totalStated = *t, true
	}
	if n, _, ok := metric(model.WebsitesTotal); ok {
		total, totalStated = n, true
	}
	statedPassed, passedMetric, passedStated := metric(model.WebsitesPassed)
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
	if n, _, ok := metric(model.PortalsTotal); ok {
		out.Portals = n
	}
}

// accountRows is what a round's account rows count.
type accountRows struct {
	Accounts
	failed    []model.Account      // in row order
	platforms map[string]*Platform // one for each of model.Platforms
}

func countAccounts(accounts []model.Account) accountRows {
	rows := accountRows{platforms: map[string]*Platform{}}
	for _, p := range model.Platforms {
		rows.platforms[p] = &Platform{Name: p}
	}
	for _, a := range accounts {
		rows.OnFile++
		if a.Active() {
			rows.Running++
			rows.platforms[a.Platform].Running++
		} else {
			rows.Closed++
		}
		if a.Status == model.StatusNew {
			rows.Opened++
		}
		if !a.Sampled && a.Active() {
			rows.Sampled = true
		}
		rows.add(a.Result)
		rows.platforms[a.Platform].add(a.Result)
		if a.Result == model.Fail {
			rows.failed = append(rows.failed, a)
		}
	}
	return rows
}

// accountFigures sets the round's account figures from the rows and the
// stated totals (statedAccounts), then the accounts opened and closed
// (新开设账号数, 关停注销账号数). It reports whether the rows are a partial
// list.
func accountFigures(r *model.Round, rows accountRows, metric func(string) (int, model.Metric, bool), out *Round, problems *diag.List) (partial bool) {
	acc := rows.Accounts
	partial = statedAccounts(r, &acc, rows.Tally, metric, &out.accountsDerived, problems)
	if partial {
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
	acc.ChangesKnown = !partial
	if n, _, ok := metric(model.AccountsOpened); ok {
		acc.Opened, acc.ChangesKnown = n, true
	}
	if n, _, ok := metric(model.AccountsClosed); ok {
		acc.Closed = n
	}
	out.Accounts = acc
	return partial
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
	if n, _, ok := metric(model.AccountsTotal); ok {
		onFile, onFileStated = n, true
	} else if n, _, ok := metric(model.AccountsScreened); ok && r.Meta.AccountsTotal == nil {
		onFile, onFileStated = n, true
	}
	running, runningAt, runningStated := metric(model.AccountsRunning)
	sampled, sampledAt, sampledStated := metric(model.AccountsSampled)
	passed, passedAt, passedStated := metric(model.AccountsPassed)

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

// platformFigures gives the per-platform figures: from the rows for a
// full round, from 账号数:平台 metrics when stated.
func platformFigures(out *Round, metric func(string) (int, model.Metric, bool), partialAccounts bool, rowFailed int, platformRows map[string]*Platform, problems *diag.List) {
	acc := out.Accounts
	if out.NoAccounts || acc.Unknown {
		return // no platform figures to give
	}
	stated := false
	for _, p := range model.Platforms {
		if n, _, ok := metric(model.PlatformCount(p)); ok {
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
			if n, m, ok := metric(model.PlatformCount(p)); ok && n != platformRows[p].Running {
				problems.Errorf(m.Pos.File, m.Pos.Row, "数值", "两处数字应一致，改正其中一处", "账号数:%s 为 %d，但 accounts 表中正常运行的%s账号有 %d 个", p, n, p, platformRows[p].Running)
			}
		}
	}
}
