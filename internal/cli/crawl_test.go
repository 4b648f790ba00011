package cli

import (
	"encoding/json"
	"encoding/xml"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// crawl follows every link of the site served at local (built for
// publishedBase into out) from the home page, robots.txt, the sitemap and
// the feed: every href, src, srcset and form action of every page, url()
// in style sheets, the address of the search index, and every address the
// search index leads to. It fails on a link that does not resolve, on a
// fragment (#id) missing from its page, on a link to another host, and on
// a page no link reaches.
func crawl(t reporter, out, local string) {
	c := &crawler{t: t, local: local, ids: map[string]map[string]bool{}, seen: map[string]bool{}, from: map[string]string{}}
	for _, start := range []string{"", "robots.txt", "sitemap.xml", "index.xml", "404.html"} {
		c.queue(local+start, "(start)")
	}
	for len(c.todo) > 0 {
		u := c.todo[0]
		c.todo = c.todo[1:]
		c.fetch(u)
	}
	for _, f := range c.fragments {
		page, frag, _ := strings.Cut(f.target, "#")
		if ids, ok := c.ids[page]; ok && !ids[frag] {
			t.Errorf("%s links to %s, but that page has no id %q", f.from, f.target, frag)
		}
	}
	// Every page of the output is reached by some link.
	filepath.WalkDir(out, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Base(path) != "index.html" {
			return err
		}
		rel, _ := filepath.Rel(out, filepath.Dir(path))
		u := local + strings.TrimPrefix(filepath.ToSlash(rel)+"/", "./")
		if !c.seen[u] {
			t.Errorf("no link leads to %s", u)
		}
		return nil
	})
	t.Logf("crawled %d addresses under %s", len(c.seen), local)
}

// reporter is the part of testing.T the crawler uses, so a test can check
// what the crawler reports.
type reporter interface {
	Errorf(format string, args ...any)
	Logf(format string, args ...any)
}

type crawler struct {
	t         reporter
	local     string
	todo      []string
	seen      map[string]bool
	from      map[string]string          // first page linking to an address
	ids       map[string]map[string]bool // ids of each HTML page fetched
	fragments []struct{ from, target string }
}

// queue adds an address found on page from: mapped from the published
// base to the local server, checked to stay on the site.
func (c *crawler) queue(raw, from string) {
	u, err := url.Parse(raw)
	if err != nil {
		c.t.Errorf("%s: unreadable address %q", from, raw)
		return
	}
	if u.Scheme == "mailto" || u.Scheme == "tel" {
		return
	}
	s := u.String()
	if strings.HasPrefix(s, publishedBase) {
		s = c.local + strings.TrimPrefix(s, publishedBase)
	}
	if !strings.HasPrefix(s, c.local) {
		c.t.Errorf("%s links outside the site: %s", from, raw)
		return
	}
	if page, frag, ok := strings.Cut(s, "#"); ok {
		if frag != "" {
			c.fragments = append(c.fragments, struct{ from, target string }{from, s})
		}
		s = page
	}
	if !c.seen[s] {
		c.seen[s] = true
		c.from[s] = from
		c.todo = append(c.todo, s)
	}
}

func (c *crawler) fetch(u string) {
	res, err := http.Get(u)
	if err != nil {
		c.t.Errorf("%s (linked from %s): %v", u, c.from[u], err)
		return
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK {
		c.t.Errorf("broken link: %s (linked from %s): %s", u, c.from[u], res.Status)
		return
	}
	base, _ := url.Parse(res.Request.URL.String()) // after redirects (rounds → rounds/)
	resolve := func(ref string) {
		ref = strings.TrimSpace(ref)
		if ref == "" {
			return
		}
		r, err := base.Parse(ref)
		if err != nil {
			c.t.Errorf("%s: unreadable address %q", u, ref)
			return
		}
		c.queue(r.String(), u)
	}
	ct := res.Header.Get("Content-Type")
	switch {
	case strings.HasPrefix(ct, "text/html"):
		c.ids[u] = c.page(body, resolve)
	case strings.HasPrefix(ct, "text/css"):
		for _, m := range cssURL.FindAllStringSubmatch(string(body), -1) {
			resolve(m[1])
		}
	case strings.HasSuffix(u, ".xml"):
		for _, ref := range xmlLinks(c.t, u, body) {
			resolve(ref)
		}
	case strings.HasSuffix(u, "robots.txt"):
		for _, line := range strings.Split(string(body), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.EqualFold(k, "sitemap") {
				resolve(v)
			}
		}
	case strings.Contains(u, "/search-index/d/"):
		// Each thing found by search leads to a page of the site.
		var docs [][]any
		if err := json.Unmarshal(body, &docs); err != nil {
			c.t.Errorf("%s: %v", u, err)
		}
		for _, d := range docs {
			if len(d) == 4 {
				resolve(c.local + d[3].(string))
			}
		}
	case strings.HasSuffix(u, "/search-index/meta.json"):
		var meta struct{ Docs, Chunk int }
		json.Unmarshal(body, &meta)
		for i := 0; meta.Chunk > 0 && i*meta.Chunk < meta.Docs; i++ {
			resolve("d/" + strconv.Itoa(i) + ".json")
		}
	}
}

var cssURL = regexp.MustCompile(`url\(\s*['"]?([^'")]+)['"]?\s*\)`)

// page collects the addresses an HTML page refers to and returns its ids.
func (c *crawler) page(body []byte, resolve func(string)) map[string]bool {
	ids := map[string]bool{}
	doc, err := html.Parse(strings.NewReader(string(body)))
	if err != nil {
		c.t.Errorf("%v", err)
		return ids
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				switch a.Key {
				case "id", "name":
					ids[a.Val] = true
				case "href", "src", "action", "poster":
					resolve(a.Val)
				case "srcset":
					for _, part := range strings.Split(a.Val, ",") {
						if f := strings.Fields(part); len(f) > 0 {
							resolve(f[0])
						}
					}
				case "data-index": // the search index, fetched by js/search.js
					resolve(strings.TrimSuffix(a.Val, "/") + "/meta.json")
				}
			}
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(doc)
	return ids
}

// xmlLinks are the addresses in a sitemap (<loc>) or an RSS feed (<link>,
// <guid>, atom:link href).
func xmlLinks(t reporter, u string, body []byte) []string {
	var refs []string
	d := xml.NewDecoder(strings.NewReader(string(body)))
	var inLink bool
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Errorf("%s: %v", u, err)
			break
		}
		switch e := tok.(type) {
		case xml.StartElement:
			inLink = e.Name.Local == "loc" || e.Name.Local == "link" || e.Name.Local == "guid"
			for _, a := range e.Attr {
				if a.Name.Local == "href" {
					refs = append(refs, a.Value)
				}
			}
		case xml.CharData:
			if inLink && strings.TrimSpace(string(e)) != "" {
				refs = append(refs, strings.TrimSpace(string(e)))
			}
		case xml.EndElement:
			inLink = false
		}
	}
	sort.Strings(refs)
	return refs
}
