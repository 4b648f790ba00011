package rounds

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/zwgk/zwgk/internal/model"
)

func TestUnitNames(t *testing.T) {
	for _, tt := range []struct {
		desc  string
		units []model.Unit
		want  map[string]string
	}{
		{"a name and its aliases",
			[]model.Unit{{Name: "示例市教育局", Aliases: []string{"市教育局", "教育局"}}},
			map[string]string{"示例市教育局": "示例市教育局", "市教育局": "示例市教育局", "教育局": "示例市教育局"}},
		{"an alias that is another unit's name stays that unit's",
			[]model.Unit{{Name: "示例市体育局", Aliases: []string{"示例市教育局"}}, {Name: "示例市教育局"}},
			map[string]string{"示例市体育局": "示例市体育局", "示例市教育局": "示例市教育局"}},
		{"an alias two units give belongs to the first",
			[]model.Unit{{Name: "甲局", Aliases: []string{"本局"}}, {Name: "乙局", Aliases: []string{"本局"}}},
			map[string]string{"甲局": "甲局", "乙局": "乙局", "本局": "甲局"}},
	} {
		if got := unitNames(tt.units); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: unitNames = %v, want %v", tt.desc, got, tt.want)
		}
	}
}

// A row naming a unit by its alias (别名) reaches the figures under the
// unit's name in units.csv, with its own file and row for errors.
func TestLoadResolvesUnitAliases(t *testing.T) {
	ds, problems, text := load(t, `
-- units.csv --
单位名称,单位类别,别名
示例市青山区人民政府,区县政府,青山区人民政府；青山区政府
示例市教育局,市直部门,市教育局
-- 2024Q3/websites.csv --
网站标识码,网站名称,主办单位,检查结果
9900000001,青山区政府网,青山区政府,合格
9900000002,示例教育网,示例市教育局,合格
9900000003,示例卫健网,示例市卫生健康委员会,合格
-- 2024Q3/accounts.csv --
备案单号,账号名称,平台,开设主体,运行状态,检查结果
1001,示例教育,微信公众号,市教育局,正常运行,合格
-- 2024Q3/error-reports.csv --
单位名称,收到留言数,按期办结数
青山区人民政府,12,12
-- 2024Q3/round.md --
---
title: 2024年第三季度检查情况通报
---
`)
	if problems.HasErrors() {
		t.Fatalf("load: %v", problems.Sorted())
	}
	r := ds.Rounds[0]
	var got []string
	for _, w := range r.Websites {
		got = append(got, w.Unit)
	}
	for _, a := range r.Accounts {
		got = append(got, a.Unit)
	}
	for _, e := range r.Reports {
		got = append(got, e.Unit)
	}
	want := []string{
		"示例市青山区人民政府", "示例市教育局",
		"示例市卫生健康委员会", // not in units.csv: kept as written, with a warning
		"示例市教育局",
		"示例市青山区人民政府",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("units = %q\nwant %q", got, want)
	}
	if p := r.Websites[0].Pos; filepath.Base(p.File) != "websites.csv" || p.Row != 2 {
		t.Errorf("青山区政府网 at %s:%d, want websites.csv:2", p.File, p.Row)
	}
	if text != "警告 2024Q3/websites.csv:4:主办单位: 单位“示例市卫生健康委员会”不在 units.csv 中 —— 在 units.csv 中补上这个单位（或把它写为别名），以便归入单位类别\n" {
		t.Errorf("problems:\n%s", text)
	}
}
