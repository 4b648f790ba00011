package model

import (
	"reflect"
	"testing"
)

func TestResultAsTheNoticeWritesIt(t *testing.T) {
	for r, want := range map[Result]string{Unchecked: "未检查", Pass: "合格", Fail: "不合格", Undetermined: "未判定"} {
		if got := r.String(); got != want {
			t.Errorf("Result(%d).String() = %q, want %q", r, got, want)
		}
	}
}

// A website is the same across rounds by its 网站标识码; one listed without
// a code is known by its name. A test letter names its website the same way.
func TestWebsiteKey(t *testing.T) {
	for _, tt := range []struct {
		code, name, want string
	}{
		{"3301000001", "示例市人民政府", "code:3301000001"},
		{"", "示例市人民政府", "name:示例市人民政府"},
	} {
		if got := (Website{Code: tt.code, Name: tt.name}).Key(); got != tt.want {
			t.Errorf("Website{%q, %q}.Key() = %q, want %q", tt.code, tt.name, got, tt.want)
		}
		if got := (Letter{SiteCode: tt.code, SiteName: tt.name}).SiteKey(); got != tt.want {
			t.Errorf("Letter{%q, %q}.SiteKey() = %q, want %q", tt.code, tt.name, got, tt.want)
		}
	}
}

// 其他发现的问题: problems on a row that did not fail. A failed row's
// problems are why it failed, not noted besides.
func TestNoted(t *testing.T) {
	for _, tt := range []struct {
		result   Result
		problems []string
		want     bool
	}{
		{Pass, []string{"栏目更新不及时"}, true},
		{Undetermined, []string{"栏目更新不及时"}, true},
		{Fail, []string{"首页无法访问"}, false},
		{Pass, nil, false},
	} {
		if got := (Website{Result: tt.result, Problems: tt.problems}).Noted(); got != tt.want {
			t.Errorf("website %v with %q: Noted() = %v, want %v", tt.result, tt.problems, got, tt.want)
		}
		if got := (Account{Result: tt.result, Problems: tt.problems}).Noted(); got != tt.want {
			t.Errorf("account %v with %q: Noted() = %v, want %v", tt.result, tt.problems, got, tt.want)
		}
	}
}

func TestIsPortal(t *testing.T) {
	for typ, want := range map[string]bool{"门户网站": true, "部门网站": false, "其他": false, "": false} {
		if got := (Website{Type: typ}).IsPortal(); got != want {
			t.Errorf("Website{Type: %q}.IsPortal() = %v, want %v", typ, got, want)
		}
	}
}

// An account is the same across rounds by its 备案单号, else by platform
// family, name and unit: a 小程序 is another account than the 公众号 of
// one name, while 订阅号 and 服务号 are the same 微信 account.
func TestAccountKey(t *testing.T) {
	for _, tt := range []struct {
		a    Account
		want string
	}{
		{Account{FilingNo: "B2024-0001", Platform: "微信", Name: "示例发布", Unit: "示例市政府办公室"}, "filing:B2024-0001"},
		{Account{Platform: "微信", SubType: "服务号", Name: "示例发布", Unit: "示例市政府办公室"}, "acct:微信|示例发布|示例市政府办公室"},
		{Account{Platform: "微信", SubType: "订阅号", Name: "示例发布", Unit: "示例市政府办公室"}, "acct:微信|示例发布|示例市政府办公室"},
		{Account{Platform: "微信", SubType: "小程序", Name: "示例发布", Unit: "示例市政府办公室"}, "acct:微信小程序|示例发布|示例市政府办公室"},
		{Account{Platform: "其他", SubType: "小红书", Name: "示例发布", Unit: "示例市政府办公室"}, "acct:其他:小红书|示例发布|示例市政府办公室"},
		{Account{Platform: "其他", Name: "示例发布", Unit: "示例市政府办公室"}, "acct:其他|示例发布|示例市政府办公室"},
	} {
		if got := tt.a.Key(); got != tt.want {
			t.Errorf("%+v.Key() = %q, want %q", tt.a, got, tt.want)
		}
	}
	withFiling := Account{FilingNo: "B2024-0001", Platform: "抖音", Name: "示例发布", Unit: "示例市政府办公室"}
	if got, want := withFiling.NameKey(), "acct:抖音|示例发布|示例市政府办公室"; got != want {
		t.Errorf("NameKey() of an account with a 备案单号 = %q, want %q", got, want)
	}
}

// Only accounts still operating are checked: 暂停更新 is still one.
func TestAccountActive(t *testing.T) {
	for status, want := range map[string]bool{
		StatusRunning: true, StatusNew: true, StatusPaused: true, "": true,
		StatusClosed: false, StatusCancelled: false,
	} {
		if got := (Account{Status: status}).Active(); got != want {
			t.Errorf("Account{Status: %q}.Active() = %v, want %v", status, got, want)
		}
		if got := ActiveStatus(status); got != want {
			t.Errorf("ActiveStatus(%q) = %v, want %v", status, got, want)
		}
	}
}

// A letter whose reply the 通报 states without its timing is answered but
// counts neither as on time nor as late; one whose fate it does not state
// is not counted as unanswered.
func TestLetterReply(t *testing.T) {
	for _, tt := range []struct {
		reply                 string
		answered, timingKnown bool
	}{
		{ReplySameDay, true, true},
		{ReplyOnTime, true, true},
		{ReplyLate, true, true},
		{ReplyNone, false, true},
		{ReplyAnswered, true, false},
		{ReplyUnstated, true, false},
	} {
		l := Letter{Reply: tt.reply}
		if got := l.Answered(); got != tt.answered {
			t.Errorf("%s: Answered() = %v, want %v", tt.reply, got, tt.answered)
		}
		if got := l.TimingKnown(); got != tt.timingKnown {
			t.Errorf("%s: TimingKnown() = %v, want %v", tt.reply, got, tt.timingKnown)
		}
	}
}

func TestRoundMetric(t *testing.T) {
	r := Round{Summary: []Metric{{Name: "网站总数", Value: "68"}, {Name: "账号总数", Value: "1020"}}}
	if m, ok := r.Metric("账号总数"); !ok || m.Value != "1020" {
		t.Errorf("Metric(账号总数) = %+v, %v; want 1020, true", m, ok)
	}
	if m, ok := r.Metric("网站合格数"); ok {
		t.Errorf("Metric(网站合格数) = %+v, true; want not present", m)
	}
}

func TestDatasetSample(t *testing.T) {
	official := Round{ID: "2024Q3"}
	sample := Round{ID: "2024Q4", Meta: Meta{Sample: true}}
	for _, tt := range []struct {
		rounds []Round
		want   bool
	}{
		{nil, false},
		{[]Round{official}, false},
		{[]Round{official, sample}, true},
	} {
		if got := (&Dataset{Rounds: tt.rounds}).Sample(); got != tt.want {
			t.Errorf("Sample() of %d rounds = %v, want %v", len(tt.rounds), got, tt.want)
		}
	}
}

func TestSplitProblems(t *testing.T) {
	for _, tt := range []struct {
		cell string
		want []string
	}{
		{"首页无法访问", []string{"首页无法访问"}},
		{"栏目更新不及时；互动回应差;  错别字 ", []string{"栏目更新不及时", "互动回应差", "错别字"}},
		{"栏目更新不及时\r\n互动回应差\n", []string{"栏目更新不及时", "互动回应差"}},
		{"；；", nil},
		{"", nil},
	} {
		if got := SplitProblems(tt.cell); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("SplitProblems(%q) = %q, want %q", tt.cell, got, tt.want)
		}
	}
}
