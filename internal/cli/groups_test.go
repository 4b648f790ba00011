package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/figures/figurestest"
	"github.com/zwgk/zwgk/internal/sample"
	"github.com/zwgk/zwgk/internal/site"
	"github.com/zwgk/zwgk/internal/txtartest"
)

// Rounds written the way provincial and national 通报 state their results
// (issue 18): by region and by kind of unit, with rates of their own and
// with only their best and worst scorers named.
func TestGroupRounds(t *testing.T) {
	tests := []struct {
		name, archive, page string
		want, absent        []string
		check               []string // in `zwgk check` output
		unitPage, unitWant  string   // a unit page holding unitPage shows unitWant
	}{
		{
			// A national 通报: per-province figures, one province only as a
			// rate, an account pass rate its own counts do not give, no rows.
			name: "national round with per-region metrics and no rows",
			archive: `
-- units.csv --
单位名称,单位类别,所属地区
甲省人民政府办公厅,省政府,甲省
乙省人民政府办公厅,省政府,乙省
丙省人民政府办公厅,省政府,丙省
-- 2024Q4/round.md --
---
title: 关于2024年第四季度全国政府网站与政务新媒体检查情况的通报
period: 2024年第四季度
published: 2025-01-10
---
甲省网站抽查合格率达100%。
-- 2024Q4/summary.csv --
指标,数值,说明
网站总数,300,
网站合格数,291,
网站总数:甲省,120,
网站合格数:甲省,120,
网站总数：乙省,100,
网站合格数:乙省,96,
网站合格率:丙省,93.8%,
账号总数,200,
账号合格数,182,
账号合格率,93.5%,
`,
			page: "rounds/2024q4/index.html",
			want: []string{
				"政府网站 合格率 97.00% 检查网站 300 个 合格 291 个 不合格 9 个",
				"政务新媒体 合格率 93.5% （通报数字；按 182/200 计算为 91.0%，两者不一致）",
				"各地区检查情况 2024年第四季度各地区检查情况 地区 网站合格率 网站（合格/检查） 新媒体合格率 新媒体（合格/检查） " +
					"甲省 100.00% 120/120 — — 乙省 96.00% 96/100 — — 丙省 93.8% （通报数字） — — —",
				"乙省 网站合格率 96.00% 检查网站 100 个，合格 96 个，不合格 4 个",
				"2024年第四季度各地区合格率 甲省网站 100.00%、新媒体 —；乙省网站 96.00%、新媒体 —；丙省网站 93.8%、新媒体 —。",
			},
			absent: []string{"本轮通报只列出部分网站", "其他指标"},
			check:  []string{"summary.csv:11:数值: 通报的账号合格率 93.5% 与 200 个中 182 个合格算出的 91.0% 不一致"},
		},
		{
			// A prefecture's 通报: 县级网站18个, 市直部门网站40个, every
			// failure listed; a category rate it states and its counts give.
			name: "prefecture round listing every failure with group counts",
			archive: `
-- units.csv --
单位名称,单位类别,所属地区
甲县人民政府,区县政府,甲县
乙县人民政府,区县政府,乙县
某市教育局,市直部门,市本级
某市公安局,市直部门,市本级
-- 2024Q3/round.md --
---
title: 关于2024年第三季度全市政府网站检查情况的通报
period: 2024年第三季度
websites_total: 58
---
共检查县级网站18个，市直部门网站40个。
-- 2024Q3/websites.csv --
网站名称,主办单位,检查结果,得分,存在问题
甲县人民政府门户网站,甲县人民政府,不合格,58.5,首页栏目超过2周未更新
某市公安局网站,某市公安局,不合格,,互动栏目留言超期未答复
-- 2024Q3/summary.csv --
指标,数值
网站总数:区县政府,18
网站总数:市直部门,40
网站合格数:市直部门,39
网站合格率:市直部门,97.5%
`,
			page: "rounds/2024q3/index.html",
			want: []string{
				"合格率 96.55% 检查网站 58 个 合格 56 个 不合格 2 个",
				"区县政府 — 94.44% 17/18", "市直部门 — 97.50% 39/40",
				"本轮通报只列出部分网站，网站的得分分布、平均分、单位排名和分类合格率不按所列名单计算；有通报所列分组数字的，按通报数字显示。",
				"甲县人民政府门户网站 甲县人民政府 58.5 首页栏目超过2周未更新",
				"某市公安局网站 某市公安局 — 互动栏目留言超期未答复",
			},
			absent: []string{"两者不一致", "得分分布（数据表）", "不合格多者在前", "平均得分"},
		},
		{
			// A 通报 naming only its top and bottom three of 40 websites,
			// with the bands of all 40 scores.
			name: "round naming only its top and bottom scorers",
			archive: `
-- units.csv --
单位名称,单位类别
甲局,市直部门
乙局,市直部门
丙局,市直部门
丁局,市直部门
戊局,市直部门
己局,市直部门
-- 2024Q2/round.md --
---
title: 关于2024年第二季度政府网站绩效评估情况的通报
period: 2024年第二季度
websites_total: 40
---
得分前三名的是甲局、乙局、丙局网站。
-- 2024Q2/websites.csv --
网站名称,主办单位,检查结果,得分,排名
甲局网站,甲局,合格,98.5,1
乙局网站,乙局,合格,97,第2名
丙局网站,丙局,合格,96,3
丁局网站,丁局,合格,70,38
戊局网站,戊局,不合格,55,39
己局网站,己局,不合格,52,40
-- 2024Q2/summary.csv --
指标,数值
网站合格数,38
得分段:网站:90-100,8
得分段:网站:80-90,20
得分段:网站:60-80,10
得分段:网站:0-60,2
`,
			page: "rounds/2024q2/index.html",
			want: []string{
				"合格率 95.00% 检查网站 40 个 合格 38 个 不合格 2 个",
				"2024年第二季度网站得分前3名 排名 名称 单位 得分 检查结果 1 甲局网站 甲局 98.5 合格 2 乙局网站 乙局 97 合格 3 丙局网站 丙局 96 合格",
				"2024年第二季度网站得分后3名 排名 名称 单位 得分 检查结果 38 丁局网站 丁局 70 合格 39 戊局网站 戊局 55 不合格 40 己局网站 己局 52 不合格",
				"本轮通报只列出部分网站，网站得分分布依据通报所列分数段",
				"2024年第二季度得分分布 按通报所列分数段：90–100分网站 8 个；80–90分网站 20 个；60–80分网站 10 个；0–60分网站 2 个。",
				"戊局网站 戊局 55 39",
			},
			unitPage: "甲局网站", unitWant: "甲局网站 — 合格 98.5分",
			absent: []string{"平均得分", "不合格多者在前", "两者不一致"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := txtartest.Dir(t, tt.archive)
			out := buildSite(t, dir)
			text := pageText(t, filepath.Join(out, tt.page))
			for _, want := range tt.want {
				if !strings.Contains(text, want) {
					t.Errorf("%s lacks %q", tt.page, want)
				}
			}
			for _, no := range tt.absent {
				if strings.Contains(text, no) {
					t.Errorf("%s shows %q", tt.page, no)
				}
			}
			if tt.unitPage != "" {
				pages, _ := filepath.Glob(filepath.Join(out, "units", "*", "index.html"))
				found := false
				for _, p := range pages {
					if text := pageText(t, p); strings.Contains(text, tt.unitPage) {
						found = true
						if !strings.Contains(text, tt.unitWant) {
							t.Errorf("unit page %s lacks %q:\n%s", p, tt.unitWant, text)
						}
					}
				}
				if !found {
					t.Errorf("no unit page lists %s", tt.unitPage)
				}
			}
			var stderr bytes.Buffer
			Run([]string{"check", "--quiet", "--rounds", dir}, &bytes.Buffer{}, &stderr)
			for _, want := range tt.check {
				if !strings.Contains(stderr.String(), want) {
					t.Errorf("check output lacks %q:\n%s", want, stderr.String())
				}
			}
			if len(tt.check) > 0 {
				// The review report (先审后发) lists the same warnings.
				published := filepath.Join(t.TempDir(), "public")
				runReviewBuild(t, dir, published, &bytes.Buffer{})
				report := pageText(t, filepath.Join(filepath.Dir(published), "review.html"))
				for _, want := range tt.check {
					_, msg, _ := strings.Cut(want, "数值: ")
					if !strings.Contains(report, msg) {
						t.Errorf("review report lacks %q", msg)
					}
				}
			}
			if t.Failed() {
				t.Logf("page text: %s", text)
			}
		})
	}
}

// Group figures that contradict the rows are errors naming both figures.
func TestGroupFiguresContradictRows(t *testing.T) {
	dir := txtartest.Dir(t, `
-- units.csv --
单位名称,单位类别,所属地区
甲县人民政府,区县政府,甲县
某市教育局,市直部门,市本级
-- 2024Q3/round.md --
---
title: 第三季度通报
---
-- 2024Q3/websites.csv --
网站名称,主办单位,检查结果
甲县人民政府门户网站,甲县人民政府,合格
某市教育局网站,某市教育局,不合格
-- 2024Q3/summary.csv --
指标,数值
网站总数:市直部门,2
网站合格数:甲县,0
网站总数:某区,3
`)
	var stderr bytes.Buffer
	if code := Run([]string{"check", "--quiet", "--rounds", dir}, &bytes.Buffer{}, &stderr); code != 1 {
		t.Fatalf("check exit %d, want 1\n%s", code, stderr.String())
	}
	for _, want := range []string{
		"summary.csv:2:数值: 网站总数:市直部门 为 2，但 websites 表中市直部门的网站有 1 个",
		"summary.csv:3:数值: 网站合格数:甲县 为 0，但 websites 表中甲县合格的网站有 1 个",
		"summary.csv:4:指标: 指标“网站总数:某区”的“某区”既不是 units.csv 中的单位类别，也不是所属地区",
	} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("check output lacks %q:\n%s", want, stderr.String())
		}
	}
}

// The national sample reports 各地区: one row per province in the region
// table and chart, each with the websites its units run, counted here from
// the sample's own sheets.
func TestNationalSampleRegions(t *testing.T) {
	if testing.Short() {
		t.Skip("writes the national sample")
	}
	dir := t.TempDir()
	if err := sample.Write(dir, sample.Options{Seed: sample.DefaultSeed, Scale: "national"}); err != nil {
		t.Fatal(err)
	}
	ds, f := figurestest.Compute(t, dir)
	rv := site.MakeViews(f, true).Rounds[0]

	// Websites per province, from units.csv and websites.csv as written.
	regionOf := map[string]string{}
	for _, u := range ds.Units {
		regionOf[u.Name] = u.Region
	}
	want := map[string]int{}
	for _, w := range ds.Rounds[0].Websites {
		want[regionOf[w.Unit]]++
	}
	if len(want) < 20 {
		t.Fatalf("the sample's websites are in %d regions, want the provinces", len(want))
	}
	if len(rv.Regions) != len(want) {
		t.Errorf("%d rows in the 各地区 table, want %d", len(rv.Regions), len(want))
	}
	for _, g := range rv.Regions {
		if !strings.HasSuffix(g.Category, "省") || g.Websites.Checked != want[g.Category] || g.Websites.Rate == "—" {
			t.Errorf("region %s: %d websites (rate %s), want a province with %d", g.Category, g.Websites.Checked, g.Websites.Rate, want[g.Category])
		}
	}
	found := false
	for _, c := range rv.Charts {
		found = found || c.ID == "chart-region-rates" && len(c.Table.Rows) == len(want)
	}
	if !found {
		t.Error("no 各地区合格率 chart with a row per province")
	}
}
