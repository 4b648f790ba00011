package site

import (
	"cmp"
	"strconv"
)

// SiteTables are the tables of the home page and the index pages, written
// as HTML in Go (table.go), each from the Table that also gives its
// downloads.
type SiteTables struct {
	// Rounds is 历次检查 (layouts/_partials/rounds-table.html); its Key is
	// "" without rounds.
	Rounds NamedTable `json:"rounds"`
	// Units are the units index's tables: for each page of
	// SiteView.UnitPages, a table per section of the page.
	Units [][]NamedTable `json:"units"`
}

// MarshalJSON writes the site's view with its tables as HTML.
func (s SiteView) MarshalJSON() ([]byte, error) {
	type plain SiteView // without this method
	t := SiteTables{Units: make([][]NamedTable, len(s.UnitPages))}
	if len(s.Rounds) > 0 {
		t.Rounds = namedTable(roundsTable(s.Rounds))
	}
	for p, page := range s.UnitPages {
		t.Units[p] = make([]NamedTable, len(page.Sections))
		for i, sec := range page.Sections {
			t.Units[p][i] = namedTable(unitsSectionTable(sec, s.Units[sec.From-1:sec.To]))
		}
	}
	return marshalHTML(struct {
		plain
		Tables SiteTables `json:"tables"`
	}{plain(s), t})
}

// namedTable is a table's HTML with its download key and its label, the
// words the download links give screen readers.
func namedTable(t *Table) NamedTable {
	return NamedTable{Key: t.Name, Title: t.Label, HTML: t.HTML()}
}

// roundsCaption is the caption of 历次检查, on the home page, the rounds
// index and in its download.
const roundsCaption = "历次检查通报及合格率（按发布时间从新到旧）"

// roundsTable is 历次检查: every round, newest first, with its pass rates
// and counts. rounds are oldest first (SiteView.Rounds).
func roundsTable(rounds []RoundSummary) *Table {
	t := &Table{Name: "rounds", Label: roundsCaption, Caption: roundsCaption, Class: "rounds-table",
		Columns: []Column{{Head: "轮次", Kind: Link, RowHead: true}, {Head: "标题", DataOnly: true}, {Head: "发布日期", Kind: Date, CellClass: "nowrap"}}}
	t.Columns = append(t.Columns, tallyColumns("网站")...)
	t.Columns = append(t.Columns, tallyColumns("新媒体")...)
	for i := len(rounds) - 1; i >= 0; i-- {
		r := &rounds[i]
		// Labelled as roundLabel labels a round in captions.
		cells := []Cell{roundCell(cmp.Or(r.Period, r.Title), r.Slug), {Text: r.Title}, {Text: r.Published}}
		cells = append(cells, roundTallyCells(r.Websites, r.NoWebsites)...)
		t.Rows = append(t.Rows, Row{Cells: append(cells, roundTallyCells(r.Accounts.Tally, r.NoAccounts)...)})
	}
	return t
}

// tallyColumns are a kind's pass rate and counts: on the page the rate and
// “合格/检查”, in the downloads the rate and each count in a column of its
// own. kind is 网站 or 新媒体.
func tallyColumns(kind string) []Column {
	return []Column{
		{Head: kind + "合格率", Kind: Rate},
		{Head: kind + "（合格/检查）", Kind: Rate, PageOnly: true},
		{Head: kind + "检查数", Kind: Number, DataOnly: true},
		{Head: kind + "合格数", Kind: Number, DataOnly: true},
		{Head: kind + "不合格数", Kind: Number, DataOnly: true},
	}
}

// tallyCells are the cells of tallyColumns, the rate as rate.html prints
// it. The pass and fail counts are 通报未说明 where the 通报 states the
// number checked but not how many passed.
func tallyCells(t Tally) []Cell {
	shown := "—"
	switch {
	case t.PassedUnknown:
		shown = "未说明/" + strconv.Itoa(t.Checked)
	case t.Checked > 0:
		shown = strconv.Itoa(t.Passed) + "/" + strconv.Itoa(t.Checked)
	}
	cells := []Cell{rateCell(t), {Text: shown}, {}, {}, {}}
	if t.Checked > 0 { // else “—”, as on the page: none checked, or the 通报 gives no counts
		cells[2].Text, cells[3].Text, cells[4].Text = strconv.Itoa(t.Checked), passCount(t, t.Passed), passCount(t, t.Failed)
	}
	return cells
}

// roundTallyCells are tallyCells in the table of every round, where a rate
// the 通报 does not state is printed plain, and a kind not checked or
// whose counts the 通报 does not give says so.
func roundTallyCells(t Tally, none bool) []Cell {
	cells := tallyCells(t)
	switch {
	case none:
		for i := range cells {
			cells[i] = Cell{Text: "未检查"}
		}
		cells[1].Text = "—" // 合格/检查, where the rate beside it says why
	case t.Stated != nil:
	case t.Unknown:
		cells[0] = Cell{Text: "未说明", Data: t.Rate}
	default:
		cells[0] = Cell{Text: t.Rate}
	}
	return cells
}

// rateCell is a pass rate as layouts/_partials/rate.html prints it: where
// the 通报 states the rate and the counts do not confirm it, the stated
// figure with its note (figfmt.Headline), which the download gives in the
// same cell.
func rateCell(t Tally) Cell {
	c := Cell{Text: t.Rate, Class: "rate"}
	if s := t.Stated; s != nil {
		c.Text, c.Note, c.NoteClass = s.Shown, s.Note, s.NoteClass
	}
	c.Data = orDash(c.Text) + c.Note
	return c
}

// unitsTable lists units with their websites, accounts and latest status,
// shown as cards on phones. The page's tables are a category's units,
// under the category's heading; the downloads add the category and the
// number of failures the status counts.
func unitsTable(name, label, caption string, units []UnitSummary) *Table {
	t := &Table{Name: name, Label: label, Caption: caption, Class: "units-table sticky-first cards", Cards: true,
		Columns: []Column{
			{Head: "单位名称", Kind: Link, RowHead: true},
			{Head: "单位类别", DataOnly: true},
			{Head: "所属地区"},
			{Head: "网站数", Kind: Number},
			{Head: "账号数", Kind: Number},
			{Head: "最新状态", Kind: Status, CellClass: "status", NoteClass: "status-note"},
			{Head: "最新一轮不合格数", Kind: Number, DataOnly: true},
		}}
	for _, u := range units {
		status := Cell{Text: u.LatestStatus, Data: orDash(u.LatestStatus)}
		if u.LatestFailed > 0 {
			status.Note = "不合格 " + strconv.Itoa(u.LatestFailed) + " 项"
		}
		t.Rows = append(t.Rows, Row{Cells: []Cell{unitCell(u.Name, u.Slug), {Text: u.Category}, {Text: u.Region},
			{Text: strconv.Itoa(u.Websites)}, {Text: strconv.Itoa(u.Accounts)}, status, {Text: strconv.Itoa(u.LatestFailed)}}})
	}
	return t
}

// allUnitsTable is every unit, in the download linked at the top of the
// units index.
func allUnitsTable(units []UnitSummary) *Table {
	return unitsTable("units", "全部单位列表", "全部单位：网站和账号数及最新检查状态", units)
}

// categoryUnitsTable is a category's units, the index-th category of
// SiteView.Categories.
func categoryUnitsTable(index int, category string, units []UnitSummary) *Table {
	return unitsTable("units-"+strconv.Itoa(index), category+"单位列表", category+"：各单位网站和账号数及最新检查状态", units)
}

// unitsSectionTable is the part of a category's table on one page of the
// units index: the same table, of the page's units.
func unitsSectionTable(s UnitsSection, units []UnitSummary) *Table {
	return categoryUnitsTable(s.Index, s.Category, units)
}
