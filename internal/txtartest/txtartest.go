// Package txtartest writes the files of a txtar archive into a folder, so
// that a test states its input inline — a rounds folder of sheets, a site's
// templates — and reads like the bug report it guards against; and it lists
// what a folder holds afterwards, for tests of what a command leaves behind.
//
// It imports nothing of zwgk, so the tests of every package, the readers'
// included, can use it; sitetest builds whole sites on top of it.
package txtartest

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/txtar"
)

// Write writes the files of archive under dir, making their folders and
// replacing files of the same name, so a test can change one file of a
// folder it wrote before.
func Write(t testing.TB, dir, archive string) {
	t.Helper()
	for _, f := range txtar.Parse([]byte(archive)).Files {
		WriteFile(t, filepath.Join(dir, filepath.FromSlash(f.Name)), f.Data)
	}
}

// WriteFile writes data to the file at path, making its folder, and fails
// the test when it cannot: a fixture that was not written would make the
// test check something else than it says. It is for the input a txtar
// archive cannot hold, such as bytes made by the test.
func WriteFile(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// Dir writes the files of archive into a new temporary folder and returns
// its path.
func Dir(t testing.TB, archive string) string {
	t.Helper()
	dir := t.TempDir()
	Write(t, dir, archive)
	return dir
}

// Names lists the names in dir, sorted, and fails the test when it cannot:
// an unreadable folder must not pass for an empty one.
func Names(t testing.TB, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}
