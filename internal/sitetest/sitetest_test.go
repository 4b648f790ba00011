package sitetest

import "testing"

// One round of two websites, one failed: the round page states the
// figures as the 通报 would, the failed site is listed, and a layout in the
// archive replaces the built-in one.
func TestBuildsRoundsAndSiteFiles(t *testing.T) {
	b := Test(t, `
-- rounds/units.csv --
单位名称,单位类别
示例市教育局,市直部门
示例市西津区人民政府,区县政府
-- rounds/2024Q3/round.md --
---
title: 关于2024年第三季度政府网站检查情况的通报
---
-- rounds/2024Q3/websites.csv --
网站名称,主办单位,检查结果,存在问题
示例市教育局网,示例市教育局,合格,
西津区人民政府网,示例市西津区人民政府,不合格,首页不能正常访问
-- layouts/404.html --
找不到：测试用的 404 页
`)
	b.AssertFileContent("public/rounds/2024q3/index.html",
		"检查网站 2 个", "合格 1 个", "合格率 50.00%",
		"西津区人民政府网", "首页不能正常访问",
		"! 示例数据",
	)
	b.AssertFileContent("public/404.html", "找不到：测试用的 404 页")
	b.AssertFileExists("public/rounds/2024q3/index.html", true)
	b.AssertFileExists("public/rounds/2024q4", false)
	b.AssertFileExists("rounds/2024Q3/round.md", true)
	b.AssertFileExists("site/rounds", false)
}

// A sheet with an error builds nothing; the error names file, row and
// column, with the rounds folder cut from the path.
func TestErrorSaysWhereAndHow(t *testing.T) {
	msg := TestError(t, `
-- rounds/2024Q3/round.md --
---
title: 通报
---
-- rounds/2024Q3/websites.csv --
网站名称,主办单位,检查结果
示例市教育局网,示例市教育局,良好
`)
	want := "错误 2024Q3/websites.csv:2:检查结果: 检查结果“良好”无法识别 —— 填写 合格、不合格 或 未判定\n"
	if msg != want {
		t.Errorf("error =\n%s\nwant\n%s", msg, want)
	}
}

func TestPageText(t *testing.T) {
	page := `<p>合格率 <b>97.10</b>%</p><script>var x = "<b>";</script><td>A&amp;B</td>`
	if got, want := PageText(page), "合格率 97.10 % A&B"; got != want {
		t.Errorf("PageText = %q, want %q", got, want)
	}
}
