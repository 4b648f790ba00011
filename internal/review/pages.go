package review

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/net/html"

	"github.com/zwgk/zwgk/internal/site"
)

// Pages are the differences between the pages of two sites.
//
// A page has changed when the text a reader sees on it differs: the page
// with its tags removed, one line per paragraph, heading, list item, table
// row or figure. Pages whose bytes differ but whose text is the same — a
// link, an attribute, the markup of a template — are only counted in
// MarkupOnly, because they change nothing a reader could check against the
// 通报.
type Pages struct {
	Added      []Page       // in the new site only
	Removed    []Page       // in the published site only
	Changed    []PageChange // in both, with different text
	MarkupOnly []string     // in both, same text, different bytes: paths
	Unchanged  int          // in both, byte for byte the same
	Files      Files        // files other than pages, compared byte for byte
}

// Page is a page of a site.
type Page struct {
	Path  string // relative to the site root, with slashes: rounds/2024q4/index.html
	Title string // its first heading
}

// URL is the page's address below the site root: /rounds/2024q4/.
func (p Page) URL() string { return pageURL(p.Path) }

// PageChange is a page whose text changed, with the lines that changed.
type PageChange struct {
	Page
	Lines []LineChange
}

// Tally counts a page's line changes by kind.
type Tally struct {
	Changed  int // lines edited
	Extended int // lines that only gained cells at their end (Extends)
	Added    int
	Removed  int
}

// Tally counts the page's line changes by kind.
func (c PageChange) Tally() Tally {
	var t Tally
	for _, l := range c.Lines {
		switch {
		case l.Old == "":
			t.Added++
		case l.New == "":
			t.Removed++
		case l.Extends():
			t.Extended++
		default:
			t.Changed++
		}
	}
	return t
}

// LineChange is one line of text that changed old → new. Old is "" for a
// line that was added, New is "" for a line that was removed.
type LineChange struct {
	Context string // the heading or table caption the line is under
	Old     string
	New     string
}

// Extends reports whether the new line is the old one with cells added at
// its end, as a row of a results grid is when a round is added: an
// expected change, unlike one that alters what was already there.
func (c LineChange) Extends() bool {
	return c.Old != "" && strings.HasPrefix(c.New, c.Old+" | ")
}

// Appended is what Extends added at the end of the line.
func (c LineChange) Appended() string {
	if !c.Extends() {
		return ""
	}
	return strings.TrimPrefix(c.New, c.Old+" | ")
}

// Files are the files other than pages (feeds, sitemap, downloads,
// styles) that were added, removed or changed. The manifest is left out:
// it differs whenever anything does and is compared figure by figure.
type Files struct {
	Added, Removed, Changed []string
}

// ComparePages compares the published site in oldDir with the new one in
// newDir. A missing oldDir is an empty site, so every page is added.
func ComparePages(oldDir, newDir string) (Pages, error) {
	var p Pages
	oldFiles, err := listFiles(oldDir)
	if err != nil {
		return p, err
	}
	newFiles, err := listFiles(newDir)
	if err != nil {
		return p, err
	}
	for _, rel := range sortedKeys(newFiles) {
		isPage := strings.HasSuffix(rel, ".html")
		newBytes, err := os.ReadFile(newFiles[rel])
		if err != nil {
			return p, err
		}
		oldPath, inOld := oldFiles[rel]
		if !inOld {
			if isPage {
				_, title := pageText(newBytes)
				p.Added = append(p.Added, Page{Path: rel, Title: title})
			} else {
				p.Files.Added = append(p.Files.Added, rel)
			}
			continue
		}
		oldBytes, err := os.ReadFile(oldPath)
		if err != nil {
			return p, err
		}
		switch {
		case bytes.Equal(oldBytes, newBytes):
			if isPage {
				p.Unchanged++
			}
		case !isPage:
			p.Files.Changed = append(p.Files.Changed, rel)
		default:
			oldText, _ := pageText(oldBytes)
			newText, title := pageText(newBytes)
			if lines := diffLines(oldText, newText); len(lines) > 0 {
				p.Changed = append(p.Changed, PageChange{Page: Page{Path: rel, Title: title}, Lines: lines})
			} else {
				p.MarkupOnly = append(p.MarkupOnly, rel)
			}
		}
	}
	for _, rel := range sortedKeys(oldFiles) {
		if _, ok := newFiles[rel]; ok {
			continue
		}
		if !strings.HasSuffix(rel, ".html") {
			p.Files.Removed = append(p.Files.Removed, rel)
			continue
		}
		b, err := os.ReadFile(oldFiles[rel])
		if err != nil {
			return p, err
		}
		_, title := pageText(b)
		p.Removed = append(p.Removed, Page{Path: rel, Title: title})
	}
	return p, nil
}

// listFiles maps each file's slash path under dir to its path on disk,
// leaving out the manifest.
func listFiles(dir string) (map[string]string, error) {
	files := map[string]string{}
	if _, err := os.Stat(dir); os.IsNotExist(err) {
		return files, nil
	}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		if rel = filepath.ToSlash(rel); rel != site.ManifestName {
			files[rel] = path
		}
		return nil
	})
	return files, err
}

// sortedKeys gives the paths in the order of their addresses, so the home
// page comes first and a section's index before its pages.
func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return pageURL(keys[i]) < pageURL(keys[j]) })
	return keys
}

// pageURL writes rounds/2024q4/index.html as /rounds/2024q4/.
func pageURL(rel string) string {
	if rel == "index.html" {
		return "/"
	}
	return "/" + strings.TrimSuffix(rel, "index.html")
}

// textLine is a line of a page's visible text under its nearest heading.
type textLine struct {
	text    string
	context string
}

// Elements whose content a reader does not see as text.
var hidden = map[string]bool{"head": true, "script": true, "style": true, "template": true, "noscript": true, "svg": true}

// Elements that start a new line.
var blocks = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true, "br": true, "caption": true,
	"details": true, "div": true, "dl": true, "dt": true, "fieldset": true, "figcaption": true, "figure": true,
	"footer": true, "form": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"header": true, "hr": true, "li": true, "main": true, "nav": true, "ol": true, "p": true, "pre": true,
	"section": true, "summary": true, "table": true, "tbody": true, "tfoot": true, "thead": true, "tr": true, "ul": true,
}

// Elements that become a context for the lines below them.
var headings = map[string]bool{"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "caption": true}

// Cells of a line: a table cell, or the value of a term (dd).
var cells = map[string]bool{"td": true, "th": true, "dd": true}

// pageText extracts the visible text of a page, one line per block; the
// cells of a table row, and a term with its value, stay on one line
// separated by " | ". The title is the text of the first h1.
func pageText(page []byte) (lines []textLine, title string) {
	var (
		cur       strings.Builder
		context   string
		heading   string // the heading element the current line is in
		sep       bool   // a cell began: separate its text from the line so far
		hiddenIn  int
		tokenizer = html.NewTokenizer(bytes.NewReader(page))
	)
	flush := func() {
		text := strings.Join(strings.Fields(cur.String()), " ")
		cur.Reset()
		sep = false
		if text == "" {
			return
		}
		lines = append(lines, textLine{text: text, context: context})
		if heading != "" {
			context = text
		}
		if heading == "h1" && title == "" {
			title = text
		}
	}
	for {
		tt := tokenizer.Next()
		if tt == html.ErrorToken {
			flush()
			return lines, title
		}
		name, _ := tokenizer.TagName()
		tag := string(name)
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			if hidden[tag] && tt == html.StartTagToken {
				hiddenIn++
			}
			if hiddenIn > 0 {
				continue
			}
			if blocks[tag] {
				flush()
				heading = ""
				if headings[tag] {
					heading = tag
				}
			}
			if cells[tag] && strings.TrimSpace(cur.String()) != "" {
				sep = true
			}
		case html.EndTagToken:
			if hidden[tag] {
				if hiddenIn > 0 {
					hiddenIn--
				}
				continue
			}
			// A term (dt) ends where its value (dd) begins, on the same line.
			if hiddenIn == 0 && blocks[tag] && tag != "dt" {
				flush()
				heading = ""
			}
		case html.TextToken:
			if hiddenIn > 0 {
				continue
			}
			text := string(tokenizer.Text())
			if sep && strings.TrimSpace(text) != "" {
				cur.WriteString(" | ")
				sep = false
			}
			cur.WriteString(text)
		}
	}
}

// diffLines gives the lines that changed between two pages, in the order
// of the new page. It takes the longest common subsequence of the lines;
// within each run of differences, a removed line is paired with an added
// one when both have the same key (the same row header, or the same words
// with other numbers), then the rest pair up in order when as many were
// removed as added.
func diffLines(old, new []textLine) []LineChange {
	// Lines the pages share at either end need no table.
	start := 0
	for start < len(old) && start < len(new) && old[start].text == new[start].text {
		start++
	}
	endOld, endNew := len(old), len(new)
	for endOld > start && endNew > start && old[endOld-1].text == new[endNew-1].text {
		endOld--
		endNew--
	}
	a, b := old[start:endOld], new[start:endNew]
	// lcs[i][j] is the length of the longest common subsequence of a[i:], b[j:].
	lcs := make([][]int32, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int32, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i].text == b[j].text {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []LineChange
	var removed, added []textLine
	endRun := func() {
		out = append(out, pairLines(removed, added)...)
		removed, added = nil, nil
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i].text == b[j].text:
			endRun()
			i++
			j++
		case j < len(b) && (i == len(a) || lcs[i][j+1] >= lcs[i+1][j]):
			added = append(added, b[j])
			j++
		default:
			removed = append(removed, a[i])
			i++
		}
	}
	endRun()
	return out
}

// pairLines turns a run of removed and added lines into changes: a removed
// line pairs with an added one about the same thing (lineKey), else with
// the most similar one when they are alike enough to be one line edited;
// the rest stand as removed or added.
func pairLines(removed, added []textLine) []LineChange {
	if len(removed)+len(added) == 0 {
		return nil
	}
	pairOf := make([]int, len(added)) // index into removed, -1 when none
	used := make([]bool, len(removed))
	for j := range added {
		pairOf[j] = -1
		for i := range removed {
			if !used[i] && lineKey(removed[i].text) == lineKey(added[j].text) {
				pairOf[j], used[i] = i, true
				break
			}
		}
	}
	for i := range removed {
		if used[i] {
			continue
		}
		best, bestSim := -1, minSimilarity
		for j := range added {
			if pairOf[j] < 0 {
				if sim := similarity(removed[i].text, added[j].text); sim >= bestSim {
					best, bestSim = j, sim
				}
			}
		}
		if best >= 0 {
			pairOf[best], used[i] = i, true
		}
	}
	var out []LineChange
	for i := range removed {
		if !used[i] {
			out = append(out, LineChange{Context: removed[i].context, Old: removed[i].text})
		}
	}
	for j, l := range added {
		c := LineChange{Context: l.context, New: l.text}
		if i := pairOf[j]; i >= 0 {
			c.Old = removed[i].text
		}
		out = append(out, c)
	}
	return out
}

// minSimilarity is how alike two lines must be to count as one line
// edited: most of their characters in the same order.
const minSimilarity = 0.6

// similarity is 2·LCS/(len a + len b) over the characters of two lines.
func similarity(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	if len(ra)+len(rb) == 0 {
		return 1
	}
	prev, cur := make([]int, len(rb)+1), make([]int, len(rb)+1)
	for i := range ra {
		for j := range rb {
			if ra[i] == rb[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return 2 * float64(prev[len(rb)]) / float64(len(ra)+len(rb))
}

// lineKey is what a line is about: the first cell of a row that has words
// in it, without its numbers. 合格率 | 97.50% and 合格率 | 98.00% share a
// key; the rows of two different rounds do not.
func lineKey(text string) string {
	for _, cell := range strings.Split(text, " | ") {
		key := strings.Map(func(r rune) rune {
			if unicode.IsDigit(r) || strings.ContainsRune(".,%+-", r) {
				return -1
			}
			return r
		}, cell)
		if strings.TrimSpace(key) != "" {
			return key
		}
	}
	return ""
}
