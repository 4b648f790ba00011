package sample

import (
	"fmt"
	"strings"
)

// creditAlphabet is the character set of the 统一社会信用代码 (unified social
// credit code, GB 32100-2015): digits and capital letters without I, O, S, V
// and Z, each worth its position in this string (0–30).
const creditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// creditWeights are the GB 32100-2015 weights of the first 17 characters
// (3^(i) mod 31).
var creditWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// creditCheckDigit returns the 18th character of a credit code whose first 17
// characters are body.
func creditCheckDigit(body string) (byte, error) {
	if len(body) != 17 {
		return 0, fmt.Errorf("统一社会信用代码前17位应为17个字符，实际为“%s”：请检查代码长度", body)
	}
	sum := 0
	for i := range 17 {
		v := strings.IndexByte(creditAlphabet, body[i])
		if v < 0 {
			return 0, fmt.Errorf("统一社会信用代码“%s”第%d位“%c”不是合法字符：只能使用数字和除I、O、S、V、Z以外的大写字母", body, i+1, body[i])
		}
		sum += v * creditWeights[i]
	}
	return creditAlphabet[(31-sum%31)%31], nil
}

// orgCheckDigit returns the 9th character of a 组织机构代码 (organization code,
// GB 11714-1997) whose first 8 characters are body. The organization code is
// characters 9–17 of a credit code, so a realistic credit code has a valid
// one inside it.
func orgCheckDigit(body string) (byte, error) {
	weights := [8]int{3, 7, 9, 10, 5, 8, 4, 2}
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
		sum += v * weights[i]
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

// creditCode builds the credit code of a government organ: 登记管理部门 1
// (机构编制), 机构类别 1 (机关), the region code, an organization code made
// from orgBody, and the check digit.
func creditCode(regionCode, orgBody string) (string, error) {
	orgCheck, err := orgCheckDigit(orgBody)
	if err != nil {
		return "", err
	}
	body := "11" + regionCode + orgBody + string(orgCheck)
	check, err := creditCheckDigit(body)
	if err != nil {
		return "", err
	}
	return body + string(check), nil
}
