package rounds

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/txtartest"
)

// round.md as Notepad saves it: UTF-8 with a BOM (Windows 10), or “ANSI”,
// which is GBK on a Chinese Windows; CRLF either way.
func TestReadRoundMDAsNotepadSavesIt(t *testing.T) {
	md := "---\r\ntitle: 关于2024年第三季度政府网站与政务新媒体检查情况的通报\r\npublished: 2024年10月8日\r\n---\r\n各区县人民政府：\r\n\r\n现将有关情况通报如下。\r\n"
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(md))
	if err != nil {
		t.Fatal(err)
	}
	for name, raw := range map[string][]byte{
		"UTF-8 with BOM": append([]byte("\xef\xbb\xbf"), md...),
		"GBK":            gbk,
	} {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "round.md")
			txtartest.WriteFile(t, p, raw)
			problems := &diag.List{}
			meta, narrative, ok := readRoundMD(p, problems)
			if !ok || len(problems.Problems) != 0 {
				t.Fatalf("problems: %v", problems.Sorted())
			}
			if meta.Title != "关于2024年第三季度政府网站与政务新媒体检查情况的通报" || meta.Published != "2024-10-08" {
				t.Errorf("meta = %+v", meta)
			}
			if narrative != "各区县人民政府：\n\n现将有关情况通报如下。\n" || strings.Contains(narrative, "\r") {
				t.Errorf("narrative = %q", narrative)
			}
		})
	}
}

// Front matter made to exhaust the YAML decoder: 200 KB nested 100,000
// deep used 15 GB. Each is refused before it is decoded, at a bounded cost.
func TestHostileFrontMatter(t *testing.T) {
	block := func(depth int) string {
		var b strings.Builder
		for i := range depth {
			b.WriteString(strings.Repeat(" ", i) + "a:\n")
		}
		return b.String()
	}
	laughs := "a: &a [\"哈\",\"哈\",\"哈\",\"哈\",\"哈\",\"哈\",\"哈\",\"哈\",\"哈\"]\n"
	for c := 'b'; c <= 'j'; c++ {
		prev := string(c - 1)
		laughs += string(c) + ": &" + string(c) + " [*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + "]\n"
	}
	tests := []struct{ name, md, want string }{
		{"flow collections 100,000 deep (200 KB)", "---\ntitle: " + strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000) + "\n---\n", "元数据超过 64 KB"},
		{"flow collections 20,000 deep", "---\ntitle: " + strings.Repeat("[", 20_000) + strings.Repeat("]", 20_000) + "\n---\n", "嵌套"},
		{"a TOML array 20,000 deep", "+++\ntitle = " + strings.Repeat("[", 20_000) + strings.Repeat("]", 20_000) + "\n+++\n", "嵌套"},
		{"block mappings 300 deep", "---\ntitle: 通报\n" + block(300) + "---\n", "嵌套"},
		{"sequences 10,000 deep", "---\ntitle: " + strings.Repeat("- ", 10_000) + "x\n---\n", "嵌套"},
		{"a billion laughs", "---\ntitle: 通报\n" + laughs + "---\n", "锚点"},
		{"200 KB of front matter", "---\ntitle: 通报\nissuer: " + strings.Repeat("示", 70_000) + "\n---\n", "元数据超过 64 KB"},
		{"a round.md over 1 MB", "---\ntitle: 通报\n---\n" + strings.Repeat("正文", 200_000), "超过 1 MB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "round.md")
			txtartest.WriteFile(t, p, []byte(tt.md))
			problems := &diag.List{}
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			_, _, ok := readRoundMD(p, problems)
			runtime.ReadMemStats(&after)
			if ok || !strings.Contains(fmt.Sprint(problems.Sorted()), tt.want) {
				t.Errorf("problems %v, want one saying %q", problems.Sorted(), tt.want)
			}
			if n := after.TotalAlloc - before.TotalAlloc; n > 32<<20 {
				t.Errorf("reading allocated %d MB, want under 32 MB", n>>20)
			}
		})
	}
}

// Front matter as staff write it still reads: quotes, brackets and an
// ampersand in a title, a date, a list-free flat map.
func TestFrontMatterWithPunctuation(t *testing.T) {
	p := filepath.Join(t.TempDir(), "round.md")
	txtartest.WriteFile(t, p, []byte("---\ntitle: \"关于[2024]第三季度A&B网站*检查*情况的通报\"\ndoc_number: 示政办函〔2025〕11号\npublished: 2024-10-08\n---\n正文\n"))
	problems := &diag.List{}
	meta, _, ok := readRoundMD(p, problems)
	if !ok || meta.Title != "关于[2024]第三季度A&B网站*检查*情况的通报" {
		t.Errorf("meta %+v, problems %v", meta, problems.Sorted())
	}
}

// “合格率为93%”: whole-percent rates, for the round or per kind.
func TestRateDecimals(t *testing.T) {
	tests := []struct {
		front            string
		all, web, acc    int // -1: not set
		wantErrSubstring string
	}{
		{"rate_decimals: 0", 0, -1, -1, ""},
		{"rate_decimals: 1", 1, -1, -1, ""},
		{"rate_decimals: {网站: 0, 新媒体: 1}", -1, 0, 1, ""},
		{"rate_decimals: 3", -1, -1, -1, "合格率小数位数 rate_decimals 只能是 0、1 或 2，现为“3”"},
		{"rate_decimals: {网页: 0}", -1, -1, -1, "rate_decimals 中的“网页”不是 网站 或 新媒体"},
	}
	val := func(p *int) int {
		if p == nil {
			return -1
		}
		return *p
	}
	for _, tt := range tests {
		p := filepath.Join(t.TempDir(), "round.md")
		txtartest.WriteFile(t, p, []byte("---\ntitle: 通报\n"+tt.front+"\n---\n"))
		l := &diag.List{}
		m, _, _ := readRoundMD(p, l)
		if tt.wantErrSubstring != "" {
			if !strings.Contains(fmt.Sprint(l.Sorted()), tt.wantErrSubstring) {
				t.Errorf("%s: problems = %v", tt.front, l.Sorted())
			}
			continue
		}
		if len(l.Problems) > 0 || val(m.RateDecimals) != tt.all || val(m.WebsiteRateDecimals) != tt.web || val(m.AccountRateDecimals) != tt.acc {
			t.Errorf("%s: %v %d %d %d", tt.front, l.Sorted(), val(m.RateDecimals), val(m.WebsiteRateDecimals), val(m.AccountRateDecimals))
		}
	}
}
