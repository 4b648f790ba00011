package site

// UnitTables are the tables of a unit's page (its 核查清单), as HTML.
// Their downloads are made in the browser (js/tables.js, Table.Export):
// at national scale, files of their own would add some 90,000 files to
// every build.
type UnitTables struct {
	Websites string `json:"websites"` // "" when the unit runs no website
	Accounts string `json:"accounts"`
	Failures string `json:"failures"`
	Noted    string `json:"noted"`
	// The record across rounds (layouts/_partials/unit-across.html),
	// "" when the unit has none: table_unit_across.go.
	Repeats      string `json:"repeats"`
	Recheck      string `json:"recheck"`
	Changes      string `json:"changes"`
	ErrorReports string `json:"error_reports"`
	Letters      string `json:"letters"`
}

// MarshalJSON writes the unit's view with its tables rendered as HTML,
// made here, a unit at a time, so that a national build never holds the
// HTML of 30,000 pages at once. Unit pages were the slowest templates of
// the site when they rendered a partial per result cell
// (docs/performance.md).
func (u UnitView) MarshalJSON() ([]byte, error) {
	type plain UnitView // without this method
	return marshalHTML(struct {
		plain
		Tables UnitTables `json:"tables"`
	}{plain(u), u.tables()})
}

func (u *UnitView) tables() UnitTables {
	var out UnitTables
	html := func(t *Table) string {
		if len(t.Rows) == 0 {
			return ""
		}
		return string(u.html.keep(t.appendHTML()))
	}
	out.Websites = html(u.websitesTable())
	out.Accounts = html(u.accountsTable())
	out.Failures = html(u.failuresTable())
	out.Noted = html(u.notedTable())
	out.Repeats = html(u.repeatsTable())
	out.Recheck = html(u.recheckTable())
	out.Changes = html(u.changesTable())
	out.ErrorReports = html(u.errorReportsTable())
	out.Letters = html(u.lettersTable())
	return out
}

// partialMark is the words of the “*” on a round whose 通报 lists only
// failures, where “—” means “not named as failing”.
const partialMark = "（本轮通报只列出不合格名单）"

// roundColumns are the result columns of a unit's grids, newest round
// first, so that on a phone the latest result is the first one seen.
func (u *UnitView) roundColumns() []Column {
	cols := make([]Column, 0, len(u.Rounds))
	for i := len(u.Rounds) - 1; i >= 0; i-- {
		r := u.Rounds[i]
		c := Column{Head: r.Title, Kind: Result, HeadClass: "result", CellClass: "result", HeadHref: "rounds/" + r.Slug + "/", NoteClass: "score"}
		if r.Partial {
			c.HeadMark = partialMark
		}
		cols = append(cols, c)
	}
	return cols
}

// resultCells are a website's or account's results, newest round first,
// each with its 得分 when stated.
func resultCells(c *Checked) []Cell {
	cells := make([]Cell, 0, len(c.Results))
	for i := len(c.Results) - 1; i >= 0; i-- {
		cell := Cell{Text: c.Results[i]}
		if i < len(c.Scores) && c.Scores[i] != "" {
			cell.Note = c.Scores[i] + "分"
		}
		cells = append(cells, cell)
	}
	return cells
}

func (u *UnitView) websitesTable() *Table {
	return u.gridTable("websites", "政府网站历次检查结果", "所办政府网站的历次检查结果", u.Websites, []Column{
		{Head: "网站名称", RowHead: true, NoteClass: "url"},
		{Head: "网站标识码", CellClass: "nowrap"},
	}, func(w *Checked) []Cell { return []Cell{{Text: w.Name, Note: w.URL}, {Text: w.Code}} })
}

func (u *UnitView) accountsTable() *Table {
	return u.gridTable("accounts", "政务新媒体历次检查结果", "开设的政务新媒体账号的历次检查结果", u.Accounts, []Column{
		{Head: "账号名称", RowHead: true, NoteClass: "url"},
		{Head: "平台", HeadClass: "platform"},
		{Head: "备案单号", CellClass: "nowrap"},
		{Head: "运行状态", CellClass: "nowrap"},
	}, func(a *Checked) []Cell {
		return []Cell{{Text: a.Name, Note: a.URL}, {Text: a.Platform}, {Text: a.Code}, {Text: a.Status}}
	})
}

// gridTable is a result grid: the columns that name a website or account,
// then a result per round.
func (u *UnitView) gridTable(name, label, caption string, items []Checked, cols []Column, cells func(*Checked) []Cell) *Table {
	t := &Table{Name: u.Slug + "-" + name, Label: u.Name + label, Caption: u.Name + caption,
		Class: "grid-table sticky-first cards", Cards: true, Export: true, Columns: append(cols, u.roundColumns()...)}
	for i := range items {
		t.Rows = append(t.Rows, Row{Cells: append(cells(&items[i]), resultCells(&items[i])...)})
	}
	return t
}

func (u *UnitView) failuresTable() *Table {
	t := u.problemsTable("failures", "的问题与整改", "历次检查发现的问题及整改情况（从新到旧）", u.Failures, false)
	t.Class, t.Cards = "list-table cards", true
	return t
}

func (u *UnitView) notedTable() *Table {
	return u.problemsTable("noted", "其他发现的问题", "未判为不合格但通报指出问题的网站和账号（从新到旧）", u.Noted, true)
}

// problemsTable lists a unit's failures or noted problems, newest first;
// noted rows say their result, which for failures is always 不合格.
func (u *UnitView) problemsTable(name, label, caption string, rows []FailureRow, result bool) *Table {
	t := &Table{Name: u.Slug + "-" + name, Label: u.Name + label, Caption: u.Name + caption, Class: "list-table", Export: true,
		Columns: []Column{{Head: "轮次", Kind: Link}, {Head: "类型", CellClass: "nowrap"}, {Head: "名称", RowHead: true}, {Head: "平台"}}}
	if result {
		t.Columns = append(t.Columns, Column{Head: "检查结果", Kind: Result, CellClass: "result"})
	}
	t.Columns = append(t.Columns, Column{Head: "存在问题", Kind: Problems, CellClass: "col-problems"}, Column{Head: "整改情况"})
	for _, f := range rows {
		cells := []Cell{roundCell(f.Round, f.RoundSlug), {Text: f.Kind}, {Text: f.Name}, {Text: f.Platform}}
		if result {
			cells = append(cells, Cell{Text: f.Result})
		}
		t.Rows = append(t.Rows, Row{Cells: append(cells, Cell{Items: f.Problems}, Cell{Text: f.Rectification})})
	}
	return t
}

// roundCell is a round's label, linked to the round's page when it has one.
func roundCell(label, slug string) Cell {
	c := Cell{Text: label}
	if slug != "" {
		c.Href = "rounds/" + slug + "/"
	}
	return c
}
