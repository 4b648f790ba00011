package cli

import (
	"testing"

	"github.com/zwgk/zwgk/internal/sitetest"
)

// 黔东南 2023Q4: “按照100%的检查比例要求全覆盖检查” 75 accounts, the
// failing ones listed: the stated 抽查比例 shows beside the accounts
// checked though no sample was drawn; and 贵州 2025Q2: a sample of 471 at a
// stated 90.87%, no account named, shows no pass count of its own.
func TestStatedSampleRatioAndUnknownPassCount(t *testing.T) {
	b := sitetest.Test(t, `
-- rounds/2023Q4/round.md --
---
title: 关于2023年第四季度政务新媒体检查情况的通报
---
-- rounds/2023Q4/summary.csv --
指标,数值
账号总数,75
抽查比例,100%
-- rounds/2023Q4/accounts.csv --
平台,账号名称,开设主体,检查结果,存在问题
微信,黔东南民政,,不合格,更新不及时
-- rounds/2025Q2/round.md --
---
title: 关于2025年第二季度政务新媒体抽查情况的通报
---
-- rounds/2025Q2/summary.csv --
指标,数值
账号抽查数,471
账号合格率,90.87%
`)
	// Neither 通报 states these: not 471 passed, not 100%, not “no failures”.
	notStated := []string{"! 合格 471 个", "! 100.00%", "! 本轮无不合格政务新媒体账号"}
	b.AssertFileContent("public/rounds/2023q4/index.html",
		append(notStated, "检查账号 75 个 （抽查比例 100%） 合格 74 个 不合格 1 个")...)
	b.AssertFileContent("public/rounds/2025q2/index.html",
		append(notStated, "合格率 90.87% （通报数字）", "抽查账号 471 个 合格 通报未说明 不合格 通报未说明",
			"本轮通报未说明不合格政务新媒体账号的数量，也未逐一列出。")...)
}
