package site

import "sort"

// The search runs in the browser (search.js); these are its steps in Go,
// so that tests can search the index the build writes as a visitor would.

// queryTerms are the terms search.js looks up for a query: the bigrams of
// each run of two or more characters and each single character standing
// alone, at most searchMaxTerms of them.
func queryTerms(q string) []string {
	var runs [][]rune
	var run []rune
	for _, r := range q + " " {
		if r = searchFold(r); isWordRune(r) {
			run = append(run, r)
			continue
		}
		if len(run) > 0 {
			runs = append(runs, run)
			run = nil
		}
	}
	var out []string
	seen := map[string]bool{}
	add := func(t string) {
		if !seen[t] && len(out) < searchMaxTerms {
			seen[t] = true
			out = append(out, t)
		}
	}
	for _, run := range runs {
		if len(run) == 1 {
			add(string(run))
			continue
		}
		for i := 0; i+1 < len(run); i++ {
			add(string(run[i : i+2]))
		}
	}
	return out
}

// searchHit is a thing found with what ranks it.
type searchHit struct {
	id      int
	code    bool // its code is the query
	whole   bool // one of its names is the query
	prefix  bool // one of its names starts with the query's first two characters
	overlap int  // how many of the query's bigrams it holds
}

// rankHits orders the things found as search.js does: given the postings
// of the query's bigram terms and of its three marked terms, it keeps the
// things holding all the bigrams — or, when none does and there are three
// or more, those holding at least two thirds of them — and orders them:
// exact codes first, then by kind, then whole name, prefix, overlap, id.
func rankHits(bigrams [][]int, code, whole, prefix []int, kinds []int) []int {
	count := map[int]int{}
	for _, l := range bigrams {
		for _, id := range l {
			count[id]++
		}
	}
	need := len(bigrams)
	hits := map[int]*searchHit{}
	collect := func() {
		for id, n := range count {
			if n >= need {
				hits[id] = &searchHit{id: id, overlap: n}
			}
		}
	}
	collect()
	if len(hits) == 0 && len(bigrams) >= 3 {
		need = (2*len(bigrams) + 2) / 3
		collect()
	}
	mark := func(ids []int, set func(h *searchHit)) {
		for _, id := range ids {
			if h := hits[id]; h != nil {
				set(h)
			}
		}
	}
	mark(code, func(h *searchHit) { h.code = true })
	mark(whole, func(h *searchHit) { h.whole = true })
	mark(prefix, func(h *searchHit) { h.prefix = true })
	for _, id := range code {
		if hits[id] == nil {
			hits[id] = &searchHit{id: id, code: true}
		}
	}
	kindOf := func(id int) int {
		k := 0
		for i, first := range kinds {
			if id >= first {
				k = i
			}
		}
		return k
	}
	list := make([]*searchHit, 0, len(hits))
	for _, h := range hits {
		list = append(list, h)
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		switch {
		case a.code != b.code:
			return a.code
		case kindOf(a.id) != kindOf(b.id):
			return kindOf(a.id) < kindOf(b.id)
		case a.whole != b.whole:
			return a.whole
		case a.prefix != b.prefix:
			return a.prefix
		case a.overlap != b.overlap:
			return a.overlap > b.overlap
		}
		return a.id < b.id
	})
	out := make([]int, len(list))
	for i, h := range list {
		out[i] = h.id
	}
	return out
}
