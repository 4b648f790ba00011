package cli

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// A clerk corrects a sheet while the preview runs: the preview rebuilds
// and the page shows the corrected figure, without a restart.
func TestServeRebuildsWhenASheetChanges(t *testing.T) {
	dir := t.TempDir()
	sheet := filepath.Join(dir, "2024Q1", "websites.csv")
	writeFiles(t, dir, map[string]string{
		"2024Q1/round.md":     "---\ntitle: 第一季度通报\n---\n",
		"2024Q1/websites.csv": "网站名称,主办单位,检查结果\n示例网,示例单位,合格\n示例二网,示例单位,合格\n",
	})
	stop, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr lockedBuffer
	o := &serveOptions{
		pipelineOptions: pipelineOptions{Rounds: dir, SiteDir: "../..", Quiet: true,
			env: env{Stdout: &stdout, Stderr: &stderr, Now: time.Now}},
		Port: 0, NoOpen: true, Stop: stop,
	}
	done := make(chan error, 1)
	go func() { done <- runServe(o) }()

	// Generous: the machine may be busy; only a hang fails the test.
	deadline := time.Now().Add(3 * time.Minute)
	addr := regexp.MustCompile(`预览地址：(http://127\.0\.0\.1:\d+/)`)
	var page string
	waitFor := func(what string, ok func() bool) {
		t.Helper()
		for !ok() {
			select {
			case err := <-done:
				t.Fatalf("serve ended while waiting for %s: %v\n%s", what, err, stderr.String())
			case <-time.After(100 * time.Millisecond):
			}
			if time.Now().After(deadline) {
				t.Fatalf("no %s yet\nstdout:\n%s\nstderr:\n%s", what, stdout.String(), stderr.String())
			}
		}
	}
	waitFor("preview address", func() bool {
		if m := addr.FindStringSubmatch(stdout.String()); m != nil {
			page = m[1] + "rounds/2024q1/"
		}
		return page != ""
	})
	shows := func(text string) func() bool {
		return func() bool {
			resp, err := http.Get(page)
			if err != nil {
				return false
			}
			defer resp.Body.Close()
			body, err := io.ReadAll(resp.Body)
			return err == nil && resp.StatusCode == http.StatusOK && strings.Contains(string(body), text)
		}
	}
	waitFor("合格率为100.00% before the change", shows("合格率为100.00%"))

	if err := os.WriteFile(sheet, []byte("网站名称,主办单位,检查结果\n示例网,示例单位,合格\n示例二网,示例单位,不合格\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor("合格率为50.00% after the change", shows("合格率为50.00%"))
	if !strings.Contains(stderr.String(), "zwgk: 检测到改动，重新生成 …") {
		t.Errorf("stderr does not say it rebuilt:\n%s", stderr.String())
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve stopped with %v", err)
		}
	case <-time.After(time.Until(deadline)):
		t.Fatal("serve did not stop")
	}
	if _, err := http.Get(page); err == nil {
		t.Error("the preview still answers after serve stopped")
	}
}

// lockedBuffer is a buffer that serve's goroutine writes while the test
// reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

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
