package figures

import (
	"fmt"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/model"
)

// A unit's record takes its own lines from each round's cross-round
// figures, newest round first, and leaves out rounds where it has none.
func TestComputeRecords(t *testing.T) {
	item := func(name, unit string) Item { return Item{Name: name, Unit: unit} }
	f := &Figures{
		Units: []Unit{{Unit: model.Unit{Name: "甲局"}}, {Unit: model.Unit{Name: "乙区"}}, {Unit: model.Unit{Name: "丙局"}}},
		Rounds: []Round{
			{},
			{
				Recheck:     []Recheck{{Item: item("网站1", "甲局"), Status: RecheckFailing}, {Item: item("账号7", "乙区"), Status: RecheckFixed}},
				Repeats:     []Repeat{{Item: item("网站1", "甲局"), Streak: 2}},
				RepeatUnits: []string{"甲局"},
				Changes:     Changes{Known: true, ByUnit: []UnitChange{{Unit: "乙区", Opened: 1}}},
			},
			{
				Repeats:      []Repeat{{Item: item("网站1", "甲局"), Streak: 3}},
				ErrorReports: &ErrorReports{Ranked: []UnitReports{{Unit: "乙区", Received: 9}, {Unit: "甲局", Received: 3}}},
				Interaction: &Interaction{
					AllUnanswered: []LetterSite{{Name: "网站2", Unit: "甲局"}},
					Late:          []LetterSite{{Name: "网站1", Unit: "甲局"}},
					PoorQuality:   []LetterSite{{Name: "网站3", Unit: "乙区"}},
				},
			},
		},
	}
	computeRecords(f)
	var got []string
	for _, u := range f.Units {
		got = append(got, u.Unit.Name+":")
		for _, rec := range u.Record {
			line := fmt.Sprintf("  round %d:", rec.Round)
			for _, rc := range rec.Recheck {
				line += " recheck " + rc.Name + " " + rc.Status + ";"
			}
			for _, rp := range rec.Repeats {
				line += fmt.Sprintf(" repeat %s×%d;", rp.Name, rp.Streak)
			}
			if rec.RepeatUnit {
				line += " repeat unit;"
			}
			if rec.Reports != nil {
				line += fmt.Sprintf(" reports #%d received %d;", rec.ReportsRank, rec.Reports.Received)
			}
			if c := rec.Change; c != nil {
				line += fmt.Sprintf(" opened %d closed %d;", c.Opened, c.Closed)
			}
			for _, s := range rec.Letters {
				line += " letters " + s.Name + ";"
			}
			got = append(got, line)
		}
	}
	want := `甲局:
  round 2: repeat 网站1×3; reports #2 received 3; letters 网站2; letters 网站1;
  round 1: recheck 网站1 仍不合格; repeat 网站1×2; repeat unit;
乙区:
  round 2: reports #1 received 9; letters 网站3;
  round 1: recheck 账号7 已整改合格; opened 1 closed 0;
丙局:`
	if strings.Join(got, "\n") != want {
		t.Errorf("records:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}
