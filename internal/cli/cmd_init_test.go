package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// zwgk init writes the built-in hugo.toml (and templates on request) to
// edit, and never replaces a file the user changed unless told to.
func TestInitWritesStartingFiles(t *testing.T) {
	repoToml := readFile(t, "../../hugo.toml")
	repoBase := readFile(t, "../../layouts/baseof.html")
	dir := t.TempDir()
	runIn(t, dir, "init", "site")
	if got := readFile(t, filepath.Join(dir, "site", "hugo.toml")); got != repoToml {
		t.Error("zwgk init site: site/hugo.toml is not the repository's hugo.toml")
	}
	if _, err := os.Stat(filepath.Join(dir, "site", "layouts")); err == nil {
		t.Error("zwgk init without --templates wrote layouts/")
	}

	edited := strings.Replace(repoToml, "示例市人民政府办公室", "北辰县人民政府办公室", 1)
	if err := os.WriteFile(filepath.Join(dir, "site", "hugo.toml"), []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := Run([]string{"init", "site", "--templates"}, &stdout, &stderr); code != 1 {
		t.Fatalf("zwgk init over an edited hugo.toml: exit %d, want 1", code)
	}
	if !strings.Contains(stderr.String(), "hugo.toml") || !strings.Contains(stderr.String(), "--force") {
		t.Errorf("the refusal does not name hugo.toml and --force: %s", stderr.String())
	}
	if got := readFile(t, filepath.Join(dir, "site", "hugo.toml")); got != edited {
		t.Error("zwgk init without --force changed an edited hugo.toml")
	}
	if _, err := os.Stat(filepath.Join(dir, "site", "layouts", "baseof.html")); err == nil {
		t.Error("a refused zwgk init --templates still wrote layouts/baseof.html")
	}

	runIn(t, dir, "init", "site", "--templates", "--force")
	if got := readFile(t, filepath.Join(dir, "site", "hugo.toml")); got != repoToml {
		t.Error("zwgk init --force did not restore hugo.toml")
	}
	if got := readFile(t, filepath.Join(dir, "site", "layouts", "baseof.html")); got != repoBase {
		t.Error("zwgk init --templates: layouts/baseof.html is not the repository's")
	}
	for _, f := range []string{"layouts/_partials/footer.html", "content/rounds/_content.gotmpl", "static/css/site.css"} {
		if _, err := os.Stat(filepath.Join(dir, "site", filepath.FromSlash(f))); err != nil {
			t.Errorf("zwgk init --templates did not write %s", f)
		}
	}
}

func TestParseInit(t *testing.T) {
	checkParse(t, parseInit, []parseCase{
		{"", &initOptions{Dir: "."}},
		{"网站 --templates --force", &initOptions{Dir: "网站", Templates: true, Force: true}},
		{"--templates 网站", &initOptions{Dir: "网站", Templates: true}},
		{"网站 另一个", "多余的参数：另一个 —— 用法：zwgk init [文件夹] [--templates] [--force]\n"},
	})
}
