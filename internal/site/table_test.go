package site

import (
	"slices"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/charts"
)

// Tables written whole, as the pages show them.
func TestTableHTML(t *testing.T) {
	for _, tc := range []struct {
		name  string
		table *Table
		want  string
	}{{
		// A unit's result grid is newest round first, escapes as the
		// templates did ('+' too), links rounds from the site root and marks
		// a failures-only round; every body cell carries its head for phones.
		name: "unit websites",
		table: (&UnitView{UnitSummary: UnitSummary{Name: "示例市A&B局", Slug: "a-b"},
			Rounds: []RoundLink{{Slug: "2024q3", Title: "2024年第三季度", Partial: true}, {Slug: "2024q4", Title: "2024年第四季度"}},
			Websites: []Checked{{Name: "<示例>网站", URL: "https://a.example/?q=1+2", Results: []string{"", "不合格"},
				Scores: []string{"", "59.5"}}}}).websitesTable(),
		want: `<div class="table-wrap" data-export="a-b-websites" role="region" aria-label="示例市A&amp;B局政府网站历次检查结果" tabindex="0">
<table class="grid-table sticky-first cards">
<caption>示例市A&amp;B局所办政府网站的历次检查结果</caption>
<thead>
<tr>
<th scope="col">网站名称</th>
<th scope="col">网站标识码</th>
<th scope="col" class="result"><a href="/rounds/2024q4/">2024年第四季度</a></th>
<th scope="col" class="result"><a href="/rounds/2024q3/">2024年第三季度</a><span aria-hidden="true">*</span><span class="vh">（本轮通报只列出不合格名单）</span></th>
</tr>
</thead>
<tbody>
<tr>
<th scope="row">&lt;示例&gt;网站<span class="url">https://a.example/?q=1&#43;2</span></th>
<td class="nowrap" data-label="网站标识码">—</td>
<td class="result" data-label="2024年第四季度"><span class="badge badge-fail">不合格</span><span class="score">59.5分</span></td>
<td class="result" data-label="2024年第三季度"><span aria-hidden="true">—</span><span class="vh">未列入</span></td>
</tr>
</tbody>
</table>
</div>`,
	}, {
		// A chart's figures under it: the caption names the region, the
		// first cell of a row heads it, numeric columns are right-aligned.
		name: "chart",
		table: chartTable(charts.Table{Caption: "合格率走势（数据表）", Head: []string{"轮次", "网站合格率", "说明"},
			Numeric: []bool{false, true, false}, Rows: [][]string{{"2024年第四季度", "97.10%", "A&B"}}}),
		want: `<div class="table-wrap" role="region" aria-label="合格率走势（数据表）" tabindex="0">
<table>
<caption>合格率走势（数据表）</caption>
<thead>
<tr>
<th scope="col">轮次</th>
<th scope="col" class="num">网站合格率</th>
<th scope="col">说明</th>
</tr>
</thead>
<tbody>
<tr>
<th scope="row">2024年第四季度</th>
<td class="num">97.10%</td>
<td>A&amp;B</td>
</tr>
</tbody>
</table>
</div>`,
	}} {
		if got := tc.table.HTML(); got != tc.want {
			t.Errorf("%s: got\n%s\nwant\n%s", tc.name, got, tc.want)
		}
	}
}

// A failure's problems are a list when there are several, one as text;
// the noted table is not shown as cards, so it has no data-label.
func TestUnitFailureTablesHTML(t *testing.T) {
	u := UnitView{UnitSummary: UnitSummary{Name: "示例局", Slug: "s"},
		Failures: []FailureRow{{Round: "2024年第四季度", RoundSlug: "2024q4", Kind: "新媒体", Name: "示例发布", Platform: "微信（公众号）",
			Problems: []string{"更新不及时", "互动回应差"}, Result: "不合格"}},
		Noted: []FailureRow{{Round: "2024年第三季度", Kind: "网站", Name: "示例网", Problems: []string{"错别字"}, Rectification: "已整改", Result: "未判定"}}}
	failures := u.failuresTable().HTML()
	assertContains(t, "failures table", failures,
		`<td data-label="轮次"><a href="/rounds/2024q4/">2024年第四季度</a></td>`,
		`<th scope="row">示例发布</th>`,
		`<td class="col-problems" data-label="存在问题"><ul class="problems"><li>更新不及时</li><li>互动回应差</li></ul></td>`,
		`<td data-label="整改情况">—</td>`,
	)
	noted := u.notedTable().HTML()
	assertContains(t, "noted table", noted,
		"<tr>\n<td>2024年第三季度</td>\n<td class=\"nowrap\">网站</td>\n<th scope=\"row\">示例网</th>\n<td>—</td>\n"+
			"<td class=\"result\"><span class=\"badge badge-none\">未判定</span></td>\n<td class=\"col-problems\">错别字</td>\n<td>已整改</td>\n</tr>",
	)
}

// A table's download has the page's words: a list joined by “；”, an
// unlisted round as 未列入, a note after a space, counts as numbers.
func TestTableData(t *testing.T) {
	tb := Table{Name: "x", Caption: "示例", Columns: []Column{{Head: "名称", RowHead: true}, {Head: "检查数", Kind: Number},
		{Head: "合格率", Kind: Rate}, {Head: "2024年第四季度", Kind: Result}, {Head: "存在问题", Kind: Problems}},
		Rows: []Row{{Cells: []Cell{{Text: "示例网"}, {Text: "12"}, {Text: "91.67%"}, {}, {Items: []string{"甲", "乙"}}}},
			{Cells: []Cell{{Text: "示例号", Note: "https://b.example/"}, {Text: "3"}, {Text: "—"}, {Text: "合格", Note: "90分"}, {}}}}}
	d := tb.Data()
	want := [][]string{{"示例网", "12", "91.67%", "未列入", "甲；乙"}, {"示例号 https://b.example/", "3", "—", "合格 90分", "—"}}
	if strings.Join(d.Head, ",") != "名称,检查数,合格率,2024年第四季度,存在问题" || d.Caption != "示例" || d.key != "x" {
		t.Errorf("head %q caption %q key %q", d.Head, d.Caption, d.key)
	}
	for i := range want {
		if strings.Join(d.Rows[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d = %q, want %q", i, d.Rows[i], want[i])
		}
	}
	if !d.Numeric[1] || d.Numeric[2] {
		t.Errorf("numeric = %v, want the count only", d.Numeric)
	}
}

// A 核查清单 row on the page carries its filter values and a closed
// account's status beside its result; the download has the 类型 column
// the page leaves out and writes the status in brackets. A round whose
// sheets write a 备注 gets it as the last column, on the page and in the
// download; one that writes none gets no empty column.
func TestChecklistTable(t *testing.T) {
	rows := []ChecklistRow{{No: 7, Kind: "新媒体", Name: "示例发布", Code: "123", Unit: "示例局",
		UnitSlug: "shi-li-ju", Category: "市直部门", Platform: "微信（公众号）", Group: "微信", Result: "合格", Status: "已关停", Score: "",
		Problems: nil, Rectification: "", Note: "功能相近，已整合至本单位主账号"}}
	noted := checklistTable("2024年第四季度核查清单", rows, true)
	if got, want := noted.HTML(), "<td data-label=\"整改情况\">—</td>\n<td data-label=\"备注\">功能相近，已整合至本单位主账号</td>\n</tr>"; !strings.Contains(got, want) {
		t.Errorf("got\n%s\nwant the row to end\n%s", got, want)
	}
	if got, want := strings.Join(noted.Data().Rows[0], "|"), "7|新媒体|示例发布|123|示例局|市直部门|微信（公众号）|合格（已关停）|—|—|—|功能相近，已整合至本单位主账号"; got != want {
		t.Errorf("download row = %s, want %s", got, want)
	}
	tb := checklistTable("2024年第四季度核查清单", rows, false)
	want := `<tr data-category="市直部门" data-platform="微信" data-result="合格">
<td class="num col-no" data-label="序号">7</td>
<th scope="row">示例发布</th>
<td class="nowrap" data-label="标识码/单号">123</td>
<td data-label="单位"><a href="/units/shi-li-ju/">示例局</a></td>
<td data-label="单位类别">市直部门</td>
<td data-label="平台">微信（公众号）</td>
<td class="result" data-label="检查结果"><span class="badge badge-pass">合格</span><span class="status-note">已关停</span></td>
<td class="num" data-label="得分">—</td>
<td class="col-problems" data-label="存在问题">—</td>
<td data-label="整改情况">—</td>
</tr>`
	if got := tb.HTML(); !strings.Contains(got, want) || strings.Contains(got, "类型") || strings.Contains(got, "备注") {
		t.Errorf("got\n%s\nwant a row\n%s\nand no 类型 or 备注 column", got, want)
	}
	d := tb.Data()
	if got, want := strings.Join(d.Rows[0], "|"), "7|新媒体|示例发布|123|示例局|市直部门|微信（公众号）|合格（已关停）|—|—|—"; got != want {
		t.Errorf("download row = %s, want %s", got, want)
	}
	if !d.Numeric[0] || !d.Numeric[8] {
		t.Errorf("序号 and 得分 should be numbers in the workbook: %v", d.Numeric)
	}
}

// 单位排名 is written a row a line, the unit as the row's header linked
// to its page, counts and rates right-aligned; its download has the
// same columns, the counts and the mean score as numbers.
func TestRankingTable(t *testing.T) {
	rv := RoundView{RoundSummary: RoundSummary{Title: "第四季度通报", Period: "2024年第四季度"}, Across: Across{Ranking: []RankRow{
		{No: 1, Unit: "示例局", UnitSlug: "shi-li-ju", Category: "市直部门", Checked: 27, Failed: 3, Rate: "88.89%", Score: "93.24"},
		{No: 2, Unit: "未列入名录的单位", Checked: 1, Failed: 0, Rate: "100.00%", Score: "—"}}}}
	tb := rankingTable(&rv)
	got := tb.HTML()
	assertContains(t, "ranking", got,
		"<caption>2024年第四季度各单位检查结果（不合格多者在前）</caption>\n<thead><tr><th scope=\"col\" class=\"num col-no\">序号</th><th scope=\"col\">单位</th>",
		"<tr><td class=\"num col-no\">1</td><th scope=\"row\"><a href=\"/units/shi-li-ju/\">示例局</a></th><td>市直部门</td><td class=\"num\">27</td><td class=\"num\">3</td><td class=\"num\">88.89%</td><td class=\"num\">93.24</td></tr>\n",
		"<th scope=\"row\">未列入名录的单位</th><td>—</td>",
	)
	d := tb.Data()
	if got := strings.Join(d.Rows[0], "|"); got != "1|示例局|市直部门|27|3|88.89%|93.24" {
		t.Errorf("download row = %s", got)
	}
	if want := []bool{true, false, false, true, true, false, true}; !slices.Equal(d.Numeric, want) {
		t.Errorf("numeric = %v, want %v", d.Numeric, want)
	}
}

// assertContains reports each of wants that the table's HTML lacks.
func assertContains(t *testing.T, table, html string, wants ...string) {
	t.Helper()
	for _, want := range wants {
		if !strings.Contains(html, want) {
			t.Errorf("%s lacks %q:\n%s", table, want, html)
		}
	}
}

// 不合格网站 prints a website's 标识码 and 首页地址 under its name and
// 得分/排名 before its problems; the download has them in columns of
// their own, 得分 and 排名 last, an unstated rank as “—”.
func TestFailedWebsitesTable(t *testing.T) {
	rv := RoundView{RoundSummary: RoundSummary{Period: "2024年第四季度"}, SiteScores: true, SiteRanks: true,
		FailedSites: []FailedWebsite{{No: 1, Name: "示例网", Code: "9999000001", URL: "https://a.example/", Unit: "示例局", UnitSlug: "shi-li-ju",
			Problems: []string{"首页超2周未更新"}, Score: "59.5"}}}
	tb := failedWebsitesTable(&rv)
	want := `<tr>
<td class="num col-no" data-label="序号">1</td>
<th scope="row">示例网<span class="code">网站标识码 9999000001</span><span class="url">https://a.example/</span></th>
<td data-label="主办单位"><a href="/units/shi-li-ju/">示例局</a></td>
<td class="num" data-label="得分">59.5</td>
<td class="num" data-label="排名">—</td>
<td class="col-problems" data-label="存在问题">首页超2周未更新</td>
<td data-label="整改情况">—</td>
</tr>`
	assertContains(t, "failed websites", tb.HTML(), "<caption>2024年第四季度检查发现问题的政府网站</caption>", want)
	d := tb.Data()
	if got := strings.Join(d.Head, "|"); got != "序号|网站名称|网站标识码|首页地址|主办单位|存在问题|整改情况|得分|排名" {
		t.Errorf("download head = %s", got)
	}
	if got := strings.Join(d.Rows[0], "|"); got != "1|示例网|9999000001|https://a.example/|示例局|首页超2周未更新|—|59.5|—" {
		t.Errorf("download row = %s", got)
	}
	if want := []bool{true, false, false, false, false, false, false, true, true}; !slices.Equal(d.Numeric, want) {
		t.Errorf("numeric = %v, want %v", d.Numeric, want)
	}
}

// 不合格政务新媒体 prints an account's 备案单号 under its name; a unit
// without a page is plain text; the download puts 备案单号 after the name.
func TestFailedAccountsTable(t *testing.T) {
	rv := RoundView{RoundSummary: RoundSummary{Period: "2024年第四季度"},
		FailedAccounts: []FailedAccount{{No: 2, Platform: "微信（公众号）", Name: "示例发布", FilingNo: "A-1", Unit: "未列入名录的单位",
			Problems: []string{"更新不及时", "互动回应差"}, Rectification: "已整改"}}}
	tb := failedAccountsTable(&rv)
	want := `<tr>
<td class="num col-no" data-label="序号">2</td>
<td data-label="平台">微信（公众号）</td>
<th scope="row">示例发布<span class="code">备案单号 A-1</span></th>
<td class="col-problems" data-label="存在问题"><ul class="problems"><li>更新不及时</li><li>互动回应差</li></ul></td>
<td data-label="开设主体">未列入名录的单位</td>
<td data-label="所属地区">—</td>
<td data-label="整改情况">已整改</td>
</tr>`
	assertContains(t, "failed accounts", tb.HTML(), want)
	if got := strings.Join(tb.Data().Rows[0], "|"); got != "2|微信（公众号）|示例发布|A-1|更新不及时；互动回应差|未列入名录的单位|—|已整改" {
		t.Errorf("download row = %s", got)
	}
}

// 其他发现的问题 are not cards: no data-label; an account's 备案单号 is
// under its name and its result a badge; the download keeps the result
// in words and 备案单号 in its own column.
func TestNotedAccountsTable(t *testing.T) {
	rv := RoundView{RoundSummary: RoundSummary{Period: "2025年第一季度"},
		NotedAccounts: []NotedRow{{No: 1, Name: "西津发布", Code: "B-2", Platform: "微信（公众号）", Unit: "示例市西津区人民政府", UnitSlug: "xi-jin",
			Result: "未判定", Problems: []string{"3个月内无原创信息"}}}}
	tb := notedTable(&rv, true)
	want := `<tr>
<td class="num col-no">1</td>
<td>微信（公众号）</td>
<th scope="row">西津发布<span class="code">备案单号 B-2</span></th>
<td><a href="/units/xi-jin/">示例市西津区人民政府</a></td>
<td class="result"><span class="badge badge-none">未判定</span></td>
<td class="col-problems">3个月内无原创信息</td>
<td>—</td>
</tr>`
	assertContains(t, "noted accounts", tb.HTML(), "<caption>2025年第一季度其他发现问题的政务新媒体</caption>", want)
	if got := strings.Join(tb.Data().Rows[0], "|"); got != "1|微信（公众号）|西津发布|B-2|示例市西津区人民政府|未判定|3个月内无原创信息|—" {
		t.Errorf("download row = %s", got)
	}
}

// 上轮问题复查 is a row a line: 类型 with the account's platform, the unit
// linked, last round's problems as a list.
func TestRecheckTable(t *testing.T) {
	rv := RoundView{RoundSummary: RoundSummary{Title: "第四季度通报"}, Across: Across{Recheck: []ItemRow{{No: 3, Kind: "新媒体", Platform: "抖音",
		Name: "示例发布", Unit: "示例局", UnitSlug: "shi-li-ju", Problems: []string{"甲", "乙"}, Status: "仍不合格"}}}}
	tb := recheckTable(&rv)
	assertContains(t, "recheck", tb.HTML(), "<caption>第四季度通报对上轮不合格网站和账号的复查</caption>",
		`<tr><td class="num col-no">3</td><td>新媒体：抖音</td><th scope="row">示例发布</th><td><a href="/units/shi-li-ju/">示例局</a></td>`+
			`<td><ul class="problems"><li>甲</li><li>乙</li></ul></td><td>—</td><td>仍不合格</td></tr>`)
	if got := strings.Join(tb.Data().Rows[0], "|"); got != "3|新媒体：抖音|示例发布|示例局|甲；乙|—|仍不合格" {
		t.Errorf("download row = %s", got)
	}
}

// 互动回应测试 has a table per list that names a website, in the page's
// order; the letters are counts in the workbook.
func TestLetterTables(t *testing.T) {
	rv := RoundView{RoundSummary: RoundSummary{Period: "2024年第四季度"}, Across: Across{Interaction: &InteractionView{
		Late:          []LetterSite{{No: 1, Name: "示例网", Letters: 2, Answered: 2, OnTime: 1}},
		AllUnanswered: []LetterSite{{No: 1, Name: "无回应网", Unit: "示例局", UnitSlug: "shi-li-ju", Letters: 1, Qualities: []string{"未答复"}}}}}}
	tbs := letterTables(&rv)
	if len(tbs) != 2 || tbs[0].Name != "letters-none" || tbs[1].Name != "letters-late" {
		t.Fatalf("tables = %v, want letters-none and letters-late", tbs)
	}
	assertContains(t, "letters", tbs[1].HTML(), "<caption>2024年第四季度逾期答复的网站</caption>",
		`<tr><td class="num col-no">1</td><th scope="row">示例网</th><td>—</td><td class="num">2</td><td class="num">2</td><td class="num">1</td><td>—</td></tr>`)
	if d := tbs[0].Data(); strings.Join(d.Rows[0], "|") != "1|无回应网|示例局|1|0|0|未答复" || !slices.Equal(d.Numeric, []bool{true, false, false, true, true, true, false}) {
		t.Errorf("download row %q numeric %v", d.Rows[0], d.Numeric)
	}
}

// 找错留言办理 ranks units, each the row's header linked to its page; the
// shares stay text in the workbook, the counts are numbers.
func TestErrorReportsTable(t *testing.T) {
	rv := RoundView{RoundSummary: RoundSummary{Period: "2024年第四季度"}, Across: Across{ErrorReports: &ErrorReportsView{Ranked: []ReportRow{
		{No: 1, Unit: "示例局", UnitSlug: "shi-li-ju", Received: 40, ClosedOnTime: 38, Overdue: 2, Share: "50.00%", Cumulative: "50.00%"}}}}}
	tb := errorReportsTable(&rv)
	assertContains(t, "error reports", tb.HTML(),
		`<tr><td class="num col-no">1</td><th scope="row"><a href="/units/shi-li-ju/">示例局</a></th><td class="num">40</td><td class="num">38</td><td class="num">2</td><td class="num">50.00%</td><td class="num">50.00%</td></tr>`)
	if d := tb.Data(); strings.Join(d.Rows[0], "|") != "1|示例局|40|38|2|50.00%|50.00%" || !slices.Equal(d.Numeric, []bool{true, false, true, true, true, false, false}) {
		t.Errorf("download row %q numeric %v", d.Rows[0], d.Numeric)
	}
}

// 账号变化 by unit links each unit to its page, by platform names the
// platform; both write a row a line.
func TestChangesTables(t *testing.T) {
	rv := RoundView{RoundSummary: RoundSummary{Period: "2024年第四季度"}, Across: Across{Changes: ChangesView{Known: true,
		ByPlatform: []ChangeRow{{Name: "抖音", Opened: 2, Closed: 1}}, ByUnit: []ChangeRow{{Name: "示例局", Slug: "shi-li-ju", Opened: 0, Closed: 3}}}}}
	assertContains(t, "changes by platform", changesTable(&rv, false).HTML(), "<caption>2024年第四季度各平台账号变化</caption>",
		"<tbody>\n<tr><th scope=\"row\">抖音</th><td class=\"num\">2</td><td class=\"num\">1</td></tr>\n</tbody>")
	units := changesTable(&rv, true)
	assertContains(t, "changes by unit", units.HTML(), `<tr><th scope="row"><a href="/units/shi-li-ju/">示例局</a></th><td class="num">0</td><td class="num">3</td></tr>`)
	if d := units.Data(); d.key != "changes-units" || strings.Join(d.Rows[0], "|") != "示例局|0|3" {
		t.Errorf("download %s row %q", d.key, d.Rows[0])
	}
}

// 其他指标 prints the values as given, right-aligned; they stay text in
// the workbook, and an empty note is “—”.
func TestOtherMetricsTable(t *testing.T) {
	rv := RoundView{RoundSummary: RoundSummary{Period: "2025年第一季度"}, OtherMetrics: []MetricRow{{Name: "群众满意度", Value: "98.5%"}}}
	tb := otherMetricsTable(&rv)
	assertContains(t, "other metrics", tb.HTML(), `<tr><th scope="row">群众满意度</th><td class="num">98.5%</td><td>—</td></tr>`)
	if d := tb.Data(); strings.Join(d.Rows[0], "|") != "群众满意度|98.5%|—" || slices.Contains(d.Numeric, true) {
		t.Errorf("download row %q numeric %v", d.Rows[0], d.Numeric)
	}
}

// The tables of a unit's record across rounds keep the export names,
// captions, classes and phone labels unit-across.html wrote by hand.
func TestUnitAcrossTablesHTML(t *testing.T) {
	for _, c := range []struct {
		name  string
		table func(*UnitView) *Table
		unit  UnitView
		want  string
	}{
		// A unit's 连续不合格 keeps the export name, caption and phone labels the
		// template wrote; the platform follows the kind, a round without a page
		// is not linked.
		{"Repeats", (*UnitView).repeatsTable, UnitView{UnitSummary: UnitSummary{Name: "示例局", Slug: "s"},
			Across: UnitAcross{Repeats: []ItemRow{{Round: "2024年第四季度", RoundURL: "2024q4", Kind: "新媒体", Platform: "微信（公众号）",
				Name: "示例发布", Problems: []string{"更新不及时"}, Detail: "连续2轮不合格"}, {Round: "2024年第三季度", Kind: "网站", Name: "示例网"}}}},
			`<div class="table-wrap" data-export="s-repeats" role="region" aria-label="示例局连续不合格的网站和账号" tabindex="0">
<table class="list-table cards">
<caption>示例局连续两轮及以上不合格的网站和账号</caption>
<thead><tr><th scope="col">轮次</th><th scope="col">类型</th><th scope="col">名称</th><th scope="col">存在问题</th><th scope="col">连续不合格</th></tr></thead>
<tbody>
<tr><td data-label="轮次"><a href="/rounds/2024q4/">2024年第四季度</a></td><td data-label="类型">新媒体：微信（公众号）</td><th scope="row">示例发布</th><td class="col-problems" data-label="存在问题">更新不及时</td><td data-label="连续不合格">连续2轮不合格</td></tr>
<tr><td data-label="轮次">2024年第三季度</td><td data-label="类型">网站</td><th scope="row">示例网</th><td class="col-problems" data-label="存在问题">—</td><td data-label="连续不合格">—</td></tr>
</tbody>
</table>
</div>`},
		// A unit's 问题复查 is not shown as cards (no data-label); a recheck with
		// no 整改情况 stated prints “—”, several problems a list.
		{"Recheck", (*UnitView).recheckTable, UnitView{UnitSummary: UnitSummary{Name: "示例局", Slug: "s"},
			Across: UnitAcross{Recheck: []ItemRow{{Round: "2025年第一季度", RoundURL: "2025q1", Kind: "网站", Name: "示例网",
				Problems: []string{"错别字", "链接不可用"}, Status: "已整改合格"}}}},
			`<div class="table-wrap" data-export="s-recheck" role="region" aria-label="示例局的问题复查" tabindex="0">
<table class="list-table">
<caption>示例局上轮不合格网站和账号在下一轮的复查结果（从新到旧）</caption>
<thead><tr><th scope="col">复查轮次</th><th scope="col">类型</th><th scope="col">名称</th><th scope="col">上轮问题</th><th scope="col">上轮整改情况</th><th scope="col">复查结果</th></tr></thead>
<tbody>
<tr><td><a href="/rounds/2025q1/">2025年第一季度</a></td><td>网站</td><th scope="row">示例网</th><td><ul class="problems"><li>错别字</li><li>链接不可用</li></ul></td><td>—</td><td>已整改合格</td></tr>
</tbody>
</table>
</div>`},
		// A unit's 账号变化 heads each row with its round, linked to its page,
		// and right-aligns the counts; a 0 is printed, not “—”.
		{"Changes", (*UnitView).changesTable, UnitView{UnitSummary: UnitSummary{Name: "示例局", Slug: "s"},
			Across: UnitAcross{Changes: []UnitChangeRow{{Round: "2025年第一季度", RoundSlug: "2025q1", Opened: 2}}}},
			`<div class="table-wrap" data-export="s-changes" role="region" aria-label="示例局的账号变化" tabindex="0">
<table>
<caption>示例局各轮新开设和关停注销的账号数（从新到旧）</caption>
<thead><tr><th scope="col">轮次</th><th scope="col" class="num">新开设</th><th scope="col" class="num">关停注销</th></tr></thead>
<tbody>
<tr><th scope="row"><a href="/rounds/2025q1/">2025年第一季度</a></th><td class="num">2</td><td class="num">0</td></tr>
</tbody>
</table>
</div>`},
		// A unit's 找错留言办理 ends each row with its share and its rank among
		// the round's units.
		{"ErrorReports", (*UnitView).errorReportsTable, UnitView{UnitSummary: UnitSummary{Name: "示例局", Slug: "s"},
			Across: UnitAcross{ErrorReports: []ReportRow{{No: 3, Round: "2025年第一季度", RoundSlug: "2025q1", Received: 12, ClosedOnTime: 10, Overdue: 2, Share: "8.5%"}}}},
			`<div class="table-wrap" data-export="s-error-reports" role="region" aria-label="示例局的找错留言办理" tabindex="0">
<table>
<caption>示例局各轮收到和办结的网民找错留言（从新到旧）</caption>
<thead><tr><th scope="col">轮次</th><th scope="col" class="num">收到留言</th><th scope="col" class="num">按期办结</th><th scope="col" class="num">未按期办结</th><th scope="col" class="num">占全部留言</th><th scope="col" class="num">排名</th></tr></thead>
<tbody>
<tr><th scope="row"><a href="/rounds/2025q1/">2025年第一季度</a></th><td class="num">12</td><td class="num">10</td><td class="num">2</td><td class="num">8.5%</td><td class="num">3</td></tr>
</tbody>
</table>
</div>`},
		// A unit's 互动回应测试 problems head each row with the website; no
		// quality problem prints “—”.
		{"Letters", (*UnitView).lettersTable, UnitView{UnitSummary: UnitSummary{Name: "示例局", Slug: "s"},
			Across: UnitAcross{Letters: []LetterSite{{Round: "2025年第一季度", RoundSlug: "2025q1", Name: "示例网", Letters: 3, Answered: 2, OnTime: 1}}}},
			`<div class="table-wrap" data-export="s-letters" role="region" aria-label="示例局互动回应测试中的问题" tabindex="0">
<table class="list-table">
<caption>示例局的网站在互动回应测试中未按时答复或答复质量不高的情况</caption>
<thead><tr><th scope="col">轮次</th><th scope="col">网站名称</th><th scope="col" class="num">信件</th><th scope="col" class="num">已答复</th><th scope="col" class="num">按时答复</th><th scope="col">质量问题</th></tr></thead>
<tbody>
<tr><td><a href="/rounds/2025q1/">2025年第一季度</a></td><th scope="row">示例网</th><td class="num">3</td><td class="num">2</td><td class="num">1</td><td>—</td></tr>
</tbody>
</table>
</div>`},
	} {
		if got := c.table(&c.unit).HTML(); got != c.want {
			t.Errorf("%s: got\n%s\nwant\n%s", c.name, got, c.want)
		}
	}
}
