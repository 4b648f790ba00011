package figfmt

import "testing"

// A round that did not check accounts, or whose 通报 lists only failures
// without the totals, must not read as 0 accounts checked.
func TestCount(t *testing.T) {
	for _, tt := range []struct {
		n                   int
		notChecked, unknown bool
		want                string
	}{
		{68, false, false, "68"},
		{0, false, false, "0"},
		{0, true, false, "未检查"},
		{0, false, true, "通报未说明"},
		{0, true, true, "未检查"},
	} {
		if got := Count(tt.n, tt.notChecked, tt.unknown); got != tt.want {
			t.Errorf("Count(%d, %v, %v) = %q, want %q", tt.n, tt.notChecked, tt.unknown, got, tt.want)
		}
	}
}
