package model

// ErrorReport is one row of error-reports.csv: how a unit handled the
// messages of “我为政府网站找错”.
type ErrorReport struct {
	Unit           string // 单位名称, as units.csv names it (aliases resolved)
	Received       int    // 收到留言数
	ClosedOnTime   int    // 按期办结数
	Overdue        int    // 未按期办结数
	QualityProblem string // 质量问题
	// CountsUnknown is set for a unit the 通报 names without counts
	// (“部分单位存在逾期办结情况”): its counts are unknown, not 0.
	CountsUnknown bool
	Pos           Pos
}
