package rounds

import (
	"strconv"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
)

// checkTotals checks a round's stated totals against each other and
// against its rows: a total written both in round.md (websites_total,
// accounts_total) and in summary.csv (网站总数, 账号总数) is one number,
// and a total is never smaller than the rows it counts. This is the one
// home of the check: it runs while reading, so a wrong total is reported
// with the other mistakes, and the figures stage takes the totals as
// agreed.
func checkTotals(r *model.Round, problems *diag.List) {
	md := r.Sources[0]
	for _, k := range []struct {
		key     string // in round.md
		total   *int
		metrics []string // in summary.csv, the first stated counts
		rows    int
		sheet   string
		unit    string // what a row is
	}{
		{"websites_total", r.Meta.WebsitesTotal, []string{model.WebsitesTotal}, len(r.Websites), "websites", "网站"},
		// 账号筛查数 (accounts screened) is the total when neither
		// accounts_total nor 账号总数 is stated.
		{"accounts_total", r.Meta.AccountsTotal, []string{model.AccountsTotal, model.AccountsScreened}, len(r.Accounts), "accounts", "账号"},
	} {
		rowsChecked := false
		if k.total != nil && k.rows > *k.total {
			problems.Errorf(md, 0, k.key, "改正 "+k.key+"，或删去多余的行", "%s 为 %d，但 %s 表有 %d 行", k.key, *k.total, k.sheet, k.rows)
			rowsChecked = true
		}
		for i, name := range k.metrics {
			m, ok := r.Metric(name)
			if !ok || i > 0 && k.total != nil {
				continue
			}
			n, err := strconv.Atoi(m.Value)
			if err != nil {
				break // the summary reader reports a count that is not a number
			}
			switch {
			case k.total != nil && n != *k.total:
				problems.Errorf(m.Pos.File, m.Pos.Row, "数值", "两处数字应一致，改正其中一处",
					"%s %d 与 round.md 的 %s %d 不一致", name, n, k.key, *k.total)
			case !rowsChecked && k.rows > n:
				problems.Errorf(m.Pos.File, m.Pos.Row, "数值", "核对"+name+"，或删去多余的行",
					"%s为 %d，但 %s 表有 %d 个%s", name, n, k.sheet, k.rows, k.unit)
			}
			break
		}
	}
}
