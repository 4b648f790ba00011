// Package docx writes a 公文 (GB/T 9704-2012 党政机关公文格式) as an Office
// Open XML document, with the standard library only: A4 pages with the
// standard margins, a grid of 22 lines of 28 characters, the standard faces
// for each part, page numbers "— 1 —" at the outer side of the foot, and
// tables with explicit column widths.
//
// What WPS and Word need to show it as intended, learnt from other
// projects: fonts named explicitly for every script (no theme fonts), with
// the usual substitutes named in the font table; complete PAGE field runs;
// explicit w:tblGrid widths; single line spacing inside tables; dashes and
// quotation marks set in the East Asian font.
package docx

import (
	"archive/zip"
	"fmt"
	"io"
	"strings"
	"time"
)

// Page geometry in twentieths of a point (twips): A4, margins 37 mm top,
// 35 mm bottom, 28 mm left, 26 mm right. 1 mm = 1440/25.4 twips.
const (
	pageWidth    = 11906
	pageHeight   = 16838
	marginTop    = 2098 // 37 mm
	marginBottom = 1984 // 35 mm
	marginLeft   = 1587 // 28 mm
	marginRight  = 1474 // 26 mm
	// footerDistance puts the page number's top 7 mm below the text block:
	// 35 mm − 7 mm − one 4号 line (about 5 mm) = 23 mm from the page edge.
	footerDistance = 1304
	// TextWidth is the width of the text block (版心), 156 mm.
	TextWidth = pageWidth - marginLeft - marginRight
	// linePitch is one of 22 lines in the 225 mm text block: 28.95 pt.
	linePitch = 579
	// charSpacing narrows 3号 characters by 0.25 pt so that 28 fit in the
	// 156 mm line (28 × 15.75 pt = 441 pt ≤ 442.2 pt), in twips. A
	// w:docGrid of type linesAndChars would do this in Word, but LibreOffice
	// lays such a grid out at about 17 characters a line; plain character
	// spacing gives 28 in Word, WPS and LibreOffice alike.
	charSpacing = -5
	// charWidth is one 3号 (16 pt) character, the unit of indents.
	charWidth = 320
)

// Sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt.
const (
	size2 = 44
	size3 = 32
	size4 = 28
	sizeT = 24 // 小四, table text
)

// Face is a typeface of the 公文 standard.
type Face int

const (
	FangSong     Face = iota // 仿宋: body text
	HeiTi                    // 黑体: 一、 headings, 附件 labels
	KaiTi                    // 楷体: （一） headings
	XiaoBiaoSong             // 小标宋: the title
	SongTi                   // 宋体: page numbers
)

// font is a face's name as documents name it, and its substitute chain in
// the font table.
var fonts = []struct {
	name, alt string
}{
	FangSong:     {"仿宋_GB2312", "仿宋"},
	HeiTi:        {"黑体", "SimHei"},
	KaiTi:        {"楷体_GB2312", "楷体"},
	XiaoBiaoSong: {"方正小标宋简体", "宋体"},
	SongTi:       {"宋体", "SimSun"},
}

// fallbacks are the substitutes listed in the font table, each with its own
// next substitute, so that WPS and Word find a close face on machines
// without the GB2312 and 方正 fonts.
var fallbacks = []struct{ name, alt string }{
	{"仿宋", "FangSong"}, {"楷体", "KaiTi"}, {"FangSong", "STFangsong"}, {"KaiTi", "STKaiti"},
}

// Style is the part of a 公文 a paragraph is.
type Style int

const (
	Body            Style = iota // 正文: 仿宋 3号, first line indented two characters
	Title                        // 标题: 小标宋 2号, centred
	Recipients                   // 主送机关: flush left
	Heading1                     // 一、: 黑体, indented two characters
	Heading2                     // （一）: 楷体, indented two characters
	AttachmentNote               // 附件说明: "附件：1.……", later lines aligned under "1."
	AttachmentLabel              // "附件1" at the top left of a 附件's first page, 黑体
	AttachmentTitle              // a 附件's title, centred like the document's
	Blank                        // an empty line of the grid
	DocNumber                    // 发文字号: 仿宋 3号, centred
)

// Paragraph is a paragraph of a style; Runs may change the face within it.
type Paragraph struct {
	Style Style
	Runs  []Run
	// NewPage starts the paragraph on a new page (a 附件).
	NewPage bool
	// Continued is a later line of an AttachmentNote, aligned under the
	// first line's number.
	Continued bool
}

// Run is text in one face; Default keeps the paragraph style's face.
type Run struct {
	Text string
	Face Face
	// Styled sets Face; without it the run takes the style's face.
	Styled bool
	// Highlight marks text staff must replace (【待填写】).
	Highlight bool
}

// Text is a paragraph of one run in the style's face.
func Text(s Style, text string) Paragraph { return Paragraph{Style: s, Runs: []Run{{Text: text}}} }

// Table is a table spanning the text block. Widths are relative; they are
// scaled to the text width and written to w:tblGrid.
type Table struct {
	Widths  []int
	Centred []bool // per column
	Header  []string
	Rows    [][]string
}

// Signature is the 发文机关署名 and 成文日期 under the body, placed as
// GB/T 9704 7.3.5.2 places them on a document without a seal: the issuer
// two characters from the right margin, the date on the next line with
// its first character two characters right of the issuer's — or, when the
// date is the longer, the date two characters from the margin and the
// issuer moved left to keep that offset.
type Signature struct {
	Issuer, Date string
}

// Block is a Paragraph, a Table or a Signature.
type Block interface{ block() }

func (Paragraph) block() {}
func (Table) block()     {}
func (Signature) block() {}

// Document is a 公文's body, in order.
type Document struct {
	Title  string // document property, for the file's metadata
	Blocks []Block
}

// modified is the fixed time stamp of every file in the archive, so that the
// same document gives the same bytes.
var modified = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

// Write writes the document as a .docx.
func (d *Document) Write(w io.Writer) error {
	z := zip.NewWriter(w)
	files := []struct{ name, body string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", rootRels},
		{"docProps/core.xml", core(d.Title)},
		{"word/_rels/document.xml.rels", documentRels},
		{"word/document.xml", d.document()},
		{"word/styles.xml", styles()},
		{"word/settings.xml", settings},
		{"word/fontTable.xml", fontTable()},
		{"word/footer1.xml", footer(true)},
		{"word/footer2.xml", footer(false)},
	}
	for _, f := range files {
		fw, err := z.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: modified})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(fw, f.body); err != nil {
			return err
		}
	}
	return z.Close()
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

const contentTypes = xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
	`<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>` +
	`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
	`<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`</Types>`

const rootRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`</Relationships>`

const documentRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>` +
	`<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>` +
	`<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>` +
	`</Relationships>`

// settings: different odd and even footers (page numbers at the outer
// side), East Asian line breaking.
const settings = xmlHeader + `<w:settings ` + ns + `>` +
	`<w:evenAndOddHeaders/><w:defaultTabStop w:val="640"/><w:characterSpacingControl w:val="compressPunctuation"/>` +
	`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
	`</w:settings>`

func core(title string) string {
	return xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
		`<dc:title>` + esc(title) + `</dc:title></cp:coreProperties>`
}

func fontTable() string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:fonts ` + ns + `>`)
	font := func(name, alt string) {
		fmt.Fprintf(&b, `<w:font w:name="%s"><w:altName w:val="%s"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`, esc(name), esc(alt))
	}
	for _, f := range fonts {
		font(f.name, f.alt)
	}
	for _, f := range fallbacks {
		font(f.name, f.alt)
	}
	b.WriteString(`</w:fonts>`)
	return b.String()
}

// rFonts names a face for every script, so no theme font is used.
func rFonts(f Face) string {
	n := esc(fonts[f].name)
	return fmt.Sprintf(`<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s" w:hint="eastAsia"/>`, n, n, n, n)
}

// styleDef is a paragraph style: id, face, size, paragraph properties.
type styleDef struct {
	id   string
	face Face
	size int
	ppr  string
	bold bool
}

// exact is the paragraph spacing of the grid: exactly one line pitch. It
// also keeps punctuation inside the margin (no hanging 、，。), which
// Word, WPS and LibreOffice otherwise allow.
var exact = `<w:overflowPunct w:val="0"/>` + fmt.Sprintf(`<w:spacing w:before="0" w:after="0" w:line="%d" w:lineRule="exact"/>`, linePitch)

var indent2 = fmt.Sprintf(`<w:ind w:firstLineChars="200" w:firstLine="%d"/>`, 2*charWidth)

var styleDefs = []styleDef{
	Body:            {"Body", FangSong, size3, `<w:jc w:val="both"/>` + indent2 + exact, false},
	Title:           {"DocTitle", XiaoBiaoSong, size2, `<w:jc w:val="center"/>` + fmt.Sprintf(`<w:spacing w:before="0" w:after="0" w:line="%d" w:lineRule="exact"/>`, 700), false},
	Recipients:      {"Recipients", FangSong, size3, `<w:jc w:val="both"/>` + exact, false},
	Heading1:        {"Heading1Gov", HeiTi, size3, `<w:keepNext/><w:jc w:val="both"/>` + indent2 + exact, false},
	Heading2:        {"Heading2Gov", KaiTi, size3, `<w:keepNext/><w:jc w:val="both"/>` + indent2 + exact, false},
	AttachmentNote:  {"AttachmentNote", FangSong, size3, fmt.Sprintf(`<w:ind w:left="%d" w:hanging="%d"/>`, 5*charWidth, 3*charWidth) + exact, false},
	AttachmentLabel: {"AttachmentLabel", HeiTi, size3, `<w:jc w:val="left"/>` + exact, false},
	AttachmentTitle: {"AttachmentTitle", XiaoBiaoSong, size2, `<w:keepNext/><w:jc w:val="center"/>` + fmt.Sprintf(`<w:spacing w:before="0" w:after="0" w:line="%d" w:lineRule="exact"/>`, 700), false},
	Blank:           {"Blank", FangSong, size3, exact, false},
	DocNumber:       {"DocNumber", FangSong, size3, `<w:jc w:val="center"/>` + exact, false},
}

func styles() string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:styles ` + ns + `>`)
	fmt.Fprintf(&b, `<w:docDefaults><w:rPrDefault><w:rPr>%s<w:spacing w:val="%d"/><w:sz w:val="%d"/><w:szCs w:val="%d"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>`+
		`<w:pPrDefault><w:pPr>%s</w:pPr></w:pPrDefault></w:docDefaults>`, rFonts(FangSong), charSpacing, size3, size3, exact)
	fmt.Fprintf(&b, `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr>%s</w:pPr><w:rPr>%s<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr></w:style>`,
		exact, rFonts(FangSong), size3, size3)
	for _, s := range styleDefs {
		fmt.Fprintf(&b, `<w:style w:type="paragraph" w:customStyle="1" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>%s</w:pPr><w:rPr>%s<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr></w:style>`,
			s.id, s.id, s.ppr, rFonts(s.face), s.size, s.size)
	}
	// Tables: single spacing and no grid snapping, or rows grow to the
	// fixed pitch of the body (a known WPS problem).
	fmt.Fprintf(&b, `<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="TableText"/><w:basedOn w:val="Normal"/><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:rPr>%s<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr></w:style>`,
		rFonts(FangSong), sizeT, sizeT)
	fmt.Fprintf(&b, `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Footer"><w:name w:val="Footer"/><w:basedOn w:val="Normal"/><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr>%s<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr></w:style>`,
		rFonts(SongTi), size4, size4)
	b.WriteString(`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`)
	b.WriteString(`</w:styles>`)
	return b.String()
}

// footer is the page number "— 1 —", 4号 宋体, one character in from the
// outer edge: right on odd pages, left on even ones.
func footer(odd bool) string {
	jc, ind := "left", fmt.Sprintf(`<w:ind w:left="%d"/>`, size4*10)
	if odd {
		jc, ind = "right", fmt.Sprintf(`<w:ind w:right="%d"/>`, size4*10)
	}
	run := func(inner string) string {
		return `<w:r><w:rPr>` + rFonts(SongTi) + fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, size4, size4) + `</w:rPr>` + inner + `</w:r>`
	}
	return xmlHeader + `<w:ftr ` + ns + `><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="` + jc + `"/>` + ind + `</w:pPr>` +
		run(`<w:t xml:space="preserve">— </w:t>`) +
		run(`<w:fldChar w:fldCharType="begin"/>`) +
		run(`<w:instrText xml:space="preserve"> PAGE </w:instrText>`) +
		run(`<w:fldChar w:fldCharType="separate"/>`) +
		run(`<w:t>1</w:t>`) +
		run(`<w:fldChar w:fldCharType="end"/>`) +
		run(`<w:t xml:space="preserve"> —</w:t>`) +
		`</w:p></w:ftr>`
}

func (d *Document) document() string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:document ` + ns + `><w:body>`)
	for _, bl := range d.Blocks {
		switch x := bl.(type) {
		case Paragraph:
			writeParagraph(&b, x)
		case Table:
			writeTable(&b, x)
		case Signature:
			writeSignature(&b, x)
		}
	}
	fmt.Fprintf(&b, `<w:sectPr><w:footerReference w:type="default" r:id="rId4"/><w:footerReference w:type="even" r:id="rId5"/>`+
		`<w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="851" w:footer="%d" w:gutter="0"/>`+
		`<w:pgNumType w:start="1"/><w:docGrid w:type="lines" w:linePitch="%d"/></w:sectPr>`,
		pageWidth, pageHeight, marginTop, marginRight, marginBottom, marginLeft, footerDistance, linePitch)
	b.WriteString(`</w:body></w:document>`)
	return b.String()
}

func writeParagraph(b *strings.Builder, p Paragraph) {
	s := styleDefs[p.Style]
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + s.id + `"/>`)
	if p.NewPage {
		b.WriteString(`<w:pageBreakBefore/>`)
	}
	if p.Continued {
		fmt.Fprintf(b, `<w:ind w:left="%d" w:hanging="0"/>`, 5*charWidth)
	}
	b.WriteString(`</w:pPr>`)
	for _, r := range p.Runs {
		writeRun(b, r, s.size)
	}
	b.WriteString(`</w:p>`)
}

func writeRun(b *strings.Builder, r Run, size int) {
	if r.Text == "" {
		return
	}
	var rpr strings.Builder
	if r.Styled {
		rpr.WriteString(rFonts(r.Face))
	}
	if r.Highlight {
		rpr.WriteString(`<w:highlight w:val="yellow"/>`)
	}
	b.WriteString(`<w:r>`)
	if rpr.Len() > 0 {
		b.WriteString(`<w:rPr>` + rpr.String() + `</w:rPr>`)
	}
	b.WriteString(`<w:t xml:space="preserve">` + esc(r.Text) + `</w:t></w:r>`)
}

func writeTable(b *strings.Builder, t Table) {
	total := 0
	for _, w := range t.Widths {
		total += w
	}
	widths := make([]int, len(t.Widths))
	used := 0
	for i, w := range t.Widths {
		widths[i] = TextWidth * w / total
		used += widths[i]
	}
	widths[len(widths)-1] += TextWidth - used
	border := `w:val="single" w:sz="4" w:space="0" w:color="000000"`
	fmt.Fprintf(b, `<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/>`+
		`<w:tblBorders><w:top %s/><w:left %s/><w:bottom %s/><w:right %s/><w:insideH %s/><w:insideV %s/></w:tblBorders>`+
		`<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>`,
		TextWidth, border, border, border, border, border, border)
	for _, w := range widths {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString(`</w:tblGrid>`)
	row := func(cells []string, header bool) {
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/>`)
		if header {
			b.WriteString(`<w:tblHeader/>`)
		}
		b.WriteString(`</w:trPr>`)
		for i, c := range cells {
			jc := "left"
			if header || (i < len(t.Centred) && t.Centred[i]) {
				jc = "center"
			}
			fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/><w:jc w:val="%s"/></w:pPr>`, widths[i], jc)
			face := ""
			if header {
				face = `<w:rPr>` + rFonts(HeiTi) + `</w:rPr>`
			}
			if c != "" {
				b.WriteString(`<w:r>` + face + `<w:t xml:space="preserve">` + esc(c) + `</w:t></w:r>`)
			}
			b.WriteString(`</w:p></w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	row(t.Header, true)
	for _, r := range t.Rows {
		row(r, false)
	}
	b.WriteString(`</w:tbl>`)
}

// width is a text's width in half characters: CJK and full-width forms
// count two, ASCII one.
func width(s string) int {
	n := 0
	for _, r := range s {
		if r < 0x80 {
			n++
		} else {
			n += 2
		}
	}
	return n
}

func writeSignature(b *strings.Builder, s Signature) {
	// Right indents in half characters.
	wi, wd := width(s.Issuer), width(s.Date)
	issuerRight, dateRight := 4, wi-wd
	if dateRight < 4 {
		dateRight = 4
		issuerRight = 8 + wd - wi
	}
	for _, l := range []struct {
		text  string
		right int
	}{{s.Issuer, issuerRight}, {s.Date, dateRight}} {
		fmt.Fprintf(b, `<w:p><w:pPr><w:pStyle w:val="Body"/><w:ind w:firstLine="0" w:firstLineChars="0" w:right="%d"/><w:jc w:val="right"/></w:pPr>`, l.right*charWidth/2)
		writeRun(b, Run{Text: l.text}, size3)
		b.WriteString(`</w:p>`)
	}
}

// esc escapes text for XML and drops characters XML 1.0 cannot hold.
func esc(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r != 0xFFFE && r != 0xFFFF:
			b.WriteRune(r)
		}
	}
	return b.String()
}
