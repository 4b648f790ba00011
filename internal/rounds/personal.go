package rounds

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// The site is public: a mobile number, 身份证号, e-mail address or
// telephone number in any text that reaches a page is an error unless the
// row (column 公开个人信息) or round.md (allow_personal_data) says it is meant
// to be published. This file finds such values.

// personalData is one value found in a text.
type personalData struct {
	Kind   string // 手机号码, 身份证号, 电子邮箱, 电话号码
	Masked string // the value with its middle hidden, for the message
}

var (
	mobilePattern   = regexp.MustCompile(`1[3-9]\d[- ]?\d{4}[- ]?\d{4}`)
	idPattern       = regexp.MustCompile(`\d{17}[\dXx]`)
	emailPattern    = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`)
	landlinePattern = regexp.MustCompile(`[(（]?0\d{2,3}[)）]?[-－— ]?\d{7,8}`)
	// A short number after 电话 or 传真 is a telephone number even without
	// its area code: “联系电话:3253617”.
	labelledPhone = regexp.MustCompile(`(?:电话|手机|传真|联系方式|tel|Tel|TEL)\s*(?:号码)?\s*[:：]?\s*(\d{7,8})`)
)

// findPersonalData lists the personal data in a text, in order of position.
func findPersonalData(text string) []personalData {
	if !strings.ContainsAny(text, "0123456789@") {
		return nil
	}
	var found []personalData
	taken := make([]bool, len(text)+1) // bytes already part of a finding
	add := func(kind string, start, end int, masked string) {
		for i := start; i < end; i++ {
			if taken[i] {
				return
			}
		}
		for i := start; i < end; i++ {
			taken[i] = true
		}
		found = append(found, personalData{Kind: kind, Masked: masked})
	}
	for _, m := range emailPattern.FindAllStringIndex(text, -1) {
		add("电子邮箱", m[0], m[1], maskEmail(text[m[0]:m[1]]))
	}
	for _, m := range idPattern.FindAllStringIndex(text, -1) {
		if v := text[m[0]:m[1]]; standalone(text, m[0], m[1]) && validID(v) {
			add("身份证号", m[0], m[1], keepEnds(v, 4, 4))
		}
	}
	for _, m := range mobilePattern.FindAllStringIndex(text, -1) {
		if standalone(text, m[0], m[1]) {
			add("手机号码", m[0], m[1], keepEnds(text[m[0]:m[1]], 3, 4))
		}
	}
	for _, m := range landlinePattern.FindAllStringIndex(text, -1) {
		if standalone(text, m[0], m[1]) {
			add("电话号码", m[0], m[1], keepEnds(text[m[0]:m[1]], 4, 3))
		}
	}
	for _, m := range labelledPhone.FindAllStringSubmatchIndex(text, -1) {
		if standalone(text, m[2], m[3]) {
			add("电话号码", m[2], m[3], keepEnds(text[m[2]:m[3]], 0, 3))
		}
	}
	return found
}

// standalone reports whether text[start:end] is not part of a longer run of
// digits, such as a 统一社会信用代码 or a 网站标识码.
func standalone(text string, start, end int) bool {
	if start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); isDigitOrLetter(r) {
			return false
		}
	}
	if end < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[end:]); isDigitOrLetter(r) {
			return false
		}
	}
	return true
}

func isDigitOrLetter(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z'
}

// idWeights are the GB 11643 weights of the first 17 digits of a 身份证号.
var idWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// validID reports whether an 18-character string is a 身份证号: a plausible
// birth date in characters 7–14 and a correct ISO 7064 MOD 11-2 check
// character, so that other long numbers are not taken for one.
func validID(s string) bool {
	if len(s) != 18 {
		return false
	}
	if _, ok := parseDate(s[6:14]); !ok || s[6:8] != "19" && s[6:8] != "20" {
		return false
	}
	sum := 0
	for i := range 17 {
		sum += int(s[i]-'0') * idWeights[i]
	}
	return "10X98765432"[sum%11] == strings.ToUpper(s[17:])[0]
}

// keepEnds hides all but the first head and last tail digits of v; the
// separators stay, so that 138-1234-5678 reads 138-****-5678.
func keepEnds(v string, head, tail int) string {
	digits := 0
	for _, r := range v {
		if isDigitOrLetter(r) {
			digits++
		}
	}
	var b strings.Builder
	i := 0
	for _, r := range v {
		if isDigitOrLetter(r) {
			if i >= head && i < digits-tail {
				r = '*'
			}
			i++
		}
		b.WriteRune(r)
	}
	return b.String()
}

// maskEmail keeps the first character of the name and the domain.
func maskEmail(v string) string {
	at := strings.LastIndexByte(v, '@')
	name := []rune(v[:at])
	return string(name[:1]) + "***" + v[at:]
}
