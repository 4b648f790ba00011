package cli

import (
	"net"
	"net/http"
	"strings"
	"testing"
)

// publishedBase is where the test site is published: under a sub-path, as
// a portal hosts it (README: build --base-url https://www.example.gov.cn/zwgk/jcqk/).
const publishedBase = "https://www.example.gov.cn/zwgk/jcqk/"

// portalCSP is the Content-Security-Policy a portal may send; the site must work
// under it (no inline scripts or styles, nothing from another host).
const portalCSP = "default-src 'self'"

// TestPublishedSite builds the sample for a sub-path and serves it there,
// on 127.0.0.1 with the portal's Content-Security-Policy, then follows
// every link (crawl_test.go) and opens the main pages in a browser
// (browser_test.go).
func TestPublishedSite(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and serves the whole sample site")
	}
	out := buildSite(t, "../../rounds", "--base-url", publishedBase)
	local := serveUnder(t, out, "/zwgk/jcqk/")

	t.Run("no broken link under a sub-path", func(t *testing.T) {
		crawl(t, out, local)
	})
	t.Run("browser", func(t *testing.T) {
		browse(t, out, local)
	})
}

// serveUnder serves dir under the path prefix on 127.0.0.1, with the
// portal's headers, and returns the site's local base URL (ending in "/").
// Requests outside the prefix get 404, as they would on the portal.
func serveUnder(t *testing.T, dir, prefix string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	files := http.StripPrefix(strings.TrimSuffix(prefix, "/"), http.FileServer(http.Dir(dir)))
	mux := http.NewServeMux()
	mux.Handle(prefix, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", portalCSP)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		files.ServeHTTP(w, r)
	}))
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String() + prefix
}
