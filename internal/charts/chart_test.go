package charts_test

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/charts"
	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/figures/figurestest"
	"github.com/zwgk/zwgk/internal/golden"
)

// all is every chart the site draws from these figures: the trends, and
// each chart of the latest round that has data for it (the site's own
// conditions, internal/site/emit.go and charts.Across).
func all(f *figures.Figures) []charts.Chart {
	last := f.Rounds[len(f.Rounds)-1]
	out := []charts.Chart{charts.PassRateTrend(f), charts.PlatformTrend(f)}
	if len(last.Platforms) > 0 {
		out = append(out, charts.RoundPlatforms(last))
	}
	if len(last.Categories) > 0 {
		out = append(out, charts.CategoryRates(last))
	}
	if len(last.Regions) > 0 {
		out = append(out, charts.RegionRates(last))
	}
	return append(out, charts.Across(last)...)
}

// TestGoldenCharts keeps every chart option and data table of the sample
// and both reference 通报 in testdata/, so that a change of any series,
// axis or table cell shows in review.
func TestGoldenCharts(t *testing.T) {
	for _, g := range figurestest.Goldens {
		t.Run(g.Name, func(t *testing.T) {
			_, f := figurestest.Compute(t, g.Dir)
			var b bytes.Buffer
			for _, c := range all(f) {
				// One chart per block, its option indented, so a diff
				// points at the series or cell that changed.
				var opt bytes.Buffer
				if err := json.Indent(&opt, c.Option, "", "  "); err != nil {
					t.Fatalf("%s: option is not JSON: %v", c.ID, err)
				}
				c.Option = nil
				head, err := json.MarshalIndent(c, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				b.Write(head)
				b.WriteString("\noption ")
				b.Write(opt.Bytes())
				b.WriteString("\n\n")
			}
			golden.Check(t, filepath.Join("testdata", g.Name+".golden"), b.String())
		})
	}
}

// The 随州 通报 states 24 websites checked, 21 passed (87.50%), and 74
// accounts checked, 72 passed (97.30%): the trend's data table and its
// text alternative must say so.
func TestPassRateTrendStatesTheFigures(t *testing.T) {
	_, f := figurestest.Compute(t, "../../testdata/reference/suizhou")
	c := charts.PassRateTrend(f)
	row := strings.Join(c.Table.Rows[len(c.Table.Rows)-1], " ")
	for _, want := range []string{"87.50%", "21/24", "97.30%", "72/74"} {
		if !strings.Contains(row, want) {
			t.Errorf("trend table row %q lacks %q", row, want)
		}
	}
	if !strings.Contains(c.Subtitle, "87.50%") || !strings.Contains(c.Subtitle, "97.30%") {
		t.Errorf("subtitle %q does not state the rates", c.Subtitle)
	}
}

// Every chart's data table must have a caption and as many cells in each
// row as it has heads, or the table beside the chart misleads.
func TestEveryChartHasItsTable(t *testing.T) {
	_, f := figurestest.Compute(t, "../../rounds")
	for _, c := range all(f) {
		if c.Title == "" || c.Subtitle == "" || c.Table.Caption == "" {
			t.Errorf("%s: title %q, subtitle %q, caption %q: none may be empty", c.ID, c.Title, c.Subtitle, c.Table.Caption)
		}
		if len(c.Table.Numeric) != len(c.Table.Head) {
			t.Errorf("%s: %d heads but %d alignment flags", c.ID, len(c.Table.Head), len(c.Table.Numeric))
		}
		for i, row := range c.Table.Rows {
			if len(row) != len(c.Table.Head) {
				t.Errorf("%s: row %d has %d cells for %d heads: %q", c.ID, i+1, len(row), len(c.Table.Head), row)
			}
		}
		if !json.Valid(c.Option) {
			t.Errorf("%s: option is not valid JSON", c.ID)
		}
	}
}
