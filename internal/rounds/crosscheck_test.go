package rounds

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"

	"github.com/zwgk/zwgk/internal/txtartest"
)

// problemText gives every problem as a line, paths relative to dir.
func problemText(dir string, problems *diag.List) string {
	var b strings.Builder
	for _, p := range problems.Sorted() {
		b.WriteString(strings.ReplaceAll(p.String(), dir+string(filepath.Separator), ""))
		b.WriteString("\n")
	}
	return b.String()
}

// load writes archive, a txtar, as a rounds folder and loads it with its
// drafts; text is its problems as problemText gives them. A round folder
// the archive gives no round.md gets one that says only "title: 通报",
// so that a test of the sheets shows the sheets alone.
func load(t *testing.T, archive string) (ds *model.Dataset, problems *diag.List, text string) {
	t.Helper()
	dir := txtartest.Dir(t, archive)
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		md := filepath.Join(dir, e.Name(), "round.md")
		if _, err := os.Stat(md); e.IsDir() && os.IsNotExist(err) {
			txtartest.WriteFile(t, md, []byte("---\ntitle: 通报\n---\n"))
		}
	}
	ds, _, problems = LoadWithErrors(dir, true)
	return ds, problems, problemText(dir, problems)
}

// expectAll fails the test for each of wants that text does not contain.
func expectAll(t *testing.T, text string, wants ...string) {
	t.Helper()
	for _, want := range wants {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in:\n%s", want, text)
		}
	}
}

func TestLoadCrossFileChecks(t *testing.T) {
	_, _, text := load(t, `
-- units.csv --
单位名称,统一社会信用代码,别名
示例市教育局,11999900MB1234567X,
示例市卫生健康委员会,914403001922038216,
示例市体育局,914403001922038217,
示例市公安局,9.14403E+17,
示例市文化和旅游局,914403001922038000,
-- 2024Q2/websites.csv --
网站标识码,网站名称,主办单位,检查结果
4213900001,示例教育网,示例市教育局,合格
-- 2024Q2/accounts.csv --
备案单号,账号名称,平台,开设主体,检查结果
626636,示例卫生健康,微信公众号,示例市卫生健康委员会,合格
-- 2024Q3/websites.csv --
网站标识码,网站名称,主办单位,检查结果
4213900001,示例市教育网,示例市教肓局,合格
4.2139E+09,示例招生网,示例市教育局,合格
-- 2024Q3/accounts.csv --
备案单号,账号名称,平台,开设主体,检查结果
626636,健康示例,微信公众号,示例市卫健委,合格
626636,示例卫健,抖音,示例市卫生健康委员会,合格
1001,示例公安,微信,示例市交通运输局,合格
-- 2024Q3/~$websites.xlsx --
-- 2024Q3/accounts.xlsx --
-- 2024Q3/summary.ods --
`)
	expectAll(t, text,
		"错误 units.csv:2:统一社会信用代码: 统一社会信用代码“11999900MB1234567X”的校验位（第 18 位）应为",
		"错误 units.csv:4:统一社会信用代码: 统一社会信用代码“914403001922038217”的校验位（第 18 位）应为“6”，多半是有一位抄错了 —— 核对单位的统一社会信用代码证书；不知道时留空",
		"错误 units.csv:5:统一社会信用代码: 统一社会信用代码“9.14403E+17”被 Excel 当成了数字",
		"错误 units.csv:6:统一社会信用代码: 统一社会信用代码“914403001922038000”的校验位（第 18 位）应为“1”，多半是有一位抄错了 —— Excel 把 18 位数字当成数字时只保留前 15 位",
		"错误 2024Q3/websites.csv:3:网站标识码: 网站标识码“4.2139E+09”被 Excel 当成了数字，已经不是原来的标识码 —— 在 Excel 中把这一列设为“文本”格式",
		"错误 2024Q3/accounts.csv:3:备案单号: 备案单号“626636”在本轮已出现在第 2 行（账号“示例卫健”）",
		"错误 2024Q3/summary.ods: 无法读取 .ods 格式的表格 —— 在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）或 CSV",
		"错误 2024Q3/websites.csv:2:主办单位: 单位“示例市教肓局”不在 units.csv 中，与名录中的“示例市教育局”只差一个字 —— 改成“示例市教育局”",
		"警告 2024Q3/accounts.csv:2:开设主体: 单位“示例市卫健委”不在 units.csv 中 —— 是不是“示例市卫生健康委员会”？",
		"警告 2024Q3/accounts.csv:4:开设主体: 单位“示例市交通运输局”不在 units.csv 中 —— 在 units.csv 中补上这个单位",
		"警告 2024Q3/accounts.csv:2:账号名称: 备案单号“626636”的账号名称由 2024Q2 的“示例卫生健康”变为“健康示例”，按同一个账号的变更处理",
		"警告 2024Q3/websites.csv:2:网站名称: 网站标识码“4213900001”的网站名称由 2024Q2 的“示例教育网”变为“示例市教育网”",
		"错误 2024Q3/accounts.xlsx: 同一张表有两个文件：accounts.csv 和 accounts.xlsx —— 只保留一份",
	)
	for _, unwanted := range []string{"~$websites.xlsx", "units.csv:3:", "开设主体由"} {
		if strings.Contains(text, unwanted) {
			t.Errorf("unexpected %q", unwanted)
		}
	}
	if t.Failed() {
		t.Log("\n" + text)
	}
}

func TestClosestName(t *testing.T) {
	known := map[string]string{
		"示例市教育局": "示例市教育局", "市教育局": "示例市教育局",
		"示例市体育局":     "示例市体育局",
		"示例市卫生健康委员会": "示例市卫生健康委员会",
		"示例市青山区人民政府": "示例市青山区人民政府", "示例市东湖区人民政府": "示例市东湖区人民政府",
	}
	tests := []struct{ in, want string }{
		{"示例市教肓局", "示例市教育局"},     // one character off
		{"示例市教育局局", "示例市教育局"},    // one too many
		{"示例市卫健委", "示例市卫生健康委员会"}, // an abbreviation
		{"青山区政府", "示例市青山区人民政府"},  // an abbreviation
		{"示例市公安局", ""},           // two characters off is another unit
		{"人民政府", ""},             // as close to several units: no guess
		{"示例市文化和旅游局", ""},
	}
	for _, tt := range tests {
		if got := closestName(tt.in, known); got != tt.want {
			t.Errorf("closestName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Staff sheets: a title above the header, spaces in headers, CRLF, a note
// line below the table — and the same round as an Excel workbook with a
// merged unit column.
func TestLoadSheetsAsStaffHaveThem(t *testing.T) {
	dir := txtartest.Dir(t, strings.ReplaceAll(`
-- 2024Q3/round.md --
---
title: 通报
---
-- 2024Q3/websites.csv --
附件1,,
2024年第三季度政府网站检查结果,,
网站 名称,　主办单位,检查结果,
示例网,示例市教育局,合格,
示例二网,示例市教育局,不 合格,
,,,
注：检查结果以省政府办公厅通报为准。,,,
`, "\n", "\r\n"))
	f := excelize.NewFile()
	rows := [][]any{
		{"附件2 政务新媒体检查结果"},
		{"备案单号", "账号名称", "平台", "开设主体", "检查结果", "得分"},
		{626636, "示例教育", "微信（公众号）", "示例市教育局", "合格", 93.6},
		{"626637", "示例教育", "抖音号", nil, "合格", "88"},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	f.MergeCell("Sheet1", "A1", "F1")
	f.MergeCell("Sheet1", "D3", "D4")
	if err := f.SaveAs(filepath.Join(dir, "2024Q3", "accounts.xlsx")); err != nil {
		t.Fatal(err)
	}
	ds, _, problems := LoadWithErrors(dir, true)
	if problems.HasErrors() {
		t.Fatalf("load failed:\n%s", problemText(dir, problems))
	}
	text := problemText(dir, problems)
	if want := "警告 2024Q3/websites.csv:7: 表格下方的“注：检查结果以省政府办公厅通报为准。”看起来是说明或合计"; !strings.Contains(text, want) || strings.Count(text, "错误") != 0 {
		t.Errorf("problems:\n%s\nwant no error and %q", text, want)
	}
	r := ds.Rounds[0]
	if len(r.Websites) != 2 || r.Websites[1].Pos.Row != 5 || r.Websites[1].Result.String() != "不合格" {
		t.Errorf("websites = %+v", r.Websites)
	}
	if len(r.Accounts) != 2 {
		t.Fatalf("accounts = %+v", r.Accounts)
	}
	a := r.Accounts[1]
	if a.FilingNo != "626637" || a.Unit != "示例市教育局" || a.Platform != "抖音" || a.Pos.Row != 4 || r.Accounts[0].Score != "93.6" || r.Accounts[0].SubType != "公众号" {
		t.Errorf("accounts = %+v", r.Accounts)
	}
	if _, err := os.Stat(filepath.Join(dir, "2024Q3", "accounts.xlsx")); err != nil {
		t.Fatal(err)
	}
}

func TestIsNoteRow(t *testing.T) {
	tests := []struct {
		cells []string
		want  bool
	}{
		{[]string{"注：检查结果以省政府办公厅通报为准。"}, true},
		{[]string{"注1.得分为百分制", "注1.得分为百分制", "注1.得分为百分制"}, true}, // merged across the row
		{[]string{"说明：", ""}, true},
		{[]string{"合计", "", "69"}, true}, // a totals row
		{[]string{"", "总计", "1,012"}, true},
		{[]string{"合计"}, true},
		{[]string{"填表人：张三"}, true},
		{[]string{"注册会计师协会"}, false}, // a unit of units.csv with only its name
		{[]string{"说明书网"}, false},
		{[]string{"示例网", "示例局", "合格"}, false},
	}
	for _, tt := range tests {
		if got := isNoteRow(tt.cells); got != tt.want {
			t.Errorf("isNoteRow(%q) = %v, want %v", tt.cells, got, tt.want)
		}
	}
}

// A rename the 备注 explains by naming the earlier name is confirmed and not
// warned about; one it does not explain still is. (The sample's 626636
// rename is of the first kind, so the sample builds without warnings.)
func TestRenameExplainedInNote(t *testing.T) {
	_, _, text := load(t, `
-- 2024Q2/accounts.csv --
备案单号,账号名称,平台,开设主体,检查结果
626636,示例卫生健康,微信公众号,示例市卫生健康委员会,合格
1001,示例教育,微信公众号,示例市教育局,合格
-- 2024Q3/accounts.csv --
备案单号,账号名称,平台,开设主体,检查结果,备注
626636,健康示例,微信公众号,示例市卫生健康委员会,合格,原账号名称“示例卫生健康”，本季度更名
1001,教育示例,微信公众号,示例市教育局,合格,本季度更名
`)
	if strings.Contains(text, "626636") {
		t.Errorf("a rename explained in 备注 is warned about:\n%s", text)
	}
	if want := "警告 2024Q3/accounts.csv:3:账号名称: 备案单号“1001”的账号名称由 2024Q2 的“示例教育”变为“教育示例”"; !strings.Contains(text, want) {
		t.Errorf("missing %q in\n%s", want, text)
	}
}
