package sample

import (
	"path/filepath"
	"strconv"
	"testing"
)

// TestLargerScales reads back the province and the country and checks what
// the benchmarks rely on: sizes near the (1,000 websites and about
// 6,000 accounts a round of a province; 14,000 websites and 100,000 accounts
// of the country), unit names that stay unique, valid credit codes, and
// rows that only name listed units.
func TestLargerScales(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a quarter of a million rows")
	}
	tests := []struct {
		scale    string
		rounds   int
		units    [2]float64
		websites int
		accounts [2]float64 // on file, per round
	}{
		{"province", 20, [2]float64{1800, 2200}, 1000, [2]float64{5000, 7000}},
		{"national", 1, [2]float64{28000, 32000}, 14000, [2]float64{90000, 110000}},
	}
	for _, tt := range tests {
		t.Run(tt.scale, func(t *testing.T) {
			dir := writeTemp(t, Options{Seed: defaultSeed, Scale: tt.scale})
			units, known := checkUnits(t, dir)
			inRange(t, "units", float64(len(units.rows)), tt.units[0], tt.units[1])

			sc, err := lookupScale(tt.scale)
			if err != nil {
				t.Fatal(err)
			}
			if len(sc.rounds) != tt.rounds {
				t.Fatalf("%d rounds, want %d", len(sc.rounds), tt.rounds)
			}
			for _, id := range sc.rounds {
				rd := filepath.Join(dir, id)
				fm, _ := frontMatter(t, filepath.Join(rd, "round.md"))
				ws := readTable(t, filepath.Join(rd, "websites.csv"), websitesHeader)
				websites := len(ws.rows)
				if n, err := strconv.Atoi(fm["websites_total"]); err == nil {
					websites = n
				}
				if websites != tt.websites {
					t.Errorf("%s: %d websites, want %d", id, websites, tt.websites)
				}
				codes := map[string]bool{}
				for _, w := range ws.rows {
					if !known[w["主办单位"]] {
						t.Errorf("%s: 主办单位 %s not in units.csv", id, w["主办单位"])
					}
					if c := w["网站标识码"]; codes[c] || !siteCodeRe.MatchString(c) {
						t.Errorf("%s: 网站标识码 %q repeated or malformed", id, c)
					}
					codes[w["网站标识码"]] = true
				}
				as := readTable(t, filepath.Join(rd, "accounts.csv"), accountsHeader)
				accounts := len(as.rows)
				if n, err := strconv.Atoi(fm["accounts_total"]); err == nil {
					accounts = n
				}
				inRange(t, id+" accounts", float64(accounts), tt.accounts[0], tt.accounts[1])
				for _, a := range as.rows {
					if !known[a["开设主体"]] {
						t.Errorf("%s: 开设主体 %s not in units.csv", id, a["开设主体"])
						break
					}
				}
			}
		})
	}
}

// TestLargerScaleIsDeterministic writes the province twice.
func TestLargerScaleIsDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("writes the province twice")
	}
	opt := Options{Seed: defaultSeed, Scale: "province"}
	first := readTree(t, writeTemp(t, opt))
	if diffs := diffTrees(first, readTree(t, writeTemp(t, opt))); len(diffs) > 0 {
		t.Errorf("two runs differ: %v", diffs)
	}
}
