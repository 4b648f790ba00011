package model

import "testing"

func TestSummaryMetricKinds(t *testing.T) {
	for _, tt := range []struct {
		name               string
		count, rate, known bool
	}{
		{"网站总数", true, false, true},
		{"互动当日答复网站数", true, false, true},
		{"账号数:微信", true, false, true},
		{"账号数：微信", true, false, true}, // typed with a full-width colon
		{"得分段:网站:90-100", true, false, true},
		{"网站总数:市直部门", true, false, true},
		{"账号合格数:青山区", true, false, true},
		{"门户网站数:市直部门", false, false, false}, // not stated per group
		{"网站合格率", false, true, true},
		{"抽查比例:区县政府", false, true, true},
		{"网站平均分:内容保障", false, false, true},
		{"新媒体平均分:安全防护", false, false, true},
		{"发现问题数", false, false, false},
		{"网站总数:", false, false, false},
	} {
		if got := IsCountMetric(tt.name); got != tt.count {
			t.Errorf("IsCountMetric(%q) = %v, want %v", tt.name, got, tt.count)
		}
		if got := IsStatedRate(tt.name); got != tt.rate {
			t.Errorf("IsStatedRate(%q) = %v, want %v", tt.name, got, tt.rate)
		}
		if got := IsKnownMetric(tt.name); got != tt.known {
			t.Errorf("IsKnownMetric(%q) = %v, want %v", tt.name, got, tt.known)
		}
	}
}

func TestSplitGroup(t *testing.T) {
	for _, tt := range []struct {
		name, base, group string
		ok                bool
	}{
		{"网站总数:市直部门", "网站总数", "市直部门", true},
		{"账号合格率:青山区", "账号合格率", "青山区", true},
		{"账号数:微信", "", "", false}, // a platform, not a group
		{"网站总数", "", "", false},
	} {
		base, group, ok := SplitGroup(tt.name)
		if base != tt.base || group != tt.group || ok != tt.ok {
			t.Errorf("SplitGroup(%q) = %q, %q, %v; want %q, %q, %v", tt.name, base, group, ok, tt.base, tt.group, tt.ok)
		}
	}
}

func TestPlatformCountName(t *testing.T) {
	if got := PlatformCount("新浪微博"); got != "账号数:新浪微博" {
		t.Errorf("PlatformCount(新浪微博) = %q, want 账号数:新浪微博", got)
	}
}
