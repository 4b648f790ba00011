// Package model holds the inspection rounds as the 通报 describes them: units,
// their government websites and new-media accounts, and each round's results.
//
// The model knows nothing of files, figures, Hugo or charts; readers fill it in
// and the figures package computes from it.
package model

import "strings"

// Pos locates a value in an input sheet, so that every problem can point at
// the cell that caused it.
type Pos struct {
	File string // path as the user gave it
	Row  int    // 1-based spreadsheet row; 0 when the whole file is meant
	Col  string // column header as written in the sheet; empty for a whole row
}

// Result is a 检查结果.
type Result int

const (
	Unchecked Result = iota // 未检查 (not sampled this round)
	Pass                    // 合格
	Fail                    // 不合格
	// Undetermined (未判定) is a row the 通报 names for its problems without
	// stating a result: counted in problem categories, not in pass or fail.
	Undetermined
)

// String gives the result as the 通报 writes it.
func (r Result) String() string {
	switch r {
	case Pass:
		return "合格"
	case Fail:
		return "不合格"
	case Undetermined:
		return "未判定"
	}
	return "未检查"
}

// Unit is an organisation that runs websites or accounts (单位).
type Unit struct {
	Name       string   // 单位名称
	Category   string   // 单位类别, e.g. 区县政府, 市直部门, 功能区
	Region     string   // 所属地区
	CreditCode string   // 统一社会信用代码
	Aliases    []string // 别名
	Listed     bool     // named in units.csv (false: only seen in a round)
	Pos        Pos
}

// Website is one row of websites.csv: a 政府网站 and its result in one round.
type Website struct {
	Code          string // 网站标识码
	Name          string // 网站名称
	Unit          string // 主办单位, as units.csv names it (aliases resolved)
	Type          string // 网站类型: 门户网站 / 部门网站 / 其他
	URL           string // 首页地址
	Result        Result
	Score         string   // 得分, a validated decimal or empty
	Rank          int      // 排名 the 通报 states; 0 when it states none
	Problems      []string // 存在问题
	Rectification string   // 整改情况
	StatedStreak  int      // 连续不合格次数 the 通报 states for a failing row; 0 when none
	Note          string   // 备注
	Pos           Pos
}

// Noted reports whether the row has problems noted although it did not fail
// (其他发现的问题): it passed, or its result is not stated.
func (w Website) Noted() bool { return w.Result != Fail && len(w.Problems) > 0 }

// Key identifies the website across rounds: its 网站标识码, else its name.
func (w Website) Key() string {
	if w.Code != "" {
		return "code:" + w.Code
	}
	return "name:" + w.Name
}

// IsPortal reports whether the website is a 门户网站.
func (w Website) IsPortal() bool { return w.Type == "门户网站" }

// Kinds of what a round checks, as the 通报 and the site label them.
const (
	KindWebsite = "网站"  // a 政府网站
	KindAccount = "新媒体" // a 政务新媒体 account
)

// KindLabel labels a checked item: KindAccount for an account, else
// KindWebsite.
func KindLabel(account bool) string {
	if account {
		return KindAccount
	}
	return KindWebsite
}

// PlatformLabel writes a platform with its sub-type, e.g. 微信（公众号）, as
// the 通报 lists accounts.
func PlatformLabel(platform, subType string) string {
	if subType == "" {
		return platform
	}
	return platform + "（" + subType + "）"
}

// Account statuses (运行状态).
const (
	StatusRunning   = "正常运行"
	StatusNew       = "新开设"
	StatusClosed    = "已关停"
	StatusCancelled = "已注销"
	StatusPaused    = "暂停更新"
)

// Platforms are the normalized platform names (平台), in display order.
var Platforms = []string{"微信", "微信视频号", "新浪微博", "今日头条", "抖音", "快手", "移动客户端", "其他"}

// Account is one row of accounts.csv: a 政务新媒体 account in one round.
type Account struct {
	FilingNo      string // 备案单号
	Name          string // 账号名称
	Platform      string // 平台, normalized (微信, 新浪微博, …)
	SubType       string // 平台子类, e.g. 公众号, 小程序
	Unit          string // 开设主体, as units.csv names it (aliases resolved)
	Status        string // 运行状态
	Sampled       bool   // 是否抽查; true when the sheet has no such column
	Result        Result
	Score         string
	Rank          int // 排名 the 通报 states; 0 when it states none
	Problems      []string
	Rectification string
	StatedStreak  int // 连续不合格次数 the 通报 states for a failing row; 0 when none
	Note          string
	Pos           Pos
}

// Noted reports whether the row has problems noted although it did not fail
// (其他发现的问题).
func (a Account) Noted() bool { return a.Result != Fail && len(a.Problems) > 0 }

// Key identifies the account across rounds: its 备案单号, else
// platform family + name + unit.
func (a Account) Key() string {
	if a.FilingNo != "" {
		return "filing:" + a.FilingNo
	}
	return a.NameKey()
}

// NameKey identifies the account by platform family, name and unit, whether
// or not it has a 备案单号.
func (a Account) NameKey() string {
	return "acct:" + a.Family() + "|" + a.Name + "|" + a.Unit
}

// Family is the platform as far as it tells two accounts of one name and
// unit apart: a 微信小程序 is another account than the 公众号 of the same
// name, while 公众号, 订阅号, 服务号 and plain 微信 are one family; each
// platform kept under 其他 (百家号, 小红书, …) is its own.
func (a Account) Family() string {
	switch {
	case a.Platform == "微信" && a.SubType == "小程序":
		return "微信小程序"
	case a.Platform == "其他" && a.SubType != "":
		return "其他:" + a.SubType
	}
	return a.Platform
}

// Active reports whether the account is still operating (not closed or
// cancelled); only active accounts are checked.
func (a Account) Active() bool { return ActiveStatus(a.Status) }

// ActiveStatus reports whether an account with this 运行状态 is still
// operating: any status but 已关停 and 已注销.
func ActiveStatus(status string) bool {
	return status != StatusClosed && status != StatusCancelled
}

// Meta is the front matter of round.md.
type Meta struct {
	Title     string // 标题
	Period    string // e.g. 2024年第三季度
	Issuer    string // 发布机构
	DocNumber string // 发文字号
	IndexNo   string // 索引号
	Topic     string // 主题分类
	Written   string // 成文日期, YYYY-MM-DD
	Published string // 发布日期, YYYY-MM-DD
	CheckFrom string // 检查时段 from
	CheckTo   string // 检查时段 to
	RectifyBy string // 整改期限
	// RateDecimals is how many decimals this 通报 writes its rates with
	// (0 for “合格率为93%”, 1 or 2); nil: the site's default. The per-kind
	// values (rate_decimals: {网站: 0, 新媒体: 1}) override it for the
	// website and account rates.
	RateDecimals        *int
	WebsiteRateDecimals *int
	AccountRateDecimals *int
	Draft               bool
	Sample              bool // the round is fictional sample data (示例数据)
	// WebsitesTotal and AccountsTotal are stated totals, set when the rows
	// list only part of the population (usually only the failures).
	WebsitesTotal *int
	AccountsTotal *int
}

// Metric is one row of summary.csv (汇总指标).
type Metric struct {
	Name  string // 指标
	Value string // 数值 as written
	Note  string // 说明
	Pos   Pos
}

// Round is one inspection round (一次检查) and its 通报.
type Round struct {
	ID        string // folder name, e.g. 2024Q3
	Meta      Meta
	Narrative string // Markdown body of round.md
	Websites  []Website
	Accounts  []Account
	Summary   []Metric
	Letters   []Letter      // interactions.csv: the 互动回应 test
	Reports   []ErrorReport // error-reports.csv: 找错留言办理
	// HasWebsitesSheet and HasAccountsSheet tell a sheet with its header
	// only (checked, no figures stated) from no sheet at all (not checked
	// this round).
	HasWebsitesSheet, HasAccountsSheet bool
	// Sources lists the input files of the round, for downloads and checksums.
	Sources []string
}

// Metric returns the named summary metric and whether it is present.
func (r *Round) Metric(name string) (Metric, bool) {
	for _, m := range r.Summary {
		if m.Name == name {
			return m, true
		}
	}
	return Metric{}, false
}

// Dataset is everything read from rounds/: the unit directory and the
// rounds in time order, oldest first.
type Dataset struct {
	Units  []Unit
	Rounds []Round
	// ProblemRules is the text of rounds/problem-categories.csv, rules that
	// map problem texts to categories before the built-in ones ("" if none).
	ProblemRules     string
	ProblemRulesFile string
}

// Sample reports whether any round is fictional sample data.
func (d *Dataset) Sample() bool {
	for _, r := range d.Rounds {
		if r.Meta.Sample {
			return true
		}
	}
	return false
}

// SplitProblems splits a 存在问题 cell into its problems: several are
// separated by `；`, `;` or a line break.
func SplitProblems(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool {
		return r == '；' || r == ';' || r == '\n' || r == '\r'
	})
	var out []string
	for _, p := range f {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
