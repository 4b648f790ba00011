package site

import (
	"strconv"

	"github.com/zwgk/zwgk/internal/model"
)

// The tables of a round's groups (单位类别, 所属地区, 平台) and of the
// scorers its 通报 names (view_groups.go).

// regionsTable is 各地区检查情况: each region's pass rates and counts, its
// name linked to the region's figures further down the page.
func regionsTable(r *RoundView) *Table {
	t := groupsTable(r, "regions", "各地区", "各地区检查情况表", "各地区检查情况", "地区", r.Regions)
	for i := range t.Rows {
		t.Rows[i].Cells[0].Href = "#region-" + strconv.Itoa(i+1)
	}
	return t
}

// categoriesTable is the figures of each unit category, a sheet of the
// round's workbook only: the page shows them in the tables of the charts
// chart-category-rates and chart-round-platforms, and the workbook keeps
// the counts beside the rates.
func categoriesTable(r *RoundView) *Table {
	t := groupsTable(r, "categories", "各类单位", "各类单位检查情况", "各类单位检查情况", "单位类别", r.Categories)
	t.BookOnly = true
	return t
}

// groupsTable lists groups of units with their number, pass rates and
// counts; head names the groups' column.
func groupsTable(r *RoundView, name, sheet, label, what, head string, groups []CategoryRow) *Table {
	t := &Table{Name: name, Sheet: sheet, Label: label, Caption: roundLabel(r) + what, Compact: true,
		Columns: append([]Column{{Head: head, Kind: Link, RowHead: true}, {Head: "单位数", Kind: Number, DataOnly: true}},
			append(tallyColumns("网站"), tallyColumns("新媒体")...)...)}
	for _, g := range groups {
		units := "" // “—”: the 通报 gives the group's totals only
		if g.Units > 0 {
			units = strconv.Itoa(g.Units)
		}
		cells := append([]Cell{{Text: g.Category}, {Text: units}}, tallyCells(g.Websites)...)
		t.Rows = append(t.Rows, Row{Cells: append(cells, tallyCells(g.Accounts)...)})
	}
	return t
}

// platformsTable is the accounts of each platform, a sheet of the round's
// workbook only: the page shows the figures in the table of the chart
// chart-round-platforms.
func platformsTable(r *RoundView) *Table {
	t := &Table{Name: "platforms", Sheet: "各平台", Caption: "各平台政务新媒体检查情况", BookOnly: true,
		Columns: []Column{{Head: "平台", RowHead: true}, {Head: "正常运行账号数", Kind: Number}, {Head: "检查数", Kind: Number},
			{Head: "合格数", Kind: Number}, {Head: "不合格数", Kind: Number}, {Head: "合格率", Kind: Rate}}}
	for _, p := range r.Platforms {
		t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: p.Platform}, {Text: strconv.Itoa(p.Accounts)}, {Text: strconv.Itoa(p.Checked)},
			{Text: strconv.Itoa(p.Passed)}, {Text: strconv.Itoa(p.Failed)}, {Text: p.Rate}}})
	}
	return t
}

// rankedTables are 得分排名: the best and worst scoring websites and
// accounts the 通报 names, each list a table, in the page's order.
func rankedTables(r *RoundView) []*Table {
	var out []*Table
	for _, rv := range r.Ranked {
		kind := "websites"
		if rv.Kind == model.KindAccount {
			kind = "accounts"
		}
		for _, l := range []struct {
			end, title string
			rows       []ScoredRow
		}{{"top", rv.TopTitle, rv.Top}, {"bottom", rv.BottomTitle, rv.Bottom}} {
			if len(l.rows) == 0 {
				continue
			}
			t := &Table{Name: "ranked-" + kind + "-" + l.end, Sheet: l.title, Label: l.title, Caption: roundLabel(r) + l.title,
				Class: "list-table", Compact: true,
				Columns: []Column{{Head: "排名", Kind: Number}, {Head: "名称", RowHead: true}, {Head: "平台", DataOnly: true, Beside: "名称", NoteClass: "code"},
					{Head: "单位", Kind: Link}, {Head: "得分", Kind: Number}, {Head: "检查结果"}}}
			for _, s := range l.rows {
				t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: strconv.Itoa(s.Rank)}, {Text: s.Name}, {Text: s.Platform},
					unitCell(s.Unit, s.UnitSlug), {Text: s.Score}, {Text: s.Result}}})
			}
			out = append(out, t)
		}
	}
	return out
}
