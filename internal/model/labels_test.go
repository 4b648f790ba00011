package model

import "testing"

func TestPlatformLabel(t *testing.T) {
	for _, tt := range []struct{ platform, subType, want string }{
		{"微信", "公众号", "微信（公众号）"},
		{"微信", "小程序", "微信（小程序）"},
		{"新浪微博", "", "新浪微博"},
		{"其他", "百家号", "其他（百家号）"},
	} {
		if got := PlatformLabel(tt.platform, tt.subType); got != tt.want {
			t.Errorf("PlatformLabel(%q, %q) = %q, want %q", tt.platform, tt.subType, got, tt.want)
		}
	}
}

func TestKindLabel(t *testing.T) {
	if got := KindLabel(false); got != "网站" {
		t.Errorf("KindLabel(website) = %q, want 网站", got)
	}
	if got := KindLabel(true); got != "新媒体" {
		t.Errorf("KindLabel(account) = %q, want 新媒体", got)
	}
}
