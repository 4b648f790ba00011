package figures

import (
	"fmt"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
)

// messages gives the problems' messages, one a line, without file or fix.
func messages(problems *diag.List) string {
	var lines []string
	for _, p := range problems.Sorted() {
		lines = append(lines, p.Msg)
	}
	return strings.Join(lines, "\n")
}

// stepTest is a round in and, as a literal, the figures a step gives.
type stepTest struct {
	name  string
	round model.Round
	want  string // figures, then any problem
}

// runSteps runs step on each test's round and compares what show makes of
// the figures with the literal.
func runSteps(t *testing.T, tests []stepTest, step func(*model.Round, *Round, *diag.List), show func(Round, *diag.List) string) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out Round
			problems := &diag.List{}
			step(&tt.round, &out, problems)
			if got := show(out, problems); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// outcome ends a step's figures with its flags and its problems, to be
// compared with a literal.
func outcome(figures string, partial, derived bool, problems *diag.List) string {
	if partial {
		figures += " partial"
	}
	if derived {
		figures += " derived"
	}
	if m := messages(problems); m != "" {
		figures += "\n" + m
	}
	return figures
}

func TestRateDecimals(t *testing.T) {
	n := func(v int) *int { return &v }
	tests := []struct {
		name                   string
		meta                   model.Meta
		all, websites, account int
	}{
		{"not stated", model.Meta{}, 2, 2, 2},
		{"rate_decimals: 1", model.Meta{RateDecimals: n(1)}, 1, 1, 1},
		{"rate_decimals: {网站: 0, 新媒体: 1}", model.Meta{RateDecimals: n(1), WebsiteRateDecimals: n(0), AccountRateDecimals: n(1)}, 1, 0, 1},
		{"new media only", model.Meta{AccountRateDecimals: n(1)}, 2, 2, 1},
	}
	for _, tt := range tests {
		all, w, a := rateDecimals(tt.meta)
		if all != tt.all || w != tt.websites || a != tt.account {
			t.Errorf("%s: %d %d %d, want %d %d %d", tt.name, all, w, a, tt.all, tt.websites, tt.account)
		}
	}
}

func TestCountWebsites(t *testing.T) {
	portal := site("9900000001", "乙区", model.Pass)
	portal.Type = "门户网站"
	rows := countWebsites([]model.Website{
		portal,
		site("9900000002", "甲局", model.Fail, "首页不能访问"),
		site("9900000003", "甲局", model.Unchecked),
		site("9900000004", "甲局", model.Undetermined, "错别字"),
		site("9900000005", "乙区", model.Fail, "“动态”栏目超2周未更新"),
	})
	got := fmt.Sprintf("checked=%d passed=%d failed=%d portals=%d", rows.Checked, rows.Passed, rows.Failed, rows.portals)
	if want := "checked=3 passed=1 failed=2 portals=1"; got != want {
		t.Errorf("%s, want %s", got, want)
	}
	if len(rows.failed) != 2 || rows.failed[0].Code != "9900000002" || rows.failed[1].Code != "9900000005" {
		t.Errorf("failed = %v, want 9900000002 and 9900000005", rows.failed)
	}
}

func TestWebsiteFigures(t *testing.T) {
	ten := 10
	failing := []model.Website{site("9900000001", "甲局", model.Fail, "首页不能访问"), site("9900000002", "乙区", model.Fail, "错别字")}
	portal := site("9900000003", "乙区", model.Pass)
	portal.Type = "门户网站"
	tests := []stepTest{
		{"the whole list", model.Round{Websites: append([]model.Website{portal}, failing...)},
			"3/1/2 portals=1"},
		{"failures of a stated total", model.Round{Websites: failing, Summary: metrics("网站总数", "10")},
			"10/8/2 partial derived"},
		{"websites_total in round.md", model.Round{Websites: failing, Meta: model.Meta{WebsitesTotal: &ten}},
			"10/8/2 partial derived"},
		{"failures and a stated pass count", model.Round{Websites: failing, Summary: metrics("网站总数", "10", "网站合格数", "7")},
			"10/7/3 partial"},
		{"a total and no failure named", model.Round{Websites: []model.Website{portal}, Summary: metrics("网站总数", "10")},
			"10 pass unknown partial derived"},
		{"a partial list gives no portals; 门户网站数 does", model.Round{Websites: []model.Website{portal}, Summary: metrics("网站总数", "10", "网站合格数", "9", "门户网站数", "2")},
			"10/9/1 portals=2 partial"},
		{"more failures than the pass count leaves", model.Round{Websites: failing, Summary: metrics("网站总数", "10", "网站合格数", "9")},
			"10/9/1 partial\n网站合格数 9 加上清单中 2 个不合格网站，超过网站总数 10"},
		{"a pass count below the passing rows", model.Round{Websites: []model.Website{portal, portal}, Summary: metrics("网站合格数", "1")},
			"2/2/0 portals=2\n网站合格数 1 少于 websites 表中合格的网站 2 个"},
		{"a pass count without a total", model.Round{Websites: failing, Summary: metrics("网站合格数", "8")},
			"2/0/2\n网站合格数为 8，websites 表中只有 0 个合格网站，但没有写网站总数"},
	}
	step := func(r *model.Round, out *Round, problems *diag.List) {
		websiteFigures(r, countWebsites(r.Websites), metricReader(r), out, problems)
	}
	runSteps(t, tests, step, func(out Round, problems *diag.List) string {
		w := out.Websites
		got := fmt.Sprintf("%d/%d/%d", w.Checked, w.Passed, w.Failed)
		switch {
		case w.PassedUnknown:
			got = fmt.Sprintf("%d pass unknown", w.Checked)
		}
		if out.Portals > 0 {
			got += fmt.Sprintf(" portals=%d", out.Portals)
		}
		return outcome(got, out.Partial, out.websitesDerived, problems)
	})
}

// A sheet with its header only: that kind was checked, but the 通报
// states no figures (unknown, never 0). No sheet and no figure: that kind
// was not checked at all (本轮未检查).
func TestKindsWithoutFigures(t *testing.T) {
	for _, r := range []model.Round{{HasWebsitesSheet: true}, {HasAccountsSheet: true}} {
		var out Round
		problems := &diag.List{}
		websiteFigures(&r, countWebsites(nil), metricReader(&r), &out, problems)
		accountFigures(&r, countAccounts(nil), metricReader(&r), &out, problems)
		a := out.Accounts
		got := fmt.Sprintf("websites unknown=%v none=%v; accounts unknown=%v onfile unknown=%v running unknown=%v none=%v; %d problems",
			out.Websites.Unknown, out.NoWebsites, a.Unknown, a.OnFileUnknown, a.RunningUnknown, out.NoAccounts, len(problems.Problems))
		want := "websites unknown=true none=false; accounts unknown=false onfile unknown=false running unknown=false none=true; 0 problems"
		if r.HasAccountsSheet {
			want = "websites unknown=false none=true; accounts unknown=true onfile unknown=true running unknown=true none=false; 0 problems"
		}
		if got != want {
			t.Errorf("%+v:\n%s\nwant\n%s", r, got, want)
		}
	}
}

func TestCountAccounts(t *testing.T) {
	notSampled := account("4", "乙区", model.StatusRunning, model.Unchecked)
	notSampled.Sampled = false
	video := account("5", "乙区", model.StatusNew, model.Fail, "未备案")
	video.Platform = "抖音"
	rows := countAccounts([]model.Account{
		account("1", "甲局", model.StatusRunning, model.Pass),
		account("2", "甲局", model.StatusRunning, model.Fail, "监测时间点前2周内无更新"),
		account("3", "甲局", model.StatusClosed, model.Unchecked),
		notSampled,
		video,
	})
	got := fmt.Sprintf("onfile=%d running=%d opened=%d closed=%d sampled=%v checked=%d passed=%d failed=%d",
		rows.OnFile, rows.Running, rows.Opened, rows.Closed, rows.Sampled, rows.Checked, rows.Passed, rows.Failed)
	if want := "onfile=5 running=4 opened=1 closed=1 sampled=true checked=3 passed=1 failed=2"; got != want {
		t.Errorf("%s\nwant %s", got, want)
	}
	if wx, dy := rows.platforms["微信"], rows.platforms["抖音"]; wx.Running != 3 || wx.Checked != 2 || wx.Failed != 1 || dy.Running != 1 || dy.Failed != 1 {
		t.Errorf("微信 %+v, 抖音 %+v; want 微信 3 running, 2 checked, 1 failed; 抖音 1 running, 1 failed", *wx, *dy)
	}
	if len(rows.platforms) != len(model.Platforms) || len(rows.failed) != 2 || rows.failed[0].FilingNo != "2" || rows.failed[1].FilingNo != "5" {
		t.Errorf("%d platforms, failed %v; want %d platforms, failed 2 and 5", len(rows.platforms), rows.failed, len(model.Platforms))
	}
}

func TestAccountFigures(t *testing.T) {
	hundred := 100
	failing := []model.Account{account("1", "甲局", model.StatusRunning, model.Fail, "未备案"), account("2", "乙区", model.StatusRunning, model.Fail, "未备案")}
	whole := append([]model.Account{account("3", "乙区", model.StatusNew, model.Pass), account("4", "乙区", model.StatusClosed, model.Unchecked)}, failing...)
	tests := []stepTest{
		{name: "the whole list", round: model.Round{Accounts: whole},
			want: "onfile=4 running=3 checked=3/1/2 opened=1 closed=1"},
		{name: "failures of a sample", round: model.Round{Accounts: failing, Summary: metrics("账号抽查数", "150", "账号合格数", "148")},
			want: "onfile=? running=? checked=150/148/2 sampled changes=? partial"},
		{name: "failures of accounts_total", round: model.Round{Accounts: failing, Meta: model.Meta{AccountsTotal: &hundred}},
			want: "onfile=100 running=100 checked=100/98/2 changes=? partial derived"},
		{name: "running accounts stated", round: model.Round{Accounts: failing, Summary: metrics("账号总数", "120", "正常运行账号数", "100", "账号合格数", "97")},
			want: "onfile=120 running=100 checked=100/97/3 changes=? partial"},
		{name: "a partial round states its changes", round: model.Round{Accounts: failing, Summary: metrics("账号总数", "100", "新开设账号数", "6", "关停注销账号数", "4")},
			want: "onfile=100 running=100 checked=100/98/2 opened=6 closed=4 partial derived"},
		{name: "a total and no failure named", round: model.Round{Accounts: whole[:1], Summary: metrics("账号总数", "100")},
			want: "onfile=100 running=100 checked=100 pass unknown changes=? partial derived"},
		{name: "more rows than the sample", round: model.Round{Accounts: failing, Summary: metrics("账号抽查数", "1")},
			want: "onfile=2 running=2 checked=2/0/2\n账号抽查数为 1，但 accounts 表中有检查结果的账号有 2 个"},
		{name: "a pass count without a base", round: model.Round{Accounts: failing, Summary: metrics("账号合格数", "146")},
			want: "onfile=? running=? checked=2/0/2 changes=? partial\n账号合格数为 146，accounts 表中只有 0 个合格账号，但没有写检查了多少个账号"},
	}
	step := func(r *model.Round, out *Round, problems *diag.List) {
		accountFigures(r, countAccounts(r.Accounts), metricReader(r), out, problems)
	}
	runSteps(t, tests, step, func(out Round, problems *diag.List) string {
		a := out.Accounts
		count := func(n int, unknown bool) string {
			if unknown {
				return "?"
			}
			return fmt.Sprint(n)
		}
		got := fmt.Sprintf("onfile=%s running=%s checked=%d/%d/%d", count(a.OnFile, a.OnFileUnknown), count(a.Running, a.RunningUnknown), a.Checked, a.Passed, a.Failed)
		switch {
		case a.PassedUnknown:
			got = fmt.Sprintf("onfile=%d running=%d checked=%d pass unknown", a.OnFile, a.Running, a.Checked)
		}
		if a.Opened+a.Closed > 0 {
			got += fmt.Sprintf(" opened=%d closed=%d", a.Opened, a.Closed)
		}
		if a.Sampled {
			got += " sampled"
		}
		if !a.ChangesKnown {
			got += " changes=?"
		}
		return outcome(got, out.Partial, out.accountsDerived, problems)
	})
}

func TestPlatformFigures(t *testing.T) {
	failing := []model.Account{account("1", "甲局", model.StatusRunning, model.Fail, "未备案"), account("2", "乙区", model.StatusRunning, model.Fail, "未备案")}
	video := account("3", "乙区", model.StatusRunning, model.Pass)
	video.Platform = "抖音"
	tests := []struct {
		name     string
		accounts []model.Account
		figures  Accounts // as accountFigures left them
		partial  bool
		summary  []model.Metric
		want     string // platforms with accounts, then any problem
	}{
		{"from the rows", append([]model.Account{video}, failing...), Accounts{Tally: Tally{Checked: 3, Passed: 1, Failed: 2}}, false, nil,
			"8 platforms: 微信 running=2 2/0/2; 抖音 running=1 1/1/0"},
		{"stated counts agree with the rows", failing, Accounts{Tally: Tally{Checked: 2, Failed: 2}}, false, metrics("账号数:微信", "2"),
			"8 platforms: 微信 running=2 2/0/2"},
		{"stated counts the rows contradict", failing, Accounts{Tally: Tally{Checked: 2, Failed: 2}}, false, metrics("账号数:微信", "3"),
			"8 platforms: 微信 running=2 2/0/2\n账号数:微信 为 3，但 accounts 表中正常运行的微信账号有 2 个"},
		{"every running account checked, failures named", failing, Accounts{Tally: Tally{Checked: 50, Passed: 48, Failed: 2}}, true, metrics("账号数:微信", "50"),
			"8 platforms: 微信 running=50 50/48/2"},
		{"a sample: no platform's pass count", failing, Accounts{Tally: Tally{Checked: 20, Passed: 18, Failed: 2}, Sampled: true}, true, metrics("账号数:微信", "50"),
			"8 platforms: 微信 running=50 0/0/0"},
		{"failures not all named", failing, Accounts{Tally: Tally{Checked: 50, Passed: 45, Failed: 5}}, true, metrics("账号数:微信", "50"),
			"8 platforms: 微信 running=50 0/0/0"},
		{"a partial list without platform counts", failing, Accounts{Tally: Tally{Checked: 50, Passed: 48, Failed: 2}}, true, nil,
			"0 platforms:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Round{Accounts: tt.accounts, Summary: tt.summary}
			rows := countAccounts(r.Accounts)
			out := Round{Accounts: tt.figures}
			problems := &diag.List{}
			platformFigures(&out, metricReader(&r), tt.partial, rows.Failed, rows.platforms, problems)
			got := fmt.Sprintf("%d platforms:", len(out.Platforms))
			var some []string
			for _, p := range out.Platforms {
				if p.Running > 0 || p.Checked > 0 {
					some = append(some, fmt.Sprintf("%s running=%d %d/%d/%d", p.Name, p.Running, p.Checked, p.Passed, p.Failed))
				}
			}
			if len(some) > 0 {
				got += " " + strings.Join(some, "; ")
			}
			if m := messages(problems); m != "" {
				got += "\n" + m
			}
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}
