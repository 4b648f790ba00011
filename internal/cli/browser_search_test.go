package cli

import (
	"net/url"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Searches as people type them, run by search.js in Chromium on the
// sample site: abbreviations of bodies, a 备案单号, an exact 网站标识码,
// each with the thing meant first; the status line counts each kind.
func TestBrowserSearchQueries(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the sample site and runs Chromium")
	}
	chromium := os.Getenv("ZWGK_CHROMIUM")
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if chromium == "" {
			chromium, _ = exec.LookPath(name)
		}
	}
	if chromium == "" {
		if os.Getenv("ZWGK_REQUIRE_BROWSER") != "" {
			t.Fatal("browser test: Chromium missing (ZWGK_REQUIRE_BROWSER is set)")
		}
		t.Skip("Chromium missing; ./test.sh installs it")
	}
	out := buildSite(t, "../../rounds")
	local := serveUnder(t, out, "/")
	b, err := startBrowser(chromium, t.TempDir())
	if err != nil {
		t.Fatalf("starting %s: %v", chromium, err)
	}
	defer b.close()
	p := &tab{t: t, b: b, local: local}
	if p.session, err = b.newPage(); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ q, first, status string }{
		{"卫健委", "单位示例市卫生健康委员会", "单位 1 条"},
		{"市卫健委", "单位示例市卫生健康委员会", "单位 1 条"},
		{"卫健", "单位示例市卫生健康委员会", "单位 1 条"},
		{"人社局", "单位示例市人力资源和社会保障局", "单位 1 条"},
		{"发改委", "单位示例市发展和改革委员会", "单位 1 条"},
		{"626636", "政务新媒体健康示例", "政务新媒体 1 条"},
		{"9999000001", "政府网站示例市人民政府", "政府网站"},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			p.t = t
			p.open("search/?q="+url.QueryEscape(tc.q), desktop)
			p.waitFor(`document.querySelectorAll('#search-results li').length > 0`)
			var first, status string
			p.eval(`(function () { var li = document.querySelector('#search-results li');
				return li.querySelector('.search-kind').textContent + li.querySelector('a').textContent; })()`, &first)
			p.eval(`document.getElementById('search-status').textContent`, &status)
			if first != tc.first || !strings.Contains(status, tc.status) {
				t.Errorf("search %q: first %q, status %q; want first %q and %q in the status", tc.q, first, status, tc.first, tc.status)
			}
		})
	}
}
