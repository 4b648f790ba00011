package site

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"html"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/zwgk/zwgk/internal/charts"
	"github.com/zwgk/zwgk/internal/figures/figurestest"
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

// Every table of the home page and the round pages has its files, every
// file has one path, and each round has one workbook and no other file; unit pages have no
// files (js/tables.js makes theirs).
func TestPlanDownloads(t *testing.T) {
	_, f := figurestest.Compute(t, "../../rounds")
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
		if !paths[r.Downloads.Workbook] {
			t.Errorf("%s: workbook %q not written", r.Slug, r.Downloads.Workbook)
		}
	}
	// Nothing else: the input sheets as given are not republished, since
	// they hold columns the site does not publish (联系电话) and cells as
	// typed.
	for p := range paths {
		if ext := path.Ext(p); ext != ".csv" && ext != ".json" && ext != ".xlsx" {
			t.Errorf("%s is not a table's data", p)
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
				// 各类单位 and 各平台 are sheets without files of their own.
				if n := len(x.GetSheetList()); n != 1+len(last.Downloads.Tables)+2 {
					t.Errorf("workbook has %d sheets for %d tables with files and 2 without", n, len(last.Downloads.Tables))
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

// Names that a spreadsheet would run as formulas (CSV injection) are
// written so that Excel and WPS show them as text: a single quote in
// front, as OWASP recommends. Numbers, negative ones too, stay numbers.
func TestCSVCellsAreInert(t *testing.T) {
	table := charts.Table{
		Head:    []string{"序号", "网站名称", "主办单位", "变化"},
		Numeric: []bool{true, false, false, true},
		Rows: [][]string{
			{"1", `=HYPERLINK("http://x","点此")`, `+1+cmd|' /C calc'!A0`, "-0.5"},
			{"2", "@SUM(1+1)", "-1+1", "-3"},
			{"3", "\t=1+1", "\r=1+1", "1,012"},
			{"4", "示例网", "-2.5%", "—"},
		},
	}
	b, err := tableCSV(table)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(b[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		table.Head,
		{"1", `'=HYPERLINK("http://x","点此")`, `'+1+cmd|' /C calc'!A0`, "-0.5"},
		{"2", "'@SUM(1+1)", "'-1+1", "-3"},
		{"3", "'\t=1+1", "'=1+1", "1,012"}, // encoding/csv reads a lone CR as nothing
		{"4", "示例网", "-2.5%", "—"},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("CSV reads back as\n%q\nwant\n%q", rows, want)
	}
}

// The workbook writes every text as a string, never a formula.
func TestWorkbookCellsAreText(t *testing.T) {
	table := charts.Table{
		Head:    []string{"序号", "网站名称", "主办单位"},
		Numeric: []bool{true, false, false},
		Rows:    [][]string{{"1", `=HYPERLINK("http://x","点此")`, `+1+cmd|' /C calc'!A0`}},
	}
	b, err := workbook([][]string{{"标题", "=1+1"}}, []dataTable{{key: "t", sheet: "表", Table: table}})
	if err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ sheet, cell, want string }{
		{"表", "B2", `=HYPERLINK("http://x","点此")`}, {"表", "C2", `+1+cmd|' /C calc'!A0`}, {"通报信息", "B1", "=1+1"},
	} {
		if f, _ := x.GetCellFormula(c.sheet, c.cell); f != "" {
			t.Errorf("%s!%s is the formula %q", c.sheet, c.cell, f)
		}
		if v, _ := x.GetCellValue(c.sheet, c.cell); v != c.want {
			t.Errorf("%s!%s = %q, want %q", c.sheet, c.cell, v, c.want)
		}
		if typ, _ := x.GetCellType(c.sheet, c.cell); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
			t.Errorf("%s!%s has type %v, want a string", c.sheet, c.cell, typ)
		}
	}
}

// js/tables.js makes the CSV of a unit page's tables in the browser: its
// inert() must treat every cell as inertRow does. The function is taken
// from the script and run by Node (skipped where Node is not installed).
func TestTablesJSInertMatchesGo(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	js, err := os.ReadFile("../../static/js/tables.js")
	if err != nil {
		t.Fatal(err)
	}
	fn := regexp.MustCompile(`(?s)\n  function inert\(s\) \{.*?\n  \}\n`).Find(js)
	if fn == nil {
		t.Fatal("no function inert in tables.js")
	}
	cells := []string{`=HYPERLINK("http://x","点此")`, `+1+cmd|' /C calc'!A0`, "@SUM(1+1)", "-1+1", "\t=1+1", "\r=1+1",
		"-0.5", "-3", "+5", "1,012", "-2.5%", "-", "+", "-.5", "—", "示例网", "", "0722-3253617", "-1,234.5"}
	in, _ := json.Marshal(cells)
	out, err := exec.Command(node, "-e", string(fn)+"console.log(JSON.stringify("+string(in)+".map(inert)))").Output()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	for i, c := range cells {
		if want := inertRow([]string{c})[0]; got[i] != want {
			t.Errorf("tables.js makes %q of %q, downloads.go %q", got[i], c, want)
		}
	}
}

// Every file under downloads/ of the built sample is linked from a page,
// and every link to a download leads to a file: a table whose key the
// template did not match, or a section that never renders, once left
// files nobody could find (issue 14: 分类统计's -categories and
// -platforms files). Built under a sub-path, as portals publish it.
func TestEveryDownloadIsLinked(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	_, f := figurestest.Compute(t, "../../rounds")
	if err := Build(f, true, Options{SiteDir: "../..", Out: out, BaseURL: "https://www.example.gov.cn/zwgk/jcqk/", Log: os.Stderr}); err != nil {
		t.Fatal(err)
	}
	href := regexp.MustCompile(`href="/zwgk/jcqk/(downloads/[^"#?]*)"`)
	linked := map[string]string{} // download → a page linking it
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		page, _ := filepath.Rel(out, p)
		for _, m := range href.FindAllStringSubmatch(string(b), -1) {
			linked[html.UnescapeString(m[1])] = page
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	err = filepath.WalkDir(filepath.Join(out, "downloads"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		files = append(files, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 100 {
		t.Fatalf("only %d downloads in the sample: %v", len(files), files)
	}
	written := map[string]bool{}
	for _, file := range files {
		written[file] = true
		if linked[file] == "" {
			t.Errorf("%s is linked from no page", file)
		}
	}
	var broken []string
	for l, page := range linked {
		if !written[l] {
			broken = append(broken, page+" → "+l)
		}
	}
	slices.Sort(broken)
	for _, b := range broken {
		t.Errorf("link to a download that was not written: %s", b)
	}
}
