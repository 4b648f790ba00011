package figures

import (
	"math/big"
	"regexp"
	"strconv"
	"strings"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
)

// Score is a mean score (平均分) of a group, kept exact until written.
type Score struct {
	N      int      // scores counted; 0 when the mean was stated in summary.csv
	Sum    *big.Rat // nil when there is no score
	Stated *big.Rat // mean as stated in summary.csv, rounded to ScoreDecimals, when given instead of rows
}

// ScoreDecimals is how many decimals a 通报 writes a mean score with.
const ScoreDecimals = 2

// Defined reports whether there is a mean.
func (s Score) Defined() bool { return s.Stated != nil || s.N > 0 }

// Mean is the mean rounded half up to ScoreDecimals, as a 通报 prints it
// (104.05), exactly; nil when there is no score.
func (s Score) Mean() *big.Rat {
	if s.Stated != nil {
		return s.Stated
	}
	if s.N == 0 {
		return nil
	}
	return round(new(big.Rat).Quo(s.Sum, big.NewRat(int64(s.N), 1)), ScoreDecimals)
}

// ScoreChange is the change of a mean against the previous round, in
// points, from the means as printed; nil when either round has no mean.
func ScoreChange(cur, prev Score) *big.Rat {
	if !cur.Defined() || !prev.Defined() {
		return nil
	}
	return new(big.Rat).Sub(cur.Mean(), prev.Mean())
}

func (s *Score) add(v string) {
	if v == "" {
		return
	}
	x, ok := new(big.Rat).SetString(v)
	if !ok {
		return // the reader validated scores; nothing else reaches here
	}
	if s.Sum == nil {
		s.Sum = new(big.Rat)
	}
	s.Sum.Add(s.Sum, x)
	s.N++
}

// CategoryScore is the mean website and new-media score of a unit category.
type CategoryScore struct {
	Category string
	Websites Score
	Accounts Score
}

// AllUnits names the row of the means over every unit.
const AllUnits = "全部单位"

// ScoreBins are the bands of the score distribution chart.
var ScoreBins = []struct {
	Label    string
	From, To int64 // From ≤ score < To
}{
	{"60分以下", -1 << 31, 60}, {"60–70分", 60, 70}, {"70–80分", 70, 80}, {"80–90分", 80, 90},
	{"90–100分", 90, 100}, {"100分及以上", 100, 1 << 31},
}

// Distribution counts scores per band: the bands of ScoreBins, counted
// from the rows, or the bands the 通报 states (得分段:网站:90-100).
type Distribution struct {
	Labels   []string // one per band, e.g. 90–100分
	Websites []int    // per band; -1 where the 通报 states no count
	Accounts []int
	Stated   bool // the bands are the 通报's, not counted from rows
}

// scoreBounds are the From and To of each of ScoreBins, made once: making
// them for every score took a third of computing a national round.
var scoreBounds = func() [][2]*big.Rat {
	out := make([][2]*big.Rat, len(ScoreBins))
	for i, b := range ScoreBins {
		out[i] = [2]*big.Rat{big.NewRat(b.From, 1), big.NewRat(b.To, 1)}
	}
	return out
}()

func binOf(v string) int {
	x, ok := new(big.Rat).SetString(v)
	if !ok {
		return -1
	}
	for i, b := range scoreBounds {
		if x.Cmp(b[0]) >= 0 && x.Cmp(b[1]) < 0 {
			return i
		}
	}
	return -1
}

// computeScores gives the mean scores by unit category (the categories with
// any score, then all units) and the score distribution. Means stated in
// summary.csv as 网站平均分:类别 / 新媒体平均分:类别 are used where the rows
// give none. The rows of a kind count only when they are its whole
// population (whole: websites, accounts): the scores of a partial list are
// not the round's. Score bands stated in summary.csv replace the counted
// distribution.
func computeScores(r *model.Round, ix *unitIndex, categories []string, whole [2]bool, problems *diag.List) ([]CategoryScore, *Distribution) {
	by := map[string]*CategoryScore{}
	all := &CategoryScore{Category: AllUnits}
	dist := &Distribution{Websites: make([]int, len(ScoreBins)), Accounts: make([]int, len(ScoreBins))}
	for _, b := range ScoreBins {
		dist.Labels = append(dist.Labels, b.Label)
	}
	any := false
	// add counts one score of a website (account false) or an account.
	add := func(unit, score string, account bool) {
		if score == "" || !whole[0] && !account || !whole[1] && account {
			return
		}
		c := ix.category(unit)
		if by[c] == nil {
			by[c] = &CategoryScore{Category: c}
		}
		mean, total, bins := &by[c].Websites, &all.Websites, dist.Websites
		if account {
			mean, total, bins = &by[c].Accounts, &all.Accounts, dist.Accounts
		}
		mean.add(score)
		total.add(score)
		if b := binOf(score); b >= 0 {
			bins[b]++
			any = true
		}
	}
	for _, w := range r.Websites {
		add(w.Unit, w.Score, false)
	}
	for _, a := range r.Accounts {
		add(a.Unit, a.Score, true)
	}
	for _, m := range r.Summary {
		for _, kind := range []string{model.WebsiteScorePrefix, model.AccountScorePrefix} {
			if len(m.Name) <= len(kind) || m.Name[:len(kind)] != kind {
				continue
			}
			c := m.Name[len(kind):]
			if by[c] == nil {
				by[c] = &CategoryScore{Category: c}
				categories = append(categories, c)
			}
			s := &by[c].Websites
			if kind == model.AccountScorePrefix {
				s = &by[c].Accounts
			}
			v := strings.TrimSuffix(m.Value, "分")
			if _, ok := new(big.Rat).SetString(v); !ok {
				problems.Errorf(m.Pos.File, m.Pos.Row, "数值", "填写数字，如 104.05", "%s 的数值“%s”不是数字", m.Name, m.Value)
				continue
			}
			if s.N == 0 {
				s.Stated = round(mustRat(v), ScoreDecimals)
			}
		}
	}
	var out []CategoryScore
	seen := map[string]bool{}
	for _, c := range categories {
		if cs := by[c]; cs != nil && !seen[c] {
			seen[c] = true
			out = append(out, *cs)
		}
	}
	if all.Websites.Defined() || all.Accounts.Defined() {
		out = append(out, *all)
	}
	if !any {
		dist = nil
	}
	if stated := statedBands(r, problems); stated != nil {
		dist = stated
	}
	return out, dist
}

func mustRat(s string) *big.Rat {
	v, _ := new(big.Rat).SetString(s)
	return v
}

// scoreChanges pairs each category's means with the previous round's.
func scoreChanges(cur, prev []CategoryScore) map[string][2]*big.Rat {
	before := map[string]CategoryScore{}
	for _, p := range prev {
		before[p.Category] = p
	}
	out := map[string][2]*big.Rat{}
	for _, c := range cur {
		if p, ok := before[c.Category]; ok {
			out[c.Category] = [2]*big.Rat{ScoreChange(c.Websites, p.Websites), ScoreChange(c.Accounts, p.Accounts)}
		}
	}
	return out
}

// bandPattern reads a score band: "90-100", or open-ended "100-" (100分及以上,
// the 通报's “得分超过100分”) and "-60" (60分以下).
var bandPattern = regexp.MustCompile(`^(\d{1,3}(?:\.\d+)?)?\s*(?:分)?\s*[-–—~～至到]\s*(\d{1,3}(?:\.\d+)?)?\s*分?$`)

// bandLabel names a band as the chart shows it: 90–100分, 100分及以上,
// 60分以下; "" when neither bound is given.
func bandLabel(from, to string) string {
	switch {
	case from != "" && to != "":
		return from + "–" + to + "分"
	case from != "":
		return from + "分及以上"
	case to != "":
		return to + "分以下"
	}
	return ""
}

// statedBands reads the score bands of summary.csv (得分段:网站:90-100 = 8):
// nil when the 通报 states none.
func statedBands(r *model.Round, problems *diag.List) *Distribution {
	var d *Distribution
	index := map[string]int{}
	for _, m := range r.Summary {
		rest, ok := strings.CutPrefix(m.Name, model.ScoreBandPrefix)
		if !ok {
			continue
		}
		kind, band, _ := strings.Cut(rest, ":")
		sub := bandPattern.FindStringSubmatch(band)
		if kind != model.KindWebsite && kind != model.KindAccount || sub == nil || bandLabel(sub[1], sub[2]) == "" {
			problems.Errorf(m.Pos.File, m.Pos.Row, "指标", "写成“得分段:网站:90-100”或“得分段:新媒体:80-90”，100分及以上写“得分段:网站:100-”",
				"指标“%s”无法识别：应为 得分段:网站 或 得分段:新媒体，再加分数段", m.Name)
			continue
		}
		n, _ := strconv.Atoi(m.Value)
		if d == nil {
			d = &Distribution{Stated: true}
		}
		label := bandLabel(sub[1], sub[2])
		i, seen := index[label]
		if !seen {
			i = len(d.Labels)
			index[label] = i
			d.Labels = append(d.Labels, label)
			d.Websites = append(d.Websites, -1)
			d.Accounts = append(d.Accounts, -1)
		}
		if kind == model.KindWebsite {
			d.Websites[i] = n
		} else {
			d.Accounts[i] = n
		}
	}
	return d
}
