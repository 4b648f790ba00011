package sheet

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// csvSeeds are rows as staff send them: the sample's own lines, GBK bytes,
// a title above the header, CRLF, quotes, full-width spaces.
var csvSeeds = []string{
	websitesCSV,
	"备案单号,账号名称,平台,开设主体,运行状态,是否抽查,检查结果,得分,存在问题,整改情况,备注\r\n626636,健康示例,微信公众号,示例市卫生健康委员会,正常运行,是,合格,93.64,,,原账号名称“示例卫生健康”，本季度更名\r\n",
	"附件1,,\n2024年第三季度政府网站检查结果,,\n网站名称,主办单位,检查结果\n示例网,示例局,\"不合格\"\n注：,,\n",
	"\ufeff指标,数值,说明\n正常运行账号数,932,在运行的账号\n账号数:微信,\"1,012\",\n",
	"网站名称,存在问题\n示例网,\"首页不能访问\n栏目\"\"不更新\"\"\"\n\u3000示例二网\u3000,\n",
	"a\"b,c\rd,e\r\n\"\n",
	"\xff\xfe\x51\x7d\x59\x7a",
}

func FuzzParseCSV(f *testing.F) {
	for _, s := range csvSeeds {
		f.Add([]byte(s))
	}
	f.Add(gbk(f, websitesCSV))
	// Hostile shapes: a value far past column 200, a row of commas, an
	// unclosed quote swallowing the rest, lines of lone CRs.
	f.Add([]byte("网站名称,检查结果\n示例网,合格" + strings.Repeat(",", 300) + "1\n"))
	f.Add([]byte("网站名称,检查结果\n示例网,合格" + strings.Repeat(",", 3000) + "\n"))
	f.Add([]byte("网站名称,检查结果\n\"示例网,合格\n" + strings.Repeat("a,b\n", 200)))
	f.Add([]byte(strings.Repeat("\r", 500) + "a,b"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := parseCSV(data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), ":") {
				t.Errorf("error %q does not start with ':' for the path to go before it", err)
			}
			return
		}
		checkTable(t, rows)
	})
}

func FuzzParseXLSX(f *testing.F) {
	for _, p := range []string{"testdata/libreoffice.xlsx"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	buf, err := staffWorkbook(f).WriteToBuffer()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("PK\x03\x04"))
	// The hostile shapes of hostile_test.go, a few rows of each: a styled
	// cell and a value in the last column, a formula without its value, a
	// row beyond Excel's last, deep nesting.
	row := func(r int, last string) string {
		return fmt.Sprintf(`<row r="%d">%s%s</row>`, r, inline(fmt.Sprintf("A%d", r), "示例网"), last)
	}
	for _, sheetData := range []string{
		row(1, `<c r="XFD1" s="1"/>`) + row(2, `<c r="XFD2" s="1"/>`),
		row(1, `<c r="XFD1"><v>1</v></c>`),
		row(1, `<c r="B1"><f>SUM(A1:XFD1048576)</f></c>`),
		row(1, `<c r="B1"><f>1+1</f><v>2</v></c>`) + `<row r="1048577"/>`,
		strings.Repeat("<x>", 300) + strings.Repeat("</x>", 300),
	} {
		f.Add(withSheetData(f, sheetData))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := parseXLSX(data)
		if err == nil {
			checkTable(t, rows)
		}
	})
}

// checkTable runs the rest of the reading on rows and checks what every
// table promises: records below the header, in row order, trimmed.
func checkTable(t *testing.T, rows [][]string) {
	tab := FromRows("fuzz", rows)
	tab.FindHeader(func(c []string) bool { return len(c) > 2 })
	last := tab.HeaderRow
	for _, r := range tab.Records {
		if r.Row <= last {
			t.Fatalf("row %d after row %d", r.Row, last)
		}
		last = r.Row
		for _, c := range r.Cells {
			if c != Clean(c) {
				t.Fatalf("cell %q is not trimmed", c)
			}
		}
	}
}
