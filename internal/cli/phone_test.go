package cli

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/site"
)

// inViewJS finds, in every table with a column head reading head, the
// first row's cell of that column, scrolls the page (not the table) to it
// and reports where it is: a cell a reader must scroll sideways to see
// lies past the window's right edge or inside a table scrolled away.
const inViewJS = `(function (head) {
	var found = [];
	document.querySelectorAll('table').forEach(function (t) {
		var heads = t.querySelectorAll('thead tr:last-child th');
		var col = -1;
		heads.forEach(function (th, i) { if (th.textContent.replace(/\*.*$/, '').trim() === head) { col = i; } });
		var row = t.querySelector('tbody tr');
		if (col < 0 || !row || !row.children[col]) { return; }
		var cell = row.children[col];
		window.scrollTo(0, cell.getBoundingClientRect().top + window.scrollY - 100);
		var r = cell.getBoundingClientRect();
		var wrap = cell.closest('.table-wrap');
		found.push({ Caption: (t.querySelector('caption') || {}).textContent || '', Left: r.left, Right: r.right,
			Width: r.width, Inner: window.innerWidth, Scrolled: wrap ? wrap.scrollLeft : 0 });
	});
	window.scrollTo(0, 0);
	return found;
})`

type cellPlace struct {
	Caption                   string
	Left, Right, Width, Inner float64
	Scrolled                  float64
}

// checkInView checks that the first row's cell under head is within the
// window's width in each table that has the column, and that there is one.
func (p *tab) checkInView(head string) {
	p.t.Helper()
	var cells []cellPlace
	p.eval(inViewJS+"("+jsString(head)+")", &cells)
	if len(cells) == 0 {
		p.t.Errorf("at 360 px: no table with a column %s", head)
	}
	for _, c := range cells {
		if c.Width <= 0 || c.Left < 0 || c.Right > c.Inner+1 || c.Scrolled != 0 {
			p.t.Errorf("at 360 px, %s of %q is not in view without scrolling sideways: %+v", head, c.Caption, c)
		}
	}
}

func jsString(s string) string {
	return fmt.Sprintf("%q", s)
}

// checkPhone checks, at 360 px, what a phone reader looks for first: the
// newest round's result on a unit page, 最新状态 on the units index, 存在问题
// and 整改情况 of the failure tables; and that the charts show every
// category label and no paged legend.
func (p *tab) checkPhone(page string, unit site.UnitView) {
	p.t.Helper()
	switch page {
	case "unit":
		newest := unit.Rounds[len(unit.Rounds)-1].Title
		p.checkInView(newest)
		p.checkInView("存在问题")
		p.checkInView("整改情况")
	case "units index":
		p.checkInView("最新状态")
	case "round":
		p.checkInView("存在问题")
		p.checkInView("整改情况")
	}
	p.checkChartsFit()
}

// checkChartsFit checks every drawn chart's option as ECharts holds it: no
// legend of type scroll (paged, “1/3”), every category axis showing every
// label (interval 0, not ECharts' auto, which skips labels that overlap).
func (p *tab) checkChartsFit() {
	p.t.Helper()
	var charts []struct {
		ID      string
		Legends []string
		Skips   []string
	}
	p.eval(`Array.prototype.map.call(document.querySelectorAll('.chart-canvas--drawn'), function (el) {
		var o = echarts.getInstanceByDom(el).getOption(), skips = [];
		[].concat(o.xAxis || [], o.yAxis || []).forEach(function (a) {
			if (a.type === 'category' || (a.data && a.data.length)) {
				var i = a.axisLabel && a.axisLabel.interval;
				if (i !== 0 && i !== '0') { skips.push(String(i)); }
			}
		});
		return { ID: el.id, Legends: (o.legend || []).map(function (l) { return l.type || ''; }), Skips: skips };
	})`, &charts)
	for _, c := range charts {
		for _, l := range c.Legends {
			if l == "scroll" {
				p.t.Errorf("at 360 px, chart %s pages its legend (type scroll)", c.ID)
			}
		}
		if len(c.Skips) > 0 {
			p.t.Errorf("at 360 px, chart %s may skip category labels (interval %s)", c.ID, strings.Join(c.Skips, ", "))
		}
	}
}

// chartTextSizes returns the axis label size of each drawn chart.
func (p *tab) chartTextSizes() []float64 {
	p.t.Helper()
	var sizes []float64
	p.eval(`Array.prototype.map.call(document.querySelectorAll('.chart-canvas--drawn'), function (el) {
		var a = echarts.getInstanceByDom(el).getOption().xAxis[0]; return (a.axisLabel && a.axisLabel.fontSize) || 12; })`, &sizes)
	return sizes
}

// checkHeaderOneLine checks that the header's search label and button and
// the 适老化 toggle each keep their words on one line.
func (p *tab) checkHeaderOneLine() {
	p.t.Helper()
	var broken []string
	p.eval(`['.site-search label', '.site-search button', '#elder-toggle'].filter(function (s) {
		var e = document.querySelector(s); if (!e || !e.firstChild) { return false; }
		var r = document.createRange(); r.selectNodeContents(e);
		var lines = {}; Array.prototype.forEach.call(r.getClientRects(), function (c) { lines[Math.round(c.top)] = true; });
		return Object.keys(lines).length > 1; })`, &broken)
	for _, b := range broken {
		p.t.Errorf("at 360 px in 适老化 mode, %s breaks onto two lines", b)
	}
}

// pdfPages returns the text of each page of a PDF, read by pdftotext
// (poppler-utils). Without it the test is skipped, or fails where the
// browser test is required.
func pdfPages(t *testing.T, pdf []byte) []string {
	t.Helper()
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		if os.Getenv("ZWGK_REQUIRE_BROWSER") != "" {
			t.Fatal("pdftotext missing (apt-get install poppler-utils)")
		}
		t.Log("pdftotext missing: the printed pages are not checked")
		return nil
	}
	file := filepath.Join(t.TempDir(), "round.pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "-layout", file, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(string(out), "\f")
	if n := len(pages); n > 0 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1]
	}
	return pages
}
