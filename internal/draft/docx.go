package draft

import (
	"io"
	"strings"

	"github.com/zwgk/zwgk/internal/docx"
)

// DOCX writes the document as a 公文-format .docx (package docx lays it out).
func (d *Document) DOCX(w io.Writer) error {
	doc := docx.Document{Title: d.Title}
	add := func(b ...docx.Block) { doc.Blocks = append(doc.Blocks, b...) }
	blank := docx.Text(docx.Blank, "")
	if d.DocNumber != "" {
		// The 发文字号 sits centred under the 发文机关标志 of the 版头,
		// which the 公文 process adds (红头); here it heads the page.
		add(docx.Text(docx.DocNumber, d.DocNumber), blank)
	}
	add(docx.Text(docx.Title, d.Title), blank)
	add(paragraph(docx.Recipients, Paragraph{Text: d.Recipients}, docx.KaiTi))
	for _, p := range d.Lead {
		add(paragraph(docx.Body, p, docx.KaiTi))
	}
	for _, s := range d.Sections {
		add(docx.Text(docx.Heading1, s.Heading))
		for _, bl := range s.Blocks {
			if bl.Heading {
				add(docx.Text(docx.Heading2, bl.Text))
				continue
			}
			add(paragraph(docx.Body, bl.Paragraph, docx.KaiTi))
		}
	}
	if list := d.AttachmentList(); len(list) > 0 {
		add(blank)
		for k, line := range list {
			p := docx.Text(docx.AttachmentNote, line)
			p.Continued = k > 0
			add(p)
		}
	}
	add(blank, docx.Signature{Issuer: d.Issuer, Date: d.Date})
	for k, a := range d.Attachments {
		label := docx.Text(docx.AttachmentLabel, d.AttachmentLabel(k))
		label.NewPage = true
		add(label, blank, docx.Text(docx.AttachmentTitle, a.Title), blank)
		t := docx.Table{Rows: a.Rows}
		for _, c := range a.Columns {
			t.Header = append(t.Header, c.Head)
			t.Widths = append(t.Widths, c.Width)
			t.Centred = append(t.Centred, c.Num)
		}
		add(t)
	}
	return doc.Write(w)
}

// paragraph writes a Paragraph: its run-in heading in the given face, a
// placeholder highlighted.
func paragraph(style docx.Style, p Paragraph, leadFace docx.Face) docx.Paragraph {
	out := docx.Paragraph{Style: style}
	if p.Lead != "" {
		face := leadFace
		if strings.HasPrefix(p.Lead, "（") {
			face = docx.KaiTi
		}
		out.Runs = append(out.Runs, docx.Run{Text: p.Lead, Face: face, Styled: true})
	}
	text := p.Text
	if strings.HasPrefix(text, Placeholder) {
		out.Runs = append(out.Runs, docx.Run{Text: Placeholder, Highlight: true})
		text = strings.TrimPrefix(text, Placeholder)
	}
	out.Runs = append(out.Runs, docx.Run{Text: text, Highlight: p.Placeholder})
	return out
}
