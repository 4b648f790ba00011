package cli

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/review"
	"github.com/zwgk/zwgk/internal/site"
)

// reviewOptions are the flags of `zwgk review` (先审后发).
type reviewOptions struct {
	pipelineOptions
	Published string // the site now online
	Report    string // where the HTML report goes
}

// parseReview reads review's flags.
func parseReview(args []string, e env) (*reviewOptions, error) {
	o := &reviewOptions{pipelineOptions: pipelineOptions{env: e}}
	return parseOptions("review", e, o, args, func(fs *flag.FlagSet) {
		addRoundsFlags(fs, &o.pipelineOptions)
		addSiteFlags(fs, &o.pipelineOptions)
		fs.StringVar(&o.Published, "published", "public", "当前已发布的网站（上一次生成的文件夹）；不存在时所有页面都算新增")
		fs.StringVar(&o.Report, "report", "zwgk-review.html", "审核报告（HTML）写到这个文件，不要放在发布的文件夹里")
	})
}

func runReview(o *reviewOptions) error {
	_, err := reviewBuild(*o, o.progress())
	return err
}

// reportTitle begins the title of every review report
// (internal/review/report.html): a file holding it is a report zwgk wrote,
// which the next review may replace.
const reportTitle = "<title>先审后发审核报告"

// reviewBuild builds the site into a temporary folder, compares it with the
// published one, writes the HTML report and prints the summary. The
// published folder is only read.
func reviewBuild(o reviewOptions, p *progress) (*review.Report, error) {
	if within(o.Report, o.Published) {
		return nil, fmt.Errorf("审核报告 %s 不能写在已发布的网站 %s 里 —— 用 --report 指定别的位置", o.Report, o.Published)
	}
	if b, err := os.ReadFile(o.Report); err == nil && !bytes.Contains(b, []byte(reportTitle)) {
		return nil, fmt.Errorf("%s 已经存在，不是 zwgk 写出的审核报告 —— zwgk review 不会覆盖它；请用 --report 指定别的文件", o.Report)
	}
	if info, err := os.Stat(o.Published); err == nil && !info.IsDir() {
		return nil, fmt.Errorf("%s 不是文件夹 —— 用 --published 指定已发布网站所在的文件夹", o.Published)
	}
	l := read(o.pipelineOptions, p)
	report(l.problems, o.Stderr)
	if err := l.problems.Err(); err != nil {
		return nil, err
	}
	// Build with the published site's address, so that pages differ only
	// where the data or the templates do.
	o.BaseURL = "/"
	if old, err := site.ReadManifest(o.Published); err != nil {
		return nil, err
	} else if old != nil {
		o.BaseURL = old.BaseURL
	}
	tmp, done, err := scratchDir("zwgk-review-")
	if err != nil {
		return nil, err
	}
	defer done()
	built := filepath.Join(tmp, "public")
	p.stage("生成网站到临时文件夹 …")
	opts := site.Options{SiteDir: o.SiteDir, Out: built, BaseURL: o.BaseURL, Log: o.Stderr, RoundsDir: o.Rounds}
	if err := siteOptions(o.pipelineOptions, &opts); err != nil {
		return nil, err
	}
	if opts.ProblemRules, err = figures.Rules(l.ds); err != nil {
		return nil, err
	}
	if err := site.Build(l.f, l.ds.Sample(), opts); err != nil {
		return nil, err
	}
	p.stage("与已发布的网站 %s 比较 …", o.Published)
	rep, err := review.Make(review.Input{Published: o.Published, Built: built, Figures: l.f, Problems: l.problems, Excluded: l.drafts})
	if err != nil {
		return nil, err
	}
	var page bytes.Buffer
	if err := rep.WriteHTML(&page); err != nil {
		return nil, err
	}
	if err := os.WriteFile(o.Report, page.Bytes(), 0o644); err != nil {
		return nil, fmt.Errorf("无法写入审核报告：%w —— 用 --report 指定可写的位置", err)
	}
	if err := rep.WriteText(o.Stdout); err != nil {
		return nil, err
	}
	fmt.Fprintf(o.Stdout, "\n完整报告（含每个页面改变的内容）：%s\n", o.Report)
	return rep, nil
}

// within reports whether path is dir or inside it.
func within(path, dir string) bool {
	p, err1 := filepath.Abs(path)
	d, err2 := filepath.Abs(dir)
	if err1 != nil || err2 != nil {
		return false
	}
	rel, err := filepath.Rel(d, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
