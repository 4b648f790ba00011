package rounds

import (
	"fmt"
	"math/big"
	"regexp"
	"strconv"
	"strings"

	"github.com/zwgk/zwgk/internal/model"
)

// parseResult reads a 检查结果 cell.
func parseResult(s string) (model.Result, bool) {
	switch strings.ToLower(s) {
	case "合格", "通过", "是", "pass", "passed":
		return model.Pass, true
	case "不合格", "未通过", "否", "fail", "failed":
		return model.Fail, true
	case "", "未检查", "未抽查":
		return model.Unchecked, true
	}
	return model.Unchecked, false
}

// parseYesNo reads 是/否 cells (是否抽查, 是否门户).
func parseYesNo(s string) (yes, ok bool) {
	switch strings.ToLower(s) {
	case "是", "y", "yes", "true", "1":
		return true, true
	case "否", "n", "no", "false", "0":
		return false, true
	}
	return false, false
}

// rectifications are the 整改情况 values FORMAT allows.
var rectifications = []string{"已整改", "整改中", "未整改", "已关停", "已下线"}

func parseRectification(s string) (string, bool) {
	switch s {
	case "":
		return "", true
	case "正在整改":
		return "整改中", true
	}
	for _, r := range rectifications {
		if s == r {
			return s, true
		}
	}
	return "", false
}

// statuses are the 运行状态 values FORMAT allows.
var statuses = []string{model.StatusRunning, model.StatusNew, model.StatusClosed, model.StatusCancelled, model.StatusPaused}

func parseStatus(s string) (string, bool) {
	switch s {
	case "":
		return model.StatusRunning, true
	case "正常", "运行":
		return model.StatusRunning, true
	case "新增":
		return model.StatusNew, true
	case "关停":
		return model.StatusClosed, true
	case "注销":
		return model.StatusCancelled, true
	}
	for _, v := range statuses {
		if s == v {
			return s, true
		}
	}
	return "", false
}

// parseSiteType reads 网站类型, or 是否门户 written as 是/否.
func parseSiteType(s string) (string, bool) {
	switch s {
	case "":
		return "", true
	case "门户网站", "门户", "政府门户网站":
		return "门户网站", true
	case "部门网站", "部门":
		return "部门网站", true
	case "其他":
		return "其他", true
	}
	if yes, ok := parseYesNo(s); ok {
		if yes {
			return "门户网站", true
		}
		return "部门网站", true
	}
	return "", false
}

// platformAliases maps what staff type to a platform and its sub-type.
var platformAliases = map[string][2]string{
	"微信": {"微信", ""}, "weixin": {"微信", ""}, "wechat": {"微信", ""},
	"微信公众号": {"微信", "公众号"}, "公众号": {"微信", "公众号"}, "政务微信": {"微信", "公众号"},
	"微信订阅号": {"微信", "订阅号"}, "订阅号": {"微信", "订阅号"},
	"微信服务号": {"微信", "服务号"}, "服务号": {"微信", "服务号"},
	"微信小程序": {"微信", "小程序"}, "小程序": {"微信", "小程序"},
	"微信视频号": {"微信视频号", ""}, "视频号": {"微信视频号", ""},
	"新浪微博": {"新浪微博", ""}, "微博": {"新浪微博", ""}, "weibo": {"新浪微博", ""}, "政务微博": {"新浪微博", ""},
	"今日头条": {"今日头条", ""}, "头条": {"今日头条", ""}, "头条号": {"今日头条", ""},
	"抖音": {"抖音", ""}, "抖音号": {"抖音", ""}, "抖音视频": {"抖音", ""}, "douyin": {"抖音", ""},
	"快手": {"快手", ""}, "快手号": {"快手", ""}, "快手视频": {"快手", ""}, "kuaishou": {"快手", ""},
	"移动客户端": {"移动客户端", ""}, "客户端": {"移动客户端", ""}, "app": {"移动客户端", ""}, "政务app": {"移动客户端", ""},
	"百家号": {"其他", "百家号"}, "企鹅号": {"其他", "企鹅号"}, "小红书": {"其他", "小红书"},
	"哔哩哔哩": {"其他", "哔哩哔哩"}, "b站": {"其他", "哔哩哔哩"}, "网易号": {"其他", "网易号"},
	"支付宝小程序": {"其他", "支付宝小程序"}, "其他": {"其他", ""},
}

// parsePlatform normalizes a 平台 cell; known is false for a platform it
// does not know, which is kept as 其他 with the text as its sub-type.
func parsePlatform(s string) (platform, subType string, known bool) {
	if p, ok := platformAliases[strings.ToLower(s)]; ok {
		return p[0], p[1], true
	}
	return "其他", s, false
}

var datePattern = regexp.MustCompile(`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$`)

// parseDate reads a date as staff type it (2024-10-08, 2024/10/8,
// 2024.10.8, 2024年10月8日) and gives it as YYYY-MM-DD.
func parseDate(s string) (string, bool) {
	m := datePattern.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	if mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mo, d), true
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

var decimalPattern = regexp.MustCompile(`^-?\d+(\.\d+)?$`)

// parseDecimal checks a number such as a score; it is kept as text and read
// exactly where figures need it.
func parseDecimal(s string) (string, bool) {
	s = strings.TrimSuffix(s, "分")
	if !decimalPattern.MatchString(s) {
		return "", false
	}
	if _, ok := new(big.Rat).SetString(s); !ok {
		return "", false
	}
	return s, true
}

var countPattern = regexp.MustCompile(`^\d+$`)

// parseCount reads a whole number such as a total, allowing thousands
// separators and a trailing 个/家/条.
func parseCount(s string) (int, bool) {
	s = strings.NewReplacer(",", "", "，", "").Replace(s)
	s = strings.TrimRight(s, "个家条件")
	if !countPattern.MatchString(s) || len(s) > 9 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}
