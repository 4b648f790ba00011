package figures

import (
	"math/big"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/model"
)

func metrics(kv ...string) []model.Metric {
	var out []model.Metric
	for i := 0; i+1 < len(kv); i += 2 {
		out = append(out, model.Metric{Name: kv[i], Value: kv[i+1], Pos: model.Pos{File: "summary.csv", Row: i/2 + 2}})
	}
	return out
}

// problemTexts computes the dataset and returns its problems, one line each.
func problemTexts(ds *model.Dataset) string {
	_, problems := Compute(ds)
	var lines []string
	for _, p := range problems.Sorted() {
		lines = append(lines, p.String())
	}
	return strings.Join(lines, "\n")
}

// A stated rate differs only beyond its own rounding: 100% for 199 of 200
// (99.5%) is what a 通报 writing whole percents prints.
func TestStatedRatesWithinRounding(t *testing.T) {
	units := []model.Unit{{Name: "甲局", Category: "市直部门", Region: "甲市"}, {Name: "乙局", Category: "市直部门", Region: "乙市"}}
	ds := &model.Dataset{Units: units, Rounds: []model.Round{{ID: "2024Q1", Sources: []string{"round.md"},
		Summary: metrics("网站总数", "200", "网站合格数", "199", "网站合格率", "100%",
			"网站总数:甲市", "40", "网站合格数:甲市", "39", "网站合格率:甲市", "97.5%",
			"账号总数", "1012", "账号抽查数", "276", "账号合格数", "266", "抽查比例", "27.27%", "账号合格率", "96.4%")}}}
	if got := problemTexts(ds); got != "" {
		t.Errorf("problems, want none:\n%s", got)
	}
	f := compute(t, ds)
	r := f.Rounds[0]
	if s := r.WebsiteRateStated; s == nil || s.Value.Cmp(big.NewRat(100, 1)) != 0 || s.Decimals != 0 || s.Counts != (Rate{199, 200}) || s.Differs {
		t.Errorf("网站合格率 %+v, want 100%% agreeing with 199/200", s)
	}
	if len(r.Regions) != 1 || r.Regions[0].Name != "甲市" || r.Regions[0].Websites != (Tally{Checked: 40, Passed: 39, Failed: 1}) {
		t.Errorf("regions %+v, want 甲市 39/40 only (乙市 states nothing)", r.Regions)
	}
}

// Group figures must fit the rows: a partial list cannot name more failures
// of a group than its stated counts leave, nor a group outside units.csv.
func TestGroupFiguresBoundPartialRows(t *testing.T) {
	units := []model.Unit{{Name: "甲局", Category: "市直部门", Region: "甲市"}}
	ds := &model.Dataset{Units: units, Rounds: []model.Round{{ID: "2024Q1", Sources: []string{"round.md"},
		Websites: []model.Website{site("9900000001", "甲局", model.Fail, "首页不能访问"), site("9900000002", "甲局", model.Fail, "栏目不更新")},
		Summary: metrics("网站总数", "50", "网站总数:市直部门", "10", "网站合格数:市直部门", "9",
			"网站合格率:县级", "90%", "账号合格率", "九成", "得分段:网站:九十以上", "3")}}}
	got := problemTexts(ds)
	for _, want := range []string{
		"summary.csv:4:数值: 网站合格数:市直部门 为 9，但 websites 表列出市直部门不合格的网站 2 个，超过 10 个中不合格的 1 个",
		"summary.csv:5:指标: 指标“网站合格率:县级”的“县级”既不是 units.csv 中的单位类别，也不是所属地区",
		"summary.csv:6:数值: 账号合格率 的数值“九成”不是 0 到 100 之间的百分数",
		"summary.csv:7:指标: 指标“得分段:网站:九十以上”无法识别",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("problems lack %q:\n%s", want, got)
		}
	}
}

// The scores of a partial list give no mean, distribution or ranking; the
// named ranks split into the top and the bottom of the stated total.
func TestPartialListScoresAndRanks(t *testing.T) {
	units := []model.Unit{{Name: "甲局", Category: "市直部门"}}
	top := site("9900000001", "甲局", model.Pass)
	top.Score, top.Rank = "98", 1
	low := site("9900000002", "甲局", model.Fail, "首页不能访问")
	low.Score, low.Rank = "40", 20
	ds := &model.Dataset{Units: units, Rounds: []model.Round{{ID: "2024Q1", Sources: []string{"round.md"},
		Websites: []model.Website{top, low}, Summary: metrics("网站总数", "20")}}}
	f := compute(t, ds)
	r := f.Rounds[0]
	if r.WholeWebsites || len(r.Scores) != 0 || r.Distribution != nil || f.Ranking(0) != nil {
		t.Errorf("partial list: whole %v, scores %+v, distribution %+v, ranking %+v; want none", r.WholeWebsites, r.Scores, r.Distribution, f.Ranking(0))
	}
	if len(r.Ranked) != 1 || len(r.Ranked[0].Top) != 1 || r.Ranked[0].Top[0].Name != "网站9900000001" ||
		len(r.Ranked[0].Bottom) != 1 || r.Ranked[0].Bottom[0].Rank != 20 {
		t.Errorf("ranked %+v, want 网站9900000001 at the top and rank 20 at the bottom", r.Ranked)
	}
	low.Rank = 21
	ds.Rounds[0].Websites[1] = low
	if got := problemTexts(ds); !strings.Contains(got, "网站“网站9900000002”排名第 21 名，但检查的网站只有 20 个") {
		t.Errorf("rank beyond the total: problems\n%s", got)
	}
}
