package figurestest

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestComputeTheSample(t *testing.T) {
	ds, f := Compute(t, "../../../rounds")
	if len(ds.Rounds) != 8 || ds.Rounds[0].ID != "2023Q1" || ds.Rounds[7].ID != "2024Q4" {
		t.Errorf("loaded %d rounds; want the sample's 8, 2023Q1 to 2024Q4", len(ds.Rounds))
	}
	if len(f.Rounds) != len(ds.Rounds) {
		t.Errorf("figures of %d rounds, want one for each of the %d loaded", len(f.Rounds), len(ds.Rounds))
	}
}

// fatalRecorder is a testing.TB whose Fatalf records the message and
// stops the goroutine, as the real one does.
type fatalRecorder struct {
	testing.TB
	msg string
}

func (r *fatalRecorder) Helper() {}

func (r *fatalRecorder) Fatalf(format string, args ...any) {
	r.msg = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// A folder that cannot be loaded stops the calling test with the folder
// named, instead of handing it nil figures.
func TestComputeStopsOnAFolderItCannotLoad(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "missing")
	r := &fatalRecorder{TB: t}
	done := make(chan bool)
	go func() {
		defer close(done)
		Compute(r, dir)
		done <- true
	}()
	if returned := <-done; returned {
		t.Fatal("Compute returned for a missing folder")
	}
	if !strings.HasPrefix(r.msg, "load "+dir+": ") {
		t.Errorf("Fatalf(%q), want it to start with load %s: ", r.msg, dir)
	}
}
