package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// copySite copies the repository's Hugo site (hugo.toml and its folders)
// into a temporary folder, setting the given [params] of hugo.toml.
func copySite(t *testing.T, params map[string]string) string {
	t.Helper()
	dst := t.TempDir()
	for _, d := range []string{"layouts", "content", "static"} {
		copyTree(t, filepath.Join("../..", d), filepath.Join(dst, d))
	}
	cfg := readFile(t, "../../hugo.toml")
	for k, v := range params {
		re := regexp.MustCompile(`(?m)^` + k + ` = ".*?"`)
		if !re.MatchString(cfg) {
			t.Fatalf("hugo.toml has no param %s", k)
		}
		cfg = re.ReplaceAllString(cfg, k+` = "`+v+`"`)
	}
	if err := os.WriteFile(filepath.Join(dst, "hugo.toml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

// The footer shows the conventions of a government website as configured,
// and links to other hosts only when their addresses are configured.
func TestGovernmentConventions(t *testing.T) {
	params := map[string]string{
		"publisher":          "示例市政务公开办公室",
		"siteCode":           "9999000001",
		"icp":                "示ICP备12345678号",
		"icpURL":             "https://beian.miit.gov.cn/",
		"publicSecurity":     "示公网安备 99999902000001号",
		"publicSecurityURL":  "https://beian.mps.gov.cn/#/query/webSearch?code=99999902000001",
		"publicSecurityIcon": "favicon.svg",
		"partyGovMark":       "favicon.svg",
		"errorReportURL":     "https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteId.action?siteCode=9999000001",
	}
	configured := buildSite(t, "../../rounds", "--site", copySite(t, params), "--base-url", publishedBase)
	sample := buildSite(t, "../../rounds")

	latest := "rounds/2024q4/index.html"
	tests := []struct {
		page string
		want []string // in the configured site
		not  []string // in the sample site
	}{
		{"index.html", []string{
			"主办单位：示例市人民政府办公室", "发布机构：示例市政务公开办公室", "网站标识码：9999000001",
			`<a href="https://beian.miit.gov.cn/" rel="noopener">示ICP备12345678号</a>`,
			`href="https://beian.mps.gov.cn/#/query/webSearch?code=99999902000001"`,
			`alt="党政机关网站标识"`, `我为政府网站找错</a>`,
			`<meta name="SiteName" content="示例市政府网站与政务新媒体检查情况公开">`,
			`<meta name="SiteDomain" content="www.example.gov.cn">`,
			`<meta name="SiteIDCode" content="9999000001">`,
		}, []string{"网站标识码", "beian", "找错</a>", "党政机关网站标识", `name="SiteIDCode"`, `name="SiteDomain"`}},
		{latest, []string{
			`<meta name="ColumnName" content="检查通报">`,
			`<meta name="ArticleTitle" content="关于示例市2024年第四季度政府网站与政务新媒体检查情况的通报">`,
			`<meta name="PubDate" content="2025-01-24 00:00">`,
			`<meta name="ContentSource" content="示例市人民政府办公室">`,
			`<meta name="Keywords" content="2024年第四季度,`,
			`<meta name="Description" content="关于示例市2024年第四季度政府网站与政务新媒体检查情况的通报：网站合格率 97.10%，政务新媒体合格率 97.32%。">`,
			"<dt>发文字号</dt><dd>示政办函〔2025〕11号</dd>", "<dt>索引号</dt>", "<dt>主题分类</dt>",
			"<dt>发布机构</dt>", "<dt>成文日期</dt>", "<dt>发布日期</dt>",
		}, nil},
		{"robots.txt", []string{"Disallow: /zwgk/jcqk/search-index/", "Sitemap: https://www.example.gov.cn/zwgk/jcqk/sitemap.xml"}, []string{"Sitemap:"}},
	}
	for _, tc := range tests {
		got := readFile(t, filepath.Join(configured, tc.page))
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s lacks %s", tc.page, w)
			}
		}
		plain := readFile(t, filepath.Join(sample, tc.page))
		for _, n := range tc.not {
			if strings.Contains(plain, n) {
				t.Errorf("the sample's %s has %s, which it does not configure", tc.page, n)
			}
		}
	}
	// One description per page: Description, as the government metadata
	// writes it, not also description.
	if n := strings.Count(strings.ToLower(readFile(t, filepath.Join(sample, latest))), `<meta name="description"`); n != 1 {
		t.Errorf("the round page has %d description meta tags", n)
	}
}
