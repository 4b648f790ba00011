package rounds

import (
	"regexp"
	"sort"
	"strings"

	"github.com/zwgk/zwgk/internal/creditcode"
	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
)

// scientificPattern is how Excel shows a long number it took for a number:
// 4.2139E+09. Saved as CSV, the digits after the fifth are gone.
var scientificPattern = regexp.MustCompile(`^\d+(\.\d+)?[eE][+-]?\d+$`)

func scientific(s string) bool { return scientificPattern.MatchString(s) }

const scientificFix = "在 Excel 中把这一列设为“文本”格式，再重新输入（或从原始材料复制）"

// checkCreditCode reports a 统一社会信用代码 that fails GB 32100.
func checkCreditCode(code string, errorf func(fix, format string, args ...any)) {
	if scientific(code) {
		errorf(scientificFix, "统一社会信用代码“%s”被 Excel 当成了数字，已经不是原来的代码", code)
		return
	}
	err := creditcode.Check(code)
	if err == nil {
		return
	}
	fix := "核对单位的统一社会信用代码证书；不知道时留空"
	if strings.HasSuffix(code, "000") && strings.Trim(code, "0123456789") == "" {
		fix = "Excel 把 18 位数字当成数字时只保留前 15 位，后几位变成了 0：" + scientificFix
	}
	errorf(fix, "%v", err)
}

// isOfficeTemp reports the owner files Excel and WPS create beside a
// workbook while it is open (~$websites.xlsx); they are not sheets.
func isOfficeTemp(name string) bool {
	return strings.HasPrefix(name, "~$") || strings.HasPrefix(name, ".~lock.")
}

// closestName returns the unit name that name most likely meant — one
// character off, or name an abbreviation of it (市卫健委 for
// 示例市卫生健康委员会) — or "" when there is no single best guess.
// known maps each name and alias to its unit's name.
func closestName(name string, known map[string]string) string {
	n := []rune(name)
	best, bestDist, tie := "", 0, false
	candidates := make([]string, 0, len(known))
	for k := range known {
		candidates = append(candidates, k)
	}
	sort.Strings(candidates)
	for _, c := range candidates {
		cr := []rune(c)
		d := editDistance(n, cr)
		close := d <= 1 && len(n) >= 4
		if !close && len(n) >= 3 && len(cr) >= 3 {
			close = subsequence(n, cr) || subsequence(cr, n)
		}
		if !close {
			continue
		}
		switch unit := known[c]; {
		case best == "" || d < bestDist:
			best, bestDist, tie = unit, d, false
		case d == bestDist && unit != best:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// oneEditFrom gives the unit whose name or alias is one character away
// from name (one typed wrong, added or left out), when exactly one unit is.
// Two names that differ only in a numeral (第一中学, 第二中学) are not
// taken for a typing mistake.
func oneEditFrom(name string, known map[string]string) string {
	n := []rune(name)
	if len(n) < 4 {
		return ""
	}
	found := ""
	for k, unit := range known {
		kr := []rune(k)
		if editDistance(n, kr) != 1 || numeralSwap(n, kr) {
			continue
		}
		if found != "" && found != unit {
			return ""
		}
		found = unit
	}
	return found
}

// numeralSwap reports whether a and b differ in one numeral only.
func numeralSwap(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return strings.ContainsRune(numerals, a[i]) && strings.ContainsRune(numerals, b[i])
		}
	}
	return false
}

const numerals = "〇零一二三四五六七八九十百0123456789"

// editDistance is the Levenshtein distance between two names, by character.
func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// subsequence reports whether every character of short appears in long, in
// order.
func subsequence(short, long []rune) bool {
	i := 0
	for _, r := range long {
		if i < len(short) && short[i] == r {
			i++
		}
	}
	return i == len(short)
}

// checkRenames warns when a 备案单号 or 网站标识码 comes back in a later round
// under another name, platform or unit. The figures follow it as one
// account or website by its number; the warning lets staff confirm a rename
// and catch a number copied onto the wrong row. A change the row's 备注
// explains — by naming the earlier value, as in “原账号名称“示例卫生健康”，
// 本季度更名” — is confirmed already and not warned about.
func checkRenames(ds *model.Dataset, problems *diag.List) {
	type seen struct {
		round                         string
		name, platform, subType, unit string
	}
	// Aliases are resolved already (resolveUnits). A unit missing from
	// units.csv has its own warning, often for a typo; it is not also
	// reported as a change of unit.
	listed := map[string]bool{}
	for _, u := range ds.Units {
		listed[u.Name] = true
	}
	unit := func(s string) string {
		if len(ds.Units) == 0 || listed[s] {
			return s
		}
		return ""
	}
	accounts := map[string]seen{}
	websites := map[string]seen{}
	for _, r := range ds.Rounds {
		for _, a := range r.Accounts {
			if a.FilingNo == "" {
				continue
			}
			now := seen{r.ID, a.Name, a.Platform, a.SubType, unit(a.Unit)}
			before, ok := accounts[a.FilingNo]
			if ok && (before.name != now.name || before.platform != now.platform || before.subType != now.subType || before.unit != now.unit) {
				renamed(problems, a.Pos, a.Note, "备案单号", a.FilingNo, "账号", before.round, []change{
					{"账号名称", before.name, now.name},
					{"平台", platformText(before.platform, before.subType), platformText(now.platform, now.subType)},
					{"开设主体", before.unit, now.unit},
				})
			}
			accounts[a.FilingNo] = now
		}
		for _, w := range r.Websites {
			if w.Code == "" {
				continue
			}
			now := seen{round: r.ID, name: w.Name, unit: unit(w.Unit)}
			if before, ok := websites[w.Code]; ok && (before.name != now.name || before.unit != now.unit) {
				renamed(problems, w.Pos, w.Note, "网站标识码", w.Code, "网站", before.round, []change{
					{"网站名称", before.name, now.name}, {"主办单位", before.unit, now.unit},
				})
			}
			websites[w.Code] = now
		}
	}
}

type change struct{ col, before, after string }

func renamed(problems *diag.List, pos model.Pos, note, keyCol, key, what, round string, changes []change) {
	for _, c := range changes {
		if c.before == c.after || c.before == "" || c.after == "" || strings.Contains(note, c.before) {
			continue
		}
		problems.Warnf(pos.File, pos.Row, c.col,
			"如确是更名或变更，无需修改，网站按同一个"+what+"统计；如是另一个"+what+"，请改正"+keyCol,
			"%s“%s”的%s由 %s 的“%s”变为“%s”，按同一个%s的变更处理", keyCol, key, c.col, round, c.before, c.after, what)
	}
}
