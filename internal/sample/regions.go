package sample

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// A province or the whole country has too many units to list by hand, so
// its directory is generated: regions (省, 地级市, 区县) with invented
// two-character place names, each with its government and the departments
// of agencies below. Place names are unique across the whole sample, so
// every unit name and account name built from them is unique too.

// Unit categories (单位类别) of a province or the country; 市直部门 and
// 区县政府 are named as in the city.
const (
	categoryProvinceDepartment = "省直部门"
	categoryCity               = "市政府"
	categoryCountyDepartment   = "区县部门"
)

// regionPlan gives the sizes of a generated directory. Ranges are
// inclusive.
type regionPlan struct {
	// provinces is 1 for a province sample (示例省); more make a country,
	// whose provinces are named 示例<place>省.
	provinces int
	cities    [2]int // 地级市 per province
	counties  [2]int // 区县 per city
	// Departments per government, the first of agencies that the level has.
	provinceDepartments, cityDepartments, countyDepartments int
	// websites is how many websites every round checks: each government's
	// portal, then the sites of departments drawn at random, province and
	// city departments before county ones.
	websites int
	// Accounts on file per unit before the first round.
	provinceAccounts         [2]int // the 办公厅 and each 省直部门
	cityAccounts             [2]int // a 市政府
	cityDepartmentAccounts   [2]int
	countyAccounts           [2]int // a 区县政府, before its towns' accounts
	countyDepartmentAccounts [2]int
}

// agency is a department as each level of government names it; an empty
// name means the level has no such department. short names its accounts
// (东湖教育), host its website (jy.<region>.<domain>).
type agency struct {
	short, host            string
	province, city, county string
}

// agencies are in the order a level adopts them: the first few exist at
// every level, the last only at province level.
var agencies = []agency{
	{"教育", "jy", "教育厅", "教育局", "教育局"},
	{"公安", "ga", "公安厅", "公安局", "公安局"},
	{"人社", "rs", "人力资源和社会保障厅", "人力资源和社会保障局", "人力资源和社会保障局"},
	{"卫健", "wj", "卫生健康委员会", "卫生健康委员会", "卫生健康局"},
	{"市场监管", "scjg", "市场监督管理局", "市场监督管理局", "市场监督管理局"},
	{"民政", "mz", "民政厅", "民政局", "民政局"},
	{"自然资源", "zrzy", "自然资源厅", "自然资源和规划局", "自然资源局"},
	{"住建", "zj", "住房和城乡建设厅", "住房和城乡建设局", "住房和城乡建设局"},
	{"交通", "jt", "交通运输厅", "交通运输局", "交通运输局"},
	{"农业农村", "nync", "农业农村厅", "农业农村局", "农业农村局"},
	{"应急", "yjgl", "应急管理厅", "应急管理局", "应急管理局"},
	{"文旅", "wl", "文化和旅游厅", "文化广电和旅游局", "文化广电和旅游局"},
	{"生态环境", "sthj", "生态环境厅", "生态环境局", ""},
	{"医保", "yb", "医疗保障局", "医疗保障局", "医疗保障局"},
	{"财政", "cz", "财政厅", "财政局", "财政局"},
	{"发改", "fg", "发展和改革委员会", "发展和改革委员会", "发展和改革局"},
	{"司法", "sf", "司法厅", "司法局", "司法局"},
	{"水利", "sl", "水利厅", "水利局", "水利局"},
	{"城管", "cg", "", "城市管理局", "城市管理局"},
	{"审批", "sp", "政务服务管理局", "行政审批服务局", "行政审批服务局"},
	{"退役军人", "tyjr", "退役军人事务厅", "退役军人事务局", "退役军人事务局"},
	{"商务", "sw", "商务厅", "商务局", "商务局"},
	{"科技", "kj", "科学技术厅", "科学技术局", "科学技术局"},
	{"工信", "gx", "工业和信息化厅", "工业和信息化局", "工业和信息化局"},
	{"审计", "sj", "审计厅", "审计局", "审计局"},
	{"统计", "tj", "统计局", "统计局", "统计局"},
	{"林业", "ly", "林业局", "林业局", "林业局"},
	{"体育", "ty", "体育局", "体育局", ""},
	{"信访", "xf", "信访局", "信访局", "信访局"},
	{"民宗", "mzzj", "民族宗教事务委员会", "民族宗教事务局", "民族宗教事务局"},
	{"数据", "sjj", "数据局", "数据局", ""},
	{"乡村振兴", "xczx", "乡村振兴局", "乡村振兴局", "乡村振兴局"},
	{"国资", "gzw", "人民政府国有资产监督管理委员会", "人民政府国有资产监督管理委员会", ""},
	{"机关事务", "jgsw", "机关事务管理局", "机关事务管理局", ""},
	{"粮储", "lc", "粮食和物资储备局", "粮食和物资储备局", ""},
	{"国动", "gd", "国防动员办公室", "国防动员办公室", ""},
	{"公积金", "gjj", "", "住房公积金管理中心", ""},
	{"气象", "qx", "气象局", "气象局", "气象局"},
	{"金融", "jr", "地方金融管理局", "地方金融管理局", ""},
	{"投促", "tc", "投资促进局", "投资促进局", ""},
	{"公共资源交易", "ggzy", "公共资源交易中心", "公共资源交易中心", ""},
	{"消防", "xfjy", "消防救援总队", "消防救援支队", "消防救援大队"},
	{"档案", "da", "档案馆", "档案馆", "档案馆"},
	{"外事", "ws", "人民政府外事办公室", "人民政府外事办公室", ""},
	{"地震", "dz", "地震局", "地震局", ""},
	{"知识产权", "zscq", "知识产权局", "知识产权局", ""},
	{"供销", "gxs", "供销合作社", "供销合作社", "供销合作社"},
	{"地方志", "dfz", "地方志办公室", "地方志办公室", ""},
	{"研究室", "yjs", "人民政府研究室", "人民政府研究室", ""},
	{"能源", "ny", "能源局", "能源局", ""},
	{"侨务", "qw", "人民政府侨务办公室", "人民政府侨务办公室", ""},
	{"口岸", "ka", "口岸办公室", "口岸办公室", ""},
	{"药监", "yj", "药品监督管理局", "", ""},
	{"广电", "gdj", "广播电视局", "", ""},
	{"文物", "ww", "文物局", "", ""},
	{"中医药", "zyy", "中医药管理局", "", ""},
	{"监狱", "jygl", "监狱管理局", "", ""},
	{"参事", "cs", "人民政府参事室", "", ""},
	{"测绘", "ch", "测绘地理信息局", "", ""},
	{"驻京办", "zjb", "人民政府驻北京办事处", "", ""},
}

// Invented place names are one character of placeFirst and one of
// placeSecond: 4,828 pairs, more than the country's at most 3,720 regions.
var (
	placeFirst  = []rune("青东南西北云临松石白金银龙凤桃柳红梧枫竹兰梅荷双清翠望观古碧玉天鹤紫海丹茶稻板虎狮象樱百鸣卧神铜宝莲锦朝平长高沙雁鹿仙永安泰福嘉瑞新春秋明宜怀")
	placeSecond = []rune("山湖岭津塘溪江岗门鹭阳川原州城河源泉峰林桥浦湾坪洲宁丰兴德昌乐华隆盛和康庆化水田陵台池冈坝渡滨口庄堡营寨关亭岛港岩谷野冲埠店集墩场屯铺涧")
)

// Account names of a government (东湖发布 …) and of a department (东湖教育
// 发布 …), after the place or department's short name.
var (
	governmentAccountSuffixes = []string{"发布", "政务", "12345", "政务公开", "便民", "融媒"}
	departmentAccountSuffixes = []string{"", "发布", "服务", "在线"}
)

// townsPerCounty is the range of towns or streets a county's government
// names accounts after.
var townsPerCounty = [2]int{4, 10}

// regionSite is a website to be: the unit index it belongs to, its region
// and whether it is a portal.
type regionSite struct {
	unit         int
	name, region string // region: 行政区划代码 of its region
	host         string
	portal       bool
}

func between(rng *rand.Rand, r [2]int) int { return r[0] + rng.IntN(r[1]-r[0]+1) }

// buildRegions fills in the units and websites of a province or the
// country.
func (g *generator) buildRegions(rng *rand.Rand) error {
	plan, words := g.scale.regions, g.scale.words

	// Draw the number of cities and counties first, to know how many place
	// names are needed.
	cities := make([]int, plan.provinces)
	var counties [][]int
	names := 0
	if plan.provinces > 1 {
		names = plan.provinces
	}
	for p := range cities {
		cities[p] = between(rng, plan.cities)
		cs := make([]int, cities[p])
		for c := range cs {
			cs[c] = between(rng, plan.counties)
			names += 1 + cs[c]
		}
		counties = append(counties, cs)
	}
	places := make([]string, 0, len(placeFirst)*len(placeSecond))
	for _, a := range placeFirst {
		for _, b := range placeSecond {
			places = append(places, string(a)+string(b))
		}
	}
	if names > len(places) {
		return fmt.Errorf("规模“%s”需要%d个地名，但只能组合出%d个：请在 regions.go 中补充 placeFirst 或 placeSecond", g.scale.name, names, len(places))
	}
	rng.Shuffle(len(places), func(i, j int) { places[i], places[j] = places[j], places[i] })
	nextPlace := func() string {
		p := places[0]
		places = places[1:]
		return p
	}

	var sites []regionSite
	regionNo := 0
	newRegion := func() (code, host string) {
		regionNo++
		return fmt.Sprintf("99%04d", regionNo), fmt.Sprintf("r%04d", regionNo)
	}
	// label is what 所属地区 says: the region without the sample's own
	// name, which every unit shares.
	label := func(full string) string {
		if l := strings.TrimPrefix(full, words.place); l != "" {
			return l
		}
		return "省本级"
	}
	add := func(u *unit, code string, accounts [2]int) error {
		u.initialAccounts = between(rng, accounts)
		shuffleTail(rng, u.stems)
		return g.addUnit(u, code, rng)
	}
	government := func(name, short, category, region, code string, accounts [2]int, towns []string) error {
		stems := []string{short + governmentAccountSuffixes[0], name}
		for _, s := range governmentAccountSuffixes[1:] {
			stems = append(stems, short+s)
		}
		for _, t := range towns {
			stems = append(stems, short+t)
		}
		return add(&unit{name: name, category: category, region: region,
			aliases: []string{strings.Replace(name, "人民政府", "政府", 1)}, stems: stems}, code, accounts)
	}
	// departments adds the first n agencies the level has.
	departments := func(n int, level func(agency) string, place, short, category, region, code, host string, accounts [2]int) error {
		for _, a := range agencies {
			if n == 0 {
				return nil
			}
			if level(a) == "" {
				continue
			}
			n--
			name := place + level(a)
			var stems []string
			for _, s := range departmentAccountSuffixes {
				stems = append(stems, short+a.short+s)
			}
			stems = append(stems, name)
			if err := add(&unit{name: name, category: category, region: region, stems: stems}, code, accounts); err != nil {
				return err
			}
			sites = append(sites, regionSite{unit: len(g.units) - 1, name: name, region: code, host: a.host + "." + host})
		}
		if n > 0 {
			return fmt.Errorf("规模“%s”每级政府需要更多部门：请在 regions.go 的 agencies 中补充", g.scale.name)
		}
		return nil
	}

	for p := range plan.provinces {
		province, short := words.place, "示例"
		if plan.provinces > 1 {
			short = nextPlace()
			province = "示例" + short + "省"
		}
		code, host := newRegion()
		// 所属地区 is the region one level below the sample's own, as a
		// 通报 reports 各地区: a province of the country, a city (or 省本级)
		// of a province.
		provinceRegion := label(province)
		office := province + "人民政府办公厅"
		if err := government(office, short, categoryProvinceDepartment, provinceRegion, code, plan.provinceAccounts, nil); err != nil {
			return err
		}
		sites = append(sites, regionSite{unit: len(g.units) - 1, name: province + "人民政府", region: code, host: "www." + host, portal: true})
		if err := departments(plan.provinceDepartments, func(a agency) string { return a.province },
			province, short, categoryProvinceDepartment, provinceRegion, code, host, plan.provinceAccounts); err != nil {
			return err
		}

		for _, nCounties := range counties[p] {
			place := nextPlace()
			city := province + place + "市"
			cityArea := provinceRegion
			if plan.provinces == 1 {
				cityArea = label(city)
			}
			code, host := newRegion()
			if err := government(city+"人民政府", place, categoryCity, cityArea, code, plan.cityAccounts, nil); err != nil {
				return err
			}
			sites = append(sites, regionSite{unit: len(g.units) - 1, name: city + "人民政府", region: code, host: "www." + host, portal: true})
			if err := departments(plan.cityDepartments, func(a agency) string { return a.city },
				city, place, categoryDepartment, cityArea, code, host, plan.cityDepartmentAccounts); err != nil {
				return err
			}

			for range nCounties {
				place := nextPlace()
				county := city + place
				if rng.IntN(10) < 4 {
					county += "区"
				} else {
					county += "县"
				}
				var towns []string
				for _, k := range rng.Perm(len(townNames))[:between(rng, townsPerCounty)] {
					t := townNames[k]
					switch {
					case strings.HasSuffix(county, "区"):
						t += "街道"
					case rng.IntN(10) < 7:
						t += "镇"
					default:
						t += "乡"
					}
					towns = append(towns, t)
				}
				code, host := newRegion()
				if err := government(county+"人民政府", place, categoryDistrict, cityArea, code, plan.countyAccounts, towns); err != nil {
					return err
				}
				// A county government also runs its towns' accounts.
				g.units[len(g.units)-1].initialAccounts += len(towns)
				sites = append(sites, regionSite{unit: len(g.units) - 1, name: county + "人民政府", region: code, host: "www." + host, portal: true})
				if err := departments(plan.countyDepartments, func(a agency) string { return a.county },
					county, place, categoryCountyDepartment, cityArea, code, host, plan.countyDepartmentAccounts); err != nil {
					return err
				}
			}
		}
	}
	return g.chooseRegionSites(rng, sites)
}

// chooseRegionSites keeps every portal and as many department sites as the
// plan's websites need, then lists them in directory order. Codes are the
// region's code and a sequence number in it, as real 网站标识码 are.
func (g *generator) chooseRegionSites(rng *rand.Rand, drafts []regionSite) error {
	var upper, county []int // department sites, by index in drafts
	portals := 0
	for k, d := range drafts {
		switch {
		case d.portal:
			portals++
		case g.units[d.unit].category == categoryCountyDepartment:
			county = append(county, k)
		default:
			upper = append(upper, k)
		}
	}
	want := g.scale.regions.websites - portals
	if want < 0 || want > len(upper)+len(county) {
		return fmt.Errorf("规模“%s”要%d个网站，但只有%d个门户网站和%d个部门可以开设网站：请调整 sample.go 中的 websites",
			g.scale.name, g.scale.regions.websites, portals, len(upper)+len(county))
	}
	keep := make([]bool, len(drafts))
	for k, d := range drafts {
		keep[k] = d.portal
	}
	for _, pool := range [][]int{upper, county} {
		for _, k := range rng.Perm(len(pool))[:min(want, len(pool))] {
			keep[pool[k]] = true
		}
		want -= min(want, len(pool))
	}
	seq := map[string]int{} // region code → last sequence number used
	for k, d := range drafts {
		if !keep[k] {
			continue
		}
		seq[d.region]++
		kind := kindDepartment
		if d.portal {
			kind = kindPortal
		}
		g.sites = append(g.sites, &site{
			code: fmt.Sprintf("%s%04d", d.region, seq[d.region]), name: d.name, unit: g.units[d.unit].name,
			kind: kind, url: "https://" + d.host + "." + g.scale.domain + "/",
		})
	}
	return nil
}
