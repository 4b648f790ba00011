package rounds

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/txtartest"
)

// valueSeeds are cells as staff type them.
var valueSeeds = []string{
	"合格", "不 合格", "√", "微信（公众号）", "ＡＰＰ", "B站", "已完成整改", "正在整改", "注销", "停更",
	"2024年10月8日", "2024/10/8 0:00", "45573", "20241008", "2024-02-30", "1,012", "796个", "９８.５", "98分",
	"4.2139E+09", "626636", "91350100M000100Y43", "示例市卫生健康委员会", "",
	"联系人:熊星,联系电话:3253617,传真:3257771,邮箱:409723215@qq.com。", "13812345678", "11010519491231002X",
	"+86 138 1234 5678", "１３８．１２３４．５６７８", "Tel13812345678", "138\u200b1234\u200b5678", "&#49;3812345678",
	"110105 19491231 002X", "110105491231002", "zhang＠example.com", "zhang[at]example(dot)com", "(0571)87654321-123",
}

// FuzzParseValues checks that no cell makes a value parser panic, and that
// what they accept is normalized: parsing it again gives the same value.
func FuzzParseValues(f *testing.F) {
	for _, s := range valueSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		parseResult(s)
		parseYesNo(s)
		parseSiteType(s)
		readsAsItself(t, "parseRectification", parseRectification, s)
		readsAsItself(t, "parseStatus", parseStatus, s)
		if p, sub, known := parsePlatform(s); known {
			if p2, sub2, _ := parsePlatform(platformText(p, sub)); p2 != p || sub2 != sub {
				t.Errorf("parsePlatform(%q) = %q %q, written back as %q", s, p, sub, platformText(p, sub))
			}
		}
		readsAsItself(t, "parseDate", parseDate, s)
		readsAsItself(t, "parseDecimal", parseDecimal, s)
		if n, ok := parseCount(s); ok && n < 0 {
			t.Errorf("parseCount(%q) = %d", s, n)
		}
		scientific(s)
		checkCreditCode(s, func(string, string, ...any) {})
		closestName(s, map[string]string{"示例市教育局": "示例市教育局", "市教育局": "示例市教育局"})
	})
}

// FuzzFindPersonalData checks that every finding is masked: the message
// never shows the whole value.
func FuzzFindPersonalData(f *testing.F) {
	for _, s := range valueSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, pd := range findPersonalData(s) {
			if !strings.Contains(pd.Masked, "*") {
				t.Errorf("findPersonalData(%q) shows %q unmasked", s, pd.Masked)
			}
			if !utf8.ValidString(pd.Masked) {
				t.Errorf("findPersonalData(%q) gives invalid UTF-8 %q", s, pd.Masked)
			}
		}
	})
}

// FuzzReadRoundMD reads any text as round.md, front matter and body: it
// reports problems or gives a title, never panics, and the shapes that
// exhausted the decoders (deep nesting, aliases) are in the corpus.
func FuzzReadRoundMD(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: 关于2024年第三季度政府网站检查情况的通报\npublished: 2024-10-08\nwebsites_total: 609\n---\n正文\n",
		"+++\ntitle = \"通报\"\nrate_decimals = 2\n+++\n正文",
		"---\ntitle: \"[2024] A&B *通报*\"\nallow_personal_data: true\n---\n电话 13812345678\n",
		"---\ntitle: " + strings.Repeat("[", 40) + strings.Repeat("]", 40) + "\n---\n",
		"---\ntitle: " + strings.Repeat("- ", 40) + "x\n---\n",
		"---\na: &a [x, x]\nb: [*a, *a]\n---\n",
		"---\ntitle: 通报\n" + strings.Repeat(" ", 40) + "a: b\n---\n",
		"---\ntitle: {{< youtube x >}}\n---\n{{% qr %}}",
		"---\r\ntitle: 通报\r\n---",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "round.md")
		txtartest.WriteFile(t, p, data)
		problems := &diag.List{}
		meta, _, ok := readRoundMD(p, problems)
		if ok && meta.Title == "" {
			t.Errorf("read with no title and no problem")
		}
		if !ok && !problems.HasErrors() {
			t.Errorf("not read, and no error says why")
		}
	})
}

// FuzzLoadSheet reads any bytes as each sheet of a round: whatever the
// content, Load reports problems and does not panic.
func FuzzLoadSheet(f *testing.F) {
	for _, s := range []string{
		"网站标识码,网站名称,主办单位,检查结果\n4213900001,示例网,示例市教育局,合格\n",
		"附件1\n备案单号,账号名称,平台,开设主体,检查结果,公开个人信息\r\n626636,健康示例,微信公众号,示例市卫生健康委员会,合格,是\r\n注：,\n",
		"指标,数值\n网站总数,609\n账号数:微信公众号,\"1,012\"\n",
		"单位名称,统一社会信用代码,别名\n示例市教育局,91350100M000100Y43,市教育局;教育局\n",
		"网站名称,网站名称\n,\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		round := filepath.Join(dir, "2024Q3")
		txtartest.WriteFile(t, filepath.Join(round, "round.md"), []byte("---\ntitle: 通报\n---\n"+string(data)))
		for _, name := range []string{"websites.csv", "accounts.csv", "summary.csv", "interactions.csv", "error-reports.csv"} {
			txtartest.WriteFile(t, filepath.Join(round, name), data)
		}
		txtartest.WriteFile(t, filepath.Join(dir, "units.csv"), data)
		ds, _, problems := LoadWithErrors(dir, true)
		if ds == nil && !problems.HasErrors() {
			t.Error("LoadWithErrors returned no dataset and no error")
		}
	})
}

// readsAsItself fails when what parse reads from s does not read again as
// itself: a value written back to a sheet must mean the same.
func readsAsItself(t *testing.T, name string, parse func(string) (string, bool), s string) {
	t.Helper()
	if r, ok := parse(s); ok {
		if again, ok := parse(r); !ok || again != r {
			t.Errorf("%s(%q) = %q, which reads as %q", name, s, r, again)
		}
	}
}
