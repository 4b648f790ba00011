package cli

import (
	"fmt"
	"io"
	"time"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/lint"
	"github.com/zwgk/zwgk/internal/model"
	"github.com/zwgk/zwgk/internal/rounds"
	"github.com/zwgk/zwgk/internal/site"
)

// pipelineOptions are the flags shared by the commands that read rounds,
// and their surroundings.
type pipelineOptions struct {
	env
	Rounds  string
	Drafts  bool
	Quiet   bool
	SiteDir string
	Out     string
	BaseURL string
	// BuildTime records the clock time in the site's manifest, which
	// otherwise has none so that rebuilds stay byte-identical.
	BuildTime bool
}

// progress prints one line per stage on stderr unless quiet.
type progress struct {
	w     io.Writer
	quiet bool
	start time.Time
}

// progress starts the progress lines of one run.
func (o pipelineOptions) progress() *progress {
	return &progress{w: o.Stderr, quiet: o.Quiet, start: o.Now()}
}

func (p *progress) stage(format string, args ...any) {
	if !p.quiet {
		fmt.Fprintf(p.w, "zwgk: "+format+"\n", args...)
	}
}

// load reads and checks the rounds and computes the figures, printing every
// problem found (errors first). It fails when any problem is an error.
func load(o pipelineOptions, p *progress) (*model.Dataset, *figures.Figures, error) {
	l := read(o, p)
	report(l.problems, o.Stderr)
	if err := l.problems.Err(); err != nil {
		return nil, nil, err
	}
	return l.ds, l.f, nil
}

// loaded is what reading the rounds found.
type loaded struct {
	ds       *model.Dataset
	f        *figures.Figures
	problems *diag.List    // errors and warnings, not yet printed
	drafts   []model.Round // draft rounds left out
}

// read reads the rounds, leaves out draft rounds unless o.Drafts, and
// computes the figures, keeping the problems for the caller: load prints
// them, review also puts them in its report.
func read(o pipelineOptions, p *progress) loaded {
	p.stage("读取 %s …", o.Rounds)
	ds, drafts, problems := rounds.LoadWithErrors(o.Rounds, o.Drafts)
	for _, r := range drafts {
		p.stage("跳过草稿轮次 %s（加 --drafts 可包含）", r.ID)
	}
	if ds != nil {
		// Publishing conventions: 发文字号 with 〔〕, no date after today.
		// They read round.md alone, so they are reported with the sheets'
		// errors, in one run.
		problems.Problems = append(problems.Problems, lint.Rounds(ds, o.Now()).Problems...)
	}
	if problems.HasErrors() {
		// The figures of rows with errors left out would only add
		// contradictions that fixing the rows removes.
		ds = nil
	}
	l := loaded{ds: ds, problems: problems, drafts: drafts}
	if ds != nil {
		p.stage("计算 %d 轮检查的指标 …", len(ds.Rounds))
		var more *diag.List
		l.f, more = figures.Compute(ds)
		problems.Problems = append(problems.Problems, more.Problems...)
	}
	return l
}

// warningsPerKind is how many warnings of one kind in one file are printed
// before the rest are counted in one line; check --json lists them all.
const warningsPerKind = 5

// report prints the problems, errors first, then a count.
func report(problems *diag.List, w io.Writer) {
	for _, line := range problems.Lines(warningsPerKind, "用 zwgk check --json 列出全部") {
		fmt.Fprintln(w, line)
	}
	if e, warn := problems.Count(); e+warn > 0 {
		fmt.Fprintf(w, "共 %d 个错误，%d 个警告\n", e, warn)
	}
}

// build runs the whole pipeline into o.Out.
func build(o pipelineOptions, p *progress) error {
	// Refuse an --out that must not be replaced before reading anything,
	// so the clerk does not wait for the answer.
	if err := site.CheckOut(o.Out, o.Rounds, o.SiteDir); err != nil {
		return err
	}
	ds, f, err := load(o, p)
	if err != nil {
		return err
	}
	p.stage("生成网站到 %s …", o.Out)
	opts := site.Options{SiteDir: o.SiteDir, Out: o.Out, BaseURL: o.BaseURL, Log: o.Stderr, RoundsDir: o.Rounds}
	if err := siteOptions(o, &opts); err != nil {
		return err
	}
	if opts.ProblemRules, err = figures.Rules(ds); err != nil {
		return err
	}
	if o.BuildTime {
		opts.BuildTime = o.Now()
	}
	if err := site.Build(f, ds.Sample(), opts); err != nil {
		return err
	}
	p.stage("完成：%d 轮检查，%d 个单位，用时 %.1f 秒", len(f.Rounds), len(f.Units), o.Now().Sub(p.start).Seconds())
	return nil
}
