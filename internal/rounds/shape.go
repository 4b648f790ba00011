package rounds

import (
	"regexp"
	"strings"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/sheet"
)

// isHeader tells the header row of a sheet type from a title row above it
// (“附件1 2024年第三季度政府网站检查结果”): it names every required column, or
// at least two known ones.
func isHeader(cells []string, cols []column, byKey map[string]int) bool {
	named := map[int]bool{}
	for _, c := range cells {
		if ci, ok := byKey[headerKey(c)]; ok {
			named[ci] = true
		}
	}
	if len(named) >= 2 {
		return true
	}
	for ci, c := range cols {
		if c.required && !named[ci] {
			return false
		}
	}
	return len(named) > 0
}

// allowColumn is the column that marks a row whose personal data is meant
// to be published; it may be added to any sheet.
const allowColumn = "公开个人信息"

var allowColumnKeys = map[string]bool{headerKey(allowColumn): true, headerKey("allow_personal_data"): true}

// notePrefixes and noteStart begin the lines staff put below a table:
// 注：…, 说明：…, 填表说明, 填表人. 注 and 说明 count only before
// punctuation or a number, so that a unit named 注册… is not taken for a note.
var notePrefixes = []string{"填表说明", "合计", "总计", "制表", "填表人", "审核人", "备注：", "备注:"}

var noteStart = regexp.MustCompile(`^(注|说明)\s*[：:、.．,，(（\d]`)

// dropTrailingNotes returns the records without the note lines at the end of
// the sheet — a row holding one text, in one cell or merged across the
// row, that starts like a note, or a 合计 row — and warns about each, so
// that nothing is dropped silently.
func dropTrailingNotes(t *sheet.Table, problems *diag.List) []sheet.Record {
	body := t.Records
	for len(body) > 0 {
		r := body[len(body)-1]
		if !isNoteRow(r.Cells) {
			break
		}
		problems.Warnf(t.File, r.Row, "", "如果这一行是数据，请把内容填到对应的列", "表格下方的“%s”看起来是说明或合计，未作为数据读取", shorten(r.Cells[0], 20))
		body = body[:len(body)-1]
	}
	return body
}

func isNoteRow(cells []string) bool {
	for _, c := range cells {
		if c != "" {
			// A totals row, whatever numbers follow.
			if c == "合计" || c == "总计" || c == "小计" {
				return true
			}
			break
		}
	}
	text := ""
	for _, c := range cells {
		switch {
		case c == "":
		case text == "":
			text = c
		case c != text:
			return false
		}
	}
	for _, p := range notePrefixes {
		if strings.HasPrefix(text, p) {
			return true
		}
	}
	return noteStart.MatchString(text)
}

func shorten(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// notPublishedAsText are the columns whose values are codes checked on
// their own, not text shown on a page.
var notPublishedAsText = map[string]bool{
	"网站标识码": true, "备案单号": true, "统一社会信用代码": true, "首页地址": true,
}

// checkPersonalCells reports personal data in the published cells of a row
// (every known column but codes and URLs) unless the row's 公开个人信息 cell
// says 是. canonical names the columns as decode mapped them.
func checkPersonalCells(t *sheet.Table, row int, cells, canonical []string, allow int, problems *diag.List) {
	if allow >= 0 {
		if yes, _ := parseYesNo(cells[allow]); yes {
			return
		}
	}
	for i, c := range cells {
		name := canonical[i]
		if c == "" || strings.HasPrefix(name, "\x00") || notPublishedAsText[name] {
			continue
		}
		for _, pd := range findPersonalData(c) {
			problems.Errorf(t.File, row, t.Header[i], personalFix, "%s中有%s %s，网站公开后任何人都能看到", name, pd.Kind, pd.Masked)
		}
	}
}

const personalFix = "删去，或改为单位对外公开的电话、邮箱；确需公开时，在这一行的“" + allowColumn + "”列填 是"
