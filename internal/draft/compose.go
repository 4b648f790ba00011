package draft

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/zwgk/zwgk/internal/figfmt"
	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/model"
)

// Placeholder opens every paragraph staff must write themselves.
const Placeholder = "【待填写】"

// maxExamples is how many problems a 存在的主要问题 paragraph names before
// “等”: the 附件 list them all.
const maxExamples = 5

// New drafts the 通报 of round i of f. rules are the dataset's problem
// categories (figures.Rules), used to name examples under the categories
// the counts come from.
func New(f *figures.Figures, i int, rules []figures.Rule) *Document {
	r := f.Rounds[i]
	m := r.Round.Meta
	c := composer{f: f, i: i, r: r, rules: rules}
	n := parseNarrative(r.Round.Narrative, m.Issuer)
	d := &Document{Title: m.Title, DocNumber: m.DocNumber, Recipients: n.recipients, Issuer: m.Issuer, Date: ChineseDate(m.Written)}
	if d.Title == "" {
		d.Title = "关于" + c.period() + "政府网站和政务新媒体检查情况的通报"
	}
	if d.Recipients == "" {
		d.Recipients = Placeholder + "主送机关："
	}
	if d.Issuer == "" {
		d.Issuer = Placeholder + "发文机关署名"
	}
	if d.Date == "" {
		d.Date = Placeholder + "成文日期"
	}
	d.Lead = n.lead
	if len(d.Lead) == 0 {
		d.Lead = []Paragraph{{Text: c.lead()}}
	}
	d.Attachments = c.attachments()

	var sections []Section
	sections = append(sections, Section{Heading: "总体情况", Blocks: c.overview()})
	sections = append(sections, Section{Heading: "存在的主要问题", Blocks: c.problems()})
	sections = append(sections, n.others...)
	req := n.requirements
	if len(req) == 0 {
		req = []Block{{Paragraph: Paragraph{Placeholder: true, Text: Placeholder +
			"请在 round.md 中写“## 工作要求”一节（整改要求、整改期限、报送方式等），重新生成后写在这里。"}}}
	}
	sections = append(sections, Section{Heading: "工作要求", Blocks: req})
	for k := range sections {
		sections[k].Heading = Ordinal(k+1) + "、" + sections[k].Heading
		sections[k].Blocks = numberSubheadings(sections[k].Blocks)
	}
	d.Sections = sections
	return d
}

// numberSubheadings numbers a section's （一） headings in order.
func numberSubheadings(blocks []Block) []Block {
	k := 0
	for j := range blocks {
		if blocks[j].Heading {
			k++
			blocks[j].Text = "（" + Ordinal(k) + "）" + blocks[j].Text
		}
	}
	return blocks
}

type composer struct {
	f     *figures.Figures
	i     int
	r     figures.Round
	rules []figures.Rule
}

func (c composer) pct(r figures.Rate) string { return figfmt.Percent(r, c.r.Decimals) }

// pctAccounts writes an account rate in the decimals the 通报 writes them
// with (rate_decimals: {网站: 0, 新媒体: 1}); pass rates go through
// headline.
func (c composer) pctAccounts(r figures.Rate) string { return figfmt.Percent(r, c.r.AccountDecimals) }

func (c composer) period() string {
	if p := c.r.Round.Meta.Period; p != "" {
		return p
	}
	return c.r.Round.ID
}

func (c composer) lead() string {
	m := c.r.Round.Meta
	who := m.Issuer
	if who == "" {
		who = Placeholder + "发文机关"
	}
	when := ""
	if m.CheckFrom != "" && m.CheckTo != "" {
		when = "于" + ChineseDate(m.CheckFrom) + "至" + ChineseDate(m.CheckTo)
	}
	return fmt.Sprintf("%s%s开展了%s政府网站和政务新媒体检查。现将有关情况通报如下：", who, when, c.period())
}

// overview is 一、总体情况: one （一） part per kind of data the round has.
func (c composer) overview() []Block {
	var out []Block
	part := func(heading string, paras ...string) {
		var ps []Block
		for _, p := range paras {
			if p != "" {
				ps = append(ps, Block{Paragraph: Paragraph{Text: p}})
			}
		}
		if len(ps) > 0 {
			out = append(out, Block{Heading: true, Paragraph: Paragraph{Text: heading}})
			out = append(out, ps...)
		}
	}
	part("政府网站", c.websites())
	part("政务新媒体", c.accounts()...)
	part("各类单位得分情况", c.scores())
	part("互动回应测试情况", c.interaction())
	part("“我为政府网站找错”留言办理情况", c.errorReports())
	part("上轮问题整改复查情况", c.recheck(), c.repeats())
	if len(out) == 0 {
		out = append(out, Block{Paragraph: Paragraph{Placeholder: true, Text: Placeholder + "本轮没有可以写入总体情况的检查数据。"}})
	}
	return out
}

// change words a change of a rate for a sentence: "，较上轮提高0.60个百分点".
func change(ch string) string {
	switch {
	case ch == "":
		return ""
	case ch == "持平":
		return "，与上轮持平"
	case strings.HasPrefix(ch, "+"):
		return "，较上轮提高" + ch[1:]
	case strings.HasPrefix(ch, "-"):
		return "，较上轮下降" + ch[1:]
	}
	return "，较上轮" + ch
}

func (c composer) websites() string {
	w := c.r.Websites
	if w.Checked == 0 {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "本次共检查政府网站%d个", w.Checked)
	if c.r.Portals > 0 {
		fmt.Fprintf(&b, "（含%d个门户网站）", c.r.Portals)
	}
	failed := w.Failed
	if w.PassedUnknown {
		b.WriteString(unstatedCounts(c.r.WebsiteRateStated))
		failed = len(c.r.FailedWebsites) + 1 // the names are only some
	} else {
		fmt.Fprintf(&b, "，合格%d个，不合格%d个，合格率为%s%s。", w.Passed, w.Failed, headline(w, c.r.WebsiteRateStated, c.r.WebsiteDecimals), change(figfmt.Change(c.f.WebsiteChange(c.i))))
	}
	var names []string
	for _, s := range c.r.FailedWebsites {
		names = append(names, s.Name)
	}
	b.WriteString(named("不合格的网站", names, failed))
	return b.String()
}

// named lists the failures by name: all of them, or those the round names.
func named(what string, names []string, failed int) string {
	switch {
	case len(names) == 0:
		return ""
	case len(names) >= failed:
		return what + "为：" + strings.Join(names, "、") + "。"
	}
	return what + "中，通报点名的有：" + strings.Join(names, "、") + "。"
}

func (c composer) accounts() []string {
	a := c.r.Accounts
	var out []string
	onFile, running := !a.OnFileUnknown && a.OnFile > 0, !a.RunningUnknown && a.Running > 0
	if onFile || running {
		var s string
		switch {
		case onFile && running:
			s = fmt.Sprintf("纳入监管的政务新媒体账号共%d个，其中正常运行%d个", a.OnFile, a.Running)
		case onFile:
			s = fmt.Sprintf("纳入监管的政务新媒体账号共%d个", a.OnFile)
		default:
			s = fmt.Sprintf("正常运行的政务新媒体账号%d个", a.Running)
		}
		var ps []string
		for _, p := range c.r.Platforms {
			if p.Running > 0 {
				ps = append(ps, fmt.Sprintf("%s%d个", p.Name, p.Running))
			}
		}
		if len(ps) > 0 {
			s += "，包括" + strings.Join(ps, "、")
		}
		s += "。"
		var ch []string
		if c.known(model.AccountsOpened) {
			ch = append(ch, fmt.Sprintf("新开设账号%d个", a.Opened))
		}
		if c.known(model.AccountsClosed) {
			ch = append(ch, fmt.Sprintf("关停、注销账号%d个", a.Closed))
		}
		if len(ch) > 0 {
			s += "本轮" + strings.Join(ch, "，") + "。"
		}
		out = append(out, s)
	}
	if a.Checked > 0 {
		var s string
		if a.Sampled {
			s = fmt.Sprintf("本次抽查账号%d个", a.Checked)
			if a.SampleRate().Defined() {
				s += "，抽查比例为" + c.pctAccounts(a.SampleRate())
			}
		} else {
			s = fmt.Sprintf("本次检查账号%d个", a.Checked)
		}
		failed := a.Failed
		if a.PassedUnknown {
			s += unstatedCounts(c.r.AccountRateStated)
			failed = len(c.r.FailedAccounts) + 1 // the names are only some
		} else {
			s += fmt.Sprintf("，合格%d个，不合格%d个，合格率为%s%s。", a.Passed, a.Failed, headline(a.Tally, c.r.AccountRateStated, c.r.AccountDecimals), change(figfmt.Change(c.f.AccountChange(c.i))))
		}
		var names []string
		for _, x := range c.r.FailedAccounts {
			names = append(names, fmt.Sprintf("%s（%s）", accountName(x.Name, x.Platform, x.SubType), x.Unit))
		}
		s += named("不合格的账号", names, failed)
		out = append(out, s)
	}
	return out
}

func (c composer) scores() string {
	var parts []string
	for _, s := range c.r.Scores {
		ch := c.r.ScoreChanges[s.Category]
		var kinds []string
		if s.Websites.Defined() {
			kinds = append(kinds, "网站平均分为"+figfmt.Mean(s.Websites)+"分"+scoreChange(figfmt.ScoreChange(ch[0])))
		}
		if s.Accounts.Defined() {
			kinds = append(kinds, "政务新媒体平均分为"+figfmt.Mean(s.Accounts)+"分"+scoreChange(figfmt.ScoreChange(ch[1])))
		}
		if len(kinds) > 0 {
			parts = append(parts, s.Category+strings.Join(kinds, "，"))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "从各类单位得分看，" + strings.Join(parts, "；") + "。"
}

func scoreChange(ch string) string {
	switch ch {
	case "":
		return ""
	case "持平":
		return "（与上轮持平）"
	}
	return "（较上轮" + ch + "）"
}

func siteNames(list []figures.LetterSite) string {
	var names []string
	for _, s := range list {
		names = append(names, s.Name)
	}
	return strings.Join(names, "、")
}

func (c composer) interaction() string {
	in := c.r.Interaction
	if in == nil || (in.Sites == 0 && !in.SitesUnknown) {
		return ""
	}
	s := "开展互动回应测试"
	if !in.SitesUnknown {
		s = fmt.Sprintf("对%d个政府网站开展互动回应测试", in.Sites)
	}
	if in.Letters > 0 && !in.Partial {
		s += fmt.Sprintf("，共发送信件%d封", in.Letters)
	}
	s += "。"
	// Only the counts the rows give in full, or the 通报 states, are known.
	var parts []string
	switch {
	case in.OnTimeUnknown:
	case in.SitesUnknown:
		parts = append(parts, fmt.Sprintf("%d个网站全部按时答复", in.OnTime))
	default:
		parts = append(parts, fmt.Sprintf("%d个网站全部按时答复，按时答复率为%s", in.OnTime, c.pct(in.OnTimeRate())))
	}
	if !in.SameDayUnknown {
		parts = append(parts, fmt.Sprintf("%d个网站当日答复", in.SameDay))
	}
	if len(parts) > 0 {
		s += strings.Join(parts, "；") + "。"
	}
	for _, l := range []struct {
		list []figures.LetterSite
		what string
	}{
		{in.AllUnanswered, "未答复任何信件"}, {in.SomeUnanswered, "有信件未答复"},
		{in.Late, "答复超过时限"}, {in.PoorQuality, "答复质量不高"},
	} {
		if len(l.list) > 0 {
			s += siteNames(l.list) + l.what + "。"
		}
	}
	return s
}

func (c composer) errorReports() string {
	e := c.r.ErrorReports
	if e == nil || e.Received == 0 || e.ReceivedUnknown {
		return ""
	}
	s := fmt.Sprintf("共收到网民留言%d条", e.Received)
	if e.Units > 0 && !e.UnitsUnknown {
		s += fmt.Sprintf("，涉及%d个单位", e.Units)
	}
	if !e.ClosedUnknown {
		s += fmt.Sprintf("，按期办结%d条，按期办结率为%s", e.ClosedOnTime, c.pct(e.OnTimeRate()))
	}
	s += "。"
	if n := e.TopUnits(); n > 0 && len(e.Ranked) > 1 {
		var names []string
		for _, u := range e.Ranked[:n] {
			names = append(names, u.Unit)
		}
		s += fmt.Sprintf("留言主要集中在%s，%d家单位收到留言数量合计占留言总数的%s。", strings.Join(names, "、"), n, c.pct(e.TopShare(n)))
	}
	if len(e.Late) > 0 {
		var names []string
		for _, u := range e.Late {
			names = append(names, fmt.Sprintf("%s（%d条）", u.Unit, u.Overdue))
		}
		s += strings.Join(names, "、") + "有留言未按期办结。"
	}
	return s
}

func itemName(it figures.Item) string {
	if it.Account {
		return accountName(it.Name, it.Platform, it.SubType)
	}
	return it.Name
}

// accountName names an account in a sentence as 通报 do: “临江城管”百家号,
// “青山教育”微信公众号.
func accountName(name, platform, subType string) string {
	kind := platform + subType
	if platform == "其他" && subType != "" {
		kind = subType
	}
	return "“" + name + "”" + kind
}

// stated reports whether summary.csv states a metric.
func (c composer) stated(metric string) bool {
	_, ok := c.r.Round.Metric(metric)
	return ok
}

// known reports whether an account change count is known: a full round
// counts it from the rows; a partial one only when summary.csv states it.
func (c composer) known(metric string) bool {
	if !c.r.Partial {
		return c.r.Accounts.ChangesKnown
	}
	return c.stated(metric)
}

func (c composer) recheck() string {
	if len(c.r.Recheck) == 0 {
		return ""
	}
	by := map[string][]string{}
	for _, rc := range c.r.Recheck {
		by[rc.Status] = append(by[rc.Status], itemName(rc.Item))
	}
	s := fmt.Sprintf("上轮通报的%d个不合格网站和账号中，", len(c.r.Recheck))
	var parts []string
	for _, st := range []string{figures.RecheckFixed, figures.RecheckFailing, figures.RecheckClosed, figures.RecheckNotRun, figures.RecheckUnlisted} {
		names := by[st]
		if len(names) == 0 {
			continue
		}
		p := fmt.Sprintf("%s%d个", st, len(names))
		if st != figures.RecheckFixed {
			p += "（" + strings.Join(names, "、") + "）"
		}
		parts = append(parts, p)
	}
	return s + strings.Join(parts, "，") + "。"
}

func (c composer) repeats() string {
	var s string
	if len(c.r.Repeats) > 0 {
		var names []string
		for _, rp := range c.r.Repeats {
			names = append(names, fmt.Sprintf("%s（连续%d轮）", itemName(rp.Item), rp.Streak))
		}
		s += strings.Join(names, "、") + "连续两轮及以上检查不合格。"
	}
	if len(c.r.RepeatUnits) > 0 {
		s += strings.Join(c.r.RepeatUnits, "、") + "连续两轮有网站或账号检查不合格。"
	}
	return s
}

// problems is 二、存在的主要问题: per problem category, in the order of the
// national indicators, its count and named examples.
func (c composer) problems() []Block {
	var out []Block
	for _, kind := range []struct {
		account bool
		heading string
		failed  int
		named   int
	}{
		{false, "政府网站", c.r.Websites.Failed, len(c.r.FailedWebsites)},
		{true, "政务新媒体", c.r.Accounts.Failed, len(c.r.FailedAccounts)},
	} {
		examples := c.examples(kind.account)
		var ps []Block
		k := 0
		for _, pc := range c.r.Problems {
			if pc.Account != kind.account || pc.Count == 0 {
				continue
			}
			k++
			ex := examples[pc.Category]
			text := "如" + strings.Join(firstN(ex, maxExamples), "；")
			if len(ex) > maxExamples {
				text += "等"
			}
			ps = append(ps, Block{Paragraph: Paragraph{Lead: fmt.Sprintf("%s是%s问题%d个。", Ordinal(k), pc.Category, pc.Count), Text: text + "。"}})
		}
		if k == 0 && kind.failed > 0 {
			ps = append(ps, Block{Paragraph: Paragraph{Placeholder: true, Text: fmt.Sprintf("%s本轮不合格%s%d个，数据中未列出具体问题，请补充。", Placeholder, kind.heading, kind.failed)}})
		}
		if len(ps) > 0 {
			out = append(out, Block{Heading: true, Paragraph: Paragraph{Text: kind.heading}})
			out = append(out, ps...)
		}
	}
	if len(out) == 0 {
		out = append(out, Block{Paragraph: Paragraph{Text: "本次检查未发现不合格的政府网站和政务新媒体。"}})
	}
	return out
}

// examples are the named problems of one kind by category, in list order:
// "示例市财政局网站“图片新闻”栏目超2周未更新".
func (c composer) examples(account bool) map[string][]string {
	out := map[string][]string{}
	if account {
		for _, a := range c.r.FailedAccounts {
			for _, p := range a.Problems {
				cat := figures.Categorize(c.rules, true, p)
				out[cat] = append(out[cat], accountName(a.Name, a.Platform, a.SubType)+trimStop(p))
			}
		}
		return out
	}
	for _, w := range c.r.FailedWebsites {
		name := w.Name
		if !strings.HasSuffix(name, "网") && !strings.HasSuffix(name, "网站") {
			name += "网站"
		}
		for _, p := range w.Problems {
			cat := figures.Categorize(c.rules, false, p)
			out[cat] = append(out[cat], name+trimStop(p))
		}
	}
	return out
}

func firstN(s []string, n int) []string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func trimStop(s string) string { return strings.TrimRight(strings.TrimSpace(s), "。；;，,.") }

// attachments are the 附件 lists, each where the round has its data.
func (c composer) attachments() []Attachment {
	var out []Attachment
	if len(c.r.FailedWebsites) > 0 {
		a := Attachment{Title: "不合格政府网站名单", Columns: []Column{
			{Head: "序号", Width: 3, Num: true}, {Head: "网站名称", Width: 8}, {Head: "主办单位", Width: 8}, {Head: "存在的突出问题", Width: 12}}}
		for k, w := range c.r.FailedWebsites {
			a.Rows = append(a.Rows, []string{strconv.Itoa(k + 1), w.Name, w.Unit, joinProblems(w.Problems)})
		}
		out = append(out, a)
	}
	if len(c.r.FailedAccounts) > 0 {
		a := Attachment{Title: "不合格政务新媒体名单", Columns: []Column{
			{Head: "序号", Width: 3, Num: true}, {Head: "账号类型", Width: 5}, {Head: "账号名称", Width: 6},
			{Head: "存在问题", Width: 9}, {Head: "开设主体", Width: 7}, {Head: "所属地区", Width: 5}}}
		for k, x := range c.r.FailedAccounts {
			u := x.Unit
			region := ""
			if uf, ok := c.f.Unit(u); ok {
				region = uf.Unit.Region
			}
			a.Rows = append(a.Rows, []string{strconv.Itoa(k + 1), model.PlatformLabel(x.Platform, x.SubType), x.Name, joinProblems(x.Problems), u, region})
		}
		out = append(out, a)
	}
	if in := c.r.Interaction; in != nil {
		seen := map[string]bool{}
		var sites []figures.LetterSite
		for _, l := range [][]figures.LetterSite{in.AllUnanswered, in.SomeUnanswered, in.Late, in.PoorQuality} {
			for _, s := range l {
				if !seen[s.Key] {
					seen[s.Key] = true
					sites = append(sites, s)
				}
			}
		}
		if len(sites) > 0 {
			a := Attachment{Title: "互动回应测试发现问题的网站名单", Columns: []Column{
				{Head: "序号", Width: 3, Num: true}, {Head: "网站名称", Width: 8}, {Head: "主办单位", Width: 8},
				{Head: "发送信件", Width: 3, Num: true}, {Head: "已答复", Width: 3, Num: true}, {Head: "按时答复", Width: 3, Num: true}, {Head: "答复质量问题", Width: 6}}}
			for k, s := range sites {
				a.Rows = append(a.Rows, []string{strconv.Itoa(k + 1), s.Name, s.Unit, strconv.Itoa(s.Letters),
					strconv.Itoa(s.Answered), strconv.Itoa(s.OnTime), strings.Join(s.Qualities, "；")})
			}
			out = append(out, a)
		}
	}
	if len(c.r.Recheck) > 0 {
		a := Attachment{Title: "上轮通报问题复查情况", Columns: []Column{
			{Head: "序号", Width: 3, Num: true}, {Head: "类型", Width: 3}, {Head: "名称", Width: 8}, {Head: "主办单位或开设主体", Width: 8},
			{Head: "上轮存在问题", Width: 9}, {Head: "复查结果", Width: 5}}}
		for k, rc := range c.r.Recheck {
			a.Rows = append(a.Rows, []string{strconv.Itoa(k + 1), model.KindLabel(rc.Account), itemName(rc.Item), rc.Unit, joinProblems(rc.Problems), rc.Status})
		}
		out = append(out, a)
	}
	return out
}

func joinProblems(ps []string) string {
	var out []string
	for _, p := range ps {
		out = append(out, trimStop(p))
	}
	return strings.Join(out, "；")
}

// ChineseDate writes a YYYY-MM-DD date as a 公文 does, in Arabic numerals
// without leading zeros: "2025年1月20日". Anything else is returned as is.
func ChineseDate(iso string) string {
	p := strings.Split(iso, "-")
	if len(p) != 3 {
		return iso
	}
	y, err1 := strconv.Atoi(p[0])
	mo, err2 := strconv.Atoi(p[1])
	d, err3 := strconv.Atoi(p[2])
	if err1 != nil || err2 != nil || err3 != nil {
		return iso
	}
	return fmt.Sprintf("%d年%d月%d日", y, mo, d)
}

var digits = []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// Ordinal writes 1…99 in Chinese numerals, as section numbers: 一, 十, 十二, 二十一.
func Ordinal(n int) string {
	switch {
	case n < 10:
		return digits[n]
	case n < 20:
		return "十" + digits[n%10]
	}
	return digits[n/10] + "十" + digits[n%10]
}

// headline is a pass rate as the site headlines it, with the note the
// site prints beside it (figfmt.Headline): where the rate summary.csv
// states is not what the counts give, the draft says the stated figure and
// that the two differ, word for word as the round page does, so that the
// document and the site agree and staff see what to check before it is
// sent.
func headline(t figures.Tally, stated *figures.StatedRate, decimals int) string {
	rate, note := figfmt.Headline(t, stated, decimals)
	return rate + note
}

// unstatedCounts is the sentence for a pass count the 通报 does not state
// (figures.Tally.PassedUnknown): never a number, the stated rate if any.
func unstatedCounts(stated *figures.StatedRate) string {
	if stated == nil {
		return "，合格数和不合格数通报未说明。"
	}
	return "，总体合格率为" + figfmt.Stated(stated) + "（合格数和不合格数通报未说明）。"
}
