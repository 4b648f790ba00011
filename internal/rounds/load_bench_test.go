package rounds_test

import (
	"testing"

	"github.com/zwgk/zwgk/internal/rounds"
	"github.com/zwgk/zwgk/internal/sample"
)

// benchRounds writes the sample at the scale ZWGK_BENCH_SCALE names (city,
// province or national; city when unset) into a temporary folder.
func benchRounds(b *testing.B) string {
	b.Helper()
	dir := b.TempDir()
	if err := sample.Write(dir, sample.BenchOptions()); err != nil {
		b.Fatal(err)
	}
	return dir
}

// BenchmarkLoad reads and checks every sheet of the sample.
func BenchmarkLoad(b *testing.B) {
	dir := benchRounds(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, _, problems := rounds.LoadWithErrors(dir, true); problems.HasErrors() {
			b.Fatal(problems.Sorted())
		}
	}
}
