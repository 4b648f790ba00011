package site

import (
	"cmp"

	"github.com/zwgk/zwgk/internal/charts"
)

// chartList is a page's charts (SiteView.Charts, RoundView.Charts). In the
// data each chart carries its figures' table as HTML, table_html, written
// by the same Table as every other table of the site; chart.html shows it
// under the chart.
type chartList []charts.Chart

// chartWithTable is a chart as the templates read it.
type chartWithTable struct {
	charts.Chart
	TableHTML string `json:"table_html"` // "" when the table has no rows
}

func (l chartList) MarshalJSON() ([]byte, error) {
	out := make([]chartWithTable, len(l))
	for i, c := range l {
		out[i].Chart = c
		if len(c.Table.Rows) > 0 {
			out[i].TableHTML = chartTable(c.Table).HTML()
		}
	}
	return marshalHTML(out)
}

// chartTable is a chart's figures as a table: the first cell of a row
// heads it, the numeric columns are right-aligned, and its region is
// named by its caption.
func chartTable(c charts.Table) *Table {
	t := &Table{Label: cmp.Or(c.Caption, "数据表"), Caption: c.Caption, Columns: make([]Column, len(c.Head)), Rows: make([]Row, len(c.Rows))}
	for i, h := range c.Head {
		t.Columns[i] = Column{Head: h, RowHead: i == 0}
		if i < len(c.Numeric) && c.Numeric[i] {
			t.Columns[i].Kind = Number
		}
	}
	for i, r := range c.Rows {
		t.Rows[i].Cells = make([]Cell, len(r))
		for j, s := range r {
			t.Rows[i].Cells[j].Text = s
		}
	}
	return t
}
