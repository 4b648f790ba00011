package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// The public footer says who publishes the data — the 主办单位 of hugo.toml
// — and does not advertise the tool that made the pages.
func TestFooterNamesTheOrganizer(t *testing.T) {
	out := buildSite(t, "../../rounds")
	for _, page := range []string{"index.html", "rounds/2024q4/index.html", "search/index.html"} {
		html := readFile(t, filepath.Join(out, filepath.FromSlash(page)))
		if !strings.Contains(html, "本站检查数据由示例市人民政府办公室依据各轮检查结果发布。") {
			t.Errorf("%s: the footer does not name the 主办单位 as the source", page)
		}
		if strings.Contains(html, "由 zwgk") || strings.Contains(html, "zwgk 依据") {
			t.Errorf("%s: the footer names the tool", page)
		}
	}
}
