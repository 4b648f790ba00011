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

// buildSample builds the sample site into a new folder, which it returns
// with a reader of the folder's pages by URL ("/units/--2/").
func buildSample(t *testing.T) (out string, read func(url string) string) {
	t.Helper()
	out = filepath.Join(t.TempDir(), "public")
	build(t, "../../rounds", "../..", out)
	return out, func(url string) string {
		t.Helper()
		return readPage(t, out, strings.TrimPrefix(url, "/")+"index.html")
	}
}

// The national units index (29,750 units) is 12 MB as one page. Here the
// sample's 60 units are split by a smaller budget, 20 units a page.
func TestUnitsIndexSplitKeepsEveryUnitReachable(t *testing.T) {
	old := unitsBudget
	unitsBudget = 9_000
	t.Cleanup(func() { unitsBudget = old })
	out, read := buildSample(t)
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

// lowerTableBudgets makes the sample's round tables (60 units, 27 failed
// accounts) behave as the national round's do (29,584 units), for the
// length of a test.
func lowerTableBudgets(t *testing.T, page, table int) {
	oldPage, oldTable := roundTablesBudget, tablePageBudget
	roundTablesBudget, tablePageBudget = page, table
	t.Cleanup(func() { roundTablesBudget, tablePageBudget = oldPage, oldTable })
}

// The sample's 2024Q4 has 单位排名 16,074 bytes, 不合格政务新媒体 15,179
// and 不合格网站 1,108; 2024Q3 16,082, 16,116 and 1,567; 2024Q2 15,502,
// 4,565 and 2,295. Under a budget of 25,000 the largest table leaves
// first, and the next only if the page is still over.
func TestRoundTablesLeaveLargestFirst(t *testing.T) {
	lowerTableBudgets(t, 25_000, 6_000)
	_, f := figurestest.Compute(t, "../../rounds")
	v := MakeViews(f, true)
	split := map[string][]string{}
	for _, r := range v.Rounds {
		for key := range r.Split {
			split[r.Slug] = append(split[r.Slug], key)
		}
		slices.Sort(split[r.Slug])
	}
	for slug, want := range map[string][]string{
		"2024q4": {"ranking"},                    // 16,074 + 15,179 + 1,108 = 32,361; without 40 ranking rows 21,647
		"2024q3": {"failed-accounts", "ranking"}, // without the accounts' last 8 rows still 29,000
		"2024q2": nil,                            // 22,362
		"2023q3": nil,                            // failures only: no ranking
	} {
		if got := split[slug]; !slices.Equal(got, want) {
			t.Errorf("%s: tables with pages of their own %v, want %v", slug, got, want)
		}
	}
	r := v.Rounds[len(v.Rounds)-1]
	if s := r.Split["ranking"]; s == nil || s.Rows != 60 || s.Lead != 20 || s.Noun != "家单位" ||
		!slices.Equal(s.Pages, []PageLink{{"2024q4/ranking", 1, 22}, {"2024q4/ranking/--2", 23, 44}, {"2024q4/ranking/--3", 45, 60}}) {
		t.Errorf("2024q4 单位排名 split as %+v, want 60 rows, 20 on the round page, pages of 1–22, 23–44, 45–60", s)
	}
}

// The national round page is 10.8 MB, 9.1 MB of it 单位排名. Here the
// sample's 单位排名 leaves its round page under lowered budgets: the round
// page keeps the 20 units with the most failures and links to the whole
// table, on three pages of its own with the whole table's downloads.
func TestRoundRankingOnPagesOfItsOwn(t *testing.T) {
	lowerTableBudgets(t, 25_000, 6_000)
	out, read := buildSample(t)
	contains := func(url, html string, want ...string) {
		t.Helper()
		for _, w := range want {
			if !strings.Contains(html, w) {
				t.Errorf("%s lacks %s", url, w)
			}
		}
	}

	round := read("/rounds/2024q4/")
	ranking := round[strings.Index(round, `<h2 id="ranking">`):]
	ranking = ranking[:strings.Index(ranking, "</section>")]
	contains("/rounds/2024q4/ #ranking", ranking,
		`<p>下表为前 20 家单位；<a href="/rounds/2024q4/ranking/">全部 60 家单位</a>分 3 页列出。</p>`,
		"<caption>2024年第四季度各单位检查结果（不合格多者在前）：前 20 家单位</caption>",
		`<tr><td class="num col-no">20</td><th scope="row"><a href="/units/shi-li-shi-gong-an-ju/">示例市公安局</a>`,
		`<p><a class="more" href="/rounds/2024q4/ranking/">查看全部 60 家单位</a>（分 3 页）</p>`,
		`<a href="/downloads/rounds/2024q4/2024q4-ranking.csv" download>`)
	if strings.Contains(ranking, "示例市西津区人民政府") || strings.Contains(ranking, "<details>") {
		t.Errorf("/rounds/2024q4/ shows more of 单位排名 than its first 20 units:\n%s", ranking)
	}

	p2 := read("/rounds/2024q4/ranking/--2/")
	contains("/rounds/2024q4/ranking/--2/", p2,
		"<title>2024年第四季度单位排名（第 2 页，共 3 页） - ",
		"<h1>2024年第四季度单位排名（第 2 页，共 3 页）</h1>",
		`<li><a href="/rounds/2024q4/">关于示例市2024年第四季度政府网站与政务新媒体检查情况的通报</a></li>`,
		`<li><span aria-current="page">单位排名</span></li>`,
		"的单位排名，共 60 家单位，分 3 页，本页为第 23–44 家单位。",
		`<a href="/rounds/2024q4/#ranking">`,
		`<a href="/downloads/rounds/2024q4/2024q4-ranking.csv" download>`,
		`<a href="/downloads/rounds/2024q4/2024q4-ranking.json" download>`,
		`<a href="/rounds/2024q4/ranking/">第 1–22 家单位</a>`,
		`<span aria-current="page">第 23–44 家单位</span>`,
		`<a href="/rounds/2024q4/ranking/--3/">第 45–60 家单位</a>`,
		"<caption>2024年第四季度各单位检查结果（不合格多者在前）：第 23–44 家单位</caption>",
		`<tr><td class="num col-no">23</td><th scope="row"><a href="/units/shi-li-shi-yun-xi-qu-ren-min-zheng-fu/">示例市云溪区人民政府</a>`)
	contains("/rounds/2024q4/ranking/", read("/rounds/2024q4/ranking/"),
		"<h1>2024年第四季度单位排名（第 1 页，共 3 页）</h1>",
		`<tr><td class="num col-no">21</td><th scope="row"><a href="/units/shi-li-shi-xi-jin-qu-ren-min-zheng-fu/">示例市西津区人民政府</a>`)
	contains("/rounds/2024q4/ranking/--3/", read("/rounds/2024q4/ranking/--3/"),
		`<tr><td class="num col-no">60</td><th scope="row"><a href="/units/shi-li-shi-dang-an-guan/">示例市档案馆</a>`)

	// Every unit of the ranking is on exactly one of its pages, in order.
	row := regexp.MustCompile(`<tr><td class="num col-no">(\d+)</td><th scope="row">`)
	var nos []string
	for _, url := range []string{"/rounds/2024q4/ranking/", "/rounds/2024q4/ranking/--2/", "/rounds/2024q4/ranking/--3/"} {
		for _, m := range row.FindAllStringSubmatch(read(url), -1) {
			nos = append(nos, m[1])
		}
	}
	if len(nos) != 60 || nos[0] != "1" || nos[59] != "60" {
		t.Errorf("the ranking's pages hold rows %v, want 1 to 60 once each", nos)
	}

	// The feed lists the rounds, not their tables' pages.
	if feed, _ := os.ReadFile(filepath.Join(out, "index.xml")); bytes.Contains(feed, []byte("ranking")) {
		t.Error("index.xml lists a page of 单位排名")
	}
	// A round whose tables fit keeps them whole.
	if _, err := os.Stat(filepath.Join(out, "rounds", "2024q2", "ranking")); err == nil {
		t.Error("/rounds/2024q2/ranking/ exists; its tables fit its page")
	}
	contains("/rounds/2024q2/", read("/rounds/2024q2/"), "<summary>按不合格数排列的各单位检查结果（58 家单位）</summary>")
}

// The 核查清单 is cut into pages by an estimate of each row's HTML
// (checklistRowCost); an estimate below the real size could let a page
// pass 1 MB. Checked on every row of the sample, whose accounts carry a
// 备注 in most rounds, with and without that column.
func TestChecklistRowCostIsNotBelowTheRealSize(t *testing.T) {
	_, f := figurestest.Compute(t, "../../rounds")
	v := MakeViews(f, true)
	rows := 0
	for _, c := range v.Checklists {
		for _, notes := range []bool{c.Table.notes, false} {
			for i, size := range checklistTable(c.Period, c.Rows, notes).rowSizes() {
				if cost := checklistRowCost(&c.Rows[i], notes); cost < size {
					t.Errorf("%s row %d (备注 %v): estimated %d bytes, written %d", c.Slug, c.Rows[i].No, notes, cost, size)
				}
				rows++
			}
		}
	}
	if rows < 2000 {
		t.Errorf("checked %d rows, want the sample's thousands", rows)
	}
}
