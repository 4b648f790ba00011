package rounds_test

import (
	"testing"

	"github.com/zwgk/zwgk/internal/rounds"
	"github.com/zwgk/zwgk/internal/sample/sampletest"
)

// BenchmarkLoad reads and checks every sheet of the sample.
func BenchmarkLoad(b *testing.B) {
	dir := sampletest.Bench(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, _, problems := rounds.LoadWithErrors(dir, true); problems.HasErrors() {
			b.Fatal(problems.Sorted())
		}
	}
}
