// Package draft writes a round's 通报 from its figures: the formulaic
// sentences of 总体情况 and 存在的主要问题 generated from the numbers, the
// narrative staff wrote in round.md, and the 附件 lists. The result is a
// Document — the text and its structure — that the Markdown writer here and
// the DOCX writer (package docx) lay out; neither adds a word of its own.
//
// Every figure is written by package figfmt, as the site writes it (rates
// with the round's decimals, changes in percentage points, mean scores), so
// the document and the site cannot disagree. A figure the round does not know is
// left out, never written as 0.
package draft

// Document is a 通报 as text with its 公文 structure.
type Document struct {
	Title      string      // 标题
	DocNumber  string      // 发文字号, for the 版头 the 公文 process adds
	Recipients string      // 主送机关, ending with "："
	Lead       []Paragraph // 导语: what was checked and "现将有关情况通报如下："
	Sections   []Section   // 一、二、三…
	// Attachments are the 附件, each on its own page after the 落款.
	Attachments []Attachment
	Issuer      string // 发文机关署名 (落款)
	Date        string // 成文日期 in Arabic numerals, "2025年1月20日"
}

// Section is a first-level part of the body, headed "一、总体情况".
type Section struct {
	Heading string
	Blocks  []Block
}

// Block is a paragraph or a second-level heading "（一）政府网站" inside a
// section.
type Block struct {
	Heading bool // a （一） heading line; Text holds it whole
	Paragraph
}

// Paragraph is body text. Lead is a run-in heading written before the text
// in the heading's face, as in "（一）落实主管主办责任。各区县要……".
// Placeholder marks text staff must replace (【待填写】).
type Paragraph struct {
	Lead        string
	Text        string
	Placeholder bool
}

// String is the paragraph as one line of text.
func (p Paragraph) String() string { return p.Lead + p.Text }

// Attachment is a 附件: a titled table.
type Attachment struct {
	Title   string // e.g. 不合格政府网站名单
	Columns []Column
	Rows    [][]string
}

// Column is a table column with its relative width in characters.
type Column struct {
	Head  string
	Width int  // share of the table width, in characters of body text
	Num   bool // a number column (序号): centred
}
