package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// asGiven reports the files of a site that hold the input as given — the
// manifest of input checksums — and so differ with the bytes of the
// sheets, whatever the pages say.
func asGiven(name string) bool {
	return name == "zwgk-manifest.json"
}

// The sample saved the ways Excel and WPS save it builds the same site as
// the UTF-8 CSV it is committed as.
func TestSampleInEveryFormBuildsTheSameSite(t *testing.T) {
	want := buildSite(t, "../../rounds")
	forms := []struct {
		name    string
		convert func(t *testing.T, src, dst string)
	}{
		// Excel on a Chinese Windows: “CSV (逗号分隔)” is GBK with CRLF.
		{"GBK CSV", func(t *testing.T, src, dst string) { writeCSV(t, src, dst, gbkCRLF) }},
		// Excel: “CSV UTF-8 (逗号分隔)”.
		{"UTF-8 CSV with BOM", func(t *testing.T, src, dst string) {
			writeCSV(t, src, dst, func(b []byte) []byte { return append([]byte("\xef\xbb\xbf"), crlf(b)...) })
		}},
		{"XLSX", writeXLSX},
	}
	for _, form := range forms {
		t.Run(form.name, func(t *testing.T) {
			// A folder named in Chinese, as staff name theirs.
			dir := filepath.Join(t.TempDir(), "检查数据", "各轮表格")
			convertRounds(t, "../../rounds", dir, form.convert)
			got := buildSite(t, dir)
			comparePages(t, want, got)
		})
	}
}

// convertRounds copies a rounds folder, converting each .csv with convert.
func convertRounds(t *testing.T, src, dst string, convert func(t *testing.T, src, dst string)) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if strings.HasSuffix(path, ".csv") {
			convert(t, path, target)
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func crlf(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n")) }

func gbkCRLF(b []byte) []byte {
	out, err := simplifiedchinese.GBK.NewEncoder().Bytes(crlf(b))
	if err != nil {
		panic("the sample has a character GBK lacks: " + err.Error())
	}
	return out
}

func writeCSV(t *testing.T, src, dst string, encode func([]byte) []byte) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, encode(b), 0o644); err != nil {
		t.Fatal(err)
	}
}

// writeXLSX saves a CSV as Excel would after staff pasted it in: a title
// row above the header, and numbers stored as numbers wherever Excel would
// show them unchanged (codes, counts, scores without a trailing zero) —
// the rest as text.
func writeXLSX(t *testing.T, src, dst string) {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	cr := csv.NewReader(in)
	cr.FieldsPerRecord = -1
	rows, err := cr.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	f := excelize.NewFile()
	defer f.Close()
	ws := f.GetSheetName(0)
	f.SetCellStr(ws, "A1", "附件 "+strings.TrimSuffix(filepath.Base(src), ".csv"))
	for r, row := range rows {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+2)
			var err error
			if n, perr := strconv.ParseFloat(v, 64); perr == nil && strconv.FormatFloat(n, 'f', -1, 64) == v && len(v) < 16 {
				err = f.SetCellFloat(ws, cell, n, -1, 64)
			} else {
				err = f.SetCellStr(ws, cell, v)
			}
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := f.SaveAs(strings.TrimSuffix(dst, ".csv") + ".xlsx"); err != nil {
		t.Fatal(err)
	}
}

func comparePages(t *testing.T, want, got string) {
	t.Helper()
	files := map[string]bool{}
	filepath.WalkDir(want, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || asGiven(d.Name()) {
			return err
		}
		rel, _ := filepath.Rel(want, path)
		files[rel] = true
		if g, err := os.ReadFile(filepath.Join(got, rel)); err != nil || string(g) != readFile(t, path) {
			t.Errorf("%s differs from the UTF-8 build", rel)
		}
		return nil
	})
	filepath.WalkDir(got, func(path string, d fs.DirEntry, err error) error {
		if rel, _ := filepath.Rel(got, path); err == nil && !d.IsDir() && !asGiven(d.Name()) && !files[rel] {
			t.Errorf("%s exists only in this build", rel)
		}
		return err
	})
	if len(files) < 100 {
		t.Errorf("only %d files compared", len(files))
	}
}

// tenMistakes is a round with ten different mistakes across its files.
var tenMistakes = map[string]string{
	"units.csv": "单位名称,统一社会信用代码\r\n示例市教育局,914403001922038217\r\n示例市体育局,\r\n",
	"2024Q3/round.md": "---\ntitle: 通报\npublished: 2024-13-01\nwebsites_total: 3\n---\n" +
		"如有疑问请联系 13812345678。\n",
	"2024Q3/summary.csv": "指标,数值\n网站总数,4\n",
	"2024Q3/websites.csv": "附件1 2024年第三季度政府网站检查结果,,,,\n" +
		"网站标识码,网站名称,主办单位,首页地址,检查结果\n" +
		"123,示例教育网,示例市教育局,https://jyj.example.gov.cn/,合格\n" +
		"4213900002,示例体育网,示例市体育局,ftp://ty.example.gov.cn,合格\n" +
		"4213900003,示例招生网,示例市教育局,,优秀\n",
	"2024Q3/accounts.csv": "备案单号,账号名称,平台,开设主体,运行状态,检查结果\n" +
		"1001,示例教育,微信公众号,示例市教育局,,\n" +
		"1002,示例体育,抖音,示例市体育局,,合格\n" +
		"1002,示例体育号,快手,示例市体育局,,合格\n" +
		"1003,示例招生,微博,示例市教育局,僵尸号,合格\n",
}

// Ten mistakes give ten located messages in Chinese in one run, exit code
// 1, and the previous site stays as it was.
func TestTenMistakesInOneRun(t *testing.T) {
	out := buildSite(t, "../../testdata/reference/suizhou")
	before := snapshot(t, out)
	dir := t.TempDir()
	writeFiles(t, dir, tenMistakes)
	var stderr bytes.Buffer
	code := Run([]string{"build", "--quiet", "--site", "../..", "--rounds", dir, "--out", out}, &bytes.Buffer{}, &stderr)
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, stderr.String())
	}
	var errors []string
	for _, line := range strings.Split(stderr.String(), "\n") {
		if strings.HasPrefix(line, "错误 ") {
			errors = append(errors, strings.ReplaceAll(line, dir+string(filepath.Separator), ""))
		}
	}
	want := []string{
		"错误 2024Q3/accounts.csv:2:检查结果: 账号“示例教育”应检查但没有检查结果",
		"错误 2024Q3/accounts.csv:4:备案单号: 备案单号“1002”在本轮已出现在第 3 行",
		"错误 2024Q3/accounts.csv:5:运行状态: 运行状态“僵尸号”无法识别",
		"错误 2024Q3/round.md:published: 发布日期（published）“2024-13-01”不是有效日期",
		"错误 2024Q3/round.md:6: 通报中有手机号码 138****5678",
		"错误 2024Q3/summary.csv:2:数值: 网站总数 4 与 round.md 的 websites_total 3 不一致",
		"错误 2024Q3/websites.csv:3:网站标识码: 网站标识码“123”不是 10 位",
		"错误 2024Q3/websites.csv:4:首页地址: 首页地址“ftp://ty.example.gov.cn”不是 http(s) 网址",
		"错误 2024Q3/websites.csv:5:检查结果: 检查结果“优秀”无法识别",
		"错误 units.csv:2:统一社会信用代码: 统一社会信用代码“914403001922038217”的校验位（第 18 位）应为“6”",
	}
	if len(errors) != len(want) {
		t.Errorf("%d errors, want %d:\n%s", len(errors), len(want), stderr.String())
	}
	for i := range min(len(errors), len(want)) {
		if !strings.HasPrefix(errors[i], want[i]) || !strings.Contains(errors[i], " —— ") {
			t.Errorf("error %d = %q\nwant prefix %q and a fix after “——”", i+1, errors[i], want[i])
		}
	}
	if paths := touched(t, out, before); len(paths) > 0 {
		t.Errorf("the failed build changed the previous site: %q", paths)
	}
}

// check --json gives the same list as the text report, for tools.
func TestCheckJSON(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, tenMistakes)
	var text, stdout, stderr bytes.Buffer
	Run([]string{"check", "--quiet", "--rounds", dir}, &bytes.Buffer{}, &text)
	code := Run([]string{"check", "--json", "--rounds", dir}, &stdout, &stderr)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	var rep struct {
		Errors, Warnings int
		Problems         []struct{ Severity, File, Col, Message, Fix, Text string }
	}
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("%v\n%s", err, stdout.String())
	}
	if rep.Errors != 10 || len(rep.Problems) != rep.Errors+rep.Warnings || rep.Problems[0].Severity != "error" {
		t.Errorf("report: %d errors, %d warnings, %d problems", rep.Errors, rep.Warnings, len(rep.Problems))
	}
	for _, p := range rep.Problems {
		if !strings.Contains(text.String(), p.Text+"\n") {
			t.Errorf("the text report lacks %q", p.Text)
		}
	}
}

func TestCheckJSONClean(t *testing.T) {
	var stdout bytes.Buffer
	if code := Run([]string{"check", "--json", "--rounds", "../../testdata/reference/suizhou"}, &stdout, &bytes.Buffer{}); code != 0 {
		t.Errorf("exit %d", code)
	}
	if !strings.Contains(stdout.String(), `"errors": 0`) {
		t.Errorf("stdout = %s", stdout.String())
	}
}
