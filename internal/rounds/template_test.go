package rounds

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
)

func TestTemplatesDescribeEveryColumn(t *testing.T) {
	ts := Templates([]string{"示例市教育局", "示例市体育局"})
	var bases []string
	for _, tpl := range ts {
		bases = append(bases, tpl.Base)
		for _, c := range tpl.Columns {
			if c.Note == "" {
				t.Errorf("%s: column %s has no note", tpl.Base, c.Name)
			}
		}
	}
	if want := []string{"units", "websites", "accounts", "summary", "interactions", "error-reports"}; !reflect.DeepEqual(bases, want) {
		t.Errorf("templates = %v, want %v", bases, want)
	}
	find := func(base, col string) TemplateColumn {
		for _, tpl := range ts {
			for _, c := range tpl.Columns {
				if tpl.Base == base && c.Name == col {
					return c
				}
			}
		}
		t.Fatalf("no column %s in %s", col, base)
		return TemplateColumn{}
	}
	for _, tt := range []struct {
		base, col string
		strict    bool
	}{
		{"websites", "检查结果", true}, {"websites", "整改情况", true}, {"accounts", "运行状态", true},
		{"accounts", "平台", false}, {"accounts", "开设主体", false}, {"websites", "主办单位", false},
	} {
		c := find(tt.base, tt.col)
		if len(c.Choices) == 0 || c.Strict != tt.strict {
			t.Errorf("%s %s: choices %v, strict %v", tt.base, tt.col, c.Choices, c.Strict)
		}
	}
	if c := find("accounts", "备案单号"); !c.Text {
		t.Error("备案单号 is not kept as text")
	}
	// Every dropdown value is one the readers accept.
	for _, p := range platformChoices {
		if _, _, known := parsePlatform(p); !known {
			t.Errorf("platform choice %s is not known", p)
		}
	}
	for _, m := range metricChoices {
		if !model.IsCountMetric(m) {
			t.Errorf("metric choice %s is not a count metric", m)
		}
	}
}

func TestPeriodOf(t *testing.T) {
	for id, want := range map[string]string{
		"2025Q1": "2025年第一季度", "2024Q4": "2024年第四季度", "2025H1": "2025年上半年", "2025H2": "2025年下半年",
		"2025": "2025年", "2021-2": "2021年第二次", "2021-12": "2021年第十二次", "第三季度": "第三季度",
	} {
		if got := periodOf(id); got != want {
			t.Errorf("periodOf(%q) = %q, want %q", id, got, want)
		}
	}
}

func TestCarryOverAndSkeleton(t *testing.T) {
	dir := writeArchive(t, `
-- 2024Q4/round.md --
---
title: 关于示例市2024年第四季度政府网站与政务新媒体检查情况的通报
issuer: 示例市人民政府办公室
rate_decimals: 1
sample: true
---
正文
-- 2024Q4/websites.csv --
网站标识码,网站名称,主办单位,网站类型,首页地址,检查结果,得分,存在问题
4213900001,示例教育网,示例市教育局,部门网站,https://jyj.example.gov.cn/,不合格,55,栏目不更新
-- 2024Q4/accounts.csv --
备案单号,账号名称,平台,开设主体,运行状态,检查结果
1001,示例教育,微信（公众号）,示例市教育局,新开设,合格
1002,示例体育,抖音,示例市体育局,已注销,
1003,示例百家,百家号,示例市体育局,暂停更新,合格
`)
	last, problems := ReadRound(filepath.Join(dir, "2024Q4"))
	if problems.HasErrors() {
		t.Fatal(problems.Sorted())
	}
	websites, accounts := CarryOver(last)
	if want := [][]string{{"4213900001", "示例教育网", "示例市教育局", "部门网站", "https://jyj.example.gov.cn/"}}; !reflect.DeepEqual(websites, want) {
		t.Errorf("websites = %q", websites)
	}
	if want := [][]string{{"1001", "示例教育", "微信公众号", "示例市教育局", "正常运行"}, {"1003", "示例百家", "百家号", "示例市体育局", "暂停更新"}}; !reflect.DeepEqual(accounts, want) {
		t.Errorf("accounts = %q", accounts)
	}

	md := RoundSkeleton("2025Q1", &last)
	p := filepath.Join(t.TempDir(), "round.md")
	os.WriteFile(p, []byte(md), 0o644)
	l := &diag.List{}
	meta, _, ok := readRoundMD(p, l)
	if !ok || len(l.Problems) != 0 {
		t.Fatalf("skeleton does not read cleanly: %v\n%s", l.Sorted(), md)
	}
	one := 1
	want := model.Meta{Title: "关于示例市2025年第一季度政府网站与政务新媒体检查情况的通报", Period: "2025年第一季度",
		Issuer: "示例市人民政府办公室", Topic: "政务公开", RateDecimals: &one, Draft: true, Sample: true}
	if !reflect.DeepEqual(meta, want) {
		t.Errorf("meta = %+v\nwant %+v", meta, want)
	}
	if first := RoundSkeleton("2025Q1", nil); !strings.Contains(first, `title: "关于2025年第一季度政府网站与政务新媒体检查情况的通报"`) {
		t.Errorf("skeleton without a last round:\n%s", first)
	}
}
