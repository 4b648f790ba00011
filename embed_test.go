package zwgk

import (
	"io/fs"
	"reflect"
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
