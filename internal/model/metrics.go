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
)

// IsCountMetric reports whether a summary metric is a count the figures use.
func IsCountMetric(name string) bool {
	return countMetrics[name] || strings.HasPrefix(name, PlatformCountPrefix) || strings.HasPrefix(name, "账号数：")
}

// IsKnownMetric reports whether the figures use a summary metric; any other
// metric is shown as given.
func IsKnownMetric(name string) bool {
	return IsCountMetric(name) || strings.HasPrefix(name, WebsiteScorePrefix) || strings.HasPrefix(name, AccountScorePrefix)
}
