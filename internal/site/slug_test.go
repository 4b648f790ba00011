package site

import "testing"

func TestUnitSlug(t *testing.T) {
	tests := []struct{ name, want string }{
		{"示例市教育局", "shi-li-shi-jiao-yu-ju"},
		{"示例市12345热线", "shi-li-shi-12345-re-xian"},
		{"ABC办公室", "abc-ban-gong-shi"},
		{"</script><script>alert(1)</script>", "script-script-alert-1-script"},
		{"（）", "unit-" + shortHash("（）")},
		{"随州市桐柏山太白顶风景名胜区管理委员会随州市桐柏山太白顶风景名胜区管理委员会", "sui-zhou-shi-tong-bai-shan-tai-bai-ding-feng-jing-ming-sheng-" + shortHash("随州市桐柏山太白顶风景名胜区管理委员会随州市桐柏山太白顶风景名胜区管理委员会")},
	}
	for _, tt := range tests {
		if got := UnitSlug(tt.name); got != tt.want {
			t.Errorf("UnitSlug(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// Homophone names get distinct slugs that do not depend on each other.
func TestSlugsKeepHomophonesApart(t *testing.T) {
	s := Slugs([]string{"示例市公安局", "示例市工安局", "示例市教育局"})
	if s["示例市公安局"] == s["示例市工安局"] {
		t.Errorf("homophones share slug %q", s["示例市公安局"])
	}
	if s["示例市教育局"] != "shi-li-shi-jiao-yu-ju" {
		t.Errorf("a unique name got %q", s["示例市教育局"])
	}
	again := Slugs([]string{"示例市工安局", "示例市公安局"})
	if again["示例市公安局"] != s["示例市公安局"] {
		t.Error("slug depends on the order of names")
	}
}
