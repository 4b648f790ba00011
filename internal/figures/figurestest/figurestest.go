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

// Golden is a rounds folder whose figures, charts and draft are kept as
// golden files, so that a change to any of them shows in review.
type Golden struct {
	Name string // the golden file's name, without its extension
	Dir  string // the rounds folder, from a package folder internal/<pkg>
}

// Goldens are the sample city and the two reference 通报 whose figures and
// lists the site must be able to show. The figures, charts and draft tests
// all keep these, so that one change to the list reaches every golden.
var Goldens = []Golden{
	{"sample", "../../rounds"},
	{"suizhou", "../../testdata/reference/suizhou"},
	{"jinan", "../../testdata/reference/jinan"},
}

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
