package charts

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/zwgk/zwgk/internal/figfmt"
	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/model"
)

// Across are the charts of one round's cross-round sections, each only
// where the round has its data: the problem categories when it counted a
// problem, the mean scores by category, and the score bands.
func Across(r figures.Round) []Chart {
	var out []Chart
	if hasProblems(r) {
		out = append(out, ProblemCategories(r))
	}
	if len(r.Scores) > 0 {
		out = append(out, CategoryScores(r))
	}
	if r.Distribution != nil {
		out = append(out, ScoreDistribution(r))
	}
	return out
}

func hasProblems(r figures.Round) bool {
	for _, p := range r.Problems {
		if p.Count > 0 {
			return true
		}
	}
	return false
}

// ProblemCategories is one round's problems counted by the categories of
// the national indicators, websites and new media side by side.
func ProblemCategories(r figures.Round) Chart {
	t := Table{Head: []string{"类型", "问题类别", "问题数"}, Numeric: []bool{false, false, true}}
	var labels []string
	var sites, accs []opts.BarData
	var parts []string
	for _, p := range r.Problems {
		kind := model.KindLabel(p.Account)
		t.Rows = append(t.Rows, []string{kind, p.Category, strconv.Itoa(p.Count)})
		if p.Count == 0 {
			continue
		}
		labels = append(labels, kind+"："+p.Category)
		// One series per kind keeps the two apart by colour and pattern.
		if p.Account {
			sites = append(sites, opts.BarData{Value: "-"})
			accs = append(accs, opts.BarData{Value: p.Count})
		} else {
			sites = append(sites, opts.BarData{Value: p.Count})
			accs = append(accs, opts.BarData{Value: "-"})
		}
		parts = append(parts, fmt.Sprintf("%s%s %d 个", kind, p.Category, p.Count))
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(common("chart-problem-categories"),
		charts.WithXAxisOpts(opts.XAxis{AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 30}}),
		charts.WithYAxisOpts(opts.YAxis{Name: "问题数（个）", MinInterval: 1}),
	)...)
	bar.SetXAxis(labels).
		AddSeries(model.KindWebsite, sites, charts.WithBarChartOpts(opts.BarChart{Stack: "kind"})).
		AddSeries(model.KindAccount, accs, charts.WithBarChartOpts(opts.BarChart{Stack: "kind"}))
	return newChart("chart-problem-categories", option(bar), t,
		Label(r)+"发现问题的类别", "按检查指标归类："+strings.Join(parts, "，")+"。")
}

// ScoreDistribution is how one round's website and account scores spread
// over score bands: the bands counted from the rows, or those the 通报
// states, where a count it does not state is "—".
func ScoreDistribution(r figures.Round) Chart {
	d := r.Distribution
	t := Table{Head: []string{"分数段", "网站数", "新媒体账号数"}, Numeric: []bool{false, true, true}}
	var labels []string
	var sites, accs []opts.BarData
	var parts []string
	cell := func(n int) (string, interface{}) {
		if n < 0 {
			return "—", "-"
		}
		return strconv.Itoa(n), n
	}
	for i, label := range d.Labels {
		labels = append(labels, label)
		sw, sv := cell(d.Websites[i])
		aw, av := cell(d.Accounts[i])
		sites = append(sites, opts.BarData{Value: sv})
		accs = append(accs, opts.BarData{Value: av})
		t.Rows = append(t.Rows, []string{label, sw, aw})
		if !d.Stated {
			if d.Websites[i]+d.Accounts[i] > 0 {
				parts = append(parts, fmt.Sprintf("%s网站 %d 个、账号 %d 个", label, d.Websites[i], d.Accounts[i]))
			}
			continue
		}
		// Stated bands: only the counts the 通报 gives.
		var p []string
		if d.Websites[i] >= 0 {
			p = append(p, fmt.Sprintf("网站 %d 个", d.Websites[i]))
		}
		if d.Accounts[i] >= 0 {
			p = append(p, fmt.Sprintf("账号 %d 个", d.Accounts[i]))
		}
		parts = append(parts, label+strings.Join(p, "、"))
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(common("chart-score-distribution"),
		charts.WithYAxisOpts(opts.YAxis{Name: "数量（个）", MinInterval: 1}),
	)...)
	bar.SetXAxis(labels).AddSeries("网站", sites).AddSeries("新媒体账号", accs)
	subtitle := strings.Join(parts, "；") + "。"
	if d.Stated {
		subtitle = "按通报所列分数段：" + subtitle
	}
	return newChart("chart-score-distribution", option(bar), t, Label(r)+"得分分布", subtitle)
}

// CategoryScores is one round's mean website and new-media score by unit
// category (各类单位平均得分), with the change against the previous round in
// its table.
func CategoryScores(r figures.Round) Chart {
	t := Table{Head: []string{"单位类别", "网站平均分", "较上轮", "新媒体平均分", "较上轮"}, Numeric: []bool{false, true, false, true, false}}
	// The first round (or one after a round without scores) has nothing
	// to compare with: no change columns.
	compared := len(r.ScoreChanges) > 0
	if !compared {
		t = Table{Head: []string{"单位类别", "网站平均分", "新媒体平均分"}, Numeric: []bool{false, true, true}}
	}
	var labels []string
	var sites, accs []opts.BarData
	var parts []string
	for _, s := range r.Scores {
		ch := r.ScoreChanges[s.Category]
		if compared {
			t.Rows = append(t.Rows, []string{s.Category, figfmt.Mean(s.Websites), dash(figfmt.ScoreChange(ch[0])), figfmt.Mean(s.Accounts), dash(figfmt.ScoreChange(ch[1]))})
		} else {
			t.Rows = append(t.Rows, []string{s.Category, figfmt.Mean(s.Websites), figfmt.Mean(s.Accounts)})
		}
		if s.Category == figures.AllUnits {
			continue
		}
		labels = append(labels, s.Category)
		sites = append(sites, opts.BarData{Value: number(figfmt.Mean(s.Websites))})
		accs = append(accs, opts.BarData{Value: number(figfmt.Mean(s.Accounts))})
		part := s.Category + "网站 " + figfmt.Mean(s.Websites) + " 分"
		if figfmt.ScoreChange(ch[0]) != "" {
			part += "（较上轮" + figfmt.ScoreChange(ch[0]) + "）"
		}
		parts = append(parts, part)
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(common("chart-category-scores"),
		charts.WithYAxisOpts(opts.YAxis{Name: "平均分"}),
	)...)
	bar.SetXAxis(labels).AddSeries("网站平均分", sites).AddSeries("新媒体平均分", accs)
	return newChart("chart-category-scores", option(bar), t, Label(r)+"各类单位平均得分", strings.Join(parts, "；")+"。")
}

func dash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
