package figfmt

import (
	"math/big"
	"testing"

	"github.com/zwgk/zwgk/internal/figures"
)

// Rates as a 通报 prints them: in percent, rounded half up to its decimals.
func TestPercent(t *testing.T) {
	for _, tt := range []struct {
		rate     figures.Rate
		decimals int
		want     string
	}{
		{figures.Rate{Num: 608, Den: 609}, 2, "99.84%"},
		{figures.Rate{Num: 786, Den: 792}, 2, "99.24%"},
		{figures.Rate{Num: 266, Den: 276}, 2, "96.38%"},
		{figures.Rate{Num: 276, Den: 1012}, 2, "27.27%"}, // sampling ratio
		{figures.Rate{Num: 794, Den: 796}, 1, "99.7%"},   // 济南, one decimal
		{figures.Rate{Num: 166, Den: 183}, 2, "90.71%"},  // 互动回应 on-time rate
		{figures.Rate{Num: 1, Den: 8}, 2, "12.50%"},      // exact half at the third decimal
		{figures.Rate{Num: 1, Den: 16}, 1, "6.3%"},       // 6.25 rounds half up
		{figures.Rate{Num: 1, Den: 3}, 2, "33.33%"},
		{figures.Rate{Num: 2, Den: 3}, 2, "66.67%"},
		{figures.Rate{Num: 0, Den: 5}, 2, "0.00%"},
		{figures.Rate{Num: 5, Den: 5}, 2, "100.00%"},
		{figures.Rate{Num: 5, Den: 5}, 0, "100%"},
		{figures.Rate{Num: 0, Den: 0}, 2, "—"}, // nothing checked
	} {
		if got := Percent(tt.rate, tt.decimals); got != tt.want {
			t.Errorf("%v to %d decimals = %s, want %s", tt.rate, tt.decimals, got, tt.want)
		}
	}
}

func TestChange(t *testing.T) {
	tests := []struct {
		cur, prev figures.Rate
		decimals  int
		want      string
	}{
		{figures.Rate{Num: 608, Den: 609}, figures.Rate{Num: 786, Den: 792}, 2, "+0.60个百分点"}, // from the rates as printed: 99.84 − 99.24
		{figures.Rate{Num: 786, Den: 792}, figures.Rate{Num: 608, Den: 609}, 2, "-0.60个百分点"},
		{figures.Rate{Num: 1, Den: 2}, figures.Rate{Num: 2, Den: 4}, 2, "持平"},
		{figures.Rate{Num: 1, Den: 2}, figures.Rate{}, 2, ""},
		{figures.Rate{Num: 794, Den: 796}, figures.Rate{Num: 790, Den: 796}, 1, "+0.5个百分点"}, // 99.7 − 99.2
	}
	for _, tt := range tests {
		if got := Change(figures.Compare(tt.cur, tt.prev, tt.decimals)); got != tt.want {
			t.Errorf("Change(%v, %v) = %s, want %s", tt.cur, tt.prev, got, tt.want)
		}
	}
}

func TestFixed(t *testing.T) {
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
		if got := Fixed(tt.v, tt.decimals); got != tt.want {
			t.Errorf("Fixed(%s, %d) = %s, want %s", tt.v.RatString(), tt.decimals, got, tt.want)
		}
	}
}

func TestScores(t *testing.T) {
	stated := figures.Score{Stated: big.NewRat(10405, 100)}
	counted := figures.Score{N: 3, Sum: big.NewRat(31093, 100)} // 103.6433… → 103.64
	tests := []struct{ got, want string }{
		{Mean(stated), "104.05"},
		{Mean(counted), "103.64"},
		{Mean(figures.Score{}), "—"},
		{ScoreChange(figures.ScoreChange(stated, counted)), "提高0.41分"},
		{ScoreChange(figures.ScoreChange(counted, stated)), "降低0.41分"},
		{ScoreChange(figures.ScoreChange(counted, counted)), "持平"},
		{ScoreChange(figures.ScoreChange(counted, figures.Score{})), ""},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: %s, want %s", i, tt.got, tt.want)
		}
	}
}

func TestStated(t *testing.T) {
	s := &figures.StatedRate{Value: big.NewRat(935, 10), Decimals: 1, Counts: figures.Rate{Num: 187, Den: 199}}
	if got := Stated(s) + " " + Computed(s); got != "93.5% 94.0%" {
		t.Errorf("stated, computed = %s, want 93.5%% 94.0%%", got)
	}
	if got := Computed(&figures.StatedRate{Value: big.NewRat(100, 1)}); got != "" {
		t.Errorf("computed without counts = %q, want none", got)
	}
}

// The 通报 says 93.5%; 182 of 200 is 91.0%: the site headlines 93.5% and
// says the two differ. With counts that agree it headlines the counts, in
// the round's decimals; with no pass count it headlines 93.5% and says it
// is the 通报's figure.
func TestHeadline(t *testing.T) {
	stated := func(counts figures.Rate, differs bool) *figures.StatedRate {
		return &figures.StatedRate{Value: big.NewRat(935, 10), Decimals: 1, Counts: counts, Differs: differs}
	}
	tests := []struct {
		tally              figures.Tally
		stated             *figures.StatedRate
		wantRate, wantNote string
	}{
		{figures.Tally{Checked: 200, Passed: 182, Failed: 18}, stated(figures.Rate{Num: 182, Den: 200}, true),
			"93.5%", "（通报数字；按 182/200 计算为 91.0%，两者不一致）"},
		{figures.Tally{Checked: 200, Passed: 187, Failed: 13}, stated(figures.Rate{Num: 187, Den: 200}, false),
			"93.50%", ""},
		{figures.Tally{Checked: 200, PassedUnknown: true}, stated(figures.Rate{}, false),
			"93.5%", "（通报数字）"},
		{figures.Tally{}, stated(figures.Rate{}, false), "93.5%", "（通报数字）"},
		{figures.Tally{Checked: 609, Passed: 608, Failed: 1}, nil, "99.84%", ""},
		{figures.Tally{}, nil, "—", ""},
	}
	for i, tt := range tests {
		rate, note := Headline(tt.tally, tt.stated, 2)
		if rate != tt.wantRate || note != tt.wantNote {
			t.Errorf("%d: Headline = %q, %q; want %q, %q", i, rate, note, tt.wantRate, tt.wantNote)
		}
	}
}
