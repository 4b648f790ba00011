package model

import (
	"fmt"
	"regexp"
	"strconv"
)

var roundIDPattern = regexp.MustCompile(`^(\d{4})(?:(Q[1-4])|(H[12])|-(\d{1,2}))?$`)

// RoundOrder gives a sort key that puts round ids in time order: 2024Q3,
// 2024H1, 2024 (the whole year) and 2021-2 (第二次 of 2021). Within a year,
// quarters and halves sort by the month they end in, a whole year last, and
// numbered rounds by their number.
func RoundOrder(id string) (int, error) {
	m := roundIDPattern.FindStringSubmatch(id)
	if m == nil {
		return 0, fmt.Errorf("轮次文件夹名 %q 无法识别 —— 请改为 2024Q3（季度）、2024H1（半年）、2024（全年）或 2021-2（第二次）这样的形式", id)
	}
	year, _ := strconv.Atoi(m[1])
	sub := 13 // a whole year sorts after its parts
	switch {
	case m[2] != "":
		sub = int(m[2][1]-'0') * 3
	case m[3] != "":
		sub = int(m[3][1]-'0') * 6
	case m[4] != "":
		n, _ := strconv.Atoi(m[4])
		sub = n
	}
	return year*100 + sub, nil
}
