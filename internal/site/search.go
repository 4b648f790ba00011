package site

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"hash/fnv"
	"net/url"
	"path"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The search index lets static/js/search.js find rounds, units, websites
// and accounts in the site's own files, without a server and without Node
// to build it. Chinese has no spaces between words, so every run of letters
// and digits is indexed by its single characters and its pairs of adjacent
// characters (bigrams); a query of two or more characters looks up its
// bigrams and keeps the things that have all of them.
//
// So that a query at national scale (100,000 accounts) downloads little,
// the index is cut into files:
//
//	search-index/meta.json   sizes, read first
//	search-index/t/<n>.json  shard n: {term: postings}; a term's shard is fnv1a(term) mod shards
//	search-index/p/<n>.txt   the postings of a term too long to keep in its shard
//	search-index/d/<n>.json  things n·chunk … n·chunk+chunk-1, each [kind, name, detail, url]
//
// A query loads meta.json, the shard (and maybe a postings file) of each of
// at most searchMaxTerms terms and of its three ranking terms, and the
// chunks holding the first searchPage results; searchBudget bounds the sum,
// and a test checks it at national scale.
//
// Ranking: besides its bigrams, each thing is indexed under three kinds of
// marked terms — "#" and each code it has (网站标识码, 备案单号, 统一社会信用代码),
// "=" and each of its names whole, "^" and the first two characters of
// each name — its names being its name, its 别名 from units.csv, and both
// with the full names of bodies abbreviated (abbreviations.go). A query
// looks up "#q", "=q" and "^" + its first two characters too. Results are
// the things holding all the query's bigrams (or, when none does, most of
// them); exact code matches come first, then the things of each kind
// (检查通报, 单位, 网站, 账号) in turn, each kind ordered by whole-name
// match, prefix match, the bigrams it holds, and the index order.
const (
	searchDir        = "search-index"
	searchChunk      = 32      // things per chunk file
	searchShardBytes = 8 << 10 // aimed-at size of a shard file
	searchSplitBytes = 2 << 10 // postings longer than this get their own file
	searchMaxTerms   = 6       // bigram terms of a query search.js looks up
	searchRankTerms  = 3       // and its marked terms: "#q", "=q", "^q₁q₂"
	searchPage       = 20      // results shown at a time
	searchBudget     = 500_000 // bytes a search may download: “under 500 KB”
)

// Kinds of things found, as search.js labels them.
const (
	kindRound   = iota // 检查通报
	kindUnit           // 单位
	kindWebsite        // 政府网站
	kindAccount        // 政务新媒体
)

// searchDoc is one thing a reader can find.
type searchDoc struct {
	kind   int
	name   string
	detail string   // shown under the name
	url    string   // relative to the site root
	text   []string // what is indexed
	names  []string // what a whole-name or prefix match is against: name and aliases
	codes  []string // what an exact code match is against
}

func (d searchDoc) MarshalJSON() ([]byte, error) {
	return json.Marshal([]any{d.kind, d.name, d.detail, d.url})
}

// searchMeta is search-index/meta.json; search.js reads its sizes from here
// rather than knowing them.
type searchMeta struct {
	Version  int   `json:"version"`
	Docs     int   `json:"docs"`
	Chunk    int   `json:"chunk"`
	Shards   int   `json:"shards"`
	MaxTerms int   `json:"max_terms"`
	Page     int   `json:"page"`
	Kinds    []int `json:"kinds"` // the first id of each kind; ids are in kind order
}

// searchDocs lists what can be found, in the order results are shown:
// rounds newest first, then units, websites and accounts in the order of
// the units index.
func searchDocs(v *Views) []searchDoc {
	var docs []searchDoc
	for i := len(v.Rounds) - 1; i >= 0; i-- {
		r := v.Rounds[i]
		detail := joinNonEmpty(" · ", r.Period, r.DocNumber, prefixed("发布日期 ", r.Published))
		docs = append(docs, searchDoc{kind: kindRound, name: r.Title, detail: detail, url: "rounds/" + r.Slug + "/",
			text: []string{r.Title, r.Period, r.ID, r.DocNumber}, names: []string{r.Title}, codes: []string{r.ID, r.DocNumber}})
	}
	for _, u := range v.Units {
		names := withAbbreviations(append([]string{u.Name}, u.Aliases...))
		docs = append(docs, searchDoc{kind: kindUnit, name: u.Name, detail: joinNonEmpty(" · ", u.Category, u.Region), url: "units/" + u.Slug + "/",
			text: append(names, u.Region, u.CreditCode), names: names, codes: []string{u.CreditCode}})
	}
	for _, u := range v.Units {
		for _, w := range u.Websites {
			names := withAbbreviations([]string{w.Name})
			docs = append(docs, searchDoc{kind: kindWebsite, name: w.Name, detail: joinNonEmpty(" · ", u.Name, prefixed("网站标识码 ", w.Code)),
				url: "units/" + u.Slug + "/#websites", text: append(names, w.Code, hostOf(w.URL)), names: names, codes: []string{w.Code}})
		}
	}
	for _, u := range v.Units {
		for _, a := range u.Accounts {
			names := withAbbreviations([]string{a.Name})
			docs = append(docs, searchDoc{kind: kindAccount, name: a.Name, detail: joinNonEmpty(" · ", a.Platform, u.Name, prefixed("备案单号 ", a.Code)),
				url: "units/" + u.Slug + "/#accounts", text: append(names, a.Platform, a.Code), names: names, codes: []string{a.Code}})
		}
	}
	return docs
}

// withAbbreviations gives the names followed by their abbreviated forms.
func withAbbreviations(names []string) []string {
	out := append([]string(nil), names...)
	for _, n := range names {
		out = append(out, abbreviated(n)...)
	}
	return out
}

// compactQuery is a name or query as the marked terms hold it: folded, and
// only its letters and digits.
func compactQuery(s string) []rune {
	var out []rune
	for _, r := range s {
		if r = searchFold(r); isWordRune(r) {
			out = append(out, r)
		}
	}
	return out
}

// rankTerms are the marked terms of a query, mirroring search.js: its exact
// code, its whole name and its prefix (first two characters).
func rankTerms(q string) (code, whole, prefix string) {
	c := compactQuery(q)
	if len(c) == 0 {
		return "", "", ""
	}
	code, whole = "#"+string(c), "="+string(c)
	if len(c) >= 2 {
		prefix = "^" + string(c[:2])
	}
	return code, whole, prefix
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

func prefixed(prefix, s string) string {
	if s == "" {
		return ""
	}
	return prefix + s
}

func hostOf(s string) string {
	if u, err := url.Parse(s); err == nil {
		return u.Hostname()
	}
	return ""
}

// searchFold folds a character as search.js does: full-width ASCII to
// half-width, ASCII letters to lower case.
func searchFold(r rune) rune {
	if r >= 0xFF01 && r <= 0xFF5E {
		r -= 0xFEE0
	}
	if r >= 'A' && r <= 'Z' {
		r += 'a' - 'A'
	}
	return r
}

// isWordRune matches search.js's /[\p{L}\p{N}]/u.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// searchTerms are the terms a text is indexed under: every character and
// every pair of adjacent characters of each run of letters and digits.
// A term is handed to add as UTF-8 bytes that are valid only during the
// call, so that indexing 30,000 units allocates only for new terms.
func searchTerms(text string, add func(term []byte)) {
	var run []rune
	var term []byte
	flush := func() {
		for i, r := range run {
			term = utf8.AppendRune(term[:0], r)
			add(term)
			if i+1 < len(run) {
				add(utf8.AppendRune(term, run[i+1]))
			}
		}
		run = run[:0]
	}
	for _, r := range text {
		if r = searchFold(r); isWordRune(r) {
			run = append(run, r)
		} else {
			flush()
		}
	}
	flush()
}

// searchShard is the shard of a term: FNV-1a of its UTF-8 bytes, as
// search.js computes it.
func searchShard(term string, shards int) int {
	h := fnv.New32a()
	h.Write([]byte(term))
	return int(h.Sum32() % uint32(shards))
}

// encodePostings writes the sorted ids of a term's things in the shorter of
// two forms: the gaps between them in base 36 separated by commas, or a
// bitmap of all things in base64 after a "~".
func encodePostings(ids []int, docs int) string {
	var list strings.Builder
	prev := 0
	for i, id := range ids {
		if i > 0 {
			list.WriteByte(',')
		}
		list.WriteString(strconv.FormatInt(int64(id-prev), 36))
		prev = id
	}
	bitmapLen := 1 + base64.StdEncoding.EncodedLen((docs+7)/8)
	if list.Len() <= bitmapLen {
		return list.String()
	}
	bits := make([]byte, (docs+7)/8)
	for _, id := range ids {
		bits[id/8] |= 1 << (id % 8)
	}
	return "~" + base64.StdEncoding.EncodeToString(bits)
}

// planSearch makes the files of the search index for the views.
func planSearch(v *Views) []outFile {
	docs := searchDocs(v)
	// Each term's postings by the term's number; looking a term up by its
	// bytes allocates nothing, so only a new term costs an allocation.
	number := map[string]int{}
	var lists [][]int
	for id, d := range docs {
		// Docs are indexed in id order, so a term already has this doc
		// when its last posting is id.
		add := func(term []byte) {
			k, ok := number[string(term)]
			if !ok {
				k = len(lists)
				number[string(term)] = k
				lists = append(lists, nil)
			}
			if n := len(lists[k]); n > 0 && lists[k][n-1] == id {
				return
			}
			lists[k] = append(lists[k], id)
		}
		for _, t := range d.text {
			searchTerms(t, add)
		}
		for _, c := range d.codes {
			if code, _, _ := rankTerms(c); code != "" {
				add([]byte(code))
			}
		}
		for _, n := range d.names {
			if _, whole, prefix := rankTerms(n); whole != "" {
				add([]byte(whole))
				if prefix != "" {
					add([]byte(prefix))
				}
			}
		}
	}
	postings := make(map[string][]int, len(number))
	terms := make([]string, 0, len(number))
	for t, k := range number {
		terms = append(terms, t)
		postings[t] = lists[k]
	}
	sort.Strings(terms)

	var files []outFile
	encoded := make(map[string]string, len(terms))
	inline := 0
	for _, t := range terms {
		e := encodePostings(postings[t], len(docs))
		if len(e) > searchSplitBytes {
			n := strconv.Itoa(len(files))
			body := []byte(e)
			files = append(files, outFile{path.Join(searchDir, "p", n+".txt"), func() ([]byte, error) { return body, nil }})
			e = "@" + n
		}
		encoded[t] = e
		inline += len(t) + len(e) + 6
	}
	shards := max(1, (inline+searchShardBytes-1)/searchShardBytes)
	byShard := make([]map[string]string, shards)
	for i := range byShard {
		byShard[i] = map[string]string{}
	}
	for _, t := range terms {
		byShard[searchShard(t, shards)][t] = encoded[t]
	}
	for i, m := range byShard {
		files = append(files, outFile{path.Join(searchDir, "t", strconv.Itoa(i)+".json"), func() ([]byte, error) { return compactJSON(m) }})
	}
	for start := 0; start < len(docs); start += searchChunk {
		chunk := docs[start:min(start+searchChunk, len(docs))]
		files = append(files, outFile{path.Join(searchDir, "d", strconv.Itoa(start/searchChunk)+".json"), func() ([]byte, error) { return compactJSON(chunk) }})
	}
	meta := searchMeta{Version: 2, Docs: len(docs), Chunk: searchChunk, Shards: shards, MaxTerms: searchMaxTerms, Page: searchPage,
		Kinds: make([]int, kindAccount+1)}
	for k := range meta.Kinds {
		meta.Kinds[k] = sort.Search(len(docs), func(i int) bool { return docs[i].kind >= k })
	}
	files = append(files, outFile{path.Join(searchDir, "meta.json"), func() ([]byte, error) { return compactJSON(meta) }})
	return files
}

// compactJSON marshals without HTML escaping: the files are fetched as
// data, never placed in a page.
func compactJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return b.Bytes(), err
}
