package rounds

import (
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/model"

	"github.com/zwgk/zwgk/internal/txtartest"
)

// Rows the 通报 names for problems without stating a result are 未判定;
// a row without 主办单位 or 开设主体 is kept, with a warning.
func TestUndeterminedAndUnitlessRowsAreKept(t *testing.T) {
	dir := txtartest.Dir(t, `
-- 2025Q1/round.md --
---
title: 通报
published: 2025-04-10
---
-- 2025Q1/websites.csv --
网站名称,主办单位,检查结果,存在问题
示例网,示例市教育局,未判定,部分栏目更新不及时
无主网,,,部分链接无法正常访问
-- 2025Q1/accounts.csv --
账号名称,平台,开设主体,检查结果,存在问题
西津发布,微信公众号,,,3个月内无原创信息
示例教育,抖音,示例市教育局,待定,
`)
	ds, _, problems := LoadWithErrors(dir, true)
	if problems.HasErrors() {
		t.Fatalf("load failed: %v", problems.Sorted())
	}
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
	var got []string
	for _, p := range problems.Sorted() {
		got = append(got, p.String())
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{"网站“无主网”的主办单位为空", "账号“西津发布”的开设主体为空"} {
		if !strings.Contains(all, want) {
			t.Errorf("problems lack %q:\n%s", want, all)
		}
	}
	if e, _ := problems.Count(); e != 0 {
		t.Errorf("errors: %s", all)
	}
}

// A blank result without problems is still a mistake: nothing says why the
// website is listed.
func TestBlankResultWithoutProblemsIsAnError(t *testing.T) {
	dir := txtartest.Dir(t, `
-- 2025Q1/round.md --
---
title: 通报
published: 2025-04-10
---
-- 2025Q1/websites.csv --
网站名称,主办单位,检查结果,存在问题
示例网,示例市教育局,,
`)
	_, _, problems := LoadWithErrors(dir, true)
	if e, _ := problems.Count(); e != 1 {
		t.Errorf("want one error, got %v", problems.Sorted())
	}
}
