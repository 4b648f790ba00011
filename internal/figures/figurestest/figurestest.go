// Package figurestest loads a rounds folder and computes its figures for
// the tests of the packages that turn figures into charts, drafts and
// golden files.
package figurestest

import (
	"testing"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/model"
	"github.com/zwgk/zwgk/internal/rounds"
)

// Compute loads the rounds folder dir and computes its figures, failing the
// test with the problems found when either step cannot finish.
func Compute(t testing.TB, dir string) (*model.Dataset, *figures.Figures) {
	t.Helper()
	ds, f, _ := ComputeWithWarnings(t, dir)
	return ds, f
}

// ComputeWithWarnings is Compute that also returns the warnings of both
// steps, for a test of what a command reports about the folder.
func ComputeWithWarnings(t testing.TB, dir string) (*model.Dataset, *figures.Figures, *diag.List) {
	t.Helper()
	ds, _, problems := rounds.LoadWithErrors(dir, true)
	if problems.HasErrors() {
		t.Fatalf("load %s: %v", dir, problems.Sorted())
	}
	f, more := figures.Compute(ds)
	if f == nil {
		t.Fatalf("compute %s: %v", dir, more.Sorted())
	}
	problems.Problems = append(problems.Problems, more.Problems...)
	return ds, f, problems
}
