package rounds

import (
	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
)

// reportRow is a row of error-reports.csv (找错留言办理), one per unit.
type reportRow struct {
	Unit         string `csv:"单位名称,unit" need:"yes"`
	Received     string `csv:"收到留言数,received"`
	ClosedOnTime string `csv:"按期办结数,closed_on_time"`
	Overdue      string `csv:"未按期办结数,overdue"`
	Quality      string `csv:"质量问题,quality_problem"`
}

func readReports(path string, problems *diag.List) []model.ErrorReport {
	var out []model.ErrorReport
	seen := map[string]int{}
	for r, row := range readSheet[reportRow](path, problems).each() {
		rep := model.ErrorReport{Unit: r.Unit, QualityProblem: r.Quality, Pos: row.pos()}
		// A unit named without counts: both counts blank.
		rep.CountsUnknown = r.Received == "" && r.ClosedOnTime == "" && r.Overdue == ""
		if !rep.CountsUnknown && (r.Received == "" || r.ClosedOnTime == "") {
			col := "收到留言数"
			if r.Received != "" {
				col = "按期办结数"
			}
			row.errorf(col, "写上收到留言数和按期办结数；通报没有给出数字时，这一行的数字都留空", "%s为空", col)
		}
		count := func(col, raw string, to *int) {
			if raw == "" {
				return
			}
			n, ok := parseCount(raw)
			if !ok {
				row.errorf(col, "填写整数", "%s“%s”不是整数", col, raw)
			}
			*to = n
		}
		if rep.Unit == "" {
			row.errorf("单位名称", "填写单位全称", "单位名称为空")
		}
		count("收到留言数", r.Received, &rep.Received)
		count("按期办结数", r.ClosedOnTime, &rep.ClosedOnTime)
		if r.Overdue != "" {
			count("未按期办结数", r.Overdue, &rep.Overdue)
		} else if !row.bad && !rep.CountsUnknown {
			rep.Overdue = rep.Received - rep.ClosedOnTime
		}
		if !row.bad && rep.ClosedOnTime+rep.Overdue > rep.Received {
			row.errorf("按期办结数", "按期办结数加未按期办结数不能超过收到留言数", "收到 %d 条，按期办结 %d 条、未按期办结 %d 条，对不上", rep.Received, rep.ClosedOnTime, rep.Overdue)
		}
		if prev, dup := seen[rep.Unit]; dup && rep.Unit != "" {
			row.errorf("单位名称", "每个单位只写一行", "单位“%s”已在第 %d 行出现", rep.Unit, prev)
		}
		seen[rep.Unit] = row.line
		if !row.bad {
			out = append(out, rep)
		}
	}
	return out
}
