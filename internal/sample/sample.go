// Package sample writes a fictional city's inspection rounds — the input the
// site is generated from — so that the project can be tried, demonstrated
// and tested without anyone's real 通报.
//
// The city is 示例市. Every unit, website and account is invented; codes use
// the unassigned 99 prefix and host names the reserved .example domain, and
// each round.md says in its first line that the data are fictional. The
// output follows /FORMAT.md and deliberately exercises its less common
// corners: a round published as failures only with stated totals, a round in
// which accounts were sampled, accounts opened, closed, paused and renamed,
// and units that fail in consecutive rounds.
//
// Generation is deterministic: the same Options give byte-identical files.
// All randomness comes from seeded PCG sources, output order never depends
// on map iteration, and no clock is read.
package sample

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Options selects what to generate.
type Options struct {
	Seed  uint64 // default seed used by the CLI is 20240101
	Scale string // "city" for now; see scales. Empty means "city".
}

// scale gives the sizes of one kind of sample. Only the city exists yet; a
// province or the whole country would add a row here (and longer name
// tables in data.go).
type scale struct {
	name        string
	districts   int // 区县政府
	departments int // 市直部门
	zones       int // 功能区
	// Accounts on file per district and per zone before the first round
	// (inclusive range); departments take theirs from the departments table.
	districtAccounts [2]int
	zoneAccounts     [2]int
}

var scales = []scale{
	{name: "city", districts: 10, departments: 45, zones: 5,
		districtAccounts: [2]int{38, 50}, zoneAccounts: [2]int{14, 20}},
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
