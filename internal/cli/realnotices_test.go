package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// Sheets written the way published 通报 write them (issue 12): partial
// lists, unknown counts, one-kind rounds, and clerks' mistakes.

// writeRounds writes a txtar archive of a rounds folder and returns it.
func writeRounds(t *testing.T, archive string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range txtar.Parse([]byte(archive)).Files {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// wantText fails for each string missing from the page's visible text.
func wantText(t *testing.T, out, page string, want ...string) {
	t.Helper()
	text := pageText(t, filepath.Join(out, page))
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("%s lacks %q", page, w)
		}
	}
}

// noText fails for each string present in the page's visible text.
func noText(t *testing.T, out, page string, unwanted ...string) {
	t.Helper()
	text := pageText(t, filepath.Join(out, page))
	for _, w := range unwanted {
		if strings.Contains(text, w) {
			t.Errorf("%s shows %q", page, w)
		}
	}
}

// checkRounds runs `zwgk check` and returns its exit code and its messages,
// with the rounds folder cut from the paths.
func checkRounds(t *testing.T, dir string) (int, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := Run([]string{"check", "--rounds", dir}, &stdout, &stderr)
	msgs := stdout.String() + stderr.String()
	return code, strings.ReplaceAll(msgs, dir+string(filepath.Separator), "")
}

// “抽查账号150个，合格146个” with only the 4 failing accounts listed.
const sampledFailuresOnly = `
-- 2024Q3/round.md --
---
title: 关于2024年第三季度政务新媒体抽查情况的通报
period: 2024年第三季度
---
本次共抽查政务新媒体150个，合格146个，合格率为97.33%。
-- 2024Q3/summary.csv --
指标,数值
账号抽查数,150
账号合格数,146
-- 2024Q3/accounts.csv --
序号,平台,账号名称,开设主体,检查结果,存在问题
1,微信公众号,示例发布,示例市人民政府办公室,不合格,监测时间点前2周内无更新
2,新浪微博,示例交通,示例市交通运输局,不合格,互动留言未回应
3,抖音,示例文旅,示例市文化和旅游局,不合格,账号名称与开设主体不符
4,今日头条,示例卫健,示例市卫生健康委员会,不合格,未备案
`

func TestStatedSampleWithFailuresOnly(t *testing.T) {
	out := buildSite(t, writeRounds(t, sampledFailuresOnly))
	page := "rounds/2024q3/index.html"
	wantText(t, out, page,
		"抽查账号 150 个", "合格 146 个", "不合格 4 个", "合格率 97.33%",
		"账号总数 通报未说明", "正常运行 通报未说明",
		"示例发布", "示例交通", "示例文旅", "示例卫健", "监测时间点前2周内无更新",
		"本轮未检查政府网站",
	)
	noText(t, out, page, "本轮通报未逐一列出")
	wantText(t, out, "index.html", "合格率 97.33%", "本轮未检查政府网站")
}
