package rounds

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
	"github.com/zwgk/zwgk/internal/sheet"
	"github.com/zwgk/zwgk/internal/txtartest"
)

func TestPeriodOf(t *testing.T) {
	for id, want := range map[string]string{
		"2025Q1": "2025年第一季度", "2024Q4": "2024年第四季度", "2025H1": "2025年上半年", "2025H2": "2025年下半年",
		"2025": "2025年", "2021-2": "2021年第二次", "2021-12": "2021年第十二次", "第三季度": "第三季度",
	} {
		if got := periodOf(id); got != want {
			t.Errorf("periodOf(%q) = %q, want %q", id, got, want)
		}
	}
}

func TestCarryOverAndSkeleton(t *testing.T) {
	dir := txtartest.Dir(t, `
-- 2024Q4/round.md --
---
title: 关于示例市2024年第四季度政府网站与政务新媒体检查情况的通报
issuer: 示例市人民政府办公室
rate_decimals: 1
sample: true
---
正文
-- 2024Q4/websites.csv --
网站标识码,网站名称,主办单位,网站类型,首页地址,检查结果,得分,存在问题
4213900001,示例教育网,示例市教育局,部门网站,https://jyj.example.gov.cn/,不合格,55,栏目不更新
-- 2024Q4/accounts.csv --
备案单号,账号名称,平台,开设主体,运行状态,检查结果
1001,示例教育,微信（公众号）,示例市教育局,新开设,合格
1002,示例体育,抖音,示例市体育局,已注销,
1003,示例百家,百家号,示例市体育局,暂停更新,合格
`)
	last, problems := ReadRound(filepath.Join(dir, "2024Q4"))
	if problems.HasErrors() {
		t.Fatal(problems.Sorted())
	}
	websites, accounts := CarryOver(last)
	if want := [][]string{{"4213900001", "示例教育网", "示例市教育局", "部门网站", "https://jyj.example.gov.cn/"}}; !reflect.DeepEqual(websites, want) {
		t.Errorf("websites = %q", websites)
	}
	if want := [][]string{{"1001", "示例教育", "微信公众号", "示例市教育局", "正常运行"}, {"1003", "示例百家", "百家号", "示例市体育局", "暂停更新"}}; !reflect.DeepEqual(accounts, want) {
		t.Errorf("accounts = %q", accounts)
	}

	md := RoundSkeleton("2025Q1", &last)
	p := filepath.Join(t.TempDir(), "round.md")
	if err := os.WriteFile(p, []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
	l := &diag.List{}
	meta, _, ok := readRoundMD(p, l)
	if !ok || len(l.Problems) != 0 {
		t.Fatalf("skeleton does not read cleanly: %v\n%s", l.Sorted(), md)
	}
	one := 1
	want := model.Meta{Title: "关于示例市2025年第一季度政府网站与政务新媒体检查情况的通报", Period: "2025年第一季度",
		Issuer: "示例市人民政府办公室", Topic: "政务公开", RateDecimals: &one, Draft: true, Sample: true}
	if !reflect.DeepEqual(meta, want) {
		t.Errorf("meta = %+v\nwant %+v", meta, want)
	}
	if first := RoundSkeleton("2025Q1", nil); !strings.Contains(first, `title: "关于2025年第一季度政府网站与政务新媒体检查情况的通报"`) {
		t.Errorf("skeleton without a last round:\n%s", first)
	}
}

// A new round starts from the latest round before it: its websites and
// running accounts, results empty, and a draft round.md.
func TestStartRound(t *testing.T) {
	dir := txtartest.Dir(t, `
-- 2024Q3/round.md --
---
title: 一轮更早的，不是上一轮
---
-- 2024Q4/round.md --
---
title: 关于示例市2024年第四季度政府网站与政务新媒体检查情况的通报
---
-- 2024Q4/websites.csv --
网站名称,主办单位,检查结果
示例教育网,示例市教育局,合格
示例体育网,示例市体育局,不合格
-- 2024Q4/accounts.csv --
账号名称,平台,开设主体,运行状态,检查结果
示例教育,抖音,示例市教育局,正常运行,合格
示例体育,抖音,示例市体育局,已关停,
-- 2026Q1/round.md --
---
title: 以后的一轮，不是上一轮
---
`)
	started, problems, err := StartRound(dir, "2025Q1")
	if err != nil || problems != nil {
		t.Fatalf("StartRound: %v %v", err, problems)
	}
	if want := (Started{Dir: filepath.Join(dir, "2025Q1"), From: "2024Q4", Websites: 2, Accounts: 1}); started != want {
		t.Errorf("started = %+v, want %+v", started, want)
	}
	// Column 1 holds 网站名称 and 账号名称: the result columns stay empty.
	names := func(base string) []string {
		tab, err := sheet.Read(filepath.Join(started.Dir, base+".xlsx"))
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, rec := range tab.Records {
			names = append(names, rec.Cell(1))
		}
		return names
	}
	if got := names("websites"); !reflect.DeepEqual(got, []string{"示例教育网", "示例体育网"}) {
		t.Errorf("websites %q", got)
	}
	if got := names("accounts"); !reflect.DeepEqual(got, []string{"示例教育"}) {
		t.Errorf("accounts %q", got)
	}
	r, problems := ReadRound(started.Dir)
	if !r.Meta.Draft || r.Meta.Title != "关于示例市2025年第一季度政府网站与政务新媒体检查情况的通报" {
		t.Errorf("meta = %+v", r.Meta)
	}
	if errs, _ := problems.Count(); errs != 3 {
		t.Errorf("%d errors, want 3 (the results to fill in): %v", errs, problems.Sorted())
	}

	for _, tc := range []struct{ id, want string }{
		{"2025Q1", filepath.Join(dir, "2025Q1") + " 已经存在 —— 换一个轮次，或先删去这个文件夹"},
		{"2025第一季度", "2025第一季度"},
	} {
		if _, _, err := StartRound(dir, tc.id); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("StartRound(%q): %v, want %q", tc.id, err, tc.want)
		}
	}
}

// A last round with errors would copy them into the new sheets: the new
// round is not made, and the problems come back to be printed.
func TestStartRoundAfterRoundWithErrors(t *testing.T) {
	dir := txtartest.Dir(t, `
-- 2024Q4/round.md --
---
title: t
---
-- 2024Q4/websites.csv --
网站名称,主办单位,检查结果
示例网,示例单位,优秀
`)
	_, problems, err := StartRound(dir, "2025Q1")
	if want := "上一轮 2024Q4 的数据有错误 —— 请先改正，新一轮的表格从上一轮复制"; err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
	if problems == nil || !strings.Contains(problems.Sorted()[0].Msg, "优秀") {
		t.Errorf("problems = %v", problems)
	}
	if _, err := os.Stat(filepath.Join(dir, "2025Q1")); !os.IsNotExist(err) {
		t.Errorf("the new round's folder was made: %v", err)
	}
}
