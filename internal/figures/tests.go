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
	Letters int // 发送信件数 listed in the rows
	OnTime  int // sites whose every letter was answered on time (按时答复)
	SameDay int // sites whose every letter was answered the day it was sent
	// Partial is set when the rows name only some of the sites tested
	// (the notable ones): Letters then counts only theirs.
	Partial bool
	// OnTimeUnknown and SameDayUnknown are set when neither the rows nor a
	// stated figure give the count: shown as unknown, never as 0.
	OnTimeUnknown, SameDayUnknown bool
	// Lists of sites, in sheet order.
	AllUnanswered  []LetterSite // no letter answered
	SomeUnanswered []LetterSite // some but not all letters unanswered
	PoorQuality    []LetterSite // at least one answer of poor quality (答非所问 …)
	Late           []LetterSite // answered, but not all on time
	TimingUnknown  []LetterSite // answered, or named, without saying when
}

// OnTimeRate is the share of tested sites that answered every letter on
// time; undefined when that count is unknown.
func (in Interaction) OnTimeRate() Rate {
	if in.OnTimeUnknown {
		return Rate{}
	}
	return Ratio(in.OnTime, in.Sites)
}

// LetterSite is a tested website with what happened to its letters.
type LetterSite struct {
	Key       string
	Name      string
	Unit      string // from the round's websites sheet, when listed there
	Letters   int
	Answered  int
	OnTime    int
	SameDay   int
	Unknown   int      // letters whose timing the 通报 does not state
	Qualities []string // quality problems, as stated
}

func computeInteraction(r *model.Round, ix *unitIndex, metric func(string) (int, model.Metric, bool), problems *diag.List) *Interaction {
	in := &Interaction{}
	// Per figure: sites known to count (yes), known not to (no).
	var onTimeYes, onTimeNo, sameDayYes, sameDayNo int
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
			if !l.TimingKnown() {
				s.Unknown++
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
			late := s.Letters - s.OnTime - s.Unknown // letters known not on time
			switch {
			case s.OnTime == s.Letters:
				onTimeYes++
			case late > 0:
				onTimeNo++
			}
			switch {
			case s.SameDay == s.Letters:
				sameDayYes++
			case late > 0 || s.Letters-s.SameDay-s.Unknown > 0:
				sameDayNo++
			}
			switch {
			case s.Answered == 0:
				in.AllUnanswered = append(in.AllUnanswered, *s)
			case s.Answered < s.Letters:
				in.SomeUnanswered = append(in.SomeUnanswered, *s)
			case late > 0:
				in.Late = append(in.Late, *s)
			case s.Unknown > 0:
				in.TimingUnknown = append(in.TimingUnknown, *s)
			}
			if len(s.Qualities) > 0 {
				in.PoorQuality = append(in.PoorQuality, *s)
			}
		}
	}
	// A stated number of sites tested makes the rows a partial list of the
	// notable ones; the other figures come from what is stated, or from the
	// rows when they are the whole list and say it for every site.
	rowSites := in.Sites
	if n, m, ok := metric("互动测试网站数"); ok {
		if rowSites > n {
			problems.Errorf(m.Pos.File, m.Pos.Row, "数值", "核对测试网站数和 interactions 表的行", "互动测试网站数为 %d，但 interactions 表有 %d 个网站", n, rowSites)
		}
		in.Partial = rowSites > 0 && n > rowSites
		in.Sites = n
	}
	unlisted := in.Sites - rowSites
	stated := func(name string, yes, no int, to *int, unknown *bool) {
		n, m, ok := metric(name)
		if ok {
			switch {
			case n < yes:
				problems.Errorf(m.Pos.File, m.Pos.Row, "数值", "核对这个数字和 interactions 表", "%s为 %d，但 interactions 表中这样的网站有 %d 个", name, n, yes)
			case n > in.Sites-no:
				problems.Errorf(m.Pos.File, m.Pos.Row, "数值", "核对这个数字和 interactions 表", "%s为 %d，但测试的 %d 个网站中有 %d 个在 interactions 表中不是这样", name, n, in.Sites, no)
			}
			*to = n
			return
		}
		*to = yes
		// Sites not listed, or listed without their timing, leave the
		// count open.
		*unknown = unlisted > 0 || yes+no < rowSites
	}
	stated("互动按时答复网站数", onTimeYes, onTimeNo, &in.OnTime, &in.OnTimeUnknown)
	stated("互动当日答复网站数", sameDayYes, sameDayNo, &in.SameDay, &in.SameDayUnknown)
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
		u := UnitReports{Unit: ix.canonical(rep.Unit), Received: rep.Received,
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
		{"找错留言数", e.Received, &e.Received, &e.ReceivedUnknown},
		{"找错涉及单位数", e.Units + len(e.Named), &e.Units, &e.UnitsUnknown},
		{"找错按期办结数", e.ClosedOnTime, &e.ClosedOnTime, &e.ClosedUnknown},
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
		*c.unknown = len(r.Reports) == 0 || moreThanRows || (len(e.Named) > 0 && c.name != "找错涉及单位数")
	}
	if !e.ReceivedUnknown && !e.ClosedUnknown && overdue > e.Received-e.ClosedOnTime {
		if m, ok := r.Metric("找错按期办结数"); ok {
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
