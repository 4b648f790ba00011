package txtartest

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// Files land at their slash paths below the folder, and a second archive
// replaces a file the first one wrote.
func TestWriteMakesFoldersAndReplaces(t *testing.T) {
	dir := Dir(t, `
-- units.csv --
单位名称
示例市教育局
-- 2024Q3/round.md --
---
title: 第三季度通报
---
`)
	Write(t, dir, "-- units.csv --\n单位名称\n示例市卫生健康委员会\n")
	for name, want := range map[string]string{
		"units.csv":       "单位名称\n示例市卫生健康委员会\n",
		"2024Q3/round.md": "---\ntitle: 第三季度通报\n---\n",
	} {
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
}

// Names lists a folder's files and folders, sorted; a folder that is not
// there fails the test rather than passing for an empty one.
func TestNames(t *testing.T) {
	dir := Dir(t, "-- 2024Q3/round.md --\n-- units.csv --\n-- 2024Q1/websites.csv --\n")
	if got, want := Names(t, dir), []string{"2024Q1", "2024Q3", "units.csv"}; !slices.Equal(got, want) {
		t.Errorf("Names = %q, want %q", got, want)
	}
	ft := &fatalT{TB: t}
	func() {
		defer func() { _ = recover() }()
		Names(ft, filepath.Join(dir, "no-such-folder"))
	}()
	if !ft.failed {
		t.Error("Names of a missing folder did not fail the test")
	}
}

// fatalT records a Fatal instead of ending the test, so a test can check
// that a helper fails.
type fatalT struct {
	testing.TB
	failed bool
}

func (f *fatalT) Fatal(args ...any) { f.failed = true; panic("fatal") }
