package site

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/zwgk/zwgk/internal/figures/figurestest"
	"github.com/zwgk/zwgk/internal/txtartest"
)

func TestTreeChecksum(t *testing.T) {
	tree := `
-- rounds/units.csv --
单位名称
-- rounds/2024Q1/round.md --
---
title: t
---
`
	sum := func(t *testing.T, archive string) string {
		t.Helper()
		dir := t.TempDir()
		txtartest.Write(t, dir, archive)
		s, err := treeChecksum(filepath.Join(dir, "rounds"), ".")
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	base := sum(t, tree)
	if again := sum(t, tree); again != base {
		t.Error("the same files in another folder give another checksum")
	}
	tests := []struct{ name, archive string }{
		{"a byte changed", strings.Replace(tree, "title: t", "title: u", 1)},
		{"a file renamed", strings.Replace(tree, "2024Q1/round.md", "2024Q2/round.md", 1)},
		{"a file added", tree + "-- rounds/2024Q1/websites.csv --\n网站名称\n"},
		{"an empty file added", tree + "-- rounds/2024Q1/notes.txt --\n"},
	}
	for _, tt := range tests {
		if sum(t, tt.archive) == base {
			t.Errorf("%s: checksum unchanged", tt.name)
		}
	}

	t.Run("missing entries are skipped", func(t *testing.T) {
		dir := t.TempDir()
		txtartest.Write(t, dir, "-- hugo.toml --\ntitle = \"t\"\n")
		with, err := treeChecksum(dir, "hugo.toml", "layouts", "i18n")
		if err != nil {
			t.Fatal(err)
		}
		alone, _ := treeChecksum(dir, "hugo.toml")
		if with != alone {
			t.Error("a missing folder changed the checksum")
		}
	})
}

func TestBuildWritesManifest(t *testing.T) {
	siteDir := t.TempDir()
	txtartest.Write(t, siteDir, minimalSite)
	rounds := "../../testdata/reference/suizhou"
	_, f := figurestest.Compute(t, rounds)
	build := func(o Options) (*Manifest, []byte) {
		t.Helper()
		o.SiteDir, o.Out, o.Log, o.RoundsDir = siteDir, filepath.Join(t.TempDir(), "public"), os.Stderr, rounds
		if err := Build(f, false, o); err != nil {
			t.Fatal(err)
		}
		m, err := ReadManifest(o.Out)
		if err != nil || m == nil {
			t.Fatalf("manifest: %v, %v", m, err)
		}
		b, err := os.ReadFile(filepath.Join(o.Out, ManifestName))
		if err != nil {
			t.Fatal(err)
		}
		return m, b
	}

	m, first := build(Options{})
	if m.Tool != "devel" || m.BuiltAt != "" || m.BaseURL != "/" {
		t.Errorf("tool %q, built_at %q, base_url %q", m.Tool, m.BuiltAt, m.BaseURL)
	}
	if want := []string{"2021-2"}; !reflect.DeepEqual(m.RoundIDs, want) {
		t.Errorf("round ids %q, want %q", m.RoundIDs, want)
	}
	// The minimal site has a home page, a rounds list and a round page.
	if want := (ManifestCounts{Rounds: 1, Units: len(f.Units), Pages: 3}); m.Counts != want {
		t.Errorf("counts %+v, want %+v", m.Counts, want)
	}
	if len(m.Input.Rounds) != 64 || len(m.Input.Site) != 64 {
		t.Errorf("checksums %+v", m.Input)
	}
	if !reflect.DeepEqual(m.Rounds, Headlines(f)) || m.Rounds[0].Websites.Rate == "" {
		t.Errorf("headlines %+v", m.Rounds)
	}

	if _, again := build(Options{}); string(again) != string(first) {
		t.Error("two builds of the same input wrote different manifests")
	}
	at := time.Date(2025, 1, 24, 9, 30, 0, 0, time.FixedZone("CST", 8*3600))
	if m, _ := build(Options{BuildTime: at}); m.BuiltAt != "2025-01-24T09:30:00+08:00" {
		t.Errorf("built_at %q", m.BuiltAt)
	}
}

func TestReadManifest(t *testing.T) {
	dir := t.TempDir()
	if m, err := ReadManifest(dir); m != nil || err != nil {
		t.Errorf("no manifest: %v, %v", m, err)
	}
	for _, bad := range []string{"{", `{"format": 99}`} {
		txtartest.WriteFile(t, filepath.Join(dir, ManifestName), []byte(bad))
		if _, err := ReadManifest(dir); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}
