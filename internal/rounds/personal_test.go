package rounds

import (
	"reflect"
	"strings"
	"testing"
)

func TestFindPersonalData(t *testing.T) {
	tests := []struct {
		name, text string
		want       []personalData
	}{
		{"a mobile number", "请联系张三，电话13812345678。", []personalData{{"手机号码", "138****5678"}}},
		{"a mobile number with dashes", "手机 138-1234-5678", []personalData{{"手机号码", "138-****-5678"}}},
		{"an ID number", "身份证号11010519491231002X", []personalData{{"身份证号", "1101**********002X"}}},
		{"an e-mail address", "发送至 zhang.san@example.com 即可", []personalData{{"电子邮箱", "z***@example.com"}}},
		{"a landline with area code", "值班电话（0722）3253617", []personalData{{"电话号码", "（0722）****617"}}},
		{"a landline written with a dash", "0722-3253617", []personalData{{"电话号码", "0722-****617"}}},
		// The contact line of the 随州 通报 (reference/suizhou-2021-2.txt).
		{"the 随州 contact line", "联系人:熊星,联系电话:3253617,传真:3257771,邮箱:409723215@qq.com。", []personalData{
			{"电子邮箱", "4***@qq.com"}, {"电话号码", "****617"}, {"电话号码", "****771"},
		}},
		{"a credit code is not a phone number", "统一社会信用代码11999901047351756J", nil},
		{"a website code is not a phone number", "网站标识码4213900001、bm17000001", nil},
		{"an 18-digit number that is not an ID", "订单号914403001922038216", nil},
		{"counts and dates", "共检查网站609个，合格率99.84%，2024-10-08至2024-10-31", nil},
		{"a longer run of digits", "编号138123456789", nil},
		{"nothing", "栏目不更新；首页不能访问", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := findPersonalData(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findPersonalData(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestPersonalDataInSheetsAndRoundMD(t *testing.T) {
	dir := writeArchive(t, `
-- 2024Q3/round.md --
---
title: 通报
---
如有疑问，请联系市政府办公室，电话13812345678。
-- 2024Q3/websites.csv --
网站名称,主办单位,检查结果,存在问题,备注
示例网,示例市教育局,不合格,留言答复中出现群众手机号13912345678,
示例二网,示例市教育局,合格,,联系邮箱 webmaster@example.gov.cn
-- 2024Q4/round.md --
---
title: 通报
allow_personal_data: true
---
联系电话：0722-3253617。
-- 2024Q4/websites.csv --
网站名称,主办单位,检查结果,备注,公开个人信息
示例网,示例市教育局,合格,咨询电话 0722-3253617,是
示例二网,示例市教育局,合格,,
`)
	_, problems := Load(dir)
	var got []string
	for _, p := range problems.Sorted() {
		got = append(got, strings.TrimPrefix(p.String(), "错误 "+dir+"/"))
	}
	want := []string{
		"2024Q3/round.md:4: 通报中有手机号码 138****5678，网站公开后任何人都能看到 —— 删去，或改为单位对外公开的电话、邮箱；确需公开时，在元数据中写 allow_personal_data: true",
		"2024Q3/websites.csv:2:存在问题: 存在问题中有手机号码 139****5678，网站公开后任何人都能看到 —— 删去，或改为单位对外公开的电话、邮箱；确需公开时，在这一行的“公开个人信息”列填 是",
		"2024Q3/websites.csv:3:备注: 备注中有电子邮箱 w***@example.gov.cn，网站公开后任何人都能看到 —— 删去，或改为单位对外公开的电话、邮箱；确需公开时，在这一行的“公开个人信息”列填 是",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
