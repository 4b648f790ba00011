package cli

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/zwgk/zwgk/internal/figures/figurestest"
	"github.com/zwgk/zwgk/internal/site"
)

var screenshots = flag.Bool("screenshots", false, "browser test: write docs/screenshot-*.png")

// axePath is axe-core as ./test.sh installs it (npm ci in tools/browser).
const axePath = "../../tools/browser/node_modules/axe-core/axe.min.js"

// Weight limits, in bytes transferred with gzip: the home page with ECharts,
// and every other page.
const (
	homeWeightLimit  = 300 << 10
	otherWeightLimit = 300 << 10
)

// browserTools finds Chromium and axe-core. Without them the browser test
// is skipped, so `go test ./...` passes on a laptop without Chromium;
// ./test.sh (the README's and CI's test command) installs both and sets
// ZWGK_REQUIRE_BROWSER, which turns the skip into a failure.
func browserTools(t *testing.T) (chromium, axe string) {
	t.Helper()
	missing := func(what string) {
		if os.Getenv("ZWGK_REQUIRE_BROWSER") != "" {
			t.Fatalf("browser test: %s missing (ZWGK_REQUIRE_BROWSER is set)", what)
		}
		t.Skipf("browser test skipped: %s missing; ./test.sh installs it", what)
	}
	chromium = os.Getenv("ZWGK_CHROMIUM")
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if chromium != "" {
			break
		}
		chromium, _ = exec.LookPath(name)
	}
	if chromium == "" {
		missing("Chromium (apt-get install chromium, or set ZWGK_CHROMIUM)")
	}
	if _, err := os.Stat(axePath); err != nil {
		missing("axe-core (npm ci --prefix tools/browser)")
	}
	return chromium, axePath
}

// cspWatch runs in every page before its own scripts and keeps the
// Content-Security-Policy violations the page reports.
const cspWatch = `window.__csp = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '') + ':' + (e.lineNumber || ''));
});`

type viewport struct {
	name          string
	width, height int
	mobile        bool
}

var (
	desktop = viewport{"", 1280, 900, false}
	phone   = viewport{"-mobile", 360, 740, true}
)

// browse opens the home page, a round, a unit, the units index and a search
// in headless Chromium at 1280 and 360 px, under the portal's CSP, and
// checks each: axe-core finds no violation; every request goes to the
// site's own host and succeeds; no CSP violation, script error or console
// error; at 360 px the page does not scroll sideways. Then keyboard use,
// the 适老化 mode, a chart's tooltip and printing, and the weight of the
// pages.
func browse(t *testing.T, out, local string) {
	chromium, axeFile := browserTools(t)
	axe, err := os.ReadFile(axeFile)
	if err != nil {
		t.Fatal(err)
	}
	b, err := startBrowser(chromium, t.TempDir())
	if err != nil {
		t.Fatalf("starting %s: %v", chromium, err)
	}
	defer b.close()
	p := &tab{t: t, b: b, local: local, axe: string(axe)}
	if p.session, err = b.newPage(); err != nil {
		t.Fatal(err)
	}
	if err := b.call(p.session, "Page.addScriptToEvaluateOnNewDocument", map[string]any{"source": cspWatch}, nil); err != nil {
		t.Fatal(err)
	}

	_, f := figurestest.Compute(t, "../../rounds")
	v := site.MakeViews(f, true)
	unit, unitView := "", site.UnitView{}
	for _, u := range v.Units {
		if len(u.Websites) > 0 && len(u.Accounts) > 0 && len(u.Failures) > 0 {
			unit, unitView = u.Slug, u
			break
		}
	}
	// axe-core takes over a minute on a loaded machine for a 核查清单 of
	// 1,000 rows: the checks run on the shortest one (same template), the
	// filters on the latest round's.
	short := v.Rounds[0]
	for _, r := range v.Rounds {
		if r.Checklist != nil && r.Checklist.Entries > 0 && r.Checklist.Entries < short.Checklist.Entries {
			short = r
		}
	}
	pages := []struct{ name, path, shot string }{
		{"home", "", "home"},
		{"round", "rounds/" + v.Site.Latest + "/", "round"},
		{"unit", "units/" + unit + "/", "unit"},
		{"units index", "units/", ""},
		{"search", "search/?q=" + url.QueryEscape("教育"), ""},
		{"checklist", "checklists/" + short.Checklist.Slug + "/", ""},
	}
	weights := map[string]pageWeight{}
	for _, pg := range pages {
		for _, vp := range []viewport{desktop, phone} {
			t.Run(pg.name+vp.name, func(t *testing.T) {
				p.t = t
				requests := p.open(pg.path, vp)
				if pg.name == "search" {
					p.waitFor(`document.querySelectorAll('#search-results li').length > 0`)
				}
				p.checkAxe()
				p.checkStructure()
				if vp.mobile {
					p.checkNoSideScroll()
					p.checkPhone(pg.name, unitView)
				}
				p.checkQuiet()
				if vp == desktop {
					weights[pg.name] = measure(t, out, local, requests)
				}
				if *screenshots && pg.shot != "" {
					p.screenshot(filepath.Join("..", "..", "docs", "screenshot-"+pg.shot+vp.name+".png"))
				}
			})
		}
	}

	t.Run("weight", func(t *testing.T) {
		var names []string
		for n := range weights {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			w := weights[n]
			t.Logf("%-12s %7d bytes gzip: %s", n, w.total, w.String())
			limit := otherWeightLimit
			if n == "home" {
				limit = homeWeightLimit
			}
			if w.total > limit {
				t.Errorf("%s transfers %d bytes gzip, over %d", n, w.total, limit)
			}
		}
	})

	t.Run("keyboard", func(t *testing.T) {
		p.t = t
		p.open("", desktop)
		p.key("Tab")
		var skip struct {
			Class string
			Top   float64
			Ring  bool
		}
		p.eval(`(function () { var e = document.activeElement, s = getComputedStyle(e);
			return { Class: e.className, Top: e.getBoundingClientRect().top,
				Ring: s.outlineStyle !== 'none' || s.boxShadow !== 'none' || s.backgroundColor !== 'rgba(0, 0, 0, 0)' }; })()`, &skip)
		if skip.Class != "skip-link" || skip.Top < 0 || !skip.Ring {
			t.Errorf("the first Tab should show the skip link with a visible focus; got %+v", skip)
		}
		p.key("Enter")
		var id string
		p.eval(`document.activeElement.id`, &id)
		if id != "main" {
			t.Errorf("the skip link should move focus to main, focus is on #%s", id)
		}
		// Every control reached by Tab shows where the focus is.
		var unseen []string
		for i := 0; i < 25; i++ {
			p.key("Tab")
			var f struct {
				Tag, Text string
				Visible   bool
			}
			p.eval(`(function () { var e = document.activeElement, s = getComputedStyle(e);
				return { Tag: e.tagName, Text: (e.textContent || e.id || '').trim().slice(0, 20),
					Visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none' }; })()`, &f)
			if f.Tag == "BODY" {
				break
			}
			if !f.Visible {
				unseen = append(unseen, f.Tag+" "+f.Text)
			}
		}
		if len(unseen) > 0 {
			t.Errorf("focus not visible on: %s", strings.Join(unseen, "; "))
		}
	})

	t.Run("适老化 mode", func(t *testing.T) {
		p.t = t
		p.open("", desktop)
		p.eval(`document.getElementById('elder-toggle').focus()`, nil)
		p.key("Enter")
		var on struct {
			Class, Pressed string
			Size           float64
		}
		read := `({ Class: document.documentElement.className, Pressed: document.getElementById('elder-toggle').getAttribute('aria-pressed'),
			Size: parseFloat(getComputedStyle(document.body).fontSize) })`
		p.eval(read, &on)
		if !strings.Contains(on.Class, "elder") || on.Pressed != "true" || on.Size < 19 {
			t.Fatalf("the toggle should switch the mode on (class elder, aria-pressed, larger text); got %+v", on)
		}
		var label string
		p.eval(`document.getElementById('elder-toggle').textContent`, &label)
		if label != "退出适老化模式" {
			t.Errorf("with the mode on, the toggle reads %q, want 退出适老化模式", label)
		}
		// Chart text grows with the mode: 13 px axis labels become 17.
		if sizes := p.chartTextSizes(); len(sizes) == 0 || sizes[0] < 17 {
			t.Errorf("in 适老化 mode the charts' axis labels are %v px, want 17 or more", sizes)
		}
		for _, pg := range pages[:4] {
			for _, vp := range []viewport{desktop, phone} {
				p.open(pg.path, vp)
				p.eval(read, &on)
				if !strings.Contains(on.Class, "elder") {
					t.Errorf("%s: the mode is not remembered", pg.name)
				}
				p.checkAxe()
				if vp.mobile {
					p.checkNoSideScroll()
					p.checkHeaderOneLine()
				}
				p.checkQuiet()
			}
		}
		p.eval(`document.getElementById('elder-toggle').click()`, nil)
		p.eval(`document.getElementById('elder-toggle').textContent`, &label)
		if label != "适老化模式" {
			t.Errorf("with the mode off, the toggle reads %q, want 适老化模式", label)
		}
		p.open("", desktop)
		p.eval(read, &on)
		if strings.Contains(on.Class, "elder") {
			t.Error("switching the mode off is not remembered")
		}
	})

	t.Run("unit table downloads", func(t *testing.T) {
		p.t = t
		dir := t.TempDir()
		if err := b.call("", "Browser.setDownloadBehavior", map[string]any{"behavior": "allowAndName", "downloadPath": dir, "eventsEnabled": true}, nil); err != nil {
			t.Fatal(err)
		}
		p.open("units/"+unit+"/", desktop)
		for i, format := range []string{"csv", "json"} {
			mark := b.mark("")
			p.eval(fmt.Sprintf(`document.querySelectorAll('.table-wrap[data-export$="-websites"] + .downloads button')[%d].click()`, i), nil)
			name, raw := p.download(dir, mark)
			if name != unit+"-websites."+format {
				t.Errorf("download named %q", name)
			}
			var head string
			if format == "csv" {
				if !bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")) {
					t.Error("CSV lacks the byte-order mark")
				}
				head, _, _ = strings.Cut(strings.TrimPrefix(string(raw), "\ufeff"), ",")
			} else {
				var data struct {
					Columns []string
					Rows    [][]string
				}
				if err := json.Unmarshal(raw, &data); err != nil || len(data.Columns) == 0 || len(data.Rows) == 0 {
					t.Fatalf("JSON download: %v %s", err, raw)
				}
				head = data.Columns[0]
				// The first website as the page shows it: name and address,
				// code, then a result per round, newest first, “未列入” where
				// it has none.
				w := unitView.Websites[0]
				want := []string{strings.TrimSpace(w.Name + " " + w.URL), w.Code}
				// Newest round first, as the page shows it.
				for i := len(w.Results) - 1; i >= 0; i-- {
					r := w.Results[i]
					if r != "" && i < len(w.Scores) && w.Scores[i] != "" {
						r += " " + w.Scores[i] + "分" // the 得分 under the result
					}
					want = append(want, map[bool]string{true: "未列入", false: r}[r == ""])
				}
				if strings.Join(data.Rows[0], "|") != strings.Join(want, "|") {
					t.Errorf("JSON download's first row is\n%q, want\n%q", data.Rows[0], want)
				}
			}
			if head != "网站名称" {
				t.Errorf("%s download's first column is %q", format, head)
			}
		}
		p.checkQuiet()
	})

	t.Run("核查清单 filters", func(t *testing.T) {
		p.t = t
		p.open("checklists/"+v.Site.Latest+"/", desktop)
		type state struct {
			Shown, All int
			Hash       string
			Status     string
			FormHidden bool
		}
		read := `(function () { var rows = document.querySelectorAll('#checklist tbody tr'), n = 0;
			rows.forEach(function (r) { if (!r.hidden && r.getBoundingClientRect().height > 0) { n++; } });
			return { Shown: n, All: rows.length, Hash: decodeURIComponent(location.hash),
				Status: document.getElementById('checklist-status').textContent,
				FormHidden: document.getElementById('checklist-filters').hidden }; })()`
		var s state
		p.eval(read, &s)
		if s.FormHidden || s.Shown != s.All || s.All == 0 {
			t.Fatalf("unfiltered: %+v", s)
		}
		// Choose 不合格 with the keyboard: focus the result filter, pick
		// the option, as a change event from the select.
		p.eval(`(function () { var sel = document.getElementById('f-result'); sel.focus(); sel.value = '不合格';
			sel.dispatchEvent(new Event('change', { bubbles: true })); })()`, nil)
		p.eval(read, &s)
		failed := 0
		p.eval(`document.querySelectorAll('#checklist tbody tr[data-result="不合格"]').length`, &failed)
		if s.Shown != failed || failed == 0 || s.Hash != "#result=不合格" || !strings.Contains(s.Status, fmt.Sprintf("本页显示 %d 条", failed)) {
			t.Errorf("filtered by 不合格: %+v, want %d rows shown and #result=不合格", s, failed)
		}
		// The filtered view can be linked: opening its address filters again
		// (from another page: a navigation that changes only the hash
		// fires no load event).
		p.open("", desktop)
		p.open("checklists/"+v.Site.Latest+"/#category="+url.QueryEscape("区县政府")+"&result="+url.QueryEscape("不合格"), desktop)
		p.eval(read, &s)
		want := 0
		p.eval(`document.querySelectorAll('#checklist tbody tr[data-result="不合格"][data-category="区县政府"]').length`, &want)
		var sel struct{ Category, Result string }
		p.eval(`({ Category: document.getElementById('f-category').value, Result: document.getElementById('f-result').value })`, &sel)
		if s.Shown != want || sel.Category != "区县政府" || sel.Result != "不合格" {
			t.Errorf("linked view: %+v, selects %+v, want %d rows", s, sel, want)
		}
		p.checkQuiet()
	})

	t.Run("chart tooltip under CSP", func(t *testing.T) {
		p.t = t
		p.open("", desktop)
		var shown int
		p.eval(`(function () { var n = 0; document.querySelectorAll('.chart-canvas--drawn').forEach(function (el) {
			var c = echarts.getInstanceByDom(el); if (c) { c.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 0 }); n++; } });
			return new Promise(function (r) { setTimeout(function () { r(n); }, 300); }); })()`, &shown)
		if shown == 0 {
			t.Error("no chart was drawn on the home page")
		}
		p.checkQuiet()
	})

	t.Run("print", func(t *testing.T) {
		p.t = t
		// A4 less the @page margins of site.css is 180 mm, 680 CSS pixels.
		p.open("rounds/"+v.Site.Latest+"/", viewport{"", 680, 960, false})
		if err := b.call(p.session, "Emulation.setEmulatedMedia", map[string]any{"media": "print"}, nil); err != nil {
			t.Fatal(err)
		}
		var pr struct {
			Wide   int
			Hidden bool
		}
		p.eval(`({ Wide: document.documentElement.scrollWidth,
			Hidden: ['.site-nav', '.header-tools', '.toc', '.downloads'].every(function (s) {
				var e = document.querySelector(s); return !e || getComputedStyle(e).display === 'none'; }) })`, &pr)
		if pr.Wide > 680 {
			var wide []string
			p.eval(`Array.prototype.filter.call(document.querySelectorAll('body *'), function (e) {
				return e.getBoundingClientRect().right > 681; }).slice(0, 12).map(function (e) {
				return e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right); })`, &wide)
			t.Errorf("printed, the round page is %d px wide, wider than A4's 680: %v", pr.Wide, wide)
		}
		if !pr.Hidden {
			t.Error("printed, the round page shows navigation, search or download links")
		}
		// What the printout must hold: the last row of every table in a
		// closed <details> (单位排名, 留言办理), and how long the page is
		// laid out for print, which bounds its number of A4 pages.
		var doc struct {
			Hidden []string
			Closed int
			Height float64
			Footer string
		}
		p.eval(`({ Hidden: Array.prototype.map.call(document.querySelectorAll('details:not([open]) table'), function (t) {
				var rows = t.querySelectorAll('tbody tr'), r = rows[rows.length - 1];
				return (r.querySelector('th') || r.cells[r.cells.length > 1 ? 1 : 0]).textContent.trim(); }),
			Closed: document.querySelectorAll('details:not([open])').length,
			Height: document.documentElement.scrollHeight,
			Footer: document.querySelector('footer').innerText })`, &doc)
		var pdf struct{ Data string }
		if err := b.call(p.session, "Page.printToPDF", map[string]any{"preferCSSPageSize": true}, &pdf); err != nil {
			t.Fatal(err)
		}
		raw, _ := base64.StdEncoding.DecodeString(pdf.Data)
		// 595 × 842 points is A4.
		if !bytes.Contains(raw, []byte("/MediaBox [0 0 595")) && !bytes.Contains(raw, []byte("/MediaBox [0 0 594")) {
			t.Error("the round page does not print on A4")
		}
		var closed int
		p.eval(`document.querySelectorAll('details:not([open])').length`, &closed)
		if closed != doc.Closed {
			t.Errorf("after printing, %d <details> are closed, %d before", closed, doc.Closed)
		}
		pages := pdfPages(t, raw)
		if len(pages) == 0 {
			return
		}
		// A page holds 261 mm (A4 less the margins), 986 CSS pixels; rows
		// and figures kept whole leave some of each page empty.
		limit := int(doc.Height*1.2/986) + 1
		t.Logf("printed: %d pages (limit %d for %.0f px laid out)", len(pages), limit, doc.Height)
		if len(pages) > limit {
			t.Errorf("the round page prints on %d pages, more than %d for its %.0f px of content", len(pages), limit, doc.Height)
		}
		all := strings.Join(pages, "")
		squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }
		for _, name := range doc.Hidden {
			if !strings.Contains(squeeze(all), squeeze(name)) {
				t.Errorf("the printout lacks %q, the last row of a table collapsed on screen", name)
			}
		}
		last := squeeze(pages[len(pages)-1])
		if len([]rune(last)) <= len([]rune(squeeze(doc.Footer)))+20 {
			t.Errorf("the last printed page holds only the footer: %q", pages[len(pages)-1])
		}
		b.call(p.session, "Emulation.setEmulatedMedia", map[string]any{"media": ""}, nil)
	})
}

// tab drives one browser tab.
type tab struct {
	t       *testing.T
	b       *cdpBrowser
	session string
	local   string
	axe     string
	mark    int // events before the current page was opened
}

// open loads the page at path (relative to the site) at the viewport, waits
// for it to settle and returns the addresses it requested.
func (p *tab) open(path string, vp viewport) []string {
	p.t.Helper()
	err := p.b.call(p.session, "Emulation.setDeviceMetricsOverride", map[string]any{
		"width": vp.width, "height": vp.height, "deviceScaleFactor": 1, "mobile": vp.mobile}, nil)
	if err != nil {
		p.t.Fatal(err)
	}
	p.mark = p.b.mark(p.session)
	if err := p.b.call(p.session, "Page.navigate", map[string]any{"url": p.local + path}, nil); err != nil {
		p.t.Fatal(err)
	}
	if err := p.b.waitEvent(p.session, "Page.loadEventFired", p.mark, 30*time.Second); err != nil {
		p.t.Fatalf("%s: %v", path, err)
	}
	p.eval(`new Promise(function (r) { setTimeout(r, 250); })`, nil)
	var urls []string
	for _, e := range p.b.eventsSince(p.session, p.mark) {
		if e.Method == "Network.requestWillBeSent" {
			var r struct{ Request struct{ URL string } }
			json.Unmarshal(e.Params, &r)
			urls = append(urls, r.Request.URL)
		}
	}
	return urls
}

// download waits for the download started after mark to complete and
// returns its suggested name and its bytes.
func (p *tab) download(dir string, mark int) (string, []byte) {
	p.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	name := ""
	for time.Now().Before(deadline) {
		for _, e := range p.b.eventsSince("", mark) {
			var d struct{ GUID, SuggestedFilename, State string }
			json.Unmarshal(e.Params, &d)
			switch {
			case e.Method == "Browser.downloadWillBegin":
				name = d.SuggestedFilename
			case e.Method == "Browser.downloadProgress" && d.State == "completed":
				raw, err := os.ReadFile(filepath.Join(dir, d.GUID))
				if err != nil {
					p.t.Fatal(err)
				}
				return name, raw
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	p.t.Fatal("no download completed")
	return "", nil
}

func (p *tab) eval(expr string, result any) {
	p.t.Helper()
	if err := p.b.eval(p.session, expr, result); err != nil {
		p.t.Fatal(err)
	}
}

// waitFor waits up to 10 s for a JavaScript condition.
func (p *tab) waitFor(cond string) {
	p.t.Helper()
	var ok bool
	p.eval(`new Promise(function (r) { var n = 0; (function poll() {
		if (`+cond+`) { r(true); } else if (++n > 100) { r(false); } else { setTimeout(poll, 100); } })(); })`, &ok)
	if !ok {
		p.t.Fatalf("timed out waiting for %s", cond)
	}
}

func (p *tab) key(name string) {
	p.t.Helper()
	codes := map[string]int{"Tab": 9, "Enter": 13}
	for _, typ := range []string{"keyDown", "keyUp"} {
		ev := map[string]any{"type": typ, "key": name, "code": name, "windowsVirtualKeyCode": codes[name]}
		if name == "Enter" && typ == "keyDown" {
			ev["text"] = "\r"
		}
		if err := p.b.call(p.session, "Input.dispatchKeyEvent", ev, nil); err != nil {
			p.t.Fatal(err)
		}
	}
	p.eval(`new Promise(function (r) { setTimeout(r, 50); })`, nil)
}

// checkAxe runs axe-core's rules (WCAG 2.1 A and AA, and its best
// practices) on the page and reports every violation.
func (p *tab) checkAxe() {
	p.t.Helper()
	p.eval(p.axe+";true", nil)
	var violations []struct {
		ID, Impact, Help string
		Nodes            []string
	}
	p.eval(`axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
		return r.violations.map(function (v) { return { ID: v.id, Impact: v.impact, Help: v.help,
			Nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' ') + ' — ' + n.failureSummary; }) }; }); })`, &violations)
	for _, v := range violations {
		p.t.Errorf("axe %s (%s): %s\n\t%s", v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "\n\t"))
	}
}

// checkStructure checks what axe-core leaves to the page: the language,
// exactly one h1, and a caption and header cells on every table.
func (p *tab) checkStructure() {
	p.t.Helper()
	var s struct {
		Lang     string
		H1       int
		Bare     []string
		Headless []string
	}
	p.eval(`(function () {
		var bare = [], headless = [];
		document.querySelectorAll('table').forEach(function (t) {
			var c = t.querySelector('caption');
			if (!c || !c.textContent.trim()) { bare.push(t.outerHTML.slice(0, 80)); }
			if (!t.querySelector('th[scope]')) { headless.push(c ? c.textContent : t.outerHTML.slice(0, 80)); }
		});
		return { Lang: document.documentElement.lang, H1: document.querySelectorAll('h1').length, Bare: bare, Headless: headless };
	})()`, &s)
	if s.Lang != "zh-CN" {
		p.t.Errorf("lang is %q, want zh-CN", s.Lang)
	}
	if s.H1 != 1 {
		p.t.Errorf("the page has %d h1", s.H1)
	}
	for _, b := range s.Bare {
		p.t.Errorf("table without caption: %s", b)
	}
	for _, h := range s.Headless {
		p.t.Errorf("table without scoped header cells: %s", h)
	}
}

func (p *tab) checkNoSideScroll() {
	p.t.Helper()
	var w struct{ Scroll, Inner int }
	p.eval(`({ Scroll: document.documentElement.scrollWidth, Inner: window.innerWidth })`, &w)
	if w.Scroll > w.Inner {
		var wide []string
		p.eval(`Array.prototype.filter.call(document.querySelectorAll('body *'), function (e) {
			var r = e.getBoundingClientRect(); return r.right > window.innerWidth + 1 && !e.closest('.table-wrap');
		}).slice(0, 8).map(function (e) { return e.tagName + '.' + e.className; })`, &wide)
		p.t.Errorf("the page scrolls sideways: %d px wide in a %d px window; too wide: %v", w.Scroll, w.Inner, wide)
	}
}

// checkQuiet fails on every request to another host, failed request, CSP
// violation, script error and console error since the page was opened.
func (p *tab) checkQuiet() {
	p.t.Helper()
	for _, e := range p.b.eventsSince(p.session, p.mark) {
		switch e.Method {
		case "Network.requestWillBeSent":
			var r struct{ Request struct{ URL string } }
			json.Unmarshal(e.Params, &r)
			if !strings.HasPrefix(r.Request.URL, strings.TrimSuffix(p.local, "zwgk/jcqk/")) {
				p.t.Errorf("request to another host: %s", r.Request.URL)
			}
		case "Network.loadingFailed":
			var r struct{ ErrorText, BlockedReason string }
			json.Unmarshal(e.Params, &r)
			if r.ErrorText != "net::ERR_ABORTED" || r.BlockedReason != "" {
				p.t.Errorf("request failed: %s %s", r.ErrorText, r.BlockedReason)
			}
		case "Network.responseReceived":
			var r struct {
				Response struct {
					URL    string
					Status int
				}
			}
			json.Unmarshal(e.Params, &r)
			if r.Response.Status >= 400 {
				p.t.Errorf("%s: %d", r.Response.URL, r.Response.Status)
			}
		case "Runtime.exceptionThrown":
			p.t.Errorf("script error: %s", e.Params)
		case "Runtime.consoleAPICalled":
			var r struct{ Type string }
			json.Unmarshal(e.Params, &r)
			if r.Type == "error" || r.Type == "assert" {
				p.t.Errorf("console %s: %s", r.Type, e.Params)
			}
		case "Log.entryAdded":
			var r struct {
				Entry struct{ Level, Source, Text, URL string }
			}
			json.Unmarshal(e.Params, &r)
			if r.Entry.Level == "error" || strings.Contains(r.Entry.Text, "Content Security Policy") {
				p.t.Errorf("console (%s): %s %s", r.Entry.Source, r.Entry.Text, r.Entry.URL)
			}
		}
	}
	var violations []string
	p.eval(`window.__csp || []`, &violations)
	for _, v := range violations {
		p.t.Errorf("Content-Security-Policy violation: %s", v)
	}
}

func (p *tab) screenshot(path string) {
	p.t.Helper()
	var shot struct{ Data string }
	if err := p.b.call(p.session, "Page.captureScreenshot", map[string]any{"format": "png"}, &shot); err != nil {
		p.t.Fatal(err)
	}
	raw, err := base64.StdEncoding.DecodeString(shot.Data)
	if err != nil {
		p.t.Fatal(err)
	}
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		p.t.Fatal(err)
	}
}

// pageWeight is what a page transfers, gzip-compressed as a portal's web
// server sends it, by kind of file.
type pageWeight struct {
	total int
	parts map[string]int
}

func (w pageWeight) String() string {
	var keys []string
	for k := range w.parts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var s []string
	for _, k := range keys {
		s = append(s, fmt.Sprintf("%s %d", k, w.parts[k]))
	}
	return strings.Join(s, ", ")
}

// measure adds up the gzip size of each file a page requested.
func measure(t *testing.T, out, local string, requests []string) pageWeight {
	w := pageWeight{parts: map[string]int{}}
	seen := map[string]bool{}
	for _, u := range requests {
		rel, ok := strings.CutPrefix(u, local)
		if !ok || seen[u] {
			continue
		}
		seen[u] = true
		rel, _, _ = strings.Cut(rel, "?")
		if rel == "" || strings.HasSuffix(rel, "/") {
			rel += "index.html"
		}
		raw, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(rel)))
		if err != nil {
			t.Errorf("requested %s: %v", u, err)
			continue
		}
		var z bytes.Buffer
		zw := gzip.NewWriter(&z)
		zw.Write(raw)
		zw.Close()
		kind := filepath.Base(rel)
		if strings.HasPrefix(rel, "search-index/") {
			kind = "search index"
		}
		w.parts[kind] += z.Len()
		w.total += z.Len()
	}
	return w
}
