package site

import (
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
			Websites: Tally{Checked: 120, PassedUnknown: true, Rate: "95%", Stated: &StatedView{Rate: "95%", Note: "（通报数字）"}},
			Accounts: Accounts{Tally: Tally{Checked: 200, Passed: 182, Failed: 18, Rate: "91.00%",
				Stated: &StatedView{Rate: "93.5%", Computed: "91.0%", Differs: true, Note: "（通报数字；按 182/200 计算为 91.0%，两者不一致）"}}}},
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
		// counts give is printed plain; a kind not checked says so. The
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
			"2024年第三季度|三季度通报|2024-10-20|95.65%|69|66|3|—|—|—|—"},
		numeric: []bool{false, false, false, false, true, true, true, false, true, true, true},
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
