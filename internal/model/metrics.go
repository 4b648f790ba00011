package model

import (
	"slices"
	"strings"
)

// Summary metrics (汇总指标): the names a summary.csv row may carry and
// the figures read. Every stage spells a metric through these constants.
const (
	WebsitesTotal       = "网站总数"
	PortalsTotal        = "门户网站数"
	WebsitesPassed      = "网站合格数"
	AccountsTotal       = "账号总数"
	AccountsScreened    = "账号筛查数"
	AccountsRunning     = "正常运行账号数"
	AccountsSampled     = "账号抽查数"
	AccountsPassed      = "账号合格数"
	AccountsOpened      = "新开设账号数"
	AccountsClosed      = "关停注销账号数"
	ReportsReceived     = "找错留言数"
	ReportUnits         = "找错涉及单位数"
	ReportsClosedOnTime = "找错按期办结数"
	LetterSites         = "互动测试网站数"
	LetterSitesOnTime   = "互动按时答复网站数"
	LetterSitesSameDay  = "互动当日答复网站数"
	WebsitePassRate     = "网站合格率"
	AccountPassRate     = "账号合格率"
	SampleRatio         = "抽查比例"
)

// CountMetrics are the summary metrics that are counts and stand in for
// row data, in FORMAT's order (the order the new-round template offers).
var CountMetrics = []string{
	WebsitesTotal, PortalsTotal, WebsitesPassed,
	AccountsTotal, AccountsScreened, AccountsRunning, AccountsSampled, AccountsPassed, AccountsOpened, AccountsClosed,
	ReportsReceived, ReportUnits, ReportsClosedOnTime, LetterSites, LetterSitesOnTime, LetterSitesSameDay,
}

// Metric name prefixes: a per-platform count and per-category mean scores.
const (
	PlatformCountPrefix = "账号数:"
	WebsiteScorePrefix  = "网站平均分:"
	AccountScorePrefix  = "新媒体平均分:"
	// ScoreBandPrefix starts a score band (得分段), e.g. 得分段:网站:90-100:
	// how many websites scored from 90 to 100.
	ScoreBandPrefix = "得分段:"
)

// PlatformCount names the count of running accounts on one normalized
// platform (账号数:微信).
func PlatformCount(platform string) string { return PlatformCountPrefix + platform }

// GroupCounts are the counts that may be stated for one group of units (组:
// a 单位类别 or a 所属地区) as `网站总数:市直部门`.
var GroupCounts = []string{WebsitesTotal, WebsitesPassed, AccountsTotal, AccountsSampled, AccountsPassed}

// StatedRates are the rates a 通报 may state (合格率, 抽查比例), for the
// whole round or, as `网站合格率:某类部门`, for one group.
var StatedRates = []string{WebsitePassRate, AccountPassRate, SampleRatio}

// SplitGroup splits a group metric `网站总数:市直部门` into its base metric
// and its group. ok is false for any other name.
func SplitGroup(name string) (base, group string, ok bool) {
	base, group, found := strings.Cut(name, ":")
	if !found || group == "" {
		return "", "", false
	}
	if slices.Contains(GroupCounts, base) || slices.Contains(StatedRates, base) {
		return base, group, true
	}
	return "", "", false
}

// CanonicalMetric writes a metric name with ASCII colons, so that
// `网站总数：市直部门` typed with a full-width colon is the same metric.
func CanonicalMetric(name string) string {
	return strings.ReplaceAll(strings.TrimSpace(name), "：", ":")
}

// IsStatedRate reports whether a metric is a rate as the 通报 states it.
func IsStatedRate(name string) bool {
	if slices.Contains(StatedRates, name) {
		return true
	}
	base, _, ok := SplitGroup(name)
	return ok && slices.Contains(StatedRates, base)
}

// IsCountMetric reports whether a summary metric is a count the figures use.
func IsCountMetric(name string) bool {
	name = CanonicalMetric(name)
	if slices.Contains(CountMetrics, name) || strings.HasPrefix(name, PlatformCountPrefix) || strings.HasPrefix(name, ScoreBandPrefix) {
		return true
	}
	base, _, ok := SplitGroup(name)
	return ok && slices.Contains(CountMetrics, base)
}

// IsKnownMetric reports whether the figures use a summary metric; any other
// metric is shown as given.
func IsKnownMetric(name string) bool {
	return IsCountMetric(name) || IsStatedRate(name) || strings.HasPrefix(name, WebsiteScorePrefix) || strings.HasPrefix(name, AccountScorePrefix)
}
