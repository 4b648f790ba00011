// Package figures computes every number a 通报 reports — counts, pass rates,
// changes against the previous round, breakdowns by unit category and
// platform, and each unit's record across rounds — from the model alone.
package figures

import (
	"fmt"
	"math/big"
	"strings"
)

// Rate is a pass rate (合格率) kept as the exact fraction passed/checked, so
// that rounding happens once, half up, when it is written out.
type Rate struct {
	Num, Den int
}

// Defined reports whether anything was checked.
func (r Rate) Defined() bool { return r.Den > 0 }

// Percent writes the rate in percent with the given decimals, rounded half
// up: 608/609 → "99.84%". An undefined rate is "—".
func (r Rate) Percent(decimals int) string {
	if !r.Defined() {
		return "—"
	}
	return FormatFixed(r.percent(), decimals) + "%"
}

func (r Rate) percent() *big.Rat {
	return new(big.Rat).SetFrac64(int64(r.Num)*100, int64(r.Den))
}

// Rounded returns the percentage rounded half up to decimals, as an exact
// value, so that a change can be computed from the figures the reader sees.
func (r Rate) Rounded(decimals int) *big.Rat {
	v, _ := new(big.Rat).SetString(FormatFixed(r.percent(), decimals))
	return v
}

// Change writes the change from prev to cur in percentage points (个百分点),
// computed from the two rates as printed so that the change agrees with
// them: "+0.60个百分点", "-1.20个百分点" or "持平". It is "" when either
// rate is undefined.
func Change(cur, prev Rate, decimals int) string {
	if !cur.Defined() || !prev.Defined() {
		return ""
	}
	d := new(big.Rat).Sub(cur.Rounded(decimals), prev.Rounded(decimals))
	switch d.Sign() {
	case 0:
		return "持平"
	case 1:
		return "+" + FormatFixed(d, decimals) + "个百分点"
	}
	return FormatFixed(d, decimals) + "个百分点"
}

// FormatFixed writes v with the given decimals, rounding half away from
// zero (四舍五入), using exact arithmetic.
func FormatFixed(v *big.Rat, decimals int) string {
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)
	neg := v.Sign() < 0
	abs := new(big.Rat).Abs(v)
	scaled := new(big.Rat).Mul(abs, new(big.Rat).SetInt(scale))
	// half up: floor(scaled + 1/2)
	scaled.Add(scaled, big.NewRat(1, 2))
	q := new(big.Int).Quo(scaled.Num(), scaled.Denom())
	s := q.String()
	if decimals > 0 {
		if len(s) <= decimals {
			s = strings.Repeat("0", decimals-len(s)+1) + s
		}
		s = s[:len(s)-decimals] + "." + s[len(s)-decimals:]
	}
	if neg && strings.Trim(s, "0.") != "" {
		s = "-" + s
	}
	return s
}

// Ratio is a share such as a sampling ratio (抽查比例), written like a rate.
func Ratio(part, whole int) Rate { return Rate{Num: part, Den: whole} }

// String shows the fraction, for test failures.
func (r Rate) String() string { return fmt.Sprintf("%d/%d", r.Num, r.Den) }
