// Package figfmt writes figures the way a 通报 prints them: rates in
// percent with the round's decimals, changes in percentage points, mean
// scores and their changes. Package figures keeps every figure exact; the
// site, its downloads, its charts and the draft 通报 all write them here,
// so a figure reads the same wherever it appears.
package figfmt

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/zwgk/zwgk/internal/figures"
)

// Unknown stands for a figure that is not defined, such as the rate of
// nothing checked.
const Unknown = "—"

// Unstated is how a figure the 通报 does not state is written.
const Unstated = "通报未说明"

// Count writes a round's count: 未检查 where the round did not check that
// kind, 通报未说明 where the 通报 does not state it, never a 0 that was
// not counted.
func Count(n int, notChecked, unknown bool) string {
	switch {
	case notChecked:
		return "未检查"
	case unknown:
		return Unstated
	}
	return strconv.Itoa(n)
}

// Fixed writes v with the given decimals, rounding half away from zero
// (四舍五入): 104.045 → "104.05". A value that rounds to zero is never
// written "-0.00".
func Fixed(v *big.Rat, decimals int) string {
	s := v.FloatString(decimals) // rounds halves away from zero
	if strings.Trim(s, "-0.") == "" {
		return strings.TrimPrefix(s, "-")
	}
	return s
}

// Percent writes a rate in percent with the given decimals: 608/609 →
// "99.84%"; Unknown when nothing was checked.
func Percent(r figures.Rate, decimals int) string {
	if !r.Defined() {
		return Unknown
	}
	return Fixed(r.Percent(), decimals) + "%"
}

// Change writes a change of a rate in percentage points: "+0.60个百分点",
// "-1.20个百分点" or "持平"; "" when there is no change to state.
func Change(c figures.Change) string {
	if c.Points == nil {
		return ""
	}
	switch c.Points.Sign() {
	case 0:
		return "持平"
	case 1:
		return "+" + Fixed(c.Points, c.Decimals) + "个百分点"
	}
	return Fixed(c.Points, c.Decimals) + "个百分点"
}

// Stated writes a stated rate as the 通报 does: "93.5%".
func Stated(s *figures.StatedRate) string { return Fixed(s.Value, s.Decimals) + "%" }

// Computed writes what the counts behind a stated rate give, in the stated
// rate's decimals, or "" without counts.
func Computed(s *figures.StatedRate) string {
	if !s.Counts.Defined() {
		return ""
	}
	return Percent(s.Counts, s.Decimals)
}

// Headline writes a kind's pass rate as the site headlines it, with the
// note that goes beside it. Where the 通报 states a rate its counts do not
// confirm (there are no counts, or they give another figure) it is the
// stated rate, and the note says so; else it is the counts' rate, with no
// note. The round page, the table of every round and the trend chart all
// print this, so that none of them shows a figure the others contradict.
func Headline(t figures.Tally, s *figures.StatedRate, decimals int) (rate, note string) {
	counted := t.Rate()
	switch {
	case s == nil:
		return Percent(counted, decimals), ""
	case s.Differs:
		return Stated(s), "（通报数字；按 " + strconv.Itoa(t.Passed) + "/" + strconv.Itoa(t.Checked) + " 计算为 " + Computed(s) + "，两者不一致）"
	case !counted.Defined():
		return Stated(s), "（通报数字）"
	}
	return Percent(counted, decimals), ""
}

// Mean writes a mean score: "104.05"; Unknown without scores.
func Mean(s figures.Score) string {
	if !s.Defined() {
		return Unknown
	}
	return Fixed(s.Mean(), figures.ScoreDecimals)
}

// ScoreChange writes the change of a mean score (figures.ScoreChange):
// "提高0.41分", "降低1.20分" or "持平"; "" when there is none.
func ScoreChange(d *big.Rat) string {
	if d == nil {
		return ""
	}
	switch d.Sign() {
	case 0:
		return "持平"
	case 1:
		return "提高" + Fixed(d, figures.ScoreDecimals) + "分"
	}
	return "降低" + Fixed(new(big.Rat).Neg(d), figures.ScoreDecimals) + "分"
}
