package site

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// Tables of the home page, the index pages and the round page, written
// whole as the pages show them, and their downloads' rows, cells joined
// by “|”.
func TestPageTables(t *testing.T) {
	rounds := []RoundSummary{
		{Slug: "2024q3", Title: "三季度通报", Period: "2024年第三季度", Published: "2024-10-20",
			Websites: Tally{Checked: 69, Passed: 66, Failed: 3, Rate: "95.65%"}, NoAccounts: true, Accounts: Accounts{Tally: Tally{Rate: "—"}}},
		{Slug: "2024q4", Title: "四季度通报", Period: "2024年第四季度",
			Websites: Tally{Checked: 120, PassedUnknown: true, Rate: "95%", Stated: &StatedView{Rate: "95%", Shown: "95%", Note: "（通报数字）", NoteClass: "fig-note"}},
			Accounts: Accounts{Tally: Tally{Checked: 200, Passed: 182, Failed: 18, Rate: "91.00%",
				Stated: &StatedView{Rate: "93.5%", Computed: "91.0%", Differs: true, Shown: "93.5%", Note: "（通报数字；按 182/200 计算为 91.0%，两者不一致）", NoteClass: "fig-note rate-differs"}}}},
	}
	units := []UnitSummary{
		{Name: "示例市A&B局", Slug: "a-b", Category: "市直部门", Region: "市本级", Websites: 1, Accounts: 12, LatestStatus: "有问题", LatestFailed: 2},
		{Name: "示例市档案馆", Category: "市直部门", Accounts: 3, LatestStatus: "全部合格"},
	}
	round := RoundView{RoundSummary: RoundSummary{Title: "四季度通报", Period: "2024年第四季度"}, Regions: []CategoryRow{
		{Category: "甲省", Units: 12, Websites: Tally{Checked: 120, Passed: 120, Rate: "100.00%"}, Accounts: Tally{Rate: "—"}},
		{Category: "丙省", Websites: Tally{Rate: "93.8%", Stated: &StatedView{Rate: "93.8%", Shown: "93.8%", Note: "（通报数字）", NoteClass: "fig-note"}}, Accounts: Tally{Rate: "—"}},
	}}
	scored := RoundView{RoundSummary: RoundSummary{Title: "第二季度通报"}, Ranked: []RankedView{
		{Kind: "网站", TopTitle: "网站得分前1名", Top: []ScoredRow{{Rank: 1, Name: "甲局网站", Unit: "甲局", UnitSlug: "jia-ju", Score: "98.5", Result: "合格"}}},
		{Kind: "新媒体", BottomTitle: "新媒体得分后1名", Bottom: []ScoredRow{{Rank: 40, Name: "乙发布", Platform: "微信（公众号）", Unit: "乙局", Score: "—", Result: "不合格"}}},
	}}
	ranked := rankedTables(&scored)
	if len(ranked) != 2 {
		t.Fatalf("%d tables of 得分排名, want 2", len(ranked))
	}
	for _, tc := range []struct {
		name         string
		table        *Table
		html         string
		key, caption string
		head         string
		rows         []string
		numeric      []bool
	}{{
		// Every round, newest first. A rate the 通报 states is printed as
		// the round page prints it (rate.html), with its note; one the
		// counts give is printed plain; a kind not checked says so, in the
		// download too, not as a dash that reads as a missing figure. The
		// page writes “合格/检查”, the download each count in a column of
		// its own, and the round's title beside its label.
		name:  "rounds",
		table: roundsTable(rounds),
		html: `<div class="table-wrap" role="region" aria-label="历次检查通报及合格率（按发布时间从新到旧）" tabindex="0">
<table class="rounds-table">
<caption>历次检查通报及合格率（按发布时间从新到旧）</caption>
<thead>
<tr>
<th scope="col">轮次</th>
<th scope="col">发布日期</th>
<th scope="col" class="num">网站合格率</th>
<th scope="col" class="num">网站（合格/检查）</th>
<th scope="col" class="num">新媒体合格率</th>
<th scope="col" class="num">新媒体（合格/检查）</th>
</tr>
</thead>
<tbody>
<tr>
<th scope="row"><a href="/rounds/2024q4/">2024年第四季度</a></th>
<td class="nowrap">—</td>
<td class="num"><span class="rate">95%</span><span class="fig-note">（通报数字）</span></td>
<td class="num">未说明/120</td>
<td class="num"><span class="rate">93.5%</span><span class="fig-note rate-differs">（通报数字；按 182/200 计算为 91.0%，两者不一致）</span></td>
<td class="num">182/200</td>
</tr>
<tr>
<th scope="row"><a href="/rounds/2024q3/">2024年第三季度</a></th>
<td class="nowrap">2024-10-20</td>
<td class="num">95.65%</td>
<td class="num">66/69</td>
<td class="num">未检查</td>
<td class="num">—</td>
</tr>
</tbody>
</table>
</div>`,
		key:     "rounds",
		caption: "历次检查通报及合格率（按发布时间从新到旧）",
		head:    "轮次|标题|发布日期|网站合格率|网站检查数|网站合格数|网站不合格数|新媒体合格率|新媒体检查数|新媒体合格数|新媒体不合格数",
		rows: []string{
			"2024年第四季度|四季度通报|—|95%（通报数字）|120|通报未说明|通报未说明|93.5%（通报数字；按 182/200 计算为 91.0%，两者不一致）|200|182|18",
			"2024年第三季度|三季度通报|2024-10-20|95.65%|69|66|3|未检查|未检查|未检查|未检查"},
		numeric: []bool{false, false, false, false, true, true, true, false, true, true, true},
	}, {
		// A category's units on the units index: the unit heads its row,
		// linked to its page; its status is a badge with the failures
		// beside it; phones get each cell's head. The download adds the
		// category and the number of failures, and writes the status alone.
		name:  "units of a category",
		table: categoryUnitsTable(1, "市直部门", units),
		html: `<div class="table-wrap" role="region" aria-label="市直部门单位列表" tabindex="0">
<table class="units-table sticky-first cards">
<caption>市直部门：各单位网站和账号数及最新检查状态</caption>
<thead>
<tr>
<th scope="col">单位名称</th>
<th scope="col">所属地区</th>
<th scope="col" class="num">网站数</th>
<th scope="col" class="num">账号数</th>
<th scope="col">最新状态</th>
</tr>
</thead>
<tbody>
<tr>
<th scope="row"><a href="/units/a-b/">示例市A&amp;B局</a></th>
<td data-label="所属地区">市本级</td>
<td class="num" data-label="网站数">1</td>
<td class="num" data-label="账号数">12</td>
<td class="status" data-label="最新状态"><span class="badge badge-fail">有问题</span><span class="status-note">不合格 2 项</span></td>
</tr>
<tr>
<th scope="row">示例市档案馆</th>
<td data-label="所属地区">—</td>
<td class="num" data-label="网站数">0</td>
<td class="num" data-label="账号数">3</td>
<td class="status" data-label="最新状态"><span class="badge badge-pass">全部合格</span></td>
</tr>
</tbody>
</table>
</div>`,
		key:     "units-1",
		caption: "市直部门：各单位网站和账号数及最新检查状态",
		head:    "单位名称|单位类别|所属地区|网站数|账号数|最新状态|最新一轮不合格数",
		rows:    []string{"示例市A&B局|市直部门|市本级|1|12|有问题|2", "示例市档案馆|市直部门|—|0|3|全部合格|0"},
		numeric: []bool{false, false, false, true, true, false, true},
	}, {
		// 各地区检查情况: a region's name links to its figures further
		// down the page; every rate is printed as rate.html prints it, a
		// stated rate with its note; a kind the 通报 gives no figures for
		// is “—”. The download has the number of units and every count in
		// a column of its own, “—” where there is none.
		name:  "regions",
		table: regionsTable(&round),
		html: `<div class="table-wrap" role="region" aria-label="各地区检查情况表" tabindex="0">
<table>
<caption>2024年第四季度各地区检查情况</caption>
<thead><tr><th scope="col">地区</th><th scope="col" class="num">网站合格率</th><th scope="col" class="num">网站（合格/检查）</th><th scope="col" class="num">新媒体合格率</th><th scope="col" class="num">新媒体（合格/检查）</th></tr></thead>
<tbody>
<tr><th scope="row"><a href="#region-1">甲省</a></th><td class="num"><span class="rate">100.00%</span></td><td class="num">120/120</td><td class="num"><span class="rate">—</span></td><td class="num">—</td></tr>
<tr><th scope="row"><a href="#region-2">丙省</a></th><td class="num"><span class="rate">93.8%</span><span class="fig-note">（通报数字）</span></td><td class="num">—</td><td class="num"><span class="rate">—</span></td><td class="num">—</td></tr>
</tbody>
</table>
</div>`,
		key:     "regions",
		caption: "2024年第四季度各地区检查情况",
		head:    "地区|单位数|网站合格率|网站检查数|网站合格数|网站不合格数|新媒体合格率|新媒体检查数|新媒体合格数|新媒体不合格数",
		rows:    []string{"甲省|12|100.00%|120|120|0|—|—|—|—", "丙省|—|93.8%（通报数字）|—|—|—|—|—|—|—"},
	}, {
		// 得分排名: each list the 通报 names is a table, top then bottom,
		// its unit linked to its page; the download has an account's
		// platform, which the page prints under its name, in a column of
		// its own.
		name:  "ranked top",
		table: ranked[0],
		html: `<div class="table-wrap" role="region" aria-label="网站得分前1名" tabindex="0">
<table class="list-table">
<caption>第二季度通报网站得分前1名</caption>
<thead><tr><th scope="col" class="num">排名</th><th scope="col">名称</th><th scope="col">单位</th><th scope="col" class="num">得分</th><th scope="col">检查结果</th></tr></thead>
<tbody>
<tr><td class="num">1</td><th scope="row">甲局网站</th><td><a href="/units/jia-ju/">甲局</a></td><td class="num">98.5</td><td>合格</td></tr>
</tbody>
</table>
</div>`,
		key:     "ranked-websites-top",
		caption: "第二季度通报网站得分前1名",
		head:    "排名|名称|平台|单位|得分|检查结果",
		rows:    []string{"1|甲局网站|—|甲局|98.5|合格"},
	}, {
		name:  "ranked bottom",
		table: ranked[1],
		html: `<div class="table-wrap" role="region" aria-label="新媒体得分后1名" tabindex="0">
<table class="list-table">
<caption>第二季度通报新媒体得分后1名</caption>
<thead><tr><th scope="col" class="num">排名</th><th scope="col">名称</th><th scope="col">单位</th><th scope="col" class="num">得分</th><th scope="col">检查结果</th></tr></thead>
<tbody>
<tr><td class="num">40</td><th scope="row">乙发布<span class="code">微信（公众号）</span></th><td>乙局</td><td class="num">—</td><td>不合格</td></tr>
</tbody>
</table>
</div>`,
		key:     "ranked-accounts-bottom",
		caption: "第二季度通报新媒体得分后1名",
		head:    "排名|名称|平台|单位|得分|检查结果",
		rows:    []string{"40|乙发布|微信（公众号）|乙局|—|不合格"},
	}} {
		if got := tc.table.HTML(); got != tc.html {
			t.Errorf("%s: got\n%s\nwant\n%s", tc.name, got, tc.html)
		}
		d := tc.table.Data()
		if d.key != tc.key || d.Caption != tc.caption {
			t.Errorf("%s: key %q caption %q, want %q %q", tc.name, d.key, d.Caption, tc.key, tc.caption)
		}
		assertRows(t, tc.name, d, tc.head, tc.rows...)
		if tc.numeric != nil && !slices.Equal(d.Numeric, tc.numeric) {
			t.Errorf("%s: numeric = %v, want %v", tc.name, d.Numeric, tc.numeric)
		}
	}
}

// assertRows reports the download's head and rows, cells joined by “|”,
// where they are not the wanted ones.
func assertRows(t *testing.T, table string, d dataTable, head string, rows ...string) {
	t.Helper()
	if got := strings.Join(d.Head, "|"); got != head {
		t.Errorf("%s: download head\n%s\nwant\n%s", table, got, head)
	}
	var got []string
	for _, r := range d.Rows {
		got = append(got, strings.Join(r, "|"))
	}
	if !slices.Equal(got, rows) {
		t.Errorf("%s: download rows\n%s\nwant\n%s", table, strings.Join(got, "\n"), strings.Join(rows, "\n"))
	}
}

// The download linked at the top of the units index has every unit.
func TestAllUnitsTable(t *testing.T) {
	d := allUnitsTable([]UnitSummary{{Name: "青山区政府", Category: "区县政府", Websites: 1, LatestStatus: "未检查"}, {Name: "财政局", Category: "市直部门"}}).Data()
	if d.key != "units" || d.Caption != "全部单位：网站和账号数及最新检查状态" {
		t.Errorf("key %q caption %q", d.key, d.Caption)
	}
	assertRows(t, "units", d, "单位名称|单位类别|所属地区|网站数|账号数|最新状态|最新一轮不合格数",
		"青山区政府|区县政府|—|1|0|未检查|0", "财政局|市直部门|—|0|0|—|0")
}

// The units index split over two pages: each page's tables hold its own
// units, a category carried over to the next page continuing there under
// the same download.
func TestSiteTablesFollowUnitsPages(t *testing.T) {
	s := SiteView{Categories: []string{"区县政府", "市直部门"}, Units: []UnitSummary{
		{Name: "青山区政府", Slug: "qs", Category: "区县政府"}, {Name: "东湖区政府", Slug: "dh", Category: "区县政府"},
		{Name: "财政局", Slug: "cz", Category: "市直部门"}}}
	s.UnitPages = []UnitsPage{
		{Page: 1, From: 1, To: 1, Sections: []UnitsSection{{Category: "区县政府", Index: 0, From: 1, To: 1}}},
		{Slug: "--2", Page: 2, From: 2, To: 3, Sections: []UnitsSection{{Category: "区县政府", Index: 0, From: 2, To: 2, Continued: true},
			{Category: "市直部门", Index: 1, From: 3, To: 3}}},
	}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Tables SiteTables `json:"tables"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	var keys, units []string
	for _, page := range got.Tables.Units {
		var k, u []string
		for _, tb := range page {
			k = append(k, tb.Key)
			for _, name := range []string{"青山区政府", "东湖区政府", "财政局"} {
				if strings.Contains(tb.HTML, ">"+name+"<") {
					u = append(u, name)
				}
			}
		}
		keys, units = append(keys, strings.Join(k, ",")), append(units, strings.Join(u, ","))
	}
	if want := []string{"units-0", "units-0,units-1"}; !slices.Equal(keys, want) {
		t.Errorf("keys by page = %q, want %q", keys, want)
	}
	if want := []string{"青山区政府", "东湖区政府,财政局"}; !slices.Equal(units, want) {
		t.Errorf("units by page = %q, want %q", units, want)
	}
	if got.Tables.Rounds.HTML != "" {
		t.Errorf("a site without rounds has a table of rounds:\n%s", got.Tables.Rounds.HTML)
	}
}
