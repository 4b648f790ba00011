package figures

import (
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
	// SitesUnknown is set when the 通报 states how many sites answered
	// but neither how many were tested nor which (宝鸡: "51家网站的测试信件
	// 能按要求做到5个工作日内回复"): Sites is then no figure, and no rate
	// can be worked out.
	SitesUnknown bool
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
	if in.OnTimeUnknown || in.SitesUnknown {
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
					s.Name, s.Unit = w.Name, w.Unit
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
	n, m, sitesStated := metric(model.LetterSites)
	if sitesStated {
		if rowSites > n {
			problems.Errorf(m.Pos.File, m.Pos.Row, "数值", "核对测试网站数和 interactions 表的行", "互动测试网站数为 %d，但 interactions 表有 %d 个网站", n, rowSites)
		}
		in.Partial = rowSites > 0 && n > rowSites
		in.Sites = n
	}
	_, _, onTimeStated := metric(model.LetterSitesOnTime)
	_, _, sameDayStated := metric(model.LetterSitesSameDay)
	in.SitesUnknown = rowSites == 0 && !sitesStated && (onTimeStated || sameDayStated)
	unlisted := in.Sites - rowSites
	stated := func(name string, yes, no int, to *int, unknown *bool) {
		n, m, ok := metric(name)
		if ok {
			switch {
			case in.SitesUnknown:
				// Nothing to check a count against when the sites tested
				// are unknown.
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
		*unknown = in.SitesUnknown || unlisted > 0 || yes+no < rowSites
	}
	stated(model.LetterSitesOnTime, onTimeYes, onTimeNo, &in.OnTime, &in.OnTimeUnknown)
	stated(model.LetterSitesSameDay, sameDayYes, sameDayNo, &in.SameDay, &in.SameDayUnknown)
	if in.Sites == 0 && in.Letters == 0 && !in.SitesUnknown {
		return nil
	}
	return in
}
