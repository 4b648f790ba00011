package figures

import (
	"sort"
	"strconv"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
)

// Interaction is the 互动回应 letter test of a round.
type Interaction struct {
	Sites   int // 测试网站数
	Letters int // 发送信件数
	OnTime  int // sites whose every letter was answered on time (按时答复)
	SameDay int // sites whose every letter was answered the day it was sent
	// Lists of sites, in sheet order.
	AllUnanswered  []LetterSite // no letter answered
	SomeUnanswered []LetterSite // some but not all letters unanswered
	PoorQuality    []LetterSite // at least one answer of poor quality (答非所问 …)
	Late           []LetterSite // answered, but not all on time
}

// OnTimeRate is the share of tested sites that answered every letter on time.
func (in Interaction) OnTimeRate() Rate { return Ratio(in.OnTime, in.Sites) }

// LetterSite is a tested website with what happened to its letters.
type LetterSite struct {
	Key       string
	Name      string
	Unit      string // from the round's websites sheet, when listed there
	Letters   int
	Answered  int
	OnTime    int
	SameDay   int
	Qualities []string // quality problems, as stated
}

func computeInteraction(r *model.Round, ix *unitIndex, metric func(string) (int, model.Metric, bool), problems *diag.List) *Interaction {
	in := &Interaction{}
	if len(r.Letters) > 0 {
		names := map[string]*model.Website{}
		for i := range r.Websites {
			names[r.Websites[i].Key()] = &r.Websites[i]
		}
		bySite := map[string]*LetterSite{}
		var order []string
		for _, l := range r.Letters {
			s := bySite[l.SiteKey()]
			if s == nil {
				s = &LetterSite{Key: l.SiteKey(), Name: l.SiteName}
				if w, ok := names[l.SiteKey()]; ok {
					s.Name, s.Unit = w.Name, ix.canonical(w.Unit)
				}
				if s.Name == "" {
					s.Name = l.SiteCode
				}
				bySite[l.SiteKey()] = s
				order = append(order, l.SiteKey())
			}
			s.Letters++
			if l.Answered() {
				s.Answered++
			}
			if l.OnTime {
				s.OnTime++
			}
			if l.Reply == model.ReplySameDay {
				s.SameDay++
			}
			if l.QualityProblem != "" {
				s.Qualities = append(s.Qualities, l.QualityProblem)
			}
		}
		in.Sites, in.Letters = len(order), len(r.Letters)
		for _, k := range order {
			s := bySite[k]
			if s.OnTime == s.Letters {
				in.OnTime++
			}
			if s.SameDay == s.Letters {
				in.SameDay++
			}
			switch {
			case s.Answered == 0:
				in.AllUnanswered = append(in.AllUnanswered, *s)
			case s.Answered < s.Letters:
				in.SomeUnanswered = append(in.SomeUnanswered, *s)
			case s.OnTime < s.Letters:
				in.Late = append(in.Late, *s)
			}
			if len(s.Qualities) > 0 {
				in.PoorQuality = append(in.PoorQuality, *s)
			}
		}
	}
	// Totals-only rounds state the figures; with rows they must agree.
	for _, c := range []struct {
		name string
		to   *int
	}{{"互动测试网站数", &in.Sites}, {"互动按时答复网站数", &in.OnTime}, {"互动当日答复网站数", &in.SameDay}} {
		n, m, ok := metric(c.name)
		if !ok {
			continue
		}
		if len(r.Letters) > 0 && n != *c.to {
			problems.Errorf(m.Pos.File, m.Pos.Row, "数值", "两处数字应一致，改正其中一处", "%s %d 与 interactions 表算出的 %d 不一致", c.name, n, *c.to)
		}
		*c.to = n
	}
	if in.Sites == 0 && in.Letters == 0 {
		return nil
	}
	return in
}

// ErrorReports is the handling of “我为政府网站找错” messages in a round.
type ErrorReports struct {
	Received     int           // 收到留言数
	Units        int           // 涉及单位数: units that received any
	ClosedOnTime int           // 按期办结数
	Ranked       []UnitReports // by messages received, most first
	Late         []UnitReports // units that closed some messages late, in Ranked order
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

// OnTimeRate is the share of messages closed on time (按期办结率).
func (e ErrorReports) OnTimeRate() Rate { return Ratio(e.ClosedOnTime, e.Received) }

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
	return Ratio(top, e.Received)
}

func computeErrorReports(r *model.Round, ix *unitIndex, metric func(string) (int, model.Metric, bool), problems *diag.List) *ErrorReports {
	e := &ErrorReports{}
	for _, rep := range r.Reports {
		e.Received += rep.Received
		e.ClosedOnTime += rep.ClosedOnTime
		if rep.Received > 0 {
			e.Units++
		}
		e.Ranked = append(e.Ranked, UnitReports{Unit: ix.canonical(rep.Unit), Received: rep.Received,
			ClosedOnTime: rep.ClosedOnTime, Overdue: rep.Overdue, Quality: rep.QualityProblem})
	}
	sort.SliceStable(e.Ranked, func(i, j int) bool { return e.Ranked[i].Received > e.Ranked[j].Received })
	cum := 0
	for i := range e.Ranked {
		u := &e.Ranked[i]
		cum += u.Received
		u.Share, u.Cumulative = Ratio(u.Received, e.Received), Ratio(cum, e.Received)
		if u.Overdue > 0 {
			e.Late = append(e.Late, *u)
		}
	}
	for _, c := range []struct {
		name string
		to   *int
	}{{"找错留言数", &e.Received}, {"找错涉及单位数", &e.Units}, {"找错按期办结数", &e.ClosedOnTime}} {
		n, m, ok := metric(c.name)
		if !ok {
			continue
		}
		if len(r.Reports) > 0 && n != *c.to {
			problems.Errorf(m.Pos.File, m.Pos.Row, "数值", "两处数字应一致，改正其中一处", "%s %d 与 error-reports 表算出的 %d 不一致", c.name, n, *c.to)
		}
		*c.to = n
	}
	if e.Received == 0 && len(r.Reports) == 0 {
		return nil
	}
	return e
}

// metricReader reads a round's count metrics.
func metricReader(r *model.Round) func(string) (int, model.Metric, bool) {
	return func(name string) (int, model.Metric, bool) {
		m, ok := r.Metric(name)
		if !ok {
			return 0, m, false
		}
		n, err := strconv.Atoi(m.Value)
		return n, m, err == nil
	}
}

// ParetoN is the fewest top units that together received at least the
// given share of all messages, the N a 通报 names in “N家单位收到留言数量合计
// 占全市留言总数的X%”.
func (e ErrorReports) ParetoN(percent int) int {
	if e.Received == 0 {
		return 0
	}
	for i, u := range e.Ranked {
		if u.Cumulative.Num*100 >= percent*u.Cumulative.Den {
			return i + 1
		}
	}
	return len(e.Ranked)
}
