package cli

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// Every command's -h is in Chinese: its use, each option with its value
// and default, nothing of Go's English “Usage of … (default …)”.
func TestHelpInChinese(t *testing.T) {
	for name := range commandHelp {
		t.Run(name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := Run([]string{name, "-h"}, &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d", code)
			}
			help := stderr.String()
			if !strings.HasPrefix(help, "用法：zwgk "+name) || !strings.Contains(help, "\n选项：\n") || !strings.Contains(help, "  -h, --help\n      显示本说明") {
				t.Errorf("help:\n%s", help)
			}
			for _, english := range []string{"Usage of", "(default", "flag", "-h, -help", "value\n"} {
				if strings.Contains(help, english) {
					t.Errorf("help has %q:\n%s", english, help)
				}
			}
		})
	}
	var stderr bytes.Buffer
	Run([]string{"sample", "-h"}, &bytes.Buffer{}, &stderr)
	for _, want := range []string{"  --scale 规模\n", "city（示例市", "province（示例省", "national（示例国", "（默认 city）", "  --seed 数字\n"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("zwgk sample -h lacks %q:\n%s", want, stderr.String())
		}
	}
	stderr.Reset()
	Run([]string{"build", "-h"}, &bytes.Buffer{}, &stderr)
	for _, want := range []string{"  --rounds 文件夹\n      各轮检查数据所在的文件夹（默认 rounds）", "  --base-url 网址\n", "  --drafts\n"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("zwgk build -h lacks %q:\n%s", want, stderr.String())
		}
	}
}

// A mistyped option is said in Chinese, with where to look.
func TestFlagMistakesInChinese(t *testing.T) {
	tests := []struct{ args, want string }{
		{"build --no-such-flag", "没有 --no-such-flag 这个选项 —— 用 zwgk build -h 查看全部选项\n"},
		{"serve --port", "选项 --port 后面要写一个值 —— 用 zwgk serve -h 查看全部选项\n"},
		{"serve --port abc", "选项 --port 的值不对 —— 用 zwgk serve -h 查看全部选项\n"},
		{"check --json=maybe", "选项 --json 不带值，或写作 --json=true / --json=false —— 用 zwgk check -h 查看全部选项\n"},
		{"check extra", "多余的参数：extra —— 用 zwgk check -h 查看用法\n"},
	}
	for _, tt := range tests {
		var stderr bytes.Buffer
		if code := Run(strings.Fields(tt.args), &bytes.Buffer{}, &stderr); code != 2 || stderr.String() != tt.want {
			t.Errorf("zwgk %s: exit %d, said %q; want exit 2 and %q", tt.args, code, stderr.String(), tt.want)
		}
	}
}

// serve opens a browser only for a person at a terminal: never with
// --no-open, under CI, or with its output going elsewhere (as in tests).
func TestServeOpensBrowserOnlyAtATerminal(t *testing.T) {
	env := func(vars map[string]string) func(string) string {
		return func(k string) string { return vars[k] }
	}
	tests := []struct {
		noOpen   bool
		ci       string
		terminal bool
		want     bool
	}{
		{false, "", true, true},
		{true, "", true, false},
		{false, "true", true, false},
		{false, "", false, false},
	}
	for _, tt := range tests {
		if got := shouldOpen(tt.noOpen, env(map[string]string{"CI": tt.ci}), tt.terminal); got != tt.want {
			t.Errorf("shouldOpen(no-open %v, CI %q, terminal %v) = %v, want %v", tt.noOpen, tt.ci, tt.terminal, got, tt.want)
		}
	}
	if isTerminal(&bytes.Buffer{}) {
		t.Error("a buffer is taken for a terminal")
	}
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Error("a file is taken for a terminal")
	}
}
