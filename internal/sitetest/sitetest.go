// Package sitetest builds the disclosure site from rounds written inline as
// txtar, the way Hugo's hugolib.Test builds a site from an inline one, so
// that an end-to-end test reads like a bug report: the sheets in, the
// literal figures and names of public/… out.
//
//	b := sitetest.Test(t, `
//	-- rounds/2024Q4/round.md --
//	…
//	-- rounds/2024Q4/websites.csv --
//	…
//	`)
//	b.AssertFileContent("public/rounds/2024q4/index.html", "合格率 97.10%")
//
// The build is the real pipeline — read the sheets, compute the figures,
// make the views, render with Hugo — with the site templates built into
// zwgk.
package sitetest

import (
	"bytes"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/zwgk/zwgk"
	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/rounds"
	"github.com/zwgk/zwgk/internal/site"
	"github.com/zwgk/zwgk/internal/txtartest"
)

// Builder is a site built by Test: its folders and its assertions.
type Builder struct {
	t testing.TB
	// Dir holds rounds/ (the rounds folder), site/ (the archive's site
	// files) and public/ (the built site); the paths asserted on are
	// relative to it.
	Dir string
}

// Test writes archive into a new folder and builds the site, failing t with
// the problems found when the build fails. Files under rounds/ form the
// rounds folder; any other file (hugo.toml, layouts/…) replaces the built-in
// site's file of the same path, as a file in --site does.
func Test(t testing.TB, archive string) *Builder {
	t.Helper()
	b, err := build(t, archive)
	if err != "" {
		t.Fatalf("build failed:\n%s", err)
	}
	return b
}

// TestError builds archive as Test does and returns what the build says
// when it fails: the problems found, errors first, one a line, with paths
// relative to the rounds folder (2024Q3/websites.csv:4:网站标识码: …). It
// fails t when the build succeeds.
func TestError(t testing.TB, archive string) string {
	t.Helper()
	_, err := build(t, archive)
	if err == "" {
		t.Fatal("the build succeeded; want it to fail")
	}
	return err
}

// build returns the builder and, when the build failed, its error text.
func build(t testing.TB, archive string) (*Builder, string) {
	t.Helper()
	b := &Builder{t: t, Dir: t.TempDir()}
	roundsDir := filepath.Join(b.Dir, "rounds")
	siteDir := filepath.Join(b.Dir, "site")
	txtartest.Write(t, siteDir, archive)
	// The archive's rounds/ files are the rounds folder, not site files.
	err := os.Rename(filepath.Join(siteDir, "rounds"), roundsDir)
	if os.IsNotExist(err) {
		err = os.MkdirAll(roundsDir, 0o755)
	}
	if err == nil {
		err = os.MkdirAll(siteDir, 0o755)
	}
	if err != nil {
		t.Fatal(err)
	}

	// As zwgk build does: figures only from rounds read without errors.
	ds, _, problems := rounds.LoadWithErrors(roundsDir, false)
	var f *figures.Figures
	if ds != nil && !problems.HasErrors() {
		var more *diag.List
		f, more = figures.Compute(ds)
		problems.Problems = append(problems.Problems, more.Problems...)
	}
	if problems.HasErrors() || f == nil {
		var msg strings.Builder
		for _, p := range problems.Sorted() {
			msg.WriteString(strings.ReplaceAll(p.String(), roundsDir+string(filepath.Separator), ""))
			msg.WriteString("\n")
		}
		return b, msg.String()
	}
	rules, err := figures.Rules(ds)
	if err != nil {
		return b, err.Error()
	}
	var log bytes.Buffer
	err = site.Build(f, ds.Sample(), site.Options{
		SiteDir:      siteDir,
		Builtin:      zwgk.Site,
		Out:          filepath.Join(b.Dir, "public"),
		Log:          &log,
		RoundsDir:    roundsDir,
		ProblemRules: rules,
	})
	if err != nil {
		return b, err.Error() + "\n" + log.String()
	}
	return b, ""
}

// FileContent returns the file at path (public/index.html), failing the
// test when it cannot be read.
func (b *Builder) FileContent(path string) string {
	b.t.Helper()
	data, err := os.ReadFile(filepath.Join(b.Dir, filepath.FromSlash(path)))
	if err != nil {
		b.t.Fatal(err)
	}
	return string(data)
}

// AssertFileContent fails for each match not found in the file at path;
// a match starting with "! " fails when found. A match of several lines is
// several matches, each line trimmed. In an HTML page the matches are
// looked for in the text a reader sees (PageText: "合格率 97.10%", though
// the number sits in its own element); in other files (CSV, JSON) in the
// file as written.
func (b *Builder) AssertFileContent(path string, matches ...string) {
	b.t.Helper()
	content := b.FileContent(path)
	if strings.HasSuffix(path, ".html") {
		content = PageText(content)
	}
	for _, m := range matches {
		for _, line := range strings.Split(m, "\n") {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			if want, ok := strings.CutPrefix(line, "! "); ok {
				if strings.Contains(content, want) {
					b.t.Errorf("%s shows %q", path, want)
				}
			} else if !strings.Contains(content, line) {
				b.t.Errorf("%s lacks %q", path, line)
			}
		}
	}
}

// AssertFileExists fails when the file or folder at path exists and should
// not, or the other way round.
func (b *Builder) AssertFileExists(path string, exists bool) {
	b.t.Helper()
	_, err := os.Stat(filepath.Join(b.Dir, filepath.FromSlash(path)))
	switch {
	case exists && err != nil:
		b.t.Errorf("%s: %v", path, err)
	case !exists && err == nil:
		b.t.Errorf("%s exists", path)
	}
}

var scriptOrTag = regexp.MustCompile(`(?s)<script.*?</script>|<[^>]+>`)

// PageText is the text of an HTML page as a reader sees it: scripts and
// tags dropped, entities decoded, every run of white space one space.
func PageText(page string) string {
	s := scriptOrTag.ReplaceAllString(page, " ")
	return strings.Join(strings.Fields(html.UnescapeString(s)), " ")
}
