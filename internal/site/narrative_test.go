package site

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/txtartest"
)

// round.md is Markdown, not a Hugo template: shortcodes show as the text
// typed, and nothing in it adds a resource from another host, raw HTML or
// an inline style. Built with the site's own hugo.toml and layouts.
func TestNarrativeIsOnlyMarkdown(t *testing.T) {
	page := buildRoundPage(t, `
## 总体情况 {style="color:red" onclick="alert(1)"}

视频：{{< youtube 0RKpf3rK57I >}}

图片：{{< figure src="https://example.com/x.png" >}}

二维码：{{< qr text="https://example.com" >}}

{{% qr text="x" %}}

外部图片 ![标识](https://example.com/logo.png) 与 ![](//example.com/y.png)

<iframe src="https://example.com"></iframe><span style="color:red">红字</span><script>alert(1)</script>

<img src="https://example.com/z.png">

[链接](javascript:alert(1))
`, `
网站名称,主办单位,检查结果
示例网,示例市教育局,合格
`)
	start := strings.Index(page, `<section class="narrative"`)
	if start < 0 {
		t.Fatalf("no narrative on the page:\n%s", page)
	}
	narrative := page[start:]
	narrative = narrative[:strings.Index(narrative, "</section>")]
	for _, want := range []string{
		"视频：{{&lt; youtube 0RKpf3rK57I &gt;}}",
		"图片：{{&lt; figure src=",
		"二维码：{{&lt; qr text=",
		"<p>{{% qr text=",
		`<a href="https://example.com/logo.png" rel="noopener">标识（外部图片）</a>`,
	} {
		if !strings.Contains(narrative, want) {
			t.Errorf("the narrative lacks %q:\n%s", want, narrative)
		}
	}
	for _, bad := range []string{"<iframe", "<img", "<script", "style=", "onclick", "javascript:", "<span"} {
		if strings.Contains(narrative, bad) {
			t.Errorf("the narrative has %q:\n%s", bad, narrative)
		}
	}
}

// A round whose round.md has no body gets a 通报 drafted from its figures,
// with names from the sheets in it: those are text too.
func TestDraftedNarrativeIsOnlyMarkdown(t *testing.T) {
	page := buildRoundPage(t, "", `
网站名称,主办单位,检查结果,存在问题
{{% qr text="x" /%}}示例网,示例市教育局,不合格,{{< youtube 0RKpf3rK57I >}}
示例二网,示例市教育局,合格,
`)
	if !strings.Contains(page, `{{% qr text=`) || strings.Contains(page, "<iframe") {
		t.Errorf("the drafted narrative runs a shortcode or lacks the name as typed:\n%s", page)
	}
}

// buildRoundPage builds round 2024Q4 with the site's own hugo.toml and
// layouts, its round.md having the body given and its websites.csv the
// rows, and returns the round's page. An image the narrative names must
// not be fetched into the site root.
func buildRoundPage(t *testing.T, body, websites string) string {
	t.Helper()
	rounds, out := t.TempDir(), filepath.Join(t.TempDir(), "public")
	txtartest.Write(t, rounds, `
-- 2024Q4/round.md --
---
title: 关于2024年第四季度政府网站检查情况的通报
---`+body+`
-- 2024Q4/websites.csv --`+websites)
	build(t, rounds, "../..", out)
	for _, name := range txtartest.Names(t, out) {
		if strings.HasSuffix(name, ".png") {
			t.Errorf("the build wrote %s at the site root", name)
		}
	}
	return readPage(t, out, "rounds/2024q4/index.html")
}
