package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/rounds"
)

// A new round starts from last round's websites and running accounts, with
// empty results: check then lists exactly what is left to fill in.
func TestNewRoundCommand(t *testing.T) {
	dir := suizhouRounds(t)
	var stderr bytes.Buffer
	if code := Run([]string{"new-round", "2022-1", "--rounds", dir}, &bytes.Buffer{}, &stderr); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "从 2021-2 复制了") {
		t.Errorf("stderr = %s", stderr.String())
	}
	last, _ := rounds.ReadRound(filepath.Join(dir, "2021-2"))
	next, problems := rounds.ReadRound(filepath.Join(dir, "2022-1"))
	if !next.Meta.Draft || next.Meta.Period != "2022年第一次" {
		t.Errorf("meta = %+v", next.Meta)
	}
	var missing int
	for _, p := range problems.Sorted() {
		if strings.Contains(p.Msg, "没有检查结果") || strings.Contains(p.Msg, "应检查但没有检查结果") {
			missing++
		} else if p.Severity == diag.Error {
			t.Errorf("unexpected error: %s", p)
		}
	}
	running := 0
	for _, a := range last.Accounts {
		if a.Active() {
			running++
		}
	}
	if want := len(last.Websites) + running; missing != want {
		t.Errorf("%d results to fill in, want %d (websites and running accounts of 2021-2)", missing, want)
	}

	stderr.Reset()
	if code := Run([]string{"new-round", "2022-1", "--rounds", dir}, &bytes.Buffer{}, &stderr); code != 1 || !strings.Contains(stderr.String(), "已经存在") {
		t.Errorf("a second new-round: exit %d, %s", code, stderr.String())
	}
	if code := Run([]string{"new-round", "--rounds", dir, "2021-3"}, &bytes.Buffer{}, &stderr); code != 0 {
		t.Errorf("new-round with the id after the flags: exit %d, %s", code, stderr.String())
	}
	if code := Run([]string{"new-round", "--rounds", dir}, &bytes.Buffer{}, &bytes.Buffer{}); code != 2 {
		t.Errorf("new-round without an id: exit %d, want 2", code)
	}
	if code := Run([]string{"new-round", "2025第一季度", "--rounds", dir}, &bytes.Buffer{}, &bytes.Buffer{}); code != 1 {
		t.Errorf("new-round with a bad id: exit %d, want 1", code)
	}
}

func TestParseNewRound(t *testing.T) {
	const id, dir = "2025Q1", "数据"
	want := &newRoundOptions{ID: id, Rounds: dir}
	checkParse(t, parseNewRound, []parseCase{
		{"2025Q1", &newRoundOptions{ID: id, Rounds: "rounds"}},
		{"2025Q1 --rounds 数据", want},
		{"--rounds 数据 2025Q1", want},
		{"-rounds=数据 2025Q1", want},
		{"--rounds 数据", "用法：zwgk new-round 轮次 [--rounds DIR]，如 zwgk new-round 2025Q1\n"},
		{"2025Q1 2025Q2", "多余的参数：2025Q2 —— 用 zwgk new-round -h 查看用法\n"},
	})
}
