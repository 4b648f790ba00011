package sample

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Unit categories (单位类别).
const (
	categoryDistrict   = "区县政府"
	categoryDepartment = "市直部门"
	categoryZone       = "功能区"
)

// unit is one row of units.csv plus what the generator needs to give it
// accounts.
type unit struct {
	name, category, region, creditCode string
	aliases                            []string
	// stems are the account names the unit may use, main account first.
	// stems[:brands] are already in use on at least one platform.
	stems  []string
	brands int
	// initialAccounts is how many accounts the unit has on file before the
	// first round; it also weights who opens new accounts later.
	initialAccounts int
	accounts        []*account // in the order they were opened
}

// site is a 政府网站. Its code, name and address never change.
type site struct {
	code, name, unit, kind, url string
	from                        int // index of the first round that checks it
}

// Website types (网站类型).
const (
	kindPortal     = "门户网站"
	kindDepartment = "部门网站"
)

// buildDirectory fills in the units and websites of the scale.
func (g *generator) buildDirectory(rng *rand.Rand) error {
	sc := g.scale
	if sc.regions != nil {
		return g.buildRegions(rng)
	}
	if sc.districts > len(districts) || sc.departments > len(departments) || sc.zones > len(zones) {
		return fmt.Errorf("规模“%s”需要%d个区县、%d个市直部门、%d个功能区，但名录只有%d、%d、%d个：请在 data.go 中补充名称",
			sc.name, sc.districts, sc.departments, sc.zones, len(districts), len(departments), len(zones))
	}
	if sc.districts*townsPerDistrict > len(townNames) {
		return fmt.Errorf("规模“%s”需要%d个乡镇街道名称，但只有%d个：请在 data.go 中补充 townNames",
			sc.name, sc.districts*townsPerDistrict, len(townNames))
	}

	towns := append([]string(nil), townNames...)
	rng.Shuffle(len(towns), func(i, j int) { towns[i], towns[j] = towns[j], towns[i] })

	for i, d := range districts[:sc.districts] {
		stems := []string{d.short + "发布", "平安" + d.short, d.name + "人民政府"}
		for _, s := range districtAccountSuffixes[1:] {
			stems = append(stems, d.short+s)
		}
		for _, t := range towns[i*townsPerDistrict : (i+1)*townsPerDistrict] {
			switch {
			case strings.HasSuffix(d.name, "区"):
				t += "街道"
			case rng.IntN(10) < 7:
				t += "镇"
			default:
				t += "乡"
			}
			stems = append(stems, d.short+t)
		}
		shuffleTail(rng, stems)
		lo, hi := sc.districtAccounts[0], sc.districtAccounts[1]
		if err := g.addUnit(&unit{
			name: cityName + d.name + "人民政府", category: categoryDistrict, region: d.name,
			aliases: d.aliases, stems: stems, initialAccounts: lo + rng.IntN(hi-lo+1),
		}, fmt.Sprintf("9999%02d", i+1), rng); err != nil {
			return err
		}
	}
	for i, z := range zones[:sc.zones] {
		var stems []string
		for _, s := range zoneAccountSuffixes {
			stems = append(stems, z.brand+s)
		}
		shuffleTail(rng, stems)
		lo, hi := sc.zoneAccounts[0], sc.zoneAccounts[1]
		if err := g.addUnit(&unit{
			name: z.name, category: categoryZone, region: z.region,
			aliases: z.aliases, stems: stems, initialAccounts: lo + rng.IntN(hi-lo+1),
		}, fmt.Sprintf("99997%d", i+1), rng); err != nil {
			return err
		}
	}
	for _, d := range departments[:sc.departments] {
		stems := append([]string(nil), d.stems...)
		shuffleTail(rng, stems)
		if err := g.addUnit(&unit{
			name: d.name, category: categoryDepartment, region: cityLevel,
			aliases: d.aliases, stems: stems, initialAccounts: d.accounts,
		}, cityRegion, rng); err != nil {
			return err
		}
	}
	return g.buildSites()
}

// shuffleTail shuffles all but the first element, which stays the main
// account name.
func shuffleTail(rng *rand.Rand, s []string) {
	rng.Shuffle(len(s)-1, func(i, j int) { s[i+1], s[j+1] = s[j+1], s[i+1] })
}

// addUnit gives u a credit code in the region and registers it.
func (g *generator) addUnit(u *unit, regionCode string, rng *rand.Rand) error {
	if _, dup := g.unitIndex[u.name]; dup {
		return fmt.Errorf("单位“%s”重复：请检查 data.go 中的名录", u.name)
	}
	for {
		code, err := creditCode(regionCode, fmt.Sprintf("%08d", rng.IntN(100_000_000)))
		if err != nil {
			return err
		}
		if !g.creditCodes[code] {
			g.creditCodes[code] = true
			u.creditCode = code
			break
		}
	}
	g.unitIndex[u.name] = len(g.units)
	g.units = append(g.units, u)
	return nil
}

// buildSites lists the websites: the city portal, every district's and
// zone's portal, most departments' own site and a few second sites. Codes
// follow the real pattern of region code + sequence number.
func (g *generator) buildSites() error {
	cityNo := 1
	citySite := func(name, unitName, kind, host string, from int) {
		g.sites = append(g.sites, &site{
			code: fmt.Sprintf("%s%04d", cityRegion, cityNo), name: name, unit: unitName,
			kind: kind, url: "https://" + host + "." + domain + "/", from: from,
		})
		cityNo++
	}
	citySite(cityName+"人民政府", issuer, kindPortal, "www", 0)
	for i, d := range districts[:g.scale.districts] {
		g.sites = append(g.sites, &site{
			code: fmt.Sprintf("9999%02d0001", i+1), name: cityName + d.name + "人民政府",
			unit: cityName + d.name + "人民政府", kind: kindPortal, url: "https://" + d.host + "." + domain + "/",
		})
	}
	for i, z := range zones[:g.scale.zones] {
		g.sites = append(g.sites, &site{
			code: fmt.Sprintf("99997%d0001", i+1), name: z.siteName, unit: z.name,
			kind: kindPortal, url: "https://" + z.host + "." + domain + "/",
		})
	}
	for _, d := range departments[:g.scale.departments] {
		if d.site != "" {
			citySite(d.name, d.name, kindDepartment, d.site, 0)
		}
	}
	for _, e := range extraSites {
		if _, ok := g.unitIndex[e.unit]; !ok {
			continue // the department is not part of this scale
		}
		from := 0
		if e.from != "" {
			from = g.roundIndex(e.from)
			if from < 0 {
				return fmt.Errorf("网站“%s”的起始轮次“%s”不在轮次列表中：请检查 data.go", e.name, e.from)
			}
		}
		citySite(e.name, e.unit, e.kind, e.host, from)
	}
	return nil
}

// mainSite returns the first website of the named unit.
func (g *generator) mainSite(unitName string) *site {
	for _, s := range g.sites {
		if s.unit == unitName {
			return s
		}
	}
	return nil
}

func (g *generator) roundIndex(id string) int {
	for i, r := range g.scale.rounds {
		if r == id {
			return i
		}
	}
	return -1
}
