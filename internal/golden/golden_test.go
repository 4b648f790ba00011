package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A golden file that differs in its third line is reported at that line,
// with both versions.
func TestFirstDiffNamesTheLine(t *testing.T) {
	got := FirstDiff("网站 69\n合格 67\n合格率 97.10%\n", "网站 69\n合格 67\n合格率 97.01%\n")
	want := "line 3:\nwant 合格率 97.10%\ngot  合格率 97.01%"
	if got != want {
		t.Errorf("FirstDiff = %q, want %q", got, want)
	}
	if d := FirstDiff("a\nb", "a\nb"); d != "" {
		t.Errorf("FirstDiff of equal texts = %q, want empty", d)
	}
}

// recorder keeps what Check reports instead of failing this test.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, format)
}

func TestCheckReportsADifference(t *testing.T) {
	path := filepath.Join(t.TempDir(), "figures.golden")
	if err := os.WriteFile(path, []byte("合格率 97.10%\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &recorder{TB: t}
	Check(r, path, "合格率 97.10%\n")
	if len(r.errors) != 0 {
		t.Errorf("equal output reported: %v", r.errors)
	}
	Check(r, path, "合格率 97.01%\n")
	if len(r.errors) != 1 || !strings.Contains(r.errors[0], "-update") {
		t.Errorf("a difference must be reported once, saying how to update: %v", r.errors)
	}
}
