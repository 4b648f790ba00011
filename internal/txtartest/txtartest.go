// Package txtartest writes the files of a txtar archive into a folder, so
// that a test states its input inline — a rounds folder of sheets, a site's
// templates — and reads like the bug report it guards against.
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
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
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
