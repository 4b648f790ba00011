package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestCheckCommand(t *testing.T) {
	tests := []struct {
		name     string
		rounds   string
		code     int
		inStderr []string
	}{
		{"the sample is clean", "../../rounds", 0, []string{"检查通过"}},
		{"a reference 通报", "../../testdata/reference/suizhou", 0, []string{"检查通过"}},
		{"a missing folder", "../../testdata/no-such-folder", 1, []string{"找不到轮次数据文件夹"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			code := Run([]string{"check", "--rounds", tt.rounds}, &bytes.Buffer{}, &stderr)
			if code != tt.code {
				t.Errorf("exit %d, want %d\n%s", code, tt.code, stderr.String())
			}
			for _, want := range tt.inStderr {
				if !strings.Contains(stderr.String(), want) {
					t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
				}
			}
		})
	}
}

// The publishing lint takes today from the command's clock: the same
// round.md passes on the day it is published and fails the day before.
func TestCheckTodayFromTheClock(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"2024Q4/round.md":     "---\ntitle: 第四季度通报\npublished: 2025-01-24\n---\n",
		"2024Q4/websites.csv": "网站名称,主办单位,检查结果\n示例网,示例单位,合格\n",
	})
	for _, tc := range []struct {
		today time.Time
		err   string
	}{
		{time.Date(2025, 1, 24, 9, 0, 0, 0, time.UTC), ""},
		{time.Date(2025, 1, 23, 9, 0, 0, 0, time.UTC), "round.md:3:published: 发布日期 2025-01-24 晚于今天（2025-01-23）"},
	} {
		var stderr bytes.Buffer
		o := &checkOptions{pipelineOptions: pipelineOptions{Rounds: dir, Quiet: true,
			env: env{Stdout: &bytes.Buffer{}, Stderr: &stderr, Now: func() time.Time { return tc.today }}}}
		err := runCheck(o)
		if tc.err == "" && err != nil || tc.err != "" && (err == nil || !strings.Contains(stderr.String(), tc.err)) {
			t.Errorf("today %s: %v\n%s", tc.today.Format(time.DateOnly), err, stderr.String())
		}
	}
}

func TestParseCheck(t *testing.T) {
	checkParse(t, parseCheck, []parseCase{
		{"", &checkOptions{pipelineOptions: pipelineOptions{Rounds: "rounds"}}},
		{"--rounds 数据 --drafts --quiet --json", &checkOptions{pipelineOptions{Rounds: "数据", Drafts: true, Quiet: true}, true}},
		{"--site .", "没有 --site 这个选项 —— 用 zwgk check -h 查看全部选项\n"},
	})
}
