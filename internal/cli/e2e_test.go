package cli

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/rounds"
	"github.com/zwgk/zwgk/internal/site"
)

// buildSite runs `zwgk build` on a rounds folder with the repo's own site
// templates and returns the output folder.
func buildSite(t *testing.T, roundsDir string, extra ...string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "public")
	var stderr bytes.Buffer
	args := append([]string{"build", "--quiet", "--site", "../..", "--rounds", roundsDir, "--out", out}, extra...)
	if code := Run(args, &bytes.Buffer{}, &stderr); code != 0 {
		t.Fatalf("zwgk %s: exit %d\n%s", strings.Join(args, " "), code, stderr.String())
	}
	return out
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func sampleFigures(t *testing.T) *figures.Figures {
	t.Helper()
	ds, problems := rounds.Load("../../rounds")
	if ds == nil {
		t.Fatalf("sample: %v", problems.Sorted())
	}
	f, problems := figures.Compute(ds)
	if f == nil {
		t.Fatalf("sample: %v", problems.Sorted())
	}
	return f
}

func TestBuildSampleSite(t *testing.T) {
	out := buildSite(t, "../../rounds")
	f := sampleFigures(t)
	v := site.MakeViews(f, true)

	t.Run("a page per round and per unit", func(t *testing.T) {
		for _, r := range v.Rounds {
			page := readFile(t, filepath.Join(out, "rounds", r.Slug, "index.html"))
			if !strings.Contains(page, escape(r.Title)) {
				t.Errorf("round page %s lacks its title", r.Slug)
			}
		}
		if len(v.Units) < 50 {
			t.Fatalf("sample has only %d units", len(v.Units))
		}
		for _, u := range v.Units {
			page := readFile(t, filepath.Join(out, "units", u.Slug, "index.html"))
			if !strings.Contains(page, escape(u.Name)) {
				t.Errorf("unit page %s lacks the unit's name", u.Slug)
			}
		}
		index := readFile(t, filepath.Join(out, "units", "index.html"))
		for _, u := range v.Units {
			if !strings.Contains(index, "/units/"+u.Slug+"/") {
				t.Errorf("units index does not link %s", u.Slug)
			}
		}
		readFile(t, filepath.Join(out, "404.html"))
	})

	t.Run("home shows the latest rates with their counts", func(t *testing.T) {
		home := readFile(t, filepath.Join(out, "index.html"))
		last := v.Site.Rounds[len(v.Site.Rounds)-1]
		for _, want := range []string{last.Websites.Rate, last.Accounts.Rate, "示例数据"} {
			if !strings.Contains(home, want) {
				t.Errorf("home lacks %q", want)
			}
		}
		for _, n := range []int{last.Websites.Checked, last.Websites.Passed, last.Accounts.Checked, last.Accounts.Passed} {
			if !regexp.MustCompile(`\b` + strconv.Itoa(n) + `\b`).MatchString(home) {
				t.Errorf("home lacks the count %d", n)
			}
		}
		if !strings.Contains(home, `id="chart-pass-rate-trend"`) {
			t.Error("home lacks the pass-rate trend chart")
		}
	})

	t.Run("a unit page lists its accounts and websites", func(t *testing.T) {
		for _, u := range v.Units {
			if len(u.Accounts) == 0 || len(u.Websites) == 0 {
				continue
			}
			page := readFile(t, filepath.Join(out, "units", u.Slug, "index.html"))
			for _, a := range u.Accounts {
				if !strings.Contains(page, escape(a.Name)) {
					t.Errorf("unit %s page lacks account %s", u.Name, a.Name)
				}
			}
			for _, w := range u.Websites {
				if !strings.Contains(page, escape(w.Name)) {
					t.Errorf("unit %s page lacks website %s", u.Name, w.Name)
				}
			}
			return
		}
		t.Fatal("no unit with both websites and accounts in the sample")
	})

	t.Run("a round page lists its failures", func(t *testing.T) {
		for _, r := range v.Rounds {
			page := readFile(t, filepath.Join(out, "rounds", r.Slug, "index.html"))
			for _, w := range r.FailedSites {
				if !strings.Contains(page, escape(w.Name)) {
					t.Errorf("round %s lacks failed website %s", r.Slug, w.Name)
				}
			}
			for _, a := range r.FailedAccounts {
				if !strings.Contains(page, escape(a.Name)) {
					t.Errorf("round %s lacks failed account %s", r.Slug, a.Name)
				}
			}
		}
	})

	t.Run("nothing is loaded or linked from another host", func(t *testing.T) {
		checkNoOutsideRefs(t, out)
	})

	t.Run("two builds are byte-identical", func(t *testing.T) {
		again := buildSite(t, "../../rounds")
		compareTrees(t, out, again)
	})
}

// Names and texts from the sheets appear only escaped.
func TestBuildEscapesSheetText(t *testing.T) {
	out := buildSite(t, "../../testdata/xss")
	found := false
	filepath.WalkDir(out, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") && !strings.HasSuffix(path, ".xml") {
			return err
		}
		page := readFile(t, path)
		for _, bad := range []string{"<script>alert", "<img src=x", "<svg onload", "<i>网站", "<b>类别", "javascript:alert"} {
			if strings.Contains(page, bad) {
				t.Errorf("%s contains unescaped %q", path, bad)
			}
		}
		if strings.Contains(page, "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;") {
			found = true
		}
		return nil
	})
	if !found {
		t.Error("the unit named </script><script>alert(1)</script> is not shown as text anywhere")
	}
}

var outsideRef = regexp.MustCompile(`(?i)\b(?:src|href|action|srcset)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:)?//`)

func checkNoOutsideRefs(t *testing.T, out string) {
	t.Helper()
	filepath.WalkDir(out, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		if m := outsideRef.FindString(readFile(t, path)); m != "" {
			t.Errorf("%s refers to another host: %s", path, m)
		}
		return nil
	})
}

func compareTrees(t *testing.T, a, b string) {
	t.Helper()
	files := map[string]bool{}
	filepath.WalkDir(a, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(a, path)
			files[rel] = true
			if readFile(t, path) != readFile(t, filepath.Join(b, rel)) {
				t.Errorf("%s differs between two builds", rel)
			}
		}
		return err
	})
	filepath.WalkDir(b, func(path string, d fs.DirEntry, err error) error {
		if rel, _ := filepath.Rel(b, path); err == nil && !d.IsDir() && !files[rel] {
			t.Errorf("%s exists in only one build", rel)
		}
		return err
	})
}

// escape is how html/template writes text.
func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;", "+", "&#43;").Replace(s)
}
