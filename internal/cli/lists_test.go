package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/site"
	"github.com/zwgk/zwgk/internal/sitetest"
)

// A 通报 that lists, beside its failures, websites that passed with
// problems ("部分栏目更新不及时") and accounts it names without a result,
// one of them without a stated 开设主体, and a website without 主办单位.
const notedRound = `
-- rounds/units.csv --
单位名称,单位类别,所属地区
示例市西津区人民政府,区县政府,西津区
示例市教育局,市直部门,市本级
-- rounds/2025Q1/round.md --
---
title: 示例市2025年第一季度政府网站和政务新媒体检查情况通报
period: 2025年第一季度
published: 2025-04-10
---
-- rounds/2025Q1/websites.csv --
序号,网站名称,主办单位,检查结果,存在问题,整改情况
1,示例市西津区人民政府网,示例市西津区人民政府,合格,部分栏目更新不及时；部分链接无法正常访问,已整改
2,示例市教育局网站,示例市教育局,不合格,首页长期未更新,整改中
3,示例市档案馆网站,,未判定,搜索功能不可用,
-- rounds/2025Q1/accounts.csv --
账号名称,平台,开设主体,检查结果,存在问题,整改情况
西津发布,微信公众号,示例市西津区人民政府,,3个月内无原创信息,
示例教育,抖音,示例市教育局,合格,,
无名政务号,新浪微博,,不合格,2周内无更新,未整改
`

func TestProblemsNotedOnEntriesThatDidNotFail(t *testing.T) {
	b := sitetest.Test(t, notedRound)
	b.AssertFileContent("public/rounds/2025q1/index.html",
		// Passed and undetermined rows count in neither pass nor fail:
		// two websites checked (合格 1, 不合格 1), 未判定 left out.
		"政府网站 合格率 50.00% 检查网站 2 个 合格 1 个 不合格 1 个",
		"其他发现的问题",
		"1 示例市西津区人民政府网 示例市西津区人民政府 合格 部分栏目更新不及时 部分链接无法正常访问 已整改",
		"2 示例市档案馆网站 — 未判定 搜索功能不可用 —",
		"1 微信（公众号） 西津发布 示例市西津区人民政府 未判定 3个月内无原创信息 —",
		// The failing account without 开设主体 is listed as failing.
		"无名政务号 2周内无更新 — — 未整改",
	)
	b.AssertFileContent("public/units/"+site.UnitSlug("示例市西津区人民政府")+"/index.html",
		"其他发现的问题",
		"2025年第一季度 网站 示例市西津区人民政府网 — 合格 部分栏目更新不及时 部分链接无法正常访问 已整改",
		"2025年第一季度 新媒体 西津发布 微信（公众号） 未判定 3个月内无原创信息 —",
	)

	// No phantom unit for the rows without a unit: the units index lists
	// the two units of units.csv and nothing else.
	index := b.FileContent("public/units/index.html")
	if n := len(regexp.MustCompile(`href="/units/[^"]+/"`).FindAllString(index, -1)); n != 2 {
		t.Errorf("units index links %d unit pages, want 2\n%s", n, sitetest.PageText(index))
	}
	b.AssertFileContent("public/search-index/d/0.json", `! "units//`, `! [1,""`)
	b.AssertFileContent("public/downloads/rounds/2025q1/2025q1-noted-websites.csv",
		"1,示例市西津区人民政府网,—,示例市西津区人民政府,合格,部分栏目更新不及时；部分链接无法正常访问,已整改")
	b.AssertFileContent("public/downloads/rounds/2025q1/2025q1-noted-accounts.csv",
		"1,微信（公众号）,西津发布,—,示例市西津区人民政府,未判定,3个月内无原创信息,—")
}

// The round's 核查清单 lists every website and account with its result,
// readable without JavaScript, with the filters' choices and the downloads.
func TestRoundChecklist(t *testing.T) {
	b := sitetest.Test(t, notedRound)
	b.AssertFileContent("public/checklists/2025q1/index.html",
		"2025年第一季度核查清单",
		"检查的全部政府网站和政务新媒体账号及其检查结果，共 6 条",
		"1 示例市西津区人民政府网 — 示例市西津区人民政府 区县政府 政府网站 合格 — 部分栏目更新不及时 部分链接无法正常访问 已整改",
		"2 示例市教育局网站 — 示例市教育局 市直部门 政府网站 不合格 — 首页长期未更新 整改中",
		"3 示例市档案馆网站 — — 未分类 政府网站 未判定 — 搜索功能不可用 —",
		"4 西津发布 — 示例市西津区人民政府 区县政府 微信（公众号） 未判定 — 3个月内无原创信息 —",
		"5 示例教育 — 示例市教育局 市直部门 抖音 合格 — — —",
		"6 无名政务号 — — 未分类 新浪微博 不合格 — 2周内无更新 未整改",
	)
	raw := b.FileContent("public/checklists/2025q1/index.html")
	for _, want := range []string{
		`<caption>2025年第一季度核查清单</caption>`,
		`<label for="f-category">单位类别</label>`,
		`<option value="市直部门">市直部门</option>`,
		`<option value="新浪微博">新浪微博</option>`,
		`<option value="未判定">未判定</option>`,
		`<tr data-category="市直部门" data-platform="抖音" data-result="合格">`,
		`<form class="filters" id="checklist-filters" hidden`, // shown by the script only
		`/js/checklist.js`,
		`href="/downloads/rounds/2025q1/2025q1-checklist.xlsx"`,
	} {
		if !strings.Contains(raw, want) {
			t.Errorf("核查清单 lacks %s", want)
		}
	}
	if strings.Contains(raw, "style=") || regexp.MustCompile(`<script>|<script [^>]*>[^<]`).MatchString(raw) {
		t.Error("核查清单 has inline style or script")
	}
	if !strings.Contains(b.FileContent("public/rounds/2025q1/index.html"), `<a href="/checklists/2025q1/">本轮核查清单</a>`) {
		t.Error("round page does not link its 核查清单")
	}
	b.AssertFileContent("public/downloads/rounds/2025q1/2025q1-checklist.csv",
		"序号,类型,名称,网站标识码/备案单号,单位,单位类别,平台,检查结果,得分,存在问题,整改情况",
		"4,新媒体,西津发布,—,示例市西津区人民政府,区县政府,微信（公众号）,未判定,—,3个月内无原创信息,—",
	)
	b.AssertFileExists("public/downloads/rounds/2025q1/2025q1-checklist.xlsx", true)
}

// A round that names only its failures says so on its 核查清单; a round
// too large for one page is split, each page under 1 MB and linked to the
// others.
func TestChecklistOfPartialAndLargeRounds(t *testing.T) {
	var archive strings.Builder
	archive.WriteString(`
-- rounds/2025Q2/round.md --
---
title: 2025年第二季度通报
period: 2025年第二季度
published: 2025-07-10
---
-- rounds/2025Q2/summary.csv --
指标,数值
网站总数,12000
网站合格数,9000
-- rounds/2025Q2/websites.csv --
网站名称,主办单位,检查结果,存在问题,整改情况
`)
	for i := 1; i <= 3000; i++ {
		fmt.Fprintf(&archive, "第%d号示例县人民政府门户网站,示例县第%d人民政府办公室,不合格,部分栏目更新不及时；首页超过两周未更新；政务公开栏目内容长期空白；互动留言超期未答复,整改中\n", i, i)
	}
	b := sitetest.Test(t, archive.String())
	dir := filepath.Join(b.Dir, "public", "checklists")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var pages []string
	for _, e := range entries {
		if e.IsDir() {
			pages = append(pages, e.Name())
		}
	}
	if len(pages) < 2 {
		t.Fatalf("3,000 rows on %d page(s) %v, want them split", len(pages), pages)
	}
	for _, p := range pages {
		raw := readFile(t, filepath.Join(dir, p, "index.html"))
		if len(raw) > 1<<20 {
			t.Errorf("%s: %d bytes, over 1 MB", p, len(raw))
		}
		if !strings.Contains(raw, "本轮通报没有逐一列出全部网站和账号，本清单只含通报点名的网站和账号。检查总数取自通报原文：政府网站 12000 个；本轮未检查政务新媒体。") {
			t.Errorf("%s does not say the list is partial", p)
		}
		if !strings.Contains(raw, `<a href="/checklists/2025q2-2/">第 `) && p != "2025q2-2" {
			t.Errorf("%s does not link page 2", p)
		}
	}
	if raw := readFile(t, filepath.Join(dir, "2025q2-2", "index.html")); !strings.Contains(raw, "核查清单（第 2 页，共 ") {
		t.Errorf("page 2 does not say which page it is in its title: %s", raw[:min(len(raw), 600)])
	}
	first := sitetest.PageText(readFile(t, filepath.Join(dir, "2025q2", "index.html")))
	if !strings.Contains(first, "通报点名的政府网站及其检查结果，共 3000 条，分") {
		t.Errorf("first page: %s", first[:min(len(first), 2000)])
	}
}
