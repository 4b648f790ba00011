package rounds

import (
	"testing"

	"github.com/zwgk/zwgk/internal/model"
)

func TestParsePlatform(t *testing.T) {
	tests := []struct {
		in, platform, subType string
		known                 bool
	}{
		{"微信公众号", "微信", "公众号", true},
		{"微信订阅号", "微信", "订阅号", true},
		{"微信服务号", "微信", "服务号", true},
		{"微信小程序", "微信", "小程序", true},
		{"公众号", "微信", "公众号", true},
		{"微信（公众号）", "微信", "公众号", true},
		{"微信-订阅号", "微信", "订阅号", true},
		{"微信 公众号", "微信", "公众号", true},
		{"weixin", "微信", "", true},
		{"WeChat", "微信", "", true},
		{"微信", "微信", "", true},
		{"视频号", "微信视频号", "", true},
		{"微信视频号", "微信视频号", "", true},
		{"微博", "新浪微博", "", true},
		{"weibo", "新浪微博", "", true},
		{"新浪微博", "新浪微博", "", true},
		{"头条号", "今日头条", "", true},
		{"抖音视频", "抖音", "", true},
		{"快手号", "快手", "", true},
		{"APP", "移动客户端", "", true},
		{"ＡＰＰ", "移动客户端", "", true}, // typed with a Chinese input method
		{"政务APP", "移动客户端", "", true},
		{"客户端", "移动客户端", "", true},
		{"手机客户端", "移动客户端", "", true},
		{"百家号", "其他", "百家号", true},
		{"B站", "其他", "哔哩哔哩", true},
		{"某某号", "其他", "某某号", false},
	}
	for _, tt := range tests {
		p, s, known := parsePlatform(tt.in)
		if p != tt.platform || s != tt.subType || known != tt.known {
			t.Errorf("parsePlatform(%q) = %q, %q, %v; want %q, %q, %v", tt.in, p, s, known, tt.platform, tt.subType, tt.known)
		}
		if tt.known {
			// What new-round writes for last round's accounts reads back
			// the same.
			if p2, s2, _ := parsePlatform(platformText(p, s)); p2 != p || s2 != s {
				t.Errorf("platformText(%q, %q) = %q reads back as %q, %q", p, s, platformText(p, s), p2, s2)
			}
		}
	}
}

func TestParseResult(t *testing.T) {
	checkParses(t, "parseResult", parseResult, []parseCase[model.Result]{
		{"合格", model.Pass, true}, {"通过", model.Pass, true}, {"是", model.Pass, true}, {"√", model.Pass, true},
		{"PASS", model.Pass, true}, {"合 格", model.Pass, true},
		{"不合格", model.Fail, true}, {"未通过", model.Fail, true}, {"否", model.Fail, true}, {"×", model.Fail, true},
		{"不　合格", model.Fail, true},
		{"", model.Unchecked, true}, {"未抽查", model.Unchecked, true},
		{"良好", model.Unchecked, false}, {"基本合格", model.Unchecked, false},
	})
}

func TestParseRectification(t *testing.T) {
	checkParses(t, "parseRectification", parseRectification, []parseCase[string]{
		{"", "", true},
		{"已整改", "已整改", true}, {"已完成整改", "已整改", true}, {"整改完成", "已整改", true},
		{"整改中", "整改中", true}, {"正在整改", "整改中", true}, {"部分整改", "整改中", true},
		{"未整改", "未整改", true}, {"尚未整改", "未整改", true},
		{"已关停", "已关停", true}, {"关停", "已关停", true},
		{"已下线", "已下线", true}, {"下线", "已下线", true},
		{"已 整改", "已整改", true},
		{"已处理", "", false},
	})
}

func TestParseStatus(t *testing.T) {
	checkParses(t, "parseStatus", parseStatus, []parseCase[string]{
		{"", model.StatusRunning, true}, {"正常运行", model.StatusRunning, true}, {"正常", model.StatusRunning, true},
		{"新开设", model.StatusNew, true}, {"新增", model.StatusNew, true},
		{"已关停", model.StatusClosed, true}, {"关停", model.StatusClosed, true}, {"停运", model.StatusClosed, true},
		{"已注销", model.StatusCancelled, true}, {"注销", model.StatusCancelled, true},
		{"暂停更新", model.StatusPaused, true}, {"停更", model.StatusPaused, true},
		{"僵尸号", "", false},
	})
}

func TestParseYesNoAndSiteType(t *testing.T) {
	for in, want := range map[string]bool{"是": true, "Y": true, "yes": true, "否": false, "N": false, "０": false} {
		checkParse(t, "parseYesNo", parseYesNo, in, want, true)
	}
	for in, want := range map[string]string{"门户": "门户网站", "门户网站": "门户网站", "部门": "部门网站", "是": "门户网站", "否": "部门网站", "": ""} {
		checkParse(t, "parseSiteType", parseSiteType, in, want, true)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-10-08", "2024-10-08"},
		{"2024/10/8", "2024-10-08"},
		{"2024.10.8", "2024-10-08"},
		{"2024年10月8日", "2024-10-08"},
		{"2024年10月8号", "2024-10-08"},
		{"2024 年 10 月 8 日", "2024-10-08"},
		{"２０２４年１０月８日", "2024-10-08"},
		{"20241008", "2024-10-08"},
		{"2024/10/8 0:00", "2024-10-08"},      // a date cell saved as CSV by Excel
		{"2024-10-08 14:30:00", "2024-10-08"}, // with a time of day
		{"45573", "2024-10-08"},               // an Excel serial: the date cell lost its format
		{"45573.5", "2024-10-08"},
		{"2024-02-29", "2024-02-29"},
		{"2023-02-29", ""},
		{"2024-13-01", ""},
		{"十月八日", ""},
		{"12345", ""}, // too early to be a round's date
		{"2024-10", ""},
	}
	for _, tt := range tests {
		checkParse(t, "parseDate", parseDate, tt.in, tt.want, tt.want != "")
	}
}

func TestParseCountAndDecimal(t *testing.T) {
	for in, want := range map[string]int{"609": 609, "1,012": 1012, "796个": 796, "１０１２": 1012, "1，012": 1012} {
		checkParse(t, "parseCount", parseCount, in, want, true)
	}
	for _, bad := range []string{"", "-1", "1.5", "约600", "1e3"} {
		if _, ok := parseCount(bad); ok {
			t.Errorf("parseCount(%q) accepted", bad)
		}
	}
	for in, want := range map[string]string{"104.05": "104.05", "98分": "98", "-3": "-3", "９５.５": "95.5", "93.60": "93.60"} {
		checkParse(t, "parseDecimal", parseDecimal, in, want, true)
	}
	for _, bad := range []string{"九十", "1e3", "95.", "."} {
		if _, ok := parseDecimal(bad); ok {
			t.Errorf("parseDecimal(%q) accepted", bad)
		}
	}
}

// parseCase is an input of a parse function, what it should read as, and
// whether it should be accepted.
type parseCase[T comparable] struct {
	in   string
	want T
	ok   bool
}

// checkParses runs checkParse on each of cases.
func checkParses[T comparable](t *testing.T, name string, parse func(string) (T, bool), cases []parseCase[T]) {
	t.Helper()
	for _, c := range cases {
		checkParse(t, name, parse, c.in, c.want, c.ok)
	}
}

// checkParse fails when parse does not read in as want, with ok as wantOK.
func checkParse[T comparable](t *testing.T, name string, parse func(string) (T, bool), in string, want T, wantOK bool) {
	t.Helper()
	if got, ok := parse(in); got != want || ok != wantOK {
		t.Errorf("%s(%q) = %#v, %v; want %#v, %v", name, in, got, ok, want, wantOK)
	}
}

// 连续不合格次数 as clerks copy it from a 通报 (“连续三个季度不达标”,
// “连续两次抽查不合格”); one round is no streak.
func TestParseStreak(t *testing.T) {
	checkParses(t, "parseStreak", parseStreak, []parseCase[int]{
		{"3", 3, true}, {"３", 3, true}, {"3次", 3, true}, {"连续三个季度", 3, true}, {"两次", 2, true},
		{"连续 4 轮", 4, true}, {"十", 10, true},
		{"1", 1, false}, {"0", 0, false}, {"多次", 0, false}, {"3.5", 0, false},
	})
}
