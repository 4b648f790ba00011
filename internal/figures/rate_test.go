package figures

import (
	"math/big"
	"testing"
)

func TestRounded(t *testing.T) {
	tests := []struct {
		rate     Rate
		decimals int
		want     string // exact, as a fraction
	}{
		{Rate{608, 609}, 2, "2496/25"}, // 99.84
		{Rate{1, 8}, 2, "25/2"},        // 12.5: the half at the third decimal is exact
		{Rate{1, 16}, 1, "63/10"},      // 6.25 rounds half up
		{Rate{2, 3}, 2, "6667/100"},
		{Rate{5, 5}, 0, "100"},
	}
	for _, tt := range tests {
		if got := tt.rate.Rounded(tt.decimals).RatString(); got != tt.want {
			t.Errorf("%v to %d decimals = %s, want %s", tt.rate, tt.decimals, got, tt.want)
		}
	}
	if (Rate{}).Rounded(2) != nil || (Rate{}).Percent() != nil {
		t.Error("a rate of nothing checked has a value")
	}
}

// A change is computed from the rates as printed: 99.84 − 99.24 = 0.60,
// where the unrounded rates differ by 0.5979….
func TestCompare(t *testing.T) {
	c := Compare(Rate{608, 609}, Rate{786, 792}, 2)
	if c.Points == nil || c.Points.Cmp(big.NewRat(60, 100)) != 0 || c.Decimals != 2 {
		t.Errorf("change = %v, want 3/5 points to 2 decimals", c)
	}
	if c := Compare(Rate{1, 2}, Rate{}, 2); c.Points != nil {
		t.Errorf("change from nothing checked = %s, want none", c.Points.RatString())
	}
}
