package sheet

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/zwgk/zwgk/internal/txtartest"
)

const websitesCSV = "网站名称,主办单位,检查结果\n示例市人民政府,示例市人民政府办公室,合格\n示例教育网,示例市教育局,不合格\n"

// wantWebsites is websitesCSV as a table.
var wantWebsites = &Table{
	Header: []string{"网站名称", "主办单位", "检查结果"}, HeaderRow: 1,
	Records: []Record{
		{Row: 2, Cells: []string{"示例市人民政府", "示例市人民政府办公室", "合格"}},
		{Row: 3, Cells: []string{"示例教育网", "示例市教育局", "不合格"}},
	},
}

func gbk(t testing.TB, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func utf16LE(t *testing.T, s string) []byte {
	t.Helper()
	b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The same sheet in every form Excel, WPS or a text editor saves it reads
// the same.
func TestReadCSVEncodingsAndLineEnds(t *testing.T) {
	crlf := strings.ReplaceAll(websitesCSV, "\n", "\r\n")
	tests := []struct {
		name string
		data []byte
	}{
		{"UTF-8", []byte(websitesCSV)},
		{"UTF-8 with BOM", append([]byte("\xef\xbb\xbf"), websitesCSV...)},
		{"GBK (Excel “CSV”)", gbk(t, websitesCSV)},
		{"GBK with CRLF", gbk(t, crlf)},
		{"UTF-8 with CRLF", []byte(crlf)},
		{"lone CR (old Mac Excel)", []byte(strings.ReplaceAll(websitesCSV, "\n", "\r"))},
		{"UTF-16 tab-separated (Excel “Unicode 文本”)", utf16LE(t, strings.ReplaceAll(crlf, ",", "\t"))},
		{"no line end after the last row", []byte(strings.TrimSuffix(websitesCSV, "\n"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readBytes(t, "websites.csv", tt.data)
			if !reflect.DeepEqual(got.Header, wantWebsites.Header) || got.HeaderRow != 1 || !reflect.DeepEqual(got.Records, wantWebsites.Records) {
				t.Errorf("got %+v\nwant %+v", got, wantWebsites)
			}
		})
	}
}

// Shapes staff leave in a sheet: spaces of every kind around values, empty
// rows and columns, a quoted cell with line breaks.
func TestReadCSVShapes(t *testing.T) {
	tests := []struct {
		name    string
		csv     string
		header  []string
		records []Record
	}{
		{
			name:    "full-width and no-break spaces around headers and values",
			csv:     "\u3000网站名称 ,\u00a0主办单位,检查结果\u3000\n 示例网\u3000,示例局 ,\t合格\u200b\n",
			header:  []string{"网站名称", "主办单位", "检查结果"},
			records: []Record{{Row: 2, Cells: []string{"示例网", "示例局", "合格"}}},
		},
		{
			name:    "trailing empty columns and rows",
			csv:     "网站名称,主办单位,检查结果,,,\n示例网,示例局,合格,,,\n,,,,,\n\n",
			header:  []string{"网站名称", "主办单位", "检查结果"},
			records: []Record{{Row: 2, Cells: []string{"示例网", "示例局", "合格"}}},
		},
		{
			name:    "empty rows keep the numbering of the rows below",
			csv:     "\n网站名称,检查结果\n\n示例网,合格\n,\n示例二网,不合格\n",
			header:  []string{"网站名称", "检查结果"},
			records: []Record{{Row: 4, Cells: []string{"示例网", "合格"}}, {Row: 6, Cells: []string{"示例二网", "不合格"}}},
		},
		{
			name:   "a cell with line breaks is one row",
			csv:    "网站名称,存在问题\n示例网,\"首页不能访问\n栏目不更新\"\n示例二网,\n",
			header: []string{"网站名称", "存在问题"},
			records: []Record{
				{Row: 2, Cells: []string{"示例网", "首页不能访问\n栏目不更新"}},
				{Row: 3, Cells: []string{"示例二网"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readBytes(t, "websites.csv", []byte(tt.csv))
			if !reflect.DeepEqual(got.Header, tt.header) || !reflect.DeepEqual(got.Records, tt.records) {
				t.Errorf("got header %q records %+v\nwant header %q records %+v", got.Header, got.Records, tt.header, tt.records)
			}
		})
	}
}

func TestFindHeaderSkipsTitleRows(t *testing.T) {
	csv := "附件1,,\n2024年第三季度政府网站检查结果,,\n,,\n网站名称,主办单位,检查结果\n示例网,示例局,合格\n"
	tab := readBytes(t, "websites.csv", []byte(csv))
	isHeader := func(cells []string) bool { return len(cells) > 0 && cells[0] == "网站名称" }
	if !tab.FindHeader(isHeader) {
		t.Fatal("header not found")
	}
	if tab.HeaderRow != 4 || len(tab.Above) != 2 || tab.Above[1].Row != 2 {
		t.Errorf("header row %d, above %+v", tab.HeaderRow, tab.Above)
	}
	if len(tab.Records) != 1 || tab.Records[0].Row != 5 {
		t.Errorf("records %+v", tab.Records)
	}

	// With no row that looks like a header, the first row stays the header,
	// so that its missing columns can be reported.
	tab = readBytes(t, "websites.csv", []byte("名称,单位\n示例网,示例局\n"))
	if tab.FindHeader(isHeader) || tab.HeaderRow != 1 || len(tab.Records) != 1 {
		t.Errorf("got %+v", tab)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, file, data, want string
	}{
		{"an empty file", "websites.csv", "\n,,\n", "文件是空的"},
		{"an OpenDocument sheet", "websites.ods", "x", "不支持的文件类型 —— 请另存为 .csv 或 .xlsx"},
		{"a bare quote", "websites.csv", "网站名称\n\"示例\"网\"x\n", ""},
		{"not a workbook", "websites.xlsx", "网站名称\n", "无法打开 Excel 文件"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), tt.file)
			if err := os.WriteFile(p, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Read(p)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("Read: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), p)):
				t.Errorf("Read = %v, want an error starting with the path and containing %q", err, tt.want)
			}
		})
	}
}

func TestFind(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"websites.xlsx", "websites.csv", "accounts.xlsx"} {
		txtartest.WriteFile(t, filepath.Join(dir, f), nil)
	}
	if got := FindAll(dir, "websites"); len(got) != 2 || filepath.Base(got[0]) != "websites.csv" {
		t.Errorf("FindAll(websites) = %q, want the CSV first", got)
	}
	if got := Find(dir, "accounts"); filepath.Base(got) != "accounts.xlsx" {
		t.Errorf("Find(accounts) = %q", got)
	}
	if got := Find(dir, "summary"); got != "" {
		t.Errorf("Find(summary) = %q", got)
	}
}

// readBytes writes data to a file named name and reads it.
func readBytes(t *testing.T, name string, data []byte) *Table {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	tab, err := Read(p)
	if err != nil {
		t.Fatal(err)
	}
	return tab
}
