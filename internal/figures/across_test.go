package figures

import (
	"fmt"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/model"
)

func site(code, unit string, res model.Result, problems ...string) model.Website {
	return model.Website{Code: code, Name: "网站" + code, Unit: unit, Result: res, Problems: problems}
}

func account(no, unit, status string, res model.Result, problems ...string) model.Account {
	return model.Account{FilingNo: no, Name: "账号" + no, Platform: "微信", Unit: unit, Status: status, Sampled: true, Result: res, Problems: problems}
}

func compute(t *testing.T, ds *model.Dataset) *Figures {
	t.Helper()
	f, problems := Compute(ds)
	if f == nil {
		t.Fatalf("compute: %v", problems.Sorted())
	}
	return f
}

// Two rounds: recheck, repeat failures and account changes, found by
// identity across rounds.
func TestAcrossTwoRounds(t *testing.T) {
	ds := &model.Dataset{Units: []model.Unit{{Name: "甲局", Category: "市直部门"}, {Name: "乙区", Category: "区县政府"}}}
	ds.Rounds = []model.Round{
		{ID: "2024Q1", Websites: []model.Website{
			site("9900000001", "甲局", model.Fail, "首页不能访问"),
			site("9900000002", "乙区", model.Fail, "“动态”栏目超2周未更新"),
			site("9900000003", "乙区", model.Pass),
		}, Accounts: []model.Account{
			account("1", "甲局", model.StatusRunning, model.Fail, "监测时间点前2周内无更新"),
			account("2", "甲局", model.StatusRunning, model.Fail, "未备案"),
			account("3", "乙区", model.StatusRunning, model.Pass),
			account("4", "乙区", model.StatusRunning, model.Pass),
		}},
		{ID: "2024Q2", Websites: []model.Website{
			site("9900000001", "甲局", model.Fail, "首页不能访问"),
			site("9900000002", "乙区", model.Pass),
			site("9900000003", "乙区", model.Pass),
		}, Accounts: []model.Account{
			account("1", "甲局", model.StatusCancelled, model.Unchecked),
			account("2", "甲局", model.StatusRunning, model.Fail, "未按程序开设"),
			account("3", "乙区", model.StatusRunning, model.Pass),
			account("5", "乙区", model.StatusNew, model.Pass),
		}},
	}
	f := compute(t, ds)
	r := f.Rounds[1]
	var got []string
	for _, rc := range r.Recheck {
		got = append(got, rc.Name+":"+rc.Status)
	}
	if want := "网站9900000001:仍不合格 网站9900000002:已整改合格 账号1:已关停注销 账号2:仍不合格"; strings.Join(got, " ") != want {
		t.Errorf("recheck = %v, want %s", got, want)
	}
	got = nil
	for _, rp := range r.Repeats {
		got = append(got, fmt.Sprintf("%s×%d", rp.Name, rp.Streak))
	}
	if want := "网站9900000001×2 账号2×2"; strings.Join(got, " ") != want {
		t.Errorf("repeats = %v, want %s", got, want)
	}
	if strings.Join(r.RepeatUnits, " ") != "甲局" {
		t.Errorf("repeat units = %v", r.RepeatUnits)
	}
	ch := r.Changes
	names := func(items []Item) (s []string) {
		for _, it := range items {
			s = append(s, it.Name)
		}
		return s
	}
	if !ch.Known || strings.Join(names(ch.Opened), " ") != "账号5" || strings.Join(names(ch.Closed), " ") != "账号1 账号4" {
		t.Errorf("changes: opened %v closed %v", names(ch.Opened), names(ch.Closed))
	}
	if len(ch.ByUnit) != 2 || ch.ByUnit[0] != (UnitChange{"甲局", 0, 1}) || ch.ByUnit[1] != (UnitChange{"乙区", 1, 1}) {
		t.Errorf("changes by unit = %+v", ch.ByUnit)
	}
	if len(f.Rounds[0].Recheck) != 0 || len(f.Rounds[0].Repeats) != 0 {
		t.Error("the first round has nothing to recheck")
	}
}

// 183 sites × 2 letters, 166 on time → 90.71%, 56 answered the same day.
func TestInteraction(t *testing.T) {
	r := &model.Round{ID: "2024Q1"}
	for i := 0; i < 183; i++ {
		code := fmt.Sprintf("99%08d", i)
		replies := [2]string{model.ReplyOnTime, model.ReplyOnTime}
		switch {
		case i < 56:
			replies = [2]string{model.ReplySameDay, model.ReplySameDay}
		case i < 60:
			replies[1] = model.ReplySameDay // one same-day letter is not a same-day site
		case i >= 166 && i < 170:
			replies = [2]string{model.ReplyNone, model.ReplyNone}
		case i >= 170 && i < 175:
			replies[0] = model.ReplyNone
		case i >= 175:
			replies[1] = model.ReplyLate
		}
		for n, rep := range replies {
			r.Letters = append(r.Letters, model.Letter{SiteCode: code, No: fmt.Sprint(n + 1), Reply: rep,
				OnTime: rep == model.ReplySameDay || rep == model.ReplyOnTime})
		}
	}
	r.Letters[0].QualityProblem = "答非所问"
	f := compute(t, &model.Dataset{Rounds: []model.Round{*r}})
	in := f.Rounds[0].Interaction
	if in.Sites != 183 || in.Letters != 366 || in.OnTime != 166 || in.SameDay != 56 {
		t.Fatalf("interaction = %+v", in)
	}
	if got := in.OnTimeRate(); got != (Rate{166, 183}) { // 90.71%
		t.Errorf("on-time rate = %v, want 166/183", got)
	}
	if len(in.AllUnanswered) != 4 || len(in.SomeUnanswered) != 5 || len(in.Late) != 8 || len(in.PoorQuality) != 1 {
		t.Errorf("lists: all %d some %d late %d poor %d", len(in.AllUnanswered), len(in.SomeUnanswered), len(in.Late), len(in.PoorQuality))
	}
}

// “6家单位收到留言数量合计占全市留言总数的84.58%”: the top-N share, the
// on-time closing rate and the units that closed late.
func TestErrorReports(t *testing.T) {
	r := model.Round{ID: "2024Q1", Reports: []model.ErrorReport{
		{Unit: "甲", Received: 3, ClosedOnTime: 3},
		{Unit: "乙", Received: 60, ClosedOnTime: 58, Overdue: 2},
		{Unit: "丙", Received: 50, ClosedOnTime: 50},
		{Unit: "丁", Received: 40, ClosedOnTime: 40},
		{Unit: "戊", Received: 30, ClosedOnTime: 30},
		{Unit: "己", Received: 20, ClosedOnTime: 20},
		{Unit: "庚", Received: 19, ClosedOnTime: 19},
		{Unit: "辛", Received: 17, ClosedOnTime: 16, Overdue: 1},
		{Unit: "壬", Received: 14, ClosedOnTime: 14},
		{Unit: "癸", Received: 0},
	}}
	f := compute(t, &model.Dataset{Rounds: []model.Round{r}})
	e := f.Rounds[0].ErrorReports
	if e.Received != 253 || e.Units != 9 || e.ClosedOnTime != 250 {
		t.Fatalf("error reports = %+v", e)
	}
	if got := e.TopShare(6); got != (Rate{60 + 50 + 40 + 30 + 20 + 19, 253}) { // 86.56%
		t.Errorf("top-6 share = %v, want 219/253", got)
	}
	if got := e.OnTimeRate(); got != (Rate{250, 253}) { // 98.81%
		t.Errorf("on-time rate = %v, want 250/253", got)
	}
	if len(e.Late) != 2 || e.Late[0].Unit != "乙" || e.Late[1].Unit != "辛" {
		t.Errorf("late = %+v", e.Late)
	}
	if e.Ranked[0].Unit != "乙" || e.Ranked[0].Share != (Rate{60, 253}) { // 23.72%
		t.Errorf("ranked = %+v", e.Ranked[0])
	}
}

func TestTopShareExample(t *testing.T) {
	// 6 units received 219 of 259 messages: 84.56%; 1,120 of 1,324: 84.59%;
	// the 通报's 84.58% is 2,233 of 2,640.
	e := ErrorReports{Received: 2640, Ranked: []UnitReports{{Received: 1000}, {Received: 500}, {Received: 300}, {Received: 200}, {Received: 133}, {Received: 100}, {Received: 50}}}
	if got := e.TopShare(6); got != (Rate{2233, 2640}) || got.Rounded(2).FloatString(2) != "84.58" {
		t.Errorf("top-6 share = %v, want 2233/2640 (84.58%%)", got)
	}
}

// “区 104.05 分, 较上季度提高0.41分”: mean scores by category with the change.
func TestScores(t *testing.T) {
	units := []model.Unit{{Name: "甲区", Category: "区"}, {Name: "乙区", Category: "区"}, {Name: "丙局", Category: "市直部门"}}
	w := func(code, unit, score string) model.Website {
		return model.Website{Code: code, Name: code, Unit: unit, Result: model.Pass, Score: score}
	}
	ds := &model.Dataset{Units: units, Rounds: []model.Round{
		{ID: "2024Q1", Websites: []model.Website{w("9900000001", "甲区", "103.50"), w("9900000002", "乙区", "103.78"), w("9900000003", "丙局", "95")}},
		{ID: "2024Q2", Websites: []model.Website{w("9900000001", "甲区", "104.00"), w("9900000002", "乙区", "104.10"), w("9900000003", "丙局", "58.5")}},
	}}
	f := compute(t, ds)
	r := f.Rounds[1]
	if r.Scores[0].Category != "区" || r.Scores[0].Websites.Mean().FloatString(2) != "104.05" {
		t.Errorf("scores = %+v", r.Scores[0])
	}
	if got := r.ScoreChanges["区"][0]; got == nil || got.FloatString(2) != "0.41" { // 提高0.41分
		t.Errorf("change = %v, want 0.41", got)
	}
	if got := r.ScoreChanges["市直部门"][0]; got == nil || got.FloatString(2) != "-36.50" {
		t.Errorf("change = %v, want -36.50", got)
	}
	if last := r.Scores[len(r.Scores)-1]; last.Category != AllUnits || last.Websites.Mean().FloatString(2) != "88.87" {
		t.Errorf("all units = %+v %s", last, last.Websites.Mean())
	}
	if d := r.Distribution; d.Websites[0] != 1 || d.Websites[5] != 2 {
		t.Errorf("distribution = %+v", d)
	}
}

func TestStatedScoresAndMismatchedTotals(t *testing.T) {
	ds := &model.Dataset{Rounds: []model.Round{{ID: "2024Q1",
		Summary: []model.Metric{{Name: "网站平均分:区", Value: "104.05分"}, {Name: "互动测试网站数", Value: "1"}},
		Letters: []model.Letter{{SiteCode: "9900000001", Reply: model.ReplyOnTime, OnTime: true}, {SiteCode: "9900000002", Reply: model.ReplyNone}},
	}}}
	f, problems := Compute(ds)
	if f != nil {
		t.Fatal("more rows than a stated total must be an error")
	}
	if !strings.Contains(fmt.Sprint(problems.Sorted()), "互动测试网站数为 1，但 interactions 表有 2 个网站") {
		t.Errorf("problems = %v", problems.Sorted())
	}
	// “共测试183个网站”, the rows naming only the notable ones: partial.
	ds.Rounds[0].Summary[1].Value = "183"
	f = compute(t, ds)
	in := f.Rounds[0].Interaction
	if r := f.Rounds[0]; r.Scores[0].Websites.Mean().FloatString(2) != "104.05" || in.Sites != 183 || !in.Partial || !in.OnTimeUnknown || in.OnTimeRate().Defined() {
		t.Errorf("stated figures not used: %+v %+v", r.Scores, in)
	}
	if len(in.AllUnanswered) != 1 || in.AllUnanswered[0].Name != "9900000002" {
		t.Errorf("unanswered = %+v", in.AllUnanswered)
	}
	ds.Rounds[0].Letters = nil
	f = compute(t, ds)
	if in := f.Rounds[0].Interaction; in.Sites != 183 || in.Partial {
		t.Errorf("totals only: %+v", in)
	}
}

// The dataset's own rules come first, and a bad rule is reported.
func TestDatasetRules(t *testing.T) {
	ds := &model.Dataset{ProblemRules: "类型,问题类别,匹配\n网站,无障碍不达标,适老化|无障碍\n", ProblemRulesFile: "rounds/problem-categories.csv",
		Rounds: []model.Round{{ID: "2024Q1", Websites: []model.Website{site("9900000001", "甲", model.Fail, "未完成适老化改造")}}}}
	f := compute(t, ds)
	found := false
	for _, p := range f.Rounds[0].Problems {
		if p.Category == "无障碍不达标" && p.Count == 1 {
			found = true
		}
	}
	if !found {
		t.Errorf("own rule not applied: %+v", f.Rounds[0].Problems)
	}
	ds.ProblemRules = "类型,问题类别,匹配\n网站,x,(\n"
	if f, problems := Compute(ds); f != nil || !strings.Contains(fmt.Sprint(problems.Sorted()), "不是有效的正则表达式") {
		t.Errorf("bad rule not reported: %v", problems.Sorted())
	}
}

func TestParetoN(t *testing.T) {
	e := ErrorReports{}
	for _, n := range []int{50, 30, 10, 5, 5} {
		e.Ranked = append(e.Ranked, UnitReports{Received: n})
		e.Received += n
	}
	cum := 0
	for i := range e.Ranked {
		cum += e.Ranked[i].Received
		e.Ranked[i].Cumulative = Ratio(cum, e.Received)
	}
	for _, tt := range []struct{ percent, want int }{{50, 1}, {80, 2}, {81, 3}, {100, 5}} {
		if got := e.ParetoN(tt.percent); got != tt.want {
			t.Errorf("ParetoN(%d) = %d, want %d", tt.percent, got, tt.want)
		}
	}
	// 50 and 30 of 100 messages reach the 通报's 80%: it names two units.
	if got := e.TopUnits(); got != 2 {
		t.Errorf("TopUnits() = %d, want 2", got)
	}
}

func TestRanking(t *testing.T) {
	ds := &model.Dataset{Units: []model.Unit{{Name: "甲"}, {Name: "乙"}, {Name: "丙"}}, Rounds: []model.Round{{ID: "2024Q1",
		Websites: []model.Website{site("9900000001", "甲", model.Pass), site("9900000002", "乙", model.Fail, "x"), site("9900000003", "丙", model.Pass)},
		Accounts: []model.Account{account("1", "甲", model.StatusRunning, model.Fail, "y"), account("2", "甲", model.StatusRunning, model.Pass)},
	}}}
	f := compute(t, ds)
	var got []string
	for _, u := range f.Ranking(0) {
		got = append(got, fmt.Sprintf("%s:%d/%d", u.Unit, u.Failed, u.Checked))
	}
	// 乙 fails 1 of 1 (0%), 甲 1 of 3 (66.67%), 丙 none.
	if want := "乙:1/1 甲:1/3 丙:0/1"; strings.Join(got, " ") != want {
		t.Errorf("ranking = %v, want %s", got, want)
	}
}

// sites is a round that checked websites alone.
func sites(id string, ws ...model.Website) model.Round { return model.Round{ID: id, Websites: ws} }

// failing is 甲局's website failing a round.
var failing = site("9900000001", "甲局", model.Fail, "长期不更新")

// stating is failing in 2023Q3, whose 通报 states it failed n rounds
// running (连续不合格次数, on row 2 of the sheet).
func stating(n int) model.Website {
	w := failing
	w.StatedStreak, w.Pos = n, model.Pos{File: "2023Q3/websites.csv", Row: 2}
	return w
}

// A streak the 通报 states (“连续三个季度不达标”) is used where the earlier
// rounds' sheets do not reach back that far, checked where they do.
func TestStatedStreak(t *testing.T) {
	ten := 10
	listOnly := sites("2023Q2", site("9900000002", "甲局", model.Fail, "无法访问"))
	listOnly.Meta.WebsitesTotal = &ten // a list of failures: the other 9 passed
	stated := account("1", "甲局", model.StatusRunning, model.Fail, "无法访问")
	stated.StatedStreak = 2
	const fix = " —— 核对通报原文和各轮的表格；生成的网站按各轮表格显示，并注明通报的说法"
	for _, tc := range []struct {
		name    string
		rounds  []model.Round
		repeats string // the last round's, name×streak, * where it is the 通报's figure alone
		units   string // the last round's units failing two rounds running
		warning string // at 连续不合格次数, "" for none
	}{
		{"the first round an office enters", []model.Round{{ID: "2023Q3", Websites: []model.Website{stating(3)}, Accounts: []model.Account{stated}}},
			"网站9900000001×3* 账号1×2*", "甲局", ""},
		{"earlier sheets start inside the streak", []model.Round{sites("2023Q2", failing), sites("2023Q3", stating(3))},
			"网站9900000001×3*", "甲局", ""},
		{"earlier sheets give the same streak", []model.Round{sites("2023Q2", failing), sites("2023Q3", stating(2))},
			"网站9900000001×2", "甲局", ""},
		{"the round before did not check websites", []model.Round{{ID: "2023Q2", Accounts: []model.Account{account("2", "甲局", model.StatusRunning, model.Pass)}}, sites("2023Q3", stating(2))},
			"网站9900000001×2*", "甲局", ""},
		{"a stated streak carries on to the next round", []model.Round{sites("2023Q3", stating(3)), sites("2023Q4", failing)},
			"网站9900000001×4", "甲局", ""},
		{"the sheets say it passed the round before", []model.Round{sites("2023Q2", site("9900000001", "甲局", model.Pass)), sites("2023Q3", stating(3))},
			"", "",
			"警告 2023Q3/websites.csv:2:连续不合格次数: 网站“网站9900000001”的连续不合格次数填 3，但它在 2023Q2 检查合格，按各轮表格只连续 1 轮不合格" + fix},
		{"a list of failures the round before leaves it out", []model.Round{sites("2023Q1", failing), listOnly, sites("2023Q3", stating(3))},
			"", "甲局", // 网站9900000002 failed 2023Q2
			"警告 2023Q3/websites.csv:2:连续不合格次数: 网站“网站9900000001”的连续不合格次数填 3，但它在 2023Q2 不在不合格清单中，按各轮表格只连续 1 轮不合格" + fix},
		{"the sheets give a longer streak", []model.Round{sites("2023Q1", failing), sites("2023Q2", failing), sites("2023Q3", stating(2))},
			"网站9900000001×3 (通报 2)", "甲局",
			"警告 2023Q3/websites.csv:2:连续不合格次数: 网站“网站9900000001”的连续不合格次数填 2，但按此前各轮，它到本轮已连续 3 轮不合格" + fix},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, problems := Compute(&model.Dataset{Units: []model.Unit{{Name: "甲局"}}, Rounds: tc.rounds})
			if f == nil {
				t.Fatalf("compute: %v", problems.Sorted())
			}
			var got []string
			for _, rp := range f.Rounds[len(f.Rounds)-1].Repeats {
				s := fmt.Sprintf("%s×%d", rp.Name, rp.Streak)
				if rp.FromNotice {
					s += "*"
				}
				if rp.Differs() {
					s += fmt.Sprintf(" (通报 %d)", rp.Stated)
				}
				got = append(got, s)
			}
			if strings.Join(got, " ") != tc.repeats {
				t.Errorf("repeats = %q, want %q", strings.Join(got, " "), tc.repeats)
			}
			if got := strings.Join(f.Rounds[len(f.Rounds)-1].RepeatUnits, " "); got != tc.units {
				t.Errorf("repeat units = %q, want %q", got, tc.units)
			}
			var warnings []string
			for _, p := range problems.Sorted() {
				if p.Col == "连续不合格次数" {
					warnings = append(warnings, p.String())
				}
			}
			if strings.Join(warnings, "\n") != tc.warning {
				t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(warnings, "\n"), tc.warning)
			}
		})
	}
}
