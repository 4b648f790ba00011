package cli

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"github.com/zwgk/zwgk/internal/txtartest"
)

// A killed serve or review left its folder in the system's temporary
// folder for good. The next run removes the folders of runs that ended —
// and only those: not a run still going, nor anything it did not make.
func TestScratchDirClearsKilledRuns(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	t.Setenv("TEMP", tmp)
	t.Setenv("TMP", tmp)
	live, doneLive, err := scratchDir("zwgk-review-")
	if err != nil {
		t.Fatal(err)
	}
	defer doneLive()
	for _, d := range []string{"zwgk-review-123", "zwgk-review-123/public", "zwgk-serve-456", "zwgk-review-789", "zwgk-review-old", "zwgk-reviewer-1"} {
		if err := os.MkdirAll(filepath.Join(tmp, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"zwgk-review-123.lock", "zwgk-serve-456.lock", "zwgk-review-old.lock"} {
		if err := os.WriteFile(filepath.Join(tmp, f), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dir, done, err := scratchDir("zwgk-review-")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Base(dir), filepath.Base(dir) + ".lock", filepath.Base(live), filepath.Base(live) + ".lock",
		"zwgk-review-789", "zwgk-review-old", "zwgk-review-old.lock", "zwgk-reviewer-1", "zwgk-serve-456", "zwgk-serve-456.lock"}
	sort.Strings(want)
	if got := txtartest.Names(t, tmp); !reflect.DeepEqual(got, want) {
		t.Errorf("temporary folder holds\n%v\nwant\n%v", got, want)
	}
	done()
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("the finished run left %s", dir)
	}
}
