package rounds

import (
	"reflect"
	"testing"

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
