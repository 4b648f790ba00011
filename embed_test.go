package zwgk

import (
	"io/fs"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// The binary carries the site and nothing else of the repository: not
// rounds/, internal/ or the tests' data.
func TestSiteHoldsOnlyTheSite(t *testing.T) {
	entries, err := fs.ReadDir(Site, ".")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := []string{"content", "hugo.toml", "layouts", "static"}; !reflect.DeepEqual(names, want) {
		t.Errorf("Site's top level = %q, want %q", names, want)
	}
}

// The embed directive leaves out names starting with _ unless its pattern
// says all:; without them Hugo has no partials, no table render hook and
// no pages for rounds and units.
func TestSiteKeepsUnderscoreFiles(t *testing.T) {
	need := "hugo.toml layouts/_partials/footer.html layouts/_markup/render-table.html " +
		"content/rounds/_content.gotmpl content/units/_content.gotmpl content/_index.md static/favicon.svg"
	for _, name := range strings.Fields(need) {
		if _, err := fs.Stat(Site, name); err != nil {
			t.Errorf("Site lacks %s: %v", name, err)
		}
	}
}

// Every partial is called from some template: one left behind when its
// markup moved into Go (result.html and round-heads.html did) is read by
// the next person as the live markup and edited to no effect.
func TestEveryPartialIsCalled(t *testing.T) {
	called := map[string]bool{}
	calls := regexp.MustCompile(`partial(?:Cached)? "([^"]+)"`)
	err := fs.WalkDir(Site, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") && !strings.HasSuffix(path, ".gotmpl") {
			return err
		}
		b, err := fs.ReadFile(Site, path)
		for _, m := range calls.FindAllSubmatch(b, -1) {
			called[string(m[1])] = true
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	partials, err := fs.ReadDir(Site, "layouts/_partials")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range partials {
		if !called[p.Name()] {
			t.Errorf("layouts/_partials/%s is called from no template: delete it, or call it", p.Name())
		}
	}
}
