package site

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/rand"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// index is the search index as files, read back the way search.js reads
// it.
type index struct {
	files map[string][]byte
	meta  searchMeta
}

func makeIndex(t *testing.T, v *Views) *index {
	t.Helper()
	ix := &index{files: map[string][]byte{}}
	for _, f := range planSearch(v) {
		b, err := f.make()
		if err != nil {
			t.Fatal(err)
		}
		if _, dup := ix.files[f.path]; dup {
			t.Fatalf("two files at %s", f.path)
		}
		ix.files[f.path] = b
	}
	if err := json.Unmarshal(ix.files["search-index/meta.json"], &ix.meta); err != nil {
		t.Fatal(err)
	}
	return ix
}

func (ix *index) get(t *testing.T, name string, loaded map[string]bool) []byte {
	t.Helper()
	p := "search-index/" + name
	b, ok := ix.files[p]
	if !ok {
		t.Fatalf("search.js would load %s, which is not written", p)
	}
	loaded[p] = true
	return b
}

// search runs a query as search.js does and returns the ids found, the
// things of the first page, and the bytes loaded to show that page.
func (ix *index) search(t *testing.T, q string) (ids []int, first [][]any, bytes int) {
	t.Helper()
	loaded := map[string]bool{}
	ix.get(t, "meta.json", loaded)
	lookup := func(term string) []int {
		if term == "" {
			return nil
		}
		var shard map[string]string
		if err := json.Unmarshal(ix.get(t, fmt.Sprintf("t/%d.json", searchShard(term, ix.meta.Shards)), loaded), &shard); err != nil {
			t.Fatal(err)
		}
		v := shard[term]
		if strings.HasPrefix(v, "@") {
			v = string(ix.get(t, "p/"+v[1:]+".txt", loaded))
		}
		return decodePostings(t, v)
	}
	var lists [][]int
	for _, term := range queryTerms(q) {
		lists = append(lists, lookup(term))
	}
	code, whole, prefix := rankTerms(q)
	ids = rankHits(lists, lookup(code), lookup(whole), lookup(prefix), ix.meta.Kinds)
	for _, id := range ids[:min(len(ids), ix.meta.Page)] {
		var chunk [][]any
		if err := json.Unmarshal(ix.get(t, fmt.Sprintf("d/%d.json", id/ix.meta.Chunk), loaded), &chunk); err != nil {
			t.Fatal(err)
		}
		first = append(first, chunk[id%ix.meta.Chunk])
	}
	for p := range loaded {
		bytes += len(ix.files[p])
	}
	return ids, first, bytes
}

// searchCase is a query and the names it finds first, in order.
type searchCase struct {
	q    string
	want []string
}

// expectNames runs each case's query and compares the names of the first
// page of results with the literal list.
func (ix *index) expectNames(t *testing.T, tests []searchCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			_, first, _ := ix.search(t, tc.q)
			var got []string
			for _, d := range first {
				got = append(got, d[1].(string))
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("search %q found %q, want %q", tc.q, got, tc.want)
			}
		})
	}
}

func decodePostings(t *testing.T, s string) []int {
	t.Helper()
	var ids []int
	if s == "" {
		return ids
	}
	if bits, ok := strings.CutPrefix(s, "~"); ok {
		raw, err := base64.StdEncoding.DecodeString(bits)
		if err != nil {
			t.Fatal(err)
		}
		for i, b := range raw {
			for j := 0; j < 8; j++ {
				if b&(1<<j) != 0 {
					ids = append(ids, i*8+j)
				}
			}
		}
		return ids
	}
	prev := 0
	for _, gap := range strings.Split(s, ",") {
		n, err := strconv.ParseInt(gap, 36, 64)
		if err != nil {
			t.Fatalf("postings %q: %v", s, err)
		}
		prev += int(n)
		ids = append(ids, prev)
	}
	return ids
}

func TestSearchFindsByAnyPartOfAName(t *testing.T) {
	v := &Views{
		Rounds: []RoundView{{RoundSummary: RoundSummary{ID: "2024Q4", Slug: "2024q4", Title: "关于2024年第四季度检查情况的通报", Period: "2024年第四季度"}, DocNumber: "示政办函〔2025〕11号"}},
		Units: []UnitView{
			{UnitSummary: UnitSummary{Name: "示例市教育局", Slug: "jiao-yu-ju", Category: "市直部门"},
				Websites: []Checked{{Name: "示例市教育局网站", Code: "9999000003", URL: "https://jyj.shilishi.example/"}},
				Accounts: []Checked{{Name: "示例教育发布", Platform: "微信（公众号）"}, {Name: "ＡＢＣ教育", Platform: "抖音"}}},
			{UnitSummary: UnitSummary{Name: "示例市卫生健康委员会", Slug: "wei-jian-wei", Category: "市直部门"},
				Accounts: []Checked{{Name: "健康示例", Platform: "新浪微博"}}},
		},
	}
	ix := makeIndex(t, v)
	tests := []searchCase{
		{"教育", []string{"示例市教育局", "示例市教育局网站", "示例教育发布", "ＡＢＣ教育"}},
		{"教育局", []string{"示例市教育局", "示例市教育局网站"}},
		{"局", []string{"示例市教育局", "示例市教育局网站"}},
		{"健康", []string{"示例市卫生健康委员会", "健康示例"}},
		{"卫生 委员会", []string{"示例市卫生健康委员会"}},
		{"abc", []string{"ＡＢＣ教育"}}, // full-width letters fold to ASCII, any case
		{"ＡＢＣ", []string{"ＡＢＣ教育"}},
		{"9999000003", []string{"示例市教育局网站"}}, // 网站标识码
		{"jyj", []string{"示例市教育局网站"}},        // domain
		{"〔2025〕11号", []string{"关于2024年第四季度检查情况的通报"}},
		{"第四季度", []string{"关于2024年第四季度检查情况的通报"}},
		{"公安局", nil},
		{"！？", nil},
	}
	ix.expectNames(t, tests)
	_, first, _ := ix.search(t, "健康示例")
	if len(first) != 1 || first[0][3] != "units/wei-jian-wei/#accounts" || first[0][2] != "新浪微博 · 示例市卫生健康委员会" {
		t.Errorf("an account leads to its unit's accounts: %v", first)
	}
}

// nationalViews is a synthetic country at the scale of the issue: 30,000
// units, 14,000 websites and 100,000 accounts, named from a pool of common
// characters so that many names share bigrams, as real ones do, and as long
// as the names and addresses of the national sample (zwgk sample --scale
// national), so that the files are as large.
func nationalViews() *Views {
	r := rand.New(rand.NewSource(1))
	places := []rune("东南西北中安宁平和长江河山湖海城新华光明天福兴顺德阳泉林清远丰永昌盛泰康云龙凤")
	bodies := []string{"人民政府", "教育局", "公安局", "财政局", "卫生健康委员会", "生态环境局", "自然资源局", "住房和城乡建设局",
		"交通运输局", "农业农村局", "商务局", "文化和旅游局", "市场监督管理局", "应急管理局", "医疗保障局", "人力资源和社会保障局",
		"民政局", "司法局", "审计局", "统计局", "退役军人事务局", "水利局", "林业局", "政务服务管理局"}
	levels := []string{"省", "市", "县", "区"}
	platforms := []string{"微信（公众号）", "新浪微博", "抖音", "今日头条", "快手", "微信视频号"}
	place := func() string {
		n := 2 + r.Intn(2)
		s := make([]rune, n)
		for i := range s {
			s[i] = places[r.Intn(len(places))]
		}
		return string(s)
	}
	v := &Views{}
	websites, accounts := 0, 0
	for i := 0; i < 30000; i++ {
		p := place() + levels[r.Intn(len(levels))]
		// Names and slugs as long as the national sample's: 示例枫滨省稻川市…,
		// shi-li-feng-bin-sheng-dao-chuan-shi-…-96ed24.
		name := "示例" + place() + "省" + p + bodies[r.Intn(len(bodies))]
		slug := fmt.Sprintf("%.53s-%06x", strings.Repeat("shi-li-", 10), i)
		u := UnitView{UnitSummary: UnitSummary{Name: name, Slug: slug, Region: p, Category: "区县政府"}}
		if websites < 14000 && i%15 < 7 {
			u.Websites = append(u.Websites, Checked{Name: u.Name + "网站", Code: fmt.Sprintf("%010d", 1000000000+i), URL: fmt.Sprintf("https://u%d.example.gov.cn/", i)})
			websites++
		}
		for k := 0; k < 3+r.Intn(2) && accounts < 100000; k++ {
			short := []rune(p)
			u.Accounts = append(u.Accounts, Checked{Name: string(short[:2]) + []string{"发布", "政务", "在线", "之声", "资讯"}[r.Intn(5)] + strconv.Itoa(k), Platform: platforms[r.Intn(len(platforms))]})
			accounts++
		}
		v.Units = append(v.Units, u)
	}
	for i := 0; i < 8; i++ {
		id := fmt.Sprintf("%dQ%d", 2023+i/4, i%4+1)
		v.Rounds = append(v.Rounds, RoundView{RoundSummary: RoundSummary{ID: id, Slug: strings.ToLower(id), Title: "关于" + id + "全国政府网站与政务新媒体检查情况的通报"}})
	}
	return v
}

// At national scale a search downloads under 500 KB however common its
// words, because a query loads at most searchMaxTerms shards and postings
// files and the chunks of one page of results.
func TestSearchAtNationalScale(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes 144,000 things")
	}
	v := nationalViews()
	ix := makeIndex(t, v)
	largest := map[string]int{}
	for p, b := range ix.files {
		kind := p[len("search-index/"):]
		if i := strings.IndexByte(kind, '/'); i >= 0 {
			kind = kind[:i]
		}
		largest[kind] = max(largest[kind], len(b))
	}
	bound := len(ix.files["search-index/meta.json"]) + (searchMaxTerms+searchRankTerms)*(largest["t"]+largest["p"]) + searchPage*largest["d"]
	t.Logf("%d things, %d files, %d shards; largest shard %d B, postings file %d B, chunk %d B; bound per search %d B",
		ix.meta.Docs, len(ix.files), ix.meta.Shards, largest["t"], largest["p"], largest["d"], bound)
	if bound > searchBudget {
		t.Errorf("a search may load %d bytes, over %d", bound, searchBudget)
	}
	queries := []string{"人民政府", "教育局", "东南西北中安宁平和", "发布", "局", "微信", "1000001234", "住房和城乡建设局", "东城市教育局", "政务在线", "示例"}
	docs := searchDocs(v)
	worst := 0
	for _, q := range queries {
		ids, _, bytes := ix.search(t, q)
		worst = max(worst, bytes)
		if bytes > searchBudget {
			t.Errorf("search %q loads %d bytes", q, bytes)
		}
		// Every thing whose text holds the query is found; a thing found
		// holds all the query's bigrams, though maybe not in a row.
		want, found := 0, map[int]bool{}
		for _, id := range ids {
			found[id] = true
		}
		for id, d := range docs {
			if containsAll(d, q) {
				want++
				if !found[id] {
					t.Errorf("search %q misses %q", q, d.name)
					break
				}
			}
		}
		t.Logf("%-10s %6d found, %6d hold it, %6d bytes", q, len(ids), want, bytes)
	}
	t.Logf("largest download of the test queries: %d bytes", worst)
}

func containsAll(d searchDoc, q string) bool {
	text := foldString(strings.Join(d.text, " "))
	for _, w := range strings.Fields(q) {
		if !strings.Contains(text, foldString(w)) {
			return false
		}
	}
	return true
}

func foldString(s string) string { return strings.Map(searchFold, s) }

// Building the index twice gives the same files.
func TestSearchIsDeterministic(t *testing.T) {
	v := nationalViews()
	v.Units = v.Units[:2000]
	a, b := makeIndex(t, v), makeIndex(t, v)
	var names []string
	for p := range a.files {
		names = append(names, p)
	}
	sort.Strings(names)
	for _, p := range names {
		if string(a.files[p]) != string(b.files[p]) {
			t.Errorf("%s differs between two runs", p)
		}
	}
}

// Queries as people type them: abbreviations of bodies (卫健委, 市卫健委,
// 人社局, 发改委), a unit's 别名, a 备案单号, an exact 网站标识码, a whole
// name; results are grouped by kind (单位, 网站, 账号) and an exact code
// comes first.
func TestSearchAsPeopleType(t *testing.T) {
	v := &Views{Units: []UnitView{
		{UnitSummary: UnitSummary{Name: "示例市教育局青山分局", Slug: "fen-ju"},
			Websites: []Checked{{Name: "青山教育网", Code: "9999000010"}}},
		{UnitSummary: UnitSummary{Name: "示例市教育局", Slug: "jiao-yu-ju"},
			Websites: []Checked{{Name: "示例市教育局网站", Code: "9999000001"}}},
		{UnitSummary: UnitSummary{Name: "示例市卫生健康委员会", Slug: "wei-jian-wei"},
			Websites: []Checked{{Name: "示例市卫生健康委员会网站", Code: "9999000002"}},
			Accounts: []Checked{{Name: "示例卫健", Platform: "抖音", Code: "626636"}, {Name: "健康示例", Platform: "微信公众号", Code: "626637"}}},
		{UnitSummary: UnitSummary{Name: "示例市人力资源和社会保障局", Slug: "ren-she-ju"}},
		{UnitSummary: UnitSummary{Name: "示例市发展和改革委员会", Slug: "fa-gai-wei"}},
		{UnitSummary: UnitSummary{Name: "示例市青山区人民政府", Slug: "qing-shan"}, Aliases: []string{"青山区政府"}},
		{UnitSummary: UnitSummary{Name: "示例市东湖区人民政府", Slug: "dong-hu"}},
	}}
	ix := makeIndex(t, v)
	tests := []searchCase{
		{"卫健委", []string{"示例市卫生健康委员会", "示例市卫生健康委员会网站"}},
		{"市卫健委", []string{"示例市卫生健康委员会", "示例市卫生健康委员会网站"}},
		{"卫健", []string{"示例市卫生健康委员会", "示例市卫生健康委员会网站", "示例卫健"}},
		{"卫生健康委", []string{"示例市卫生健康委员会", "示例市卫生健康委员会网站"}},
		{"人社局", []string{"示例市人力资源和社会保障局"}},
		{"发改委", []string{"示例市发展和改革委员会"}},
		{"青山区政府", []string{"示例市青山区人民政府"}},
		{"东湖区政府", []string{"示例市东湖区人民政府"}},
		{"626636", []string{"示例卫健"}},
		{"9999000001", []string{"示例市教育局网站", "青山教育网"}},
		{"示例市教育局", []string{"示例市教育局", "示例市教育局青山分局", "示例市教育局网站"}},
		// No name holds all of 卫生健康局's bigrams (康局); these hold three of four.
		{"卫生健康局", []string{"示例市卫生健康委员会", "示例市卫生健康委员会网站"}},
	}
	ix.expectNames(t, tests)
}

func TestAbbreviated(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"示例市卫生健康委员会", []string{"示例市卫健委"}},
		{"示例市人民政府办公室", []string{"示例市政府办", "示例市政府办公室"}},
		{"示例市经济技术开发区管理委员会", []string{"示例市经开区管理委员会", "示例市经济技术开发区管委会", "示例市经开区管委会"}},
		{"示例市档案馆", nil},
	}
	for _, tt := range tests {
		if got := abbreviated(tt.name); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("abbreviated(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	if len(bodyAbbreviations) < 25 {
		t.Errorf("only %d abbreviations", len(bodyAbbreviations))
	}
}
