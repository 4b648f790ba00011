// Package figures computes every number a 通报 reports — counts, pass rates,
// changes against the previous round, breakdowns by unit category and
// platform, and each unit's record across rounds — from the model alone.
package figures

import (
	"fmt"
	"math/big"
)

// Rate is a pass rate (合格率) kept as the exact fraction passed/checked, so
// that rounding happens once, half up, when it is written out (package
// figfmt).
type Rate struct {
	Num, Den int
}

// Defined reports whether anything was checked.
func (r Rate) Defined() bool { return r.Den > 0 }

// Percent is the rate in percent, exact: 608/609 → 60800/609; nil when
// nothing was checked.
func (r Rate) Percent() *big.Rat {
	if !r.Defined() {
		return nil
	}
	return new(big.Rat).SetFrac64(int64(r.Num)*100, int64(r.Den))
}

// Rounded is the percentage rounded half up (四舍五入) to decimals, as an
// exact value: the figure a reader sees, so that a change can be computed
// from what is printed. It is nil when the rate is undefined.
func (r Rate) Rounded(decimals int) *big.Rat {
	if !r.Defined() {
		return nil
	}
	return round(r.Percent(), decimals)
}

// round rounds v half away from zero to decimals, exactly.
func round(v *big.Rat, decimals int) *big.Rat {
	x, _ := new(big.Rat).SetString(v.FloatString(decimals)) // FloatString rounds halves away from zero
	return x
}

// Change is the change of a rate against an earlier one in percentage
// points (个百分点), from the two rates as printed, so that the change
// agrees with them: 99.84% after 99.24% is +0.60.
type Change struct {
	Points   *big.Rat // nil when either rate is undefined or there is no earlier round
	Decimals int      // the newer rate's decimals, which Points is exact to
}

// Compare gives the change from prev to cur, both printed with decimals.
func Compare(cur, prev Rate, decimals int) Change {
	if !cur.Defined() || !prev.Defined() {
		return Change{Decimals: decimals}
	}
	return Change{Points: new(big.Rat).Sub(cur.Rounded(decimals), prev.Rounded(decimals)), Decimals: decimals}
}

// Ratio is a share such as a sampling ratio (抽查比例), written like a rate.
func Ratio(part, whole int) Rate { return Rate{Num: part, Den: whole} }

// String shows the fraction, for test failures.
func (r Rate) String() string { return fmt.Sprintf("%d/%d", r.Num, r.Den) }
