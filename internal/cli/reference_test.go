package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/sitetest"
)

// pageText is a page's visible text with tags removed and spaces folded,
// so a test can look for a figure next to its label.
func pageText(t *testing.T, path string) string {
	t.Helper()
	return sitetest.PageText(readFile(t, path))
}

// The two reference 通报, encoded as sheets, build into round pages that show
// every figure and list the documents state — each recomputed from the
// sheets, not typed.
func TestReferenceRoundPages(t *testing.T) {
	tests := []struct {
		rounds, page string
		want         []string
	}{
		{"../../testdata/reference/jinan", "rounds/2021q4/index.html", []string{
			"合格率 100.0%", "检查网站 61 个", "其中门户网站 13 个", // 共检查…政府网站 61 个(含13个门户网站)，总体合格率100%
			"账号总数 1067 个", "正常运行 796 个", "合格率 99.7%", "不合格 2 个", "本轮新开设 49 个",
			"微信 508", "新浪微博 67", "移动客户端 9", "其他 212", // 微信公众号508个，新浪微博67个，移动客户端9个，其他…212个
			"本轮通报未逐一列出不合格的政务新媒体账号（共 2 个）",
			"共收到网民留言 89 条", "按期办结 89 条",
			"处理网站群问题次数 3872", "备案信息不一致账号数 19", "涉及单位数 59",
		}},
		{"../../testdata/reference/suizhou", "rounds/2021-2/index.html", []string{
			"检查网站 24 个", "不合格 3 个", "合格率 87.50%",
			"检查账号 74 个", "合格率 97.30%",
			"新浪微博 11", "微信 62", "移动客户端 1",
			"随州高新技术产业开发区 网站标识码 4213900001", "随州市人力资源和社会保障局 网站标识码 4213000033", "随州市统计局 网站标识码 4213000043",
			"“图片新闻”、“工作动态”、“要闻动态”和“今日头条”栏目超2周未更新。",
			"高城之声 备案单号 71459", "便民服务栏目未同源发布。", "广水公安 备案单号 71328", "信息超2周未更新。",
			"排查整治账号数 91", "湖北省平台注销关停数 6",
		}},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.rounds), func(t *testing.T) {
			out := buildSite(t, tt.rounds)
			text := pageText(t, filepath.Join(out, tt.page))
			for _, want := range tt.want {
				if !strings.Contains(text, want) {
					t.Errorf("%s lacks %q", tt.page, want)
				}
			}
		})
	}
}
