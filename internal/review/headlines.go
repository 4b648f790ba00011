package review

import (
	"strconv"

	"github.com/zwgk/zwgk/internal/figfmt"
	"github.com/zwgk/zwgk/internal/site"
)

// RoundChanges compare each round's headline figures (主要指标) in the two
// sites' manifests: the trend the home page draws is these figures, so a
// figure of an earlier round that changed is a change to what was
// published and deserves a second look.
type RoundChanges struct {
	Compared bool                  // false: the published site has no manifest to compare with
	Added    []site.RoundHeadlines // rounds only the new site has, oldest first
	Removed  []site.RoundHeadlines // rounds only the published site has
	Changed  []RoundChange         // rounds in both whose figures differ
	Same     int                   // rounds in both with the same figures
}

// RoundChange is a round whose headline figures changed.
type RoundChange struct {
	ID, Period string
	Figures    []FigureChange
}

// FigureChange is one figure old → new.
type FigureChange struct {
	Name, Old, New string
}

func compareRounds(old, new *site.Manifest, published bool) RoundChanges {
	var c RoundChanges
	if published && old == nil {
		return c
	}
	c.Compared = true
	before := map[string]site.RoundHeadlines{}
	if old != nil {
		for _, r := range old.Rounds {
			before[r.ID] = r
		}
	}
	now := map[string]bool{}
	for _, r := range new.Rounds {
		now[r.ID] = true
		o, ok := before[r.ID]
		if !ok {
			c.Added = append(c.Added, r)
			continue
		}
		var changes []FigureChange
		of, nf := headlineFigures(o), headlineFigures(r)
		for i := range nf {
			if of[i].value != nf[i].value {
				changes = append(changes, FigureChange{Name: nf[i].name, Old: of[i].value, New: nf[i].value})
			}
		}
		if len(changes) > 0 {
			c.Changed = append(c.Changed, RoundChange{ID: r.ID, Period: r.Period, Figures: changes})
		} else {
			c.Same++
		}
	}
	if old != nil {
		for _, r := range old.Rounds {
			if !now[r.ID] {
				c.Removed = append(c.Removed, r)
			}
		}
	}
	return c
}

type namedFigure struct{ name, value string }

// headlineFigures lists a round's headline figures by name, always the
// same names in the same order, so two rounds compare item by item.
func headlineFigures(h site.RoundHeadlines) []namedFigure {
	n := strconv.Itoa
	yes := func(b bool) string {
		if b {
			return "是"
		}
		return "否"
	}
	w, a := h.Websites, h.Accounts
	count := figfmt.Count
	nw, uw, na, ua := h.NoWebsites, w.Unknown, h.NoAccounts, a.Unknown
	return []namedFigure{
		{"标题", h.Title},
		{"期别", h.Period},
		{"草稿", yes(h.Draft)},
		{"仅列出不合格名单", yes(h.Partial)},
		{"网站检查数", count(w.Checked, nw, uw)},
		{"门户网站数", n(h.Portals)},
		{"网站合格数", count(w.Passed, nw, uw || w.PassedUnknown)},
		{"网站不合格数", count(w.Failed, nw, uw || w.PassedUnknown)},
		{"网站合格率", w.Rate},
		{"网站合格率较上轮", w.Change},
		{"账号总数", count(a.OnFile, na, ua || a.OnFileUnknown)},
		{"正常运行账号数", count(a.Running, na, ua || a.RunningUnknown)},
		{"抽查", yes(a.Sampled)},
		{"账号检查数", count(a.Checked, na, ua)},
		{"账号合格数", count(a.Passed, na, ua || a.PassedUnknown)},
		{"账号不合格数", count(a.Failed, na, ua || a.PassedUnknown)},
		{"新媒体合格率", a.Rate},
		{"新媒体合格率较上轮", a.Change},
		{"新开设账号数", n(a.Opened)},
		{"关停注销账号数", n(a.Closed)},
	}
}
