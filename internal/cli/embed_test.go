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

// A file in --site replaces the built-in one of the same path; the other
// built-in files still apply.
func TestEmbedSiteFolderOverridesFiles(t *testing.T) {
	dir := emptyWithRounds(t)
	mine := filepath.Join(dir, "mysite")
	toml := "title = \"北辰县政府网站检查情况公开\"\nlocale = \"zh-CN\"\ndefaultContentLanguage = \"zh-cn\"\n" +
		"disableKinds = [\"taxonomy\", \"term\"]\n[params]\nsiteName = \"北辰县政府网站检查情况公开\"\norganizer = \"北辰县人民政府办公室\"\n"
	if err := os.MkdirAll(filepath.Join(mine, "static", "css"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(mine, "hugo.toml"), []byte(toml), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(mine, "static", "css", "site.css"), []byte("body { color: #123456 }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	runIn(t, dir, "build", "--quiet", "--site", "mysite")
	out := filepath.Join(dir, "public")
	home := readFile(t, filepath.Join(out, "index.html"))
	if !strings.Contains(home, "北辰县政府网站检查情况公开") || strings.Contains(home, "示例市政府网站") {
		t.Error("index.html does not carry the siteName of the hugo.toml in --site")
	}
	if !strings.Contains(home, "本站检查数据由北辰县人民政府办公室依据各轮检查结果发布。") {
		t.Error("the footer does not name the organizer of the hugo.toml in --site")
	}
	if css := readFile(t, filepath.Join(out, "css", "site.css")); css != "body { color: #123456 }\n" {
		t.Errorf("css/site.css is not the one in --site: %.60q", css)
	}
	if _, err := os.Stat(filepath.Join(out, "js", "charts.js")); err != nil {
		t.Error("with only hugo.toml and site.css in --site, the built-in js/charts.js is missing")
	}

	t.Run("a broken template is named where the user keeps it", func(t *testing.T) {
		bad := filepath.Join(dir, "badsite", "layouts")
		if err := os.MkdirAll(bad, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(bad, "home.html"), []byte("{{ .Broken "), 0o644); err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		if code := Run([]string{"build", "--quiet", "--site", "badsite", "--out", filepath.Join(dir, "out3")}, &bytes.Buffer{}, &stderr); code != 1 {
			t.Fatalf("exit %d, want 1", code)
		}
		if msg := stderr.String(); !strings.Contains(msg, filepath.Join("badsite", "layouts", "home.html")+":1:1") || strings.Contains(msg, ".work-") {
			t.Errorf("the error does not name badsite/layouts/home.html but the build's copy: %s", msg)
		}
	})

	t.Run("a --site folder that does not exist is refused", func(t *testing.T) {
		var stderr bytes.Buffer
		if code := Run([]string{"build", "--quiet", "--site", "nosuch", "--out", filepath.Join(dir, "out2")}, &bytes.Buffer{}, &stderr); code != 1 {
			t.Fatalf("exit %d, want 1", code)
		}
		if !strings.Contains(stderr.String(), "找不到网站模板目录 nosuch") {
			t.Errorf("error does not name the missing folder: %s", stderr.String())
		}
	})
}
