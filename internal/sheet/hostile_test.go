package sheet

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/zwgk/zwgk/internal/txtartest"
)

// Workbooks made to hurt: each is built here, byte by byte where excelize
// would not write it, and each must be read whole at a bounded cost or be
// an error. Costs are bytes allocated, never wall-clock time.

// withSheetData is a workbook whose first worksheet's <sheetData> is the
// XML given; style 1 exists (a fill), as in any formatted sheet.
func withSheetData(t testing.TB, sheetData string) []byte {
	t.Helper()
	return withParts(t, map[string]string{
		"xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
			`<sheetData>` + sheetData + `</sheetData></worksheet>`,
	})
}

// withParts is a workbook made by excelize with some parts replaced.
func withParts(t testing.TB, replace map[string]string) []byte {
	t.Helper()
	f := excelize.NewFile()
	if _, err := f.NewStyle(&excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFFF00"}}}); err != nil {
		t.Fatal(err)
	}
	base, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(base.Bytes()), int64(base.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, zf := range zr.File {
		w, err := zw.Create(zf.Name)
		if err != nil {
			t.Fatal(err)
		}
		if body, ok := replace[zf.Name]; ok {
			io.WriteString(w, body)
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(w, rc)
		rc.Close()
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func inline(ref, text string) string {
	return `<c r="` + ref + `" t="inlineStr"><is><t>` + text + `</t></is></c>`
}

// allocated is how many bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// parseFails reads raw and checks that the error says want and that
// reading it allocated under limitMB megabytes.
func parseFails(t *testing.T, raw []byte, want string, limitMB uint64) {
	t.Helper()
	var err error
	n := allocated(func() { _, err = parseXLSX(raw) })
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error = %v, want one saying %q", err, want)
	}
	if n > limitMB<<20 {
		t.Errorf("reading allocated %d MB, want under %d MB", n>>20, limitMB)
	}
}

// rowsWithLastColumn is 2,000 rows of a name in column A and, in column
// XFD (the 16,384th, Excel's last), the cell given.
func rowsWithLastColumn(cell func(row int) string) string {
	var b strings.Builder
	b.WriteString(`<row r="1">` + inline("A1", "网站名称") + inline("B1", "检查结果") + `</row>`)
	for r := 2; r <= 2000; r++ {
		fmt.Fprintf(&b, `<row r="%d">%s%s</row>`, r, inline(fmt.Sprintf("A%d", r), fmt.Sprintf("网站%d", r)), cell(r))
	}
	return b.String()
}

// A styled empty cell in the last column of 2,000 rows (a whole column
// formatted): it took 12.6 s and 6.6 GB. It is not part of the table.
func TestStyledEmptyCellsInTheLastColumn(t *testing.T) {
	raw := withSheetData(t, rowsWithLastColumn(func(r int) string { return fmt.Sprintf(`<c r="XFD%d" s="1"/>`, r) }))
	var rows [][]string
	var err error
	n := allocated(func() { rows, err = parseXLSX(raw) })
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2000 || !reflect.DeepEqual(rows[1999], []string{"网站2000"}) {
		t.Errorf("%d rows, the last %q; want 2000, the last [网站2000]", len(rows), rows[len(rows)-1])
	}
	if n > 32<<20 {
		t.Errorf("reading allocated %d MB, want under 32 MB", n>>20)
	}
}

// Values in the last column: more than 120 s and 8 GB. An error now.
func TestValuesBeyondTheColumnLimit(t *testing.T) {
	raw := withSheetData(t, rowsWithLastColumn(func(r int) string { return fmt.Sprintf(`<c r="XFD%d"><v>1</v></c>`, r) }))
	parseFails(t, raw, "单元格 XFD2 有内容，超出了前 200 列", 16)
}

// A formula saved without its value (as programs that do not calculate
// save it) was calculated: over a whole sheet, 3 GB. It is never
// calculated now.
func TestFormulaWithoutValue(t *testing.T) {
	raw := withSheetData(t, `<row r="1">`+inline("A1", "网站名称")+inline("B1", "得分")+`</row>`+
		`<row r="2">`+inline("A2", "示例网")+`<c r="B2"><f>SUM(A1:XFD1048576)</f></c></row>`)
	parseFails(t, raw, "单元格 B2 的公式没有保存计算结果", 16)
}

// A formula with its cached value gives the value, text or number.
func TestFormulaWithValue(t *testing.T) {
	raw := withSheetData(t, `<row r="1">`+inline("A1", "网站名称")+inline("B1", "得分")+inline("C1", "检查结果")+`</row>`+
		`<row r="2">`+inline("A2", "示例网")+`<c r="B2"><f>90+4.84</f><v>94.84</v></c><c r="C2" t="str"><f>IF(B2&gt;=60,"合格","不合格")</f><v>合格</v></c></row>`)
	rows, err := parseXLSX(raw)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"示例网", "94.84", "合格"}; !reflect.DeepEqual(rows[1], want) {
		t.Errorf("row 2 = %q, want %q", rows[1], want)
	}
}

// Values in column 200 of 25,000 rows are 5 million cells as read.
func TestTooManyCells(t *testing.T) {
	var b strings.Builder
	for r := 1; r <= 25_000; r++ {
		fmt.Fprintf(&b, `<row r="%d"><c r="GR%d"><v>1</v></c></row>`, r, r)
	}
	raw := withSheetData(t, b.String())
	parseFails(t, raw, "工作表太大", 128)
}

func TestMalformedSheets(t *testing.T) {
	tests := []struct{ name, sheetData, want string }{
		{"a row number beyond Excel's last row", `<row r="1048577"><c r="A1048577"><v>1</v></c></row>`, "行号“1048577”无效"},
		{"a row number that is not a number", `<row r="x"><c r="A1"><v>1</v></c></row>`, "行号“x”无效"},
		{"a cell reference beyond column XFD", `<row r="1"><c r="XFE1"><v>1</v></c></row>`, "单元格“XFE1”的位置无效"},
		{"a shared string that does not exist", `<row r="1"><c r="A1" t="s"><v>7</v></c></row>`, "单元格 A1 指向不存在的文本"},
		{"an unclosed element", `<row r="1"><c r="A1"><v>1</v></row>`, "文件已损坏"},
		{"XML nested a million deep", strings.Repeat("<x>", 1_000_000) + strings.Repeat("</x>", 1_000_000), "嵌套超过 256 层"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := withSheetData(t, tt.sheetData)
			parseFails(t, raw, tt.want, 64)
		})
	}
}

// A part that says it unpacks to more than maxUnzipped is refused before
// it is unpacked. (One that says less and unpacks to more is stopped by
// archive/zip at the size it said.)
func TestWorkbookUnpackingTooLarge(t *testing.T) {
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	var packed bytes.Buffer
	fw, _ := flate.NewWriter(&packed, flate.BestCompression)
	fw.Write(bytes.Repeat([]byte(" "), 1<<20))
	fw.Close()
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate,
		CompressedSize64: uint64(packed.Len()), UncompressedSize64: maxUnzipped + 1})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(packed.Bytes())
	zw.Close()
	parseFails(t, out.Bytes(), "解压后超过 128 MB", 16)
}

// One damaged byte anywhere in a workbook gives either the same table
// (the byte was in a timestamp or a comment) or an error — before, 46 to
// 86 of 100 rows were read with no error.
func TestDamagedByte(t *testing.T) {
	buf, err := staffWorkbook(t).WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	want, err := parseXLSX(good)
	if err != nil {
		t.Fatal(err)
	}
	// Every fifth byte keeps the test to a second or two; the bytes
	// between are as likely to hide a failure as these.
	stride := 5
	if testing.Short() {
		stride = 29
	}
	for i := 0; i < len(good); i += stride {
		bad := bytes.Clone(good)
		bad[i] ^= 0x20
		got, err := parseXLSX(bad)
		if err == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("byte %d damaged: read %q with no error, want %q or an error", i, got, want)
		}
	}
}

// The case: a workbook of 100 websites, one byte damaged at 300
// places chosen at random (the same each run): the whole table or an
// error, never 46, 50, 58 or 86 rows.
func TestDamagedByteOf100Websites(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"网站标识码", "网站名称", "主办单位", "检查结果", "得分"})
	for i := 1; i <= 100; i++ {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetSheetRow("Sheet1", cell, &[]any{4213900000 + i, fmt.Sprintf("示例第%d网", i), fmt.Sprintf("示例市第%d局", i%17), "合格", 80 + float64(i%20)/2})
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	want, err := parseXLSX(good)
	if err != nil || len(want) != 101 {
		t.Fatalf("%d rows, %v", len(want), err)
	}
	r := rand.New(rand.NewPCG(15, 2))
	for range 300 {
		i := r.IntN(len(good))
		bad := bytes.Clone(good)
		bad[i] ^= byte(1 + r.IntN(255))
		if got, err := parseXLSX(bad); err == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("byte %d damaged: %d rows read with no error, want 101 or an error", i, len(got))
		}
	}
}

// A part whose checksum does not match is an error naming the file.
func TestBadChecksum(t *testing.T) {
	buf, err := staffWorkbook(t).WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	raw := buf.Bytes()
	// The central directory entry of the worksheet: its CRC-32 is at
	// offset 16 of the entry, its name at 46.
	i := bytes.LastIndex(raw, []byte("PK\x01\x02"))
	for i >= 0 && !bytes.HasPrefix(raw[i+46:], []byte("xl/worksheets/sheet1.xml")) {
		i = bytes.LastIndex(raw[:i], []byte("PK\x01\x02"))
	}
	if i < 0 {
		t.Fatal("no central directory entry for the worksheet")
	}
	crc := binary.LittleEndian.Uint32(raw[i+16:])
	binary.LittleEndian.PutUint32(raw[i+16:], crc+1)
	p := filepath.Join(t.TempDir(), "websites.xlsx")
	txtartest.WriteFile(t, p, raw)
	_, err = Read(p)
	if err == nil || !strings.HasPrefix(err.Error(), p+": 无法完整读取：文件已损坏") || !strings.Contains(err.Error(), "请用 Excel 或 WPS 打开后重新保存") {
		t.Errorf("error = %v, want one naming %s and saying it is damaged", err, p)
	}
}

// A file larger than MaxFileSize is refused unread.
func TestFileTooLarge(t *testing.T) {
	p := filepath.Join(t.TempDir(), "websites.csv")
	if err := os.WriteFile(p, []byte("网站名称,检查结果\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(p, MaxFileSize+1); err != nil {
		t.Fatal(err)
	}
	_, err := Read(p)
	if err == nil || !strings.Contains(err.Error(), "文件超过 32 MB") {
		t.Errorf("error = %v, want 文件超过 32 MB", err)
	}
}

// A CSV row with a value past column 200 is refused like a workbook's;
// trailing empty cells (a row of commas) are not content.
func TestCSVBeyondTheColumnLimit(t *testing.T) {
	dir := t.TempDir()
	wide := filepath.Join(dir, "wide.csv")
	txtartest.WriteFile(t, wide, []byte("网站名称,检查结果\n示例网,合格"+strings.Repeat(",", 100_000)+"1\n"))
	if _, err := Read(wide); err == nil || !strings.Contains(err.Error(), wide+":2: 第 2 行第 100002 列有内容，超出了前 200 列") {
		t.Errorf("error = %v", err)
	}
	commas := filepath.Join(dir, "commas.csv")
	txtartest.WriteFile(t, commas, []byte("网站名称,检查结果\n示例网,合格"+strings.Repeat(",", 100_000)+"\n"))
	tab, err := Read(commas)
	if err != nil || len(tab.Records) != 1 || len(tab.Records[0].Cells) != 2 {
		t.Errorf("Read = %+v, %v; want one record of two cells", tab, err)
	}
}
