package rounds

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// valueSeeds are cells as staff type them.
var valueSeeds = []string{
	"合格", "不 合格", "√", "微信（公众号）", "ＡＰＰ", "B站", "已完成整改", "正在整改", "注销", "停更",
	"2024年10月8日", "2024/10/8 0:00", "45573", "20241008", "2024-02-30", "1,012", "796个", "９８.５", "98分",
	"4.2139E+09", "626636", "91350100M000100Y43", "示例市卫生健康委员会", "",
	"联系人:熊星,联系电话:3253617,传真:3257771,邮箱:409723215@qq.com。", "13812345678", "11010519491231002X",
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
		if r, ok := parseRectification(s); ok {
			if again, ok := parseRectification(r); !ok || again != r {
				t.Errorf("parseRectification(%q) = %q, which reads as %q", s, r, again)
			}
		}
		if st, ok := parseStatus(s); ok {
			if again, ok := parseStatus(st); !ok || again != st {
				t.Errorf("parseStatus(%q) = %q, which reads as %q", s, st, again)
			}
		}
		if p, sub, known := parsePlatform(s); known {
			if p2, sub2, _ := parsePlatform(platformText(p, sub)); p2 != p || sub2 != sub {
				t.Errorf("parsePlatform(%q) = %q %q, written back as %q", s, p, sub, platformText(p, sub))
			}
		}
		if d, ok := parseDate(s); ok {
			if again, ok := parseDate(d); !ok || again != d {
				t.Errorf("parseDate(%q) = %q, which reads as %q", s, d, again)
			}
		}
		if d, ok := parseDecimal(s); ok {
			if again, ok := parseDecimal(d); !ok || again != d {
				t.Errorf("parseDecimal(%q) = %q, which reads as %q", s, d, again)
			}
		}
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
		os.Mkdir(round, 0o755)
		os.WriteFile(filepath.Join(round, "round.md"), []byte("---\ntitle: 通报\n---\n"+string(data)), 0o644)
		for _, name := range []string{"websites.csv", "accounts.csv", "summary.csv", "interactions.csv", "error-reports.csv"} {
			os.WriteFile(filepath.Join(round, name), data, 0o644)
		}
		os.WriteFile(filepath.Join(dir, "units.csv"), data, 0o644)
		ds, problems := Load(dir)
		if ds == nil && !problems.HasErrors() {
			t.Error("Load failed without an error")
		}
	})
}
