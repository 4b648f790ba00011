package sheet

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"unicode/utf16"

	"github.com/richardlehane/mscfb"
)

// The old binary workbooks: Excel 97–2003 (.xls) and WPS 表格 (.et) save
// BIFF8 records in an OLE compound file. No maintained, permissively
// licensed BIFF8 reader is served by the Go module proxy (extrame/xls
// v0.0.1 is from 2017 and mangles Chinese strings split across CONTINUE
// records; shakinm/xlsReader is GPL), so the compound file is opened with
// mscfb — the library excelize already uses — and the few cell records a
// sheet of results holds are decoded here.

// An old-format workbook is held to the limits of workbook.go: at most
// MaxFileSize bytes, read whole; a grid of at most maxGrid cells, so that a
// few records naming far-away cells cannot fill the memory. BIFF8 has 256
// columns; a record naming another is damage.
const biffColumns = 256

var (
	compoundMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	zipMagic      = []byte("PK\x03\x04")
)

// sniff picks the reader by the file's first bytes where they tell more
// than its extension: an old workbook renamed .xlsx, or an .xlsx renamed
// .xls. Otherwise it keeps the reader chosen by the extension.
func sniff(path string, byExt Reader) Reader {
	f, err := os.Open(path)
	if err != nil {
		return byExt
	}
	defer f.Close()
	head := make([]byte, len(compoundMagic))
	n, _ := io.ReadFull(f, head)
	switch {
	case bytes.HasPrefix(head[:n], compoundMagic):
		return readXLS
	case bytes.HasPrefix(head[:n], zipMagic):
		return readXLSX
	}
	return byExt
}

// readXLS reads a file named .xls or .et by what it holds: a BIFF8
// workbook, an .xlsx workbook, or text — some systems export tab-separated
// text or a web page under an .xls name.
func readXLS(path string) ([][]string, error) {
	raw, err := readLimited(path)
	if err != nil {
		return nil, err
	}
	switch {
	case bytes.HasPrefix(raw, compoundMagic):
		rows, err := parseXLS(raw)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		return rows, nil
	case bytes.HasPrefix(raw, zipMagic):
		rows, err := parseXLSX(raw)
		if err != nil {
			return nil, fmt.Errorf("%s: 无法打开 Excel 文件（%v）—— 请用 Excel 或 WPS 打开后另存为 .xlsx", path, err)
		}
		return rows, nil
	case looksHTML(raw):
		return nil, fmt.Errorf("%s: 这是网页（HTML）格式，只是用了 Excel 的扩展名 —— 请用 Excel 或 WPS 打开后“另存为”Excel 工作簿（.xlsx）", path)
	case bytes.IndexByte(raw, 0) >= 0 && !bytes.HasPrefix(raw, []byte("\xff\xfe")) && !bytes.HasPrefix(raw, []byte("\xfe\xff")):
		return nil, fmt.Errorf("%s: 无法识别的文件格式，不是 Excel 97–2003 或 WPS 表格 —— 请用 Excel 或 WPS 打开后“另存为”Excel 工作簿（.xlsx）", path)
	}
	rows, err := parseCSV(raw)
	if err != nil {
		return nil, fmt.Errorf("%s%v", path, err)
	}
	return rows, nil
}

func looksHTML(raw []byte) bool {
	head := raw[:min(len(raw), 1024)]
	text, err := DecodeText(head)
	if err != nil {
		return false
	}
	lower := bytes.ToLower(bytes.TrimSpace(text))
	return bytes.HasPrefix(lower, []byte("<")) &&
		(bytes.Contains(lower, []byte("<html")) || bytes.Contains(lower, []byte("<table")) || bytes.Contains(lower, []byte("<!doctype")) || bytes.Contains(lower, []byte("<?xml")))
}

// errXLSDamaged is what a workbook that cannot be decoded reports.
var errXLSDamaged = errors.New("Excel 文件已损坏，无法读取 —— 请用 Excel 或 WPS 打开后另存为 .xlsx")

// parseXLS reads the first worksheet of a compound-file workbook held in
// memory, with the same conventions as workbookRows: dates as YYYY-MM-DD,
// General numbers in full, merged ranges filled, formulas by their cached
// values.
func parseXLS(raw []byte) (rows [][]string, err error) {
	defer func() {
		if r := recover(); r != nil {
			rows, err = nil, errXLSDamaged
		}
	}()
	doc, err := mscfb.New(bytes.NewReader(raw))
	if err != nil {
		return nil, errXLSDamaged
	}
	var stream []byte
	for entry, err := doc.Next(); err == nil; entry, err = doc.Next() {
		switch strings.ToLower(entry.Name) {
		case "workbook":
			if entry.Size > int64(len(raw)) {
				return nil, errXLSDamaged
			}
			if stream, err = io.ReadAll(io.LimitReader(entry, int64(len(raw)))); err != nil {
				return nil, errXLSDamaged
			}
		case "book":
			if stream == nil {
				return nil, errors.New("这是 Excel 5.0/95 或更早的格式，无法读取 —— 请用 Excel 或 WPS 打开后另存为 .xlsx")
			}
		case "encryptedpackage", "encryptioninfo":
			return nil, errors.New("文件设置了打开密码 —— 请在 Excel 或 WPS 中取消密码后另存为 .xlsx")
		}
	}
	if stream == nil {
		return nil, errors.New("文件中没有 Excel 工作簿，不是 Excel 97–2003 或 WPS 表格 —— 请用 Excel 或 WPS 打开后另存为 .xlsx")
	}
	return biffRows(stream)
}

// BIFF8 record types that a sheet of values uses ([MS-XLS] 2.3).
const (
	recFormula     = 0x0006
	recEOF         = 0x000A
	recDateMode    = 0x0022
	recFilePass    = 0x002F
	recContinue    = 0x003C
	recBoundSheet  = 0x0085
	recMulRK       = 0x00BD
	recRString     = 0x00D6
	recXF          = 0x00E0
	recMergedCells = 0x00E5
	recSST         = 0x00FC
	recLabelSST    = 0x00FD
	recNumber      = 0x0203
	recLabel       = 0x0204
	recBoolErr     = 0x0205
	recString      = 0x0207
	recRK          = 0x027E
	recFormat      = 0x041E
	recBOF         = 0x0809
)

type biffRecord struct {
	id   uint16
	data []byte
	// more holds the CONTINUE records that follow it.
	more [][]byte
}

// biffRecords splits a substream starting at off into records, up to and
// including its EOF record; CONTINUE records are attached to the record
// before them.
func biffRecords(stream []byte, off int) ([]biffRecord, error) {
	var recs []biffRecord
	for off+4 <= len(stream) {
		id := binary.LittleEndian.Uint16(stream[off:])
		n := int(binary.LittleEndian.Uint16(stream[off+2:]))
		if off+4+n > len(stream) {
			return nil, errXLSDamaged
		}
		data := stream[off+4 : off+4+n]
		off += 4 + n
		if id == recContinue && len(recs) > 0 {
			last := &recs[len(recs)-1]
			last.more = append(last.more, data)
			continue
		}
		recs = append(recs, biffRecord{id: id, data: data})
		if id == recEOF {
			return recs, nil
		}
	}
	return recs, nil
}

// workbookGlobals is what the first substream says about the whole book.
type workbookGlobals struct {
	date1904 bool
	formats  map[int]string // custom number format codes by index
	xfFormat []int          // number format index of each cell format (XF)
	sst      []string
	sheetPos int // stream offset of the first worksheet, or -1
}

func biffRows(stream []byte) ([][]string, error) {
	recs, err := biffRecords(stream, 0)
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 || recs[0].id != recBOF || len(recs[0].data) < 4 {
		if len(recs) > 0 && (recs[0].id == 0x0209 || recs[0].id == 0x0409) {
			return nil, errors.New("这是 Excel 4.0 或更早的格式，无法读取 —— 请用 Excel 或 WPS 打开后另存为 .xlsx")
		}
		return nil, errXLSDamaged
	}
	if v := binary.LittleEndian.Uint16(recs[0].data); v != 0x0600 {
		return nil, errors.New("这是 Excel 5.0/95 或更早的格式，无法读取 —— 请用 Excel 或 WPS 打开后另存为 .xlsx")
	}
	g := workbookGlobals{formats: map[int]string{}, sheetPos: -1}
	for _, rec := range recs[1:] {
		d := rec.data
		switch rec.id {
		case recFilePass:
			return nil, errors.New("文件设置了打开密码 —— 请在 Excel 或 WPS 中取消密码后另存为 .xlsx")
		case recDateMode:
			g.date1904 = len(d) >= 2 && binary.LittleEndian.Uint16(d) == 1
		case recFormat:
			if len(d) >= 2 {
				r := newFragments(d[2:])
				g.formats[int(binary.LittleEndian.Uint16(d))] = r.unicodeString(int(r.u16()))
			}
		case recXF:
			if len(d) >= 4 {
				g.xfFormat = append(g.xfFormat, int(binary.LittleEndian.Uint16(d[2:])))
			}
		case recBoundSheet:
			// A worksheet (type 0), not a chart or macro sheet.
			if len(d) >= 6 && d[5] == 0 && g.sheetPos < 0 {
				g.sheetPos = int(binary.LittleEndian.Uint32(d))
			}
		case recSST:
			g.sst = readSST(rec)
		}
	}
	if g.sheetPos < 0 || g.sheetPos >= len(stream) {
		return nil, errors.New("Excel 文件中没有工作表")
	}
	return g.sheetRows(stream)
}

// readSST reads the shared strings, which may run on into CONTINUE records.
func readSST(rec biffRecord) []string {
	if len(rec.data) < 8 {
		return nil
	}
	unique := int(binary.LittleEndian.Uint32(rec.data[4:]))
	r := newFragments(rec.data[8:], rec.more...)
	// Each string takes at least three bytes; the count is not trusted.
	out := make([]string, 0, min(unique, r.remaining()/3))
	for i := 0; i < unique && r.err == nil; i++ {
		s := r.richString()
		if r.err != nil {
			break
		}
		out = append(out, s)
	}
	return out
}

// sheetRows decodes the cells of the worksheet at g.sheetPos.
func (g *workbookGlobals) sheetRows(stream []byte) ([][]string, error) {
	recs, err := biffRecords(stream, g.sheetPos)
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 || recs[0].id != recBOF {
		return nil, errXLSDamaged
	}
	var grid cellGrid
	var merged [][4]int              // first row, last row, first col, last col
	pendingRow, pendingCol := -1, -1 // a formula whose text is in the next STRING record
	for _, rec := range recs[1:] {
		d := rec.data
		if rec.id == recEOF {
			break
		}
		if len(d) < 6 && rec.id != recMergedCells && rec.id != recString {
			continue
		}
		var row, col, xf int
		if len(d) >= 6 {
			row, col, xf = int(binary.LittleEndian.Uint16(d)), int(binary.LittleEndian.Uint16(d[2:])), int(binary.LittleEndian.Uint16(d[4:]))
		}
		var err error
		switch rec.id {
		case recLabelSST:
			if len(d) >= 10 {
				if i := int(binary.LittleEndian.Uint32(d[6:])); i < len(g.sst) {
					err = grid.set(row, col, g.sst[i])
				}
			}
		case recLabel, recRString:
			r := newFragments(d[6:], rec.more...)
			err = grid.set(row, col, r.unicodeString(int(r.u16())))
		case recNumber:
			if len(d) >= 14 {
				err = grid.set(row, col, g.number(math.Float64frombits(binary.LittleEndian.Uint64(d[6:])), xf))
			}
		case recRK:
			if len(d) >= 10 {
				err = grid.set(row, col, g.number(rkNumber(binary.LittleEndian.Uint32(d[6:])), xf))
			}
		case recMulRK:
			for i, off := 0, 4; off+6 <= len(d)-2 && err == nil; i, off = i+1, off+6 {
				cellXF := int(binary.LittleEndian.Uint16(d[off:]))
				err = grid.set(row, col+i, g.number(rkNumber(binary.LittleEndian.Uint32(d[off+2:])), cellXF))
			}
		case recBoolErr:
			if len(d) >= 8 {
				err = grid.set(row, col, boolErrText(d[6], d[7] == 1))
			}
		case recFormula:
			if len(d) < 14 {
				continue
			}
			// A cached result whose last two bytes are not FFFF is a
			// number; otherwise byte 6 says which other kind it is.
			if d[12] != 0xFF || d[13] != 0xFF {
				err = grid.set(row, col, g.number(math.Float64frombits(binary.LittleEndian.Uint64(d[6:])), xf))
				break
			}
			switch d[6] {
			case 0: // text, in the STRING record that follows
				pendingRow, pendingCol = row, col
			case 1:
				err = grid.set(row, col, boolErrText(d[8], false))
			case 2:
				err = grid.set(row, col, boolErrText(d[8], true))
			}
		case recString:
			if pendingRow >= 0 && len(d) >= 2 {
				r := newFragments(d, rec.more...)
				err = grid.set(pendingRow, pendingCol, r.unicodeString(int(r.u16())))
			}
			pendingRow, pendingCol = -1, -1
		case recMergedCells:
			if len(d) < 2 {
				continue
			}
			for off := 2; off+8 <= len(d); off += 8 {
				merged = append(merged, [4]int{
					int(binary.LittleEndian.Uint16(d[off:])), int(binary.LittleEndian.Uint16(d[off+2:])),
					int(binary.LittleEndian.Uint16(d[off+4:])), int(binary.LittleEndian.Uint16(d[off+6:])),
				})
			}
		}
		if err != nil {
			return nil, err
		}
	}
	for _, m := range merged {
		if err := grid.fill(m[0], m[1], m[2], m[3]); err != nil {
			return nil, err
		}
	}
	return grid.rows, nil
}

// number writes a number as the cell's format shows it, by the same rules
// as an .xlsx cell: General in full, dates as YYYY-MM-DD, and the plain
// fixed-point formats (0.00, #,##0, 0.0%) as they show; any other format
// gives the number in full.
func (g *workbookGlobals) number(n float64, xf int) string {
	if math.IsNaN(n) || math.IsInf(n, 0) {
		return ""
	}
	ifmt := 0
	if xf >= 0 && xf < len(g.xfFormat) {
		ifmt = g.xfFormat[xf]
	}
	code, custom := g.formats[ifmt]
	kind := formattedNumber
	switch {
	case ifmt == 0 || ifmt == 49:
		kind = generalNumber
	case builtinDates[ifmt]:
		kind = dateNumber
	case custom:
		kind = customKind(code)
	default:
		code = builtinFixed[ifmt]
	}
	switch kind {
	case dateNumber:
		if d, ok := serialText(n, g.date1904); ok {
			return d
		}
	case formattedNumber:
		return formatFixed(n, code)
	}
	return formatGeneral(n)
}

// builtinFixed are the built-in number formats that formatFixed shows.
var builtinFixed = map[int]string{1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%"}

// formatFixed shows a number in a format made only of digit places, a
// decimal point, a thousands comma and a percent sign; any other format
// gives the number in full.
func formatFixed(n float64, code string) string {
	code, _, _ = strings.Cut(code, ";")
	if code == "" || strings.Trim(code, "0#,.%") != "" {
		return formatGeneral(n)
	}
	intPart, frac, _ := strings.Cut(code, ".")
	decimals := strings.Count(frac, "0") + strings.Count(frac, "#")
	if strings.Contains(code, "%") {
		n *= 100
	}
	s := fmt.Sprintf("%.*f", decimals, n)
	if strings.Contains(intPart, ",") {
		whole, rest, _ := strings.Cut(s, ".")
		sign := ""
		if strings.HasPrefix(whole, "-") {
			sign, whole = "-", whole[1:]
		}
		var b strings.Builder
		for i, r := range whole {
			if i > 0 && (len(whole)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(r)
		}
		s = sign + b.String()
		if rest != "" {
			s += "." + rest
		}
	}
	if strings.Contains(code, "%") {
		s += "%"
	}
	return s
}

// rkNumber decodes the compact RK form of a number.
func rkNumber(rk uint32) float64 {
	var n float64
	if rk&2 != 0 {
		n = float64(int32(rk) >> 2)
	} else {
		n = math.Float64frombits(uint64(rk&^3) << 32)
	}
	if rk&1 != 0 {
		n /= 100
	}
	return n
}

// boolErrText writes a logical value or an error value as Excel shows it.
func boolErrText(v byte, isErr bool) string {
	if !isErr {
		if v != 0 {
			return "TRUE"
		}
		return "FALSE"
	}
	switch v {
	case 0x00:
		return "#NULL!"
	case 0x07:
		return "#DIV/0!"
	case 0x0F:
		return "#VALUE!"
	case 0x17:
		return "#REF!"
	case 0x1D:
		return "#NAME?"
	case 0x24:
		return "#NUM!"
	}
	return "#N/A"
}

// cellGrid holds the cells as rows of text, growing as cells arrive.
type cellGrid struct {
	rows  [][]string
	cells int
}

func (g *cellGrid) set(row, col int, v string) error {
	if col >= biffColumns {
		return errXLSDamaged
	}
	for len(g.rows) <= row {
		g.rows = append(g.rows, nil)
		g.cells++
	}
	if n := len(g.rows[row]); n <= col {
		g.cells += col + 1 - n
		if g.cells > maxGrid {
			return fmt.Errorf("工作表太大：超过 %d 万个单元格 —— 一张检查结果表不会这么大；删去无关的行和列后另存为 .xlsx", maxGrid/10_000)
		}
		g.rows[row] = append(g.rows[row], make([]string, col+1-n)...)
	}
	g.rows[row][col] = v
	return nil
}

// fill copies the value of a merged range's first cell into its empty
// cells: staff merge the 开设主体 cells of one unit's accounts.
func (g *cellGrid) fill(r1, r2, c1, c2 int) error {
	if r2 < r1 || c2 < c1 || r1 >= len(g.rows) || c1 >= len(g.rows[r1]) {
		return nil
	}
	v := g.rows[r1][c1]
	if v == "" {
		return nil
	}
	for r := r1; r <= r2; r++ {
		for c := c1; c <= c2; c++ {
			if r < len(g.rows) && c < len(g.rows[r]) && g.rows[r][c] != "" {
				continue
			}
			if err := g.set(r, c, v); err != nil {
				return err
			}
		}
	}
	return nil
}

// fragments reads a record's data and the CONTINUE records after it as one
// run of bytes, except that text characters carry on in a CONTINUE record
// after a byte that says whether they are one or two bytes wide.
type fragments struct {
	frags [][]byte
	i     int // current fragment
	off   int // offset in it
	err   error
}

var errShort = errors.New("record too short")

func newFragments(first []byte, more ...[]byte) *fragments {
	return &fragments{frags: append([][]byte{first}, more...)}
}

func (r *fragments) remaining() int {
	n := 0
	for i := r.i; i < len(r.frags); i++ {
		n += len(r.frags[i])
	}
	return n - r.off
}

// next moves to the following fragment when the current one is used up.
func (r *fragments) next() bool {
	for r.off >= len(r.frags[r.i]) {
		if r.i+1 >= len(r.frags) {
			r.err = errShort
			return false
		}
		r.i, r.off = r.i+1, 0
	}
	return true
}

func (r *fragments) byte() byte {
	if r.err != nil || !r.next() {
		return 0
	}
	b := r.frags[r.i][r.off]
	r.off++
	return b
}

func (r *fragments) u16() uint16 {
	return uint16(r.byte()) | uint16(r.byte())<<8
}

func (r *fragments) u32() uint32 {
	return uint32(r.u16()) | uint32(r.u16())<<16
}

func (r *fragments) skip(n int) {
	for n > 0 && r.err == nil && r.next() {
		k := min(n, len(r.frags[r.i])-r.off)
		r.off += k
		n -= k
	}
}

// chars reads n characters, one byte each (the low byte of UTF-16) or two.
func (r *fragments) chars(n int, wide bool) string {
	units := make([]uint16, 0, min(n, 4096))
	for k := 0; k < n && r.err == nil; k++ {
		if r.off >= len(r.frags[r.i]) {
			if r.i+1 >= len(r.frags) {
				r.err = errShort
				break
			}
			r.i, r.off = r.i+1, 0
			wide = r.byte()&1 != 0
		}
		if wide {
			units = append(units, r.u16())
		} else {
			units = append(units, uint16(r.byte()))
		}
	}
	return string(utf16.Decode(units))
}

// unicodeString reads the flags and characters of an XLUnicodeString whose
// length has been read.
func (r *fragments) unicodeString(n int) string {
	flags := r.byte()
	return r.chars(n, flags&1 != 0)
}

// richString reads an XLUnicodeRichExtendedString, skipping its formatting
// runs and phonetic data.
func (r *fragments) richString() string {
	n := int(r.u16())
	flags := r.byte()
	runs, ext := 0, 0
	if flags&0x08 != 0 {
		runs = int(r.u16())
	}
	if flags&0x04 != 0 {
		ext = int(r.u32())
	}
	s := r.chars(n, flags&1 != 0)
	r.skip(4*runs + ext)
	return s
}
