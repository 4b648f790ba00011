package site

import (
	"crypto/sha256"
	"encoding/hex"
	"reflect"
	"regexp"
	"slices"
	"testing"
)

func TestUnitSlug(t *testing.T) {
	tests := []struct{ name, want string }{
		{"示例市教育局", "shi-li-shi-jiao-yu-ju"},
		{"示例市12345热线", "shi-li-shi-12345-re-xian"},
		{"ABC办公室", "abc-ban-gong-shi"},
		{"</script><script>alert(1)</script>", "script-script-alert-1-script"},
		{"（）", ""},
	}
	for _, tt := range tests {
		if got := UnitSlug(tt.name); got != tt.want {
			t.Errorf("UnitSlug(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:3])
}

// A name without letters and a name too long for a URL get a hash.
func TestSlugsOfOddNames(t *testing.T) {
	long := "随州市桐柏山太白顶风景名胜区管理委员会随州市桐柏山太白顶风景名胜区管理委员会"
	got := Slugs([]string{"（）", long})
	want := map[string]string{
		"（）": "unit--" + shortHash("（）"),
		long: "sui-zhou-shi-tong-bai-shan-tai-bai-ding-feng-jing-ming-sheng--" + shortHash(long),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Slugs = %v, want %v", got, want)
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

// Units 示例局, 示例局! and 示例局3c7293 shared one page: the second pair was
// told apart by a short hash, which the third carries in its own name.
func TestSlugsNeverShareAPage(t *testing.T) {
	got := Slugs([]string{"示例局", "示例局!", "示例局3c7293"})
	want := map[string]string{
		"示例局":       "shi-li-ju--3c7293",
		"示例局!":      "shi-li-ju--feb357",
		"示例局3c7293": "shi-li-ju-3c7293",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Slugs = %v, want %v", got, want)
	}
}

// windowsReserved are the device names Windows will not take as a file or
// folder name, in any case, with or without an extension.
var windowsReserved = regexp.MustCompile(`(?i)^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$`)

// Every slug can be a folder name on Windows: no device names, no
// reserved characters, no trailing dot or space.
func TestSlugsAreWindowsNames(t *testing.T) {
	names := []string{"CON", "con", "Nul", "nul.txt", "AUX", "prn", "COM1", "com9", "LPT1", "lpt9.log", "COM0",
		"aux ", "prn.", "a:b", `x<y>|z?*"\/`, "尾点.", "尾空格 ", "", " ", "..", ".", "示例局"}
	slugs := Slugs(names)
	seen := map[string]string{}
	for _, n := range names {
		s := slugs[n]
		if !regexp.MustCompile(`^[a-z0-9]+(-{1,2}[a-z0-9]+)*$`).MatchString(s) || windowsReserved.MatchString(s) {
			t.Errorf("%q → %q, not a Windows folder name", n, s)
		}
		if other, ok := seen[s]; ok {
			t.Errorf("%q and %q share %q", n, other, s)
		}
		seen[s] = n
	}
	if got, want := slugs["CON"], "con--"+shortHash("CON"); got != want {
		t.Errorf("CON → %q, want %q", got, want)
	}
	if got := slugs["示例局"]; got != "shi-li-ju" {
		t.Errorf("示例局 → %q, a name like no other keeps its pinyin", got)
	}
}

// 16,384 names with one pinyin slug: some pairs share the short hash too.
// Every name still gets its own slug, whatever the order of the names.
func TestSlugsResolveHashCollisions(t *testing.T) {
	marks := []string{"!", "?", "、", "。"}
	var names []string
	for i := range 1 << 14 {
		name := "示例局"
		for d := i; d > 0; d /= 4 {
			name += marks[d%4]
		}
		names = append(names, name+"#")
	}
	hashes := map[string]bool{}
	collisions := 0
	for _, n := range names {
		if hashes[shortHash(n)] {
			collisions++
		}
		hashes[shortHash(n)] = true
	}
	if collisions == 0 {
		t.Fatal("the names have no colliding short hashes; the test proves nothing")
	}
	slugs := Slugs(names)
	seen := map[string]bool{}
	for _, n := range names {
		if seen[slugs[n]] {
			t.Errorf("two names share %q", slugs[n])
		}
		seen[slugs[n]] = true
	}
	reversed := slices.Clone(names)
	slices.Reverse(reversed)
	if !reflect.DeepEqual(Slugs(reversed), slugs) {
		t.Error("the slugs depend on the order of the names")
	}
}
