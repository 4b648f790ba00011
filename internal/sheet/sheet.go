// Package sheet reads the tables staff fill in (CSV now; the reader for each
// file type is looked up by extension) into rows of text with their
// spreadsheet row numbers, so that later stages can point at a cell.
package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Table is one sheet: its header row and the records below it.
type Table struct {
	File      string   // path as given
	Header    []string // header cells, trimmed
	HeaderRow int      // 1-based row of the header
	Records   []Record // non-empty rows below the header
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

// A Reader reads the file at path into its rows, header included.
type Reader func(path string) ([][]string, error)

// readers maps a lower-case file extension to its reader; the first
// extension listed wins when a sheet exists in several forms.
var (
	extensions = []string{".csv"}
	readers    = map[string]Reader{".csv": readCSV}
)

// Register adds a reader for another file type, e.g. ".xlsx".
func Register(ext string, r Reader) {
	if _, ok := readers[ext]; !ok {
		extensions = append(extensions, ext)
	}
	readers[ext] = r
}

// Find returns the path of the sheet named base (without extension) in dir,
// trying each registered extension, or "" when there is none.
func Find(dir, base string) string {
	for _, ext := range extensions {
		p := filepath.Join(dir, base+ext)
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// Read reads a sheet. The header is the first row that has any non-empty
// cell; rows with no content at all are skipped but keep their numbering.
func Read(path string) (*Table, error) {
	r, ok := readers[strings.ToLower(filepath.Ext(path))]
	if !ok {
		return nil, fmt.Errorf("%s: 不支持的文件类型 —— 请另存为 %s", path, strings.Join(extensions, " 或 "))
	}
	rows, err := r(path)
	if err != nil {
		return nil, err
	}
	t := &Table{File: path}
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
	if t.Header == nil {
		return nil, fmt.Errorf("%s: 文件是空的 —— 第一行应为表头（列名），下面每行一条记录", path)
	}
	return t, nil
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

// Clean trims spaces, including the full-width space U+3000 and the
// no-break space that Excel and WPS leave around values.
func Clean(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\r' || r == '\n' || r == '\u3000' || r == '\u00a0' || r == '\ufeff'
	})
}

// readCSV reads a CSV file in UTF-8 (with or without BOM) or GB18030/GBK,
// the encoding Excel on a Chinese Windows saves in.
func readCSV(path string) ([][]string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: 无法读取文件：%v", path, err)
	}
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(raw) {
		dec, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
		if err != nil {
			return nil, fmt.Errorf("%s: 文件编码既不是 UTF-8 也不是 GBK —— 请在 Excel 中“另存为”CSV UTF-8 格式", path)
		}
		raw = dec
	}
	cr := csv.NewReader(bytes.NewReader(raw))
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	var rows [][]string
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf("%s:%d: CSV 格式错误（%v）—— 请检查该行的引号和逗号，或用 Excel 重新保存", path, pe.StartLine, pe.Err)
			}
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		rows = append(rows, rec)
	}
}
