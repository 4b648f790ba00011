package model

// Reply states of a test letter (答复情况).
const (
	ReplySameDay = "当日答复"
	ReplyOnTime  = "按时答复"
	ReplyLate    = "逾期答复"
	ReplyNone    = "未答复"
	// ReplyAnswered is a letter answered, the 通报 not saying when
	// (已答复); ReplyUnstated a letter whose fate it does not state.
	// Neither counts as on time or late.
	ReplyAnswered = "已答复"
	ReplyUnstated = "未说明"
)

// Letter is one row of interactions.csv: a test letter sent to a website in
// the 互动回应 test.
type Letter struct {
	SiteCode       string // 网站标识码
	SiteName       string // 网站名称
	No             string // 信件序号
	Sent           string // 发送日期, YYYY-MM-DD or ""
	Replied        string // 答复日期, YYYY-MM-DD or ""
	Reply          string // 答复情况: one of the Reply* states
	OnTime         bool   // 是否按时
	DeadlineDays   int    // 答复时限, working days; 0 when not given
	QualityProblem string // 质量问题, e.g. 答非所问
	Note           string
	Pos            Pos
}

// SiteKey identifies the website the letter went to, as Website.Key does.
func (l Letter) SiteKey() string {
	if l.SiteCode != "" {
		return "code:" + l.SiteCode
	}
	return "name:" + l.SiteName
}

// Answered reports whether the letter got any reply (or may have: a letter
// whose fate is not stated is not counted as unanswered).
func (l Letter) Answered() bool { return l.Reply != ReplyNone }

// TimingKnown reports whether the 通报 says if the letter was answered on
// time (按时) or not.
func (l Letter) TimingKnown() bool { return l.Reply != ReplyAnswered && l.Reply != ReplyUnstated }
