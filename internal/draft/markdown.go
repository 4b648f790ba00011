package draft

import (
	"fmt"
	"io"
	"strings"
)

// Markdown writes the document as Markdown: the title as "# ", sections as
// "## ", （一） headings as "### ", each 附件 after a rule with its table.
// It is the same text as the DOCX, for review in any editor and for diffs.
func (d *Document) Markdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", d.Title)
	if d.DocNumber != "" {
		fmt.Fprintf(&b, "%s\n\n", d.DocNumber)
	}
	d.body(&b, "## ", true)
	_, err := io.WriteString(w, b.String())
	return err
}

// PageMarkdown writes the document as a round.md narrative: sections as
// "## " (the round page sets them under its 通报正文 heading), no title, no
// 附件 tables (the round page shows those lists itself) and nothing marked
// 【待填写】.
func (d *Document) PageMarkdown(w io.Writer) error {
	var b strings.Builder
	d.body(&b, "## ", false)
	_, err := io.WriteString(w, b.String())
	return err
}

// body writes everything below the title; headings start at level h.
// Unless full, placeholders and the 附件 tables are left out.
func (d *Document) body(b *strings.Builder, h string, full bool) {
	para := func(p Paragraph) {
		switch {
		case full:
			fmt.Fprintf(b, "%s\n\n", p)
		case !p.Placeholder && !strings.HasPrefix(p.Text, Placeholder):
			fmt.Fprintf(b, "%s\n\n", escapeMarkdown(p.String()))
		}
	}
	para(Paragraph{Text: d.Recipients})
	for _, p := range d.Lead {
		para(p)
	}
	for _, s := range d.Sections {
		if !full && onlyPlaceholders(s.Blocks) {
			continue
		}
		fmt.Fprintf(b, "%s%s\n\n", h, s.Heading)
		for k, bl := range s.Blocks {
			if bl.Heading {
				if full || !allPlaceholders(s.Blocks[k+1:]) {
					fmt.Fprintf(b, "#%s%s\n\n", h, bl.Text)
				}
				continue
			}
			para(bl.Paragraph)
		}
	}
	if list := d.AttachmentList(); len(list) > 0 {
		b.WriteString(strings.Join(list, "\\\n") + "\n\n")
	}
	if !full {
		var sig []string
		for _, l := range []string{d.Issuer, d.Date} {
			if !strings.HasPrefix(l, Placeholder) {
				sig = append(sig, escapeMarkdown(l))
			}
		}
		b.WriteString(strings.Join(sig, "\\\n") + "\n")
		return
	}
	fmt.Fprintf(b, "%s\\\n%s\n", d.Issuer, d.Date)
	for k, a := range d.Attachments {
		fmt.Fprintf(b, "\n---\n\n%s\n\n%s%s\n\n", d.AttachmentLabel(k), h, a.Title)
		var head, rule []string
		for _, c := range a.Columns {
			head = append(head, c.Head)
			if c.Num {
				rule = append(rule, ":-:")
			} else {
				rule = append(rule, "---")
			}
		}
		fmt.Fprintf(b, "| %s |\n| %s |\n", strings.Join(head, " | "), strings.Join(rule, " | "))
		for _, row := range a.Rows {
			cells := make([]string, len(row))
			for i, c := range row {
				cells[i] = strings.ReplaceAll(c, "|", "\\|")
			}
			fmt.Fprintf(b, "| %s |\n", strings.Join(cells, " | "))
		}
	}
}

// AttachmentList is the 附件说明 under the body: "附件：1.不合格政府网站名单",
// then "2.……" on the following lines; a single 附件 is not numbered.
func (d *Document) AttachmentList() []string {
	switch len(d.Attachments) {
	case 0:
		return nil
	case 1:
		return []string{"附件：" + d.Attachments[0].Title}
	}
	var out []string
	for k, a := range d.Attachments {
		line := fmt.Sprintf("%d.%s", k+1, a.Title)
		if k == 0 {
			line = "附件：" + line
		}
		out = append(out, line)
	}
	return out
}

// AttachmentLabel is the label at the top of the k-th 附件's page: "附件1",
// or "附件" when there is only one.
func (d *Document) AttachmentLabel(k int) string {
	if len(d.Attachments) == 1 {
		return "附件"
	}
	return fmt.Sprintf("附件%d", k+1)
}

// allPlaceholders reports whether the blocks up to the next heading hold
// only placeholders.
func allPlaceholders(blocks []Block) bool {
	for _, b := range blocks {
		if b.Heading {
			break
		}
		if !b.Placeholder && !strings.HasPrefix(b.Text, Placeholder) {
			return false
		}
	}
	return true
}

// onlyPlaceholders reports whether a section's paragraphs are all
// placeholders.
func onlyPlaceholders(blocks []Block) bool {
	for _, b := range blocks {
		if !b.Heading && !b.Placeholder && !strings.HasPrefix(b.Text, Placeholder) {
			return false
		}
	}
	return true
}

// markdownSpecial escapes what Markdown would read as markup in text taken
// from the sheets (names, problems), so a page shows it as written: "<i>"
// stays text rather than raw HTML, "*" no emphasis.
var markdownSpecial = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`, "~", `\~`, "&", `\&`)

func escapeMarkdown(s string) string { return markdownSpecial.Replace(s) }
