package figures

import (
	"fmt"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/model"
)

// 红河: “得分超过100分网站2个，得分90—100分网站共7个…”, and a band below
// 60: open-ended bands keep their counts and read as the 通报 words them.
func TestOpenEndedScoreBands(t *testing.T) {
	ds := &model.Dataset{Rounds: []model.Round{{ID: "2020Q1", Sources: []string{"round.md"},
		Summary: metrics("网站总数", "14", "网站合格数", "14", "得分段:网站:100-", "2", "得分段:网站:90-100", "7",
			"得分段:新媒体:-60", "5")}}}
	d := compute(t, ds).Rounds[0].Distribution
	got := fmt.Sprint(d.Labels, d.Websites, d.Accounts)
	if want := "[100分及以上 90–100分 60分以下] [2 7 -1] [-1 -1 5]"; d == nil || !d.Stated || got != want {
		t.Errorf("distribution %s, want %s (stated)", got, want)
	}
	ds.Rounds[0].Summary = metrics("网站总数", "14", "得分段:网站:-", "2")
	if got := problemTexts(ds); !strings.Contains(got, "指标“得分段:网站:-”无法识别") {
		t.Errorf("a band without bounds: problems\n%s", got)
	}
}
