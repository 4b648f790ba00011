// End-to-end tests of what the pages show, built with sitetest from
// sheets written inline.
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

// The 通报 states an account pass rate (93.5%) that its own counts do not
// give (182 of 200 is 91.0%), and a website rate (95% of 120) with no pass
// count. The round page prints the stated figures and says what they are.
// Everything else that prints a round's rate must say the same: the table
// of every round on the home page and the rounds index, and its download,
// must not print 91.00% as if it were the 通报's, and the trend chart plots
// 95% and 93.5%, its data table and text alternative saying what they are.
func TestStatedRatesReadAlikeEverywhere(t *testing.T) {
	b := sitetest.Test(t, `
-- rounds/units.csv --
单位名称,单位类别
甲省人民政府办公厅,省政府
-- rounds/2024Q4/round.md --
---
title: 关于2024年第四季度政府网站与政务新媒体检查情况的通报
period: 2024年第四季度
published: 2025-01-10
---
-- rounds/2024Q4/summary.csv --
指标,数值,说明
网站总数,120,
网站合格率,95%,
账号总数,200,
账号合格数,182,
账号合格率,93.5%,
`)
	b.AssertFileContent("public/rounds/2024q4/index.html",
		"政府网站 合格率 95% （通报数字）",
		"政务新媒体 合格率 93.5% （通报数字；按 182/200 计算为 91.0%，两者不一致）")
	row := "2024年第四季度 2025-01-10 95% （通报数字） 未说明/120 93.5% （通报数字；按 182/200 计算为 91.0%，两者不一致） 182/200"
	b.AssertFileContent("public/rounds/index.html", row)
	b.AssertFileContent("public/index.html", row,
		"共 1 轮检查。2024年第四季度的网站合格率为 95%；2024年第四季度的新媒体合格率为 93.5%。",
		"2024年第四季度 95%（通报数字） 未说明/120 93.5%（通报数字；按 182/200 计算为 91.0%，两者不一致） 182/200",
	)
	if got, want := b.FileContent("public/downloads/rounds.csv"), "2024年第四季度,关于2024年第四季度政府网站与政务新媒体检查情况的通报,2025-01-10,95%（通报数字）,120,通报未说明,通报未说明,93.5%（通报数字；按 182/200 计算为 91.0%，两者不一致）,200,182,18"; !strings.Contains(got, want) {
		t.Errorf("rounds.csv is\n%s\nwant a row\n%s", got, want)
	}
}

// A websites-only 通报 that names only its failing site: the 核查清单 said
// the round checked "政务新媒体账号 0 个" and listed "全部政府网站和政务新媒体账号".
// It checked no accounts at all; the list names the websites only.
func TestChecklistOfAOneKindPartialRound(t *testing.T) {
	b := sitetest.Test(t, `
-- rounds/units.csv --
单位名称,单位类别
扶风县人民政府,区县政府
-- rounds/2024Q2/round.md --
---
title: 2024年第二季度政府网站检查情况通报
period: 2024年第二季度
---
-- rounds/2024Q2/summary.csv --
指标,数值,说明
网站总数,71,
-- rounds/2024Q2/websites.csv --
网站名称,主办单位,检查结果,存在问题
扶风县人民政府网,扶风县人民政府,不合格,栏目不更新
`)
	b.AssertFileContent("public/checklists/2024q2/index.html",
		"本清单列出 2024年第二季度政府网站检查情况通报 通报点名的政府网站及其检查结果，共 1 条。",
		"检查总数取自通报原文：政府网站 71 个；本轮未检查政务新媒体。",
		"! 政务新媒体账号 0 个",
	)
}

// The 通报 of 2023Q3 says 甲县门户网 failed three quarters running, 丙县门户网
// two and 丁县门户网 two (连续不合格次数). The sheets entered begin with
// 2023Q1, which does not list 甲县门户网: its three are the 通报's figure,
// and the page says so. 丙县门户网 failed 2023Q1 too, so the sheets give
// three against the 通报's two: the page gives both. 丁县门户网's two is what
// the sheets give, said without a note. The unit page and the download say
// the same.
func TestStatedStreakOnRoundAndUnitPages(t *testing.T) {
	b := sitetest.Test(t, `
-- rounds/units.csv --
单位名称,单位类别
甲县人民政府,区县政府
丙县人民政府,区县政府
丁县人民政府,区县政府
`+websitesRound("2023Q1", `
丙县门户网,丙县人民政府,不合格,长期不更新
丁县门户网,丁县人民政府,合格,
`)+websitesRound("2023Q2", `
甲县门户网,甲县人民政府,不合格,长期不更新
丙县门户网,丙县人民政府,不合格,长期不更新
丁县门户网,丁县人民政府,不合格,首页无法访问
`)+`
-- rounds/2023Q3/round.md --
---
title: 2023年第三季度通报
period: 2023年第三季度
---
-- rounds/2023Q3/websites.csv --
网站名称,主办单位,检查结果,存在问题,连续不合格次数
甲县门户网,甲县人民政府,不合格,长期不更新,连续三个季度
丙县门户网,丙县人民政府,不合格,长期不更新,2
丁县门户网,丁县人民政府,不合格,首页无法访问,2
`)
	b.AssertFileContent("public/rounds/2023q3/index.html",
		"1 网站 甲县门户网 甲县人民政府 长期不更新 连续3轮不合格（通报数字）",
		"2 网站 丙县门户网 丙县人民政府 长期不更新 连续3轮不合格（按各轮表格计算；通报为连续2轮，两者不一致）",
		"3 网站 丁县门户网 丁县人民政府 首页无法访问 连续2轮不合格 ",
	)
	b.AssertFileContent("public/units/jia-xian-ren-min-zheng-fu/index.html",
		"2023年第三季度 网站 甲县门户网 长期不更新 连续3轮不合格（通报数字）")
	b.AssertFileContent("public/downloads/rounds/2023q3/2023q3-repeats.csv", `
		1,网站,甲县门户网,甲县人民政府,长期不更新,连续3轮不合格（通报数字）
		2,网站,丙县门户网,丙县人民政府,长期不更新,连续3轮不合格（按各轮表格计算；通报为连续2轮，两者不一致）
		3,网站,丁县门户网,丁县人民政府,首页无法访问,连续2轮不合格
	`)
}

// websitesRound is the files of a round whose 通报 says nothing a test
// looks at: a round.md with a title only, and the rows of its websites
// sheet under the usual four columns.
func websitesRound(id, rows string) string {
	return "-- rounds/" + id + "/round.md --\n---\ntitle: " + id + " 通报\n---\n" +
		"-- rounds/" + id + "/websites.csv --\n网站名称,主办单位,检查结果,存在问题" + rows
}
