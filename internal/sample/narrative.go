package sample

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

// wording is what a 通报 says differently at each scale: who issues it,
// whom it addresses and what it covers. The pools below refer to it by
// placeholders, so that every scale draws the same sentences.
type wording struct {
	place      string // the city, province or country of the title
	issuer     string // 发布机构, who signs the 通报
	office     string // the issuer as the text names it: {office}
	superior   string // whose requirements the checks follow: {superior}
	area       string // 全市, 全省 …: {area}
	addressees string // the salutation (主送机关)
	regions    string // who the requirements turn to besides 各部门: {regions}
	siteScope  string // the websites covered, after 包括: {site_scope}
	owners     string // the units whose accounts are checked: {owners}
	ownersList string // the same, listed another way: {owners_list}
}

var cityWords = wording{
	place: cityName, issuer: issuer, office: "市政府办公室", superior: "省政府办公厅", area: "全市",
	addressees: "各区县人民政府，各功能区管委会，市政府各部门：",
	regions:    "各区县",
	siteScope:  "市政府门户网站，各区县政府、功能区门户网站，以及市政府部门网站",
	owners:     "各区县政府、功能区管委会和市政府部门",
	ownersList: "各区县、各功能区和市直部门",
}

var provinceWords = wording{
	place: "示例省", issuer: "示例省人民政府办公厅", office: "省政府办公厅",
	superior: "国务院办公厅政府信息与政务公开办公室", area: "全省",
	addressees: "各市、县（市、区）人民政府，省政府各部门：",
	regions:    "各市、县（市、区）",
	siteScope:  "省政府门户网站，各市、县（市、区）政府门户网站，以及省、市、县三级政府部门网站",
	owners:     "各市、县（市、区）政府和省、市、县三级政府部门",
	ownersList: "各市、各县（市、区）和省直部门",
}

var nationalWords = wording{
	place: "示例国", issuer: "示例国政务公开办公室", office: "政务公开办公室",
	superior: "示例国政务公开领导小组", area: "全国",
	addressees: "各省人民政府，各有关部门：",
	regions:    "各省",
	siteScope:  "各省政府门户网站，各市、县（市、区）政府门户网站，以及各级政府部门网站",
	owners:     "各省、市、县（市、区）政府及其部门",
	ownersList: "各省、各市县和各级政府部门",
}

// meta is the front matter of round.md.
type meta struct {
	title, period, docNumber, indexNo string
	written, published                time.Time
	checkFrom, checkTo, rectifyBy     time.Time
}

var chineseDigits = []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// newMeta dates the round the way an office does: checks in the quarter's
// last month, the 通报 written two to three weeks after the quarter ends,
// published within a week of that, and a month or so to rectify. The
// document number grows through the year, so it is derived from the
// publication date.
func newMeta(r *round, place string, rng *rand.Rand) meta {
	lastMonth := time.Date(r.year, time.Month(r.quarter*3), 1, 0, 0, 0, 0, time.UTC)
	quarterEnd := lastMonth.AddDate(0, 1, -1)
	m := meta{period: fmt.Sprintf("%d年第%s季度", r.year, chineseDigits[r.quarter])}
	m.title = "关于" + place + m.period + "政府网站与政务新媒体检查情况的通报"
	m.checkFrom = lastMonth.AddDate(0, 0, rng.IntN(8))
	m.checkTo = m.checkFrom.AddDate(0, 0, 9+rng.IntN(5))
	m.written = quarterEnd.AddDate(0, 0, 14+rng.IntN(8))
	m.published = m.written.AddDate(0, 0, rng.IntN(7))
	m.rectifyBy = m.published.AddDate(0, 0, 21+rng.IntN(15))
	no := m.published.YearDay()/3 + 1 + rng.IntN(4)
	m.docNumber = fmt.Sprintf("示政办函〔%d〕%d号", m.published.Year(), no)
	m.indexNo = fmt.Sprintf("SL-%d-%05d", m.published.Year(), no)
	return m
}

func chineseDate(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日", t.Year(), t.Month(), t.Day())
}

// The wording below is varied per round by drawing from these pools. The
// narrative names examples but never states a count or a rate: the site
// computes those from the rows and shows them next to the text.
var openings = []string{
	"为进一步加强{area}政府网站和政务新媒体建设管理，根据国务院办公厅《政府网站与政务新媒体检查指标》和{superior}有关工作要求，{office}于{from}至{to}组织开展了{period}{area}政府网站和政务新媒体检查工作。现将有关情况通报如下：",
	"按照《政府网站发展指引》《政府网站与政务新媒体检查指标》等文件要求，{office}于{from}至{to}对{area}政府网站和政务新媒体开展了{period}常态化检查。现将检查情况通报如下：",
	"根据{superior}关于政府网站和政务新媒体常态化监管工作的部署，{office}于{from}至{to}通过技术监测与人工核查相结合的方式，开展了{period}{area}政府网站和政务新媒体检查。现将有关情况通报如下：",
}

var websiteScopes = []string{
	"本次检查覆盖{area}纳入全国政府网站信息报送系统的政府网站，包括{site_scope}，重点检查网站可用性、信息更新、互动回应和服务实用等情况。",
	"本次检查对{area}运行中的政府网站逐一进行了检查，重点检查首页及重要栏目更新、错链断链、错别字、互动回应和站内搜索等情况。",
	"本次检查按照《政府网站与政务新媒体检查指标》，对{area}运行中的政府网站进行了全面检查，重点关注内容保障、安全管理和办事服务等方面。",
}

var websiteOverviews = []string{
	"总体来看，{area}政府网站运行平稳，信息发布和互动回应较为及时。",
	"从检查情况看，多数网站能够落实内容保障和安全管理要求，但个别网站日常维护仍不到位。",
	"总体来看，各单位对政府网站日常管理较为重视，但仍有个别网站存在栏目更新不及时等问题。",
}

var accountScopes = []string{
	"本次检查以全国政务新媒体信息报送系统备案数据为底数，涵盖{owners}开设的政务新媒体账号。",
	"本次检查以全国政务新媒体信息报送系统登记的账号为底数，涉及{owners_list}开设的微信、微博、抖音、今日头条等平台账号。",
}

var accountChanges = []string{
	"本季度各单位新开设账号和关停注销账号均已在报送系统中办理相应手续。",
	"各单位持续开展账号清理整合，对功能相近、长期不更新的账号予以关停注销，新开设账号均按程序履行了备案手续。",
}

var problemIntros = []string{
	"检查发现，部分网站仍存在内容更新不及时、日常维护不到位等问题。",
	"检查发现，个别网站存在以下突出问题。",
	"检查中发现的网站问题主要集中在栏目更新、链接可用性和互动回应等方面。",
}

var accountProblemIntros = []string{
	"部分账号仍存在“重开设、轻维护”现象，内容更新不及时，互动回应不到位。",
	"检查发现，个别账号更新频率偏低，便民服务和互动功能发挥不够。",
}

var requirements = []string{
	"落实主管主办责任。{regions}、各部门要严格落实“谁开办、谁主管，谁应用、谁负责”的工作原则，明确专人负责政府网站和政务新媒体日常运维，确保运维管理不断档、不空档。",
	"加强内容保障。要健全信息发布审核制度，坚持“先审后发”，严把政治关、法律关、政策关、保密关、文字关，杜绝错别字、错链断链和泄露个人隐私等问题。",
	"规范账号管理。要持续开展政务新媒体清理整合，对功能相近、用户关注度低、更新维护困难的账号坚决予以关停整合；账号开设、变更、关停、注销须按程序在全国政务新媒体信息报送系统中及时备案。",
	"提升互动回应水平。要健全网民留言办理机制，对网民咨询、建议和“我为政府网站找错”留言按时答复，杜绝超期未答复、答非所问等现象。",
	"强化常态监测。要综合运用技术监测与人工巡查，加密重要栏目检查频次，对栏目更新、链接可用性、站内搜索等开展常态化自查。",
}

// annualRequirement is added in the rounds around the turn of the year.
const annualRequirement = "做好年度工作衔接。要对照年度考核指标开展全面自查，按时发布政府信息公开工作年度报告和政府网站工作年度报表。"

const rectifyRequirement = "抓好问题整改。请被通报单位高度重视，认真剖析问题原因，于{rectify_by}前完成整改，并将整改情况报送{office}。{office}将适时组织复核，对问题反复出现的单位予以约谈。"

const fictionNotice = "（本通报为示例数据，所涉单位、网站和账号均为虚构。）"

// maxExamples is how many failures the narrative names per kind; the rest
// are in the tables.
const maxExamples = 3

func pick(rng *rand.Rand, pool []string) string { return pool[rng.IntN(len(pool))] }

// narrative writes the Markdown body of round.md in the style of a real
// 通报.
func (g *generator) narrative(r *round, rng *rand.Rand) string {
	var b strings.Builder
	para := func(s string) {
		b.WriteString(s)
		b.WriteString("\n\n")
	}
	w := g.scale.words
	fill := strings.NewReplacer(
		"{from}", chineseDate(r.meta.checkFrom), "{to}", chineseDate(r.meta.checkTo),
		"{period}", r.meta.period, "{rectify_by}", chineseDate(r.meta.rectifyBy),
		"{area}", w.area, "{office}", w.office, "{superior}", w.superior, "{regions}", w.regions,
		"{site_scope}", w.siteScope, "{owners}", w.owners, "{owners_list}", w.ownersList,
	).Replace

	para(fictionNotice)
	para(w.addressees)
	para(fill(pick(rng, openings)))

	para("## 一、检查情况")
	para("### （一）政府网站")
	var ws strings.Builder
	ws.WriteString(fill(pick(rng, websiteScopes)))
	for _, row := range r.websites {
		if row.site.from == r.index && r.index > 0 {
			fmt.Fprintf(&ws, "本季度起，%s纳入检查范围。", row.site.name)
		}
	}
	if r.failuresOnly {
		ws.WriteString("本通报仅列出检查中发现问题的网站，其余网站检查合格。")
	} else {
		ws.WriteString("各网站检查结果详见附表。")
	}
	ws.WriteString(fill(pick(rng, websiteOverviews)))
	para(ws.String())

	para("### （二）政务新媒体")
	var a strings.Builder
	a.WriteString(fill(pick(rng, accountScopes)))
	if r.sampled {
		a.WriteString("本季度对正常运行的账号采取随机抽查方式进行检查，未抽中的账号不作检查结论。")
	} else {
		a.WriteString("对正常运行的账号逐一进行了检查，已关停、注销的账号不再检查。")
	}
	if r.failuresOnly {
		a.WriteString("本通报仅列出检查中发现问题的账号，账号总数及分平台情况见汇总指标。")
	}
	a.WriteString(pick(rng, accountChanges))
	for _, row := range r.accounts {
		if row.acct.renamedIn == r.index {
			fmt.Fprintf(&a, "“%s”%s（原名“%s”）本季度完成更名，备案信息已同步变更。",
				row.name, row.acct.platform.typed, row.acct.formerName)
		}
	}
	para(a.String())

	para("## 二、主要问题")
	para("### （一）政府网站")
	para(websiteProblemsText(r, rng))
	para("### （二）政务新媒体")
	para(accountProblemsText(r, rng))

	para("## 三、工作要求")
	pool := append([]string(nil), requirements...)
	if r.quarter == 1 || r.quarter == 4 {
		pool = append(pool, annualRequirement)
	}
	chosen := rng.Perm(len(pool))[:3]
	slices.Sort(chosen) // keep the usual order of the paragraphs
	n := 0
	for _, k := range chosen {
		n++
		para(fmt.Sprintf("（%s）%s", chineseDigits[n], fill(pool[k])))
	}
	para(fmt.Sprintf("（%s）%s", chineseDigits[n+1], fill(rectifyRequirement)))

	para(w.issuer)
	b.WriteString(chineseDate(r.meta.written))
	b.WriteString("\n")
	return b.String()
}

// websiteLabel names a website the way a 通报 does: 示例市统计局网站,
// 示例市青山区人民政府门户网站, 示例人才网.
func websiteLabel(s *site) string {
	switch {
	case s.kind == kindPortal:
		return s.name + "门户网站"
	case strings.HasSuffix(s.name, "网"):
		return s.name
	default:
		return s.name + "网站"
	}
}

func websiteProblemsText(r *round, rng *rand.Rand) string {
	var failed []websiteRow
	for _, row := range r.websites {
		if row.failed {
			failed = append(failed, row)
		}
	}
	if len(failed) == 0 {
		return "本季度检查未发现不合格网站，但部分网站仍存在栏目内容单薄、政策解读形式单一等问题。"
	}
	var b strings.Builder
	b.WriteString(pick(rng, problemIntros))
	var examples []string
	for _, k := range pickExamples(rng, len(failed), func(k int) bool { return failed[k].repeat }) {
		examples = append(examples, websiteLabel(failed[k].site)+strings.Join(failed[k].problems, "、"))
	}
	b.WriteString("如" + strings.Join(examples, "；") + "。")
	for _, row := range failed {
		if row.repeat {
			fmt.Fprintf(&b, "其中，%s继上季度之后再次检查不合格，%s要深入查找原因，防止问题反复出现。", websiteLabel(row.site), row.site.unit)
		}
	}
	return b.String()
}

func accountProblemsText(r *round, rng *rand.Rand) string {
	var failed []accountRow
	unfiled := false
	for _, row := range r.accounts {
		if row.failed {
			failed = append(failed, row)
			if slices.Contains(row.problems, unfiledProblem) {
				unfiled = true
			}
		}
	}
	var b strings.Builder
	b.WriteString(pick(rng, accountProblemIntros))
	if len(failed) == 0 {
		return b.String()
	}
	var examples []string
	for _, k := range pickExamples(rng, len(failed), func(k int) bool { return failed[k].repeat }) {
		row := failed[k]
		examples = append(examples, fmt.Sprintf("“%s”%s%s", row.name, row.acct.platform.typed, strings.Join(row.problems, "、")))
	}
	b.WriteString("如" + strings.Join(examples, "；") + "。")
	if unfiled {
		b.WriteString("另有个别账号未按程序开设，未在全国政务新媒体信息报送系统中备案。")
	}
	for _, row := range failed {
		if row.repeat {
			fmt.Fprintf(&b, "其中，“%s”%s继上季度之后再次检查不合格，%s要切实履行主管主办责任。", row.name, row.acct.platform.typed, row.acct.unit.name)
		}
	}
	return b.String()
}

// pickExamples chooses up to maxExamples of n failures to name: repeat
// failures first, since they are what the 通报 wants noticed, then others
// drawn at random so that the examples do not all come from the first unit
// in the table. They are returned in table order.
func pickExamples(rng *rand.Rand, n int, repeat func(int) bool) []int {
	var chosen, others []int
	for k := range n {
		if repeat(k) {
			chosen = append(chosen, k)
		} else {
			others = append(others, k)
		}
	}
	for _, k := range rng.Perm(len(others)) {
		if len(chosen) >= maxExamples {
			break
		}
		chosen = append(chosen, others[k])
	}
	chosen = chosen[:min(len(chosen), maxExamples)]
	slices.Sort(chosen)
	return chosen
}
