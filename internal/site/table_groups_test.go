package site

import (
	"math/big"
	"testing"

	"github.com/zwgk/zwgk/internal/figures"
)

// The workbook's 各类单位 is the same table as 各地区, of the unit
// categories, and like 各平台 and the units 找错 names without counts it
// is a sheet of the workbook only, with no files of its own.
func TestWorkbookOnlyTables(t *testing.T) {
	rv := RoundView{RoundSummary: RoundSummary{Period: "2024年第四季度"},
		Categories: []CategoryRow{{Category: "市直部门", Units: 40, Websites: Tally{Checked: 41, Passed: 40, Failed: 1, Rate: "97.56%"},
			Accounts: Tally{Checked: 300, Passed: 291, Failed: 9, Rate: "97.00%"}}},
		Platforms: []PlatformRow{{Platform: "微信（公众号）", Accounts: 120, Tally: Tally{Checked: 118, Passed: 115, Failed: 3, Rate: "97.46%"}}},
		Across:    Across{ErrorReports: &ErrorReportsView{Named: []ReportRow{{No: 1, Unit: "甲局"}}}}}
	for _, tc := range []struct {
		table            *Table
		key, sheet, head string
		row              string
	}{
		{categoriesTable(&rv), "categories", "各类单位", "单位类别|单位数|网站合格率|网站检查数|网站合格数|网站不合格数|新媒体合格率|新媒体检查数|新媒体合格数|新媒体不合格数",
			"市直部门|40|97.56%|41|40|1|97.00%|300|291|9"},
		{platformsTable(&rv), "platforms", "各平台", "平台|正常运行账号数|检查数|合格数|不合格数|合格率", "微信（公众号）|120|118|115|3|97.46%"},
		{errorReportsNamedTable(&rv), "error-reports-named", "找错留言办理（点名单位）", "序号|单位|质量问题", "1|甲局|—"},
	} {
		d := tc.table.Data()
		if d.key != tc.key || d.sheet != tc.sheet || !d.bookOnly {
			t.Errorf("%s: key %q sheet %q book only %v", tc.key, d.key, d.sheet, d.bookOnly)
		}
		assertRows(t, tc.key, d, tc.head, tc.row)
	}
}

// What the pages print for a rate the 通报 states, decided once for
// rate.html and the tables: 93.5% stated, 182 of 200 counted (91.0%): the
// stated figure, said to differ; 187 of 200 (93.5%): the counts' rate in
// the round's decimals, alone; no pass count: the stated figure, said to
// be the 通报's.
func TestWithStated(t *testing.T) {
	stated := func(num, den int, differs bool) *figures.StatedRate {
		return &figures.StatedRate{Value: big.NewRat(935, 10), Decimals: 1, Counts: figures.Rate{Num: num, Den: den}, Differs: differs}
	}
	for _, tc := range []struct {
		counts                  figures.Tally
		stated                  *figures.StatedRate
		rate, shown, note, kind string
	}{
		{figures.Tally{Checked: 200, Passed: 182, Failed: 18}, stated(182, 200, true),
			"91.00%", "93.5%", "（通报数字；按 182/200 计算为 91.0%，两者不一致）", "fig-note rate-differs"},
		{figures.Tally{Checked: 200, Passed: 187, Failed: 13}, stated(187, 200, false), "93.50%", "93.50%", "", ""},
		{figures.Tally{Checked: 200, PassedUnknown: true}, stated(0, 0, false), "93.5%", "93.5%", "（通报数字）", "fig-note"},
	} {
		got := withStated(tally(tc.counts, 2, ""), tc.counts, tc.stated)
		if s := got.Stated; got.Rate != tc.rate || s.Shown != tc.shown || s.Note != tc.note || s.NoteClass != tc.kind {
			t.Errorf("%+v: rate %q, shown %q, note %q, class %q; want %q, %q, %q, %q",
				tc.counts, got.Rate, s.Shown, s.Note, s.NoteClass, tc.rate, tc.shown, tc.note, tc.kind)
		}
	}
}
