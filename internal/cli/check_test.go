package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
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

// Bad input stops the build and leaves the previous public/ untouched.
func TestBuildWithBadInputKeepsPreviousSite(t *testing.T) {
	out := buildSite(t, "../../testdata/reference/suizhou")
	before := readFile(t, filepath.Join(out, "index.html"))

	bad := t.TempDir()
	os.MkdirAll(filepath.Join(bad, "2024Q1"), 0o755)
	os.WriteFile(filepath.Join(bad, "2024Q1", "round.md"), []byte("---\ntitle: t\n---\n"), 0o644)
	os.WriteFile(filepath.Join(bad, "2024Q1", "websites.csv"), []byte("网站名称,主办单位,检查结果\n示例网,示例单位,优秀\n"), 0o644)
	var stderr bytes.Buffer
	code := Run([]string{"build", "--quiet", "--site", "../..", "--rounds", bad, "--out", out}, &bytes.Buffer{}, &stderr)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if want := "websites.csv:2:检查结果: 检查结果“优秀”无法识别"; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
	}
	if after := readFile(t, filepath.Join(out, "index.html")); after != before {
		t.Error("the failed build changed the previous site")
	}
}

func TestUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := Run([]string{"frobnicate"}, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "未知的命令") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
	if code := Run([]string{"build", "--no-such-flag"}, &stdout, &stderr); code != 2 {
		t.Errorf("unknown flag: exit %d, want 2", code)
	}
}

// A draft round that staff are still filling in does not stop the published
// rounds from building; with --drafts its mistakes are errors again.
func TestUnfinishedDraftDoesNotBlockBuild(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []struct{ path, text string }{
		{"2024Q1/round.md", "---\ntitle: 第一季度通报\n---\n"},
		{"2024Q1/websites.csv", "网站名称,主办单位,检查结果\n示例网,示例单位,合格\n"},
		{"2024Q2/round.md", "---\ntitle: 第二季度通报\ndraft: true\n---\n"},
		{"2024Q2/websites.csv", "网站名称,主办单位,检查结果\n示例网,示例单位,\n"},
	} {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(f.path)), 0o755)
		os.WriteFile(filepath.Join(dir, f.path), []byte(f.text), 0o644)
	}
	out := filepath.Join(t.TempDir(), "public")
	var stderr bytes.Buffer
	if code := Run([]string{"build", "--quiet", "--site", "../..", "--rounds", dir, "--out", out}, &bytes.Buffer{}, &stderr); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "警告 "+filepath.Join(dir, "2024Q2", "websites.csv")+":2:检查结果: （草稿轮次，本次不发布）") {
		t.Errorf("the draft's problem is not reported as a warning:\n%s", stderr.String())
	}
	if _, err := os.Stat(filepath.Join(out, "rounds", "2024q2")); err == nil {
		t.Error("the draft round was published")
	}
	stderr.Reset()
	if code := Run([]string{"build", "--quiet", "--drafts", "--site", "../..", "--rounds", dir, "--out", out}, &bytes.Buffer{}, &stderr); code != 1 {
		t.Errorf("with --drafts: exit %d, want 1\n%s", code, stderr.String())
	}
}
