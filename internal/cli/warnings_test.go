package cli

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// The untouched sample checks without a single warning.
func TestSampleChecksWithoutWarnings(t *testing.T) {
	var stderr bytes.Buffer
	if code := Run([]string{"check", "--rounds", "../../rounds"}, &bytes.Buffer{}, &stderr); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr.String())
	}
	if strings.Contains(stderr.String(), "警告") {
		t.Errorf("the sample gives warnings:\n%s", stderr.String())
	}
}

// A round fresh from new-round has 1,078 rows without a result: the console
// shows five of each kind per file and one line for the rest; check --json
// still lists every one.
func TestFreshRoundWarningsSummarized(t *testing.T) {
	dir := copyRounds(t, "../../rounds")
	var stderr bytes.Buffer
	if code := Run([]string{"new-round", "2025Q1", "--rounds", dir}, &bytes.Buffer{}, &stderr); code != 0 {
		t.Fatalf("new-round: exit %d\n%s", code, stderr.String())
	}
	stderr.Reset()
	if code := Run([]string{"check", "--rounds", dir}, &bytes.Buffer{}, &stderr); code != 0 {
		t.Fatalf("check: exit %d\n%s", code, stderr.String())
	}
	out := stderr.String()
	if n := strings.Count(out, "警告 "); n != 12 {
		t.Errorf("%d warning lines, want 5 and a summary for each of two files:\n%s", n, out)
	}
	for _, want := range []string{
		"2025Q1/accounts.xlsx:检查结果: 同类警告还有 1004 处（第 7–1010 行），不再逐条列出 —— 用 zwgk check --json 列出全部",
		"2025Q1/websites.xlsx:检查结果: 同类警告还有 64 处（第 7–70 行），不再逐条列出",
		"共 0 个错误，1078 个警告",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	var stdout bytes.Buffer
	Run([]string{"check", "--json", "--rounds", dir}, &stdout, &bytes.Buffer{})
	var list struct {
		Warnings int
		Problems []struct{ Row int }
	}
	if err := json.Unmarshal(stdout.Bytes(), &list); err != nil {
		t.Fatal(err)
	}
	if list.Warnings != 1078 || len(list.Problems) != 1078 {
		t.Errorf("--json lists %d of %d warnings, want all 1078", len(list.Problems), list.Warnings)
	}
}
