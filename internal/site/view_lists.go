package site

import (
	"bytes"
	"cmp"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/zwgk/zwgk/internal/charts"
	"github.com/zwgk/zwgk/internal/figfmt"
	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/model"
)

// NotedRow is a row of 其他发现的问题: a website or account the 通报 names
// for problems although it did not fail.
type NotedRow struct {
	No            int      `json:"no"`
	Name          string   `json:"name"`
	Code          string   `json:"code"`     // 网站标识码 or 备案单号
	Platform      string   `json:"platform"` // accounts, with sub-type
	Unit          string   `json:"unit"`     // "" when the 通报 does not state it
	UnitSlug      string   `json:"unit_slug"`
	Result        string   `json:"result"` // 合格 / 未判定 / 未检查
	Problems      []string `json:"problems"`
	Rectification string   `json:"rectification"`
}

func notedRows(r *figures.Round, slugs map[string]string) (sites, accounts []NotedRow) {
	sites, accounts = []NotedRow{}, []NotedRow{}
	for _, w := range r.NotedWebsites() {
		u := w.Unit
		sites = append(sites, NotedRow{No: len(sites) + 1, Name: w.Name, Code: w.Code, Unit: u, UnitSlug: slugs[u],
			Result: w.Result.String(), Problems: w.Problems, Rectification: w.Rectification})
	}
	for _, a := range r.NotedAccounts() {
		u := a.Unit
		accounts = append(accounts, NotedRow{No: len(accounts) + 1, Name: a.Name, Code: a.FilingNo,
			Platform: model.PlatformLabel(a.Platform, a.SubType), Unit: u, UnitSlug: slugs[u],
			Result: a.Result.String(), Problems: a.Problems, Rectification: a.Rectification})
	}
	return sites, accounts
}

func failureRow(f *figures.Figures, fl figures.Failure) FailureRow {
	r := f.Rounds[fl.Round]
	row := FailureRow{Round: charts.Label(r), RoundSlug: RoundSlug(r.Round.ID), Kind: model.KindLabel(fl.Account), Name: fl.Name,
		Problems: fl.Problems, Rectification: fl.Rectification, Result: fl.Result.String()}
	if fl.Account {
		row.Platform = model.PlatformLabel(fl.Platform, fl.SubType)
	}
	return row
}

// Checklist points a round page at the round's 核查清单.
type Checklist struct {
	Slug     string `json:"slug"`     // first page: /checklists/<slug>/
	Entries  int    `json:"entries"`  // rows listed, websites and accounts
	Websites int    `json:"websites"` // websites listed
	Accounts int    `json:"accounts"` // accounts listed
	Pages    int    `json:"pages"`
}

// ChecklistPage is one page of a round's 核查清单: every website and account
// the round lists, with its result. A large round is split over several
// pages so that none exceeds about 1 MB (checklistBudget).
type ChecklistPage struct {
	Slug    string    `json:"slug"` // URL segment under /checklists/
	Round   RoundLink `json:"round"`
	Period  string    `json:"period"`
	Partial bool      `json:"partial"` // the 通报 names only some entries
	// Kinds names what the round checked: 政府网站和政务新媒体账号, or one
	// of them for a round that checked one kind.
	Kinds string `json:"kinds"`
	// Totals says the round's stated totals, which a partial list names
	// only some of: "政府网站 71 个；本轮未检查政务新媒体".
	Totals     string         `json:"totals"`
	Page       int            `json:"page"` // 1-based
	Pages      []PageLink     `json:"pages"`
	Entries    int            `json:"entries"` // rows on all pages
	From       int            `json:"from"`    // 序号 of the first row on this page
	To         int            `json:"to"`
	Categories []string       `json:"categories"` // filter choices, over the whole round
	Platforms  []string       `json:"platforms"`
	Results    []string       `json:"results"`
	Downloads  ChecklistFiles `json:"downloads"`
	Rows       []ChecklistRow `json:"-"`
	Table      checklistHTML  `json:"table"` // Rows as the page's table, "" when the round lists nothing
}

// checklistHTML is a 核查清单 page's table, written as HTML when the view
// is written as JSON, a page at a time: a national round has 114,000
// rows, and rendering them per cell in the template was most of the time
// of these pages. A text marshaler, not a JSON one, so that encoding/json
// escapes the HTML once and does not scan it again.
type checklistHTML struct {
	caption string
	rows    []ChecklistRow
	notes   bool       // the round's list has a 备注 column
	html    *htmlFiles // where it goes when large, set while the data is written
}

func (c checklistHTML) MarshalText() ([]byte, error) {
	if len(c.rows) == 0 {
		return nil, nil
	}
	return c.html.keep(checklistTable(c.caption, c.rows, c.notes).appendHTML()), nil
}

// checklistTable is a 核查清单: a page's rows for the page, all of them
// for the downloads.
//
// notes adds 备注 as the last column, for a round whose sheets write one on
// some row: what a 通报 says of an entry besides its problems (a site it
// praises, why an account was closed). The column is the round's, so every
// page of its list and its download have it or none does.
func checklistTable(caption string, rows []ChecklistRow, notes bool) *Table {
	t := &Table{Name: "checklist", Sheet: "核查清单", Label: "核查清单", ID: "checklist", Caption: caption,
		Class: "list-table checklist-table cards", Cards: true, Filters: []string{"category", "platform", "result"},
		Columns: []Column{
			{Head: "序号", Kind: Number, HeadClass: "col-no", CellClass: "col-no"},
			{Head: "类型", DataOnly: true},
			{Head: "名称", RowHead: true},
			{Head: "网站标识码/备案单号", CellClass: "nowrap", Label: "标识码/单号"},
			{Head: "单位", Kind: Link},
			{Head: "单位类别"},
			{Head: "平台"},
			{Head: "检查结果", Kind: Result, CellClass: "result", NoteClass: "status-note"},
			{Head: "得分", Kind: Number},
			{Head: "存在问题", Kind: Problems, CellClass: "col-problems"},
			{Head: "整改情况"},
		}}
	t.Rows = make([]Row, len(rows))
	for i := range rows {
		r := &rows[i]
		result := Cell{Text: r.Result, Note: r.Status}
		if r.Status != "" {
			result.Data = r.Result + "（" + r.Status + "）"
		}
		t.Rows[i] = Row{Filter: []string{r.Category, r.Group, r.Result}, Cells: []Cell{
			{Text: strconv.Itoa(r.No)}, {Text: r.Kind}, {Text: r.Name}, {Text: r.Code}, unitCell(r.Unit, r.UnitSlug), {Text: r.Category}, {Text: r.Platform},
			result, {Text: r.Score}, {Items: r.Problems}, {Text: r.Rectification}}}
		if notes {
			t.Rows[i].Cells = append(t.Rows[i].Cells, Cell{Text: r.Note})
		}
	}
	if notes {
		t.Columns = append(t.Columns, Column{Head: "备注"})
	}
	return t
}

// PageLink is a page of a list split over several pages, in its pager:
// a 核查清单, a round table (TablePages).
type PageLink struct {
	Slug string `json:"slug"`
	From int    `json:"from"`
	To   int    `json:"to"`
}

// ChecklistFiles are the downloads of a whole round's 核查清单.
type ChecklistFiles struct {
	CSV  string `json:"csv"`
	JSON string `json:"json"`
	XLSX string `json:"xlsx"`
}

// ChecklistRow is one website or account of a 核查清单.
type ChecklistRow struct {
	No            int      `json:"no"`
	Kind          string   `json:"kind"` // 网站 / 新媒体
	Name          string   `json:"name"`
	Code          string   `json:"code"` // 网站标识码 or 备案单号
	Unit          string   `json:"unit"` // "" when the 通报 does not state it
	UnitSlug      string   `json:"unit_slug"`
	Category      string   `json:"category"` // 单位类别
	Platform      string   `json:"platform"` // 政府网站, or the account's platform with sub-type
	Group         string   `json:"group"`    // the platform filtered on: 政府网站 or a model.Platforms entry
	Result        string   `json:"result"`   // 合格 / 不合格 / 未判定 / 未检查
	Status        string   `json:"status"`   // 运行状态 of an account not running (已关停 …), else ""
	Score         string   `json:"score"`
	Problems      []string `json:"problems"`
	Rectification string   `json:"rectification"`
	Note          string   `json:"note"` // 备注, as the sheet writes it
}

// WebsitePlatform is the 平台 filter value of websites in a 核查清单.
const WebsitePlatform = "政府网站"

// checklistBudget is the estimated HTML of one 核查清单 page's rows. The
// estimate (checklistRowCost) is above the real size, so with the page
// around it and the pager a page stays under 1 MB: at national scale
// (114,000 rows) the pages are about 600 KB.
const checklistBudget = 900_000

// checklistRowCost estimates the HTML bytes of a row: the markup of its
// cells, their column names for phones (data-label) and filter
// attributes, plus its text (the unit twice, as link text
// and in the filter attribute).
func checklistRowCost(r *ChecklistRow, notes bool) int {
	n := 620 + len(r.Name) + len(r.Code) + 2*len(r.Unit) + len(r.UnitSlug) + 2*len(r.Category) + len(r.Platform) + len(r.Group) +
		2*len(r.Result) + len(r.Status) + len(r.Score) + len(r.Rectification)
	for _, p := range r.Problems {
		n += len(p) + 9
	}
	// A written 备注 cell, <td data-label="备注">…</td>; an empty one ("—",
	// 33 bytes) fits in the slack of the 620.
	if notes && r.Note != "" {
		n += 35 + len(r.Note)
	}
	return n
}

// pageStarts cuts n rows into pages of at most budget bytes of estimated
// HTML (cost of each row), at least one row a page, and returns the index
// of each page's first row; [0] when there are no rows, so that a list
// always has its first page. The 核查清单 and the units index are split
// with it, so that no page of the site passes about 1 MB.
func pageStarts(n, budget int, cost func(i int) int) []int {
	starts := []int{0}
	sum := 0
	for i := range n {
		c := cost(i)
		if i > 0 && sum+c > budget {
			starts = append(starts, i)
			sum = 0
		}
		sum += c
	}
	return starts
}

// checklistPages makes the round's 核查清单 pages and points rv at them.
func checklistPages(f *figures.Figures, i int, rv *RoundView, slugs map[string]string) []ChecklistPage {
	r := &f.Rounds[i]
	category := func(unit string) string {
		if u, ok := f.Unit(unit); ok {
			return u.Category
		}
		return figures.Uncategorized
	}
	var rows []ChecklistRow
	for _, w := range r.Round.Websites {
		u := w.Unit
		rows = append(rows, ChecklistRow{No: len(rows) + 1, Kind: model.KindWebsite, Name: w.Name, Code: w.Code, Unit: u, UnitSlug: slugs[u],
			Category: category(u), Platform: WebsitePlatform, Group: WebsitePlatform, Result: w.Result.String(), Score: w.Score,
			Problems: w.Problems, Rectification: w.Rectification, Note: w.Note})
	}
	websites := len(rows)
	for _, a := range r.Round.Accounts {
		u := a.Unit
		row := ChecklistRow{No: len(rows) + 1, Kind: model.KindAccount, Name: a.Name, Code: a.FilingNo, Unit: u, UnitSlug: slugs[u],
			Category: category(u), Platform: model.PlatformLabel(a.Platform, a.SubType), Group: a.Platform, Result: a.Result.String(), Score: a.Score,
			Problems: a.Problems, Rectification: a.Rectification, Note: a.Note}
		if !a.Active() || a.Status == model.StatusPaused {
			row.Status = a.Status
		}
		rows = append(rows, row)
	}

	// Filter choices in the site's orders: categories as units.csv gives
	// them, platforms as model.Platforms, results from best to unknown.
	seenCat, seenPlat, seenRes := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, row := range rows {
		seenCat[row.Category], seenPlat[row.Group], seenRes[row.Result] = true, true, true
	}
	cats, plats, results := []string{}, []string{}, []string{}
	for _, c := range f.Categories {
		if seenCat[c] {
			cats = append(cats, c)
		}
	}
	if seenPlat[WebsitePlatform] {
		plats = append(plats, WebsitePlatform)
	}
	for _, p := range model.Platforms {
		if seenPlat[p] {
			plats = append(plats, p)
		}
	}
	for _, res := range []model.Result{model.Pass, model.Fail, model.Undetermined, model.Unchecked} {
		if seenRes[res.String()] {
			results = append(results, res.String())
		}
	}

	notes := slices.ContainsFunc(rows, func(r ChecklistRow) bool { return r.Note != "" })

	// An empty round still has its page, saying so.
	cuts := pageStarts(len(rows), checklistBudget, func(n int) int { return checklistRowCost(&rows[n], notes) })
	base := rv.Slug
	dir := path.Join(downloadsDir, "rounds", rv.Slug)
	files := ChecklistFiles{CSV: path.Join(dir, rv.Slug+"-checklist.csv"), JSON: path.Join(dir, rv.Slug+"-checklist.json"),
		XLSX: path.Join(dir, rv.Slug+"-checklist.xlsx")}
	links := make([]PageLink, len(cuts))
	for p, start := range cuts {
		end := len(rows)
		if p+1 < len(cuts) {
			end = cuts[p+1]
		}
		slug := base
		if p > 0 {
			slug = base + "-" + strconv.Itoa(p+1)
		}
		links[p] = PageLink{Slug: slug, From: start + 1, To: end}
	}
	pages := make([]ChecklistPage, len(cuts))
	for p := range cuts {
		l := links[p]
		pages[p] = ChecklistPage{Slug: l.Slug, Round: RoundLink{Slug: rv.Slug, Title: rv.Title}, Period: rv.Period,
			Partial: rv.Partial, Kinds: checkedKinds(rv.RoundSummary), Totals: checkedTotals(rv.RoundSummary), Page: p + 1, Pages: links, Entries: len(rows),
			From: l.From, To: l.To, Categories: cats, Platforms: plats, Results: results, Downloads: files,
			Rows: rows[l.From-1 : l.To]}
		caption := cmp.Or(rv.Period, rv.Title) + "核查清单"
		if len(cuts) > 1 {
			caption += fmt.Sprintf("（第 %d–%d 条）", l.From, l.To)
		}
		pages[p].Table = checklistHTML{caption: caption, rows: pages[p].Rows, notes: notes}
		if len(rows) == 0 {
			pages[p].From, pages[p].Rows = 0, []ChecklistRow{}
		}
	}
	rv.Checklist = &Checklist{Slug: base, Entries: len(rows), Websites: websites, Accounts: len(rows) - websites, Pages: len(pages)}
	return pages
}

// UnitsPage is one page of the units index: the units SiteView.Units[From-1:To],
// under their categories' headings. The first page is the section page,
// /units/; the others are added by content/units/_content.gotmpl at
// /units/<slug>/.
type UnitsPage struct {
	Slug     string         `json:"slug"` // "" on the first page, then "--2", "--3" …
	Page     int            `json:"page"` // 1-based
	From     int            `json:"from"` // position in SiteView.Units of the page's first unit, 1-based
	To       int            `json:"to"`
	Sections []UnitsSection `json:"sections"`
}

// UnitsSection is a category's units on a page of the units index.
type UnitsSection struct {
	Category  string `json:"category"`
	Index     int    `json:"index"` // position in SiteView.Categories: the heading's id, the downloads' key
	From      int    `json:"from"`  // position in SiteView.Units, 1-based
	To        int    `json:"to"`
	Continued bool   `json:"continued"` // the category began on an earlier page
}

// pageSlug is the URL segment of page p (p > 1) of the units index and of
// a round table's pages (TablePages). Every unit slug begins with a letter
// or a digit (slug.go: pinyin, ASCII, or "unit" before a hash), so a
// segment that begins with "-" can never be a unit's page; "--" rather
// than one hyphen so that it reads as a separator and not as a minus sign.
func pageSlug(p int) string { return "--" + strconv.Itoa(p) }

// unitsBudget is the estimated HTML of one units index page's rows
// (unitRowCost). The rest of the page (header, footer, the categories'
// headings, captions and downloads, the pager) is under 30 KB at national
// scale, so a page stays under 1 MB; the province's 2,005 units (about
// 790 KB) stay one page. A variable so that a test can split the sample.
var unitsBudget = 950_000

// unitRowCost estimates the HTML bytes of a unit's row in the units index
// from above: the markup of a row with the longest status note is 331
// bytes beside the unit's name, slug and region (measured on the national
// sample), and a site under a base path writes that path once more.
func unitRowCost(u *UnitSummary) int {
	return 360 + len(u.Name) + len(u.Slug) + len(u.Region)
}

// unitsPages splits the units index so that no page passes about 1 MB: at
// national scale (29,750 units) it is 12 MB as one page. units are in the
// order of categories, a category's units together (MakeViews).
func unitsPages(units []UnitSummary, categories []string, budget int) []UnitsPage {
	starts := pageStarts(len(units), budget, func(i int) int { return unitRowCost(&units[i]) })
	pages := make([]UnitsPage, len(starts))
	for p, start := range starts {
		end := len(units)
		if p+1 < len(starts) {
			end = starts[p+1]
		}
		pg := UnitsPage{Page: p + 1, From: start + 1, To: end, Sections: []UnitsSection{}}
		if p > 0 {
			pg.Slug = pageSlug(p + 1)
		}
		for i := start; i < end; {
			cat := units[i].Category
			j := i + 1
			for j < end && units[j].Category == cat {
				j++
			}
			pg.Sections = append(pg.Sections, UnitsSection{Category: cat, Index: slices.Index(categories, cat),
				From: i + 1, To: j, Continued: i > 0 && units[i-1].Category == cat})
			i = j
		}
		pages[p] = pg
	}
	return pages
}

// checklistDownloads are the files of every round's 核查清单: the whole
// list as CSV, JSON and a workbook.
func checklistDownloads(v *Views) []outFile {
	var files []outFile
	for i := range v.Checklists {
		first := &v.Checklists[i]
		if first.Page != 1 {
			continue
		}
		pages := v.Checklists[i : i+len(first.Pages)]
		label := first.Period
		if label == "" {
			label = first.Round.Title
		}
		var rows []ChecklistRow
		for _, p := range pages {
			rows = append(rows, p.Rows...)
		}
		t := checklistTable(label+"核查清单", rows, first.Table.notes).Data()
		d := first.Downloads
		info := [][]string{{"标题", first.Round.Title + "核查清单"}, {"检查期次", first.Period}}
		if first.Partial {
			info = append(info, []string{"说明", "本轮通报没有逐一列出全部网站和账号，本清单只含通报点名的网站和账号。"})
		}
		files = append(files,
			outFile{d.CSV, func() ([]byte, error) { return tableCSV(t.Table) }},
			outFile{d.JSON, func() ([]byte, error) { return tableJSON(t.Table) }},
			outFile{d.XLSX, func() ([]byte, error) { return workbook(info, []dataTable{t}) }})
	}
	return files
}

// checkedKinds names the kinds a round checked, as the 核查清单 lists them.
func checkedKinds(r RoundSummary) string {
	switch {
	case r.NoAccounts:
		return "政府网站"
	case r.NoWebsites:
		return "政务新媒体账号"
	}
	return "政府网站和政务新媒体账号"
}

// checkedTotals says how many of each kind the round checked, as its 通报
// states: a kind it did not check is said so, never counted as 0, and a
// count the 通报 does not give is said to be unstated.
func checkedTotals(r RoundSummary) string {
	var parts, skipped []string
	for _, k := range []struct {
		name, noun string
		not        bool
		t          Tally
	}{
		{"政府网站", "政府网站", r.NoWebsites, r.Websites},
		{"政务新媒体账号", "政务新媒体", r.NoAccounts, r.Accounts.Tally},
	} {
		switch {
		case k.not:
			skipped = append(skipped, "本轮未检查"+k.noun)
		case k.t.Unknown:
			parts = append(parts, k.name+"数"+figfmt.Unstated)
		default:
			parts = append(parts, fmt.Sprintf("%s %d 个", k.name, k.t.Checked))
		}
	}
	return strings.Join(append([]string{strings.Join(parts, "，")}, skipped...), "；")
}

// TablePages says that a round table is too large for the round page: the
// page shows its first Lead rows and links to the whole table on pages of
// its own, /rounds/<slug>/<key>/, /rounds/<slug>/<key>/--2/ …
// (TablePage). The downloads stay on the round page and are whole.
type TablePages struct {
	Rows  int        `json:"rows"` // the whole table's
	Lead  int        `json:"lead"` // rows the round page shows
	Noun  string     `json:"noun"` // what a row is, counted: 家单位, 个账号
	Pages []PageLink `json:"pages"`
}

// TablePage is one page of a round table that has pages of its own
// (TablePages), drawn by layouts/rounds/table-page.html.
type TablePage struct {
	Path  string     `json:"path"`  // under /rounds/: "2024q4/ranking", "2024q4/ranking/--2"
	Key   string     `json:"key"`   // the table's key in the round's downloads, and its section's id on the round page
	Title string     `json:"title"` // the page's: 2024年第四季度单位排名（第 2 页，共 11 页）
	Name  string     `json:"name"`  // the table's, in the breadcrumb and the downloads: 单位排名
	Round RoundLink  `json:"round"`
	Noun  string     `json:"noun"`
	Page  int        `json:"page"` // 1-based
	Pages []PageLink `json:"pages"`
	Rows  int        `json:"rows"` // on all pages
	From  int        `json:"from"` // the first row on this page, 1-based
	To    int        `json:"to"`
	Table tableHTML  `json:"table"`
}

// tableHTML is a table written as HTML when its view is written as JSON.
type tableHTML struct {
	*Table
	html *htmlFiles // where it goes when large, set while the data is written
}

func (t tableHTML) MarshalText() ([]byte, error) { return t.html.keep(t.appendHTML()), nil }

// movableTables are the round tables that leave the round page when it
// would pass roundTablesBudget, largest first: at national scale
// 单位排名 is 9.1 MB (29,583 units), 不合格政务新媒体 1.3 MB, 不合格网站
// 0.3 MB, and the rest of the page 70 KB.
var movableTables = []struct {
	key, name, noun string
	table           func(*RoundView) *Table
}{
	{"ranking", "单位排名", "家单位", rankingTable},
	{"failed-accounts", "不合格政务新媒体", "个账号", failedAccountsTable},
	{"failed-websites", "不合格网站", "个网站", failedWebsitesTable},
}

// roundTablesBudget is the HTML that the movable tables may take on a
// round page together; beyond it, the largest leave the page until the
// rest fit. The province's round pages (about 670 KB of them, 870 KB in
// all) stay whole.
var roundTablesBudget = 800_000

// tablePageBudget is the HTML of the rows of one page of a table that has
// pages of its own: with the page around them (about 10 KB) a page stays
// under 1 MB.
var tablePageBudget = 900_000

// leadRows is how many of a moved table's rows the round page still shows:
// the units with the most failures, the first failures the 通报 lists.
const leadRows = 20

// tablePages moves the round's largest tables to pages of their own while
// the tables together pass roundTablesBudget, records each in rv.Split
// and returns their pages.
func tablePages(rv *RoundView) []TablePage {
	type sized struct {
		i     int // in movableTables
		t     *Table
		sizes []int
		total int
	}
	var tables []sized
	sum := 0
	for i, m := range movableTables {
		t := m.table(rv)
		sizes := t.rowSizes()
		total := 0
		for _, n := range sizes {
			total += n
		}
		sum += total
		if len(t.Rows) > leadRows {
			tables = append(tables, sized{i, t, sizes, total})
		}
	}
	slices.SortStableFunc(tables, func(a, b sized) int { return cmp.Compare(b.total, a.total) })
	var pages []TablePage
	for _, s := range tables {
		if sum <= roundTablesBudget {
			break
		}
		sum -= s.total
		for _, n := range s.sizes[:leadRows] {
			sum += n
		}
		pages = append(pages, splitTable(rv, s.i, s.t, s.sizes)...)
	}
	return pages
}

// splitTable cuts a table into pages of at most tablePageBudget bytes of
// rows and records them in rv.Split.
func splitTable(rv *RoundView, i int, t *Table, sizes []int) []TablePage {
	m := movableTables[i]
	starts := pageStarts(len(sizes), tablePageBudget, func(i int) int { return sizes[i] })
	base := rv.Slug + "/" + m.key
	links := make([]PageLink, len(starts))
	for p, start := range starts {
		end := len(sizes)
		if p+1 < len(starts) {
			end = starts[p+1]
		}
		links[p] = PageLink{Slug: base, From: start + 1, To: end}
		if p > 0 {
			links[p].Slug += "/" + pageSlug(p+1)
		}
	}
	if rv.Split == nil {
		rv.Split = map[string]*TablePages{}
	}
	rv.Split[m.key] = &TablePages{Rows: len(sizes), Lead: leadRows, Noun: m.noun, Pages: links}
	pages := make([]TablePage, len(links))
	for p, l := range links {
		title := roundLabel(rv) + m.name
		if len(links) > 1 {
			title += fmt.Sprintf("（第 %d 页，共 %d 页）", p+1, len(links))
		}
		part := *t
		part.Rows = t.Rows[l.From-1 : l.To]
		part.Caption += fmt.Sprintf("：第 %d–%d %s", l.From, l.To, m.noun)
		pages[p] = TablePage{Path: l.Slug, Key: m.key, Title: title, Name: m.name, Round: RoundLink{Slug: rv.Slug, Title: rv.Title},
			Noun: m.noun, Page: p + 1, Pages: links, Rows: len(sizes), From: l.From, To: l.To, Table: tableHTML{Table: &part}}
	}
	return pages
}

// onPage is the part of a round table its page shows: all of it, or the
// first rows of a table that has pages of its own (tablePages).
func (r *RoundView) onPage(t *Table) *Table {
	s := r.Split[t.Name]
	if s == nil {
		return t
	}
	lead := *t
	lead.Rows = t.Rows[:s.Lead]
	lead.Caption += "：前 " + strconv.Itoa(s.Lead) + " " + s.Noun
	return &lead
}

// rowSizes are the bytes of each body row of the table's HTML.
func (t *Table) rowSizes() []int {
	sizes := make([]int, len(t.Rows))
	beside := t.beside()
	var b bytes.Buffer
	for i := range t.Rows {
		b.Reset()
		t.appendRow(&b, &t.Rows[i], beside)
		sizes[i] = b.Len()
	}
	return sizes
}
