package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/zwgk/zwgk/internal/model"
	"github.com/zwgk/zwgk/internal/rounds"
)

// today is the fixed day of the tests: 2025-03-01 in Beijing, which is
// still 2025-02-28 in UTC.
var today = time.Date(2025, 2, 28, 18, 0, 0, 0, time.UTC)

func TestRounds(t *testing.T) {
	tests := []struct {
		name string
		meta model.Meta
		want []string // problems as printed, after the file name
	}{
		{"good", model.Meta{DocNumber: "示政办函〔2025〕11号", Written: "2025-02-20", Published: "2025-03-01"}, nil},
		{"square brackets", model.Meta{DocNumber: "示政办函[2025]11号", Written: "2025-02-20"},
			[]string{"错误 :2:doc_number: 发文字号“示政办函[2025]11号”的年份括号“[2025]”不合规范 —— 年份用六角括号〔〕括起，写成“示政办函〔2025〕11号”"}},
		{"lenticular brackets", model.Meta{DocNumber: "示政办函【2025】11号"},
			[]string{"错误 :2:doc_number: 发文字号“示政办函【2025】11号”的年份括号“【2025】”不合规范 —— 年份用六角括号〔〕括起，写成“示政办函〔2025〕11号”"}},
		{"full-width parentheses", model.Meta{DocNumber: "示政办函（2025）11号"},
			[]string{"错误 :2:doc_number: 发文字号“示政办函（2025）11号”的年份括号“（2025）”不合规范 —— 年份用六角括号〔〕括起，写成“示政办函〔2025〕11号”"}},
		{"parentheses", model.Meta{DocNumber: "示政办函(2025)11号"},
			[]string{"错误 :2:doc_number: 发文字号“示政办函(2025)11号”的年份括号“(2025)”不合规范 —— 年份用六角括号〔〕括起，写成“示政办函〔2025〕11号”"}},
		{"no brackets", model.Meta{DocNumber: "示政办函2025年11号"},
			[]string{"错误 :2:doc_number: 发文字号“示政办函2025年11号”不合“机关代字〔年份〕序号号”的格式 —— 按“机关代字〔年份〕序号号”书写，例如“示政办函〔2025〕11号”"}},
		{"leading zero", model.Meta{DocNumber: "示政办函〔2025〕011号"},
			[]string{"警告 :2:doc_number: 发文字号“示政办函〔2025〕011号”的序号前有 0 —— 序号不编虚位，写成“示政办函〔2025〕11号”"}},
		{"year differs from written", model.Meta{DocNumber: "示政办函〔2024〕11号", Written: "2025-01-20"},
			[]string{"警告 :2:doc_number: 发文字号的年份 2024 与成文日期 2025-01-20 的年份不同 —— 核对发文字号的年份和成文日期（written）"}},
		{"published tomorrow", model.Meta{Published: "2025-03-02"},
			[]string{"错误 :4:published: 发布日期 2025-03-02 晚于今天（2025-03-01） —— 改为实际日期；尚未发布的通报请在元数据中写 draft: true，网站不会公开它"}},
		{"written in the future", model.Meta{Written: "2026-01-01"},
			[]string{"错误 :3:written: 成文日期 2026-01-01 晚于今天（2025-03-01） —— 改为实际日期；尚未发布的通报请在元数据中写 draft: true，网站不会公开它"}},
		{"draft in the future", model.Meta{Published: "2026-01-01", Written: "2025-12-30", Draft: true}, nil},
		{"draft with bad number", model.Meta{DocNumber: "示政办函[2026]1号", Draft: true},
			[]string{"错误 :2:doc_number: 发文字号“示政办函[2026]1号”的年份括号“[2026]”不合规范 —— 年份用六角括号〔〕括起，写成“示政办函〔2026〕1号”"}},
		{"written after published", model.Meta{Written: "2025-02-20", Published: "2025-02-10"},
			[]string{"错误 :3:written: 成文日期 2025-02-20 晚于发布日期 2025-02-10 —— 成文日期应不晚于发布日期，请核对两个日期"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "round.md")
			front := "---\ndoc_number: \"" + tc.meta.DocNumber + "\"\nwritten: " + tc.meta.Written + "\npublished: " + tc.meta.Published + "\n---\n正文\n"
			if err := os.WriteFile(path, []byte(front), 0o644); err != nil {
				t.Fatal(err)
			}
			ds := &model.Dataset{Rounds: []model.Round{{ID: "2025Q1", Meta: tc.meta, Sources: []string{path}}}}
			var got []string
			for _, p := range Rounds(ds, today).Problems {
				got = append(got, strings.Replace(p.String(), path, "", 1))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// The committed sample passes the lint on any day after it was published,
// and its problems would point at the lines of round.md.
func TestSample(t *testing.T) {
	ds, _, problems := rounds.LoadWithErrors("../../rounds", true)
	if problems.HasErrors() {
		t.Fatalf("sample: %v", problems.Sorted())
	}
	if got := Rounds(ds, time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)).Problems; len(got) > 0 {
		t.Errorf("sample has lint problems: %v", got)
	}
	if got := Rounds(ds, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)).Problems; len(got) != 2*len(ds.Rounds) {
		t.Errorf("dated 2020, the sample's %d rounds should each be written and published in the future; got %v", len(ds.Rounds), got)
	}
	lines := keyLines(roundMD(ds.Rounds[0]))
	for _, key := range []string{"title", "doc_number", "written", "published"} {
		if lines[key] == 0 {
			t.Errorf("%s: key %s not found", roundMD(ds.Rounds[0]), key)
		}
	}
}
