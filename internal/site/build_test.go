package site

import (
	"encoding/json"
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

// Hugo decodes its data files whole before it renders a page. A table of
// 32 KB or more goes to a file of its own, which the data names and
// layouts/_partials/table.html reads; a smaller one stays in the data.
// The sample's 2023Q1 核查清单 lists 999 entries (693 KB of HTML); its 2023Q3,
// a 通报 naming failures only, lists 24.
func TestLargeTablesLeaveHugoData(t *testing.T) {
	_, f := figurestest.Compute(t, "../../rounds")
	v := MakeViews(f, true)
	work := t.TempDir()
	if err := v.WriteData(work); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(work, "data", "zwgk", "checklists.json"))
	if err != nil {
		t.Fatal(err)
	}
	var lists map[string]struct {
		Table string `json:"table"`
	}
	if err := json.Unmarshal(b, &lists); err != nil {
		t.Fatal(err)
	}
	if got := lists["2023q1"].Table; got != "html/1.html" {
		t.Errorf("2023q1's 核查清单 in the data is %.60q, want the path html/1.html", got)
	}
	html, err := os.ReadFile(filepath.Join(work, "html", "1.html"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "<div class=\"table-wrap\" role=\"region\" aria-label=\"核查清单\" tabindex=\"0\">\n" +
		"<table class=\"list-table checklist-table cards\" id=\"checklist\">\n<caption>2023年第一季度核查清单</caption>\n"; !strings.HasPrefix(string(html), want) {
		t.Errorf("html/1.html begins %.200q, want %q", html, want)
	}
	if got := lists["2023q3"].Table; !strings.HasPrefix(got, `<div class="table-wrap"`) || !strings.Contains(got, "<caption>2023年第三季度核查清单</caption>") {
		t.Errorf("2023q3's 核查清单 in the data is %.100q, want its table's HTML", got)
	}
}
