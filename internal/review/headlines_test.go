package review

import (
	"reflect"
	"testing"

	"github.com/zwgk/zwgk/internal/site"
)

func TestCompareRounds(t *testing.T) {
	round := func(id, rate string, passed int) site.RoundHeadlines {
		return site.RoundHeadlines{ID: id, Period: id + "期",
			Websites: site.Tally{Checked: 10, Passed: passed, Failed: 10 - passed, Rate: rate}}
	}
	manifest := func(rounds ...site.RoundHeadlines) *site.Manifest { return &site.Manifest{Rounds: rounds} }
	a, b, c := round("2024Q1", "90.00%", 9), round("2024Q2", "80.00%", 8), round("2024Q3", "100.00%", 10)
	bEdited := round("2024Q2", "90.00%", 9)

	tests := []struct {
		name      string
		old       *site.Manifest
		published bool
		want      RoundChanges
	}{
		{"a round added", manifest(a, b), true,
			RoundChanges{Compared: true, Added: []site.RoundHeadlines{c}, Same: 2}},
		{"a published figure changed", manifest(a, bEdited), true,
			RoundChanges{Compared: true, Added: []site.RoundHeadlines{c}, Same: 1, Changed: []RoundChange{{ID: "2024Q2", Period: "2024Q2期",
				Figures: []FigureChange{{"网站合格数", "9", "8"}, {"网站不合格数", "1", "2"}, {"网站合格率", "90.00%", "80.00%"}}}}}},
		{"a round removed", manifest(a, b, c, round("2024Q4", "—", 0)), true,
			RoundChanges{Compared: true, Removed: []site.RoundHeadlines{round("2024Q4", "—", 0)}, Same: 3}},
		{"nothing published: every round is added", nil, false,
			RoundChanges{Compared: true, Added: []site.RoundHeadlines{a, b, c}}},
		{"published without a manifest: no comparison", nil, true,
			RoundChanges{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := compareRounds(tt.old, manifest(a, b, c), tt.published)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}
