package site_test

import (
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/sitetest"
)

// The 通报 states an account pass rate (93.5%) that its own counts do not
// give (182 of 200 is 91.0%). The round page prints the stated figure and
// says the two differ; the home page's and the rounds index's table of
// every round must say the same, not print 91.00% as if it were the 通报's.
func TestStatedRateThatDiffersIsSaidInTheRoundsTable(t *testing.T) {
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
网站总数,300,
网站合格数,291,
账号总数,200,
账号合格数,182,
账号合格率,93.5%,
`)
	row := "2024年第四季度 2025-01-10 97.00% 291/300 93.5% （通报数字；按 182/200 计算为 91.0%，两者不一致） 182/200"
	b.AssertFileContent("public/index.html", row)
	b.AssertFileContent("public/rounds/index.html", row)
}

// The trend chart plots what the pages headline, and its data table says
// where that is the 通报's figure: 93.5% here, not the counts' 91.00%; a
// rate stated without counts (95%) is plotted, not left as a gap.
func TestTrendChartPlotsTheStatedRate(t *testing.T) {
	b := sitetest.Test(t, `
-- rounds/units.csv --
单位名称,单位类别
甲省人民政府办公厅,省政府
-- rounds/2024Q3/round.md --
---
title: 关于2024年第三季度政府网站检查情况的通报
period: 2024年第三季度
published: 2024-10-10
---
-- rounds/2024Q3/summary.csv --
指标,数值,说明
网站总数,120,
网站合格率,95%,
账号总数,100,
账号合格数,90,
-- rounds/2024Q4/round.md --
---
title: 关于2024年第四季度政府网站与政务新媒体检查情况的通报
period: 2024年第四季度
published: 2025-01-10
---
-- rounds/2024Q4/summary.csv --
指标,数值,说明
网站总数,300,
网站合格数,291,
账号总数,200,
账号合格数,182,
账号合格率,93.5%,
`)
	b.AssertFileContent("public/index.html",
		"共 2 轮检查。网站合格率由2024年第三季度的 95% 变为2024年第四季度的 97.00%；新媒体合格率由2024年第三季度的 90.00% 变为2024年第四季度的 93.5%。",
		"2024年第三季度 95%（通报数字） 未说明/120 90.00% 90/100",
		"2024年第四季度 97.00% 291/300 93.5%（通报数字；按 182/200 计算为 91.0%，两者不一致） 182/200",
	)
}

// The download of the table of every round carries the figure the table
// shows, note and all.
func TestRoundsDownloadCarriesTheStatedRate(t *testing.T) {
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
网站总数,300,
网站合格数,291,
账号总数,200,
账号合格数,182,
账号合格率,93.5%,
`)
	if got, want := b.FileContent("public/downloads/rounds.csv"), "2024年第四季度,关于2024年第四季度政府网站与政务新媒体检查情况的通报,2025-01-10,97.00%,300,291,9,93.5%（通报数字；按 182/200 计算为 91.0%，两者不一致）,200,182,18"; !strings.Contains(got, want) {
		t.Errorf("rounds.csv is\n%s\nwant a row\n%s", got, want)
	}
}
