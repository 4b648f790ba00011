package cli

import (
	"bytes"
	"path/filepath"
	"testing"
)

// zwgk review wrote its report over whatever --report named, a sheet
// included. It replaces only a report it wrote before.
func TestReviewKeepsFilesItDidNotWrite(t *testing.T) {
	dir := suizhouRounds(t)
	sheet := filepath.Join(dir, "2021-2", "websites.csv")
	before := snapshot(t, dir)
	var stderr bytes.Buffer
	args := []string{"review", "--quiet", "--site", "../..", "--rounds", dir, "--published", filepath.Join(t.TempDir(), "public")}
	if code := Run(append(args, "--report", sheet), &bytes.Buffer{}, &stderr); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if want := "zwgk: " + sheet + " 已经存在，不是 zwgk 写出的审核报告 —— zwgk review 不会覆盖它；请用 --report 指定别的文件\n"; stderr.String() != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr.String(), want)
	}
	if paths := touched(t, dir, before); len(paths) > 0 {
		t.Errorf("the refused review changed %q", paths)
	}
	report := filepath.Join(t.TempDir(), "报告.html")
	for range 2 { // a new report, then over the previous one
		stderr.Reset()
		if code := Run(append(args, "--report", report), &bytes.Buffer{}, &stderr); code != 0 {
			t.Fatalf("exit %d\n%s", code, stderr.String())
		}
	}
}

func TestParseReview(t *testing.T) {
	const published, report = "public", "zwgk-review.html" // the defaults
	checkParse(t, parseReview, []parseCase{
		{"", &reviewOptions{pipelineOptions{Rounds: "rounds", SiteDir: "."}, published, report}},
		{"--published 线上 --report 审核.html --rounds 数据 --site 网站 --drafts --quiet",
			&reviewOptions{Published: "线上", Report: "审核.html", pipelineOptions: pipelineOptions{Rounds: "数据", Drafts: true, Quiet: true, SiteDir: "网站"}}},
		{"--out 发布", "没有 --out 这个选项 —— 用 zwgk review -h 查看全部选项\n"},
	})
}
