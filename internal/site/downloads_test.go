package site

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/zwgk/zwgk/internal/charts"
)

var sampleTable = charts.Table{
	Caption: "2024年第四季度检查发现问题的政府网站",
	Head:    []string{"序号", "网站名称", "存在问题"},
	Numeric: []bool{true, false, false},
	Rows: [][]string{
		{"1", "示例市财政局", "首页超2周未更新；存在错链断链"},
		{"2", `名称带"引号",和逗号`, "—"},
	},
}

func TestTableCSV(t *testing.T) {
	b, err := tableCSV(sampleTable)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) {
		t.Error("CSV lacks the UTF-8 byte-order mark Excel needs")
	}
	if !bytes.Contains(b, []byte("\r\n")) || bytes.Contains(bytes.ReplaceAll(b, []byte("\r\n"), nil), []byte("\n")) {
		t.Error("CSV lines should end in CRLF")
	}
	rows, err := csv.NewReader(bytes.NewReader(b[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := append([][]string{sampleTable.Head}, sampleTable.Rows...)
	if len(rows) != len(want) || rows[2][1] != want[2][1] || rows[1][2] != want[1][2] {
		t.Errorf("CSV reads back as %q, want %q", rows, want)
	}
}

func TestTableJSON(t *testing.T) {
	b, err := tableJSON(sampleTable)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Caption string
		Columns []string
		Rows    [][]string
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got.Caption != sampleTable.Caption || len(got.Columns) != 3 || len(got.Rows) != 2 || got.Rows[0][2] != "首页超2周未更新；存在错链断链" {
		t.Errorf("JSON reads back as %+v", got)
	}
	empty, _ := tableJSON(charts.Table{Head: []string{"a"}})
	if !bytes.Contains(empty, []byte(`"rows": []`)) {
		t.Errorf("a table without rows should have \"rows\": [], got %s", empty)
	}
}

func TestWorkbook(t *testing.T) {
	info := [][]string{{"标题", "关于……的通报"}, {"发文字号", "示政办函〔2025〕11号"}}
	tables := []dataTable{{key: "failed-websites", sheet: "不合格网站", Table: sampleTable}}
	a, err := workbook(info, tables)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := workbook(info, tables)
	if !bytes.Equal(a, b) {
		t.Error("two workbooks of the same tables differ")
	}
	x, err := excelize.OpenReader(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(x.GetSheetList(), "|"); got != "通报信息|不合格网站" {
		t.Errorf("sheets %s", got)
	}
	if v, _ := x.GetCellValue("通报信息", "B2"); v != "示政办函〔2025〕11号" {
		t.Errorf("通报信息!B2 = %q", v)
	}
	if v, _ := x.GetCellValue("不合格网站", "A1"); v != sampleTable.Caption {
		t.Errorf("the sheet should start with the caption, A1 = %q", v)
	}
	if v, _ := x.GetCellValue("不合格网站", "B4"); v != sampleTable.Rows[1][1] {
		t.Errorf("不合格网站!B4 = %q", v)
	}
	// Counts are numbers, so a reader can sum them.
	if typ, _ := x.GetCellType("不合格网站", "A3"); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("序号 should be a number, is %v", typ)
	}
	if typ, _ := x.GetCellType("不合格网站", "B3"); typ == excelize.CellTypeNumber {
		t.Error("a name was written as a number")
	}
}

func TestSheetsZip(t *testing.T) {
	dir := t.TempDir()
	var sources []string
	for name, body := range map[string]string{"round.md": "---\ntitle: t\n---\n", "websites.csv": "网站名称\n示例\n"} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(body), 0o644)
		sources = append(sources, p)
	}
	stamp := archiveTime("2025-01-24")
	a, err := sheetsZip("2024Q4", sources, stamp)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(10 * time.Millisecond)
	b, _ := sheetsZip("2024Q4", sources, stamp)
	if !bytes.Equal(a, b) {
		t.Error("two archives of the same sheets differ")
	}
	z, err := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range z.File {
		names = append(names, f.Name)
		if !f.Modified.Equal(stamp) {
			t.Errorf("%s is dated %v, want the publication date", f.Name, f.Modified)
		}
	}
	if len(names) != 2 || !strings.HasPrefix(names[0], "2024Q4/") {
		t.Errorf("entries %v", names)
	}
	if _, err := sheetsZip("2024Q4", []string{filepath.Join(dir, "missing.csv")}, stamp); err == nil {
		t.Error("a missing sheet should fail the archive")
	}
}

// Every table of the home page and the round pages has its files, every
// file has one path, and each round has one workbook; unit pages have no
// files (js/tables.js makes theirs).
func TestPlanDownloads(t *testing.T) {
	f := loadFigures(t, "../../rounds")
	v := MakeViews(f, true)
	files := planDownloads(f, v)
	paths := map[string]bool{}
	for _, file := range files {
		if paths[file.path] {
			t.Errorf("two files at %s", file.path)
		}
		paths[file.path] = true
		if !strings.HasPrefix(file.path, "downloads/") {
			t.Errorf("%s is outside downloads/", file.path)
		}
		if strings.HasPrefix(file.path, "downloads/units/") {
			t.Errorf("%s: unit pages have no files", file.path)
		}
	}
	check := func(page string, d Downloads, keys ...string) {
		for _, k := range keys {
			tf, ok := d.Tables[k]
			if !ok {
				t.Errorf("%s: no files for table %s", page, k)
				continue
			}
			if !paths[tf.CSV] || !paths[tf.JSON] {
				t.Errorf("%s: table %s links files not written: %+v", page, k, tf)
			}
		}
	}
	check("home", v.Site.Downloads, "rounds", "units", "units-0", "chart-pass-rate-trend")
	for _, c := range v.Site.Charts {
		check("home", v.Site.Downloads, c.ID)
	}
	for _, r := range v.Rounds {
		check(r.Slug, r.Downloads, "failed-websites", "failed-accounts")
		for _, c := range r.Charts {
			check(r.Slug, r.Downloads, c.ID)
		}
		if !paths[r.Downloads.Workbook] || !paths[r.Downloads.Sheets] {
			t.Errorf("%s: workbook %q or sheets %q not written", r.Slug, r.Downloads.Workbook, r.Downloads.Sheets)
		}
	}
	// The files are made without error and the round's workbook has a
	// sheet per table.
	last := v.Rounds[len(v.Rounds)-1]
	for _, file := range files {
		if strings.HasPrefix(file.path, "downloads/rounds/"+last.Slug+"/") {
			b, err := file.make()
			if err != nil {
				t.Fatalf("%s: %v", file.path, err)
			}
			if file.path == last.Downloads.Workbook {
				x, err := excelize.OpenReader(bytes.NewReader(b))
				if err != nil {
					t.Fatal(err)
				}
				if n := len(x.GetSheetList()); n != 1+len(last.Downloads.Tables) {
					t.Errorf("workbook has %d sheets for %d tables", n, len(last.Downloads.Tables))
				}
			}
		}
	}
}

func TestSheetName(t *testing.T) {
	used := map[string]bool{"通报信息": true}
	tests := []struct{ in, want string }{
		{"不合格网站", "不合格网站"},
		{"不合格网站", "不合格网站_2"},
		{"a/b:c[d]", "a_b_c_d_"},
		{strings.Repeat("长", 40), strings.Repeat("长", 31)},
		{strings.Repeat("长", 40), strings.Repeat("长", 29) + "_2"},
		{"通报信息", "通报信息_2"},
	}
	for _, tc := range tests {
		if got := sheetName(tc.in, used); got != tc.want {
			t.Errorf("sheetName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
