package figures

import (
	"fmt"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/model"
)

// failingAccounts gives n running accounts of 甲局 that failed, 备案单号
// 7100 on.
func failingAccounts(n int) []model.Account {
	var out []model.Account
	for i := range n {
		out = append(out, account(fmt.Sprint(7100+i), "甲局", model.StatusRunning, model.Fail, "未备案"))
	}
	return out
}

// failingWebsites gives n websites of 甲局 that failed, 网站标识码
// 9900000001 on.
func failingWebsites(n int) []model.Website {
	var out []model.Website
	for i := range n {
		out = append(out, site(fmt.Sprint(9900000001+i), "甲局", model.Fail, "首页不能访问"))
	}
	return out
}

// Rows contradict stated totals only when they cannot fit in them.
func TestRowsThatCannotFitTheTotals(t *testing.T) {
	tests := []struct {
		name  string
		round model.Round
		want  string
	}{
		{"more failing rows than stated failures", model.Round{ID: "2024Q3", Accounts: failingAccounts(4), Summary: metrics("账号抽查数", "150", "账号合格数", "148")},
			"账号合格数 148 加上清单中 4 个不合格账号，超过检查的账号数 150"},
		{"more rows than the total", model.Round{ID: "2024Q3", Accounts: failingAccounts(4), Summary: metrics("账号抽查数", "3")},
			"账号抽查数为 3，但 accounts 表中有检查结果的账号有 4 个"},
		{"a pass count without a base", model.Round{ID: "2024Q3", Accounts: failingAccounts(4), Summary: metrics("账号合格数", "146")},
			"账号合格数为 146，accounts 表中只有 0 个合格账号，但没有写检查了多少个账号"},
		{"websites: a pass count without a total", model.Round{ID: "2024Q3", Websites: []model.Website{site("9900000001", "甲局", model.Fail, "首页不能访问")}, Summary: metrics("网站合格数", "68")},
			"网站合格数为 68，websites 表中只有 0 个合格网站，但没有写网站总数"},
		{"websites: more passing rows than stated", model.Round{ID: "2024Q3", Websites: []model.Website{site("9900000001", "甲局", model.Pass), site("9900000002", "甲局", model.Pass)}, Summary: metrics("网站总数", "69", "网站合格数", "1")},
			"网站合格数 1 少于 websites 表中合格的网站 2 个"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, problems := Compute(&model.Dataset{Rounds: []model.Round{tt.round}})
			if f != nil || !strings.Contains(fmt.Sprint(problems.Sorted()), tt.want) {
				t.Errorf("problems = %v, want %q", problems.Sorted(), tt.want)
			}
		})
	}
}

// “抽查150个，合格146个”, the 4 failures listed: the figures come from the
// totals, the counts not stated are unknown.
func TestStatedSampleFailuresListed(t *testing.T) {
	f := compute(t, &model.Dataset{Rounds: []model.Round{{ID: "2024Q3", Accounts: failingAccounts(4), Summary: []model.Metric{
		{Name: "账号抽查数", Value: "150"}, {Name: "账号合格数", Value: "146"}}}}})
	r := f.Rounds[0]
	a := r.Accounts
	if !r.Partial || a.Checked != 150 || a.Passed != 146 || a.Failed != 4 || !a.Sampled || !a.OnFileUnknown || !a.RunningUnknown ||
		a.Rate() != (Rate{146, 150}) || a.SampleRate().Defined() || len(r.FailedAccounts) != 4 || !r.NoWebsites {
		t.Errorf("round = partial %v, accounts %+v, failed %d, no websites %v", r.Partial, a, len(r.FailedAccounts), r.NoWebsites)
	}
}

// A stated total with neither a pass count nor every failure named: the
// pass count is unknown, never the total minus the failures named.
func TestPassCountUnknownFromPartialLists(t *testing.T) {
	tests := []struct {
		name    string
		round   model.Round
		unknown bool
		rate    Rate // the round's own pass rate, as the tally gives it
		warning string
	}{
		// 贵州: “抽查471个…总体合格率90.87%”, no account named in a sheet.
		{"accounts: a sample and a stated rate, no rows", model.Round{ID: "2025Q2", Summary: metrics("账号抽查数", "471", "账号合格率", "90.87%")}, true, Rate{}, ""},
		// 广东: “510家政府网站…全覆盖检查”, no rate, no rows.
		{"websites: a total, no rows", model.Round{ID: "2025Q2", Summary: metrics("网站总数", "510")}, true, Rate{}, ""},
		// 2 of 40 named, but 90.00% says 4 failed.
		{"websites: a stated rate the named failures do not give", model.Round{ID: "2025Q2", Websites: failingWebsites(2), Summary: metrics("网站总数", "40", "网站合格率", "90.00%")}, true, Rate{},
			"通报的网站合格率 90.00% 与 40 个中去掉清单里 2 个不合格算出的 95.00% 不一致"},
		// 随州: the problem list is the whole list of failures.
		{"websites: failures listed, no rate", model.Round{ID: "2021-2", Websites: failingWebsites(3), Summary: metrics("网站总数", "24")}, false, Rate{21, 24}, ""},
		{"websites: failures listed, a stated rate they give", model.Round{ID: "2021-2", Websites: failingWebsites(3), Summary: metrics("网站总数", "24", "网站合格率", "87.5%")}, false, Rate{21, 24}, ""},
		{"websites: a stated pass count", model.Round{ID: "2025Q2", Summary: metrics("网站总数", "510", "网站合格数", "509")}, false, Rate{509, 510}, ""},
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
