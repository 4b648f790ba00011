// Package lint checks rounds against the conventions of publishing a
// government document (公文): the form of the 发文字号 and dates that make
// sense on the day the site is built. Unlike the checks of the sheets
// (internal/rounds), these depend on the day, so the day is passed in.
package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
)

// beijing is the time zone of the day a site is published in. A fixed zone
// needs no time zone database on the machine.
var beijing = time.FixedZone("CST", 8*60*60)

var (
	// docNumber is 机关代字〔年份〕序号号, e.g. 示政办函〔2025〕11号 (GB/T 9704).
	docNumber = regexp.MustCompile(`^(.+)〔(\d{4})〕(\d+)号$`)
	// wrongYear is a year in brackets other than 〔〕: [2025] 【2025】 (2025) （2025） ［2025］ 〈2025〉 ｛2025｝ {2025} <2025> 《2025》.
	wrongYear = regexp.MustCompile(`[\[【［(（〈{｛<《]\s*(\d{4})\s*[\]】］)）〉}｝>》]`)
)

// Rounds checks every round of ds; today is the day of publishing. A draft
// round's dates are not checked, since a draft may carry the dates it is
// planned to be published on.
func Rounds(ds *model.Dataset, today time.Time) *diag.List {
	problems := &diag.List{}
	day := today.In(beijing).Format("2006-01-02")
	for _, r := range ds.Rounds {
		checkRound(r, day, problems)
	}
	return problems
}

func checkRound(r model.Round, today string, problems *diag.List) {
	path := roundMD(r)
	lines := keyLines(path)
	m := r.Meta
	if m.DocNumber != "" {
		checkDocNumber(m.DocNumber, m.Written, path, lines["doc_number"], problems)
	}
	if m.Draft {
		return
	}
	for _, d := range []struct{ key, name, value string }{
		{"written", "成文日期", m.Written},
		{"published", "发布日期", m.Published},
	} {
		if d.value > today {
			problems.Errorf(path, lines[d.key], d.key, "改为实际日期；尚未发布的通报请在元数据中写 draft: true，网站不会公开它",
				"%s %s 晚于今天（%s）", d.name, d.value, today)
		}
	}
	if m.Written != "" && m.Published != "" && m.Written > m.Published {
		problems.Errorf(path, lines["written"], "written", "成文日期应不晚于发布日期，请核对两个日期",
			"成文日期 %s 晚于发布日期 %s", m.Written, m.Published)
	}
}

// checkDocNumber checks the form of a 发文字号: the year in 六角括号 〔〕,
// the number without leading zeros (序号不编虚位), ending in 号.
func checkDocNumber(s, written, path string, line int, problems *diag.List) {
	if m := wrongYear.FindStringSubmatch(s); m != nil {
		fixed := strings.Replace(s, m[0], "〔"+m[1]+"〕", 1)
		problems.Errorf(path, line, "doc_number", fmt.Sprintf("年份用六角括号〔〕括起，写成“%s”", fixed),
			"发文字号“%s”的年份括号“%s”不合规范", s, m[0])
		return
	}
	m := docNumber.FindStringSubmatch(s)
	if m == nil {
		problems.Errorf(path, line, "doc_number", "按“机关代字〔年份〕序号号”书写，例如“示政办函〔2025〕11号”",
			"发文字号“%s”不合“机关代字〔年份〕序号号”的格式", s)
		return
	}
	if strings.HasPrefix(m[3], "0") {
		fixed := m[1] + "〔" + m[2] + "〕" + strings.TrimLeft(m[3], "0") + "号"
		problems.Warnf(path, line, "doc_number", fmt.Sprintf("序号不编虚位，写成“%s”", fixed),
			"发文字号“%s”的序号前有 0", s)
	}
	if len(written) >= 4 && written[:4] != m[2] {
		problems.Warnf(path, line, "doc_number", "核对发文字号的年份和成文日期（written）",
			"发文字号的年份 %s 与成文日期 %s 的年份不同", m[2], written)
	}
}

// roundMD is the path of a round's round.md as the loader read it.
func roundMD(r model.Round) string {
	for _, s := range r.Sources {
		if filepath.Base(s) == "round.md" {
			return s
		}
	}
	return filepath.Join(r.ID, "round.md")
}

// keyLines finds the line of each front-matter key in round.md, so that a
// problem points at the line to change; a key not found gets line 0.
func keyLines(path string) map[string]int {
	lines := map[string]int{}
	raw, err := os.ReadFile(path)
	if err != nil {
		return lines
	}
	text := strings.TrimPrefix(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\ufeff")
	for i, l := range strings.Split(text, "\n") {
		if i > 0 && (l == "---" || l == "+++") {
			break
		}
		key, _, ok := strings.Cut(l, ":")
		if !ok {
			key, _, ok = strings.Cut(l, "=")
		}
		if key = strings.TrimSpace(key); ok && key != "" {
			if _, seen := lines[key]; !seen {
				lines[key] = i + 1
			}
		}
	}
	return lines
}
