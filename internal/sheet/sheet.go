// Package sheet reads the tables staff fill in — CSV in whatever encoding
// Excel or WPS saved it, or an Excel workbook (.xlsx, or the older .xls and
// WPS .et) — into rows of text with their
// spreadsheet row numbers, so that later stages can point at a cell.
package sheet

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// Table is one sheet: its header row, the records below it, and any title
// rows above it.
type Table struct {
	File      string   // path as given
	Header    []string // header cells, trimmed
	HeaderRow int      // 1-based row of the header
	Records   []Record // non-empty rows below the header
	// Above holds the non-empty rows above the header, such as a
	// “附件1 ……” title or a merged banner.
	Above []Record
}

// Record is a row of a sheet with its 1-based spreadsheet row number.
type Record struct {
	Row   int
	Cells []string // trimmed; as many as the row has
}

// Cell returns the i-th cell of the record, or "" when the row is shorter.
func (r Record) Cell(i int) string {
	if i < 0 || i >= len(r.Cells) {
		return ""
	}
	return r.Cells[i]
}

// A Reader reads the file at path into its rows, header included; rows[i]
// is spreadsheet row i+1.
type Reader func(path string) ([][]string, error)

// readers maps a lower-case file extension to its reader; the first
// extension listed wins when a sheet exists in several forms.
var (
	extensions = []string{".csv", ".xlsx", ".xls", ".et"}
	readers    = map[string]Reader{".csv": readCSV, ".xlsx": readXLSX, ".xls": readXLS, ".et": readXLS}
)

// Register adds a reader for another file type.
func Register(ext string, r Reader) {
	if _, ok := readers[ext]; !ok {
		extensions = append(extensions, ext)
	}
	readers[ext] = r
}

// Find returns the path of the sheet named base (without extension) in dir,
// trying each registered extension, or "" when there is none.
func Find(dir, base string) string {
	if all := FindAll(dir, base); len(all) > 0 {
		return all[0]
	}
	return ""
}

// FindAll returns every form of the sheet named base in dir, the one Find
// picks first, so that a caller can say which copies were not used.
func FindAll(dir, base string) []string {
	var found []string
	for _, ext := range extensions {
		p := filepath.Join(dir, base+ext)
		if info, err := os.Stat(p); err == nil && !info.IsDir() {
			found = append(found, p)
		}
	}
	return found
}

// Supported reports whether a file name has an extension that Read reads.
func Supported(name string) bool {
	_, ok := readers[strings.ToLower(filepath.Ext(name))]
	return ok
}

// Read reads a sheet. Its header is the first row that has any non-empty
// cell until FindHeader picks another; rows with no content at all are
// skipped but keep their numbering.
func Read(path string) (*Table, error) {
	r, ok := readers[strings.ToLower(filepath.Ext(path))]
	if !ok {
		return nil, fmt.Errorf("%s: 不支持的文件类型 —— 请另存为 %s", path, strings.Join(extensions, " 或 "))
	}
	rows, err := sniff(path, r)(path)
	if err != nil {
		return nil, err
	}
	for i, cells := range rows {
		for c := len(cells) - 1; c >= MaxColumns; c-- {
			if Clean(cells[c]) != "" {
				return nil, fmt.Errorf("%s:%d: 第 %d 行第 %d 列有内容，超出了前 %d 列 —— 表格最多 %d 列：删去多余的列（包括看不见的空格），或把内容移到前面的列", path, i+1, i+1, c+1, MaxColumns, MaxColumns)
			}
		}
	}
	t := FromRows(path, rows)
	if t.Header == nil {
		return nil, fmt.Errorf("%s: 文件是空的 —— 第一行应为表头（列名），下面每行一条记录", path)
	}
	return t, nil
}

// FromRows makes a table of rows already read, rows[i] being spreadsheet
// row i+1. The header is nil when every row is empty.
func FromRows(file string, rows [][]string) *Table {
	t := &Table{File: file}
	for i, cells := range rows {
		cells = trimCells(cells)
		if len(cells) == 0 {
			continue
		}
		if t.Header == nil {
			t.Header, t.HeaderRow = cells, i+1
			continue
		}
		t.Records = append(t.Records, Record{Row: i + 1, Cells: cells})
	}
	return t
}

// headerSearchRows is how many non-empty rows FindHeader looks at: title
// rows above a header are one to a few lines.
const headerSearchRows = 10

// FindHeader makes the first row that isHeader accepts the header, among the
// first few non-empty rows; the rows above it move to Above. It reports
// whether such a row was found; when none was, the table is left as it is,
// so that the first row's missing columns can be reported.
func (t *Table) FindHeader(isHeader func(cells []string) bool) bool {
	if t.Header == nil {
		return false
	}
	if isHeader(t.Header) {
		return true
	}
	for i := 0; i < len(t.Records) && i < headerSearchRows-1; i++ {
		if isHeader(t.Records[i].Cells) {
			t.Above = append(t.Above, Record{Row: t.HeaderRow, Cells: t.Header})
			t.Above = append(t.Above, t.Records[:i]...)
			t.Header, t.HeaderRow = t.Records[i].Cells, t.Records[i].Row
			t.Records = t.Records[i+1:]
			return true
		}
	}
	return false
}

// trimCells trims every cell, including full-width spaces, and drops empty
// cells at the end of the row; it returns nil for an empty row.
func trimCells(cells []string) []string {
	out := make([]string, len(cells))
	last := -1
	for i, c := range cells {
		out[i] = Clean(c)
		if out[i] != "" {
			last = i
		}
	}
	return out[:last+1]
}

// Clean trims the spaces Excel and WPS leave around values: ordinary and
// full-width (U+3000) spaces, no-break spaces, line breaks, and the
// zero-width characters that come with text pasted from web pages.
func Clean(s string) string {
	return strings.TrimFunc(s, isSpace)
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff'
}
