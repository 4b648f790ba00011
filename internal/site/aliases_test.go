package site_test

import (
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/sitetest"
)

// A failing website and account whose unit is written by an alias (别名)
// are listed on the round page under the unit's name in units.csv, linked
// to the unit's page; the alias gets no page of its own.
func TestFailedRowsWrittenByAliasLinkToTheirUnit(t *testing.T) {
	b := sitetest.Test(t, `
-- rounds/units.csv --
单位名称,单位类别,别名
示例市青山区人民政府,区县政府,青山区政府
-- rounds/2024Q3/websites.csv --
网站标识码,网站名称,主办单位,检查结果,存在问题
9900000001,青山区政府网,青山区政府,不合格,栏目不更新
-- rounds/2024Q3/accounts.csv --
备案单号,账号名称,平台,开设主体,运行状态,检查结果,存在问题
1001,青山发布,微信公众号,青山区政府,正常运行,不合格,长期不更新
-- rounds/2024Q3/round.md --
---
title: 2024年第三季度检查情况通报
published: 2024-10-08
---
`)
	b.AssertFileContent("public/rounds/2024q3/index.html",
		"青山区政府网 网站标识码 9900000001 示例市青山区人民政府",
		"1 微信（公众号） 青山发布 备案单号 1001 长期不更新 示例市青山区人民政府",
	)
	raw := b.FileContent("public/rounds/2024q3/index.html")
	if want := `href="/units/shi-li-shi-qing-shan-qu-ren-min-zheng-fu/"`; !strings.Contains(raw, want) {
		t.Errorf("round page lacks the link %s", want)
	}
	b.AssertFileExists("public/units/shi-li-shi-qing-shan-qu-ren-min-zheng-fu/index.html", true)
}
