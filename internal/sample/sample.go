// Package sample writes a fictional city's inspection rounds — the input the
// site is generated from — so that the project can be tried, demonstrated
// and tested without anyone's real 通报. Larger scales, a province and a
// whole country, exist to measure the tool at the sizes real inspecting
// offices publish.
//
// The city is 示例市, the province 示例省 and the country 示例国. Every unit,
// website and account is invented; codes use the unassigned 99 prefix and
// host names the reserved .example domain, and each round.md says in its
// first line that the data are fictional. The output follows /FORMAT.md and
// deliberately exercises its less common corners: a round published as
// failures only with stated totals, a round in which accounts were sampled,
// accounts opened, closed, paused and renamed, and units that fail in
// consecutive rounds.
//
// Generation is deterministic: the same Options give byte-identical files.
// All randomness comes from seeded PCG sources, output order never depends
// on map iteration, and no clock is read.
package sample

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
)

// Options selects what to generate.
type Options struct {
	Seed  uint64 // DefaultSeed gives the committed sample
	Scale string // "city", "province" or "national"; see scales. Empty means "city".
}

// DefaultSeed is the seed of the committed sample in rounds/.
const DefaultSeed = 20240101

// BenchOptions are what benchmarks generate: the default seed at the scale
// the environment variable ZWGK_BENCH_SCALE names (city when unset), so one
// variable moves every benchmark to province or national scale.
func BenchOptions() Options {
	return Options{Seed: DefaultSeed, Scale: os.Getenv("ZWGK_BENCH_SCALE")}
}

// scale gives the sizes of one kind of sample. The city's directory is the
// hand-written one of data.go; a province's or the country's is generated
// from a regionPlan (regions.go), since thousands of units cannot be listed
// by hand.
type scale struct {
	name   string
	rounds []string // round ids, oldest first
	words  wording  // who issues the 通报 and whom it addresses
	domain string   // parent of every host name, under .example

	// The city: how much of data.go's directory to use.
	districts   int // 区县政府
	departments int // 市直部门
	zones       int // 功能区
	// Accounts on file per district and per zone before the first round
	// (inclusive range); departments take theirs from the departments table.
	districtAccounts [2]int
	zoneAccounts     [2]int

	// A province or the country: its generated regions.
	regions *regionPlan
}

var scales = []scale{
	{name: "city", rounds: roundIDs, words: cityWords, domain: domain,
		districts: 10, departments: 45, zones: 5,
		districtAccounts: [2]int{38, 50}, zoneAccounts: [2]int{14, 20}},
	// A province publishes about 1,000 websites and 4,000–6,000 accounts a
	// round, five years of quarters.
	{name: "province", rounds: quarters(2020, 2024), words: provinceWords, domain: "shilisheng.example",
		regions: &regionPlan{
			provinces: 1, cities: [2]int{12, 16}, counties: [2]int{6, 10},
			provinceDepartments: 55, cityDepartments: 38, countyDepartments: 10,
			websites:                 1000,
			provinceAccounts:         [2]int{4, 9},
			cityAccounts:             [2]int{6, 12},
			cityDepartmentAccounts:   [2]int{2, 4},
			countyAccounts:           [2]int{3, 6},
			countyDepartmentAccounts: [2]int{1, 2},
		}},
	// The national system: 14,000 websites and 100,000 accounts of 30,000
	// units, in one round.
	{name: "national", rounds: []string{"2024Q4"}, words: nationalWords, domain: "shiliguo.example",
		regions: &regionPlan{
			provinces: 31, cities: [2]int{8, 12}, counties: [2]int{6, 10},
			provinceDepartments: 40, cityDepartments: 32, countyDepartments: 6,
			websites:                 14000,
			provinceAccounts:         [2]int{4, 9},
			cityAccounts:             [2]int{6, 12},
			cityDepartmentAccounts:   [2]int{2, 5},
			countyAccounts:           [2]int{3, 6},
			countyDepartmentAccounts: [2]int{1, 2},
		}},
}

// quarters lists the quarters of the years from first to last, oldest first.
func quarters(first, last int) []string {
	var ids []string
	for y := first; y <= last; y++ {
		for q := 1; q <= 4; q++ {
			ids = append(ids, fmt.Sprintf("%dQ%d", y, q))
		}
	}
	return ids
}

// Random streams. Each purpose draws from its own PCG source so that, say,
// rewording the narrative does not reshuffle the rows. The constants only
// need to differ from each other.
const (
	streamDirectory = 0x6469726563746f72 // units, codes, account names
	streamAccounts  = 0x6163636f756e7473 // accounts opened, closed, paused
	streamResults   = 0x726573756c747321 // 检查结果, scores, problems
	streamCalendar  = 0x63616c656e646172 // dates and document numbers
	streamNarrative = 0x6e61727261746976 // wording of round.md
)

func newRand(seed, stream uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, seed^stream))
}

// Write writes the rounds/ tree into dir (creating it): units.csv and one
// folder per round. It overwrites the files it owns and leaves any other
// file in dir alone.
func Write(dir string, opt Options) error {
	sc, err := lookupScale(opt.Scale)
	if err != nil {
		return err
	}
	g, err := generate(sc, opt.Seed)
	if err != nil {
		return err
	}
	return g.write(dir)
}

func lookupScale(name string) (scale, error) {
	if name == "" {
		name = "city"
	}
	var known []string
	for _, s := range scales {
		if s.name == name {
			return s, nil
		}
		known = append(known, s.name)
	}
	return scale{}, fmt.Errorf("未知的示例数据规模“%s”：请改用 %s 之一", name, strings.Join(known, "、"))
}
