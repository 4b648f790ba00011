package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/zwgk/zwgk/internal/charts"
	"github.com/zwgk/zwgk/internal/figfmt"
	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/figures/figurestest"
	"github.com/zwgk/zwgk/internal/model"
	"github.com/zwgk/zwgk/internal/review"
	"github.com/zwgk/zwgk/internal/site"
	"github.com/zwgk/zwgk/internal/txtartest"
)

// The acceptance test of 先审后发: the sample with its first seven rounds
// published, reviewed with all eight. The report names the new round's
// page, the pages whose data changed because of it, the new round's
// figures, and the new, repeated and fixed failures — and nothing else.
func TestReviewNewRound(t *testing.T) {
	all := "../../rounds"
	_, fAll, warnings := figurestest.ComputeWithWarnings(t, all)
	n := len(fAll.Rounds)
	newest := fAll.Rounds[n-1].Round.ID
	before := copyRounds(t, all, newest)
	_, fBefore := figurestest.Compute(t, before)
	if len(fBefore.Rounds) != n-1 {
		t.Fatalf("the copy has %d rounds, want %d", len(fBefore.Rounds), n-1)
	}
	published := buildSite(t, before)
	publishedBefore := snapshot(t, published)

	var stdout bytes.Buffer
	rep := runReviewBuild(t, all, published, &stdout)

	if paths := touched(t, published, publishedBefore); len(paths) > 0 {
		t.Errorf("review changed the published site: %q", paths)
	}

	t.Run("pages", func(t *testing.T) {
		want := expectedPages(fBefore, fAll)
		checkPages(t, rep.Pages, want)
		slug := site.RoundSlug(newest)
		if want := []string{"checklists/" + slug + "/index.html", "rounds/" + slug + "/index.html"}; !reflect.DeepEqual(pagePaths(rep.Pages.Added), want) {
			t.Errorf("added %q, want %q", pagePaths(rep.Pages.Added), want)
		}
	})

	t.Run("the home page shows the new headline figures old → new", func(t *testing.T) {
		home := changedPage(rep.Pages, "index.html")
		if home == nil {
			t.Fatal("the home page is not listed as changed")
		}
		oldRate := figfmt.Percent(fBefore.Rounds[n-2].Websites.Rate(), fBefore.Rounds[n-2].Decimals)
		newRate := figfmt.Percent(fAll.Rounds[n-1].Websites.Rate(), fAll.Rounds[n-1].Decimals)
		found := false
		for _, l := range home.Lines {
			if strings.Contains(l.Old, oldRate) && strings.Contains(l.New, newRate) {
				found = true
			}
		}
		if !found {
			t.Errorf("no change %s → %s on the home page: %q", oldRate, newRate, home.Lines)
		}

		// The trend table gains the new round's row; the rows of the
		// published rounds stay as they were.
		trend := charts.PassRateTrend(fAll).Table.Rows
		added := strings.Join(trend[len(trend)-1], " | ")
		published := map[string]bool{}
		for _, row := range charts.PassRateTrend(fBefore).Table.Rows {
			published[strings.Join(row, " | ")] = true
		}
		found = false
		for _, l := range home.Lines {
			found = found || l.Old == "" && l.New == added
			if published[l.Old] {
				t.Errorf("a published trend row changed: %q → %q", l.Old, l.New)
			}
		}
		if !found {
			t.Errorf("the home page does not gain the trend row %q", added)
		}
	})

	t.Run("the trend gains the new round; published rounds keep their figures", func(t *testing.T) {
		c := rep.Rounds
		if !c.Compared || len(c.Added) != 1 || c.Added[0].ID != newest || len(c.Removed) != 0 || len(c.Changed) != 0 || c.Same != n-1 {
			t.Errorf("round changes %+v", c)
		}
		if l := rep.Latest(); l == nil || !reflect.DeepEqual(*l, site.Headlines(fAll)[n-1]) {
			t.Errorf("latest headline %+v", l)
		}
	})

	t.Run("failures", func(t *testing.T) {
		checkFailures(t, rep.Failures, fAll)
	})

	t.Run("warnings and drafts", func(t *testing.T) {
		_, count := warnings.Count()
		if len(rep.Warnings) != count {
			t.Errorf("%d warnings reported, the input has %d", len(rep.Warnings), count)
		}
		if len(rep.Drafts) != 0 {
			t.Errorf("drafts %+v", rep.Drafts)
		}
	})

	t.Run("the summary and the report", func(t *testing.T) {
		out := stdout.String()
		for _, want := range []string{
			"新增 /rounds/" + site.RoundSlug(newest) + "/",
			fmt.Sprintf("已发布的 %d 轮检查的指标均未改变", n-1),
			fmt.Sprintf("新增不合格 %d 个", len(rep.Failures.New)),
			fmt.Sprintf("已整改合格 %d 个", len(rep.Failures.Fixed)),
			"校验警告", "草稿轮次：无",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("summary lacks %q:\n%s", want, out)
			}
		}
		html := readFile(t, filepath.Join(filepath.Dir(published), "review.html"))
		for _, want := range []string{"先审后发审核报告", escape(fAll.Rounds[n-1].Round.Meta.Title), rep.New.Input.Rounds} {
			if !strings.Contains(html, want) {
				t.Errorf("report lacks %q", want)
			}
		}
		if strings.Contains(html, "<script") || outsideRef.MatchString(html) {
			t.Error("the report loads a script or refers to another host")
		}
	})
}

// A figure of a published round is corrected: only the pages showing it
// change — the round's page, the next round's (its 较上轮 and 复查), the
// page of the unit concerned, and the lists — not the other units' pages.
func TestReviewCorrectedRound(t *testing.T) {
	all := "../../rounds"
	_, fAll := figurestest.Compute(t, all)
	id := fAll.Rounds[1].Round.ID
	var fixedSite model.Website
	corrected := copyRounds(t, all)
	passFirstFailure(t, filepath.Join(corrected, id, "websites.csv"), &fixedSite)
	_, fCorrected := figurestest.Compute(t, corrected)

	published := buildSite(t, all)
	rep := runReviewBuild(t, corrected, published, io.Discard)

	want := expectedPages(fAll, fCorrected)
	checkPages(t, rep.Pages, want)
	unit := "units/" + site.Slugs([]string{fixedSite.Unit})[fixedSite.Unit] + "/index.html"
	if len(want.units) != 1 || !want.units[unit] {
		t.Errorf("expected only %s among the unit pages, got %v", unit, want.units)
	}
	if len(rep.Pages.Added)+len(rep.Pages.Removed) > 0 {
		t.Errorf("added %v, removed %v", rep.Pages.Added, rep.Pages.Removed)
	}

	var changed []string
	for _, rc := range rep.Rounds.Changed {
		changed = append(changed, rc.ID)
	}
	if len(changed) == 0 || changed[0] != id || len(rep.Rounds.Added)+len(rep.Rounds.Removed) > 0 {
		t.Fatalf("round changes %+v", rep.Rounds)
	}
	passed := fAll.Rounds[1].Websites.Passed
	if !reflect.DeepEqual(rep.Rounds.Changed[0].Figures[0], review.FigureChange{Name: "网站合格数", Old: fmt.Sprint(passed), New: fmt.Sprint(passed + 1)}) {
		t.Errorf("%s: %+v", id, rep.Rounds.Changed[0].Figures)
	}

	t.Run("nothing published: every page and round is added", func(t *testing.T) {
		rep, err := review.Make(review.Input{Published: filepath.Join(t.TempDir(), "public"), Built: published, Figures: fAll})
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Pages.Added) != rep.New.Counts.Pages || len(rep.Rounds.Added) != len(fAll.Rounds) || len(rep.Pages.Changed) > 0 {
			t.Errorf("%d pages added of %d, %d rounds added", len(rep.Pages.Added), rep.New.Counts.Pages, len(rep.Rounds.Added))
		}
	})
}

func TestReviewCommand(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name     string
		args     []string
		code     int
		inStderr string
	}{
		{"the report may not go into the published site", []string{"--published", dir, "--report", filepath.Join(dir, "r.html")}, 1, "不能写在已发布的网站"},
		{"a file is not a published site", []string{"--published", filepath.Join(dir, "f"), "--report", filepath.Join(t.TempDir(), "r.html")}, 1, "不是文件夹"},
		{"an unknown flag", []string{"--out", dir}, 2, "没有 --out 这个选项"},
	}
	txtartest.WriteFile(t, filepath.Join(dir, "f"), []byte("x"))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			args := append([]string{"review", "--quiet", "--site", "../..", "--rounds", "../../testdata/reference/suizhou"}, tt.args...)
			if code := Run(args, &bytes.Buffer{}, &stderr); code != tt.code || !strings.Contains(stderr.String(), tt.inStderr) {
				t.Errorf("exit %d (want %d), stderr %q", code, tt.code, stderr.String())
			}
		})
	}
}

// Rebuilding the same input keeps the manifest byte-identical; asking for
// the build time adds it.
func TestBuildManifest(t *testing.T) {
	out := buildSite(t, "../../testdata/reference/suizhou", "--build-time")
	m, err := site.ReadManifest(out)
	if err != nil || m == nil {
		t.Fatalf("manifest %v, %v", m, err)
	}
	if _, err := time.Parse(time.RFC3339, m.BuiltAt); err != nil {
		t.Errorf("built_at %q: %v", m.BuiltAt, err)
	}
	plain, _ := site.ReadManifest(buildSite(t, "../../testdata/reference/suizhou"))
	if plain.BuiltAt != "" || plain.Input != m.Input {
		t.Errorf("without --build-time: %+v", plain)
	}
}

// runReviewBuild runs the review as the command does, with the report
// beside the published folder.
func runReviewBuild(t *testing.T, roundsDir, published string, stdout io.Writer) *review.Report {
	t.Helper()
	var stderr bytes.Buffer
	o := reviewOptions{
		pipelineOptions: pipelineOptions{Rounds: roundsDir, SiteDir: "../..", Quiet: true,
			env: env{Stdout: stdout, Stderr: &stderr, Now: time.Now}},
		Published: published,
		Report:    filepath.Join(filepath.Dir(published), "review.html"),
	}
	rep, err := reviewBuild(o, o.progress())
	if err != nil {
		t.Fatalf("review: %v\n%s", err, stderr.String())
	}
	return rep
}

// copyRounds copies a rounds folder, leaving out the named rounds.
func copyRounds(t *testing.T, src string, without ...string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "rounds")
	copyTree(t, src, dst)
	for _, w := range without {
		if err := os.RemoveAll(filepath.Join(dst, w)); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// passFirstFailure turns the first failing website of a websites.csv into
// a pass, as a correction of a published round would, and returns it.
func passFirstFailure(t *testing.T, path string, w *model.Website) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range records[0] {
		col[strings.TrimPrefix(h, "\ufeff")] = i
	}
	for _, r := range records[1:] {
		if r[col["检查结果"]] == "不合格" {
			r[col["检查结果"]], r[col["存在问题"]], r[col["整改情况"]] = "合格", "", ""
			*w = model.Website{Name: r[col["网站名称"]], Unit: r[col["主办单位"]]}
			var b bytes.Buffer
			cw := csv.NewWriter(&b)
			cw.WriteAll(records)
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
	}
	t.Fatalf("%s has no failing website", path)
}

// pageSets are the round and unit pages whose data differ between two
// sets of figures: a page shows its view, so it changes exactly when its
// view does.
type pageSets struct {
	rounds, units map[string]bool // changed pages
	added         map[string]bool
}

func expectedPages(before, after *figures.Figures) pageSets {
	encode := func(v any) string { b, _ := json.Marshal(v); return string(b) }
	s := pageSets{rounds: map[string]bool{}, units: map[string]bool{}, added: map[string]bool{}}
	pages := func(v *site.Views) map[string]string {
		m := map[string]string{}
		for _, r := range v.Rounds {
			m["rounds/"+r.Slug+"/index.html"] = encode(r)
		}
		for _, u := range v.Units {
			m["units/"+u.Slug+"/index.html"] = encode(u)
		}
		for _, c := range v.Checklists {
			m["checklists/"+c.Slug+"/index.html"] = encode(c)
		}
		return m
	}
	old := pages(site.MakeViews(before, true))
	for p, now := range pages(site.MakeViews(after, true)) {
		switch o, ok := old[p]; {
		case !ok:
			s.added[p] = true
		case o == now:
		case strings.HasPrefix(p, "units/"):
			s.units[p] = true
		default: // a round's 核查清单 pages count with its round page
			s.rounds[p] = true
		}
	}
	return s
}

// checkPages compares the pages the review lists with the views that
// changed: round and unit pages exactly; besides them only the home page
// and the two lists may change, and no page may differ in markup alone.
func checkPages(t *testing.T, got review.Pages, want pageSets) {
	t.Helper()
	lists := map[string]bool{"index.html": true, "rounds/index.html": true, "units/index.html": true, "checklists/index.html": true}
	gotRounds, gotUnits := map[string]bool{}, map[string]bool{}
	for _, c := range got.Changed {
		switch {
		case (strings.HasPrefix(c.Path, "rounds/") || strings.HasPrefix(c.Path, "checklists/")) && !lists[c.Path]:
			gotRounds[c.Path] = true
		case strings.HasPrefix(c.Path, "units/") && !lists[c.Path]:
			gotUnits[c.Path] = true
		case !lists[c.Path]:
			t.Errorf("%s changed: %q", c.Path, c.Lines)
		}
	}
	if !reflect.DeepEqual(gotRounds, want.rounds) {
		t.Errorf("changed round pages %v, want %v", slices.Sorted(maps.Keys(gotRounds)), slices.Sorted(maps.Keys(want.rounds)))
	}
	if !reflect.DeepEqual(gotUnits, want.units) {
		t.Errorf("changed unit pages %v, want %v", slices.Sorted(maps.Keys(gotUnits)), slices.Sorted(maps.Keys(want.units)))
	}
	added := map[string]bool{}
	for _, p := range got.Added {
		added[p.Path] = true
	}
	if !reflect.DeepEqual(added, want.added) {
		t.Errorf("added pages %v, want %v", slices.Sorted(maps.Keys(added)), slices.Sorted(maps.Keys(want.added)))
	}
	if len(got.Removed)+len(got.MarkupOnly) > 0 {
		t.Errorf("removed %v, markup only %v", got.Removed, got.MarkupOnly)
	}
}

// checkFailures recomputes the newest round's new, repeated and fixed
// failures from the rows of its two rounds and compares them by name.
func checkFailures(t *testing.T, got review.Failures, f *figures.Figures) {
	t.Helper()
	n := len(f.Rounds)
	prev, cur := f.Rounds[n-2], f.Rounds[n-1]
	failed := func(r figures.Round) map[string]string {
		m := map[string]string{}
		for _, w := range r.FailedWebsites {
			m["网站 "+w.Key()] = "网站 " + w.Name
		}
		for _, a := range r.FailedAccounts {
			m["新媒体 "+a.Key()] = "新媒体 " + a.Name
		}
		return m
	}
	before, now := failed(prev), failed(cur)
	passedNow := map[string]bool{}
	for _, w := range cur.Round.Websites {
		passedNow["网站 "+w.Key()] = w.Result == model.Pass
	}
	for _, a := range cur.Round.Accounts {
		passedNow["新媒体 "+a.Key()] = a.Result == model.Pass && a.Active()
	}
	var wantNew, wantRepeat, wantFixed []string
	for k, name := range now {
		if _, ok := before[k]; ok {
			wantRepeat = append(wantRepeat, name)
		} else {
			wantNew = append(wantNew, name)
		}
	}
	for k, name := range before {
		if passedNow[k] {
			wantFixed = append(wantFixed, name)
		}
	}
	names := func(list []review.Failure) []string {
		var out []string
		for _, f := range list {
			out = append(out, f.Kind+" "+f.Name)
		}
		sort.Strings(out)
		return out
	}
	for _, c := range []struct {
		what      string
		got, want []string
	}{{"new", names(got.New), wantNew}, {"repeat", names(got.Repeat), wantRepeat}, {"fixed", names(got.Fixed), wantFixed}} {
		sort.Strings(c.want)
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s failures\n got %q\nwant %q", c.what, c.got, c.want)
		}
	}
	if len(wantNew) == 0 || len(wantFixed) == 0 {
		t.Errorf("the sample's newest round should have new and fixed failures")
	}
}

func changedPage(p review.Pages, path string) *review.PageChange {
	for i := range p.Changed {
		if p.Changed[i].Path == path {
			return &p.Changed[i]
		}
	}
	return nil
}

func pagePaths(pages []review.Page) []string {
	var out []string
	for _, p := range pages {
		out = append(out, p.Path)
	}
	return out
}
