package figures

import (
	"sort"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
)

// ErrorReports is the handling of “我为政府网站找错” messages in a round.
type ErrorReports struct {
	Received     int           // 收到留言数
	Units        int           // 涉及单位数: units that received any
	ClosedOnTime int           // 按期办结数
	Ranked       []UnitReports // units with counts, by messages received, most first
	Late         []UnitReports // units that closed some messages late, in Ranked order
	Named        []UnitReports // units the 通报 names without counts, in sheet order
	// Partial is set when the rows name only some of the units (a stated
	// total is larger than the rows give, or a unit is named without
	// counts).
	Partial bool
	// ReceivedUnknown, UnitsUnknown and ClosedUnknown are set when neither
	// a stated figure nor the rows give the count: unknown, never 0.
	ReceivedUnknown, UnitsUnknown, ClosedUnknown bool
}

// UnitReports is one unit's 找错 figures.
type UnitReports struct {
	Unit         string
	Received     int
	ClosedOnTime int
	Overdue      int
	Quality      string
	Share        Rate // of all messages received
	Cumulative   Rate // share of this unit and all ranked above it
}

// OnTimeRate is the share of messages closed on time (按期办结率);
// undefined when either count is unknown.
func (e ErrorReports) OnTimeRate() Rate {
	if e.ReceivedUnknown || e.ClosedUnknown {
		return Rate{}
	}
	return Ratio(e.ClosedOnTime, e.Received)
}

// TopShare is the share of all messages received by the n units that
// received most (“6家单位收到留言数量合计占全市留言总数的84.58%”).
func (e ErrorReports) TopShare(n int) Rate {
	top := 0
	for i, u := range e.Ranked {
		if i >= n {
			break
		}
		top += u.Received
	}
	return Ratio(top, e.total())
}

// total is the number of messages shares are of: 0 (no share) when unknown.
func (e ErrorReports) total() int {
	if e.ReceivedUnknown {
		return 0
	}
	return e.Received
}

func computeErrorReports(r *model.Round, ix *unitIndex, metric func(string) (int, model.Metric, bool), problems *diag.List) *ErrorReports {
	e := &ErrorReports{}
	var overdue int
	for _, rep := range r.Reports {
		u := UnitReports{Unit: rep.Unit, Received: rep.Received,
			ClosedOnTime: rep.ClosedOnTime, Overdue: rep.Overdue, Quality: rep.QualityProblem}
		if rep.CountsUnknown {
			e.Named = append(e.Named, u)
			continue
		}
		e.Received += rep.Received
		e.ClosedOnTime += rep.ClosedOnTime
		overdue += rep.Overdue
		if rep.Received > 0 {
			e.Units++
		}
		e.Ranked = append(e.Ranked, u)
	}
	// Units named without counts received some messages, as far as anyone
	// can tell; they are among the units concerned.
	rows := []struct {
		name    string
		rows    int // from the rows
		to      *int
		unknown *bool
	}{
		{model.ReportsReceived, e.Received, &e.Received, &e.ReceivedUnknown},
		{model.ReportUnits, e.Units + len(e.Named), &e.Units, &e.UnitsUnknown},
		{model.ReportsClosedOnTime, e.ClosedOnTime, &e.ClosedOnTime, &e.ClosedUnknown},
	}
	// Any stated figure larger than the rows give makes the rows a partial
	// list; a figure neither stated nor given in full by the rows is
	// unknown.
	moreThanRows := false // a stated figure is larger than the rows give
	for _, c := range rows {
		if n, m, ok := metric(c.name); ok {
			if n < c.rows {
				problems.Errorf(m.Pos.File, m.Pos.Row, "数值", "核对这个数字和 error-reports 表", "%s为 %d，但 error-reports 表中的单位合计 %d", c.name, n, c.rows)
			}
			moreThanRows = moreThanRows || n > c.rows
		}
	}
	e.Partial = len(r.Reports) > 0 && (len(e.Named) > 0 || moreThanRows)
	for _, c := range rows {
		if n, _, ok := metric(c.name); ok {
			*c.to = n
			continue
		}
		*c.to = c.rows
		// The sums are open when units are named without counts; every
		// figure is open when the rows are not all the units.
		*c.unknown = len(r.Reports) == 0 || moreThanRows || (len(e.Named) > 0 && c.name != model.ReportUnits)
	}
	if !e.ReceivedUnknown && !e.ClosedUnknown && overdue > e.Received-e.ClosedOnTime {
		if m, ok := r.Metric(model.ReportsClosedOnTime); ok {
			problems.Errorf(m.Pos.File, m.Pos.Row, "数值", "核对按期办结数和 error-reports 表的未按期办结数", "找错按期办结数为 %d，收到留言 %d 条，但 error-reports 表中未按期办结的留言有 %d 条", e.ClosedOnTime, e.Received, overdue)
		}
	}
	sort.SliceStable(e.Ranked, func(i, j int) bool { return e.Ranked[i].Received > e.Ranked[j].Received })
	cum := 0
	for i := range e.Ranked {
		u := &e.Ranked[i]
		cum += u.Received
		u.Share, u.Cumulative = Ratio(u.Received, e.total()), Ratio(cum, e.total())
		if u.Overdue > 0 {
			e.Late = append(e.Late, *u)
		}
	}
	if e.Received == 0 && len(r.Reports) == 0 {
		return nil
	}
	return e
}

// topUnitsPercent is the share of 找错 messages whose top units a 通报
// names (“6家单位收到留言数量合计占全市留言总数的84.58%”).
const topUnitsPercent = 80

// TopUnits is how many of the top units the round page and the draft name:
// the fewest that together received 80% of all messages (ParetoN(80)).
func (e ErrorReports) TopUnits() int { return e.ParetoN(topUnitsPercent) }

// ParetoN is the fewest top units that together received at least the
// given share of all messages, the N a 通报 names in “N家单位收到留言数量合计
// 占全市留言总数的X%”.
func (e ErrorReports) ParetoN(percent int) int {
	if e.total() == 0 || e.Partial {
		// A partial list need not hold the units that received most.
		return 0
	}
	for i, u := range e.Ranked {
		if u.Cumulative.Num*100 >= percent*u.Cumulative.Den {
			return i + 1
		}
	}
	return len(e.Ranked)
}
