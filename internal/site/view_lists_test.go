package site

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/figures/figurestest"
)

func TestPageStartsCutsWhereTheBudgetIsPassed(t *testing.T) {
	costs := []int{5, 5, 5, 20, 1}
	got := pageStarts(len(costs), 10, func(i int) int { return costs[i] })
	// 5+5 fit; the third 5 passes 10; 20 alone passes it but a page holds
	// at least one row; 1 would pass it after 20.
	if want := []int{0, 2, 3, 4}; !slices.Equal(got, want) {
		t.Errorf("pageStarts = %v, want %v", got, want)
	}
	if got := pageStarts(0, 10, nil); !slices.Equal(got, []int{0}) {
		t.Errorf("pageStarts of no rows = %v, want [0]: a list always has its first page", got)
	}
}

// The national units index (29,750 units) is 12 MB as one page. Here the
// sample's 60 units are split by a smaller budget, 20 units a page.
func TestUnitsIndexSplitKeepsEveryUnitReachable(t *testing.T) {
	old := unitsBudget
	unitsBudget = 9_000
	t.Cleanup(func() { unitsBudget = old })
	_, f := figurestest.Compute(t, "../../rounds")
	out := filepath.Join(t.TempDir(), "public")
	if err := Build(f, true, Options{SiteDir: "../..", Out: out, Log: &bytes.Buffer{}}); err != nil {
		t.Fatal(err)
	}
	read := func(url string) string {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(url), "index.html"))
		if err != nil {
			t.Fatalf("%s: %v", url, err)
		}
		return string(b)
	}
	pages := map[string]string{}
	for _, url := range []string{"/units/", "/units/--2/", "/units/--3/"} {
		pages[url] = read(url)
	}
	if _, err := os.Stat(filepath.Join(out, "units", "--4")); err == nil {
		t.Error("/units/--4/ exists; want 3 pages of about 20 units")
	}

	p2 := pages["/units/--2/"]
	for _, want := range []string{
		"<title>单位核查清单（第 2 页，共 3 页） - ",
		"<h1>单位核查清单（第 2 页，共 3 页）</h1>",
		"共 60 个单位，分 3 页，本页为第 21–40 个。",
		`<h2 id="category-2">市直部门（续）</h2>`,
		`<a href="/units/shi-li-shi-min-zu-zong-jiao-shi-wu-ju/">示例市民族宗教事务局</a>`,
		`<a href="/units/shi-li-shi-shen-ji-ju/">示例市审计局</a>`,
		// A unit slug may hold "--" (a hashed one); the pages' "--2" can
		// still not be one, as no unit slug begins with "-".
		`<a href="/units/shi-li-shi-ren-min-zheng-fu-guo-you-zi-chan-jian-du-guan-li--6cde54/">示例市人民政府国有资产监督管理委员会</a>`,
		`<span aria-current="page">第 21–40 个单位</span>`,
		`<a href="/units/">第 1–20 个单位</a>`,
		`<a href="/units/--3/">第 41–60 个单位</a>`,
		// The categories that begin on page 1 are linked there.
		`<a href="/units/#category-0">区县政府</a>`,
	} {
		if !strings.Contains(p2, want) {
			t.Errorf("/units/--2/ lacks %s", want)
		}
	}
	if strings.Contains(pages["/units/"], "示例市民族宗教事务局") {
		t.Error("/units/ lists 示例市民族宗教事务局, the first unit of page 2")
	}
	if !strings.Contains(pages["/units/--3/"], `<a href="/units/shi-li-shi-shi-chang-jian-du-guan-li-ju/">示例市市场监督管理局</a>`) {
		t.Error("/units/--3/ lacks 示例市市场监督管理局, the first unit of page 3")
	}

	// Every pager and table of contents link resolves, and every unit of
	// the sample is linked from exactly one page of the index.
	href := regexp.MustCompile(`href="(/units/[^"#]*)(#[^"]*)?"`)
	units := map[string]int{}
	for url, html := range pages {
		for _, m := range href.FindAllStringSubmatch(html, -1) {
			if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(m[1]), "index.html")); err != nil {
				t.Errorf("%s links to %s, which the build did not make", url, m[1])
			}
			if m[2] != "" {
				if id := `id="` + m[2][1:] + `"`; !strings.Contains(read(m[1]), id) {
					t.Errorf("%s links to %s%s, which has no %s", url, m[1], m[2], id)
				}
			}
			if strings.Contains(html, `<th scope="row"><a href="`+m[1]+`"`) {
				units[m[1]]++
			}
		}
	}
	if len(units) != 60 {
		t.Errorf("the index pages list %d units, want the sample's 60", len(units))
	}
	for u, n := range units {
		if n != 1 {
			t.Errorf("%s is listed %d times over the index pages, want once", u, n)
		}
	}
}
