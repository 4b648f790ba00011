package figures

import (
	"fmt"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/model"
)

// Rows contradict stated totals only when they cannot fit in them.
func TestRowsThatCannotFitTheTotals(t *testing.T) {
	failing := func(n int) []model.Account {
		var out []model.Account
		for i := range n {
			out = append(out, account(fmt.Sprint(7100+i), "甲局", model.StatusRunning, model.Fail, "未备案"))
		}
		return out
	}
	metrics := func(kv ...string) []model.Metric {
		var out []model.Metric
		for i := 0; i < len(kv); i += 2 {
			out = append(out, model.Metric{Name: kv[i], Value: kv[i+1], Pos: model.Pos{File: "summary.csv", Row: i/2 + 2}})
		}
		return out
	}
	tests := []struct {
		name  string
		round model.Round
		want  string
	}{
		{"more failing rows than stated failures", model.Round{ID: "2024Q3", Accounts: failing(4), Summary: metrics("账号抽查数", "150", "账号合格数", "148")},
			"账号合格数 148 加上清单中 4 个不合格账号，超过检查的账号数 150"},
		{"more rows than the total", model.Round{ID: "2024Q3", Accounts: failing(4), Summary: metrics("账号抽查数", "3")},
			"账号抽查数为 3，但 accounts 表中有检查结果的账号有 4 个"},
		{"a pass count without a base", model.Round{ID: "2024Q3", Accounts: failing(4), Summary: metrics("账号合格数", "146")},
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
	var rows []model.Account
	for i := range 4 {
		rows = append(rows, account(fmt.Sprint(7100+i), "甲局", model.StatusRunning, model.Fail, "未备案"))
	}
	f := compute(t, &model.Dataset{Rounds: []model.Round{{ID: "2024Q3", Accounts: rows, Summary: []model.Metric{
		{Name: "账号抽查数", Value: "150"}, {Name: "账号合格数", Value: "146"}}}}})
	r := f.Rounds[0]
	a := r.Accounts
	if !r.Partial || a.Checked != 150 || a.Passed != 146 || a.Failed != 4 || !a.Sampled || !a.OnFileUnknown || !a.RunningUnknown ||
		a.Rate() != (Rate{146, 150}) || a.SampleRate().Defined() || len(r.FailedAccounts) != 4 || !r.NoWebsites {
		t.Errorf("round = partial %v, accounts %+v, failed %d, no websites %v", r.Partial, a, len(r.FailedAccounts), r.NoWebsites)
	}
}
