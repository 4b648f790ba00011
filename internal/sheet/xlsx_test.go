package sheet

import (
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// staffWorkbook is a sheet as staff make it in Excel: a merged title above
// the header, codes typed as numbers and as text, a date cell, a score
// formatted to two decimals, and one unit's cells merged down. (Formulas
// are in testdata/libreoffice.xlsx, which carries their values as a
// spreadsheet program saves them; excelize saves a formula without one.)
func staffWorkbook(t testing.TB) *excelize.File {
	t.Helper()
	f := excelize.NewFile()
	ws := "Sheet1"
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	set := func(cell string, v any) { must(f.SetCellValue(ws, cell, v)) }
	set("A1", "附件1  2024年第三季度政府网站检查结果")
	must(f.MergeCell(ws, "A1", "F1"))
	for i, h := range []string{"网站标识码", "网站名称", "主办单位", "检查结果", "得分", "检查日期"} {
		cell, _ := excelize.CoordinatesToCellName(i+1, 2)
		set(cell, h)
	}
	set("A3", 4213900001)
	set("B3", "示例市教育局网站")
	set("C3", "示例市教育局")
	must(f.MergeCell(ws, "C3", "C4"))
	set("D3", "合格")
	set("E3", 95.14)
	set("F3", time.Date(2024, 10, 8, 0, 0, 0, 0, time.UTC))
	set("A4", "4213900002") // a number stored as text
	set("B4", "示例招生网")
	set("D4", "不合格")
	set("E4", 94.84)
	set("F4", 45574)
	chinese := `yyyy"年"m"月"d"日"`
	dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: &chinese})
	must(err)
	must(f.SetCellStyle(ws, "F4", "F4", dateStyle))
	twoDecimals, err := f.NewStyle(&excelize.Style{NumFmt: 2}) // 0.00
	must(err)
	set("A5", "4213900003")
	set("B5", "示例体育网")
	set("C5", "示例市体育局")
	set("D5", "合格")
	set("E5", 90)
	must(f.SetCellStyle(ws, "E5", "E5", twoDecimals))
	f.NewSheet("第二页") // only the first sheet is read
	f.SetCellValue("第二页", "A1", "不读")
	return f
}

func TestReadXLSX(t *testing.T) {
	p := filepath.Join(t.TempDir(), "websites.xlsx")
	if err := staffWorkbook(t).SaveAs(p); err != nil {
		t.Fatal(err)
	}
	tab, err := Read(p)
	if err != nil {
		t.Fatal(err)
	}
	if !tab.FindHeader(func(c []string) bool { return len(c) > 1 && c[1] == "网站名称" }) {
		t.Fatalf("header not found in %+v", tab)
	}
	if tab.HeaderRow != 2 {
		t.Errorf("header row = %d, want 2", tab.HeaderRow)
	}
	want := []Record{
		{Row: 3, Cells: []string{"4213900001", "示例市教育局网站", "示例市教育局", "合格", "95.14", "2024-10-08"}},
		{Row: 4, Cells: []string{"4213900002", "示例招生网", "示例市教育局", "不合格", "94.84", "2024-10-09"}},
		{Row: 5, Cells: []string{"4213900003", "示例体育网", "示例市体育局", "合格", "90.00"}},
	}
	if !reflect.DeepEqual(tab.Records, want) {
		t.Errorf("records:\n got %+v\nwant %+v", tab.Records, want)
	}
}

func TestFormatGeneral(t *testing.T) {
	checkFunc(t, "formatGeneral", formatGeneral, []funcCase[float64, string]{
		{4213900001, "4213900001"},
		{0.1 + 0.2, "0.3"},
		{95.14, "95.14"},
		{104.05, "104.05"},
		{914403001922038216, "914403001922038000"}, // Excel keeps 15 digits
		{-3, "-3"},
	})
}

func TestCustomKind(t *testing.T) {
	checkFunc(t, "customKind", customKind, []funcCase[string, numberKind]{
		{`yyyy"年"m"月"d"日"`, dateNumber},
		{`yyyy/m/d;@`, dateNumber},
		{`[$-F800]dddd, mmmm dd, yyyy`, dateNumber},
		{`0.00_ `, formattedNumber},
		{`0.00E+00`, formattedNumber},
		{`"第"0"名"`, formattedNumber},
		{`h:mm:ss`, formattedNumber},
		{`@`, generalNumber},
		{`General`, generalNumber},
	})
}

// funcCase is an argument of a function and the result it should give.
type funcCase[In, Out comparable] struct {
	in   In
	want Out
}

// checkFunc fails for each of cases for which f does not give want.
func checkFunc[In, Out comparable](t *testing.T, name string, f func(In) Out, cases []funcCase[In, Out]) {
	t.Helper()
	for _, c := range cases {
		if got := f(c.in); got != c.want {
			t.Errorf("%s(%#v) = %#v, want %#v", name, c.in, got, c.want)
		}
	}
}

func TestSerialDate(t *testing.T) {
	tests := []struct {
		serial   float64
		date1904 bool
		want     string
	}{
		{45573, false, "2024-10-08"},
		{44196, false, "2020-12-31"},
		{61, false, "1900-03-01"},
		{45573.5, false, "2024-10-08 12:00:00"},
		{44111, true, "2024-10-08"},
	}
	for _, tt := range tests {
		got, ok := serialText(tt.serial, tt.date1904)
		if !ok || got != tt.want {
			t.Errorf("serialText(%v, %v) = %q, want %q", tt.serial, tt.date1904, got, tt.want)
		}
	}
}

// testdata/libreoffice.xlsx was saved by LibreOffice Calc 7.4 (a workbook
// written by excelize, then `soffice --headless --convert-to xlsx`), so its
// formulas carry the cached values a spreadsheet program stores: a rounded
// score, a text made by a formula, a result computed from a number stored
// as text. Below the table, a merged note line.
func TestReadXLSXSavedByLibreOffice(t *testing.T) {
	tab, err := Read("testdata/libreoffice.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	tab.FindHeader(func(c []string) bool { return len(c) > 0 && c[0] == "备案单号" })
	if tab.HeaderRow != 3 || len(tab.Above) != 2 {
		t.Errorf("header row = %d, above = %+v", tab.HeaderRow, tab.Above)
	}
	note := "注：得分为百分制。"
	want := []Record{
		{Row: 4, Cells: []string{"626636", "健康示例", "微信公众号", "示例市卫生健康委员会", "合格", "93.64", "2024-10-08"}},
		{Row: 5, Cells: []string{"561105", "青山长安街道", "抖音", "示例市卫生健康委员会", "合格", "59.5", "2024-10-09"}},
		{Row: 7, Cells: []string{note, note, note, note, note, note, note}},
	}
	if !reflect.DeepEqual(tab.Records, want) {
		t.Errorf("records:\n got %+v\nwant %+v", tab.Records, want)
	}
}
