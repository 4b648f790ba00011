package cli

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/txtartest"
)

// recorder collects what the crawler reports.
type recorder struct{ errors []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}
func (r *recorder) Logf(string, ...any) {}

// The crawler itself finds each kind of broken link.
func TestCrawlFindsBrokenLinks(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"index.html": `<a href="a/">ok</a> <a href="missing/">missing</a> <a href="a/#here">ok</a> <a href="a/#gone">gone</a>
<a href="/rounds/">outside the sub-path</a> <a href="https://www.gov.cn/">another host</a>
<a href="` + publishedBase + `a/">published address</a> <link rel="stylesheet" href="s.css">`,
		"a/index.html":      `<h2 id="here">here</h2>`,
		"s.css":             `body { background: url("img/missing.png") }`,
		"orphan/index.html": `<p>no link leads here</p>`,
	}
	for name, body := range files {
		txtartest.WriteFile(t, filepath.Join(dir, name), []byte(body))
	}
	local := serveUnder(t, dir, "/zwgk/jcqk/")
	r := &recorder{}
	crawl(r, dir, local)
	sort.Strings(r.errors)
	got := strings.ReplaceAll(strings.Join(r.errors, "\n"), local, "LOCAL/")
	for _, want := range []string{
		"broken link: LOCAL/missing/ (linked from LOCAL/)",
		"broken link: LOCAL/img/missing.png (linked from LOCAL/s.css)",
		"LOCAL/ links to LOCAL/a/#gone, but that page has no id \"gone\"",
		"links outside the site: " + strings.TrimSuffix(local, "/zwgk/jcqk/") + "/rounds/",
		"links outside the site: https://www.gov.cn/",
		"no link leads to LOCAL/orphan/",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("crawler did not report %q; reported:\n%s", want, got)
		}
	}
	if strings.Contains(got, "#here") || strings.Contains(got, "LOCAL/a/ (") {
		t.Errorf("crawler reported a good link:\n%s", got)
	}
}
