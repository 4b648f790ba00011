package site

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"io/fs"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Writing every cell through excelize was a third of the CPU time of a
// province build (each 核查清单 workbook has 7,000 rows; excelize keeps a
// tree of every cell and encodes it by reflection) and most of its peak
// memory. For tables whose cells excelize would store unchanged, the rows
// are written here instead, straight as the XML excelize would have made:
// excelize still writes the workbook's frame (styles, the info sheet,
// the sheets' empty skeletons), and the zip entries of the table sheets
// and the shared strings are replaced on their way into the archive, so
// the file is byte for byte the one excelize makes (downloads_test.go
// compares the two).

// writePlainRows is off only in the test that compares the two ways.
var writePlainRows = true

// plainRows reports whether excelize would store every cell of the tables
// as it is: text without control characters, surrounding white space,
// excelize's own _xHHHH_ escapes or more than 32,767 characters, and
// numbers it writes without rounding. Other workbooks go through excelize
// cell by cell.
func plainRows(info [][]string, tables []dataTable) bool {
	if len(info) == 0 {
		return false
	}
	for _, t := range tables {
		if len(t.Head) == 0 || !plainText(t.Caption) {
			return false
		}
		for _, s := range t.Head {
			if !plainText(s) {
				return false
			}
		}
		for _, row := range t.Rows {
			if len(row) == 0 {
				return false
			}
			for i, s := range row {
				_, num, exact := cellNumber(s, i < len(t.Numeric) && t.Numeric[i])
				if !exact || !num && !plainText(s) {
					return false
				}
			}
		}
	}
	return true
}

func plainText(s string) bool {
	if len(s) > excelize.TotalCellChars || !utf8.ValidString(s) || strings.Contains(s, "_x") {
		return false
	}
	if s != "" && (s[0] == ' ' || s[len(s)-1] == ' ') {
		return false
	}
	for _, r := range s {
		if r < 0x20 || r == 0xFFFE || r == 0xFFFF {
			return false
		}
	}
	return true
}

// cellNumber is the text of a number cell as excelize writes it, when
// setRow writes s as a number (num); exact is false when excelize would
// not write it as given here (it rounds to 15 significant digits and
// writes NaN and infinities as text).
func cellNumber(s string, numeric bool) (v string, num, exact bool) {
	if !numeric {
		return "", false, true
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	if err != nil {
		return "", false, true
	}
	if math.IsNaN(n) || math.IsInf(n, 0) || math.Abs(n) == math.MaxFloat64 {
		return "", true, false
	}
	v = strconv.FormatFloat(n, 'f', -1, 64)
	digits := 0
	for i := 0; i < len(v); i++ {
		if v[i] >= '0' && v[i] <= '9' && (digits > 0 || v[i] != '0') {
			digits++
		}
	}
	return v, true, digits <= 15
}

// sheetRows writes the rows of the tables' sheets and the shared strings
// as excelize numbers them: each new text gets the next index, in the
// order setRow would have set the cells, the info sheet's first.
type sheetRows struct {
	index   map[string]int
	strings bytes.Buffer // the <si> elements
	n       int
}

func (s *sheetRows) text(v string) int {
	if i, ok := s.index[v]; ok {
		return i
	}
	s.index[v] = s.n
	s.strings.WriteString("<si><t>")
	xml.EscapeText(&s.strings, []byte(v))
	s.strings.WriteString("</t></si>")
	s.n++
	return s.n - 1
}

func (s *sheetRows) row(b *bytes.Buffer, r int, row []string, numeric []bool, style bool) {
	rs := strconv.Itoa(r)
	b.WriteString(`<row r="`)
	b.WriteString(rs)
	b.WriteString(`">`)
	for i, v := range row {
		name, _ := excelize.ColumnNumberToName(i + 1)
		b.WriteString(`<c r="`)
		b.WriteString(name)
		b.WriteString(rs)
		b.WriteByte('"')
		if style {
			b.WriteString(` s="1"`)
		}
		if n, num, _ := cellNumber(v, i < len(numeric) && numeric[i]); num {
			b.WriteString(`><v>`)
			b.WriteString(n)
		} else {
			b.WriteString(` t="s"><v>`)
			b.WriteString(strconv.Itoa(s.text(v)))
		}
		b.WriteString(`</v></c>`)
	}
	b.WriteString(`</row>`)
}

// plainZip is the zip writer of a workbook whose tables' rows are
// plainRows.
func plainZip(info [][]string, tables []dataTable) func(io.Writer) excelize.ZipWriter {
	replace := plainSheets(info, tables)
	return func(w io.Writer) excelize.ZipWriter { return &splicingZip{zw: zip.NewWriter(w), replace: replace} }
}

// plainSheets writes the info sheet's texts and then every table's rows,
// and gives the replacement of each zip entry that changes: the table
// sheets' sheetData and the shared strings.
func plainSheets(info [][]string, tables []dataTable) map[string]func([]byte) []byte {
	s := &sheetRows{index: map[string]int{}}
	for _, row := range info {
		for _, v := range row {
			s.text(v)
		}
	}
	replace := map[string]func([]byte) []byte{}
	for k, t := range tables {
		var b bytes.Buffer
		r := 1
		if t.Caption != "" {
			s.row(&b, r, []string{t.Caption}, nil, true)
			r++
		}
		s.row(&b, r, t.Head, nil, true)
		for _, row := range t.Rows {
			r++
			s.row(&b, r, row, t.Numeric, false)
		}
		rows := b.Bytes()
		replace["xl/worksheets/sheet"+strconv.Itoa(k+2)+".xml"] = func(xml []byte) []byte {
			return splice(xml, []byte("<sheetData>"), []byte("</sheetData>"), rows)
		}
	}
	replace["xl/sharedStrings.xml"] = func(xml []byte) []byte {
		n := strconv.Itoa(s.n)
		head, _, _ := bytes.Cut(xml, []byte(` count="`))
		var b bytes.Buffer
		b.Grow(len(head) + s.strings.Len() + 64)
		b.Write(head)
		b.WriteString(` count="` + n + `" uniqueCount="` + n + `">`)
		b.Write(s.strings.Bytes())
		b.WriteString(`</sst>`)
		return b.Bytes()
	}
	return replace
}

// splice puts mid between the first open and the following close in b.
func splice(b, open, close, mid []byte) []byte {
	i := bytes.Index(b, open)
	j := bytes.Index(b, close)
	if i < 0 || j < i {
		return b
	}
	i += len(open)
	out := make([]byte, 0, len(b)+len(mid))
	out = append(out, b[:i]...)
	out = append(out, mid...)
	return append(out, b[j:]...)
}

// splicingZip is the zip writer excelize writes the workbook through; it
// passes each entry on, replaced where replace says.
type splicingZip struct {
	zw      *zip.Writer
	replace map[string]func([]byte) []byte
	pending string
	buf     bytes.Buffer
}

func (z *splicingZip) Create(name string) (io.Writer, error) {
	if err := z.flush(); err != nil {
		return nil, err
	}
	if z.replace[name] != nil {
		z.pending = name
		return &z.buf, nil
	}
	return z.zw.Create(name)
}

func (z *splicingZip) flush() error {
	if z.pending == "" {
		return nil
	}
	w, err := z.zw.Create(z.pending)
	if err != nil {
		return err
	}
	_, err = w.Write(z.replace[z.pending](z.buf.Bytes()))
	z.pending = ""
	z.buf.Reset()
	return err
}

func (z *splicingZip) AddFS(fsys fs.FS) error { return z.zw.AddFS(fsys) }

func (z *splicingZip) Close() error {
	if err := z.flush(); err != nil {
		return err
	}
	return z.zw.Close()
}
