package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// A site built without --base-url works only at the root of a host; uploaded
// into the portal's /zwgk/jcqk/ it loses its CSS and links without a word.
// The build says so, and says nothing once the address is given.
func TestBuildWithoutBaseURLSaysHowToPublishInAFolder(t *testing.T) {
	const hint = "提示：网站按根路径 / 生成；如果放在门户网站的子目录（如 /zwgk/jcqk/）下，请用 --base-url 指定完整地址后重新生成"
	rounds := "../../testdata/xss"
	for _, tt := range []struct {
		args []string
		want bool
	}{
		{nil, true},
		{[]string{"--base-url", "https://www.example.gov.cn/zwgk/jcqk/"}, false},
	} {
		var stderr bytes.Buffer
		args := append([]string{"build", "--site", "../..", "--rounds", rounds, "--out", filepath.Join(t.TempDir(), "public")}, tt.args...)
		if code := Run(args, &bytes.Buffer{}, &stderr); code != 0 {
			t.Fatalf("zwgk %v: exit %d\n%s", args, code, stderr.String())
		}
		if got := strings.Contains(stderr.String(), hint); got != tt.want {
			t.Errorf("zwgk %v: hint shown %v, want %v\n%s", tt.args, got, tt.want, stderr.String())
		}
	}
}
