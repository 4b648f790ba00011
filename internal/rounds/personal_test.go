package rounds

import (
	"reflect"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/txtartest"
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
	dir := txtartest.Dir(t, `
-- 2024Q3/round.md --
---
title: 通报
---
如有疑问，请联系市政府办公室，电话13812345678。
值班电话：&#49;3812345679
-- 2024Q3/websites.csv --
网站名称,主办单位,检查结果,存在问题,备注
示例网,示例市教育局,不合格,留言答复中出现群众手机号13912345678,
示例二网,示例市教育局,合格,,联系邮箱 webmaster@example.gov.cn
示例三网,示例市教育局,合格,,身份证号 110105 19491231 002X
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
	_, _, problems := LoadWithErrors(dir, true)
	var got []string
	for _, p := range problems.Sorted() {
		got = append(got, strings.TrimPrefix(p.String(), "错误 "+dir+"/"))
	}
	want := []string{
		"2024Q3/round.md:4: 通报中有手机号码 138****5678，网站公开后任何人都能看到 —— 删去，或改为单位对外公开的电话、邮箱；确需公开时，在元数据中写 allow_personal_data: true",
		"2024Q3/round.md:5: 通报中有手机号码 138****5679，网站公开后任何人都能看到 —— 删去，或改为单位对外公开的电话、邮箱；确需公开时，在元数据中写 allow_personal_data: true",
		"2024Q3/websites.csv:2:存在问题: 存在问题中有手机号码 139****5678，网站公开后任何人都能看到 —— 删去，或改为单位对外公开的电话、邮箱；确需公开时，在这一行的“公开个人信息”列填 是",
		"2024Q3/websites.csv:3:备注: 备注中有电子邮箱 w***@example.gov.cn，网站公开后任何人都能看到 —— 删去，或改为单位对外公开的电话、邮箱；确需公开时，在这一行的“公开个人信息”列填 是",
		"2024Q3/websites.csv:4:备注: 备注中有身份证号 1101** ******** 002X，网站公开后任何人都能看到 —— 删去，或改为单位对外公开的电话、邮箱；确需公开时，在这一行的“公开个人信息”列填 是",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// The ways a phone number, 身份证号 or e-mail address is written in real
// sheets and 通报 — and the numbers that look like them but are codes,
// dates and document numbers, which must pass. Each was typed from the
// formats staff use, not made by the code under test.
func TestPersonalDataFormats(t *testing.T) {
	tests := []struct {
		text string
		want string // "kind masked", "" when nothing is personal data
	}{
		// Mobile numbers.
		{"+8613812345678", "手机号码 +86138****5678"},
		{"+86 138 1234 5678", "手机号码 +86 138 **** 5678"},
		{"+86-138-1234-5678", "手机号码 +86-138-****-5678"},
		{"0086-138-1234-5678", "手机号码 0086-138-****-5678"},
		{"(+86)13812345678", "手机号码 +86)138****5678"},
		{"１３８１２３４５６７８", "手机号码 138****5678"},
		{"138.1234.5678", "手机号码 138.****.5678"},
		{"138 1234 5678", "手机号码 138 **** 5678"},
		{"（138）1234-5678", "手机号码 （138）****-5678"},
		{"Tel13812345678", "手机号码 138****5678"},
		{"TEL:+86 13812345678", "手机号码 +86 138****5678"},
		{"Mobile13812345678", "手机号码 138****5678"},
		{"电话13812345678", "手机号码 138****5678"},
		{"138\u200b1234\u200b5678", "手机号码 138****5678"},
		{"\ufeff138\u20601234\u00ad5678", "手机号码 138****5678"},
		{"&#49;3812345678", "手机号码 138****5678"},
		{"&#x31;&#x33;812345678", "手机号码 138****5678"},
		{"手机 1 3 8 1 2 3 4 5 6 7 8", "手机号码 1 3 8 * * * * 5 6 7 8"},
		{"联系人：张三　１３９－１２３４－５６７８", "手机号码 139-****-5678"},
		// Telephone numbers.
		{"010-12345678", "电话号码 010-*****678"},
		{"(0571)87654321", "电话号码 (0571)*****321"},
		{"（0571）87654321", "电话号码 （0571）*****321"},
		{"0571-87654321-123", "电话号码 0571-********-123"},
		{"0571 8765 4321", "电话号码 0571 **** *321"},
		{"０２０－８７６５４３２１", "电话号码 020-*****321"},
		{"+86 10 12345678", "电话号码 +86 10 *****678"},
		{"传真：0722-3257771", "电话号码 0722-****771"},
		{"联系电话:3253617", "电话号码 ****617"},
		{"Tel:0722-3253617", "电话号码 0722-****617"},
		// 身份证号.
		{"11010519491231002X", "身份证号 1101**********002X"},
		{"11010519491231002x", "身份证号 1101**********002x"},
		{"110105 19491231 002X", "身份证号 1101** ******** 002X"},
		{"421303-19850312-0014", "身份证号 4213**-********-0014"},
		{"４２１３０３１９８５０３１２００１４", "身份证号 4213**********0014"},
		{"身份证号110105491231002", "身份证号 1101*******1002"},
		// E-mail addresses.
		{"zhang.san＠example.com", "电子邮箱 z***@example.com"},
		{"ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ", "电子邮箱 z***@example.com"},
		{"zhangsan[at]example.com", "电子邮箱 z***@example.com"},
		{"zhangsan (at) example (dot) com", "电子邮箱 z***@example.com"},
		{"zhang&#64;example.com", "电子邮箱 z***@example.com"},
		{"zhang\u200b@example.com", "电子邮箱 z***@example.com"},
		// Codes, dates and numbers that are not personal data.
		{"网站标识码4213900001", ""},
		{"网站标识码 4213 9000 01", ""},
		{"统一社会信用代码11999901047351756J", ""},
		{"统一社会信用代码 91420100MA4KXXXX1X", ""},
		{"统一社会信用代码 914201001922038216", ""},
		{"工商注册号 420100000123456", ""},
		{"备案单号 626636", ""},
		{"京ICP备05070602号-1", ""},
		{"鄂ICP备2021012345号-3", ""},
		{"京公网安备 11010502030143号", ""},
		{"示政办函〔2025〕11号", ""},
		{"鄂政办发〔2024〕13号", ""},
		{"索引号 011043001/2025-00123", ""},
		{"2024-10-08至2024-10-31", ""},
		{"2024.10.08—2024.10.31", ""},
		{"2024年10月8日", ""},
		{"合格率99.84%，共检查609个", ""},
		{"得分 93.64、59.5、100", ""},
		{"192.168.1.1", ""},
		{"http://www.example.gov.cn/art/2024/10/8/art_123_456789.html", ""},
		{"编号138123456789", ""},
		{"bm17000001", ""},
	}
	if len(tests) < 40 {
		t.Fatalf("%d formats, want at least 40", len(tests))
	}
	for _, tt := range tests {
		var got []string
		for _, pd := range findPersonalData(tt.text) {
			got = append(got, pd.Kind+" "+pd.Masked)
		}
		want := []string(nil)
		if tt.want != "" {
			want = []string{tt.want}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("findPersonalData(%q) = %q, want %q", tt.text, got, want)
		}
	}
}
