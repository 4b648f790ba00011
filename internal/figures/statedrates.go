package figures

import (
	"fmt"
	"math/big"
	"regexp"
	"strings"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
)

// StatedRate is a rate as the 通报 states it in summary.csv (网站合格率,
// 账号合格率, 抽查比例, or one of them for a group), beside what the counts
// give. The site shows the stated figure; where counts exist and differ
// beyond rounding, it shows both and says they differ.
type StatedRate struct {
	Metric   string   // as in summary.csv, e.g. 账号合格率 or 网站合格率:某类部门
	Value    *big.Rat // the percentage stated
	Decimals int      // decimals as the 通报 writes it: "93.5%" → 1
	Counts   Rate     // what the counts give; undefined when there are none
	Differs  bool     // the counts, rounded to Decimals, give another figure
	Pos      model.Pos
}

// agrees reports whether counts give the stated rate, rounded as stated.
func (s *StatedRate) agrees(counts Rate) bool {
	return round(s.Value, s.Decimals).Cmp(counts.Rounded(s.Decimals)) == 0
}

// percentText writes a percentage for a problem's message; pages write
// theirs with package figfmt.
func percentText(v *big.Rat, decimals int) string { return v.FloatString(decimals) + "%" }

var statedPercent = regexp.MustCompile(`^\d{1,3}(\.(\d{1,4}))?$`)

// parseStated reads a stated rate: "93.5%", "93.5", "100％".
func parseStated(m model.Metric, problems *diag.List) *StatedRate {
	v := strings.TrimSpace(strings.NewReplacer("％", "%", " ", "").Replace(m.Value))
	v = strings.TrimSuffix(v, "%")
	sub := statedPercent.FindStringSubmatch(v)
	var x *big.Rat
	if sub != nil {
		x, _ = new(big.Rat).SetString(v)
	}
	if x == nil || x.Cmp(big.NewRat(100, 1)) > 0 {
		problems.Errorf(m.Pos.File, m.Pos.Row, "数值", "按通报原文填写百分数，如 97.5%", "%s 的数值“%s”不是 0 到 100 之间的百分数", m.Name, m.Value)
		return nil
	}
	return &StatedRate{Metric: m.Name, Value: x, Decimals: len(sub[2]), Pos: m.Pos}
}

// statedRate compares a stated pass rate with the counts behind it, when
// they are known: a difference beyond the stated rounding is a warning
// naming both figures.
func statedRate(m model.Metric, counts Rate, known bool, problems *diag.List) *StatedRate {
	if m.Name == "" {
		return nil
	}
	s := parseStated(m, problems)
	if s == nil || !known || !counts.Defined() {
		return s
	}
	s.Counts = counts
	s.compare(fmt.Sprintf("%d 个中 %d 个合格", counts.Den, counts.Num), problems)
	return s
}

// statedRatio is statedRate for the sampling ratio (抽查比例).
func statedRatio(m model.Metric, counts Rate, problems *diag.List) *StatedRate {
	if m.Name == "" {
		return nil
	}
	s := parseStated(m, problems)
	if s == nil || !counts.Defined() {
		return s
	}
	s.Counts = counts
	s.compare(fmt.Sprintf("%d 个中抽查 %d 个", counts.Den, counts.Num), problems)
	return s
}

func (s *StatedRate) compare(counts string, problems *diag.List) {
	if s.agrees(s.Counts) {
		return
	}
	s.Differs = true
	problems.Warnf(s.Pos.File, s.Pos.Row, "数值", "核对通报原文和各项数字；网站按通报原文显示，并注明按数字算出的比率",
		"通报的%s %s 与 %s算出的 %s 不一致", s.Metric, percentText(s.Value, s.Decimals), counts, percentText(s.Counts.Percent(), s.Decimals))
}

// computeStatedRates reads the round's own stated rates and compares them
// with its counts.
func computeStatedRates(r *model.Round, fr *Round, problems *diag.List) {
	get := func(name string) model.Metric {
		m, _ := r.Metric(name)
		return m
	}
	fr.WebsiteRateStated = derivedRate(get(model.WebsitePassRate), &fr.Websites, fr.websitesDerived, "网站", problems)
	fr.AccountRateStated = derivedRate(get(model.AccountPassRate), &fr.Accounts.Tally, fr.accountsDerived, "账号", problems)
	if fr.accountsDerived && fr.Accounts.PassedUnknown {
		for i := range fr.Platforms {
			fr.Platforms[i].Tally = Tally{} // no platform's pass count is known either
		}
	}
	ratio := Rate{}
	if fr.Accounts.Sampled {
		ratio = fr.Accounts.SampleRate()
	}
	fr.SampleRateStated = statedRatio(get(model.SampleRatio), ratio, problems)
}

// derivedRate is statedRate for a round's own pass rate. When the pass
// count is only the stated total minus the named failures (derived), a
// stated rate that count does not give shows the list names only some of
// the failures: the pass count becomes unknown, and the page shows the
// stated rate alone.
func derivedRate(m model.Metric, t *Tally, derived bool, kind string, problems *diag.List) *StatedRate {
	if m.Name == "" || !derived || t.PassedUnknown {
		return statedRate(m, t.Rate(), t.Checked > 0, problems)
	}
	s := parseStated(m, problems)
	if s == nil {
		return nil
	}
	counts := t.Rate()
	if s.agrees(counts) {
		s.Counts = counts
		return s
	}
	problems.Warnf(s.Pos.File, s.Pos.Row, "数值", fmt.Sprintf("通报写明合格数时，在 summary.csv 填上%s合格数", kind),
		"通报的%s %s 与 %d 个中去掉清单里 %d 个不合格算出的 %s 不一致：清单没有列全不合格%s，合格数按“通报未说明”显示",
		s.Metric, percentText(s.Value, s.Decimals), t.Checked, t.Failed, percentText(counts.Percent(), s.Decimals), kind)
	*t = Tally{Checked: t.Checked, PassedUnknown: true}
	return s
}
