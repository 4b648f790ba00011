package cli

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A page of another site can make the browser send requests to the
// preview under the other site's name (DNS rebinding) and read the answers.
// serve answers only requests addressed to itself.
func TestServeAnswersOnlyItsOwnAddress(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte("<h1>预览</h1>"), 0o644); err != nil {
		t.Fatal(err)
	}
	h := previewHandler(dir, 1313)
	for _, tc := range []struct {
		host string
		code int
	}{
		{"127.0.0.1:1313", http.StatusOK},
		{"localhost:1313", http.StatusOK},
		{"LOCALHOST:1313", http.StatusOK},
		{"[::1]:1313", http.StatusOK},
		{"attacker.example:1313", http.StatusForbidden},
		{"attacker.example", http.StatusForbidden},
		{"127.0.0.1:8080", http.StatusForbidden},
		{"127.0.0.1", http.StatusForbidden},
		{"localhost.attacker.example:1313", http.StatusForbidden},
		{"", http.StatusForbidden},
	} {
		r := httptest.NewRequest("GET", "/", nil)
		r.Host = tc.host
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != tc.code {
			t.Errorf("Host %q: %d, want %d", tc.host, w.Code, tc.code)
		}
		if body := w.Body.String(); tc.code == http.StatusForbidden && (strings.Contains(body, "预览") || !strings.Contains(body, "只回应发给 http://127.0.0.1:1313/ 的请求")) {
			t.Errorf("Host %q: body %q", tc.host, body)
		}
	}
}

func TestParseServe(t *testing.T) {
	checkParse(t, parseServe, []parseCase{
		{"", &serveOptions{pipelineOptions: pipelineOptions{Rounds: "rounds", SiteDir: "."}, Port: 1313}},
		{"--port 8080 --no-open --rounds 数据 --site 网站 --drafts --quiet",
			&serveOptions{Port: 8080, NoOpen: true, pipelineOptions: pipelineOptions{Rounds: "数据", Drafts: true, Quiet: true, SiteDir: "网站"}}},
		{"--out public", "没有 --out 这个选项 —— 用 zwgk serve -h 查看全部选项\n"},
	})
}
