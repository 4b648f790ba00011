package figures_test

import (
	"testing"

	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/figures/figurestest"
	"github.com/zwgk/zwgk/internal/sample/sampletest"
)

// BenchmarkCompute computes every figure of the sample: the rounds' tallies
// and each unit's record.
func BenchmarkCompute(b *testing.B) {
	ds, _ := figurestest.Compute(b, sampletest.Bench(b))
	b.ReportAllocs()
	for b.Loop() {
		if f, problems := figures.Compute(ds); f == nil {
			b.Fatal(problems.Sorted())
		}
	}
}
