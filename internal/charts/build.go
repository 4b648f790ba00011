package charts

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/zwgk/zwgk/internal/figfmt"
	"github.com/zwgk/zwgk/internal/figures"
)

// palette has colours with at least 3:1 contrast against white, so lines
// and bars are visible to readers with low vision; series also differ by
// line dash, symbol and bar pattern (decal), never by colour alone.
var palette = []string{"#1f5fa8", "#b3261e", "#2e7d32", "#6a1b9a", "#8a5300", "#00695c", "#37474f", "#ad1457"}

var (
	symbols = []string{"circle", "rect", "triangle", "diamond"}
	dashes  = []string{"solid", "dashed", "dotted"}
)

// Label is how a round is named in charts and tables: its period, else its id.
func Label(r figures.Round) string {
	if r.Round.Meta.Period != "" {
		return r.Round.Meta.Period
	}
	return r.Round.ID
}

// common sets what every chart shares: a stable element id, the palette,
// legend (plain: it wraps onto more lines, where "scroll" pages it as
// “1/3”) and tooltip, and ECharts' decal patterns.
func common(id string) []charts.GlobalOpts {
	return []charts.GlobalOpts{
		charts.WithInitializationOpts(opts.Initialization{ChartID: id}),
		charts.WithColorsOpts(opts.Colors(palette)),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "bottom", Type: "plain"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		// A top margin in pixels keeps the y-axis name visible on phones,
		// where charts are short.
		charts.WithGridOpts(opts.Grid{Left: "3%", Right: "4%", Top: "40", Bottom: "60", ContainLabel: opts.Bool(true)}),
		charts.WithAriaOpts(&opts.Aria{Enabled: opts.Bool(true), Decal: &opts.AriaDecal{Show: opts.Bool(true)}}),
		charts.WithAnimation(false),
	}
}

// newChart is a chart with its text alternatives: the subtitle says its
// numbers in words, and its data table is captioned after the title.
func newChart(id string, opt json.RawMessage, t Table, title, subtitle string) Chart {
	t.Caption = title + "（数据表）"
	return Chart{ID: id, Title: title, Subtitle: subtitle, Option: opt, Table: t}
}

// option renders a go-echarts chart to its option JSON. Validate fills the
// axis data; encoding/json escapes < > & so the option cannot end a script.
func option(c interface {
	Validate()
	JSON() map[string]interface{}
}) json.RawMessage {
	c.Validate()
	b, err := json.Marshal(c.JSON())
	if err != nil {
		// The option holds only strings and numbers built here.
		panic(fmt.Sprintf("charts: option does not marshal: %v", err))
	}
	return b
}

// number writes a formatted figure ("99.84%", "1,012") as a JSON number
// for a chart, or "-" (ECharts' empty value) when it is not a number.
func number(s string) interface{} {
	s = strings.TrimSuffix(strings.ReplaceAll(s, ",", ""), "%")
	if _, err := strconv.ParseFloat(s, 64); err != nil {
		return "-"
	}
	return json.Number(s)
}

// PassRateTrend is the website and account pass rate across all rounds.
func PassRateTrend(f *figures.Figures) Chart {
	var labels []string
	var siteData, accData []opts.LineData
	t := Table{
		Head:    []string{"轮次", "网站合格率", "网站（合格/检查）", "新媒体合格率", "新媒体（合格/检查）"},
		Numeric: []bool{false, true, true, true, true},
	}
	for _, r := range f.Rounds {
		l := Label(r)
		labels = append(labels, l)
		sr, srNote := figfmt.Headline(r.Websites, r.WebsiteRateStated, r.WebsiteDecimals)
		ar, arNote := figfmt.Headline(r.Accounts.Tally, r.AccountRateStated, r.AccountDecimals)
		siteData = append(siteData, opts.LineData{Value: number(sr)})
		accData = append(accData, opts.LineData{Value: number(ar)})
		t.Rows = append(t.Rows, []string{l, notStated(sr+srNote, r.NoWebsites, r.Websites, r.WebsiteRateStated), counts(r.Websites), notStated(ar+arNote, r.NoAccounts, r.Accounts.Tally, r.AccountRateStated), counts(r.Accounts.Tally)})
	}
	line := charts.NewLine()
	low := floorMin(f)
	line.SetGlobalOptions(append(common("chart-pass-rate-trend"),
		// The floor is a multiple of 5; asking for ticks every 5 points keeps
		// 99 and 100 from crowding the top of the axis.
		charts.WithYAxisOpts(opts.YAxis{Name: "合格率（%）", Min: low, Max: 100, SplitNumber: (100 - low) / 5}),
		charts.WithXAxisOpts(opts.XAxis{Name: ""}),
	)...)
	line.SetXAxis(labels).
		AddSeries("网站合格率", siteData, lineStyle(0)...).
		AddSeries("新媒体合格率", accData, lineStyle(1)...)

	return newChart("chart-pass-rate-trend", option(line), t, "网站与政务新媒体合格率走势", trendSubtitle(f))
}

// trendSubtitle sums the pass rate trend up in words, the chart's text
// alternative. A change is said only between two different rounds that
// both checked that kind: a site of one round has nothing to compare, and
// states its rates.
func trendSubtitle(f *figures.Figures) string {
	if len(f.Rounds) == 0 {
		return ""
	}
	s := fmt.Sprintf("共 %d 轮检查。", len(f.Rounds))
	var parts []string
	for _, k := range []struct {
		name string
		rate func(figures.Round) string
	}{
		{"网站合格率", websiteHeadline},
		{"新媒体合格率", accountHeadline},
	} {
		first, last := -1, -1
		for i, r := range f.Rounds {
			if k.rate(r) != figfmt.Unknown {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		if first < 0 {
			continue
		}
		a, b := f.Rounds[first], f.Rounds[last]
		if first == last {
			// One round to show: its rate, and no change.
			parts = append(parts, fmt.Sprintf("%s的%s为 %s", Label(a), k.name, k.rate(a)))
			continue
		}
		parts = append(parts, fmt.Sprintf("%s由%s的 %s 变为%s的 %s", k.name, Label(a), k.rate(a), Label(b), k.rate(b)))
	}
	if len(parts) > 0 {
		s += strings.Join(parts, "；") + "。"
	}
	return s
}

func lineStyle(i int) []charts.SeriesOpts {
	return []charts.SeriesOpts{
		charts.WithLineStyleOpts(opts.LineStyle{Type: dashes[i%len(dashes)], Width: 2}),
		charts.WithLineChartOpts(opts.LineChart{Symbol: symbols[i%len(symbols)], SymbolSize: 9, ShowSymbol: opts.Bool(true)}),
		charts.WithLabelOpts(opts.Label{Show: opts.Bool(false)}),
	}
}

// websiteHeadline and accountHeadline are a round's rates as its page
// headlines them (figfmt.Headline), without the note.
func websiteHeadline(r figures.Round) string {
	rate, _ := figfmt.Headline(r.Websites, r.WebsiteRateStated, r.WebsiteDecimals)
	return rate
}

func accountHeadline(r figures.Round) string {
	rate, _ := figfmt.Headline(r.Accounts.Tally, r.AccountRateStated, r.AccountDecimals)
	return rate
}

// floorMin picks the y-axis floor: a whole percent below the lowest rate,
// so small differences stay visible without exaggerating them.
func floorMin(f *figures.Figures) int {
	low := 100
	for _, r := range f.Rounds {
		for _, rate := range []string{websiteHeadline(r), accountHeadline(r)} {
			// The line plots the written figure, so the floor is taken from it.
			if v, err := strconv.ParseFloat(strings.TrimSuffix(rate, "%"), 64); err == nil && int(v) < low {
				low = int(v)
			}
		}
	}
	low -= 5
	if low < 0 {
		low = 0
	}
	return low - low%5
}

// notStated writes a rate of a round that did not check that kind as
// 未检查, and one whose figures the 通报 does not state, neither as counts
// nor as a rate, as 未说明.
func notStated(rate string, notChecked bool, t figures.Tally, stated *figures.StatedRate) string {
	switch {
	case notChecked:
		return "未检查"
	case t.Unknown && stated == nil:
		return "未说明"
	}
	return rate
}

func counts(t figures.Tally) string {
	if t.Checked == 0 {
		return "—"
	}
	if t.PassedUnknown {
		return fmt.Sprintf("未说明/%d", t.Checked)
	}
	return fmt.Sprintf("%d/%d", t.Passed, t.Checked)
}

// PlatformTrend is the number of active accounts by platform in each round,
// stacked per round.
func PlatformTrend(f *figures.Figures) Chart {
	var rounds []figures.Round
	for _, r := range f.Rounds {
		if len(r.Platforms) > 0 {
			rounds = append(rounds, r)
		}
	}
	t := Table{Head: []string{"轮次"}, Numeric: []bool{false}}
	var names []string
	if len(rounds) > 0 {
		for _, p := range rounds[0].Platforms {
			names = append(names, p.Name)
			t.Head = append(t.Head, p.Name)
			t.Numeric = append(t.Numeric, true)
		}
	}
	t.Head = append(t.Head, "合计")
	t.Numeric = append(t.Numeric, true)
	var labels []string
	series := make([][]opts.BarData, len(names))
	for _, r := range rounds {
		labels = append(labels, Label(r))
		row := []string{Label(r)}
		total := 0
		for i, p := range r.Platforms {
			series[i] = append(series[i], opts.BarData{Value: p.Running})
			row = append(row, strconv.Itoa(p.Running))
			total += p.Running
		}
		t.Rows = append(t.Rows, append(row, strconv.Itoa(total)))
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(common("chart-platform-trend"),
		charts.WithYAxisOpts(opts.YAxis{Name: "账号数（个）"}),
	)...)
	bar.SetXAxis(labels)
	for i, name := range names {
		bar.AddSeries(name, series[i], charts.WithBarChartOpts(opts.BarChart{Stack: "accounts"}))
	}
	var subtitle string
	if n := len(t.Rows); n > 0 {
		last := t.Rows[n-1]
		parts := make([]string, 0, len(names))
		for i, name := range names {
			parts = append(parts, name+" "+last[i+1]+" 个")
		}
		subtitle = fmt.Sprintf("%s正常运行账号 %s 个：%s。", last[0], last[len(last)-1], strings.Join(parts, "，"))
	}
	return newChart("chart-platform-trend", option(bar), t, "各平台政务新媒体账号数", subtitle)
}

// RoundPlatforms is one round's accounts and failures by platform.
func RoundPlatforms(r figures.Round) Chart {
	t := Table{
		Head:    []string{"平台", "正常运行账号数", "检查数", "合格数", "不合格数", "合格率"},
		Numeric: []bool{false, true, true, true, true, true},
	}
	var labels []string
	var running []opts.BarData
	var parts []string
	for _, p := range r.Platforms {
		labels = append(labels, p.Name)
		running = append(running, opts.BarData{Value: p.Running})
		if p.Checked == 0 && p.Running > 0 {
			// A totals-only round states accounts per platform but not
			// their results: unknown, not zero.
			t.Rows = append(t.Rows, []string{p.Name, strconv.Itoa(p.Running), "—", "—", "—", "—"})
		} else {
			t.Rows = append(t.Rows, []string{p.Name, strconv.Itoa(p.Running), strconv.Itoa(p.Checked), strconv.Itoa(p.Passed), strconv.Itoa(p.Failed), figfmt.Percent(p.Rate(), r.AccountDecimals)})
		}
		parts = append(parts, fmt.Sprintf("%s %d 个", p.Name, p.Running))
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(common("chart-round-platforms"),
		charts.WithYAxisOpts(opts.YAxis{Name: "账号数（个）"}),
	)...)
	bar.SetXAxis(labels).AddSeries("正常运行账号数", running)
	c := newChart("chart-round-platforms", option(bar), t, Label(r)+"各平台账号数", "正常运行账号："+strings.Join(parts, "，")+"。")
	// The table holds the check results too, which the bars do not show.
	c.Table.Caption = c.Title + "及检查结果（数据表）"
	return c
}

// CategoryRates is one round's website and account pass rate by unit
// category (单位类别).
func CategoryRates(r figures.Round) Chart {
	return groupRates(r, r.Categories, "chart-category-rates", "单位类别", "各类单位合格率")
}

// RegionRates is one round's website and account pass rate by region
// (所属地区): the 各地区 view of a provincial or national site.
func RegionRates(r figures.Round) Chart {
	return groupRates(r, r.Regions, "chart-region-rates", "地区", "各地区合格率")
}

// GroupRate writes a group's pass rate of one kind: from its counts, else
// the rate the 通报 states, else "—".
func GroupRate(t figures.Tally, known bool, stated *figures.StatedRate, decimals int) string {
	if known && t.Checked > 0 {
		return figfmt.Percent(t.Rate(), decimals)
	}
	if stated != nil {
		return figfmt.Stated(stated)
	}
	return "—"
}

func groupRates(r figures.Round, groups []figures.Category, id, head, title string) Chart {
	t := Table{
		Head:    []string{head, "单位数", "网站合格率", "网站（合格/检查）", "新媒体合格率", "新媒体（合格/检查）"},
		Numeric: []bool{false, true, true, true, true, true},
	}
	var labels []string
	var sites, accs []opts.BarData
	var parts []string
	for _, c := range groups {
		sr := GroupRate(c.Websites, c.WebsitesKnown, c.WebsiteRateStated, r.WebsiteDecimals)
		ar := GroupRate(c.Accounts, c.AccountsKnown, c.AccountRateStated, r.AccountDecimals)
		labels = append(labels, c.Name)
		sites = append(sites, opts.BarData{Value: number(sr)})
		accs = append(accs, opts.BarData{Value: number(ar)})
		units := "—"
		if c.Units > 0 {
			units = strconv.Itoa(c.Units)
		}
		t.Rows = append(t.Rows, []string{c.Name, units, sr, counts(c.Websites), ar, counts(c.Accounts)})
		parts = append(parts, fmt.Sprintf("%s网站 %s、新媒体 %s", c.Name, sr, ar))
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(common(id),
		charts.WithYAxisOpts(opts.YAxis{Name: "合格率（%）", Max: 100}),
	)...)
	bar.SetXAxis(labels).
		AddSeries("网站合格率", sites).
		AddSeries("新媒体合格率", accs)
	return newChart(id, option(bar), t, Label(r)+title, strings.Join(parts, "；")+"。")
}
