package sampletest

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/zwgk/zwgk/internal/txtartest"
)

// With ZWGK_BENCH_SCALE unset, the benchmarks read the city: the same
// sheets as the sample committed in rounds/, so a benchmark measures the
// rounds a newcomer sees.
func TestBenchWritesTheCityByDefault(t *testing.T) {
	t.Setenv("ZWGK_BENCH_SCALE", "")
	dir := Bench(t)
	committed := filepath.Join("..", "..", "..", "rounds")
	if got, want := txtartest.Names(t, dir), txtartest.Names(t, committed); !slices.Equal(got, want) {
		t.Fatalf("Bench wrote %q, want the committed %q", got, want)
	}
	for _, name := range []string{"units.csv", filepath.Join("2024Q4", "websites.csv"), filepath.Join("2024Q4", "accounts.csv")} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join(committed, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("Bench's %s differs from the committed sample's", name)
		}
	}
}
