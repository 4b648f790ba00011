package review

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/txtartest"
)

func TestPageText(t *testing.T) {
	tests := []struct {
		name  string
		html  string
		lines []string
		title string
	}{
		{"blocks are lines, inline text joins",
			`<p>合格率 <b>97.10</b>%</p><p>第二段</p>`,
			[]string{"合格率 97.10%", "第二段"}, ""},
		{"a table row is one line, cells apart",
			`<table><caption>走势</caption><tr><th scope="row">2024年第四季度</th><td>97.10%</td><td></td><td>67/69</td></tr></table>`,
			[]string{"走势", "2024年第四季度 | 97.10% | 67/69"}, ""},
		{"a term and its value share a line",
			`<dl><div><dt>合格率</dt><dd><span>97.10%</span></dd></div><dt>较上轮</dt><dd>+1.45个百分点</dd></dl>`,
			[]string{"合格率 | 97.10%", "较上轮 | +1.45个百分点"}, ""},
		{"what a reader does not see is left out",
			`<html><head><title>标题</title><style>p{}</style></head><body><h1>示例市</h1><script>var x = "<p>1</p>";</script><svg><text>图</text></svg><p>正文</p></body></html>`,
			[]string{"示例市", "正文"}, "示例市"},
		{"attributes are not text",
			`<div class="chart" data-option="{&#34;a&#34;:1}" aria-label="走势"></div><a href="/x/">链接</a>`,
			[]string{"链接"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines, title := pageText([]byte(tt.html))
			var got []string
			for _, l := range lines {
				got = append(got, l.text)
			}
			if !reflect.DeepEqual(got, tt.lines) {
				t.Errorf("lines = %q, want %q", got, tt.lines)
			}
			if title != tt.title {
				t.Errorf("title = %q, want %q", title, tt.title)
			}
		})
	}
}

// Lines carry the heading or caption they are under.
func TestPageTextContext(t *testing.T) {
	lines, _ := pageText([]byte(`<h2>政府网站</h2><dl><div><dt>合格率</dt><dd>97%</dd></div></dl><h2>政务新媒体</h2><dl><div><dt>合格率</dt><dd>98%</dd></div></dl>`))
	want := []textLine{{"政府网站", ""}, {"合格率 | 97%", "政府网站"}, {"政务新媒体", "政府网站"}, {"合格率 | 98%", "政务新媒体"}}
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("got %q, want %q", lines, want)
	}
}

func TestDiffLines(t *testing.T) {
	tests := []struct {
		name     string
		old, new string // lines separated by "\n"
		want     []LineChange
	}{
		{"same text", "a\nb", "a\nb", nil},
		{"a figure changes",
			"政府网站\n合格率 | 95.65%\n检查网站 | 69 个", "政府网站\n合格率 | 97.10%\n检查网站 | 69 个",
			[]LineChange{{Old: "合格率 | 95.65%", New: "合格率 | 97.10%"}}},
		{"a row is added, not paired with another round's row",
			"2023年第一季度 | 97.06%\n2024年第三季度 | 95.65%", "2023年第一季度 | 97.06%\n2024年第三季度 | 95.65%\n2024年第四季度 | 97.10%",
			[]LineChange{{New: "2024年第四季度 | 97.10%"}}},
		{"a row is removed",
			"甲 | 合格\n乙 | 不合格\n丙 | 合格", "甲 | 合格\n丙 | 合格",
			[]LineChange{{Old: "乙 | 不合格"}}},
		{"rows pair by their header even when others are added",
			"最新状态 | 全部合格\n示例网 | 合格", "最新状态 | 有问题\n新网站 | 合格\n示例网 | 不合格",
			[]LineChange{{Old: "最新状态 | 全部合格", New: "最新状态 | 有问题"}, {New: "新网站 | 合格"}, {Old: "示例网 | 合格", New: "示例网 | 不合格"}}},
		{"an edited heading pairs with the most similar line",
			"表头\n2024年第三季度各类单位合格率", "表头\n2024年第四季度 | 482 | 83\n2024年第四季度各类单位合格率",
			[]LineChange{{New: "2024年第四季度 | 482 | 83"}, {Old: "2024年第三季度各类单位合格率", New: "2024年第四季度各类单位合格率"}}},
	}
	split := func(s string) []textLine {
		var out []textLine
		for _, l := range strings.Split(s, "\n") {
			out = append(out, textLine{text: l})
		}
		return out
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := diffLines(split(tt.old), split(tt.new))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestLineChangeExtends(t *testing.T) {
	tests := []struct {
		c        LineChange
		extends  bool
		appended string
	}{
		{LineChange{Old: "示例网 | 合格", New: "示例网 | 合格 | 不合格"}, true, "不合格"},
		{LineChange{Old: "示例网 | 合格", New: "示例网 | 不合格 | 合格"}, false, ""},
		{LineChange{Old: "合格率 | 9", New: "合格率 | 97%"}, false, ""},
		{LineChange{New: "示例网 | 合格"}, false, ""},
	}
	for _, tt := range tests {
		if got := tt.c.Extends(); got != tt.extends {
			t.Errorf("%q → %q: Extends = %v", tt.c.Old, tt.c.New, got)
		}
		if got := tt.c.Appended(); got != tt.appended {
			t.Errorf("%q → %q: Appended = %q, want %q", tt.c.Old, tt.c.New, got, tt.appended)
		}
	}
}

// The definition of a changed page, on two small sites.
func TestComparePages(t *testing.T) {
	old, new := t.TempDir(), t.TempDir()
	// The one page both sites have as it was.
	for _, dir := range []string{old, new} {
		txtartest.Write(t, dir, "-- same/index.html --\n<h1>不变</h1><p>文字</p>\n")
	}
	txtartest.Write(t, old, `
-- index.html --
<h1>首页</h1><p>合格率 95.65%</p>
-- markup/index.html --
<h1>链接</h1><p><a href="/a/">单位</a></p>
-- gone/index.html --
<h1>删除的页面</h1>
-- index.xml --
<rss>old</rss>
-- zwgk-manifest.json --
{"format": 1}
`)
	txtartest.Write(t, new, `
-- index.html --
<h1>首页</h1><p>合格率 97.10%</p>
-- markup/index.html --
<h1>链接</h1><p><a class="unit" href="/b/">单位</a></p>
-- rounds/2024q4/index.html --
<h1>新一轮</h1>
-- index.xml --
<rss>new</rss>
-- data.csv --
a,b
-- zwgk-manifest.json --
{"format": 1, "x": 2}
`)
	got, err := ComparePages(old, new)
	if err != nil {
		t.Fatal(err)
	}
	want := Pages{
		Added:      []Page{{Path: "rounds/2024q4/index.html", Title: "新一轮"}},
		Removed:    []Page{{Path: "gone/index.html", Title: "删除的页面"}},
		Changed:    []PageChange{{Page: Page{Path: "index.html", Title: "首页"}, Lines: []LineChange{{Context: "首页", Old: "合格率 95.65%", New: "合格率 97.10%"}}}},
		MarkupOnly: []string{"markup/index.html"},
		Unchanged:  1,
		Files:      Files{Added: []string{"data.csv"}, Changed: []string{"index.xml"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}

	t.Run("nothing published: every page is added", func(t *testing.T) {
		got, err := ComparePages(filepath.Join(old, "no-such-folder"), new)
		if err != nil {
			t.Fatal(err)
		}
		var paths []string
		for _, p := range got.Added {
			paths = append(paths, p.URL())
		}
		if want := []string{"/", "/markup/", "/rounds/2024q4/", "/same/"}; !reflect.DeepEqual(paths, want) {
			t.Errorf("added %q, want %q", paths, want)
		}
		if len(got.Changed)+len(got.Removed)+len(got.MarkupOnly)+got.Unchanged > 0 {
			t.Errorf("only additions expected: %+v", got)
		}
	})
}
