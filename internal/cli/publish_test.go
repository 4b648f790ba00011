package cli

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// copySampleRounds copies the sample rounds into a temporary folder, applying
// edit to each round.md, and returns the folder.
func copySampleRounds(t *testing.T, edit func(id, roundMD string) string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "rounds")
	err := filepath.WalkDir("../../rounds", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel("../../rounds", path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if d.Name() == "round.md" {
			b = []byte(edit(filepath.Base(filepath.Dir(path)), string(b)))
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// A draft round stays off the public site — its page, downloads, search
// entries, feed item and sitemap entry — unless built with --drafts.
func TestDraftRoundsStayOffThePublicSite(t *testing.T) {
	const draft = "2024Q4"
	dir := copySampleRounds(t, func(id, md string) string {
		if id == draft {
			return strings.Replace(md, "---\n", "---\ndraft: true\n", 1)
		}
		return md
	})
	title := "关于示例市2024年第四季度政府网站与政务新媒体检查情况的通报"

	public := buildSite(t, dir)
	for _, gone := range []string{"rounds/2024q4/index.html", "downloads/rounds/2024q4"} {
		if _, err := os.Stat(filepath.Join(public, gone)); err == nil {
			t.Errorf("without --drafts, %s is published", gone)
		}
	}
	for _, f := range []string{"index.html", "index.xml", "sitemap.xml", "rounds/index.html", "downloads/rounds.csv"} {
		if page := readFile(t, filepath.Join(public, f)); strings.Contains(page, title) || strings.Contains(page, "2024q4") {
			t.Errorf("without --drafts, %s mentions the draft round", f)
		}
	}
	filepath.WalkDir(filepath.Join(public, "search-index", "d"), func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.Contains(readFile(t, path), "rounds/2024q4/") {
			t.Errorf("without --drafts, the search index finds the draft round (%s)", path)
		}
		return err
	})

	withDrafts := buildSite(t, dir, "--drafts")
	page := readFile(t, filepath.Join(withDrafts, "rounds/2024q4/index.html"))
	if !strings.Contains(page, "草稿") || !strings.Contains(page, escape(title)) {
		t.Error("with --drafts, the draft round is published with its 草稿 notice")
	}
}

// The publishing lint stops a build, pointing at the line of round.md.
func TestPublishingLint(t *testing.T) {
	today := func() time.Time { return time.Date(2025, 1, 22, 12, 0, 0, 0, time.UTC) }

	tests := []struct {
		name string
		edit func(id, md string) string
		want []string
	}{
		{"sample, two days after its last round was written", nil, []string{
			"2024Q4/round.md:9:published: 发布日期 2025-01-24 晚于今天（2025-01-22）",
		}},
		{"发文字号 with square brackets", func(id, md string) string {
			return strings.Replace(md, "〔2024〕", "[2024]", 1)
		}, []string{
			"2024Q3/round.md:5:doc_number: 发文字号“示政办函[2024]102号”的年份括号“[2024]”不合规范 —— 年份用六角括号〔〕括起，写成“示政办函〔2024〕102号”",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := "../../rounds"
			if tc.edit != nil {
				dir = copySampleRounds(t, tc.edit)
			}
			var stderr bytes.Buffer
			o := &checkOptions{pipelineOptions: pipelineOptions{Rounds: dir, Quiet: true,
				env: env{Stdout: &bytes.Buffer{}, Stderr: &stderr, Now: today}}}
			if err := runCheck(o); err == nil {
				t.Error("check passes, want the lint's errors")
			}
			for _, w := range tc.want {
				if !strings.Contains(stderr.String(), w) {
					t.Errorf("check does not report\n%s\nit printed:\n%s", w, stderr.String())
				}
			}
		})
	}
}
