package cli

import "flag"

// checkOptions are the flags of `zwgk check`.
type checkOptions struct {
	pipelineOptions
	JSON bool // the problems as JSON on stdout, for other programs
}

// parseCheck reads check's flags.
func parseCheck(args []string, e env) (*checkOptions, error) {
	o := &checkOptions{pipelineOptions: pipelineOptions{env: e}}
	return parseOptions("check", e, o, args, func(fs *flag.FlagSet) {
		addRoundsFlags(fs, &o.pipelineOptions)
		fs.BoolVar(&o.Quiet, "quiet", false, "不显示进度")
		fs.BoolVar(&o.JSON, "json", false, "把问题清单以 JSON 写到标准输出（错误在前），供其他程序读取")
	})
}

// runCheck reads and checks the rounds without building the site.
func runCheck(o *checkOptions) error {
	if o.JSON {
		l := read(o.pipelineOptions, &progress{w: o.Stderr, quiet: true})
		if err := l.problems.WriteJSON(o.Stdout); err != nil {
			return err
		}
		return l.problems.Err()
	}
	p := o.progress()
	_, f, err := load(o.pipelineOptions, p)
	if err != nil {
		return err
	}
	p.stage("检查通过：%d 轮检查，%d 个单位", len(f.Rounds), len(f.Units))
	return nil
}
