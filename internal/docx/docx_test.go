package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func sampleDoc() *Document {
	return &Document{Title: "关于<测试>&通报", Blocks: []Block{
		Text(Title, "关于<测试>&通报"),
		Text(Body, "正文"),
		Table{Widths: []int{3, 8, 8, 12}, Centred: []bool{true}, Header: []string{"序号", "网站名称", "主办单位", "问题"},
			Rows: [][]string{{"1", "<i>网站</i>", "某局", "首页超2周未更新"}}},
		Signature{Issuer: "示例市人民政府办公室", Date: "2025年1月20日"},
		Signature{Issuer: "某办", Date: "2025年1月20日"},
	}}
}

func parts(t *testing.T, b []byte) map[string]string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range z.File {
		rc, _ := f.Open()
		body, _ := io.ReadAll(rc)
		rc.Close()
		out[f.Name] = string(body)
	}
	return out
}

// Every part is well-formed XML, text is escaped, and the same document
// gives the same bytes.
func TestWellFormedAndDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := sampleDoc().Write(&a); err != nil {
		t.Fatal(err)
	}
	sampleDoc().Write(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of the same document differ")
	}
	p := parts(t, a.Bytes())
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
		"word/settings.xml", "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml", "word/_rels/document.xml.rels"} {
		body, ok := p[name]
		if !ok {
			t.Errorf("missing part %s", name)
			continue
		}
		d := xml.NewDecoder(strings.NewReader(body))
		for {
			_, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Errorf("%s: %v", name, err)
				break
			}
		}
	}
	if !strings.Contains(p["word/document.xml"], "&lt;i&gt;网站&lt;/i&gt;") {
		t.Error("table text not escaped")
	}
}

// A4, margins 37/35/28/26 mm, 28.95 pt lines, different odd and even
// footers each with a complete PAGE field between 一字线.
func TestPageSetup(t *testing.T) {
	var b bytes.Buffer
	sampleDoc().Write(&b)
	p := parts(t, b.Bytes())
	doc := p["word/document.xml"]
	for _, want := range []string{
		`<w:pgSz w:w="11906" w:h="16838"/>`,
		`<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"`,
		`<w:docGrid w:type="lines" w:linePitch="579"/>`,
		`<w:footerReference w:type="default" r:id="rId4"/><w:footerReference w:type="even" r:id="rId5"/>`,
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	if !strings.Contains(p["word/settings.xml"], "<w:evenAndOddHeaders/>") {
		t.Error("settings lack evenAndOddHeaders")
	}
	field := regexp.MustCompile(`— </w:t>.*fldCharType="begin".*<w:instrText xml:space="preserve"> PAGE </w:instrText>.*fldCharType="separate".*<w:t>1</w:t>.*fldCharType="end".* —</w:t>`)
	for name, jc := range map[string]string{"word/footer1.xml": `<w:jc w:val="right"/><w:ind w:right="280"/>`, "word/footer2.xml": `<w:jc w:val="left"/><w:ind w:left="280"/>`} {
		f := p[name]
		if !field.MatchString(f) {
			t.Errorf("%s: no complete PAGE field between dashes:\n%s", name, f)
		}
		if !strings.Contains(f, jc) || !strings.Contains(f, `w:eastAsia="宋体"`) || !strings.Contains(f, `<w:sz w:val="28"/>`) {
			t.Errorf("%s: want 4号 宋体 at the outer side (%s):\n%s", name, jc, f)
		}
	}
	fonts := p["word/fontTable.xml"]
	for _, want := range []string{`<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>`, `<w:font w:name="仿宋"><w:altName w:val="FangSong"/>`,
		`<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>`, `<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>`} {
		if !strings.Contains(fonts, want) {
			t.Errorf("font table lacks %s", want)
		}
	}
}

// Table columns are written to tblGrid and fill the 156 mm text width;
// table text is single-spaced.
func TestTableGrid(t *testing.T) {
	var b bytes.Buffer
	sampleDoc().Write(&b)
	p := parts(t, b.Bytes())
	sum := 0
	for _, m := range regexp.MustCompile(`<w:gridCol w:w="(\d+)"/>`).FindAllStringSubmatch(p["word/document.xml"], -1) {
		n, _ := strconv.Atoi(m[1])
		sum += n
	}
	if sum != 8845 {
		t.Errorf("grid columns sum to %d twips, want the text width 8845 (156 mm)", sum)
	}
	if !strings.Contains(p["word/styles.xml"], `w:styleId="TableText"><w:name w:val="TableText"/><w:basedOn w:val="Normal"/><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>`) {
		t.Error("table text is not single-spaced")
	}
}

// 落款 per GB/T 9704 7.3.5.2: the issuer two characters from the right
// margin and the date's first character two characters right of the
// issuer's; when the date is the longer, the date two characters in.
func TestSignature(t *testing.T) {
	var b bytes.Buffer
	sampleDoc().Write(&b)
	doc := parts(t, b.Bytes())["word/document.xml"]
	indent := regexp.MustCompile(`w:right="(\d+)"/><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">([^<]+)<`)
	got := map[string][]string{}
	for _, m := range indent.FindAllStringSubmatch(doc, -1) {
		got[m[2]] = append(got[m[2]], m[1])
	}
	// 示例市人民政府办公室: 10 characters, right indent 2 characters (640);
	// 2025年1月20日: 6.5 characters, first character at 10 characters from
	// the margin, so right indent 3.5 characters (1120).
	// 某办 (2 characters) is shorter than the date: the date 2 characters
	// in (640), its first character 8.5 characters from the margin; 某办's
	// first character 2 characters further left (10.5), so its right
	// indent is 8.5 characters (2720).
	want := map[string][]string{"示例市人民政府办公室": {"640"}, "2025年1月20日": {"1120", "640"}, "某办": {"2720"}}
	for k, v := range want {
		if strings.Join(got[k], ",") != strings.Join(v, ",") {
			t.Errorf("%s right indents = %v, want %v", k, got[k], v)
		}
	}
}
