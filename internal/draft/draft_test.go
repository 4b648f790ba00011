package draft_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/draft"
	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/figures/figurestest"
	"github.com/zwgk/zwgk/internal/golden"
)

// latest drafts the newest round of a rounds folder.
func latest(t *testing.T, dir string) *draft.Document {
	t.Helper()
	ds, f := figurestest.Compute(t, dir)
	rules, err := figures.Rules(ds)
	if err != nil {
		t.Fatal(err)
	}
	return draft.New(f, len(f.Rounds)-1, rules)
}

func markdown(t *testing.T, d *draft.Document) string {
	t.Helper()
	var b bytes.Buffer
	if err := d.Markdown(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// The drafts of the sample's latest round and of the two reference 通报
// are kept as golden Markdown: any change of wording or figure shows in
// the diff. go test ./internal/draft -update rewrites them.
func TestGoldenDrafts(t *testing.T) {
	for _, g := range figurestest.Goldens {
		t.Run(g.Name, func(t *testing.T) {
			golden.Check(t, filepath.Join("testdata", g.Name+".md"), markdown(t, latest(t, g.Dir)))
		})
	}
}

// The 总体情况 sentences state the figures the real documents state.
func TestReferenceOverview(t *testing.T) {
	for _, tt := range []struct {
		dir  string
		want []string
	}{
		// 共检查…政府网站 61 个(含13个门户网站)，总体合格率100%；共排查政务新媒体账号1067个，
		// 其中正常运行的账号796个，包括：微信公众号508个，新浪微博67个，移动客户端9个，其他…212个。
		// 本季度新增政务新媒体账号49个。共排查出不符合要求的政务新媒体账号2个，总合格率达99.7%。
		{"../../testdata/reference/jinan", []string{
			"本次共检查政府网站61个（含13个门户网站），合格61个，不合格0个，合格率为100.0%。",
			"纳入监管的政务新媒体账号共1067个，其中正常运行796个，包括微信508个、新浪微博67个、移动客户端9个、其他212个。",
			"本轮新开设账号49个",
			"本次检查账号796个，合格794个，不合格2个，合格率为99.7%。",
			"共收到网民留言89条，按期办结89条",
		}},
		// 对辖区运行中的24家政府网站进行了检查…发现存在问题的网站有3家；检查了…11家政务微博、
		// 62家政务微信、1家政务APP…发现存在问题的政务新媒体有2家。
		{"../../testdata/reference/suizhou", []string{
			"本次共检查政府网站24个，合格21个，不合格3个，合格率为87.50%。",
			"不合格的网站为：随州高新技术产业开发区、随州市人力资源和社会保障局、随州市统计局。",
			"包括微信62个、新浪微博11个、移动客户端1个",
			"本次检查账号74个，合格72个，不合格2个，合格率为97.30%。",
			"不合格的账号为：“高城之声”微信（高城镇人民政府）、“广水公安”微信（广水市公安局）。",
		}},
		// 贵州: 随机抽查…政务新媒体账号471个…总体合格率为90.87%, no pass count.
		{"../../testdata/reference/guizhou-2025Q2", []string{
			"本次抽查账号471个，总体合格率为90.87%（合格数和不合格数通报未说明）。",
		}},
		// 广东: 全省在运行的510家政府网站…总体合格率为99.80%, no pass count.
		{"../../testdata/reference/guangdong-2025Q2", []string{
			"本次共检查政府网站510个，总体合格率为99.80%（合格数和不合格数通报未说明）。",
		}},
		// 红河: 全州在运行的政务新媒体150个,普查中发现不合格政务新媒体14个,总体合格率93.3%
		// — 136 of 150 is 90.7%. The draft says the 通报's figure and that the
		// counts give another, as the round page does.
		{"../../testdata/reference/honghe-2020Q1", []string{
			"合格136个，不合格14个，合格率为93.3%（通报数字；按 136/150 计算为 90.7%，两者不一致）。",
		}},
		// 宝鸡: 51家网站的测试信件能按要求做到5个工作日内回复，其中20家网站均做到
		// 当日回复 — how many sites were tested is not stated.
		{"../../testdata/reference/baoji-2024Q2", []string{
			"本次共检查政府网站54个，合格53个，不合格1个，合格率为98.1%。",
			"开展互动回应测试。51个网站全部按时答复；20个网站当日答复。",
		}},
	} {
		t.Run(filepath.Base(tt.dir), func(t *testing.T) {
			md := markdown(t, latest(t, tt.dir))
			overview := md[strings.Index(md, "## 一、总体情况"):strings.Index(md, "## 二、")]
			for _, w := range tt.want {
				if !strings.Contains(overview, w) {
					t.Errorf("总体情况 lacks %q:\n%s", w, overview)
				}
			}
		})
	}
}

// Names and problems from the sheets reach the page's Markdown as text:
// no raw HTML, no emphasis.
func TestPageMarkdownEscapesSheetText(t *testing.T) {
	var b bytes.Buffer
	if err := latest(t, "../../testdata/xss").PageMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{`\<i\>网站\</i\>`, `\</script\>\<script\>alert(7)\</script\>`, `\<svg onload=alert(6)\>`} {
		if !strings.Contains(md, want) {
			t.Errorf("page Markdown lacks the escaped %s:\n%s", want, md)
		}
	}
	if strings.Contains(strings.ReplaceAll(md, `\<`, ""), "<") {
		t.Errorf("page Markdown holds an unescaped <:\n%s", md)
	}
}
