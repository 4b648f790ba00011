package main

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// A floor of 10 pages is the home page, the section, the 404 page and 7
// pages from the content adapter, each with its title: a floor that wrote
// fewer pages would look faster than a zwgk build for the wrong reason.
func TestFloorWritesAsManyPagesAsAsked(t *testing.T) {
	out := t.TempDir()
	if err := run(10, out); err != nil {
		t.Fatal(err)
	}
	// Every page written, by its path under out, and what it says.
	pages := map[string]string{}
	err := filepath.WalkDir(out, func(path string, d os.DirEntry, err error) error {
		if err != nil || filepath.Ext(path) != ".html" {
			return err
		}
		rel, _ := filepath.Rel(out, path)
		b, err := os.ReadFile(path)
		pages[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "404.html index.html pages/index.html pages/p1/index.html pages/p2/index.html pages/p3/index.html " +
		"pages/p4/index.html pages/p5/index.html pages/p6/index.html pages/p7/index.html"
	if got := strings.Join(slices.Sorted(maps.Keys(pages)), " "); got != want {
		t.Errorf("pages written:\n%s\nwant:\n%s", got, want)
	}
	if p7 := pages["pages/p7/index.html"]; !strings.Contains(p7, "<h1>第7页</h1>") {
		t.Errorf("pages/p7/index.html = %q, want its title 第7页 in <h1>", p7)
	}
}
