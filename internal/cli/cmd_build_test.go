package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Bad input stops the build and leaves the previous public/ untouched.
func TestBuildWithBadInputKeepsPreviousSite(t *testing.T) {
	out := buildSite(t, "../../testdata/reference/suizhou")
	before := readFile(t, filepath.Join(out, "index.html"))

	bad := t.TempDir()
	writeFiles(t, bad, map[string]string{
		"2024Q1/round.md":     "---\ntitle: t\n---\n",
		"2024Q1/websites.csv": "网站名称,主办单位,检查结果\n示例网,示例单位,优秀\n",
	})
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

// A draft round that staff are still filling in does not stop the published
// rounds from building; with --drafts its mistakes are errors again.
func TestUnfinishedDraftDoesNotBlockBuild(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"2024Q1/round.md":     "---\ntitle: 第一季度通报\n---\n",
		"2024Q1/websites.csv": "网站名称,主办单位,检查结果\n示例网,示例单位,合格\n",
		"2024Q2/round.md":     "---\ntitle: 第二季度通报\ndraft: true\n---\n",
		"2024Q2/websites.csv": "网站名称,主办单位,检查结果\n示例网,示例单位,\n",
	})
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

func TestParseBuild(t *testing.T) {
	checkParse(t, parseBuild, []parseCase{
		{"", &buildOptions{pipelineOptions{Rounds: "rounds", SiteDir: ".", Out: "public", BaseURL: "/"}}},
		{"--rounds 数据 --site 网站 --out 发布 --base-url https://www.example.gov.cn/zwgk/ --drafts --quiet --build-time",
			&buildOptions{pipelineOptions{Rounds: "数据", Drafts: true, Quiet: true, SiteDir: "网站", Out: "发布",
				BaseURL: "https://www.example.gov.cn/zwgk/", BuildTime: true}}},
		{"--out", "选项 --out 后面要写一个值 —— 用 zwgk build -h 查看全部选项\n"},
		{"public", "多余的参数：public —— 用 zwgk build -h 查看用法\n"},
	})
}
