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
		{"公众号", "微信", "公众号", true},
		{"weixin", "微信", "", true},
		{"WeChat", "微信", "", true},
		{"微博", "新浪微博", "", true},
		{"APP", "移动客户端", "", true},
		{"客户端", "移动客户端", "", true},
		{"视频号", "微信视频号", "", true},
		{"抖音视频", "抖音", "", true},
		{"百家号", "其他", "百家号", true},
		{"某某号", "其他", "某某号", false},
	}
	for _, tt := range tests {
		p, s, known := parsePlatform(tt.in)
		if p != tt.platform || s != tt.subType || known != tt.known {
			t.Errorf("parsePlatform(%q) = %q, %q, %v; want %q, %q, %v", tt.in, p, s, known, tt.platform, tt.subType, tt.known)
		}
	}
}

func TestParseResult(t *testing.T) {
	tests := []struct {
		in   string
		want model.Result
		ok   bool
	}{
		{"合格", model.Pass, true}, {"通过", model.Pass, true}, {"是", model.Pass, true},
		{"不合格", model.Fail, true}, {"未通过", model.Fail, true}, {"否", model.Fail, true},
		{"", model.Unchecked, true}, {"良好", model.Unchecked, false},
	}
	for _, tt := range tests {
		got, ok := parseResult(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseResult(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-10-08", "2024-10-08"},
		{"2024/10/8", "2024-10-08"},
		{"2024.10.8", "2024-10-08"},
		{"2024年10月8日", "2024-10-08"},
		{"2024-02-29", "2024-02-29"},
		{"2023-02-29", ""},
		{"2024-13-01", ""},
		{"十月八日", ""},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("parseDate(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestParseCountAndDecimal(t *testing.T) {
	for in, want := range map[string]int{"609": 609, "1,012": 1012, "796个": 796} {
		if got, ok := parseCount(in); !ok || got != want {
			t.Errorf("parseCount(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for _, bad := range []string{"", "-1", "1.5", "约600"} {
		if _, ok := parseCount(bad); ok {
			t.Errorf("parseCount(%q) accepted", bad)
		}
	}
	for in, want := range map[string]string{"104.05": "104.05", "98分": "98", "-3": "-3"} {
		if got, ok := parseDecimal(in); !ok || got != want {
			t.Errorf("parseDecimal(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := parseDecimal("九十"); ok {
		t.Error("parseDecimal accepted 九十")
	}
}
