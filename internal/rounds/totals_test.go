package rounds

import (
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
)

func TestCheckTotals(t *testing.T) {
	n := func(v int) *int { return &v }
	websites := func(k int) []model.Website { return make([]model.Website, k) }
	accounts := func(k int) []model.Account { return make([]model.Account, k) }
	metric := func(name, value string, row int) model.Metric {
		return model.Metric{Name: name, Value: value, Pos: model.Pos{File: "2024Q3/summary.csv", Row: row}}
	}
	tests := []struct {
		name  string
		round model.Round
		want  string // the problems, one a line, without the fix
	}{
		{"rows within the totals", model.Round{
			Meta:     model.Meta{WebsitesTotal: n(3), AccountsTotal: n(5)},
			Websites: websites(3), Accounts: accounts(2),
			Summary: []model.Metric{metric("网站总数", "3", 2), metric("账号总数", "5", 3)}},
			""},
		{"websites_total below the rows", model.Round{
			Meta: model.Meta{WebsitesTotal: n(2)}, Websites: websites(3)},
			"错误 2024Q3/round.md:websites_total: websites_total 为 2，但 websites 表有 3 行"},
		{"网站总数 below the rows", model.Round{
			Websites: websites(3), Summary: []model.Metric{metric("网站总数", "2", 4)}},
			"错误 2024Q3/summary.csv:4:数值: 网站总数为 2，但 websites 表有 3 个网站"},
		{"网站总数 and websites_total differ", model.Round{
			Meta: model.Meta{WebsitesTotal: n(3)}, Summary: []model.Metric{metric("网站总数", "4", 2)}},
			"错误 2024Q3/summary.csv:2:数值: 网站总数 4 与 round.md 的 websites_total 3 不一致"},
		{"both below the rows: said once, in round.md", model.Round{
			Meta: model.Meta{AccountsTotal: n(1)}, Accounts: accounts(2), Summary: []model.Metric{metric("账号总数", "1", 2)}},
			"错误 2024Q3/round.md:accounts_total: accounts_total 为 1，但 accounts 表有 2 行"},
		{"账号筛查数 is the total when no other is stated", model.Round{
			Accounts: accounts(4), Summary: []model.Metric{metric("账号筛查数", "3", 5)}},
			"错误 2024Q3/summary.csv:5:数值: 账号筛查数为 3，但 accounts 表有 4 个账号"},
		{"账号总数 before 账号筛查数", model.Round{
			Accounts: accounts(4), Summary: []model.Metric{metric("账号筛查数", "3", 5), metric("账号总数", "4", 6)}},
			""},
		{"账号筛查数 is not compared with accounts_total", model.Round{
			Meta: model.Meta{AccountsTotal: n(9)}, Accounts: accounts(4), Summary: []model.Metric{metric("账号筛查数", "3", 5)}},
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.round.Sources = []string{"2024Q3/round.md"}
			problems := &diag.List{}
			checkTotals(&tt.round, problems)
			var got []string
			for _, p := range problems.Sorted() {
				line, _, _ := strings.Cut(p.String(), " —— ")
				got = append(got, line)
			}
			if strings.Join(got, "\n") != tt.want {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), tt.want)
			}
		})
	}
}
