package figures

import (
	"fmt"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/model"
)

// A stated total with neither a pass count nor every failure named: the
// pass count is unknown, never the total minus the failures named.
func TestPassCountUnknownFromPartialLists(t *testing.T) {
	failing := func(n int) []model.Website {
		var out []model.Website
		for i := range n {
			out = append(out, site(fmt.Sprint(9900000001+i), "甲局", model.Fail, "首页不能访问"))
		}
		return out
	}
	metric := func(name, value string) model.Metric {
		return model.Metric{Name: name, Value: value, Pos: model.Pos{File: "summary.csv", Row: 2}}
	}
	tests := []struct {
		name    string
		round   model.Round
		unknown bool
		rate    Rate // the round's own pass rate, as the tally gives it
		warning string
	}{
		// 贵州: “抽查471个…总体合格率90.87%”, no account named in a sheet.
		{"accounts: a sample and a stated rate, no rows", model.Round{ID: "2025Q2", Summary: []model.Metric{
			metric("账号抽查数", "471"), metric("账号合格率", "90.87%")}}, true, Rate{}, ""},
		// 广东: “510家政府网站…全覆盖检查”, no rate, no rows.
		{"websites: a total, no rows", model.Round{ID: "2025Q2", Summary: []model.Metric{metric("网站总数", "510")}}, true, Rate{}, ""},
		// 2 of 40 named, but 90.00% says 4 failed.
		{"websites: a stated rate the named failures do not give", model.Round{ID: "2025Q2", Websites: failing(2), Summary: []model.Metric{
			metric("网站总数", "40"), metric("网站合格率", "90.00%")}}, true, Rate{},
			"通报的网站合格率 90.00% 与 40 个中去掉清单里 2 个不合格算出的 95.00% 不一致"},
		// 随州: the problem list is the whole list of failures.
		{"websites: failures listed, no rate", model.Round{ID: "2021-2", Websites: failing(3), Summary: []model.Metric{
			metric("网站总数", "24")}}, false, Rate{21, 24}, ""},
		{"websites: failures listed, a stated rate they give", model.Round{ID: "2021-2", Websites: failing(3), Summary: []model.Metric{
			metric("网站总数", "24"), metric("网站合格率", "87.5%")}}, false, Rate{21, 24}, ""},
		{"websites: a stated pass count", model.Round{ID: "2025Q2", Summary: []model.Metric{
			metric("网站总数", "510"), metric("网站合格数", "509")}}, false, Rate{509, 510}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, problems := Compute(&model.Dataset{Rounds: []model.Round{tt.round}})
			if f == nil {
				t.Fatalf("problems: %v", problems.Sorted())
			}
			r := f.Rounds[0]
			tally := r.Websites
			if len(tt.round.Websites) == 0 && !strings.HasPrefix(tt.name, "websites") {
				tally = r.Accounts.Tally
			}
			if tally.PassedUnknown != tt.unknown || tally.Rate() != tt.rate {
				t.Errorf("tally = %+v, rate %v; want pass count unknown %v, rate %v", tally, tally.Rate(), tt.unknown, tt.rate)
			}
			if tt.unknown && (tally.Passed != 0 || tally.Failed != 0) {
				t.Errorf("tally = %+v: an unknown pass count carries no figures", tally)
			}
			got := fmt.Sprint(problems.Sorted())
			if tt.warning != "" && !strings.Contains(got, tt.warning) {
				t.Errorf("problems = %s, want %q", got, tt.warning)
			}
		})
	}
}
