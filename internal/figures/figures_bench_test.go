package figures_test

import (
	"testing"

	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/model"
	"github.com/zwgk/zwgk/internal/rounds"
	"github.com/zwgk/zwgk/internal/sample"
)

// benchDataset reads the sample at the scale ZWGK_BENCH_SCALE names (city,
// province or national; city when unset).
func benchDataset(b *testing.B) *model.Dataset {
	b.Helper()
	dir := b.TempDir()
	if err := sample.Write(dir, sample.BenchOptions()); err != nil {
		b.Fatal(err)
	}
	ds, _, problems := rounds.LoadWithErrors(dir, true)
	if problems.HasErrors() {
		b.Fatal(problems.Sorted())
	}
	return ds
}

// BenchmarkCompute computes every figure of the sample: the rounds' tallies
// and each unit's record.
func BenchmarkCompute(b *testing.B) {
	ds := benchDataset(b)
	b.ReportAllocs()
	for b.Loop() {
		if f, problems := figures.Compute(ds); f == nil {
			b.Fatal(problems.Sorted())
		}
	}
}
