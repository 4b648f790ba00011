// Package creditcode checks and computes the check characters of the
// 统一社会信用代码 (unified social credit code, GB 32100-2015) and of the
// 组织机构代码 (organization code, GB 11714-1997) inside it.
package creditcode

import (
	"fmt"
	"strings"
)

// alphabet is the character set of a credit code: digits and capital letters
// without I, O, S, V and Z, each worth its position in this string (0–30).
const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// weights are the GB 32100-2015 weights of the first 17 characters
// (3^i mod 31).
var weights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// CheckDigit returns the 18th character of a credit code whose first 17
// characters are body.
func CheckDigit(body string) (byte, error) {
	if len(body) != 17 {
		return 0, fmt.Errorf("统一社会信用代码前17位应为17个字符，实际为“%s”：请检查代码长度", body)
	}
	sum := 0
	for i := range 17 {
		v := strings.IndexByte(alphabet, body[i])
		if v < 0 {
			return 0, fmt.Errorf("统一社会信用代码“%s”第%d位“%c”不是合法字符：只能使用数字和除I、O、S、V、Z以外的大写字母", body, i+1, body[i])
		}
		sum += v * weights[i]
	}
	return alphabet[(31-sum%31)%31], nil
}

// Check reports what is wrong with a credit code, or nil when its length,
// characters and GB 32100 check character are right.
func Check(code string) error {
	if n := len([]rune(code)); n != 18 {
		return fmt.Errorf("统一社会信用代码“%s”有 %d 位，应为 18 位", code, n)
	}
	for i, r := range code {
		if r > 127 || !strings.ContainsRune(alphabet, r) {
			return fmt.Errorf("统一社会信用代码“%s”第 %d 位“%c”不是合法字符（只用数字和除 I、O、S、V、Z 以外的大写字母）", code, i+1, r)
		}
	}
	want, err := CheckDigit(code[:17])
	if err != nil {
		return err
	}
	if code[17] != want {
		return fmt.Errorf("统一社会信用代码“%s”的校验位（第 18 位）应为“%c”，多半是有一位抄错了", code, want)
	}
	return nil
}

// OrgCheckDigit returns the 9th character of a 组织机构代码 whose first 8
// characters are body. The organization code is characters 9–17 of a credit
// code.
func OrgCheckDigit(body string) (byte, error) {
	orgWeights := [8]int{3, 7, 9, 10, 5, 8, 4, 2}
	if len(body) != 8 {
		return 0, fmt.Errorf("组织机构代码本体应为8个字符，实际为“%s”：请检查代码长度", body)
	}
	sum := 0
	for i := range 8 {
		c := body[i]
		var v int
		switch {
		case c >= '0' && c <= '9':
			v = int(c - '0')
		case c >= 'A' && c <= 'Z':
			v = int(c-'A') + 10
		default:
			return 0, fmt.Errorf("组织机构代码“%s”第%d位“%c”不是合法字符：只能使用数字和大写字母", body, i+1, c)
		}
		sum += v * orgWeights[i]
	}
	switch c := 11 - sum%11; c {
	case 10:
		return 'X', nil
	case 11:
		return '0', nil
	default:
		return byte('0' + c), nil
	}
}
