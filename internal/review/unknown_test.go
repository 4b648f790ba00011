package review

import (
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/site"
)

// A round that checked no websites, and whose 通报 states neither the
// accounts on file nor those running: the review says so, never 0.
func TestHeadlinesNotCheckedOrNotStated(t *testing.T) {
	h := site.RoundHeadlines{NoWebsites: true, Accounts: site.AccountTally{
		Tally:         site.Tally{Checked: 150, Passed: 146, Failed: 4, Rate: "97.33%"},
		OnFileUnknown: true, RunningUnknown: true, Sampled: true}}
	text := strings.Join(headlineText(h), "\n")
	for _, want := range []string{"政府网站：本轮未检查", "政务新媒体：账号总数 通报未说明，正常运行 通报未说明，抽查 150 个，合格 146 个，不合格 4 个，合格率 97.33%"} {
		if !strings.Contains(text, want) {
			t.Errorf("review text lacks %q:\n%s", want, text)
		}
	}
}
