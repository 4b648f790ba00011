package site

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/zwgk/zwgk/internal/charts"
	"github.com/zwgk/zwgk/internal/figfmt"
	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/model"
)

// Views turns the figures into what the templates read.
type Views struct {
	Site       SiteView
	Rounds     []RoundView
	Units      []UnitView
	Checklists []ChecklistPage // every round's 核查清单, a round's pages in order (view_lists.go)
	TablePages []TablePage     // the pages of round tables too large for their round page (view_lists.go)
}

// MakeViews builds the views from the figures; every number is formatted
// here, from the figures, and nowhere else.
func MakeViews(f *figures.Figures, sample bool) *Views {
	names := make([]string, len(f.Units))
	for i, u := range f.Units {
		names[i] = u.Unit.Name
	}
	slugs := Slugs(names)
	v := &Views{Site: SiteView{Sample: sample, Categories: f.Categories, UnitCount: len(f.Units), RoundCount: len(f.Rounds)}}

	for i := range f.Rounds {
		sum := roundSummary(f, i)
		v.Site.Rounds = append(v.Site.Rounds, sum)
		v.Rounds = append(v.Rounds, roundView(f, i, sum, slugs))
		v.Checklists = append(v.Checklists, checklistPages(f, i, &v.Rounds[i], slugs)...)
		v.TablePages = append(v.TablePages, tablePages(&v.Rounds[i])...)
	}
	if n := len(f.Rounds); n > 0 {
		v.Site.Latest = RoundSlug(f.Rounds[n-1].Round.ID)
		v.Site.Charts = append(v.Site.Charts, charts.PassRateTrend(f))
		if hasPlatforms(f) {
			v.Site.Charts = append(v.Site.Charts, charts.PlatformTrend(f))
		}
		if last := f.Rounds[n-1]; len(last.Categories) > 0 {
			v.Site.Charts = append(v.Site.Charts, charts.CategoryRates(last))
		}
	}
	// Units in category order, then as units.csv lists them.
	for _, cat := range f.Categories {
		for i := range f.Units {
			if u := &f.Units[i]; u.Category == cat {
				uv := unitView(f, u, slugs[u.Unit.Name])
				uv.Across = unitAcross(f, u, v.Rounds, slugs)
				v.Site.Units = append(v.Site.Units, uv.UnitSummary)
				v.Units = append(v.Units, uv)
			}
		}
	}
	var used []string
	for _, cat := range f.Categories {
		for _, u := range v.Site.Units {
			if u.Category == cat {
				used = append(used, cat)
				break
			}
		}
	}
	v.Site.Categories = used
	v.Site.UnitPages = unitsPages(v.Site.Units, v.Site.Categories, unitsBudget)
	return v
}

func hasPlatforms(f *figures.Figures) bool {
	for _, r := range f.Rounds {
		if len(r.Platforms) > 0 {
			return true
		}
	}
	return false
}

func tally(t figures.Tally, decimals int, change string) Tally {
	return Tally{Checked: t.Checked, Passed: t.Passed, Failed: t.Failed, Rate: figfmt.Percent(t.Rate(), decimals), Change: change, Unknown: t.Unknown, PassedUnknown: t.PassedUnknown}
}

func roundSummary(f *figures.Figures, i int) RoundSummary {
	r := f.Rounds[i]
	m := r.Round.Meta
	acc := Accounts{
		Tally:  tally(r.Accounts.Tally, r.AccountDecimals, figfmt.Change(f.AccountChange(i))),
		OnFile: r.Accounts.OnFile, Running: r.Accounts.Running,
		Opened: r.Accounts.Opened, Closed: r.Accounts.Closed, Sampled: r.Accounts.Sampled, ChangesKnown: r.Accounts.ChangesKnown,
		OnFileUnknown: r.Accounts.OnFileUnknown, RunningUnknown: r.Accounts.RunningUnknown,
	}
	if r.Accounts.Sampled && r.Accounts.SampleRate().Defined() {
		acc.SampleRate = figfmt.Percent(r.Accounts.SampleRate(), r.AccountDecimals)
	}
	acc.Tally = withStated(acc.Tally, r.Accounts.Tally, r.AccountRateStated)
	if acc.SampleStated = statedView(r.SampleRateStated); acc.SampleStated != nil && acc.SampleRate == "" {
		acc.SampleRate = acc.SampleStated.Rate
	}
	return RoundSummary{
		ID: r.Round.ID, Slug: RoundSlug(r.Round.ID), Title: m.Title, Period: charts.Label(r), Published: m.Published,
		Websites: withStated(tally(r.Websites, r.WebsiteDecimals, figfmt.Change(f.WebsiteChange(i))), r.Websites, r.WebsiteRateStated),
		Accounts: acc, Partial: r.Partial, NoWebsites: r.NoWebsites, NoAccounts: r.NoAccounts,
	}
}

func roundView(f *figures.Figures, i int, sum RoundSummary, slugs map[string]string) RoundView {
	r := f.Rounds[i]
	m := r.Round.Meta
	rv := RoundView{
		RoundSummary: sum, Issuer: m.Issuer, DocNumber: m.DocNumber, IndexNo: m.IndexNo, Topic: m.Topic,
		Written: m.Written, CheckFrom: m.CheckFrom, CheckTo: m.CheckTo, RectifyBy: m.RectifyBy,
		Sample: m.Sample, Draft: m.Draft, Narrative: narrativeMarkdown(r.Round.Narrative), Portals: r.Portals,
		FailedSites: []FailedWebsite{}, FailedAccounts: []FailedAccount{}, Charts: []charts.Chart{},
	}
	for _, c := range r.Categories {
		rv.Categories = append(rv.Categories, CategoryRow{Category: c.Name, Units: c.Units,
			Websites: tally(c.Websites, r.WebsiteDecimals, ""), Accounts: tally(c.Accounts, r.AccountDecimals, "")})
	}
	for _, p := range r.Platforms {
		rv.Platforms = append(rv.Platforms, PlatformRow{Platform: p.Name, Accounts: p.Running, Tally: tally(p.Tally, r.AccountDecimals, "")})
	}
	for n, w := range r.FailedWebsites {
		u := w.Unit
		rv.FailedSites = append(rv.FailedSites, FailedWebsite{No: n + 1, Name: w.Name, Code: w.Code, URL: w.URL,
			Unit: u, UnitSlug: slugs[u], Problems: w.Problems, Rectification: w.Rectification, Score: w.Score, Rank: w.Rank})
	}
	for n, a := range r.FailedAccounts {
		u := a.Unit
		region := ""
		if uf, ok := f.Unit(u); ok {
			region = uf.Unit.Region
		}
		rv.FailedAccounts = append(rv.FailedAccounts, FailedAccount{No: n + 1, Platform: model.PlatformLabel(a.Platform, a.SubType),
			Name: a.Name, FilingNo: a.FilingNo, Problems: a.Problems, Unit: u, UnitSlug: slugs[u], Region: region,
			Rectification: a.Rectification, Score: a.Score, Rank: a.Rank})
	}
	groupViews(&rv, f, i, slugs)
	if len(r.Platforms) > 0 {
		rv.Charts = append(rv.Charts, charts.RoundPlatforms(r))
	}
	if len(r.Categories) > 0 {
		rv.Charts = append(rv.Charts, charts.CategoryRates(r))
	}
	rv.Charts = append(rv.Charts, groupCharts(r)...)
	rv.NotedSites, rv.NotedAccounts = notedRows(&r, slugs)
	rv.Across = roundAcross(f, i, slugs)
	rv.OtherMetrics = []MetricRow{}
	for _, m := range r.Round.Summary {
		if !model.IsKnownMetric(m.Name) {
			rv.OtherMetrics = append(rv.OtherMetrics, MetricRow{Name: m.Name, Value: m.Value, Note: m.Note})
		}
	}
	rv.Charts = append(rv.Charts, charts.Across(r)...)
	if i > 0 {
		p := f.Rounds[i-1].Round
		rv.Prev = &RoundLink{Slug: RoundSlug(p.ID), Title: p.Meta.Title}
	}
	if i+1 < len(f.Rounds) {
		n := f.Rounds[i+1].Round
		rv.Next = &RoundLink{Slug: RoundSlug(n.ID), Title: n.Meta.Title}
	}
	return rv
}

func unitView(f *figures.Figures, u *figures.Unit, slug string) UnitView {
	sum := UnitSummary{Name: u.Unit.Name, Slug: slug, Category: u.Category, Region: u.Unit.Region,
		Websites: u.LatestWebsites, Accounts: u.LatestAccounts, LatestFailed: u.LatestFailed, Listed: u.Unit.Listed}
	switch {
	case u.LatestRound < 0 || u.LatestChecked == 0:
		sum.LatestStatus = "未检查"
	case u.LatestFailed > 0:
		sum.LatestStatus = "有问题"
	default:
		sum.LatestStatus = "全部合格"
	}
	uv := UnitView{UnitSummary: sum, CreditCode: u.Unit.CreditCode, Aliases: u.Unit.Aliases,
		Rounds: []RoundLink{}, Websites: []Checked{}, Accounts: []Checked{}, Failures: []FailureRow{}}
	for _, r := range f.Rounds {
		uv.Rounds = append(uv.Rounds, RoundLink{Slug: RoundSlug(r.Round.ID), Title: charts.Label(r), Partial: r.FailuresOnly()})
	}
	results := func(cells []figures.Cell) []string {
		out := make([]string, len(cells))
		for i, c := range cells {
			if c.Listed {
				out[i] = c.Result.String()
			}
		}
		return out
	}
	// scores gives each round's 得分, or nil when no round states one.
	scores := func(cells []figures.Cell) []string {
		var out []string
		for i, c := range cells {
			if c.Score != "" {
				if out == nil {
					out = make([]string, len(cells))
				}
				out[i] = c.Score
			}
		}
		return out
	}
	for _, t := range u.Websites {
		uv.Websites = append(uv.Websites, Checked{Name: t.Name, Code: t.Code, URL: t.URL, Results: results(t.Cells), Scores: scores(t.Cells)})
	}
	for _, t := range u.Accounts {
		uv.Accounts = append(uv.Accounts, Checked{Name: t.Name, Platform: model.PlatformLabel(t.Platform, t.SubType), Code: t.Code,
			Status: t.Status, Results: results(t.Cells), Scores: scores(t.Cells)})
	}
	for _, fl := range u.Failures {
		uv.Failures = append(uv.Failures, failureRow(f, fl))
	}
	uv.Noted = []FailureRow{}
	for _, fl := range u.Noted {
		uv.Noted = append(uv.Noted, failureRow(f, fl))
	}
	return uv
}

// WriteData writes the views as JSON under work/data/zwgk/, where the
// templates read them as hugo.Data.zwgk.site, .rounds.<slug> and
// .units.<slug>: site.json, and rounds.json and units.json, each an object
// of the views by slug. One file per kind, not one per page: with 30,000
// units, writing, loading and deleting a file per unit tripled the time of
// the whole build (docs/performance.md). Large tables go to work/html/
// instead (htmlFiles); work is Hugo's working folder.
func (v *Views) WriteData(work string) error {
	base := filepath.Join(work, "data", "zwgk")
	if err := os.MkdirAll(base, 0o755); err != nil {
		return err
	}
	h := &htmlFiles{dir: work}
	if err := os.MkdirAll(filepath.Join(work, htmlDir), 0o755); err != nil {
		return err
	}
	v.setHTMLFiles(h)
	defer v.setHTMLFiles(nil)
	if err := writeJSON(filepath.Join(base, "site.json"), v.Site); err != nil {
		return err
	}
	if err := writeBySlug(filepath.Join(base, "rounds.json"), v.Rounds, func(r RoundView) string { return r.Slug }); err != nil {
		return err
	}
	if err := writeBySlug(filepath.Join(base, "checklists.json"), v.Checklists, func(c ChecklistPage) string { return c.Slug }); err != nil {
		return err
	}
	if err := writeBySlug(filepath.Join(base, "table_pages.json"), v.TablePages, func(p TablePage) string { return p.Path }); err != nil {
		return err
	}
	if err := writeBySlug(filepath.Join(base, "units.json"), v.Units, func(u UnitView) string { return u.Slug }); err != nil {
		return err
	}
	return h.err
}

// htmlFiles keeps large tables' HTML out of the data Hugo reads. Hugo
// decodes every data file into strings and maps before it renders a page,
// and at province scale 156 MB of the 166 MB it decoded was tables' HTML,
// most of it the 核查清单's. A table of spillSize bytes or more is written
// to a file of its own, html/<n>.html in Hugo's working folder, and the
// data carries that path, which layouts/_partials/table.html reads with
// os.ReadFile. A nil *htmlFiles keeps all HTML in the data.
type htmlFiles struct {
	dir string // Hugo's working folder
	n   int
	err error // the first file that could not be written
}

// htmlDir is where htmlFiles go in Hugo's working folder, and how the
// paths the data carries begin.
const htmlDir = "html"

// spillSize is the size from which a table's HTML goes to a file. Small
// tables stay in the data: a file each for the tables of 30,000 unit
// pages cost more time creating files than it saved decoding
// (docs/performance.md).
const spillSize = 32 << 10

// keep returns what the data carries for a table's HTML: the HTML, or the
// path of the file it was written to.
func (h *htmlFiles) keep(html []byte) []byte {
	if h == nil || len(html) < spillSize || h.err != nil {
		return html
	}
	h.n++
	name := htmlDir + "/" + strconv.Itoa(h.n) + ".html"
	if h.err = os.WriteFile(filepath.Join(h.dir, filepath.FromSlash(name)), html, 0o644); h.err != nil {
		return html
	}
	return []byte(name)
}

func (h *htmlFiles) keepString(html string) string {
	if h == nil || len(html) < spillSize {
		return html
	}
	return string(h.keep([]byte(html)))
}

// setHTMLFiles points every view that marshals tables at h.
func (v *Views) setHTMLFiles(h *htmlFiles) {
	for i := range v.Rounds {
		v.Rounds[i].html = h
	}
	for i := range v.Units {
		v.Units[i].html = h
	}
	for i := range v.Checklists {
		v.Checklists[i].Table.html = h
	}
	for i := range v.TablePages {
		v.TablePages[i].Table.html = h
	}
}

// spill moves the round page's large tables out of the data (htmlFiles).
// A table missing here stays in the data, which is slower but the same
// page.
func (t *RoundTables) spill(h *htmlFiles) {
	for _, s := range []*string{&t.FailedWebsites, &t.FailedAccounts, &t.NotedWebsites, &t.NotedAccounts, &t.Recheck, &t.Repeats,
		&t.ErrorReports, &t.ChangesPlatforms, &t.ChangesUnits, &t.OtherMetrics, &t.Ranking} {
		*s = h.keepString(*s)
	}
	for i := range t.Letters {
		t.Letters[i].HTML = h.keepString(t.Letters[i].HTML)
	}
}

// writeBySlug writes views as one JSON object keyed by slug, a view at a
// time, so that the whole file is never held in memory twice.
func writeBySlug[V any](path string, views []V, slug func(V) string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteByte('{')
	for i, v := range views {
		if i > 0 {
			w.WriteByte(',')
		}
		key, err := json.Marshal(slug(v))
		if err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", path, err)
		}
		val, err := marshalHTML(v)
		if err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", path, err)
		}
		w.Write(key)
		w.WriteByte(':')
		w.Write(val)
	}
	w.WriteString("}\n")
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// marshalHTML is json.Marshal without escaping <, > and & as \u003c …:
// the views carry their tables as HTML (table.go), and escaping every tag
// of them, then having Hugo unescape it, was a large share of writing and
// reading the data at province scale. Hugo decodes both forms to the same
// strings, so the pages do not change.
func marshalHTML(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

func writeJSON(path string, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", " ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}
