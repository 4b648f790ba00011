package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runIn runs zwgk with the working directory dir and fails the test on a
// non-zero exit; it returns what zwgk printed.
func runIn(t *testing.T, dir string, args ...string) string {
	t.Helper()
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	if code := Run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("zwgk %s in %s: exit %d\n%s%s", strings.Join(args, " "), dir, code, stdout.String(), stderr.String())
	}
	return stdout.String() + stderr.String()
}

// emptyWithRounds is a new folder holding only a copy of the xss rounds.
func emptyWithRounds(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "rounds"), os.DirFS("../../testdata/xss")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// Staff copy zwgk.exe next to their rounds folder, nothing else: the
// templates, styles, scripts and hugo.toml come from the binary.
func TestEmbedBuildsFromRoundsAlone(t *testing.T) {
	repoRoot, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := emptyWithRounds(t)
	runIn(t, dir, "build", "--quiet")
	out := filepath.Join(dir, "public")
	for _, f := range []string{"index.html", "rounds/2024q1/index.html", "units/index.html", "search/index.html",
		"css/site.css", "js/charts.js", "js/search.js", "vendor/echarts/LICENSE", "favicon.svg"} {
		if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(f))); err != nil {
			t.Errorf("built from the rounds alone, the site lacks %s", f)
		}
	}
	home := readFile(t, filepath.Join(out, "index.html"))
	for _, want := range []string{"<title>", "示例市政府网站与政务新媒体检查情况公开", `href="/css/site.css`, `src="/js/`} {
		if !strings.Contains(home, want) {
			t.Errorf("index.html lacks %q", want)
		}
	}
	for _, f := range []string{"hugo.toml", "layouts", "content", "static"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err == nil {
			t.Errorf("the build wrote %s into the working folder", f)
		}
	}

	t.Run("same pages as the repository's own site", func(t *testing.T) {
		repo := filepath.Join(t.TempDir(), "public")
		var stderr bytes.Buffer
		if code := Run([]string{"build", "--quiet", "--site", repoRoot, "--rounds", filepath.Join(repoRoot, "testdata/xss"), "--out", repo}, &bytes.Buffer{}, &stderr); code != 0 {
			t.Fatalf("build with --site ../..: exit %d\n%s", code, stderr.String())
		}
		compareTrees(t, repo, out)
	})
}
