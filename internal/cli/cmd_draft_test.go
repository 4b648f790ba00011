package cli

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"html"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// pdfTools finds LibreOffice and poppler's pdftotext/pdfinfo. Without them
// the DOCX test is skipped, so `go test ./...` passes on a laptop without
// LibreOffice; ./test.sh installs them and sets ZWGK_REQUIRE_BROWSER (or set
// ZWGK_REQUIRE_SOFFICE), which turns the skip into a failure.
func pdfTools(t *testing.T) (soffice string) {
	t.Helper()
	for _, name := range []string{"soffice", "libreoffice", "pdftotext", "pdfinfo"} {
		p, err := exec.LookPath(name)
		if err == nil {
			if soffice == "" && (name == "soffice" || name == "libreoffice") {
				soffice = p
			}
			continue
		}
		if name == "soffice" || name == "libreoffice" {
			continue
		}
		missingTool(t, name+" (apt-get install poppler-utils)")
	}
	if soffice == "" {
		missingTool(t, "LibreOffice (apt-get install libreoffice-writer-nogui)")
	}
	return soffice
}

func missingTool(t *testing.T, what string) {
	t.Helper()
	if os.Getenv("ZWGK_REQUIRE_BROWSER") != "" || os.Getenv("ZWGK_REQUIRE_SOFFICE") != "" {
		t.Fatalf("DOCX test: %s missing (ZWGK_REQUIRE_BROWSER or ZWGK_REQUIRE_SOFFICE is set)", what)
	}
	t.Skipf("DOCX test skipped: %s missing; ./test.sh installs it", what)
}

// A4 in points, and the GB/T 9704 margins (37 mm top, 35 mm bottom, 28 mm
// left, 26 mm right) as the PDF measures them.
const (
	a4W, a4H                    = 595.3, 841.9
	mm                          = 72 / 25.4
	marginTopPt, marginBottomPt = 37 * mm, 35 * mm
	marginLeftPt, marginRightPt = 28 * mm, 26 * mm
	edgeSlack                   = 1.5 // points a glyph box may stand off its margin
	// cellInset is how far table text stands in from the table's border.
	cellInset = 8.0
	// firstLineDrop is how far below the top margin the first glyphs may
	// start: the title's 2号 characters sit in a 35 pt line.
	firstLineDrop, lineSlack = 20.0, 1.0
)

// Every drafted 通报, opened in LibreOffice and printed to PDF, is A4 with
// the 公文 margins and page numbers “— N —” at the outer side, and states
// every figure of its round page's 检查结果概况 and names every failing
// website and account that page lists.
func TestDraftDOCXInLibreOffice(t *testing.T) {
	soffice := pdfTools(t)
	dir := t.TempDir()
	cases := []struct {
		rounds, round, page string
		attachments         []string // each begins a page
	}{
		{"../../rounds", "2024Q4", "rounds/2024q4/index.html", []string{"附件1不合格政府网站名单", "附件2不合格政务新媒体名单",
			"附件3互动回应测试发现问题的网站名单", "附件4上轮通报问题复查情况"}},
		{"../../testdata/reference/jinan", "2021Q4", "rounds/2021q4/index.html", nil},
		{"../../testdata/reference/suizhou", "2021-2", "rounds/2021-2/index.html", []string{"附件1不合格政府网站名单", "附件2不合格政务新媒体名单"}},
	}
	var docs []string
	for _, c := range cases {
		out := filepath.Join(dir, c.round+".docx")
		var stderr bytes.Buffer
		if code := Run([]string{"draft", c.round, "--quiet", "--rounds", c.rounds, "--out", out}, &bytes.Buffer{}, &stderr); code != 0 {
			t.Fatalf("zwgk draft %s: exit %d\n%s", c.round, code, stderr.String())
		}
		docs = append(docs, out)
	}
	// One LibreOffice run for all, with its own profile so that it does not
	// wait on another instance.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	args := append([]string{"-env:UserInstallation=file://" + filepath.ToSlash(filepath.Join(dir, "profile")),
		"--headless", "--convert-to", "pdf", "--outdir", dir}, docs...)
	if out, err := exec.CommandContext(ctx, soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	for _, c := range cases {
		t.Run(c.round, func(t *testing.T) {
			pdf := filepath.Join(dir, c.round+".pdf")
			pages := checkPDFPages(t, pdf)
			if c.round == "2024Q4" {
				// Page 2 is all body text: 22 lines of at most 28 characters.
				lines, widest := textGrid(t, pdf, 2)
				if lines != 22 || widest != 28 {
					t.Errorf("page 2 has %d lines, the widest %.1f characters; want 22 lines of 28", lines, widest)
				}
			}
			text := pdfText(t, pdf, 0)
			var starts []string
			for n := 1; n <= pages; n++ {
				starts = append(starts, pdfText(t, pdf, n))
			}
			for _, a := range c.attachments {
				found := false
				for _, st := range starts {
					found = found || strings.HasPrefix(st, a)
				}
				if !found {
					t.Errorf("no page begins with %q", a)
				}
			}
			site := buildSite(t, c.rounds)
			page := readFile(t, filepath.Join(site, c.page))
			for _, want := range summaryFigures(t, page) {
				if !strings.Contains(text, want) {
					t.Errorf("the draft lacks %q of the round page's 检查结果概况", want)
				}
			}
			for _, name := range failingNames(page) {
				if !strings.Contains(text, strings.Join(strings.Fields(name), "")) {
					t.Errorf("the draft does not name %q, listed as failing on the round page", name)
				}
			}
			t.Logf("%s: %d pages", c.round, pages)
		})
	}
}

// pdfText is the text of a page (0: all pages) with all white space
// removed, since LibreOffice's PDF breaks lines and spaces digits apart.
func pdfText(t *testing.T, pdf string, page int) string {
	t.Helper()
	args := []string{}
	if page > 0 {
		args = append(args, "-f", strconv.Itoa(page), "-l", strconv.Itoa(page))
	}
	out, err := exec.Command("pdftotext", append(args, pdf, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", pdf, err)
	}
	return strings.Join(strings.Fields(string(out)), "")
}

var (
	pageSizeLine = regexp.MustCompile(`Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts`)
	bboxWord     = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
	pageBlock    = regexp.MustCompile(`(?s)<page [^>]*>(.*?)</page>`)
)

// checkPDFPages checks every page: A4; the text inside the margins, starting
// at the top and left margins; the page number “— N —” below the text
// block, at the right on odd pages and at the left on even ones. It returns
// the number of pages.
func checkPDFPages(t *testing.T, pdf string) int {
	t.Helper()
	info, err := exec.Command("pdfinfo", "-f", "1", "-l", "999", pdf).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	sizes := pageSizeLine.FindAllStringSubmatch(string(info), -1)
	if len(sizes) == 0 {
		t.Fatalf("pdfinfo shows no pages:\n%s", info)
	}
	for _, s := range sizes {
		w, _ := strconv.ParseFloat(s[2], 64)
		h, _ := strconv.ParseFloat(s[3], 64)
		if abs(w-a4W) > 1 || abs(h-a4H) > 1 {
			t.Errorf("page %s is %.1f × %.1f pt, want A4 (%.1f × %.1f)", s[1], w, h, a4W, a4H)
		}
	}
	bbox, err := exec.Command("pdftotext", "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	pages := pageBlock.FindAllStringSubmatch(string(bbox), -1)
	if len(pages) != len(sizes) {
		t.Fatalf("pdftotext found %d pages, pdfinfo %d", len(pages), len(sizes))
	}
	for i, p := range pages {
		n := i + 1
		type box struct{ x0, y0, x1, y1 float64 }
		var body []box
		var number *box
		footer := ""
		for _, w := range bboxWord.FindAllStringSubmatch(p[1], -1) {
			var b box
			for k, v := range []*float64{&b.x0, &b.y0, &b.x1, &b.y1} {
				*v, _ = strconv.ParseFloat(w[k+1], 64)
			}
			if b.y0 > a4H-marginBottomPt {
				footer += html.UnescapeString(w[5])
				if w[5] == strconv.Itoa(n) {
					number = &b
				}
				continue
			}
			// A full-width punctuation mark may hang past the right margin
			// at a line's end (标点悬挂), as Word and LibreOffice set CJK
			// text; anything else must stay inside.
			if b.x1 > a4W-marginRightPt+edgeSlack {
				r := []rune(w[5])
				if len(r) > 0 && strings.ContainsRune("，。、；：！？”）》", r[len(r)-1]) && b.x1 <= a4W-marginRightPt+17 {
					b.x1 = a4W - marginRightPt
				}
			}
			body = append(body, b)
		}
		if footer != fmt.Sprintf("—%d—", n) {
			t.Errorf("page %d: foot reads %q, want “— %d —”", n, footer, n)
		}
		if number != nil {
			mid := (number.x0 + number.x1) / 2
			if odd := n%2 == 1; odd && mid < a4W/2 || !odd && mid > a4W/2 {
				t.Errorf("page %d: page number at x %.0f, want it on the outer side (odd right, even left)", n, mid)
			}
		}
		if len(body) == 0 {
			t.Errorf("page %d: no text", n)
			continue
		}
		minX, minY, maxX, maxY := a4W, a4H, 0.0, 0.0
		for _, b := range body {
			minX, minY = min(minX, b.x0), min(minY, b.y0)
			maxX, maxY = max(maxX, b.x1), max(maxY, b.y1)
		}
		if minX < marginLeftPt-edgeSlack || minX > marginLeftPt+cellInset {
			t.Errorf("page %d: text starts at x %.1f pt, want the 28 mm left margin (%.1f pt)", n, minX, marginLeftPt)
		}
		if maxX > a4W-marginRightPt+edgeSlack {
			t.Errorf("page %d: text reaches x %.1f pt, past the 26 mm right margin (%.1f pt)", n, maxX, a4W-marginRightPt)
		}
		if minY < marginTopPt-lineSlack || minY > marginTopPt+firstLineDrop {
			t.Errorf("page %d: first line at y %.1f pt, want just below the 37 mm top margin (%.1f pt)", n, minY, marginTopPt)
		}
		if maxY > a4H-marginBottomPt+lineSlack {
			t.Errorf("page %d: text reaches y %.1f pt, past the 35 mm bottom margin (%.1f pt)", n, maxY, a4H-marginBottomPt)
		}
	}
	return len(pages)
}

// textGrid counts the body lines of a page (above the foot) and the
// widest line in characters, a digit or Latin letter counting half.
func textGrid(t *testing.T, pdf string, page int) (lines int, widest float64) {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", "-f", strconv.Itoa(page), "-l", strconv.Itoa(page), pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	width := map[int]float64{}
	for _, w := range bboxWord.FindAllStringSubmatch(string(out), -1) {
		y, _ := strconv.ParseFloat(w[2], 64)
		if y > a4H-marginBottomPt {
			continue
		}
		for _, r := range html.UnescapeString(w[5]) {
			if r < 0x80 {
				width[int(y+0.5)] += 0.5
			} else {
				width[int(y+0.5)]++
			}
		}
	}
	for _, w := range width {
		widest = max(widest, w)
	}
	return len(width), widest
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

var (
	summaryPair = regexp.MustCompile(`(?s)<dt>([^<]+)</dt><dd>(.*?)</dd>`)
	figureToken = regexp.MustCompile(`\d+(?:\.\d+)?(?:个百分点|个|%)`)
	tag         = regexp.MustCompile(`<[^>]+>`)
	rowName     = regexp.MustCompile(`<th scope="row">([^<]+)`)
)

// summaryFigures reads the figures of a round page's 检查结果概况 as they
// appear in a sentence: "69个", "97.10%", "1.45个百分点".
func summaryFigures(t *testing.T, page string) []string {
	t.Helper()
	i := strings.Index(page, `id="summary"`)
	if i < 0 {
		t.Fatal("the round page has no 检查结果概况")
	}
	sec := page[i:]
	if j := strings.Index(sec[10:], "<h2"); j >= 0 {
		sec = sec[:j+10]
	}
	var out []string
	for _, m := range summaryPair.FindAllStringSubmatch(sec, -1) {
		v := strings.Join(strings.Fields(html.UnescapeString(tag.ReplaceAllString(m[2], ""))), "")
		if v == "持平" {
			out = append(out, v)
			continue
		}
		toks := figureToken.FindAllString(v, -1)
		if len(toks) == 0 {
			t.Errorf("检查结果概况 %s = %q holds no figure", m[1], v)
		}
		out = append(out, toks...)
	}
	if len(out) < 5 {
		t.Fatalf("found only %v in 检查结果概况", out)
	}
	return out
}

// failingNames are the names in the failed-website and failed-account
// tables of a round page.
func failingNames(page string) []string {
	var out []string
	for _, id := range []string{`id="failed-websites"`, `id="failed-accounts"`} {
		i := strings.Index(page, id)
		if i < 0 {
			continue
		}
		sec := page[i:]
		if j := strings.Index(sec, "<h2"); j >= 0 {
			sec = sec[:j] // the section ends at the next heading
		}
		for _, m := range rowName.FindAllStringSubmatch(sec, -1) {
			out = append(out, html.UnescapeString(m[1]))
		}
	}
	return out
}

// draft refuses to overwrite a draft staff may have edited, and names the
// rounds it knows when asked for another.
func TestDraftCommandRefuses(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "通报.docx")
	run := func(args ...string) (int, string) {
		var stderr bytes.Buffer
		code := Run(append([]string{"draft"}, args...), &bytes.Buffer{}, &stderr)
		return code, stderr.String()
	}
	if code, msg := run("2021-2", "--quiet", "--rounds", "../../testdata/reference/suizhou", "--out", out); code != 0 {
		t.Fatalf("exit %d: %s", code, msg)
	}
	md, err := os.ReadFile(filepath.Join(dir, "通报.md"))
	if err != nil || !strings.Contains(string(md), "合格率为87.50%") {
		t.Errorf("the Markdown beside the DOCX: %v\n%s", err, md)
	}
	if code, msg := run("--rounds", "../../testdata/reference/suizhou", "--out", out, "2021-2"); code != 1 || !strings.Contains(msg, "已经存在") || !strings.Contains(msg, "--force") {
		t.Errorf("second draft to the same file: exit %d, %s", code, msg)
	}
	if code, msg := run("2021-2", "--quiet", "--force", "--rounds", "../../testdata/reference/suizhou", "--out", out); code != 0 {
		t.Errorf("--force: exit %d, %s", code, msg)
	}
	if code, msg := run("2030Q1", "--quiet", "--rounds", "../../testdata/reference/suizhou", "--out", filepath.Join(dir, "x.docx")); code != 1 || !strings.Contains(msg, "没有轮次 2030Q1") || !strings.Contains(msg, "2021-2") {
		t.Errorf("unknown round: exit %d, %s", code, msg)
	}
}

// A round whose round.md has no narrative shows the 通报 drafted from its
// figures as its 通报正文, says so, and offers the drafted Word file.
func TestRoundWithoutNarrativeShowsTheDraft(t *testing.T) {
	dir := suizhouRounds(t)
	md := filepath.Join(dir, "2021-2", "round.md")
	front := readFile(t, md)
	front = front[:strings.Index(front[3:], "---")+3+3] + "\n" // front matter only
	if err := os.WriteFile(md, []byte(front), 0o644); err != nil {
		t.Fatal(err)
	}
	out := buildSite(t, dir)
	text := pageText(t, filepath.Join(out, "rounds/2021-2/index.html"))
	for _, want := range []string{
		"通报正文 本轮没有撰写通报正文，以下正文由检查数据自动生成。",
		"一、总体情况", "本次共检查政府网站24个，合格21个，不合格3个，合格率为87.50%。",
		"二、存在的主要问题", "一是栏目不更新问题3个。",
		"附件：1.不合格政府网站名单", "随州市政务公开领导小组办公室 2021年5月13日",
		"按数据生成的通报稿（Word 文档）",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("round page lacks %q", want)
		}
	}
	if strings.Contains(text, "待填写") {
		t.Error("the page shows a 【待填写】 placeholder")
	}
	docx := filepath.Join(out, "downloads/rounds/2021-2/2021-2-notice.docx")
	z, err := zip.OpenReader(docx)
	if err != nil {
		t.Fatalf("the drafted Word file: %v", err)
	}
	defer z.Close()
	var doc string
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			doc = string(b)
		}
	}
	if !strings.Contains(doc, "合格率为87.50%") {
		t.Error("the drafted Word file lacks 合格率为87.50%")
	}
	// A round with narrative keeps it and has no drafted file.
	if _, err := os.Stat(filepath.Join(buildSite(t, "../../testdata/reference/jinan"), "downloads/rounds/2021q4/2021q4-notice.docx")); err == nil {
		t.Error("a round with narrative got a drafted Word file")
	}
}

func TestParseDraft(t *testing.T) {
	checkParse(t, parseDraft, []parseCase{
		// The round being drafted is usually still a draft: --drafts is on.
		{"2024Q4", &draftOptions{ID: "2024Q4", pipelineOptions: pipelineOptions{Rounds: "rounds", Drafts: true}}},
		{"--rounds 数据 --out 稿/通报.docx --force --quiet 2024Q4",
			&draftOptions{pipelineOptions{Rounds: "数据", Drafts: true, Quiet: true}, "2024Q4", "稿/通报.docx", true}},
		{"--out 通报.docx", "用法：zwgk draft 轮次 [--rounds DIR] [--out 文件.docx]，如 zwgk draft 2024Q4\n"},
	})
}
