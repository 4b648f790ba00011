package rounds

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/model"

	"github.com/zwgk/zwgk/internal/txtartest"
)

const goodRound = `
-- units.csv --
单位名称,单位类别,所属地区,别名
示例市教育局,市直部门,市本级,市教育局
-- 2024Q3/round.md --
---
title: 第三季度通报
published: 2024-10-08
---
正文
-- 2024Q3/websites.csv --
site_code,Site_Name , unit,result,score,problems
9900000001,示例教育网,示例市教育局,合格,98.5,
9900000002,示例招生网,市教育局,不合格,55,首页不能访问；栏目不更新
-- 2024Q3/accounts.csv --
备案单号,账号名称,平台,开设主体,运行状态,检查结果
1001,示例教育,微信公众号,示例市教育局,,合格
1002,示例教育,抖音,示例市教育局,已注销,
`

func TestLoadAcceptsAliasesAndNormalizes(t *testing.T) {
	ds, _, problems := LoadWithErrors(txtartest.Dir(t, goodRound), true)
	if problems.HasErrors() {
		t.Fatalf("load failed: %v", problems.Sorted())
	}
	if e, w := problems.Count(); e+w != 0 {
		t.Errorf("unexpected problems: %v", problems.Sorted())
	}
	r := ds.Rounds[0]
	if len(r.Websites) != 2 || r.Websites[1].Result != model.Fail || len(r.Websites[1].Problems) != 2 {
		t.Errorf("websites = %+v", r.Websites)
	}
	a := r.Accounts
	if a[0].Platform != "微信" || a[0].SubType != "公众号" || a[0].Status != model.StatusRunning || a[1].Active() {
		t.Errorf("accounts = %+v", a)
	}
	if r.Meta.Published != "2024-10-08" {
		t.Errorf("published = %q", r.Meta.Published)
	}
}

// Every mistake is reported with file, row and column, all in one run.
func TestLoadLocatesEveryProblem(t *testing.T) {
	dir := txtartest.Dir(t, `
-- 2024Q3/round.md --
---
title: 通报
published: 2024-13-01
---
-- 2024Q3/websites.csv --
网站标识码,网站名称,主办单位,首页地址,检查结果
123,示例网,示例市教育局,ftp://x,合格
9900000002,,示例市教育局,,良好
9900000003,示例网三,示例市教育局,,合格
9900000003,示例网三,示例市教育局,,合格
-- 2024Q3/accounts.csv --
账号名称,平台,开设主体
示例,微信,示例市教育局
`)
	_, _, problems := LoadWithErrors(dir, true)
	if !problems.HasErrors() {
		t.Fatal("load should fail")
	}
	var got []string
	for _, p := range problems.Sorted() {
		got = append(got, strings.TrimPrefix(p.String(), "错误 "+dir+string(filepath.Separator)))
	}
	want := []string{
		"2024Q3/accounts.csv:2:检查结果: 账号“示例”应检查但没有检查结果",
		"2024Q3/round.md:published: 发布日期（published）“2024-13-01”不是有效日期",
		"2024Q3/websites.csv:2:网站标识码: 网站标识码“123”不是 10 位",
		"2024Q3/websites.csv:2:首页地址: 首页地址“ftp://x”不是 http(s) 网址",
		"2024Q3/websites.csv:3:网站名称: 网站名称为空",
		"2024Q3/websites.csv:3:检查结果: 检查结果“良好”无法识别",
		"2024Q3/websites.csv:5:网站名称: 网站“示例网三”在本轮已出现在第 4 行",
	}
	if len(got) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("problem %d = %q, want prefix %q", i, got[i], want[i])
		}
		if !strings.Contains(got[i], " —— ") {
			t.Errorf("problem %d says no fix: %q", i, got[i])
		}
	}
}

func TestLoadReportsMissingColumnsAndUnknownUnits(t *testing.T) {
	_, _, text := load(t, `
-- units.csv --
单位名称
示例市教育局
-- 2024Q3/websites.csv --
网站名称,主办单位,附加列
示例网,示例市公安局,x
-- 2024Q3/accounts.csv --
账号名称,平台,开设主体,检查结果
示例,某新平台,示例市公安局,合格
`)
	expectAll(t, text,
		"websites.csv:1: 缺少必填列“检查结果”",
		"websites.csv:1:附加列: 未知的列“附加列”",
		"accounts.csv:2:平台: 平台“某新平台”不在平台列表中",
		"单位“示例市公安局”不在 units.csv 中",
	)
}

func TestRoundOrder(t *testing.T) {
	ids := []string{"2021-2", "2024Q3", "2024H1", "2024", "2023Q4", "2024Q1"}
	want := []string{"2021-2", "2023Q4", "2024Q1", "2024H1", "2024Q3", "2024"}
	keys := map[string]int{}
	for _, id := range ids {
		k, err := model.RoundOrder(id)
		if err != nil {
			t.Fatal(err)
		}
		keys[id] = k
	}
	for i := 1; i < len(want); i++ {
		if keys[want[i-1]] >= keys[want[i]] {
			t.Errorf("%s should sort before %s", want[i-1], want[i])
		}
	}
	if _, err := model.RoundOrder("第三季度"); err == nil {
		t.Error("RoundOrder accepted 第三季度")
	}
}

// Rounds are read side by side, yet problems come in folder order, a
// draft's as warnings, and the rounds in period order.
func TestLoadKeepsFolderOrderWhenReadingInParallel(t *testing.T) {
	dir := txtartest.Dir(t, `
-- 2024Q1/round.md --
---
title: 一季度通报
---
-- 2024Q1/websites.csv --
网站标识码,网站名称,主办单位,检查结果
123,一季度网,示例市教育局,合格
-- 2024Q2/round.md --
---
title: 二季度通报
draft: true
---
-- 2024Q2/accounts.csv --
账号名称,平台,开设主体,检查结果
示例,某新平台,示例市教育局,合格
-- 2024Q3/round.md --
---
title: 三季度通报
published: 2024-13-01
---
-- 2024Q3/websites.csv --
网站名称,主办单位,检查结果
三季度网,示例市教育局,合格
-- notes.txt --
x
`)
	want := []string{
		"2024Q1/websites.csv:2:网站标识码: 网站标识码“123”不是 10 位",
		"2024Q2/accounts.csv:2:平台: （草稿轮次，本次不发布）平台“某新平台”不在平台列表中",
		"2024Q3/round.md:published: 发布日期（published）“2024-13-01”不是有效日期",
		"notes.txt: 不认识的文件，未使用",
	}
	for range 5 {
		ds, drafts, problems := LoadWithErrors(dir, false)
		var text strings.Builder
		for _, p := range problems.Problems {
			text.WriteString(p.String() + "\n")
		}
		at := -1
		for _, w := range want {
			i := strings.Index(text.String(), w)
			if i <= at {
				t.Fatalf("want %q after the problems before it in:\n%s", w, text.String())
			}
			at = i
		}
		if len(drafts) != 1 || drafts[0].ID != "2024Q2" || len(ds.Rounds) != 2 || ds.Rounds[0].ID != "2024Q1" || ds.Rounds[1].ID != "2024Q3" {
			t.Errorf("drafts %v and rounds %v, want 2024Q2 and 2024Q1, 2024Q3", drafts, ds.Rounds)
		}
	}
}

// Rows the 通报 names for problems without stating a result are 未判定,
// but a blank result without problems is still a mistake: nothing says why
// the website is listed. A row without 主办单位 or 开设主体 is kept, with a
// warning.
func TestBlankResultsAndUnitlessRows(t *testing.T) {
	ds, problems, text := load(t, `
-- 2025Q1/websites.csv --
网站名称,主办单位,检查结果,存在问题
示例网,示例市教育局,未判定,部分栏目更新不及时
无主网,,,部分链接无法正常访问
空白网,示例市教育局,,
-- 2025Q1/accounts.csv --
账号名称,平台,开设主体,检查结果,存在问题
西津发布,微信公众号,,,3个月内无原创信息
示例教育,抖音,示例市教育局,待定,
`)
	if e, _ := problems.Count(); e != 1 || !strings.Contains(text, "错误 2025Q1/websites.csv:4:检查结果: 网站“空白网”没有检查结果") {
		t.Errorf("want the one error of 空白网, got:\n%s", text)
	}
	expectAll(t, text, "网站“无主网”的主办单位为空", "账号“西津发布”的开设主体为空")
	r := ds.Rounds[0]
	for i, w := range r.Websites {
		if w.Result != model.Undetermined {
			t.Errorf("website %d %s: result %v, want 未判定", i, w.Name, w.Result)
		}
	}
	if len(r.Websites) != 2 || r.Websites[1].Unit != "" {
		t.Errorf("websites = %+v", r.Websites)
	}
	if len(r.Accounts) != 2 || r.Accounts[0].Result != model.Undetermined || r.Accounts[1].Result != model.Undetermined {
		t.Errorf("accounts = %+v", r.Accounts)
	}
}

// 得分, 排名, 整改情况 and a failure without 存在问题 are read by one rule
// for websites and accounts alike.
func TestFindingsOfWebsitesAndAccounts(t *testing.T) {
	ds, _, text := load(t, `
-- 2024Q4/websites.csv --
网站名称,主办单位,检查结果,得分,排名,存在问题,整改情况,备注
示例网,示例市教育局,不合格,59.5,3,首页不能访问,已完成整改,复查合格
示例二网,示例市教育局,不合格,九十,第一,,已处理,
-- 2024Q4/accounts.csv --
账号名称,平台,开设主体,检查结果,得分,排名,存在问题,整改情况,备注
示例教育,微信公众号,示例市教育局,不合格,59.5,3,3个月内无原创信息,整改中,复查合格
示例体育,抖音,示例市体育局,不合格,九十,第一,,已处理,
`)
	want := `错误 2024Q4/accounts.csv:3:得分: 得分“九十”不是数字 —— 填写数字，如 92.5
错误 2024Q4/accounts.csv:3:排名: 排名“第一”不是正整数 —— 填写通报所列的名次，如 1
错误 2024Q4/accounts.csv:3:整改情况: 整改情况“已处理”无法识别 —— 填写 已整改、整改中、未整改、已关停、已下线 之一，或留空
错误 2024Q4/websites.csv:3:得分: 得分“九十”不是数字 —— 填写数字，如 92.5
错误 2024Q4/websites.csv:3:排名: 排名“第一”不是正整数 —— 填写通报所列的名次，如 1
错误 2024Q4/websites.csv:3:整改情况: 整改情况“已处理”无法识别 —— 填写 已整改、整改中、未整改、已关停、已下线 之一，或留空
警告 2024Q4/accounts.csv:3:存在问题: 账号“示例体育”不合格，但没有写存在问题 —— 写明不合格的原因，多个问题用“；”分隔
警告 2024Q4/websites.csv:3:存在问题: 网站“示例二网”不合格，但没有写存在问题 —— 写明不合格的原因，多个问题用“；”分隔
`
	if text != want {
		t.Errorf("problems:\n%s\nwant:\n%s", text, want)
	}
	r := ds.Rounds[0]
	if len(r.Websites) != 1 || len(r.Accounts) != 1 {
		t.Fatalf("kept %d websites and %d accounts, want the first row of each", len(r.Websites), len(r.Accounts))
	}
	w, a := r.Websites[0], r.Accounts[0]
	if w.Score != "59.5" || w.Rank != 3 || w.Rectification != "已整改" || w.Note != "复查合格" {
		t.Errorf("website = %+v, want 59.5, 3, 已整改, 复查合格", w)
	}
	if a.Score != "59.5" || a.Rank != 3 || a.Rectification != "整改中" || a.Note != "复查合格" {
		t.Errorf("account = %+v, want 59.5, 3, 整改中, 复查合格", a)
	}
}

// 连续不合格次数 is the streak a 通报 states ("连续三个季度不达标"): a
// whole number of 2 or more on a failing row, read from figures or words.
func TestLoadReadsStatedStreak(t *testing.T) {
	ds, _, text := load(t, `
-- 2023Q3/websites.csv --
网站名称,主办单位,检查结果,存在问题,连续不合格次数
甲县门户网,,不合格,长期不更新,3
乙县门户网,,不合格,长期不更新,连续三个季度
丙县门户网,,不合格,长期不更新,1
丁县门户网,,合格,,2
戊县门户网,,不合格,长期不更新,多次
-- 2023Q3/accounts.csv --
账号名称,平台,开设主体,检查结果,存在问题,streak
甲县发布,微信,,不合格,无法访问,两次
乙县发布,微信,,不合格,无法访问,
`)
	expectAll(t, text,
		"websites.csv:4:连续不合格次数: 连续不合格次数“1”不是 2 或以上的整数 —— 填写通报所说连续不合格的轮数，如“连续三个季度不达标”填 3；本轮首次不合格的留空",
		"websites.csv:5:连续不合格次数: 网站“丁县门户网”本轮没有判为不合格，却填写了连续不合格次数“2” —— 只在检查结果为不合格的行填写；核对检查结果，或删去这一格",
		"websites.csv:6:连续不合格次数: 连续不合格次数“多次”不是 2 或以上的整数",
	)
	if n := strings.Count(text, ":连续不合格次数:"); n != 3 {
		t.Errorf("want only the three problems above at 连续不合格次数, got %d:\n%s", n, text)
	}
	var got []string
	for _, w := range ds.Rounds[0].Websites {
		got = append(got, fmt.Sprintf("%s %d", w.Name, w.StatedStreak))
	}
	for _, a := range ds.Rounds[0].Accounts {
		got = append(got, fmt.Sprintf("%s %d", a.Name, a.StatedStreak))
	}
	if want := "甲县门户网 3|乙县门户网 3|甲县发布 2|乙县发布 0"; strings.Join(got, "|") != want {
		t.Errorf("rows kept with their streaks = %s, want %s", strings.Join(got, "|"), want)
	}
}
