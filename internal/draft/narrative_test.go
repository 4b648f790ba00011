package draft

import (
	"reflect"
	"testing"
)

// What the draft takes from a round.md body: 主送机关, 导语, 工作要求 and other
// sections; not the staff's own 检查情况 and 主要问题, not the 落款.
func TestParseNarrative(t *testing.T) {
	body := `（本通报为示例数据。）

各区县人民政府，市政府各部门：

根据省里的部署，开展了检查。现将有关情况通报如下：

## 一、检查情况

共检查网站69个。

## 二、主要做法和成效

**一是**加强运维。

## 三、存在问题

个别网站不更新。

## 四、工作要求

### （一）落实责任

各单位要明确专人。

（二）抓好整改。于2月18日前完成整改。

示例市人民政府办公室

2025年1月20日
`
	n := parseNarrative(body, "示例市人民政府办公室")
	if n.recipients != "各区县人民政府，市政府各部门：" {
		t.Errorf("主送机关 = %q", n.recipients)
	}
	wantLead := []Paragraph{{Text: "（本通报为示例数据。）"}, {Text: "根据省里的部署，开展了检查。现将有关情况通报如下："}}
	if !reflect.DeepEqual(n.lead, wantLead) {
		t.Errorf("导语 = %+v", n.lead)
	}
	wantReq := []Block{
		{Heading: true, Paragraph: Paragraph{Text: "落实责任"}},
		{Paragraph: Paragraph{Text: "各单位要明确专人。"}},
		{Paragraph: Paragraph{Lead: "（二）抓好整改。", Text: "于2月18日前完成整改。"}},
	}
	if !reflect.DeepEqual(n.requirements, wantReq) {
		t.Errorf("工作要求 = %+v", n.requirements)
	}
	wantOthers := []Section{{Heading: "主要做法和成效", Blocks: []Block{{Paragraph: Paragraph{Text: "一是加强运维。"}}}}}
	if !reflect.DeepEqual(n.others, wantOthers) {
		t.Errorf("other sections = %+v, want %+v", n.others, wantOthers)
	}
}

// 宝鸡 2024Q2 as copied from its web page ends the 主送机关 with a half-width
// colon; it is still the 主送机关, written with the full-width one.
func TestRecipientsWithHalfWidthColon(t *testing.T) {
	n := parseNarrative("各县、区人民政府,市政府各工作部门、各直属机构:\n\n近期,组织开展了2024年第二季度全市政府网站监测检查。\n", "宝鸡市人民政府办公室")
	if n.recipients != "各县、区人民政府,市政府各工作部门、各直属机构：" {
		t.Errorf("主送机关 = %q", n.recipients)
	}
	if want := []Paragraph{{Text: "近期,组织开展了2024年第二季度全市政府网站监测检查。"}}; !reflect.DeepEqual(n.lead, want) {
		t.Errorf("导语 = %+v", n.lead)
	}
}
