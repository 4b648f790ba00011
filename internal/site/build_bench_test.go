package site

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/figures/figurestest"
	"github.com/zwgk/zwgk/internal/sample/sampletest"
)

// benchFigures computes the figures of the sample at the scale
// ZWGK_BENCH_SCALE names (city, province or national; city when unset).
func benchFigures(b *testing.B) *figures.Figures {
	_, f := figurestest.Compute(b, sampletest.Bench(b))
	return f
}

// BenchmarkMakeViews formats the figures into what the templates read.
func BenchmarkMakeViews(b *testing.B) {
	f := benchFigures(b)
	b.ReportAllocs()
	for b.Loop() {
		MakeViews(f, true)
	}
}

// BenchmarkWriteData writes the views as the JSON files Hugo reads.
func BenchmarkWriteData(b *testing.B) {
	v := MakeViews(benchFigures(b), true)
	dir := b.TempDir()
	b.ReportAllocs()
	for b.Loop() {
		if err := v.WriteData(dir); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuild renders the whole site with the repository's templates,
// as zwgk build does after reading the sheets.
func BenchmarkBuild(b *testing.B) {
	f := benchFigures(b)
	out := filepath.Join(b.TempDir(), "public")
	b.ReportAllocs()
	for b.Loop() {
		if err := Build(f, true, Options{SiteDir: "../..", Out: out, Log: os.Stderr}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPlanSearch makes the search index of the views.
func BenchmarkPlanSearch(b *testing.B) {
	v := MakeViews(benchFigures(b), true)
	b.ReportAllocs()
	for b.Loop() {
		planSearch(v)
	}
}
