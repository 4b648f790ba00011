package model

import "strings"

// countMetrics are the summary.csv metrics (汇总指标) that are counts and
// stand in for row data.
var countMetrics = map[string]bool{
	"网站总数": true, "门户网站数": true, "网站合格数": true,
	"账号总数": true, "账号筛查数": true, "正常运行账号数": true, "账号抽查数": true, "账号合格数": true,
	"新开设账号数": true, "关停注销账号数": true,
	"找错留言数": true, "找错涉及单位数": true, "找错按期办结数": true,
	"互动测试网站数": true, "互动按时答复网站数": true, "互动当日答复网站数": true,
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

// GroupCounts are the counts that may be stated for one group of units (组:
// a 单位类别 or a 所属地区) as `网站总数:市直部门`.
var GroupCounts = []string{"网站总数", "网站合格数", "账号总数", "账号抽查数", "账号合格数"}

// StatedRates are the rates a 通报 may state (合格率, 抽查比例), for the
// whole round or, as `网站合格率:某类部门`, for one group.
var StatedRates = []string{"网站合格率", "账号合格率", "抽查比例"}

// SplitGroup splits a group metric `网站总数:市直部门` into its base metric
// and its group. ok is false for any other name.
func SplitGroup(name string) (base, group string, ok bool) {
	base, group, found := strings.Cut(name, ":")
	if !found || group == "" {
		return "", "", false
	}
	for _, b := range GroupCounts {
		if b == base {
			return base, group, true
		}
	}
	for _, b := range StatedRates {
		if b == base {
			return base, group, true
		}
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
	for _, b := range StatedRates {
		if name == b {
			return true
		}
	}
	base, _, ok := SplitGroup(name)
	return ok && (base == "网站合格率" || base == "账号合格率" || base == "抽查比例")
}

// IsCountMetric reports whether a summary metric is a count the figures use.
func IsCountMetric(name string) bool {
	if countMetrics[name] || strings.HasPrefix(name, PlatformCountPrefix) || strings.HasPrefix(name, "账号数：") ||
		strings.HasPrefix(name, ScoreBandPrefix) {
		return true
	}
	base, _, ok := SplitGroup(name)
	return ok && countMetrics[base]
}

// IsKnownMetric reports whether the figures use a summary metric; any other
// metric is shown as given.
func IsKnownMetric(name string) bool {
	return IsCountMetric(name) || IsStatedRate(name) || strings.HasPrefix(name, WebsiteScorePrefix) || strings.HasPrefix(name, AccountScorePrefix)
}
