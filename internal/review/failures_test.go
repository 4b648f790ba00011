package review

import (
	"reflect"
	"testing"

	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/figures/figurestest"
	"github.com/zwgk/zwgk/internal/txtartest"
)

// Two rounds in which every kind of failure occurs once.
const twoRounds = `
-- units.csv --
单位名称,单位类别,别名
示例市甲局,市直部门,甲局
示例市乙局,市直部门,
-- 2024Q1/round.md --
---
title: 第一季度通报
period: 2024年第一季度
---
-- 2024Q1/websites.csv --
网站标识码,网站名称,主办单位,检查结果,存在问题
9999000001,甲局网站,示例市甲局,不合格,栏目不更新
9999000002,乙局网站,示例市乙局,不合格,链接错误
,丙网站,示例市乙局,合格,
-- 2024Q1/accounts.csv --
备案单号,账号名称,平台,开设主体,运行状态,检查结果,存在问题
100,甲局发布,微信公众号,示例市甲局,正常运行,不合格,长期不更新
200,乙局发布,抖音,示例市乙局,正常运行,不合格,互动差
300,乙局微博,新浪微博,示例市乙局,正常运行,不合格,错别字
-- 2024Q2/round.md --
---
title: 第二季度通报
period: 2024年第二季度
---
-- 2024Q2/websites.csv --
网站标识码,网站名称,主办单位,检查结果,存在问题
9999000001,甲局网站（新名）,甲局,不合格,栏目不更新
9999000002,乙局网站,示例市乙局,合格,
,丙网站,示例市乙局,不合格,首页打不开
-- 2024Q2/accounts.csv --
备案单号,账号名称,平台,开设主体,运行状态,检查结果,存在问题
100,甲局发布,微信公众号,示例市甲局,正常运行,不合格,长期不更新
200,乙局发布,抖音,示例市乙局,已关停,,
400,乙局服务,微信公众号,示例市乙局,新开设,不合格,无法访问
`

func TestNewestFailures(t *testing.T) {
	dir := t.TempDir()
	txtartest.Write(t, dir, twoRounds)
	_, f := figurestest.Compute(t, dir)
	got := newestFailures(f)
	want := Failures{
		Round: "2024年第二季度", Previous: "2024年第一季度",
		New: []Failure{
			{Kind: "网站", Name: "丙网站", Unit: "示例市乙局", Problems: []string{"首页打不开"}},
			{Kind: "新媒体", Name: "乙局服务", Platform: "微信（公众号）", Unit: "示例市乙局", Problems: []string{"无法访问"}},
		},
		Repeat: []Failure{
			// Known by its 网站标识码 under its new name, and by the
			// unit's name in units.csv rather than the alias the row uses.
			{Kind: "网站", Name: "甲局网站（新名）", Unit: "示例市甲局", Problems: []string{"栏目不更新"}, Streak: 2},
			{Kind: "新媒体", Name: "甲局发布", Platform: "微信（公众号）", Unit: "示例市甲局", Problems: []string{"长期不更新"}, Streak: 2},
		},
		Fixed: []Failure{
			{Kind: "网站", Name: "乙局网站", Unit: "示例市乙局", Problems: []string{"链接错误"}, Status: figures.RecheckFixed},
		},
		Other: []Failure{
			{Kind: "新媒体", Name: "乙局发布", Platform: "抖音", Unit: "示例市乙局", Problems: []string{"互动差"}, Status: figures.RecheckClosed},
			{Kind: "新媒体", Name: "乙局微博", Platform: "新浪微博", Unit: "示例市乙局", Problems: []string{"错别字"}, Status: figures.RecheckUnlisted},
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}

	t.Run("a single round has only new failures", func(t *testing.T) {
		one := *f
		one.Rounds = f.Rounds[:1]
		got := newestFailures(&one)
		if got.Previous != "" || len(got.New) != 5 || got.Repeat != nil || got.Fixed != nil || got.Other != nil {
			t.Errorf("got %+v", got)
		}
	})
}
