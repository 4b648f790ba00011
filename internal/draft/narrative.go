package draft

import (
	"regexp"
	"strings"
)

// How round.md's Markdown body feeds the draft:
//
//   - Paragraphs before the first "## " heading are the opening. The first of
//     them that ends with "：" (or ":") and does not say 通报如下 is the 主送机关; the
//     others are the 导语.
//   - A "## " section whose heading contains 工作要求 becomes the draft's
//     工作要求 section, its "### " headings the （一）（二） headings.
//   - Sections whose heading names what the figures state — 检查情况,
//     总体情况, 存在问题, 主要问题 (e.g. "## 一、检查情况") — are the staff's own
//     version of what the draft writes from the figures, so the draft leaves
//     them out.
//   - Every other "## " section (e.g. "## 主要做法和成效") is kept, in order,
//     between 存在的主要问题 and 工作要求.
//   - A heading's own numbering ("三、", "（一）") is dropped: the draft
//     numbers its sections itself. Trailing 落款 lines (the issuer, a date)
//     are dropped too: the draft writes its own.
type narrative struct {
	recipients   string
	lead         []Paragraph
	requirements []Block // 工作要求, nil when round.md has none
	others       []Section
}

var (
	headingNumber = regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|\d+[.、．])\s*`)
	runInHeading  = regexp.MustCompile(`^((?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+是)[^。！？]{1,30}。)(.+)$`)
	dateLine      = regexp.MustCompile(`^\d{4}年\d{1,2}月\d{1,2}日$`)
	figureTopics  = regexp.MustCompile(`检查情况|总体情况|存在问题|主要问题|存在的主要问题|问题清单`)
)

// parseNarrative reads a round.md body.
func parseNarrative(body, issuer string) narrative {
	var n narrative
	type rawSection struct {
		heading string
		blocks  []Block
	}
	var sections []rawSection
	var opening []string
	var para []string
	flush := func() {
		if len(para) == 0 {
			return
		}
		text := strings.Join(para, "")
		para = nil
		if len(sections) == 0 {
			opening = append(opening, text)
			return
		}
		s := &sections[len(sections)-1]
		s.blocks = append(s.blocks, Block{Paragraph: splitRunIn(text)})
	}
	for _, line := range strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
			flush()
		case strings.HasPrefix(line, "## ") || strings.HasPrefix(line, "# "):
			flush()
			sections = append(sections, rawSection{heading: stripNumber(strings.TrimLeft(line, "# "))})
		case strings.HasPrefix(line, "###"):
			flush()
			h := stripNumber(strings.TrimLeft(line, "# "))
			if len(sections) == 0 {
				sections = append(sections, rawSection{})
			}
			s := &sections[len(sections)-1]
			s.blocks = append(s.blocks, Block{Heading: true, Paragraph: Paragraph{Text: h}})
		default:
			para = append(para, plainText(line))
		}
	}
	flush()

	for _, p := range opening {
		// A 通报 copied from a web page often ends the line with a
		// half-width ":"; the draft writes the full-width one.
		to, colon := strings.CutSuffix(p, "：")
		if !colon {
			to, colon = strings.CutSuffix(p, ":")
		}
		if n.recipients == "" && colon && !strings.Contains(p, "通报如下") {
			n.recipients = to + "："
			continue
		}
		n.lead = append(n.lead, Paragraph{Text: p})
	}
	// The 落款 at the end belongs to the draft, not to the last section.
	if k := len(sections); k > 0 {
		b := sections[k-1].blocks
		for len(b) > 0 {
			t := b[len(b)-1].String()
			if b[len(b)-1].Heading || !(t == issuer || dateLine.MatchString(t)) {
				break
			}
			b = b[:len(b)-1]
		}
		sections[k-1].blocks = b
	}
	for _, s := range sections {
		switch {
		case strings.Contains(s.heading, "工作要求"):
			n.requirements = append(n.requirements, s.blocks...)
		case figureTopics.MatchString(s.heading):
		case s.heading == "" || len(s.blocks) == 0:
		default:
			n.others = append(n.others, Section{Heading: s.heading, Blocks: s.blocks})
		}
	}
	return n
}

func stripNumber(h string) string {
	return strings.TrimSpace(headingNumber.ReplaceAllString(strings.TrimSpace(h), ""))
}

// splitRunIn separates a run-in heading such as "（一）落实主管主办责任。"
// or "一是……。" from the rest of its paragraph.
func splitRunIn(text string) Paragraph {
	if m := runInHeading.FindStringSubmatch(text); m != nil {
		return Paragraph{Lead: m[1], Text: m[2]}
	}
	return Paragraph{Text: text}
}

// plainText drops the Markdown emphasis marks a 公文 has no use for.
func plainText(line string) string {
	line = strings.TrimPrefix(line, "> ")
	return strings.NewReplacer("**", "", "__", "", "`", "").Replace(line)
}
