package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/sample"
)

// zwgk sample overwrote a real rounds folder without asking. It writes
// into a missing or empty folder, or over a sample, and into anything else
// only with --force.
func TestSampleRefusesRealRounds(t *testing.T) {
	dir := suizhouRounds(t)
	before := snapshot(t, dir)
	var stderr bytes.Buffer
	if code := Run([]string{"sample", "--out", dir}, &bytes.Buffer{}, &stderr); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	want := "zwgk: " + dir + " 中已有不是示例数据的检查数据（2021-2/round.md 没有标 sample: true） —— zwgk sample 会覆盖其中的同名文件；请用 --out 指定一个新的或空的文件夹，确要覆盖时加 --force\n"
	if stderr.String() != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr.String(), want)
	}
	if paths := touched(t, dir, before); len(paths) > 0 {
		t.Errorf("files changed: %q", paths)
	}

	fresh := filepath.Join(t.TempDir(), "new")
	for _, args := range [][]string{
		{"sample", "--out", fresh},          // a missing folder
		{"sample", "--out", fresh},          // a sample, again
		{"sample", "--out", t.TempDir()},    // an empty folder
		{"sample", "--out", dir, "--force"}, // real data, with --force
	} {
		stderr.Reset()
		if code := Run(args, &bytes.Buffer{}, &stderr); code != 0 {
			t.Errorf("zwgk %s: exit %d\n%s", strings.Join(args, " "), code, stderr.String())
		}
	}
}

func TestParseSample(t *testing.T) {
	checkParse(t, parseSample, []parseCase{
		{"", &sampleOptions{Out: "rounds", Seed: sample.DefaultSeed, Scale: "city"}},
		{"--out 示例 --seed 7 --scale province --force", &sampleOptions{Out: "示例", Seed: 7, Scale: "province", Force: true}},
		{"--seed 七", "选项 --seed 的值不对 —— 用 zwgk sample -h 查看全部选项\n"},
	})
}
