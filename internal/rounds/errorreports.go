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
	s := readSheet[reportRow](path, problems)
	if s == nil {
		return nil
	}
	var out []model.ErrorReport
	seen := map[string]int{}
	for i, r := range s.rows {
		line := s.lines[i]
		rep := model.ErrorReport{Unit: r.Unit, QualityProblem: r.Quality, Pos: model.Pos{File: path, Row: line}}
		bad := false
		// A unit named without counts: both counts blank.
		rep.CountsUnknown = r.Received == "" && r.ClosedOnTime == "" && r.Overdue == ""
		if !rep.CountsUnknown && (r.Received == "" || r.ClosedOnTime == "") {
			col := "收到留言数"
			if r.Received != "" {
				col = "按期办结数"
			}
			problems.Errorf(path, line, s.col(col), "写上收到留言数和按期办结数；通报没有给出数字时，这一行的数字都留空", "%s为空", col)
			bad = true
		}
		count := func(col, raw string, to *int) {
			if raw == "" {
				return
			}
			n, ok := parseCount(raw)
			if !ok {
				problems.Errorf(path, line, s.col(col), "填写整数", "%s“%s”不是整数", col, raw)
				bad = true
			}
			*to = n
		}
		if rep.Unit == "" {
			problems.Errorf(path, line, s.col("单位名称"), "填写单位全称", "单位名称为空")
			bad = true
		}
		count("收到留言数", r.Received, &rep.Received)
		count("按期办结数", r.ClosedOnTime, &rep.ClosedOnTime)
		if r.Overdue != "" {
			count("未按期办结数", r.Overdue, &rep.Overdue)
		} else if !bad && !rep.CountsUnknown {
			rep.Overdue = rep.Received - rep.ClosedOnTime
		}
		if !bad && rep.ClosedOnTime+rep.Overdue > rep.Received {
			problems.Errorf(path, line, s.col("按期办结数"), "按期办结数加未按期办结数不能超过收到留言数", "收到 %d 条，按期办结 %d 条、未按期办结 %d 条，对不上", rep.Received, rep.ClosedOnTime, rep.Overdue)
			bad = true
		}
		if prev, dup := seen[rep.Unit]; dup && rep.Unit != "" {
			problems.Errorf(path, line, s.col("单位名称"), "每个单位只写一行", "单位“%s”已在第 %d 行出现", rep.Unit, prev)
			bad = true
		}
		seen[rep.Unit] = line
		if !bad {
			out = append(out, rep)
		}
	}
	return out
}
