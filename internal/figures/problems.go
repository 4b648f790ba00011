package figures

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/zwgk/zwgk/internal/model"
)

// OtherCategory is where a problem goes that no rule matches: it stays
// visible rather than being dropped.
const OtherCategory = "其他"

// defaultRules maps problem texts to the categories of the national
// indicators (政府网站与政务新媒体检查指标). It is a data table so that
// anyone can read and extend it; rounds/problem-categories.csv adds rules
// that are tried first.
//
//go:embed problem-categories.csv
var defaultRules string

// Rule maps problem texts matching a pattern to a category.
type Rule struct {
	Account  bool // a new-media rule, else a website rule
	Category string
	Pattern  *regexp.Regexp
}

// DefaultRules returns the built-in rules.
func DefaultRules() []Rule {
	rules, err := ParseRules(strings.NewReader(defaultRules), "problem-categories.csv")
	if err != nil {
		panic(err) // the embedded table is tested
	}
	return rules
}

// ParseRules reads a rules table: 类型 (网站/新媒体), 问题类别, 匹配 (a
// regular expression).
func ParseRules(r io.Reader, name string) ([]Rule, error) {
	rows, err := csv.NewReader(r).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %v —— 请检查 CSV 格式", name, err)
	}
	var rules []Rule
	for i, row := range rows {
		if i == 0 || len(row) == 0 || (len(row) == 1 && row[0] == "") {
			continue // header, blank
		}
		if len(row) < 3 {
			return nil, fmt.Errorf("%s:%d: 应有 类型、问题类别、匹配 三列", name, i+1)
		}
		kind, cat, pat := strings.TrimSpace(row[0]), strings.TrimSpace(row[1]), strings.TrimSpace(row[2])
		if kind != model.KindWebsite && kind != model.KindAccount {
			return nil, fmt.Errorf("%s:%d: 类型“%s”应为 网站 或 新媒体", name, i+1, kind)
		}
		re, err := regexp.Compile(pat)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: 匹配“%s”不是有效的正则表达式：%v", name, i+1, pat, err)
		}
		rules = append(rules, Rule{Account: kind == model.KindAccount, Category: cat, Pattern: re})
	}
	return rules, nil
}

// Categorize gives the category of one problem text: the first rule of the
// right kind whose pattern matches, else 其他.
func Categorize(rules []Rule, account bool, problem string) string {
	for _, r := range rules {
		if r.Account == account && r.Pattern.MatchString(problem) {
			return r.Category
		}
	}
	return OtherCategory
}

// ProblemCount is the number of problems of one category in a round.
type ProblemCount struct {
	Account  bool
	Category string
	Count    int
}

// categoryOrder lists the categories of one kind in rule order, 其他 last.
func categoryOrder(rules []Rule, account bool) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range rules {
		if r.Account == account && !seen[r.Category] {
			seen[r.Category] = true
			out = append(out, r.Category)
		}
	}
	return append(out, OtherCategory)
}

// countProblems counts the problems of every row that has some: the
// failures and the rows noted for problems without failing (其他发现的问题).
func countProblems(r *Round, rules []Rule) []ProblemCount {
	var out []ProblemCount
	for _, account := range []bool{false, true} {
		counts := map[string]int{}
		if account {
			for _, a := range r.Round.Accounts {
				for _, p := range a.Problems {
					counts[Categorize(rules, true, p)]++
				}
			}
		} else {
			for _, w := range r.Round.Websites {
				for _, p := range w.Problems {
					counts[Categorize(rules, false, p)]++
				}
			}
		}
		for _, c := range categoryOrder(rules, account) {
			out = append(out, ProblemCount{Account: account, Category: c, Count: counts[c]})
		}
	}
	return out
}

// ruleList is the dataset's own rules before the built-in ones.
func ruleList(ds *model.Dataset) ([]Rule, error) {
	var rules []Rule
	if ds.ProblemRules != "" {
		own, err := ParseRules(strings.NewReader(ds.ProblemRules), ds.ProblemRulesFile)
		if err != nil {
			return nil, err
		}
		rules = own
	}
	return append(rules, DefaultRules()...), nil
}
