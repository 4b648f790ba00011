// Package sampletest writes the generated sample rounds for the benchmarks
// of the packages that read, compute and build them.
package sampletest

import (
	"testing"

	"github.com/zwgk/zwgk/internal/sample"
)

// Bench writes the sample at the scale ZWGK_BENCH_SCALE names (city,
// province or national; city when unset) into a temporary folder and
// returns the folder, failing the benchmark when it cannot.
func Bench(tb testing.TB) string {
	tb.Helper()
	dir := tb.TempDir()
	if err := sample.Write(dir, sample.BenchOptions()); err != nil {
		tb.Fatal(err)
	}
	return dir
}
