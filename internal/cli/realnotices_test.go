package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/sitetest"
	"github.com/zwgk/zwgk/internal/txtartest"
)

// Sheets written the way published 通报 write them (issue 12): partial
// lists, unknown counts, one-kind rounds, and clerks' mistakes.

// wantText fails for each string missing from the page's visible text.
func wantText(t *testing.T, out, page string, want ...string) {
	t.Helper()
	text := pageText(t, filepath.Join(out, page))
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("%s lacks %q", page, w)
		}
	}
}

// checkRounds runs `zwgk check` and returns its exit code and its messages,
// with the rounds folder cut from the paths.
func checkRounds(t *testing.T, dir string) (int, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := Run([]string{"check", "--rounds", dir}, &stdout, &stderr)
	msgs := stdout.String() + stderr.String()
	return code, strings.ReplaceAll(msgs, dir+string(filepath.Separator), "")
}

// “抽查账号150个，合格146个” with only the 4 failing accounts listed.
const sampledFailuresOnly = `
-- rounds/2024Q3/round.md --
---
title: 关于2024年第三季度政务新媒体抽查情况的通报
period: 2024年第三季度
---
本次共抽查政务新媒体150个，合格146个，合格率为97.33%。
-- rounds/2024Q3/summary.csv --
指标,数值
账号抽查数,150
账号合格数,146
-- rounds/2024Q3/accounts.csv --
序号,平台,账号名称,开设主体,检查结果,存在问题
1,微信公众号,示例发布,示例市人民政府办公室,不合格,监测时间点前2周内无更新
2,新浪微博,示例交通,示例市交通运输局,不合格,互动留言未回应
3,抖音,示例文旅,示例市文化和旅游局,不合格,账号名称与开设主体不符
4,今日头条,示例卫健,示例市卫生健康委员会,不合格,未备案
`

func TestStatedSampleWithFailuresOnly(t *testing.T) {
	b := sitetest.Test(t, sampledFailuresOnly)
	b.AssertFileContent("public/rounds/2024q3/index.html",
		"抽查账号 150 个", "合格 146 个", "不合格 4 个", "合格率 97.33%",
		"账号总数 通报未说明", "正常运行 通报未说明",
		"示例发布", "示例交通", "示例文旅", "示例卫健", "监测时间点前2周内无更新",
		"本轮未检查政府网站",
		"! 本轮通报未逐一列出",
	)
	b.AssertFileContent("public/index.html", "合格率 97.33%", "本轮未检查政府网站")
}

// A new user's mistakes that used to lose or corrupt figures without a
// word: each is a located Chinese error, all in one run of check.
const clerksMistakes = `
-- units.csv --
单位名称,单位类别
示例市西津区人民政府,区县政府
示例市教育局,市直部门
-- 2024Q3/round.md --
---
title: 关于2024年第三季度政府网站和政务新媒体检查情况的通报
doc_number: 示政办函[2024]12号
published: 2024-13-01
---
正文。
-- 2024Q3/websites.csv --
序号,网站标识码,网站名称,主办单位,检查结果
1,4200000001,示例市西津区人民政府网,示例市西津区人民政府,合格
2,,示例市教育局网,示例市教育局,合格
3,4200000002,示例市教育局网,示例市教育局,合格
4,,西津教育网,示例市西津区人名政府,不合格
-- 2024Q3/websites.xlsx --
not read: the csv is
-- 2024Q3/accounts.csv --
序号,备案单号,平台,账号名称,开设主体,检查结果
1,71459,微信公众号,西津发布,示例市西津区人民政府,合格
2,,微信订阅号,西津发布,示例市西津区人民政府,合格
`

func TestClerksMistakesInOneRun(t *testing.T) {
	code, msgs := checkRounds(t, txtartest.Dir(t, clerksMistakes))
	if code == 0 {
		t.Fatalf("check passed:\n%s", msgs)
	}
	for _, want := range []string{
		"错误 2024Q3/websites.csv:4:网站标识码: 第 3 行和第 4 行是同一个网站“示例市教育局网”（主办单位 示例市教育局），一行有网站标识码“4200000002”，一行没有 —— 同一网站只写一行：合并这两行，写上网站标识码",
		"错误 2024Q3/accounts.csv:3:备案单号: 第 2 行和第 3 行是同一个账号“西津发布”（微信订阅号，开设主体 示例市西津区人民政府），一行有备案单号“71459”，一行没有 —— 同一账号只写一行：合并这两行，写上备案单号",
		"错误 2024Q3/websites.xlsx: 同一张表有两个文件：websites.csv 和 websites.xlsx —— 只保留一份：删去或移走不用的那一份",
		"错误 2024Q3/websites.csv:5:主办单位: 单位“示例市西津区人名政府”不在 units.csv 中，与名录中的“示例市西津区人民政府”只差一个字 —— 改成“示例市西津区人民政府”；如确是另一个单位，在 units.csv 中补上它",
		"错误 2024Q3/round.md:published: 发布日期（published）“2024-13-01”不是有效日期",
		"错误 2024Q3/round.md:3:doc_number: 发文字号“示政办函[2024]12号”的年份括号“[2024]”不合规范 —— 年份用六角括号〔〕括起，写成“示政办函〔2024〕12号”",
	} {
		if !strings.Contains(msgs, want) {
			t.Errorf("check does not say\n%s", want)
		}
	}
	if strings.Contains(msgs, "序号") {
		t.Errorf("a 序号 column is reported:\n%s", msgs)
	}
	if t.Failed() {
		t.Log("\n" + msgs)
	}
}

// A unit not in units.csv and not close to any listed one stays a warning.
func TestNewUnitIsAWarning(t *testing.T) {
	dir := txtartest.Dir(t, `
-- units.csv --
单位名称
示例市西津区人民政府
-- 2024Q3/round.md --
---
title: 通报
---
-- 2024Q3/websites.csv --
网站名称,主办单位,检查结果
示例市东岭区人民政府网,示例市东岭区人民政府,合格
`)
	code, msgs := checkRounds(t, dir)
	if code != 0 || !strings.Contains(msgs, "警告 2024Q3/websites.csv:2:主办单位: 单位“示例市东岭区人民政府”不在 units.csv 中") {
		t.Errorf("exit %d:\n%s", code, msgs)
	}
}

// “网站合格率为93%，新媒体合格率为66.7%”: one round, whole-percent website
// rates; nothing to compare with, so no change is said anywhere.
const wholePercentOneRound = `
-- rounds/2024Q3/round.md --
---
title: 关于2024年第三季度政府网站和政务新媒体检查情况的通报
period: 2024年第三季度
rate_decimals: {网站: 0, 新媒体: 1}
---
-- rounds/2024Q3/summary.csv --
指标,数值
网站总数,15
网站合格数,14
网站平均分:区县政府,92.5
-- rounds/2024Q3/websites.csv --
网站名称,主办单位,检查结果,存在问题
示例市东岭区人民政府网,示例市东岭区人民政府,不合格,首页不能正常访问
-- rounds/2024Q3/accounts.csv --
平台,账号名称,开设主体,检查结果,存在问题
微信公众号,东岭发布,示例市东岭区人民政府,合格,
微信小程序,东岭发布,示例市东岭区人民政府,合格,
新浪微博,东岭发布,示例市东岭区人民政府,不合格,监测时间点前2周内无更新
`

func TestWholePercentRatesAndOneRound(t *testing.T) {
	b := sitetest.Test(t, wholePercentOneRound)
	b.AssertFileContent("public/rounds/2024q3/index.html",
		"合格率 93%", "检查网站 15 个", "合格 14 个",
		"合格率 66.7%", "检查账号 3 个", "合格 2 个", // the 公众号 and the 小程序 东岭发布 are two accounts
		"合格率为93%", "合格率为66.7%", // the drafted narrative, as the 通报 writes it
	)
	b.AssertFileContent("public/index.html", "共 1 轮检查。", "93%", "66.7%")
	for _, page := range []string{"public/index.html", "public/rounds/2024q3/index.html"} {
		b.AssertFileContent(page, "! 变为", "! 较上轮", "! 93.33%")
	}
}

// A unit's result grid marks a round “只列出不合格名单” only when the
// round's rows are failures only, not when it also names passing entries.
func TestFailuresOnlyMarker(t *testing.T) {
	b := sitetest.Test(t, `
-- rounds/units.csv --
单位名称,单位类别
示例市东岭区人民政府,区县政府
-- rounds/2024Q2/round.md --
---
title: 二季度通报
period: 2024年第二季度
websites_total: 10
---
-- rounds/2024Q2/websites.csv --
网站名称,主办单位,检查结果,存在问题
东岭区政府网,示例市东岭区人民政府,合格,
东岭教育网,示例市东岭区人民政府,不合格,首页不能正常访问
-- rounds/2024Q3/round.md --
---
title: 三季度通报
period: 2024年第三季度
websites_total: 10
---
-- rounds/2024Q3/websites.csv --
网站名称,主办单位,检查结果,存在问题
东岭教育网,示例市东岭区人民政府,不合格,首页不能正常访问
`)
	b.AssertFileContent("public/units/shi-li-shi-dong-ling-qu-ren-min-zheng-fu/index.html",
		"2024年第三季度 * （本轮通报只列出不合格名单）",
		"! 2024年第二季度 * （本轮通报只列出不合格名单）",
	)
}

// A round that inspected only 政务新媒体 has no websites sheet: the site
// says so and the trend has a gap there, not 0%. A sheet with its header
// only means checked, figures not stated.
const accountsOnlyRound = `
-- rounds/2024Q2/round.md --
---
title: 二季度通报
period: 2024年第二季度
---
-- rounds/2024Q2/websites.csv --
网站名称,主办单位,检查结果,存在问题
东岭区政府网,示例市东岭区人民政府,合格,
东岭教育网,示例市东岭区人民政府,不合格,首页不能正常访问
-- rounds/2024Q2/accounts.csv --
平台,账号名称,开设主体,检查结果
微信公众号,东岭发布,示例市东岭区人民政府,合格
-- rounds/2024Q3/round.md --
---
title: 三季度政务新媒体抽查通报
period: 2024年第三季度
---
-- rounds/2024Q3/accounts.csv --
平台,账号名称,开设主体,检查结果,存在问题
微信公众号,东岭发布,示例市东岭区人民政府,合格,
新浪微博,东岭微博,示例市东岭区人民政府,不合格,监测时间点前2周内无更新
-- rounds/2024Q4/round.md --
---
title: 四季度通报
period: 2024年第四季度
---
-- rounds/2024Q4/websites.csv --
网站名称,主办单位,检查结果
-- rounds/2024Q4/accounts.csv --
平台,账号名称,开设主体,检查结果
微信公众号,东岭发布,示例市东岭区人民政府,合格
`

func TestOneKindRound(t *testing.T) {
	b := sitetest.Test(t, accountsOnlyRound)
	b.AssertFileContent("public/rounds/2024q3/index.html",
		"本轮未检查政府网站", "合格率 50.00%", "检查账号 2 个", "东岭微博",
		"! 本轮无不合格网站", "! 检查网站 0 个")
	b.AssertFileContent("public/rounds/2024q4/index.html",
		"本轮检查了政府网站，通报未说明检查数和合格数", "通报未说明本轮政府网站的检查结果",
		"! 本轮未检查政府网站", "! 检查网站 0 个")
	// The rounds table and the trend's data table: 未检查 and a gap.
	b.AssertFileContent("public/index.html",
		"2024年第四季度 — 未说明 — 100.00% 1/1 2024年第三季度 — 未检查 — 50.00% 1/2", // rounds table, newest first
		"2024年第三季度 未检查 — 50.00% 1/2", "2024年第四季度 未说明 — 100.00% 1/1",  // trend data table
	)
	home := b.FileContent("public/index.html")
	if !strings.Contains(home, `{&#34;value&#34;:50},{&#34;value&#34;:&#34;-&#34;}`) && !strings.Contains(home, `{"value":50},{"value":"-"}`) {
		t.Errorf("the website rate trend has no gap at 2024Q3")
	}
}

// “共对183个政府网站开展互动回应测试” with only the notable websites listed,
// one answered without saying when; “我为政府网站找错” with the units named
// for late or poor handling, without counts.
const namedCountsUnknown = `
-- rounds/2024Q3/round.md --
---
title: 关于2024年第三季度政府网站检查情况的通报
period: 2024年第三季度
---
-- rounds/2024Q3/summary.csv --
指标,数值
网站总数,183
网站合格数,183
互动测试网站数,183
找错留言数,420
找错按期办结数,415
-- rounds/2024Q3/websites.csv --
网站名称,主办单位,检查结果
-- rounds/2024Q3/interactions.csv --
网站名称,答复情况,质量问题
示例市东岭区人民政府网,当日答复,
示例市西津区人民政府网,未答复,
示例市教育局网,已答复,答非所问
-- rounds/2024Q3/error-reports.csv --
单位名称,收到留言数,按期办结数,质量问题
示例市交通运输局,,,逾期办结
示例市住房和城乡建设局,,,答复内容简单
`

func TestNamedWithCountsUnknown(t *testing.T) {
	b := sitetest.Test(t, namedCountsUnknown)
	b.AssertFileContent("public/rounds/2024q3/index.html",
		"共测试网站 183 个；全部按时答复的网站数通报未说明；当日答复的网站数通报未说明。下列清单只含通报点名的网站。",
		"信件全部未答复的网站", "示例市西津区人民政府网",
		"答复质量不高的网站", "示例市教育局网", "答非所问",
		"答复时间未说明的网站",
		"共收到网民留言 420 条；按期办结 415 条，按期办结率 98.81%。",
		"通报点名、未给出留言数字的单位（2 家）：示例市交通运输局 （逾期办结）、示例市住房和城乡建设局 （答复内容简单）。",
		"! 发送测试信件", "! 全部按时答复的网站 0 个", "! 当日答复的网站 0 个", "! 收到留言最多的",
	)
}
