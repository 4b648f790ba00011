package site

import (
	"cmp"
	"strconv"
)

// RoundTables are the tables of a round page written as HTML in Go
// (table.go), each from the Table that also gives its downloads.
type RoundTables struct {
	FailedWebsites   string       `json:"failed_websites"` // "" without a listed failure
	FailedAccounts   string       `json:"failed_accounts"`
	NotedWebsites    string       `json:"noted_websites"` // 其他发现的问题, "" without any
	NotedAccounts    string       `json:"noted_accounts"`
	Recheck          string       `json:"recheck"`           // 上轮问题复查, "" without one
	Repeats          string       `json:"repeats"`           // 连续不合格, "" without one
	ErrorReports     string       `json:"error_reports"`     // 找错留言's units ranked, "" without them
	ChangesPlatforms string       `json:"changes_platforms"` // 账号变化 by platform, "" without
	ChangesUnits     string       `json:"changes_units"`     // and by unit
	Letters          []NamedTable `json:"letters"`           // 互动回应测试's lists that name a website
	OtherMetrics     string       `json:"other_metrics"`     // 其他指标, "" without
	Ranking          string       `json:"ranking"`           // 单位排名, "" without one
	RankingUnits     int          `json:"ranking_units"`     // its rows
	Regions          NamedTable   `json:"regions"`           // 各地区检查情况; its HTML "" without regions
	Ranked           []NamedTable `json:"ranked"`            // 得分排名's lists
}

// NamedTable is the HTML of one of several tables a template ranges over,
// with its download key and its name for screen readers.
type NamedTable struct {
	Key   string `json:"key"`
	Title string `json:"title"`
	HTML  string `json:"html"`
}

// MarshalJSON writes the round's view with its large tables as HTML, made
// here, a round at a time.
func (r RoundView) MarshalJSON() ([]byte, error) {
	type plain RoundView // without this method
	var t RoundTables
	if len(r.FailedSites) > 0 {
		t.FailedWebsites = r.onPage(failedWebsitesTable(&r)).HTML()
	}
	if len(r.FailedAccounts) > 0 {
		t.FailedAccounts = r.onPage(failedAccountsTable(&r)).HTML()
	}
	if len(r.Across.Recheck) > 0 {
		t.Recheck = recheckTable(&r).HTML()
	}
	if len(r.Across.Repeats) > 0 {
		t.Repeats = repeatsTable(&r).HTML()
	}
	for _, l := range letterTables(&r) {
		t.Letters = append(t.Letters, NamedTable{Key: l.Name, Title: l.Sheet, HTML: l.HTML()})
	}
	if e := r.Across.ErrorReports; e != nil && len(e.Ranked) > 0 {
		t.ErrorReports = errorReportsTable(&r).HTML()
	}
	if c := r.Across.Changes; c.Known {
		if len(c.ByPlatform) > 0 {
			t.ChangesPlatforms = changesTable(&r, false).HTML()
		}
		if len(c.ByUnit) > 0 {
			t.ChangesUnits = changesTable(&r, true).HTML()
		}
	}
	if len(r.OtherMetrics) > 0 {
		t.OtherMetrics = otherMetricsTable(&r).HTML()
	}
	if len(r.Regions) > 0 {
		t.Regions = namedTable(regionsTable(&r))
	}
	for _, rt := range rankedTables(&r) {
		t.Ranked = append(t.Ranked, namedTable(rt))
	}
	if len(r.NotedSites) > 0 {
		t.NotedWebsites = notedTable(&r, false).HTML()
	}
	if len(r.NotedAccounts) > 0 {
		t.NotedAccounts = notedTable(&r, true).HTML()
	}
	if len(r.Across.Ranking) > 0 {
		t.Ranking, t.RankingUnits = r.onPage(rankingTable(&r)).HTML(), len(r.Across.Ranking)
	}
	t.spill(r.html)
	return marshalHTML(struct {
		plain
		Tables RoundTables `json:"tables"`
	}{plain(r), t})
}

// roundLabel names the round in captions: its period, else its title.
func roundLabel(r *RoundView) string { return cmp.Or(r.Period, r.Title) }

// unitCell is a unit's name, linked to its page when it has one.
func unitCell(name, slug string) Cell {
	c := Cell{Text: name}
	if slug != "" {
		c.Href = "units/" + slug + "/"
	}
	return c
}

// rankingTable is 单位排名: every unit of the round, most failures first.
func rankingTable(r *RoundView) *Table {
	t := &Table{Name: "ranking", Sheet: "单位排名", Label: "单位排名表", Caption: roundLabel(r) + "各单位检查结果（不合格多者在前）", Compact: true,
		Columns: []Column{
			noColumn,
			{Head: "单位", Kind: Link, RowHead: true},
			{Head: "类别"},
			{Head: "检查数", Kind: Number},
			{Head: "不合格数", Kind: Number},
			{Head: "合格率", Kind: Rate},
			{Head: "网站平均分", Kind: Number},
		}}
	for _, u := range r.Across.Ranking {
		t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: strconv.Itoa(u.No)}, unitCell(u.Unit, u.UnitSlug), {Text: u.Category},
			{Text: strconv.Itoa(u.Checked)}, {Text: strconv.Itoa(u.Failed)}, {Text: u.Rate}, {Text: u.Score}}})
	}
	return t
}

// scoreColumns are 得分 and 排名, columns when a listed entry carries one.
func scoreColumns(score, rank bool) []Column {
	var cols []Column
	if score {
		cols = append(cols, Column{Head: "得分", Kind: Number, DataLast: true})
	}
	if rank {
		cols = append(cols, Column{Head: "排名", Kind: Number, DataLast: true})
	}
	return cols
}

// scoreCells are a row's cells of scoreColumns; a rank of 0 is not stated.
func scoreCells(score, rank bool, s string, r int) []Cell {
	var cells []Cell
	if score {
		cells = append(cells, Cell{Text: s})
	}
	if rank {
		c := Cell{}
		if r > 0 {
			c.Text = strconv.Itoa(r)
		}
		cells = append(cells, c)
	}
	return cells
}

// Columns that several tables of a round page share.
var (
	noColumn       = Column{Head: "序号", Kind: Number, HeadClass: "col-no", CellClass: "col-no"}
	problemsColumn = Column{Head: "存在问题", Kind: Problems, CellClass: "col-problems"}
)

// codeColumn is a 网站标识码 or 备案单号: on the page, words under the
// name in the column headed beside; in the download, a column.
func codeColumn(head, beside string) Column {
	return Column{Head: head, DataOnly: true, Beside: beside, NoteClass: "code", Prefix: head + " "}
}

// failedTable starts 不合格网站 or 不合格政务新媒体, shown as cards on
// phones; what is the table's name in its caption.
func failedTable(r *RoundView, name, sheet, label, what string, cols []Column) *Table {
	return &Table{Name: name, Sheet: sheet, Label: label, Caption: roundLabel(r) + what, Class: "list-table cards", Cards: true, Columns: cols}
}

// failedWebsitesTable is 不合格网站: the page prints a website's 网站标识码
// and 首页地址 under its name, the download in columns of their own.
func failedWebsitesTable(r *RoundView) *Table {
	cols := append([]Column{noColumn, {Head: "网站名称", RowHead: true}, codeColumn("网站标识码", "网站名称"),
		{Head: "首页地址", DataOnly: true, Beside: "网站名称", NoteClass: "url"}, {Head: "主办单位", Kind: Link}},
		scoreColumns(r.SiteScores, r.SiteRanks)...)
	t := failedTable(r, "failed-websites", "不合格网站", "不合格网站清单", "检查发现问题的政府网站", append(cols, problemsColumn, Column{Head: "整改情况"}))
	for _, w := range r.FailedSites {
		cells := append([]Cell{{Text: strconv.Itoa(w.No)}, {Text: w.Name}, {Text: w.Code}, {Text: w.URL}, unitCell(w.Unit, w.UnitSlug)},
			scoreCells(r.SiteScores, r.SiteRanks, w.Score, w.Rank)...)
		t.Rows = append(t.Rows, Row{Cells: append(cells, Cell{Items: w.Problems}, Cell{Text: w.Rectification})})
	}
	return t
}

// failedAccountsTable is 不合格政务新媒体: the page prints an account's
// 备案单号 under its name, the download in a column of its own.
func failedAccountsTable(r *RoundView) *Table {
	cols := append([]Column{noColumn, {Head: "平台"}, {Head: "账号名称", RowHead: true}, codeColumn("备案单号", "账号名称"),
		problemsColumn, {Head: "开设主体", Kind: Link}, {Head: "所属地区"}},
		scoreColumns(r.AccountScores, r.AccountRanks)...)
	t := failedTable(r, "failed-accounts", "不合格新媒体", "不合格政务新媒体清单", "检查发现问题的政务新媒体", append(cols, Column{Head: "整改情况"}))
	for _, a := range r.FailedAccounts {
		cells := append([]Cell{{Text: strconv.Itoa(a.No)}, {Text: a.Platform}, {Text: a.Name}, {Text: a.FilingNo}, {Items: a.Problems},
			unitCell(a.Unit, a.UnitSlug), {Text: a.Region}}, scoreCells(r.AccountScores, r.AccountRanks, a.Score, a.Rank)...)
		t.Rows = append(t.Rows, Row{Cells: append(cells, Cell{Text: a.Rectification})})
	}
	return t
}

// notedTable is 其他发现的问题 of websites, or of accounts: rows named for
// problems although they did not fail, with their result.
func notedTable(r *RoundView, accounts bool) *Table {
	name, sheet, what, item, code, unit, rows := "noted-websites", "其他发现问题的网站", "其他发现问题的政府网站", "网站名称", "网站标识码", "主办单位", r.NotedSites
	if accounts {
		name, sheet, what, item, code, unit, rows = "noted-accounts", "其他发现问题的新媒体", "其他发现问题的政务新媒体", "账号名称", "备案单号", "开设主体", r.NotedAccounts
	}
	t := &Table{Name: name, Sheet: sheet, Label: what, Caption: roundLabel(r) + what, Class: "list-table",
		Columns: []Column{noColumn}}
	if accounts {
		t.Columns = append(t.Columns, Column{Head: "平台"})
	}
	t.Columns = append(t.Columns, Column{Head: item, RowHead: true}, codeColumn(code, item),
		Column{Head: unit, Kind: Link}, Column{Head: "检查结果", Kind: Result, CellClass: "result"}, problemsColumn, Column{Head: "整改情况"})
	for _, n := range rows {
		cells := []Cell{{Text: strconv.Itoa(n.No)}}
		if accounts {
			cells = append(cells, Cell{Text: n.Platform})
		}
		t.Rows = append(t.Rows, Row{Cells: append(cells, Cell{Text: n.Name}, Cell{Text: n.Code}, unitCell(n.Unit, n.UnitSlug),
			Cell{Text: n.Result}, Cell{Items: n.Problems}, Cell{Text: n.Rectification})})
	}
	return t
}

// recheckTable is 上轮问题复查: last round's failures and what became of
// them.
func recheckTable(r *RoundView) *Table {
	return itemTable(r, "recheck", "上轮问题复查", "上轮问题复查结果表", "对上轮不合格网站和账号的复查", r.Across.Recheck,
		[]Column{{Head: "上轮问题", Kind: Problems}, {Head: "上轮整改情况"}, {Head: "本轮复查结果"}},
		func(i *ItemRow) []Cell { return []Cell{{Items: i.Problems}, {Text: i.Detail}, {Text: i.Status}} })
}

// repeatsTable is 连续不合格: websites and accounts failing this round
// and the last.
func repeatsTable(r *RoundView) *Table {
	return itemTable(r, "repeats", "连续不合格", "连续不合格的网站和账号", "连续两轮及以上不合格的网站和账号", r.Across.Repeats,
		[]Column{{Head: "本轮问题", Kind: Problems}, {Head: "连续不合格"}},
		func(i *ItemRow) []Cell { return []Cell{{Items: i.Problems}, {Text: i.Detail}} })
}

// itemTable lists websites and accounts across rounds: 序号, 类型 with the
// platform, 名称 and 单位, then the columns of the table.
func itemTable(r *RoundView, name, sheet, label, what string, items []ItemRow, cols []Column, cells func(*ItemRow) []Cell) *Table {
	t := &Table{Name: name, Sheet: sheet, Label: label, Caption: roundLabel(r) + what, Class: "list-table", Compact: true,
		Columns: append([]Column{noColumn, {Head: "类型"}, {Head: "名称", RowHead: true}, {Head: "单位", Kind: Link}}, cols...)}
	for i := range items {
		it := &items[i]
		t.Rows = append(t.Rows, Row{Cells: append([]Cell{{Text: strconv.Itoa(it.No)}, {Text: kindPlatform(it.Kind, it.Platform)}, {Text: it.Name},
			unitCell(it.Unit, it.UnitSlug)}, cells(it)...)})
	}
	return t
}

// letterTables are the lists of 互动回应测试 that name a website, in the
// page's order.
func letterTables(r *RoundView) []*Table {
	in := r.Across.Interaction
	if in == nil {
		return nil
	}
	var out []*Table
	for _, l := range []struct {
		key, title string
		sites      []LetterSite
	}{
		{"letters-none", "信件全部未答复的网站", in.AllUnanswered},
		{"letters-some", "部分信件未答复的网站", in.SomeUnanswered},
		{"letters-late", "逾期答复的网站", in.Late},
		{"letters-quality", "答复质量不高的网站", in.PoorQuality},
		{"letters-unstated", "答复时间未说明的网站", in.TimingUnknown},
	} {
		if len(l.sites) == 0 {
			continue
		}
		t := &Table{Name: l.key, Sheet: l.title, Label: l.title, Caption: roundLabel(r) + l.title, Class: "list-table", Compact: true,
			Columns: []Column{noColumn, {Head: "网站名称", RowHead: true}, {Head: "主办单位", Kind: Link}, {Head: "信件", Kind: Number},
				{Head: "已答复", Kind: Number}, {Head: "按时答复", Kind: Number}, {Head: "质量问题", Kind: Problems}}}
		for _, s := range l.sites {
			t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: strconv.Itoa(s.No)}, {Text: s.Name}, unitCell(s.Unit, s.UnitSlug),
				{Text: strconv.Itoa(s.Letters)}, {Text: strconv.Itoa(s.Answered)}, {Text: strconv.Itoa(s.OnTime)}, {Items: s.Qualities}}})
		}
		out = append(out, t)
	}
	return out
}

// errorReportsTable is “我为政府网站找错” 留言办理 of each unit, most
// messages first.
func errorReportsTable(r *RoundView) *Table {
	t := &Table{Name: "error-reports", Sheet: "找错留言办理", Label: "各单位留言办理情况", Caption: roundLabel(r) + "各单位“我为政府网站找错”留言办理情况", Compact: true,
		Columns: []Column{{Head: "排名", Kind: Number, HeadClass: "col-no", CellClass: "col-no"}, {Head: "单位", Kind: Link, RowHead: true},
			{Head: "收到留言", Kind: Number}, {Head: "按期办结", Kind: Number}, {Head: "未按期办结", Kind: Number}, {Head: "占比", Kind: Rate}, {Head: "累计占比", Kind: Rate}}}
	for _, e := range r.Across.ErrorReports.Ranked {
		t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: strconv.Itoa(e.No)}, unitCell(e.Unit, e.UnitSlug), {Text: strconv.Itoa(e.Received)},
			{Text: strconv.Itoa(e.ClosedOnTime)}, {Text: strconv.Itoa(e.Overdue)}, {Text: e.Share}, {Text: e.Cumulative}}})
	}
	return t
}

// errorReportsNamedTable is the units a 通报 names for “我为政府网站找错”
// without their counts: a sheet of the round's workbook only, since the
// page names them in a sentence.
func errorReportsNamedTable(r *RoundView) *Table {
	t := &Table{Name: "error-reports-named", Sheet: "找错留言办理（点名单位）", Caption: roundLabel(r) + "通报点名、未给出留言数字的单位", BookOnly: true,
		Columns: []Column{{Head: "序号", Kind: Number}, {Head: "单位", RowHead: true}, {Head: "质量问题"}}}
	for _, n := range r.Across.ErrorReports.Named {
		t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: strconv.Itoa(n.No)}, {Text: n.Unit}, {Text: n.Quality}}})
	}
	return t
}

// changesTable is 账号变化: accounts opened and closed since the last
// round by platform, or by unit with each unit linked to its page.
func changesTable(r *RoundView, units bool) *Table {
	name, head, what, rows := "changes-platforms", "平台", "各平台账号变化", r.Across.Changes.ByPlatform
	if units {
		name, head, what, rows = "changes-units", "单位", "各单位账号变化", r.Across.Changes.ByUnit
	}
	t := &Table{Name: name, Sheet: what, Label: what, Caption: roundLabel(r) + what, Compact: true,
		Columns: []Column{{Head: head, Kind: Link, RowHead: true}, {Head: "新开设", Kind: Number}, {Head: "关停注销", Kind: Number}}}
	for _, c := range rows {
		name := Cell{Text: c.Name}
		if units {
			name = unitCell(c.Name, c.Slug)
		}
		t.Rows = append(t.Rows, Row{Cells: []Cell{name, {Text: strconv.Itoa(c.Opened)}, {Text: strconv.Itoa(c.Closed)}}})
	}
	return t
}

// otherMetricsTable is 其他指标: the summary's metrics zwgk does not
// compute, as the 通报 gives them. A value is right-aligned and stays
// text in the workbook (Rate): it may be “约 95%” as well as a number.
func otherMetricsTable(r *RoundView) *Table {
	t := &Table{Name: "other-metrics", Sheet: "其他指标", Label: "其他指标表", Caption: roundLabel(r) + "通报中的其他指标（按原文）", Compact: true,
		Columns: []Column{{Head: "指标", RowHead: true}, {Head: "数值", Kind: Rate}, {Head: "说明"}}}
	for _, m := range r.OtherMetrics {
		t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: m.Name}, {Text: m.Value}, {Text: m.Note}}})
	}
	return t
}
