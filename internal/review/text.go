package review

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/zwgk/zwgk/internal/figfmt"
	"github.com/zwgk/zwgk/internal/site"
)

// WriteText writes the plain text summary of the report: every section
// with its counts and the items an approver acts on; the line-by-line
// changes of each page are in the HTML report only.
func (r *Report) WriteText(w io.Writer) error {
	b := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(b, format+"\n", args...) }

	p("先审后发审核报告")
	switch {
	case !r.PublishedExists:
		p("已发布：%s 不存在，视为尚未发布，所有页面都是新增", r.Published)
	case r.Old == nil:
		p("已发布：%s（没有生成清单 %s，无法比较各轮指标，只比较页面文字）", r.Published, site.ManifestName)
	default:
		p("已发布：%s，%s", r.Published, describe(r.Old))
	}
	p("本次生成：%s", describe(r.New))
	if r.Old != nil {
		p("检查数据：%s；网站模板：%s", changedWord(r.DataChanged()), changedWord(r.SiteChanged()))
	}

	p("")
	if l := r.Latest(); l != nil {
		p("一、最新一轮主要指标：%s（请与 Word 通报核对）", l.Period)
		for _, line := range headlineText(*l) {
			p("  %s", line)
		}
	} else {
		p("一、最新一轮主要指标：没有任何轮次")
	}

	p("")
	p("二、各轮指标变化")
	c := r.Rounds
	switch {
	case !c.Compared:
		p("  已发布的网站没有生成清单，无法逐项比较；请对照下面的页面变化。")
	default:
		for _, h := range c.Added {
			p("  新增 %s %s：网站合格率 %s，新媒体合格率 %s", h.ID, h.Period, h.Websites.Rate, h.Accounts.Rate)
		}
		for _, h := range c.Removed {
			p("  删除 %s %s —— 已发布的轮次将从网站上消失，请确认", h.ID, h.Period)
		}
		for _, rc := range c.Changed {
			var parts []string
			for _, f := range rc.Figures {
				parts = append(parts, fmt.Sprintf("%s %s → %s", f.Name, orDash(f.Old), orDash(f.New)))
			}
			p("  改动 %s %s：%s", rc.ID, rc.Period, strings.Join(parts, "；"))
		}
		if c.Same > 0 && len(c.Changed) == 0 {
			p("  已发布的 %d 轮检查的指标均未改变。", c.Same)
		} else if c.Same > 0 {
			p("  其余 %d 轮检查的指标未改变。", c.Same)
		}
	}

	p("")
	pg := r.Pages
	p("三、页面变化：新增 %d 个，删除 %d 个，文字改动 %d 个，仅代码改动 %d 个，未改动 %d 个",
		len(pg.Added), len(pg.Removed), len(pg.Changed), len(pg.MarkupOnly), pg.Unchanged)
	for _, pa := range pg.Added {
		p("  新增 %s %s", pa.URL(), pa.Title)
	}
	for _, pa := range pg.Removed {
		p("  删除 %s %s", pa.URL(), pa.Title)
	}
	for _, ch := range pg.Changed {
		p("  改动 %s %s（%s）", ch.URL(), ch.Title, tallyText(ch.Tally()))
	}
	for _, path := range pg.MarkupOnly {
		p("  仅代码改动 %s", pageURL(path))
	}
	if f := pg.Files; len(f.Added)+len(f.Removed)+len(f.Changed) > 0 {
		p("  其他文件：%s", filesText(f))
	}

	p("")
	fl := r.Failures
	switch {
	case fl.Round == "":
		p("四、不合格情况：没有任何轮次")
	case fl.Previous == "":
		p("四、不合格情况：%s（没有上一轮可比）", fl.Round)
	default:
		p("四、不合格情况：%s 对比 %s", fl.Round, fl.Previous)
	}
	failureList(p, "新增不合格", fl.New)
	if fl.Previous != "" {
		failureList(p, "连续不合格", fl.Repeat)
		failureList(p, "已整改合格", fl.Fixed)
		failureList(p, "上轮不合格、本轮关停注销或未检查", fl.Other)
	}

	p("")
	p("五、校验警告：%d 个", len(r.Warnings))
	for _, w := range r.Warnings {
		p("  %s", w.String())
	}

	p("")
	if len(r.Drafts) == 0 {
		p("六、草稿轮次：无")
	} else {
		p("六、草稿轮次：%d 个", len(r.Drafts))
		for _, d := range r.Drafts {
			if d.Included {
				p("  %s %s —— 已包含在本次生成的网站中（--drafts），发布前请确认", d.ID, d.Title)
			} else {
				p("  %s %s —— 未包含（加 --drafts 可包含）", d.ID, d.Title)
			}
		}
	}
	return b.Flush()
}

// describe sums up a site from its manifest.
func describe(m *site.Manifest) string {
	latest := "无"
	if n := len(m.Rounds); n > 0 {
		latest = m.Rounds[n-1].Period
	}
	s := fmt.Sprintf("%d 轮检查（最新 %s），%d 个单位，%d 个页面；工具 %s，检查数据 sha256 %s",
		m.Counts.Rounds, latest, m.Counts.Units, m.Counts.Pages, m.Tool, short(m.Input.Rounds))
	if m.BuiltAt != "" {
		s += "，生成于 " + m.BuiltAt
	}
	return s
}

// short abbreviates a checksum for the summary; the HTML report has it whole.
func short(sum string) string {
	if len(sum) > 12 {
		return sum[:12]
	}
	return orDash(sum)
}

func changedWord(changed bool) string {
	if changed {
		return "有改动"
	}
	return "未改动"
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// headlineText writes a round's headline figures with the counts behind
// each rate, as the 通报 states them.
func headlineText(h site.RoundHeadlines) []string {
	w, a := h.Websites, h.Accounts
	web := fmt.Sprintf("政府网站：检查 %d 个", w.Checked)
	if h.Portals > 0 {
		web += fmt.Sprintf("（其中门户网站 %d 个）", h.Portals)
	}
	if w.PassedUnknown {
		web += "，合格、不合格通报未说明，合格率 " + w.Rate
	} else {
		web += fmt.Sprintf("，合格 %d 个，不合格 %d 个，合格率 %s", w.Passed, w.Failed, w.Rate)
	}
	if w.Change != "" {
		web += "（较上轮 " + w.Change + "）"
	}
	checked := "检查"
	if a.Sampled {
		checked = "抽查"
	}
	count := func(n int, unknown bool) string {
		if unknown {
			return figfmt.Unstated
		}
		return fmt.Sprintf("%d 个", n)
	}
	acc := fmt.Sprintf("政务新媒体：账号总数 %s，正常运行 %s，%s %d 个，合格 %s，不合格 %s，合格率 %s",
		count(a.OnFile, a.OnFileUnknown), count(a.Running, a.RunningUnknown), checked, a.Checked,
		count(a.Passed, a.PassedUnknown), count(a.Failed, a.PassedUnknown), a.Rate)
	if a.Change != "" {
		acc += "（较上轮 " + a.Change + "）"
	}
	acc += fmt.Sprintf("；本轮新开设 %d 个，关停注销 %d 个", a.Opened, a.Closed)
	// A kind not checked, or checked without figures, says so instead.
	switch {
	case h.NoWebsites:
		web = "政府网站：本轮未检查"
	case w.Unknown:
		web = "政府网站：检查了，通报未说明检查数和合格数"
	}
	switch {
	case h.NoAccounts:
		acc = "政务新媒体：本轮未检查"
	case a.Unknown:
		acc = "政务新媒体：检查了，通报未说明检查数和合格数"
	}
	lines := []string{web, acc}
	if h.Partial {
		lines = append(lines, "本轮通报仅列出不合格网站和账号，总数取自通报。")
	}
	return lines
}

func tallyText(t Tally) string {
	var parts []string
	if t.Changed > 0 {
		parts = append(parts, fmt.Sprintf("改 %d 行", t.Changed))
	}
	if t.Added > 0 {
		parts = append(parts, fmt.Sprintf("增 %d 行", t.Added))
	}
	if t.Removed > 0 {
		parts = append(parts, fmt.Sprintf("删 %d 行", t.Removed))
	}
	if t.Extended > 0 {
		parts = append(parts, fmt.Sprintf("%d 行在末尾增加了一列", t.Extended))
	}
	return strings.Join(parts, "，")
}

func filesText(f Files) string {
	var parts []string
	if len(f.Added) > 0 {
		parts = append(parts, "新增 "+strings.Join(f.Added, "、"))
	}
	if len(f.Removed) > 0 {
		parts = append(parts, "删除 "+strings.Join(f.Removed, "、"))
	}
	if len(f.Changed) > 0 {
		parts = append(parts, "改动 "+strings.Join(f.Changed, "、"))
	}
	return strings.Join(parts, "；")
}

func failureList(p func(string, ...any), title string, list []Failure) {
	p("  %s %d 个", title, len(list))
	for _, f := range list {
		p("    %s", f.Describe())
	}
}

// Describe writes the failure on one line: kind, platform, name, unit,
// then its state or problems.
func (f Failure) Describe() string {
	var b strings.Builder
	b.WriteString(f.Kind)
	if f.Platform != "" {
		b.WriteString(" " + f.Platform)
	}
	b.WriteString(" “" + f.Name + "”")
	if f.Unit != "" {
		b.WriteString("（" + f.Unit + "）")
	}
	switch {
	case f.Streak > 0:
		fmt.Fprintf(&b, " 连续 %d 轮不合格", f.Streak)
	case f.Status != "":
		b.WriteString(" " + f.Status)
	}
	if len(f.Problems) > 0 && f.Status == "" {
		b.WriteString("：" + strings.Join(f.Problems, "；"))
	}
	return b.String()
}
