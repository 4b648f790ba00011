package site

import (
	"bytes"
	"cmp"
	"strings"

	"github.com/zwgk/zwgk/internal/charts"
)

// Table is one table of the site, built once from the figures' views: the
// page's <table> markup (Table.HTML) and its downloads (Table.Data) both
// come from it, so that adding a column is one change here and not three
// (issue 14).
type Table struct {
	Name    string // download name: files are <Name>.csv and .json; for unit pages the browser's export name
	ID      string // id of the <table>, for scripts (js/checklist.js)
	Sheet   string // sheet in the round's workbook: short, unique in the round
	Label   string // aria-label of the scrolling region around the table
	Caption string
	Class   string // class of the <table>, e.g. "grid-table sticky-first cards"
	Cards   bool   // phones show rows as cards: every body cell carries its column's head as data-label
	Export  bool   // the browser makes the downloads (js/tables.js): data-export on the region
	Compact bool   // the head row and each body row on one line, as the round pages write them
	Columns []Column
	Rows    []Row
	// Filters name the data-* attributes of each row (Row.Filter), which
	// js/checklist.js filters the rows by.
	Filters []string
	// BookOnly: a sheet of the round's workbook with no files of its own,
	// because no page shows the table as such (dataTable.bookOnly).
	BookOnly bool
}

// Row is a row of a Table: a cell per column, and the values of the
// table's Filters.
type Row struct {
	Cells  []Cell
	Filter []string
}

// ColumnKind says how a column's cells are printed and downloaded.
type ColumnKind int

const (
	Text     ColumnKind = iota // text as given, “—” when empty
	Number                     // a count: right-aligned, a number in the workbook
	Rate                       // a percentage as printed: right-aligned, text in the workbook
	Date                       // YYYY-MM-DD, “—” when empty
	Result                     // 合格 / 不合格 / 未检查 / 未判定 as a badge; empty is “not listed”
	Status                     // a unit's latest status, 全部合格 / 有问题 / 未检查, as a badge
	Link                       // text linked to a page of the site (Cell.Href)
	Problems                   // 存在问题: one as text, several as a list
)

// Column is a column of a Table.
type Column struct {
	Head string
	Kind ColumnKind
	// RowHead: the column's cells are the row headers (<th scope="row">).
	RowHead bool
	// HeadClass and CellClass are the classes of the head cell and of the
	// body cells, beside “num” which numeric kinds get.
	HeadClass, CellClass string
	// HeadHref links the head to a page of the site (a round's column in a
	// unit's result grid); HeadMark is a footnote marker “*” with its words
	// for screen readers.
	HeadHref, HeadMark string
	// NoteClass is the class of the span holding Cell.Note after the text:
	// “url” under a website's name, “score” after a result.
	NoteClass string
	// Label is the data-label of the column's cells on phones, when
	// shorter than the head.
	Label string
	// DataOnly: the column is in the downloads only (the page says the
	// same in another column).
	DataOnly bool
	// PageOnly: the column is on the page only; the downloads give its
	// figures in DataOnly columns of their own (“合格/检查” is 检查数,
	// 合格数 and 不合格数 there, so that they can be summed).
	PageOnly bool
	// Beside is, for a DataOnly column, the head of the column whose page
	// cells print this column's text after their own, in a span of
	// NoteClass, preceded by Prefix: the 通报's 网站标识码 under a
	// website's name, a column of its own in the download.
	Beside, Prefix string
	// DataLast: in the downloads the column comes after all the others,
	// where 得分 and 排名 have always been (the page puts them beside the
	// name), so that files read by column position keep working.
	DataLast bool
}

// Cell is one cell of a Table, in words; the column says how to print it.
type Cell struct {
	Text  string
	Href  string   // Link: path of a page under the site root, e.g. "rounds/2024q4/"; "" prints the text alone
	Note  string   // printed after the text in a span of the column's NoteClass; "" for none
	Items []string // Problems
	Data  string   // the download's text where it is not the page's, e.g. 合格（已关停）
	// Class is the class of a span around the text (“rate”: a pass rate as
	// layouts/_partials/rate.html prints it); NoteClass the class of the
	// note's span where it is not the column's.
	Class, NoteClass string
}

// numeric reports whether a column holds figures, right-aligned.
func (c *Column) numeric() bool { return c.Kind == Number || c.Kind == Rate }

// htmlEscaper escapes text as html/template does in text and quoted
// attributes (its htmlReplacementTable, '+' included), so that tables
// written here are byte for byte what the templates wrote before.
var htmlEscaper = strings.NewReplacer("\x00", "\uFFFD", `"`, "&#34;", "&", "&amp;", "'", "&#39;", "+", "&#43;", "<", "&lt;", ">", "&gt;")

// HTML writes the table as the page shows it: a focusable scrolling region
// with the table, its caption, heads with scope, numeric cells right-aligned
// and, for tables shown as cards on phones, each cell's column head as
// data-label. Links are written from the site root ("/rounds/…"); the
// template puts them under the site's base path (layouts/units/page.html).
// The text is escaped here; the template prints the result with safeHTML.
func (t *Table) HTML() string { return string(t.appendHTML()) }

// appendHTML writes the table as HTML, for HTML and for views that
// marshal it as text without a copy.
func (t *Table) appendHTML() []byte {
	var b bytes.Buffer
	// About 80 bytes a cell (the markup of a unit grid's result cell,
	// a 核查清单 cell with its phone label); a larger guess was most of
	// the memory allocated writing the data at province scale.
	b.Grow(256 + 80*len(t.Rows)*len(t.Columns))
	b.WriteString(`<div class="table-wrap"`)
	if t.Export && t.Name != "" {
		attr(&b, "data-export", t.Name)
	}
	b.WriteString(` role="region"`)
	attr(&b, "aria-label", t.Label)
	b.WriteString(` tabindex="0">` + "\n<table")
	if t.Class != "" {
		attr(&b, "class", t.Class)
	}
	if t.ID != "" {
		attr(&b, "id", t.ID)
	}
	b.WriteString(">\n")
	if t.Caption != "" {
		b.WriteString("<caption>")
		htmlEscaper.WriteString(&b, t.Caption)
		b.WriteString("</caption>\n")
	}
	nl := "\n" // between cells
	if t.Compact {
		nl = ""
	}
	b.WriteString("<thead>" + nl + "<tr>" + nl)
	for i := range t.Columns {
		if c := &t.Columns[i]; !c.DataOnly {
			c.writeHead(&b)
			b.WriteString(nl)
		}
	}
	b.WriteString("</tr>" + nl + "</thead>\n<tbody>\n")
	beside := t.beside()
	for i := range t.Rows {
		t.appendRow(&b, &t.Rows[i], beside)
	}
	b.WriteString("</tbody>\n</table>\n</div>")
	return b.Bytes()
}

// appendRow writes one body row: appendHTML a row at a time, and
// rowSizes to cut a long table into pages by its real size. beside is
// t.beside().
func (t *Table) appendRow(b *bytes.Buffer, row *Row, beside [][]int) {
	nl := "\n" // between cells
	if t.Compact {
		nl = ""
	}
	b.WriteString("<tr")
	for i, name := range t.Filters {
		if i < len(row.Filter) {
			attr(b, "data-"+name, row.Filter[i])
		}
	}
	b.WriteString(">" + nl)
	for i := range t.Columns {
		c := &t.Columns[i]
		if c.DataOnly {
			continue
		}
		var cell Cell
		if i < len(row.Cells) {
			cell = row.Cells[i]
		}
		if c.RowHead {
			b.WriteString(`<th scope="row"`)
		} else {
			b.WriteString("<td")
		}
		if cl := c.classes(c.CellClass); cl != "" {
			attr(b, "class", cl)
		}
		if t.Cards && !c.RowHead {
			attr(b, "data-label", cmp.Or(c.Label, c.Head))
		}
		b.WriteString(">")
		c.writeCell(b, cell)
		for _, j := range beside[i] {
			if j < len(row.Cells) && row.Cells[j].Text != "" {
				o := &t.Columns[j]
				b.WriteString(`<span class="` + o.NoteClass + `">`)
				htmlEscaper.WriteString(b, o.Prefix+row.Cells[j].Text)
				b.WriteString("</span>")
			}
		}
		if c.RowHead {
			b.WriteString("</th>" + nl)
		} else {
			b.WriteString("</td>" + nl)
		}
	}
	b.WriteString("</tr>\n")
}

// beside lists, for each column, the DataOnly columns printed in its
// cells (Column.Beside), in the table's order.
func (t *Table) beside() [][]int {
	out := make([][]int, len(t.Columns))
	for j, o := range t.Columns {
		if !o.DataOnly || o.Beside == "" {
			continue
		}
		for i, c := range t.Columns {
			if c.Head == o.Beside && !c.DataOnly {
				out[i] = append(out[i], j)
			}
		}
	}
	return out
}

func (c *Column) writeHead(b *bytes.Buffer) {
	b.WriteString(`<th scope="col"`)
	if cl := c.classes(c.HeadClass); cl != "" {
		attr(b, "class", cl)
	}
	b.WriteString(">")
	if c.HeadHref != "" {
		link(b, c.HeadHref, c.Head)
	} else {
		htmlEscaper.WriteString(b, c.Head)
	}
	if c.HeadMark != "" {
		b.WriteString(`<span aria-hidden="true">*</span><span class="vh">`)
		htmlEscaper.WriteString(b, c.HeadMark)
		b.WriteString("</span>")
	}
	b.WriteString("</th>")
}

func (c *Column) classes(own string) string {
	if c.numeric() {
		if own == "" {
			return "num"
		}
		return "num " + own
	}
	return own
}

// badges are the badges' classes of results (Result) and of a unit's
// latest status (Status).
var badges = map[string]string{
	"合格": "badge-pass", "不合格": "badge-fail", "未检查": "badge-none", "未判定": "badge-none",
	"全部合格": "badge-pass", "有问题": "badge-fail",
}

// writeCell writes a cell's content: a result as its badge, a list of
// problems as a list, a missing entry as a dash read out as 未列入.
func (c *Column) writeCell(b *bytes.Buffer, cell Cell) {
	switch c.Kind {
	case Result, Status:
		switch badge, ok := badges[cell.Text]; {
		case ok:
			b.WriteString(`<span class="badge ` + badge + `">` + cell.Text + `</span>`)
		case cell.Text == "" && c.Kind == Result:
			b.WriteString(`<span aria-hidden="true">—</span><span class="vh">未列入</span>`)
		default:
			htmlEscaper.WriteString(b, orDash(cell.Text))
		}
	case Problems:
		switch len(cell.Items) {
		case 0:
			b.WriteString("—")
		case 1:
			htmlEscaper.WriteString(b, cell.Items[0])
		default:
			b.WriteString(`<ul class="problems">`)
			for _, p := range cell.Items {
				b.WriteString("<li>")
				htmlEscaper.WriteString(b, p)
				b.WriteString("</li>")
			}
			b.WriteString("</ul>")
		}
	case Link:
		if cell.Href != "" {
			link(b, cell.Href, cell.Text)
		} else {
			htmlEscaper.WriteString(b, orDash(cell.Text))
		}
	default:
		text := cell.Text
		if !c.RowHead {
			text = orDash(text)
		}
		if cell.Class != "" {
			b.WriteString(`<span class="` + cell.Class + `">`)
			htmlEscaper.WriteString(b, text)
			b.WriteString("</span>")
		} else {
			htmlEscaper.WriteString(b, text)
		}
	}
	if cell.Note != "" {
		b.WriteString(`<span class="`)
		b.WriteString(cmp.Or(cell.NoteClass, c.NoteClass))
		b.WriteString(`">`)
		htmlEscaper.WriteString(b, cell.Note)
		b.WriteString("</span>")
	}
}

func attr(b *bytes.Buffer, name, value string) {
	b.WriteString(" " + name + `="`)
	htmlEscaper.WriteString(b, value)
	b.WriteString(`"`)
}

// link writes a link to a page of the site, from the site root, or to a
// place on the same page (“#region-1”).
func link(b *bytes.Buffer, href, text string) {
	if strings.HasPrefix(href, "#") {
		b.WriteString(`<a href="`)
	} else {
		b.WriteString(`<a href="/`)
	}
	htmlEscaper.WriteString(b, href)
	b.WriteString(`">`)
	htmlEscaper.WriteString(b, text)
	b.WriteString("</a>")
}

// Data is the table as it is downloaded (CSV, JSON, a workbook sheet): the
// cells in words, a list joined by “；”, a note set off by a space, as
// js/tables.js reads a table in the browser.
func (t *Table) Data() dataTable {
	order := make([]int, 0, len(t.Columns))
	for _, last := range []bool{false, true} {
		for i, c := range t.Columns {
			if c.DataLast == last && !c.PageOnly {
				order = append(order, i)
			}
		}
	}
	d := dataTable{key: t.Name, sheet: t.Sheet, bookOnly: t.BookOnly, Table: charts.Table{Caption: t.Caption, Head: make([]string, len(order)),
		Numeric: make([]bool, len(order)), Rows: make([][]string, 0, len(t.Rows))}}
	for k, i := range order {
		d.Head[k] = t.Columns[i].Head
		d.Numeric[k] = t.Columns[i].Kind == Number
	}
	for _, row := range t.Rows {
		out := make([]string, len(order))
		for k, i := range order {
			c := t.Columns[i]
			var cell Cell
			if i < len(row.Cells) {
				cell = row.Cells[i]
			}
			switch {
			case cell.Data != "":
				out[k] = cell.Data
			case c.Kind == Problems:
				out[k] = joinList(cell.Items)
			case c.Kind == Result && cell.Text == "":
				out[k] = "未列入"
			default:
				out[k] = orDash(cell.Text)
			}
			if cell.Note != "" && cell.Data == "" {
				out[k] += " " + cell.Note
			}
		}
		d.Rows = append(d.Rows, out)
	}
	return d
}
