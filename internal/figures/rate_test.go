package figures

import (
	"math/big"
	"testing"
)

func TestRatePercent(t *testing.T) {
	tests := []struct {
		num, den, decimals int
		want               string
	}{
		{608, 609, 2, "99.84%"},
		{786, 792, 2, "99.24%"},
		{266, 276, 2, "96.38%"},
		{276, 1012, 2, "27.27%"}, // sampling ratio
		{794, 796, 1, "99.7%"},   // 济南, one decimal
		{166, 183, 2, "90.71%"},  // 互动回应 on-time rate
		{1, 8, 2, "12.50%"},      // exact half at the third decimal
		{1, 16, 1, "6.3%"},       // 6.25 rounds half up
		{1, 3, 2, "33.33%"},
		{2, 3, 2, "66.67%"},
		{0, 5, 2, "0.00%"},
		{5, 5, 2, "100.00%"},
		{5, 5, 0, "100%"},
		{0, 0, 2, "—"}, // nothing checked
	}
	for _, tt := range tests {
		if got := (Rate{tt.num, tt.den}).Percent(tt.decimals); got != tt.want {
			t.Errorf("%d/%d to %d decimals = %s, want %s", tt.num, tt.den, tt.decimals, got, tt.want)
		}
	}
}

func TestChange(t *testing.T) {
	tests := []struct {
		cur, prev Rate
		decimals  int
		want      string
	}{
		{Rate{608, 609}, Rate{786, 792}, 2, "+0.60个百分点"}, // from the rates as printed: 99.84 − 99.24
		{Rate{786, 792}, Rate{608, 609}, 2, "-0.60个百分点"},
		{Rate{1, 2}, Rate{2, 4}, 2, "持平"},
		{Rate{1, 2}, Rate{0, 0}, 2, ""},
		{Rate{794, 796}, Rate{790, 796}, 1, "+0.5个百分点"}, // 99.7 − 99.2
	}
	for _, tt := range tests {
		if got := Change(tt.cur, tt.prev, tt.decimals); got != tt.want {
			t.Errorf("Change(%v, %v) = %s, want %s", tt.cur, tt.prev, got, tt.want)
		}
	}
}

func TestFormatFixed(t *testing.T) {
	tests := []struct {
		v        *big.Rat
		decimals int
		want     string
	}{
		{big.NewRat(10405, 100), 2, "104.05"},
		{big.NewRat(-41, 100), 2, "-0.41"},
		{big.NewRat(-5, 1000), 2, "-0.01"}, // half away from zero
		{big.NewRat(-4, 1000), 2, "0.00"},  // no negative zero
		{big.NewRat(1, 1), 0, "1"},
	}
	for _, tt := range tests {
		if got := FormatFixed(tt.v, tt.decimals); got != tt.want {
			t.Errorf("FormatFixed(%s, %d) = %s, want %s", tt.v.RatString(), tt.decimals, got, tt.want)
		}
	}
}
