package cli

import (
	"bytes"
	"encoding/csv"
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// buildSite runs `zwgk build` on a rounds folder with the repo's own site
// templates and returns the output folder.
func buildSite(t *testing.T, roundsDir string, extra ...string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "public")
	var stderr bytes.Buffer
	args := append([]string{"build", "--quiet", "--site", "../..", "--rounds", roundsDir, "--out", out}, extra...)
	if code := Run(args, &bytes.Buffer{}, &stderr); code != 0 {
		t.Fatalf("zwgk %s: exit %d\n%s", strings.Join(args, " "), code, stderr.String())
	}
	return out
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The sample's figures below were read off the built site once and checked
// by hand against rounds/: 2024Q4 lists 69 websites, 2 of them 不合格, and
// 1022 accounts, 13 of them 已注销 or 已关停 and 27 of the 1009 checked
// 不合格; 2023Q3 lists only its failures and states 64/68 and 912/932.
var sampleRounds = []struct {
	slug    string
	history string   // its row of the home page's 历次检查通报 table
	failed  []string // every 不合格 website of its websites.csv
}{
	{"2023q1", "2023年第一季度 2023-04-18 97.06% 66/68 98.48% 905/919", []string{"示例市青山区人民政府", "示例市自然资源和规划局"}},
	{"2023q2", "2023年第二季度 2023-07-24 95.59% 65/68 98.26% 906/922", []string{"示例市西津区人民政府", "示例市统计局", "示例市地方金融监督管理局"}},
	{"2023q3", "2023年第三季度 2023-10-17 94.12% 64/68 97.85% 912/932", []string{"示例市高新技术产业开发区", "示例市教育局", "示例市财政局", "示例市统计局"}},
	{"2023q4", "2023年第四季度 2024-01-27 92.65% 63/68 97.78% 926/947", []string{"示例市临空经济示范区", "示例市工业和信息化局", "示例市市场监督管理局", "示例市统计局", "示例市生态环境监测站"}},
	{"2024q1", "2024年第一季度 2024-04-23 95.65% 66/69 98.35% 953/969", []string{"示例市发展和改革委员会", "示例市城市管理局", "示例市公共数据开放平台"}},
	{"2024q2", "2024年第二季度 2024-07-17 94.20% 65/69 97.29% 287/295", []string{"示例市高新技术产业开发区", "示例市民政局", "示例市住房公积金管理中心", "示例市气象局"}},
	{"2024q3", "2024年第三季度 2024-10-20 95.65% 66/69 97.18% 964/992", []string{"示例市云溪区人民政府", "示例市经济技术开发区", "示例市交通运输局"}},
	{"2024q4", "2024年第四季度 2025-01-24 97.10% 67/69 97.32% 982/1009", []string{"示例市经济技术开发区", "示例市财政局"}},
}

func TestBuildSampleSite(t *testing.T) {
	out := buildSite(t, "../../rounds")

	t.Run("a page per round, with its title and every failed website", func(t *testing.T) {
		for _, r := range sampleRounds {
			// Every round.md titles the round the same way, with its period.
			title := "关于示例市" + strings.Fields(r.history)[0] + "政府网站与政务新媒体检查情况的通报"
			wantText(t, out, "rounds/"+r.slug+"/index.html", append([]string{title}, r.failed...)...)
		}
		readFile(t, filepath.Join(out, "404.html"))
	})

	t.Run("a page per unit of units.csv, linked from the units index", func(t *testing.T) {
		index := readFile(t, filepath.Join(out, "units", "index.html"))
		links := map[string]string{} // unit name → its page's folder
		for _, m := range regexp.MustCompile(`<a href="/units/([^"/]+)/">([^<]+)</a>`).FindAllStringSubmatch(index, -1) {
			links[html.UnescapeString(m[2])] = m[1]
		}
		names := unitNames(t, "../../rounds/units.csv")
		if len(names) != 60 {
			t.Fatalf("units.csv lists %d units, want the sample's 60", len(names))
		}
		for _, name := range names {
			slug, ok := links[name]
			if !ok {
				t.Errorf("units index does not link %s", name)
				continue
			}
			wantText(t, out, "units/"+slug+"/index.html", name+"核查清单")
		}
		wantText(t, out, "index.html", "查看全部 60 个单位的核查清单")
	})

	t.Run("pages show the figures and names of the sheets", func(t *testing.T) {
		for page, want := range map[string][]string{
			// The latest round's figures, checked against rounds/2024Q4.
			"index.html": {
				"示例数据",
				"最新一轮检查：2024年第四季度",
				"政府网站 合格率 97.10% 较上轮 +1.45个百分点 检查网站 69 个 合格 67 个 不合格 2 个",
				"政务新媒体 合格率 97.32% 较上轮 +0.14个百分点 账号总数 1022 个 正常运行 1009 个 检查账号 1009 个 合格 982 个 不合格 27 个 本轮新开设 30 个 本轮关停、注销 13 个",
			},
			// 示例市财政局's rows of rounds/2024Q4: its website and its 7 accounts.
			"units/shi-li-shi-cai-zheng-ju/index.html": {
				"示例市财政局 https://czj.shilishi.example/ 9999000010 不合格 50.24分",
				"示例财政 微信（小程序） 969117 正常运行 合格 85.42分",
				"示例财政 新浪微博 816997 正常运行 合格 81.92分",
				"示例政府采购 微信（公众号） 164838 正常运行 合格 99.57分",
				"示例会计 微信（服务号） 149791 正常运行 合格 93.26分",
				"示例政府采购 微信视频号 976599 正常运行 合格 81.55分",
				"示例市财政局 微信（服务号） 85109 正常运行 合格 91.17分",
				"示例会计 微信视频号 313259 正常运行 合格 87.13分",
			},
			// The 27 不合格 rows of rounds/2024Q4/accounts.csv.
			"rounds/2024q4/index.html": {
				"青山市场监管", "青山教育", "青山农业农村", "东湖人社", "东湖稻香街道",
				"东湖应急", "南岭信访", "西津卧龙街道", "北塘柳河街道", "临江狮山镇",
				"临江科技", "临江交通", "临江城管", "石门商务", "示例高新党群",
				"示例能源", "示例公安白鹭分局", "示例婚姻登记", "示例养老保险", "示例农机",
				"示例演艺", "示例健康教育", "示例计量", "示例医保经办", "示例市气象局",
				"示例气象科普", "示例乡村振兴",
			},
		} {
			wantText(t, out, page, want...)
		}
		for _, r := range sampleRounds {
			wantText(t, out, "index.html", r.history)
		}
		if !strings.Contains(readFile(t, filepath.Join(out, "index.html")), `id="chart-pass-rate-trend"`) {
			t.Error("home lacks the pass-rate trend chart")
		}
	})

	t.Run("nothing is loaded or linked from another host", func(t *testing.T) {
		checkNoOutsideRefs(t, out)
	})

	t.Run("two builds are byte-identical", func(t *testing.T) {
		again := buildSite(t, "../../rounds")
		compareTrees(t, out, again)
	})
}

// unitNames reads the 单位名称 column of a units.csv.
func unitNames(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, row := range rows[1:] {
		names = append(names, row[0])
	}
	return names
}

// Names and texts from the sheets appear only escaped.
func TestBuildEscapesSheetText(t *testing.T) {
	out := buildSite(t, "../../testdata/xss")
	found := false
	filepath.WalkDir(out, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") && !strings.HasSuffix(path, ".xml") {
			return err
		}
		page := readFile(t, path)
		for _, bad := range []string{"<script>alert", "<img src=x", "<svg onload", "<i>网站", "<b>类别", "javascript:alert"} {
			if strings.Contains(page, bad) {
				t.Errorf("%s contains unescaped %q", path, bad)
			}
		}
		if strings.Contains(page, "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;") {
			found = true
		}
		return nil
	})
	if !found {
		t.Error("the unit named </script><script>alert(1)</script> is not shown as text anywhere")
	}
}

var outsideRef = regexp.MustCompile(`(?i)\b(?:src|href|action|srcset)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:)?//`)

func checkNoOutsideRefs(t *testing.T, out string) {
	t.Helper()
	filepath.WalkDir(out, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		if m := outsideRef.FindString(readFile(t, path)); m != "" {
			t.Errorf("%s refers to another host: %s", path, m)
		}
		return nil
	})
}

func compareTrees(t *testing.T, a, b string) {
	t.Helper()
	files := map[string]bool{}
	filepath.WalkDir(a, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(a, path)
			files[rel] = true
			if readFile(t, path) != readFile(t, filepath.Join(b, rel)) {
				t.Errorf("%s differs between two builds", rel)
			}
		}
		return err
	})
	filepath.WalkDir(b, func(path string, d fs.DirEntry, err error) error {
		if rel, _ := filepath.Rel(b, path); err == nil && !d.IsDir() && !files[rel] {
			t.Errorf("%s exists in only one build", rel)
		}
		return err
	})
}

// escape is how html/template writes text.
func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;", "+", "&#43;").Replace(s)
}
