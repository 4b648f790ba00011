package rounds

import (
	"fmt"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/width"

	"github.com/zwgk/zwgk/internal/model"
	"github.com/zwgk/zwgk/internal/sheet"
)

// fold makes what staff type comparable: full-width letters, digits and
// punctuation (typed with a Chinese input method) become ASCII, spaces
// inside the value are dropped — “不 合格”, “ＡＰＰ” — and letters are
// lower-cased.
func fold(s string) string {
	if plain(s) {
		return s // the usual cell: nothing to fold, nothing to allocate
	}
	s = width.Fold.String(s)
	return strings.ToLower(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			return -1
		}
		return r
	}, s))
}

// plain reports whether fold would leave s as it is: no capital letters,
// spaces or full-width forms.
func plain(s string) bool {
	for _, r := range s {
		if r >= 'A' && r <= 'Z' || r <= ' ' || r == 0x7f || r >= 0x80 && r < 0x2e80 || r >= 0x3000 && r <= 0x303f || r >= 0xfe00 {
			return false
		}
	}
	return true
}

// lookup finds a value by its folded form.
func lookup(table map[string]string, s string) (string, bool) {
	v, ok := table[fold(s)]
	return v, ok
}

// results maps the ways a 检查结果 is written to a result.
var results = map[string]model.Result{
	"合格": model.Pass, "通过": model.Pass, "是": model.Pass, "达标": model.Pass,
	"pass": model.Pass, "passed": model.Pass, "√": model.Pass, "✓": model.Pass, "✔": model.Pass,
	"不合格": model.Fail, "未通过": model.Fail, "否": model.Fail, "不达标": model.Fail,
	"fail": model.Fail, "failed": model.Fail, "×": model.Fail, "✗": model.Fail, "✘": model.Fail,
	"": model.Unchecked, "未检查": model.Unchecked, "未抽查": model.Unchecked,
	"未判定": model.Undetermined, "未定": model.Undetermined, "待定": model.Undetermined, "未评定": model.Undetermined,
	"未说明": model.Undetermined, "未注明": model.Undetermined,
}

// parseResult reads a 检查结果 cell.
func parseResult(s string) (model.Result, bool) {
	r, ok := results[fold(s)]
	return r, ok
}

// parseYesNo reads 是/否 cells (是否抽查, 是否门户, 公开个人信息).
func parseYesNo(s string) (yes, ok bool) {
	switch fold(s) {
	case "是", "y", "yes", "true", "1", "√", "✓":
		return true, true
	case "否", "n", "no", "false", "0", "×":
		return false, true
	}
	return false, false
}

// rectifications are the 整改情况 values FORMAT allows.
var rectifications = []string{"已整改", "整改中", "未整改", "已关停", "已下线"}

// rectificationAliases maps other ways of writing a 整改情况 to one of them.
var rectificationAliases = map[string]string{
	"":    "",
	"已整改": "已整改", "整改完成": "已整改", "完成整改": "已整改", "已完成整改": "已整改", "已完成": "已整改", "已修复": "已整改",
	"整改中": "整改中", "正在整改": "整改中", "部分整改": "整改中", "已部分整改": "整改中",
	"未整改": "未整改", "尚未整改": "未整改", "未完成整改": "未整改", "未完成": "未整改",
	"已关停": "已关停", "关停": "已关停", "已关闭": "已关停",
	"已下线": "已下线", "下线": "已下线", "已下架": "已下线",
}

func parseRectification(s string) (string, bool) {
	return lookup(rectificationAliases, s)
}

// statuses are the 运行状态 values FORMAT allows.
var statuses = []string{model.StatusRunning, model.StatusNew, model.StatusClosed, model.StatusCancelled, model.StatusPaused}

// statusAliases maps other ways of writing a 运行状态 to one of them; an
// empty cell means the account runs normally.
var statusAliases = map[string]string{
	"": model.StatusRunning, "正常运行": model.StatusRunning, "正常": model.StatusRunning, "运行": model.StatusRunning,
	"运行中": model.StatusRunning, "在运行": model.StatusRunning, "正常运营": model.StatusRunning, "正常更新": model.StatusRunning,
	"新开设": model.StatusNew, "新增": model.StatusNew, "新开": model.StatusNew, "新建": model.StatusNew, "新注册": model.StatusNew,
	"已关停": model.StatusClosed, "关停": model.StatusClosed, "已关闭": model.StatusClosed, "停运": model.StatusClosed, "已停运": model.StatusClosed,
	"已注销": model.StatusCancelled, "注销": model.StatusCancelled,
	"暂停更新": model.StatusPaused, "暂停": model.StatusPaused, "停更": model.StatusPaused, "暂停运行": model.StatusPaused,
}

func parseStatus(s string) (string, bool) {
	return lookup(statusAliases, s)
}

// siteTypes maps the ways a 网站类型 is written to one of 门户网站, 部门网站
// and 其他.
var siteTypes = map[string]string{
	"": "", "门户网站": "门户网站", "门户": "门户网站", "政府门户网站": "门户网站",
	"部门网站": "部门网站", "部门": "部门网站", "其他": "其他",
}

// parseSiteType reads 网站类型, or 是否门户 written as 是/否.
func parseSiteType(s string) (string, bool) {
	if t, ok := lookup(siteTypes, s); ok {
		return t, true
	}
	if yes, ok := parseYesNo(s); ok {
		if yes {
			return "门户网站", true
		}
		return "部门网站", true
	}
	return "", false
}

// platformAliases maps what staff type, folded and without punctuation, to
// a platform and its sub-type.
var platformAliases = map[string][2]string{
	"微信": {"微信", ""}, "weixin": {"微信", ""}, "wechat": {"微信", ""}, "wx": {"微信", ""},
	"微信公众号": {"微信", "公众号"}, "公众号": {"微信", "公众号"}, "政务微信": {"微信", "公众号"},
	"微信公众平台": {"微信", "公众号"}, "政务公众号": {"微信", "公众号"}, "微信号": {"微信", "公众号"},
	"微信订阅号": {"微信", "订阅号"}, "订阅号": {"微信", "订阅号"},
	"微信服务号": {"微信", "服务号"}, "服务号": {"微信", "服务号"},
	"微信小程序": {"微信", "小程序"}, "小程序": {"微信", "小程序"},
	"微信视频号": {"微信视频号", ""}, "视频号": {"微信视频号", ""},
	"新浪微博": {"新浪微博", ""}, "微博": {"新浪微博", ""}, "weibo": {"新浪微博", ""}, "政务微博": {"新浪微博", ""},
	"新浪": {"新浪微博", ""}, "sina": {"新浪微博", ""}, "sina微博": {"新浪微博", ""},
	"今日头条": {"今日头条", ""}, "头条": {"今日头条", ""}, "头条号": {"今日头条", ""}, "toutiao": {"今日头条", ""},
	"抖音": {"抖音", ""}, "抖音号": {"抖音", ""}, "抖音视频": {"抖音", ""}, "douyin": {"抖音", ""}, "tiktok": {"抖音", ""},
	"快手": {"快手", ""}, "快手号": {"快手", ""}, "快手视频": {"快手", ""}, "kuaishou": {"快手", ""},
	"移动客户端": {"移动客户端", ""}, "客户端": {"移动客户端", ""}, "app": {"移动客户端", ""}, "政务app": {"移动客户端", ""},
	"手机客户端": {"移动客户端", ""}, "移动端": {"移动客户端", ""}, "客户端app": {"移动客户端", ""}, "移动应用": {"移动客户端", ""},
	"百家号": {"其他", "百家号"}, "企鹅号": {"其他", "企鹅号"}, "小红书": {"其他", "小红书"},
	"哔哩哔哩": {"其他", "哔哩哔哩"}, "b站": {"其他", "哔哩哔哩"}, "bilibili": {"其他", "哔哩哔哩"}, "网易号": {"其他", "网易号"},
	"支付宝小程序": {"其他", "支付宝小程序"}, "澎湃号": {"其他", "澎湃号"}, "人民号": {"其他", "人民号"},
	"学习强国": {"其他", "学习强国"}, "其他": {"其他", ""},
}

// platformPunct is dropped from a 平台 cell before lookup, so that
// 微信（公众号）, 微信-订阅号 and 微信/服务号 read like 微信公众号.
var platformPunct = strings.NewReplacer("(", "", ")", "", "【", "", "】", "", "-", "", "—", "", "_", "", "/", "", "·", "", ":", "", "：", "", "、", "")

// parsePlatform normalizes a 平台 cell; known is false for a platform it
// does not know, which is kept as 其他 with the text as its sub-type.
func parsePlatform(s string) (platform, subType string, known bool) {
	if p, ok := platformAliases[platformPunct.Replace(fold(s))]; ok {
		return p[0], p[1], true
	}
	return "其他", s, false
}

// platformText writes a platform and sub-type the way staff would type it,
// so that parsePlatform reads it back the same: 微信+公众号 is 微信公众号,
// 其他+百家号 is 百家号.
func platformText(platform, subType string) string {
	switch {
	case subType == "":
		return platform
	case platform == "其他":
		return subType
	}
	return platform + subType
}

var (
	datePattern    = regexp.MustCompile(`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:[ t]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$`)
	compactDate    = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})$`)
	serialPattern  = regexp.MustCompile(`^\d{5}(\.\d+)?$`)
	serialEarliest = 32874.0 // 1990-01-01: smaller numbers are not a round's date
	serialLatest   = 73050.0 // 2099-12-31
)

// parseDate reads a date as staff type it (2024-10-08, 2024/10/8,
// 2024.10.8, 2024年10月8日, 20241008, a date with a time of day) or as an
// Excel serial (45573, what a date cell shows once its format is lost) and
// gives it as YYYY-MM-DD.
func parseDate(s string) (string, bool) {
	s = strings.TrimSpace(width.Fold.String(s))
	if serialPattern.MatchString(s) {
		n, err := strconv.ParseFloat(s, 64)
		if err != nil || n < serialEarliest || n > serialLatest {
			return "", false
		}
		return sheet.SerialDate(n, false).Format("2006-01-02"), true
	}
	m := datePattern.FindStringSubmatch(strings.ToLower(s))
	if m == nil {
		m = compactDate.FindStringSubmatch(s)
	}
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
	s = strings.TrimSuffix(fold(s), "分")
	if !decimalPattern.MatchString(s) || len(s) > 30 {
		return "", false
	}
	if _, ok := new(big.Rat).SetString(s); !ok {
		return "", false
	}
	return s, true
}

var countPattern = regexp.MustCompile(`^\d+$`)

// parseCount reads a whole number such as a total, allowing thousands
// separators, full-width digits and a trailing 个/家/条/件.
func parseCount(s string) (int, bool) {
	s = strings.ReplaceAll(fold(s), ",", "")
	s = strings.TrimRight(s, "个家条件")
	if !countPattern.MatchString(s) || len(s) > 9 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// parseRank reads a 排名 as the 通报 writes it: 3, 第3名, 3.
func parseRank(s string) (int, bool) {
	s = strings.TrimSuffix(strings.TrimPrefix(fold(s), "第"), "名")
	n, ok := parseCount(s)
	return n, ok && n > 0
}

// chineseCounts are the numbers a 通报 writes in words for a streak:
// 连续三个季度, 连续两次.
var chineseCounts = map[string]int{"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

// parseStreak reads a 连续不合格次数 as a clerk copies it from the 通报:
// 3, 3次, 三, 连续三个季度. A streak is at least 2 rounds: one failing round
// is no streak.
func parseStreak(s string) (int, bool) {
	s = strings.TrimPrefix(fold(s), "连续")
	for _, unit := range []string{"个季度", "季度", "次", "轮", "期", "个月", "年"} {
		if t, ok := strings.CutSuffix(s, unit); ok {
			s = t
			break
		}
	}
	n, ok := chineseCounts[s]
	if !ok {
		n, ok = parseCount(s)
	}
	return n, ok && n >= 2
}
