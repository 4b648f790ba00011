package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/figures/figurestest"
	"github.com/zwgk/zwgk/internal/txtartest"
)

// A minimal site proves the runner: generated data reaches templates through
// hugo.Data, content adapters make pages from it, nothing is written into
// the site folder, and a failing build leaves the previous output as it was.
const minimalSite = `
-- hugo.toml --
title = "t"
disableKinds = ["taxonomy", "term", "rss", "sitemap"]
-- layouts/home.html --
units={{ hugo.Data.zwgk.site.unit_count }}|latest={{ hugo.Data.zwgk.site.latest }}|
-- layouts/list.html --
list
-- layouts/page.html --
page={{ .Title }}|{{ .Content }}
-- content/rounds/_content.gotmpl --
{{ range hugo.Data.zwgk.site.rounds }}
{{ $r := index hugo.Data.zwgk.rounds .slug }}
{{ $.AddPage (dict "kind" "page" "path" .slug "title" .title "content" (dict "mediaType" "text/markdown" "value" $r.narrative)) }}
{{ end }}
`

func TestBuildMinimalSite(t *testing.T) {
	siteDir, out := t.TempDir(), filepath.Join(t.TempDir(), "public")
	txtartest.Write(t, siteDir, minimalSite)
	f := build(t, "../../testdata/reference/suizhou", siteDir, out)
	home := readPage(t, out, "index.html")
	if want := "units=5|latest=2021-2|"; !strings.Contains(home, want) {
		t.Errorf("home = %q, want %q", home, want)
	}
	if page := readPage(t, out, "rounds/2021-2/index.html"); !strings.Contains(page, "<h2 id=\"市本级检查情况\">") {
		t.Errorf("round page does not render the narrative: %s", page)
	}
	for _, name := range txtartest.Names(t, siteDir) {
		switch name {
		case "hugo.toml", "layouts", "content":
		default:
			t.Errorf("the build wrote %s into the site folder", name)
		}
	}
	// A failing build leaves the previous output as it was.
	txtartest.Write(t, siteDir, "-- layouts/home.html --\n{{ .Broken \n")
	if err := Build(f, false, Options{SiteDir: siteDir, Out: out, Log: os.Stderr}); err == nil {
		t.Fatal("a broken template should fail the build")
	}
	if after := readPage(t, out, "index.html"); after != home {
		t.Errorf("previous site changed: %q", after)
	}
	onlyEntry(t, out)
}

// build computes the figures of the rounds folder and builds them with the
// site folder siteDir into out, failing the test when either cannot
// finish. It returns the figures, for building them again.
func build(t *testing.T, rounds, siteDir, out string) *figures.Figures {
	t.Helper()
	_, f := figurestest.Compute(t, rounds)
	if err := Build(f, false, Options{SiteDir: siteDir, Out: out, Log: os.Stderr}); err != nil {
		t.Fatal(err)
	}
	return f
}

// readPage reads the file at the slash path page of the built site out.
func readPage(t *testing.T, out, page string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(page)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
