package site

// The types below are the JSON the Hugo templates read, written under the
// build's data mount as zwgk/*.json. Keys are snake_case because Hugo folds
// page-parameter keys to lower case; templates read them as
// hugo.Data.zwgk.site, hugo.Data.zwgk.rounds.<slug>, hugo.Data.zwgk.units.<slug>.
// Every number that a template prints is already formatted here, so that
// templates only place text and never compute a figure.

// SiteView is data/zwgk/site.json: what the home page and the index pages show.
type SiteView struct {
	Sample     bool           `json:"sample"`      // built from the fictional 示例市 sample
	Latest     string         `json:"latest"`      // slug of the newest round, "" when there is none
	Rounds     []RoundSummary `json:"rounds"`      // oldest first
	Units      []UnitSummary  `json:"units"`       // by category, then name
	UnitPages  []UnitsPage    `json:"unit_pages"`  // the units index's pages, none over about 1 MB (view_lists.go)
	Categories []string       `json:"categories"`  // unit categories in display order
	Charts     chartList      `json:"charts"`      // home page charts, in display order
	UnitCount  int            `json:"unit_count"`  // number of units
	RoundCount int            `json:"round_count"` // number of rounds
	Downloads  Downloads      `json:"downloads"`   // the tables' data (downloads.go)
}

// RoundSummary is one round in lists and on the home page.
type RoundSummary struct {
	ID        string   `json:"id"`   // folder name, e.g. 2024Q4
	Slug      string   `json:"slug"` // URL segment: /rounds/<slug>/
	Title     string   `json:"title"`
	Period    string   `json:"period"`
	Published string   `json:"published"` // YYYY-MM-DD or ""
	Websites  Tally    `json:"websites"`
	Accounts  Accounts `json:"accounts"`
	Partial   bool     `json:"partial"` // rows list only part of the population; totals come from round.md
	// NoWebsites and NoAccounts: the round did not check that kind at all
	// (本轮未检查政府网站 / 本轮未检查政务新媒体).
	NoWebsites bool `json:"no_websites,omitempty"`
	NoAccounts bool `json:"no_accounts,omitempty"`
}

// Tally is a checked/passed/failed count with its pass rate (合格率).
type Tally struct {
	Checked int    `json:"checked"`
	Passed  int    `json:"passed"`
	Failed  int    `json:"failed"`
	Rate    string `json:"rate"`              // "99.84%", or "—" when nothing was checked
	Change  string `json:"change"`            // against the previous round: "+0.41个百分点", "-1.20个百分点", "持平", or "" (no previous figure)
	Unknown bool   `json:"unknown,omitempty"` // checked, but the 通报 states none of the counts
	// PassedUnknown: the number checked is stated, the pass and fail
	// counts are not (a partial list); Passed and Failed are 0, not figures.
	PassedUnknown bool `json:"passed_unknown,omitempty"`
	// Stated is the rate as the 通报 states it, when it states one
	// (Rate is then the stated figure where no counts exist).
	Stated *StatedView `json:"stated,omitempty"`
}

// StatedView is a rate the 通报 states, beside what the counts give.
type StatedView struct {
	Rate     string `json:"rate"`     // as stated: "93.5%"
	Computed string `json:"computed"` // from the counts, in the stated decimals; "" without counts
	Differs  bool   `json:"differs"`  // the two differ beyond rounding
	// Shown is the rate the pages print (figfmt.Headline): Rate where the
	// counts do not confirm it, else the tally's own rate. Note goes beside
	// it, with NoteClass: "（通报数字）", or the counts' figure where the two
	// differ; none where the counts confirm the stated rate. withStated
	// decides all three; rate.html and the tables print them.
	Shown     string `json:"shown"`
	Note      string `json:"note,omitempty"`
	NoteClass string `json:"note_class,omitempty"`
}

// Accounts is the tally of new-media accounts with the counts around it.
type Accounts struct {
	Tally
	OnFile  int  `json:"on_file"` // 账号总数
	Running int  `json:"running"` // 正常运行 (all but closed/cancelled)
	Opened  int  `json:"opened"`  // 新开设 this round
	Closed  int  `json:"closed"`  // 关停/注销 this round
	Sampled bool `json:"sampled"` // only a sample was checked
	// ChangesKnown is false when a partial round does not state the accounts
	// opened and closed: templates then leave them out rather than show 0.
	ChangesKnown bool   `json:"changes_known"`
	SampleRate   string `json:"sample_rate"` // checked / on file, when sampled
	// OnFileUnknown and RunningUnknown: a partial list that states neither
	// count; templates show them as unknown, never as 0.
	OnFileUnknown  bool `json:"on_file_unknown,omitempty"`
	RunningUnknown bool `json:"running_unknown,omitempty"`
	// SampleStated is the 抽查比例 the 通报 states, when it states one.
	SampleStated *StatedView `json:"sample_stated,omitempty"`
}

// RoundView is the entry <slug> of data/zwgk/rounds.json: a round page (the 通报).
type RoundView struct {
	RoundSummary
	Issuer         string          `json:"issuer"`
	DocNumber      string          `json:"doc_number"`
	IndexNo        string          `json:"index_no"`
	Topic          string          `json:"topic"`
	Written        string          `json:"written"`
	CheckFrom      string          `json:"check_from"`
	CheckTo        string          `json:"check_to"`
	RectifyBy      string          `json:"rectify_by"`
	Sample         bool            `json:"sample"`
	Draft          bool            `json:"draft"`
	Narrative      string          `json:"narrative"` // Markdown, rendered by Hugo (raw HTML is not passed through)
	Portals        int             `json:"portals"`   // 门户网站 among the websites checked
	Categories     []CategoryRow   `json:"categories"`
	Platforms      []PlatformRow   `json:"platforms"`
	FailedSites    []FailedWebsite `json:"failed_websites"`
	FailedAccounts []FailedAccount `json:"failed_accounts"`
	// NotedSites and NotedAccounts are 其他发现的问题: rows with problems
	// that did not fail (view_lists.go).
	NotedSites    []NotedRow    `json:"noted_websites"`
	NotedAccounts []NotedRow    `json:"noted_accounts"`
	Checklist     *Checklist    `json:"checklist"` // the round's 核查清单 (view_lists.go)
	Charts        chartList     `json:"charts"`
	Across        Across        `json:"across"`
	OtherMetrics  []MetricRow   `json:"other_metrics"` // summary.csv metrics shown as given
	Regions       []CategoryRow `json:"regions"`       // 各地区: per 所属地区, empty without regions
	Ranked        []RankedView  `json:"ranked"`        // 得分前N名 / 得分后N名 the 通报 names
	PartialNotes  []string      `json:"partial_notes"` // what is not computed from a partial list, and why
	// Split are the round's tables too large for its page, by download
	// key, each shown there in its first rows (view_lists.go).
	Split map[string]*TablePages `json:"split"`
	// SiteScores and AccountScores (SiteRanks, AccountRanks) are true when
	// a failed website or account carries a 得分 (排名): the lists then show
	// that column.
	SiteScores    bool       `json:"site_scores"`
	AccountScores bool       `json:"account_scores"`
	SiteRanks     bool       `json:"site_ranks"`
	AccountRanks  bool       `json:"account_ranks"`
	Prev          *RoundLink `json:"prev"`
	Next          *RoundLink `json:"next"`
	Downloads     Downloads  `json:"downloads"` // tables' data, workbook, input sheets (downloads.go)

	// NarrativeGenerated marks a Narrative drafted from the figures because
	// round.md has none (draft.go).
	NarrativeGenerated bool `json:"narrative_generated"`

	html *htmlFiles // where its large tables go, set while the data is written (emit.go)
}

// RoundLink points at a neighbouring round.
type RoundLink struct {
	Slug  string `json:"slug"`
	Title string `json:"title"`
	// Partial marks, in a unit's result grid, a round whose rows list only
	// failures (figures.Round.FailuresOnly), so “—” there means “not named
	// as failing”.
	Partial bool `json:"partial,omitempty"`
}

// CategoryRow is the figures of one unit category (单位类别) in a round.
type CategoryRow struct {
	Category string `json:"category"`
	Units    int    `json:"units"` // 0 when only the group's totals are stated
	Websites Tally  `json:"websites"`
	Accounts Tally  `json:"accounts"`
}

// PlatformRow is the figures of one platform in a round.
type PlatformRow struct {
	Platform string `json:"platform"`
	Accounts int    `json:"accounts"` // accounts on file that are active
	Tally
}

// FailedWebsite is a row of the failed-website table:
// 序号/网站名称/主办单位/存在问题/整改情况.
type FailedWebsite struct {
	No            int      `json:"no"`
	Name          string   `json:"name"`
	Code          string   `json:"code"`
	URL           string   `json:"url"` // http(s) only, validated
	Unit          string   `json:"unit"`
	UnitSlug      string   `json:"unit_slug"`
	Problems      []string `json:"problems"`
	Rectification string   `json:"rectification"`
	Score         string   `json:"score,omitempty"` // 得分 as stated
	Rank          int      `json:"rank,omitempty"`  // 排名 as stated
}

// FailedAccount is a row of the failed-account table:
// 序号/平台/账号名称/存在问题/开设主体/所属地区.
type FailedAccount struct {
	No            int      `json:"no"`
	Platform      string   `json:"platform"` // with sub-type, e.g. 微信（公众号）
	Name          string   `json:"name"`
	FilingNo      string   `json:"filing_no"`
	Problems      []string `json:"problems"`
	Unit          string   `json:"unit"`
	UnitSlug      string   `json:"unit_slug"`
	Region        string   `json:"region"`
	Rectification string   `json:"rectification"`
	Score         string   `json:"score,omitempty"`
	Rank          int      `json:"rank,omitempty"`
}

// UnitSummary is one unit in the units index.
type UnitSummary struct {
	Name         string `json:"name"`
	Slug         string `json:"slug"` // URL segment: /units/<slug>/
	Category     string `json:"category"`
	Region       string `json:"region"`
	Websites     int    `json:"websites"`      // websites in the latest round it appears in
	Accounts     int    `json:"accounts"`      // active accounts in that round
	LatestStatus string `json:"latest_status"` // "全部合格", "有问题", "未检查"
	LatestFailed int    `json:"latest_failed"` // failures in the latest round
	Listed       bool   `json:"listed"`        // in units.csv
}

// UnitView is the entry <slug> of data/zwgk/units.json: a unit's 核查清单.
type UnitView struct {
	UnitSummary
	CreditCode string      `json:"credit_code"`
	Aliases    []string    `json:"-"`      // 别名 from units.csv, for search only
	Rounds     []RoundLink `json:"rounds"` // column heads of the result grids, oldest first
	// Websites, Accounts, Failures and Noted reach the page as its
	// tables' HTML (table_units.go), not as data.
	Websites []Checked    `json:"-"`
	Accounts []Checked    `json:"-"`
	Failures []FailureRow `json:"-"` // every failure of this unit, newest round first
	Noted    []FailureRow `json:"-"` // problems noted on entries that did not fail, newest first
	Across   UnitAcross   `json:"across"`

	html *htmlFiles // where its large tables go, set while the data is written (emit.go)
}

// Checked is a website or account the unit runs, with its result in every
// round (one cell per entry of UnitView.Rounds).
type Checked struct {
	Name     string   `json:"name"`
	Platform string   `json:"platform"` // accounts only, with sub-type
	Code     string   `json:"code"`     // 网站标识码 or 备案单号
	URL      string   `json:"url"`
	Status   string   `json:"status"`           // latest 运行状态 (accounts)
	Results  []string `json:"results"`          // per round: 合格 / 不合格 / 未检查 / "" (not listed that round)
	Scores   []string `json:"scores,omitempty"` // per round: 得分 as stated, or ""; nil when no round states one
}

// FailureRow is one failure of a unit's website or account.
type FailureRow struct {
	Round         string   `json:"round"` // round title
	RoundSlug     string   `json:"round_slug"`
	Kind          string   `json:"kind"` // 网站 / 新媒体
	Name          string   `json:"name"`
	Platform      string   `json:"platform"`
	Problems      []string `json:"problems"`
	Rectification string   `json:"rectification"`
	Result        string   `json:"result"` // 不合格, or for noted rows 合格 / 未判定 / 未检查
}

// MetricRow is a summary.csv metric the figures do not use, shown as given.
type MetricRow struct {
	Name  string `json:"name"`
	Value string `json:"value"`
	Note  string `json:"note"`
}
