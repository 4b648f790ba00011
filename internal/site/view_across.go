package site

// Views of the figures that compare rounds and of the optional tests of a
// round (issue: everything a 通报 reports). Same conventions as view.go.

// ItemRow is a website or account in the cross-round lists.
type ItemRow struct {
	No       int      `json:"no"`
	Kind     string   `json:"kind"`     // 网站 / 新媒体
	Platform string   `json:"platform"` // accounts, with sub-type
	Name     string   `json:"name"`
	Unit     string   `json:"unit"`
	UnitSlug string   `json:"unit_slug"`
	Problems []string `json:"problems"`
	Status   string   `json:"status"`     // recheck: 已整改合格 / 仍不合格 / 已关停注销 / 本轮未抽查 / 本轮未列出
	Detail   string   `json:"detail"`     // recheck: 整改情况 stated last round; repeat: “连续N轮不合格”, with the 通报's word where it matters
	Round    string   `json:"round"`      // on unit pages: the round's label
	RoundURL string   `json:"round_slug"` // on unit pages: the round's slug
}

// ChangesView is the accounts opened and closed since the previous round.
type ChangesView struct {
	Known      bool        `json:"known"` // false when either round lists only part of its accounts
	Opened     []ItemRow   `json:"opened"`
	Closed     []ItemRow   `json:"closed"`
	ByPlatform []ChangeRow `json:"by_platform"`
	ByUnit     []ChangeRow `json:"by_unit"`
}

// ChangeRow counts opened and closed accounts of a platform or unit.
type ChangeRow struct {
	Name   string `json:"name"`
	Slug   string `json:"slug"` // units only
	Opened int    `json:"opened"`
	Closed int    `json:"closed"`
}

// InteractionView is the 互动回应 letter test.
type InteractionView struct {
	Sites          int          `json:"sites"`
	Letters        int          `json:"letters"`
	OnTime         int          `json:"on_time"`
	OnTimeRate     string       `json:"on_time_rate"`
	SameDay        int          `json:"same_day"`
	AllUnanswered  []LetterSite `json:"all_unanswered"`
	SomeUnanswered []LetterSite `json:"some_unanswered"`
	Late           []LetterSite `json:"late"`
	PoorQuality    []LetterSite `json:"poor_quality"`
	TimingUnknown  []LetterSite `json:"timing_unknown"` // answered or named, when not stated
	// Summary is the test in one sentence, with the counts the 通报 does
	// not state written as 通报未说明 (never 0).
	Summary string `json:"summary"`
	Partial bool   `json:"partial"` // the lists hold only the websites the 通报 names
}

// LetterSite is a tested website in the letter-test lists.
type LetterSite struct {
	No        int      `json:"no"`
	Name      string   `json:"name"`
	Unit      string   `json:"unit"`
	UnitSlug  string   `json:"unit_slug"`
	Letters   int      `json:"letters"`
	Answered  int      `json:"answered"`
	OnTime    int      `json:"on_time"`
	Qualities []string `json:"qualities"`
	Round     string   `json:"round"`      // on unit pages
	RoundSlug string   `json:"round_slug"` // on unit pages
}

// UnitChangeRow is a unit's accounts opened and closed in one round.
type UnitChangeRow struct {
	Round     string `json:"round"`
	RoundSlug string `json:"round_slug"`
	Opened    int    `json:"opened"`
	Closed    int    `json:"closed"`
}

// ErrorReportsView is the handling of “我为政府网站找错” messages.
type ErrorReportsView struct {
	Received     int         `json:"received"`
	Units        int         `json:"units"`
	ClosedOnTime int         `json:"closed_on_time"`
	OnTimeRate   string      `json:"on_time_rate"`
	TopN         int         `json:"top_n"`     // fewest units receiving ≥ 80% of messages
	TopShare     string      `json:"top_share"` // their share
	Ranked       []ReportRow `json:"ranked"`
	Late         []ReportRow `json:"late"`
	Named        []ReportRow `json:"named"` // units named without counts
	// Summary is the handling in one sentence, with the counts the 通报
	// does not state written as 通报未说明 (never 0).
	Summary string `json:"summary"`
}

// ReportRow is a unit's 找错 figures.
type ReportRow struct {
	No           int    `json:"no"`
	Unit         string `json:"unit"`
	UnitSlug     string `json:"unit_slug"`
	Round        string `json:"round"`      // on unit pages
	RoundSlug    string `json:"round_slug"` // on unit pages
	Received     int    `json:"received"`
	ClosedOnTime int    `json:"closed_on_time"`
	Overdue      int    `json:"overdue"`
	Share        string `json:"share"`
	Cumulative   string `json:"cumulative"`
	Quality      string `json:"quality"`
}

// ScoreRow is the mean scores of a unit category with their changes.
type ScoreRow struct {
	Category       string `json:"category"`
	Websites       string `json:"websites"` // "104.05" or "—"
	WebsitesChange string `json:"websites_change"`
	Accounts       string `json:"accounts"`
	AccountsChange string `json:"accounts_change"`
}

// RankRow is a unit in a round's ranked table.
type RankRow struct {
	No       int    `json:"no"`
	Unit     string `json:"unit"`
	UnitSlug string `json:"unit_slug"`
	Category string `json:"category"`
	Checked  int    `json:"checked"`
	Failed   int    `json:"failed"`
	Rate     string `json:"rate"`
	Score    string `json:"score"` // mean website score, "—" without scores
}

// Across is what a round page shows beyond its own lists.
type Across struct {
	Recheck      []ItemRow         `json:"recheck"`
	Repeats      []ItemRow         `json:"repeats"`
	RepeatUnits  []ChangeRow       `json:"repeat_units"` // Name and Slug only
	Changes      ChangesView       `json:"changes"`
	Interaction  *InteractionView  `json:"interaction"`
	ErrorReports *ErrorReportsView `json:"error_reports"`
	Scores       []ScoreRow        `json:"scores"`
	Ranking      []RankRow         `json:"-"` // reaches the page as RoundTables.Ranking
}

// UnitAcross is what a unit page shows across rounds.
type UnitAcross struct {
	Repeats      []ItemRow       `json:"repeats"`       // its items failing in consecutive rounds
	RepeatRounds []RoundLink     `json:"repeat_rounds"` // rounds in which it had failures for the second time running
	Recheck      []ItemRow       `json:"recheck"`       // recheck of its items, newest round first
	ErrorReports []ReportRow     `json:"error_reports"`
	Changes      []UnitChangeRow `json:"changes"`
	Letters      []LetterSite    `json:"letters"`
}
