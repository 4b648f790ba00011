package sheet

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The .xls files under testdata/xls were saved by LibreOffice Calc 7.4
// (`soffice --headless --convert-to xls`) from the sample's 2024Q4 sheets
// and units.csv, with the code columns (and the scores, whose trailing zero
// a number cell would drop) imported as text and the rest — counts, dates —
// as numbers. error-reports.et is LibreOffice's .xls of error-reports.csv
// renamed: WPS 表格 saves .et as the same BIFF8 compound file, and no WPS
// was at hand to save one. accounts.xls holds enough Chinese text that its
// shared strings run on over many CONTINUE records.
func TestXLSSavedByLibreOfficeReadsAsTheCSV(t *testing.T) {
	sheets := map[string]string{
		"xls/websites.xls":     "../../rounds/2024Q4/websites.csv",
		"xls/accounts.xls":     "../../rounds/2024Q4/accounts.csv",
		"xls/interactions.xls": "../../rounds/2024Q4/interactions.csv",
		"xls/error-reports.et": "../../rounds/2024Q4/error-reports.csv",
		"xls/units.xls":        "../../rounds/units.csv",
	}
	for xls, csv := range sheets {
		want, err := Read(csv)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Read(filepath.Join("testdata", xls))
		if err != nil {
			t.Fatalf("%s: %v", xls, err)
		}
		if !reflect.DeepEqual(got.Header, want.Header) || got.HeaderRow != want.HeaderRow {
			t.Errorf("%s: header %q at row %d, want %q at row %d", xls, got.Header, got.HeaderRow, want.Header, want.HeaderRow)
		}
		if len(got.Records) != len(want.Records) {
			t.Errorf("%s: %d records, want %d", xls, len(got.Records), len(want.Records))
			continue
		}
		for i := range want.Records {
			if !reflect.DeepEqual(got.Records[i], want.Records[i]) {
				t.Errorf("%s: record %d\n got %+v\nwant %+v", xls, i, got.Records[i], want.Records[i])
				break
			}
		}
	}
}

// Spot checks in the files above, so that the comparison cannot pass by
// reading both sides wrong: a date cell, a count stored as a number, and a
// long name from the end of accounts.xls's shared strings.
func TestXLSCells(t *testing.T) {
	tab, err := Read("testdata/xls/interactions.xls")
	if err != nil {
		t.Fatal(err)
	}
	if got := tab.Records[0].Cells; got[3] != "2024-12-09" || got[6] != "5" {
		t.Errorf("first interaction = %q, want 发送日期 2024-12-09 and 答复时限 5", got)
	}
	tab, err = Read("testdata/xls/accounts.xls")
	if err != nil {
		t.Fatal(err)
	}
	last := tab.Records[len(tab.Records)-1]
	if last.Row != 1023 || last.Cells[1] != "示例市档案馆" || last.Cells[7] != "98.13" {
		t.Errorf("last account = row %d %q, want row 1023: 示例市档案馆 scored 98.13", last.Row, last.Cells)
	}
}

// The staff workbook of xlsx_test.go and testdata/libreoffice.xlsx, saved
// as .xls by LibreOffice, read as their .xlsx do: the title row above the
// header, a number formatted 0.00, dates in two formats, a formula by its
// cached number, merged cells filled. (LibreOffice 7.4 saves the result of
// a formula giving text as the number 0 with no STRING record after it, so
// row 5 of libreoffice.xls, made of such formulas, is not compared; the
// STRING record Excel writes is tested with TestXLSRecords.)
func TestXLSLikeXLSX(t *testing.T) {
	tab, err := Read("testdata/xls/staff.xls")
	if err != nil {
		t.Fatal(err)
	}
	tab.FindHeader(func(c []string) bool { return len(c) > 1 && c[1] == "网站名称" })
	want := []Record{
		{Row: 3, Cells: []string{"4213900001", "示例市教育局网站", "示例市教育局", "合格", "95.14", "2024-10-08"}},
		{Row: 4, Cells: []string{"4213900002", "示例招生网", "示例市教育局", "不合格", "94.84", "2024-10-09"}},
		{Row: 5, Cells: []string{"4213900003", "示例体育网", "示例市体育局", "合格", "90.00"}},
	}
	if tab.HeaderRow != 2 || !reflect.DeepEqual(tab.Records, want) {
		t.Errorf("staff.xls: header row %d, records:\n got %+v\nwant %+v", tab.HeaderRow, tab.Records, want)
	}

	tab, err = Read("testdata/xls/libreoffice.xls")
	if err != nil {
		t.Fatal(err)
	}
	tab.FindHeader(func(c []string) bool { return len(c) > 0 && c[0] == "备案单号" })
	note := "注：得分为百分制。"
	want = []Record{
		{Row: 4, Cells: []string{"626636", "健康示例", "微信公众号", "示例市卫生健康委员会", "合格", "93.64", "2024-10-08"}},
		{Row: 7, Cells: []string{note, note, note, note, note, note, note}},
	}
	if len(tab.Records) == 3 {
		tab.Records = append(tab.Records[:1], tab.Records[2])
	}
	if tab.HeaderRow != 3 || len(tab.Above) != 2 || !reflect.DeepEqual(tab.Records, want) {
		t.Errorf("libreoffice.xls: header row %d, above %+v, records:\n got %+v\nwant %+v", tab.HeaderRow, tab.Above, tab.Records, want)
	}
}

// The format is told by the first bytes, not the name: an .xlsx saved
// under .xls, an .xls saved under .xlsx, and tab-separated text saved as
// .xls by a reporting system all read; a web page named .xls, a damaged
// workbook and an oversized file are refused with the file named and the
// fix said.
func TestXLSByContent(t *testing.T) {
	dir := t.TempDir()
	xls, err := os.ReadFile("testdata/xls/staff.xls")
	if err != nil {
		t.Fatal(err)
	}
	xlsx, err := os.ReadFile("testdata/libreoffice.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	reads := map[string][]byte{
		"old-as-new.xlsx": xls,
		"new-as-old.xls":  xlsx,
		"text.xls":        []byte("网站名称\t检查结果\r\n示例网\t合格\r\n"),
		"text-utf16.xls":  append([]byte("\xff\xfe"), utf16le("网站名称\t检查结果\r\n示例网\t合格\r\n")...),
	}
	for name, b := range reads {
		if _, err := Read(write(name, b)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	tab, _ := Read(filepath.Join(dir, "text.xls"))
	if tab == nil || !reflect.DeepEqual(tab.Records, []Record{{Row: 2, Cells: []string{"示例网", "合格"}}}) {
		t.Errorf("text.xls read as %+v", tab)
	}

	refused := map[string]struct {
		content []byte
		says    string
	}{
		"page.xls":      {[]byte("<html><body><table><tr><td>网站名称</td></tr></table></body></html>"), "网页（HTML）格式"},
		"truncated.xls": {xls[:len(xls)/2], "另存为 .xlsx"},
		"garbled.xls":   {append(append([]byte{}, xls[:512]...), bytes.Repeat([]byte{0xAB}, len(xls)-512)...), "另存为 .xlsx"},
		"binary.et":     {[]byte("\x00\x01\x02 not a sheet"), "无法识别的文件格式"},
		"huge.xls":      {append(append([]byte{}, compoundMagic...), make([]byte, MaxFileSize)...), "不像一张检查结果表"},
	}
	for name, tt := range refused {
		p := write(name, tt.content)
		_, err := Read(p)
		if err == nil {
			t.Errorf("%s: read without error", name)
			continue
		}
		if msg := err.Error(); !strings.HasPrefix(msg, p+": ") || !strings.Contains(msg, tt.says) || !strings.Contains(msg, "——") {
			t.Errorf("%s: error %q should name the file, say %q and the fix", name, msg, tt.says)
		}
	}
}

func utf16le(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

// Cells records may name any cell; a workbook cannot make the reader hold
// more than maxGrid cells, nor name a column BIFF8 does not have.
func TestXLSGridBound(t *testing.T) {
	var g cellGrid
	if err := g.set(0, 256, "x"); err != errXLSDamaged {
		t.Errorf("a cell in column 257 gave %v, want the file called damaged", err)
	}
	var err error
	for row := 0; row < 65536 && err == nil; row++ {
		err = g.set(row, 255, "x")
	}
	if err == nil || !strings.Contains(err.Error(), "工作表太大") {
		t.Errorf("a cell in column 256 of every row gave %v, want the size refused", err)
	}
}

func TestFormatFixed(t *testing.T) {
	tests := []struct {
		n    float64
		code string
		want string
	}{
		{90, "0.00", "90.00"},
		{1234567.5, "#,##0.00", "1,234,567.50"},
		{-1234, "#,##0", "-1,234"},
		{0.971, "0.0%", "97.1%"},
		{12.5, `"第"0"名"`, "12.5"},
	}
	for _, tt := range tests {
		if got := formatFixed(tt.n, tt.code); got != tt.want {
			t.Errorf("formatFixed(%v, %q) = %q, want %q", tt.n, tt.code, got, tt.want)
		}
	}
}

func FuzzParseXLS(f *testing.F) {
	for _, p := range []string{"testdata/xls/staff.xls", "testdata/xls/libreoffice.xls", "testdata/xls/error-reports.et"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := parseXLS(data)
		if err == nil {
			checkTable(t, rows)
		}
	})
}

// biff builds a workbook stream from records: id, then data.
func biff(recs ...any) []byte {
	var b []byte
	for i := 0; i < len(recs); i += 2 {
		data := recs[i+1].([]byte)
		b = append(b, le16(recs[i].(int))...)
		b = append(b, le16(len(data))...)
		b = append(b, data...)
	}
	return b
}

func le16(n int) []byte { return []byte{byte(n), byte(n >> 8)} }

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// Records as Excel writes them and LibreOffice did not in the files above:
// a formula giving text, with its value in the STRING record after it; a
// shared string whose characters run on into a CONTINUE record that
// switches from one-byte to two-byte characters; a number in the RK form;
// a FILEPASS record of a password-protected book.
func TestXLSRecords(t *testing.T) {
	build := func(extra []byte, sheet []byte) []byte {
		// BOF, SST, BOUNDSHEET (offset filled in below), EOF, then the sheet.
		sst := biff(0x00FC, cat(le32(2), le32(2), le16(3), []byte{0}, []byte("abc"), le16(4), []byte{0}, []byte("xy")),
			0x003C, cat([]byte{1}, utf16le("站名")))
		head := cat(biff(0x0809, cat(le16(0x0600), le16(5), make([]byte, 12))), extra, sst)
		bound := func(off int) []byte { return biff(0x0085, cat(le32(off), []byte{0, 0, 2, 0}, []byte("S1"))) }
		globals := cat(head, bound(0), biff(0x000A, []byte{}))
		globals = cat(head, bound(len(globals)), biff(0x000A, []byte{}))
		return cat(globals, biff(0x0809, cat(le16(0x0600), le16(0x10), make([]byte, 12))), sheet, biff(0x000A, []byte{}))
	}
	cell := func(row, col int) []byte { return cat(le16(row), le16(col), le16(0)) }
	sheet := cat(
		biff(0x00FD, cat(cell(0, 0), le32(0))),
		biff(0x00FD, cat(cell(0, 1), le32(1))),
		biff(0x0006, cat(cell(1, 0), []byte{0, 0, 0, 0, 0, 0, 0xFF, 0xFF}, make([]byte, 6))),
		biff(0x0207, cat(le16(4), []byte{1}, utf16le("示例网站"))),
		biff(0x027E, cat(cell(1, 1), le32(9514<<2|3))),
	)
	rows, err := biffRows(build(nil, sheet))
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"abc", "xy站名"}, {"示例网站", "95.14"}}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("rows = %q, want %q", rows, want)
	}
	if _, err := biffRows(build(biff(0x002F, make([]byte, 6)), sheet)); err == nil || !strings.Contains(err.Error(), "密码") {
		t.Errorf("a password-protected book gave %v, want the password named", err)
	}
}

func le32(n int) []byte { return []byte{byte(n), byte(n >> 8), byte(n >> 16), byte(n >> 24)} }
