package rounds

import (
	"html"
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
	emailPattern = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`)
	// A short number after 电话 or 传真 is a telephone number even without
	// its area code: “联系电话:3253617”.
	labelledPhone = regexp.MustCompile(`(?:电话|手机|传真|联系方式|tel|Tel|TEL)\s*(?:号码)?\s*[:：]?\s*(\d{7,8})`)
	// An e-mail address written so that robots miss it: name[at]host(dot)cn.
	atWord  = regexp.MustCompile(`(?i)\s*[\[(（]\s*at\s*[\])）]\s*`)
	dotWord = regexp.MustCompile(`(?i)\s*[\[(（]\s*dot\s*[\])）]\s*`)
	// A label glued to the number it labels: Tel13812345678.
	gluedLabel = regexp.MustCompile(`(?i)\b(tel|phone|mobile|fax)(\+?\d)`)
)

// findPersonalData lists the personal data in a text, in order of kind and
// position. The text is normalized first (normalizePersonal), so that
// full-width digits, zero-width characters and HTML entities hide nothing;
// a number may be split by spaces, dots, dashes and brackets.
func findPersonalData(text string) []personalData {
	// Most cells have no digit, @, entity or bracket: nothing to normalize.
	if !strings.ContainsAny(text, "0123456789@&[(（０１２３４５６７８９＠") {
		return nil
	}
	text = normalizePersonal(text)
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
	for _, g := range numberGroups(text) {
		if !standalone(text, g.start, g.end) {
			continue
		}
		if kind, head, tail := classifyNumber(g.digits); kind != "" {
			add(kind, g.start, g.end, keepEnds(text[g.start:g.end], head, tail))
		}
	}
	for _, m := range labelledPhone.FindAllStringSubmatchIndex(text, -1) {
		if standalone(text, m[2], m[3]) {
			add("电话号码", m[2], m[3], keepEnds(text[m[2]:m[3]], 0, 3))
		}
	}
	return found
}

// normalizePersonal undoes what hides a number or address from a plain
// match but not from a reader: HTML entities (&#49; is 1 on a page),
// full-width digits, letters and ＠＋－．, zero-width and other invisible
// characters, [at] and (dot) in addresses, and a label glued to a number.
// Full-width brackets stay, as they are shown in messages.
func normalizePersonal(text string) string {
	if strings.ContainsRune(text, '&') {
		text = html.UnescapeString(text)
	}
	text = strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ', r == '＠', r == '＋', r == '－', r == '．':
			return r - '０' + '0'
		case r == '\u3000' || r == '\u00a0':
			return ' '
		case r == '\u200b', r == '\u200c', r == '\u200d', r == '\u200e', r == '\u200f', r == '\u2060',
			r == '\u2061', r == '\u2062', r == '\u2063', r == '\u2064', r == '\ufeff', r == '\u00ad', r == '\u180e':
			return -1
		}
		return r
	}, text)
	if strings.Contains(text, "at") || strings.Contains(text, "AT") || strings.Contains(text, "At") {
		text = atWord.ReplaceAllString(text, "@")
		text = dotWord.ReplaceAllString(text, ".")
	}
	if strings.ContainsAny(text, "lLeExX") {
		text = gluedLabel.ReplaceAllString(text, "$1 $2")
	}
	return text
}

// numberGroup is a run of digits that may be split by separators, as a
// phone or 身份证号 is written: 138 1234 5678, (0571)87654321,
// 110105 19491231 002X.
type numberGroup struct {
	start, end int    // bytes of the text, separators and a leading + or ( included
	digits     string // the digits alone, and a final X of a 身份证号
}

// isSeparator reports whether r may stand between the digits of a number.
func isSeparator(r rune) bool {
	switch r {
	case ' ', '\t', '.', '-', '(', ')', '（', '）', '–', '—', '‐', '‑', '−':
		return true
	}
	return false
}

// maxSeparators is the longest run of separators inside a number: “) - ”.
const maxSeparators = 3

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// numberGroups finds the numbers of a text, each with its separators.
func numberGroups(text string) []numberGroup {
	var groups []numberGroup
	for i := 0; i < len(text); {
		start := i
		switch {
		case isDigit(text[i]):
		case (text[i] == '+' || text[i] == '(') && i+1 < len(text) && isDigit(text[i+1]):
			i++
		case strings.HasPrefix(text[i:], "（") && i+3 < len(text) && isDigit(text[i+3]):
			i += 3
		default:
			i++
			continue
		}
		var digits strings.Builder
		end := i
		for i < len(text) {
			if isDigit(text[i]) {
				digits.WriteByte(text[i])
				i++
				end = i
				continue
			}
			if (text[i] == 'X' || text[i] == 'x') && digits.Len() == 17 && end == i {
				digits.WriteByte('X')
				i++
				end = i
				break
			}
			j, n := i, 0
			for j < len(text) && n <= maxSeparators {
				r, size := utf8.DecodeRuneInString(text[j:])
				if !isSeparator(r) {
					break
				}
				j += size
				n++
			}
			if n == 0 || n > maxSeparators || j >= len(text) || !isDigit(text[j]) {
				break
			}
			i = j
		}
		groups = append(groups, numberGroup{start: start, end: end, digits: digits.String()})
		i = max(end, start+1)
	}
	return groups
}

// classifyNumber tells what a number's digits are, and how many digits to
// show at each end of it in a message: a mobile number (11 digits from 13
// to 19, perhaps after +86 or 0086), a telephone number (an area code of 0
// and two or three digits, then seven or eight digits and perhaps an
// extension), a 身份证号 (18 characters with a valid check character, or
// the old 15 digits with a plausible birth date), or "" for none.
func classifyNumber(d string) (kind string, head, tail int) {
	if len(d) == 18 && validID(d) || len(d) == 15 && validOldID(d) {
		return "身份证号", 4, 4
	}
	country := 0
	switch {
	case len(d) >= 13 && len(d) <= 15 && strings.HasPrefix(d, "0086"):
		country = 4
	case len(d) >= 11 && len(d) <= 13 && strings.HasPrefix(d, "86"):
		country = 2
	}
	if rest := d[country:]; len(rest) == 11 && rest[0] == '1' && rest[1] >= '3' && rest[1] <= '9' {
		return "手机号码", country + 3, 4
	} else if country > 0 && len(rest) >= 9 && len(rest) <= 11 && rest[0] != '0' {
		// A telephone number dialled from abroad: +86 10 12345678.
		area := 3
		if rest[0] == '1' || rest[0] == '2' {
			area = 2
		}
		return "电话号码", country + area, 3
	}
	if len(d) >= 10 && len(d) <= 16 && d[0] == '0' && d[1] != '0' {
		area := 4
		if d[1] == '1' || d[1] == '2' {
			area = 3 // 010, 020 … 029
		}
		if n := len(d) - area; n == 7 || n == 8 || len(d) > 12 {
			return "电话号码", area, 3
		}
	}
	return "", 0, 0
}

// validOldID reports whether 15 digits are a first-generation 身份证号: an
// area code and a birth date 19YYMMDD of someone born after 1920, the
// digits after it a serial number. Registration numbers of 15 digits have
// zeros where the year would be.
func validOldID(s string) bool {
	if s[0] < '1' || s[0] > '8' || s[6:8] < "20" {
		return false
	}
	_, ok := parseDate("19" + s[6:12])
	return ok
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
