package sheet

import (
	"bytes"
	"fmt"
	"math"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// openOptions let excelize keep every part in memory: workbookParts has
// already bounded their size.
var openOptions = excelize.Options{UnzipSizeLimit: maxUnzipped + 1, UnzipXMLSizeLimit: maxUnzipped + 1}

// readXLSX reads the first worksheet of an Excel workbook.
var readXLSX = fileReader(parseXLSX, ": ")

// parseXLSX reads the first worksheet of a workbook held in memory: every
// part is unpacked and checked first, so that a damaged file is an error
// and never part of a table.
func parseXLSX(raw []byte) ([][]string, error) {
	parts, err := workbookParts(raw)
	if err != nil {
		return nil, err
	}
	ws, err := firstSheetPath(parts)
	if err != nil {
		return nil, err
	}
	shared := 0
	for name, b := range parts {
		if name == ws {
			continue
		}
		if ext := strings.ToLower(path.Ext(name)); ext == ".xml" || ext == ".rels" {
			n, err := wellFormed(name, b, "si")
			if err != nil {
				return nil, err
			}
			if strings.EqualFold(name, "xl/sharedStrings.xml") {
				shared = n
			}
		}
	}
	scan, err := scanSheet(ws, parts[ws], shared)
	if err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(raw), openOptions)
	if err != nil {
		return nil, fmt.Errorf("无法打开 Excel 文件（%v）—— 确认它是 .xlsx 格式、没有设置密码；也可以另存为 CSV", err)
	}
	defer f.Close()
	return workbookRows(f, scan)
}

// workbookRows gives the cells of the first worksheet as the sheet shows
// them, with three exceptions that make the text mean the same as the CSV
// Excel would save: a date is written YYYY-MM-DD whatever its display
// format, a number in the General format is written in full (Excel keeps 15
// significant digits), and every cell of a merged range holds the range's
// value — staff merge the 开设主体 cells of one unit's accounts. Formulas
// give their cached values (scanSheet has refused formulas without one).
// Only excelize's streaming reader touches the worksheet: scan holds what
// else is needed. A workbook that makes excelize panic is reported as
// damaged rather than crashing the run.
func workbookRows(f *excelize.File, scan *sheetScan) (rows [][]string, err error) {
	defer func() {
		if r := recover(); r != nil {
			rows, err = nil, damaged("%v", r)
		}
	}()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, fmt.Errorf("Excel 文件中没有工作表")
	}
	ws := sheets[0]
	shown, err := f.GetRows(ws)
	if err != nil {
		return nil, fmt.Errorf("无法读取工作表“%s”：%v", ws, err)
	}
	date1904 := false
	if p, err := f.GetWorkbookProps(); err == nil && p.Date1904 != nil {
		date1904 = *p.Date1904
	}
	kinds := map[int]numberKind{}
	for _, c := range scan.numbers {
		if c.row >= len(shown) || c.col >= len(shown[c.row]) {
			continue
		}
		n, err := strconv.ParseFloat(c.raw, 64)
		if err != nil || math.IsInf(n, 0) || math.IsNaN(n) {
			continue
		}
		kind, ok := kinds[c.style]
		if !ok {
			kind = styleKind(f, c.style)
			kinds[c.style] = kind
		}
		switch kind {
		case generalNumber:
			shown[c.row][c.col] = formatGeneral(n)
		case dateNumber:
			if d, ok := serialText(n, date1904); ok {
				shown[c.row][c.col] = d
			}
		}
	}
	fillMerged(scan.merges, &shown)
	return shown, nil
}

func cellAt(rows [][]string, r, c int) string {
	if r < len(rows) && c < len(rows[r]) {
		return rows[r][c]
	}
	return ""
}

// fillMerged copies the value of each merged range into all its cells, up
// to MaxColumns. A range of more than 100,000 cells is formatting, not a
// unit's cells merged down, and is left alone; so are ranges beyond
// maxGrid cells in all.
func fillMerged(merged []string, rows *[][]string) {
	budget := maxGrid
	for _, m := range merged {
		start, end, ok := strings.Cut(m, ":")
		if !ok {
			continue
		}
		c1, r1, err1 := excelize.CellNameToCoordinates(start)
		c2, r2, err2 := excelize.CellNameToCoordinates(end)
		c2 = min(c2, MaxColumns)
		if err1 != nil || err2 != nil || r2 < r1 || c2 < c1 || (r2-r1+1)*(c2-c1+1) > 100_000 {
			continue
		}
		if budget -= (r2 - r1 + 1) * (c2 - c1 + 1); budget < 0 {
			return
		}
		v := cellAt(*rows, r1-1, c1-1)
		if v == "" {
			continue
		}
		for r := r1 - 1; r < r2; r++ {
			for len(*rows) <= r {
				*rows = append(*rows, nil)
			}
			for len((*rows)[r]) < c2 {
				(*rows)[r] = append((*rows)[r], "")
			}
			for c := c1 - 1; c < c2; c++ {
				if (*rows)[r][c] == "" {
					(*rows)[r][c] = v
				}
			}
		}
	}
}

// numberKind is how a cell's number format shows a number.
type numberKind int

const (
	formattedNumber numberKind = iota // as the format shows it, e.g. 0.00
	generalNumber                     // General or text format
	dateNumber                        // a date format
)

// builtinDates are the built-in number formats that show a date, including
// the Chinese ones (yyyy"年"m"月"d"日" …); the time-only formats are not here.
var builtinDates = map[int]bool{
	14: true, 15: true, 16: true, 17: true, 22: true,
	27: true, 28: true, 29: true, 30: true, 31: true, 36: true,
	50: true, 51: true, 52: true, 53: true, 54: true, 57: true, 58: true,
}

func styleKind(f *excelize.File, idx int) numberKind {
	st, err := f.GetStyle(idx)
	if err != nil || st == nil {
		return generalNumber
	}
	if st.CustomNumFmt != nil {
		return customKind(*st.CustomNumFmt)
	}
	switch {
	case st.NumFmt == 0 || st.NumFmt == 49:
		return generalNumber
	case builtinDates[st.NumFmt]:
		return dateNumber
	}
	return formattedNumber
}

// customKind reads a custom number format code: a date when, outside quoted
// text, brackets and escapes, it has a year or day part.
func customKind(code string) numberKind {
	if code == "@" || strings.EqualFold(code, "general") {
		return generalNumber
	}
	var b strings.Builder
	quoted, bracket, escaped := false, false, false
	for _, r := range code {
		switch {
		case escaped:
			escaped = false
		case quoted:
			quoted = r != '"'
		case bracket:
			bracket = r != ']'
		case r == '\\':
			escaped = true
		case r == '"':
			quoted = true
		case r == '[':
			bracket = true
		default:
			b.WriteRune(r)
		}
	}
	if plain := strings.ToLower(b.String()); strings.ContainsAny(plain, "yd") && !strings.Contains(plain, "general") {
		return dateNumber
	}
	return formattedNumber
}

// formatGeneral writes a number as Excel keeps it: 15 significant digits,
// without exponent, so 0.1+0.2 is 0.3 and 4213900001 stays whole.
func formatGeneral(n float64) string {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(n, 'g', 15, 64), 64)
	return strconv.FormatFloat(r, 'f', -1, 64)
}

// SerialDate converts an Excel date serial (days since 1899-12-30, or since
// 1904-01-01 in a workbook using the 1904 date system) to a time.
func SerialDate(serial float64, date1904 bool) time.Time {
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	if date1904 {
		base = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	days := math.Floor(serial)
	secs := math.Round((serial - days) * 86400)
	return base.AddDate(0, 0, int(days)).Add(time.Duration(secs) * time.Second)
}

// serialText writes a date serial as YYYY-MM-DD, with the time when it has
// one. Serials outside the years 1900–9999 are left as numbers.
func serialText(serial float64, date1904 bool) (string, bool) {
	if serial < 1 || serial > 2_958_465 {
		return "", false
	}
	t := SerialDate(serial, date1904)
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02"), true
	}
	return t.Format("2006-01-02 15:04:05"), true
}
