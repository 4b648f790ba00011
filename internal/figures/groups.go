package figures

import (
	"slices"
	"strconv"
	"strings"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
)

// GroupFigures are a round's figures by group of units — per 单位类别 and
// per 所属地区 — and what the 通报 states beside its counts: rates, score
// bands, named scorers. Each comes from the rows only when the rows are the
// whole population of their kind, else from the summary metrics.
type GroupFigures struct {
	// Regions has one entry per 所属地区 with figures (Category.Name is the
	// region), in order of first appearance in units.csv; empty unless
	// units.csv names at least two regions.
	Regions []Category
	// WholeWebsites and WholeAccounts report whether the rows list every
	// website or account of the round (no stated total beyond them), so
	// that statistics of the whole population may be computed from them.
	WholeWebsites, WholeAccounts bool
	// Stated rates of the whole round (网站合格率, 账号合格率, 抽查比例),
	// nil when the 通报 states none.
	WebsiteRateStated, AccountRateStated, SampleRateStated *StatedRate
	Ranked                                                 []RankedList // 得分前N名 / 得分后N名 by kind, from rows with a 排名
}

// NoRegion is the 所属地区 of units that units.csv gives none.
const NoRegion = "未填地区"

// groupIndex knows which names are unit categories and which are regions.
type groupIndex struct {
	categories map[string]bool
	regions    []string // in order of first appearance in units.csv
	isRegion   map[string]bool
}

func newGroupIndex(ds *model.Dataset, ix *unitIndex) *groupIndex {
	g := &groupIndex{categories: map[string]bool{}, isRegion: map[string]bool{}}
	for _, c := range ix.categories {
		g.categories[c] = true
	}
	for _, u := range ds.Units {
		if u.Region != "" && !g.isRegion[u.Region] {
			g.isRegion[u.Region] = true
			g.regions = append(g.regions, u.Region)
		}
	}
	return g
}

func (ix *unitIndex) region(name string) string {
	if u, ok := ix.byName[name]; ok && u.Region != "" {
		return u.Region
	}
	return NoRegion
}

// groupRows is the rows' figures of one group.
type groupRows struct {
	units    map[string]bool
	websites Tally
	accounts Tally
	onFile   int // accounts listed, closed ones included
}

// groupMetrics is what summary.csv states for one group.
type groupMetrics map[string]model.Metric // base metric (网站总数…) -> metric

// computeGroups fills in the round's categories and regions from the rows
// (for each kind whose rows are the whole population) and from the group
// metrics of summary.csv (网站总数:市直部门 …), cross-checking the two.
func computeGroups(r *model.Round, ix *unitIndex, gx *groupIndex, categories []string, fr *Round, problems *diag.List) {
	var rw, ra Tally
	for _, w := range r.Websites {
		rw.add(w.Result)
	}
	for _, a := range r.Accounts {
		ra.add(a.Result)
	}
	fr.WholeWebsites = rw.Checked == fr.Websites.Checked
	fr.WholeAccounts = ra.Checked == fr.Accounts.Checked && len(r.Accounts) >= fr.Accounts.OnFile

	// The rows of each category and region.
	byCat, byRegion := map[string]*groupRows{}, map[string]*groupRows{}
	get := func(m map[string]*groupRows, k string) *groupRows {
		if m[k] == nil {
			m[k] = &groupRows{units: map[string]bool{}}
		}
		return m[k]
	}
	for _, w := range r.Websites {
		for _, g := range []*groupRows{get(byCat, ix.category(w.Unit)), get(byRegion, ix.region(w.Unit))} {
			g.websites.add(w.Result)
			if w.Unit != "" { // a row without its 主办单位 is no unit
				g.units[w.Unit] = true
			}
		}
	}
	for _, a := range r.Accounts {
		for _, g := range []*groupRows{get(byCat, ix.category(a.Unit)), get(byRegion, ix.region(a.Unit))} {
			g.accounts.add(a.Result)
			g.onFile++
			if a.Unit != "" {
				g.units[a.Unit] = true
			}
		}
	}

	// The metrics of each group, checked to name a category or a region.
	// A 通报 that names no unit of a group (a national one stating 北京's
	// rate) says which kind of group it is: 网站总数:地区:北京,
	// 网站总数:类别:国务院部门.
	stated := map[string]groupMetrics{}
	var moreCategories, moreRegions []string
	for _, m := range r.Summary {
		base, group, ok := model.SplitGroup(m.Name)
		if !ok {
			continue
		}
		if kind, name, declared := strings.Cut(group, ":"); declared && name != "" && (kind == "类别" || kind == "地区") {
			group = name
			switch {
			case kind == "类别" && !gx.categories[group] && !slices.Contains(moreCategories, group):
				moreCategories = append(moreCategories, group)
			case kind == "地区" && !gx.isRegion[group] && !slices.Contains(moreRegions, group):
				moreRegions = append(moreRegions, group)
			}
		} else if !gx.categories[group] && !gx.isRegion[group] {
			problems.Errorf(m.Pos.File, m.Pos.Row, "指标", "冒号后写 units.csv 中的单位类别或所属地区，如“网站总数:市直部门”；通报没有列出这一组的单位时，写明是类别还是地区，如“网站总数:类别:"+group+"”或“网站总数:地区:"+group+"”",
				"指标“%s”的“%s”既不是 units.csv 中的单位类别，也不是所属地区", m.Name, group)
			continue
		}
		if stated[group] == nil {
			stated[group] = groupMetrics{}
		}
		stated[group][base] = m
	}

	build := func(name string, rows *groupRows, gm groupMetrics) (Category, bool) {
		c := Category{Name: name}
		if rows == nil {
			rows = &groupRows{units: map[string]bool{}}
		}
		if fr.WholeWebsites && fr.WholeAccounts {
			c.Units = len(rows.units)
		}
		c.Websites, c.WebsitesKnown = groupWebsites(name, rows, gm, fr, problems)
		c.Accounts, c.AccountsKnown = groupAccounts(name, rows, gm, fr, problems)
		c.WebsiteRateStated = statedRate(gm[model.WebsitePassRate], c.Websites.Rate(), c.WebsitesKnown, problems)
		c.AccountRateStated = statedRate(gm[model.AccountPassRate], c.Accounts.Rate(), c.AccountsKnown, problems)
		c.SampleRateStated = statedRatio(gm[model.SampleRatio], groupSampleRate(rows, gm, fr), problems)
		return c, c.WebsitesKnown || c.AccountsKnown || c.WebsiteRateStated != nil || c.AccountRateStated != nil
	}

	// Categories: the rows' categories in Figures.Categories order.
	fr.Categories = nil
	for _, name := range append(append([]string{}, categories...), moreCategories...) {
		rows, gm := byCat[name], stated[name]
		if rows == nil && gm == nil {
			continue
		}
		if gm == nil && !fr.WholeWebsites && !fr.WholeAccounts {
			continue // a partial list says nothing of a category's figures
		}
		if c, ok := build(name, rows, gm); ok {
			fr.Categories = append(fr.Categories, c)
		}
	}

	// Regions, in units.csv order; the rows of units without a region last.
	var regions []Category
	known := append(append([]string{}, gx.regions...), moreRegions...)
	names := append(append([]string{}, known...), NoRegion)
	for _, name := range names {
		rows, gm := byRegion[name], stated[name]
		if name == NoRegion && len(known) == 0 {
			break
		}
		if rows == nil && gm == nil {
			continue
		}
		if gm == nil && !fr.WholeWebsites && !fr.WholeAccounts {
			continue
		}
		if c, ok := build(name, rows, gm); ok {
			regions = append(regions, c)
		}
	}
	if len(known) >= 2 {
		fr.Regions = regions // a directory of one region has no 各地区
	}
}

func metricInt(m model.Metric) (int, bool) {
	n, err := strconv.Atoi(m.Value)
	return n, err == nil && m.Name != ""
}

// groupWebsites gives a group's website tally: from the rows when they are
// the whole population (and the stated counts must agree), else from the
// stated counts, the rows naming some of its failures.
func groupWebsites(name string, rows *groupRows, gm groupMetrics, fr *Round, problems *diag.List) (Tally, bool) {
	total, hasTotal := metricInt(gm[model.WebsitesTotal])
	passed, hasPassed := metricInt(gm[model.WebsitesPassed])
	if fr.WholeWebsites {
		got := rows.websites
		if hasTotal && total != got.Checked {
			m := gm[model.WebsitesTotal]
			problems.Errorf(m.Pos.File, m.Pos.Row, "数值", "两处数字应一致，改正其中一处",
				"%s 为 %d，但 websites 表中%s的网站有 %d 个", m.Name, total, name, got.Checked)
		}
		if hasPassed && passed != got.Passed {
			m := gm[model.WebsitesPassed]
			problems.Errorf(m.Pos.File, m.Pos.Row, "数值", "两处数字应一致，改正其中一处",
				"%s 为 %d，但 websites 表中%s合格的网站有 %d 个", m.Name, passed, name, got.Passed)
		}
		return got, got.Checked > 0
	}
	if !hasTotal {
		return Tally{}, false
	}
	if rows.websites.Checked > total {
		m := gm[model.WebsitesTotal]
		problems.Errorf(m.Pos.File, m.Pos.Row, "数值", "核对这一组的网站总数，或改正网站的主办单位",
			"%s 为 %d，但 websites 表列出%s的网站 %d 个", m.Name, total, name, rows.websites.Checked)
	}
	if !hasPassed {
		// Without 网站合格数, the pass count is known only when the rows
		// name every failure of the round.
		if len(fr.FailedWebsites) < fr.Websites.Failed {
			return Tally{}, false
		}
		passed = total - rows.websites.Failed
	} else if total-passed < rows.websites.Failed || passed > total {
		m := gm[model.WebsitesPassed]
		problems.Errorf(m.Pos.File, m.Pos.Row, "数值", "核对这一组的合格数和不合格网站清单",
			"%s 为 %d，但 websites 表列出%s不合格的网站 %d 个，超过 %d 个中不合格的 %d 个", m.Name, passed, name, rows.websites.Failed, total, total-passed)
	}
	return Tally{Checked: total, Passed: passed, Failed: total - passed}, true
}

// groupAccounts gives a group's account tally, as groupWebsites does; the
// accounts checked are 账号抽查数 when stated, else 账号总数.
func groupAccounts(name string, rows *groupRows, gm groupMetrics, fr *Round, problems *diag.List) (Tally, bool) {
	onFile, hasOnFile := metricInt(gm[model.AccountsTotal])
	sampled, hasSampled := metricInt(gm[model.AccountsSampled])
	passed, hasPassed := metricInt(gm[model.AccountsPassed])
	if fr.WholeAccounts {
		got := rows.accounts
		for _, c := range []struct {
			base    string
			n, rows int
			has     bool
			what    string
		}{{model.AccountsTotal, onFile, rows.onFile, hasOnFile, "的账号"}, {model.AccountsSampled, sampled, got.Checked, hasSampled, "检查的账号"},
			{model.AccountsPassed, passed, got.Passed, hasPassed, "合格的账号"}} {
			if c.has && c.n != c.rows {
				m := gm[c.base]
				problems.Errorf(m.Pos.File, m.Pos.Row, "数值", "两处数字应一致，改正其中一处",
					"%s 为 %d，但 accounts 表中%s%s有 %d 个", m.Name, c.n, name, c.what, c.rows)
			}
		}
		return got, got.Checked > 0
	}
	checked, base := onFile, model.AccountsTotal
	if hasSampled {
		checked, base = sampled, model.AccountsSampled
	} else if !hasOnFile {
		return Tally{}, false
	}
	if !hasPassed {
		return Tally{}, false
	}
	if checked-passed < rows.accounts.Failed || passed > checked {
		m := gm[model.AccountsPassed]
		problems.Errorf(m.Pos.File, m.Pos.Row, "数值", "核对这一组的合格数和不合格账号清单",
			"%s 为 %d，%s为 %d，但 accounts 表列出%s不合格的账号 %d 个", m.Name, passed, base, checked, name, rows.accounts.Failed)
	}
	return Tally{Checked: checked, Passed: passed, Failed: checked - passed}, true
}

// groupSampleRate is the share of a group's accounts that were checked.
func groupSampleRate(rows *groupRows, gm groupMetrics, fr *Round) Rate {
	onFile, ok1 := metricInt(gm[model.AccountsTotal])
	sampled, ok2 := metricInt(gm[model.AccountsSampled])
	if ok1 && ok2 {
		return Ratio(sampled, onFile)
	}
	if fr.WholeAccounts && rows.onFile > 0 {
		return Ratio(rows.accounts.Checked, rows.onFile)
	}
	return Rate{}
}
