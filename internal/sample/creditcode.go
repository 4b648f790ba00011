package sample

import "github.com/zwgk/zwgk/internal/creditcode"

// creditCode builds the credit code of a government organ: 登记管理部门 1
// (机构编制), 机构类别 1 (机关), the region code, an organization code made
// from orgBody with its check digit, and the GB 32100 check digit, so that a
// realistic code passes the checks zwgk makes on units.csv.
func creditCode(regionCode, orgBody string) (string, error) {
	orgCheck, err := creditcode.OrgCheckDigit(orgBody)
	if err != nil {
		return "", err
	}
	body := "11" + regionCode + orgBody + string(orgCheck)
	check, err := creditcode.CheckDigit(body)
	if err != nil {
		return "", err
	}
	return body + string(check), nil
}
