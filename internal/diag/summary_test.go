package diag

import (
	"strings"
	"testing"
)

// A round copied from the last has a thousand rows without a result: the
// console shows the first few of that kind in each file and one line for
// the rest; errors and other kinds are all shown.
func TestLinesSummarizeWarningsOfOneKind(t *testing.T) {
	l := &List{}
	for row := 2; row <= 1010; row++ {
		l.Warnf("2025Q1/accounts.xlsx", row, "检查结果", "填写 合格 或 不合格", "账号应检查但没有检查结果")
	}
	for row := 2; row <= 4; row++ {
		l.Warnf("2025Q1/websites.xlsx", row, "检查结果", "填写 合格 或 不合格", "网站没有检查结果")
	}
	l.Warnf("2025Q1/accounts.xlsx", 7, "平台", "改为 微信公众号", "平台“微信”不明确")
	l.Errorf("2025Q1/accounts.xlsx", 9, "备案单号", "删去重复的一行", "备案单号重复")
	lines := l.Lines(3, "用 zwgk check --json 查看全部")
	want := []string{
		"错误 2025Q1/accounts.xlsx:9:备案单号: 备案单号重复 —— 删去重复的一行",
		"警告 2025Q1/accounts.xlsx:2:检查结果: 账号应检查但没有检查结果 —— 填写 合格 或 不合格",
		"警告 2025Q1/accounts.xlsx:3:检查结果: 账号应检查但没有检查结果 —— 填写 合格 或 不合格",
		"警告 2025Q1/accounts.xlsx:4:检查结果: 账号应检查但没有检查结果 —— 填写 合格 或 不合格",
		"警告 2025Q1/accounts.xlsx:7:平台: 平台“微信”不明确 —— 改为 微信公众号",
		"警告 2025Q1/accounts.xlsx:检查结果: 同类警告还有 1006 处（第 5–1010 行），不再逐条列出 —— 用 zwgk check --json 查看全部",
		"警告 2025Q1/websites.xlsx:2:检查结果: 网站没有检查结果 —— 填写 合格 或 不合格",
		"警告 2025Q1/websites.xlsx:3:检查结果: 网站没有检查结果 —— 填写 合格 或 不合格",
		"警告 2025Q1/websites.xlsx:4:检查结果: 网站没有检查结果 —— 填写 合格 或 不合格",
	}
	if got := strings.Join(lines, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("lines:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
}
