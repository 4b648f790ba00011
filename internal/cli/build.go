package cli

import (
	"flag"
	"io"
	"time"
)

func addRoundsFlags(fs *flag.FlagSet, o *pipelineOptions) {
	fs.StringVar(&o.Rounds, "rounds", "rounds", "各轮检查数据所在的文件夹")
	fs.BoolVar(&o.Drafts, "drafts", false, "包含 round.md 中标为 draft: true 的轮次")
}

func addSiteFlags(fs *flag.FlagSet, o *pipelineOptions) {
	fs.StringVar(&o.SiteDir, "site", ".", siteHelp)
	fs.BoolVar(&o.Quiet, "quiet", false, "不显示进度（错误和警告仍会显示）")
}

func runBuild(args []string, stdout, stderr io.Writer) error {
	var o pipelineOptions
	fs := newFlags("build", stderr)
	addRoundsFlags(fs, &o)
	addSiteFlags(fs, &o)
	fs.StringVar(&o.Out, "out", "public", "生成的网站写到这个文件夹")
	fs.StringVar(&o.BaseURL, "base-url", "/", "网站发布的地址，如 https://www.example.gov.cn/zwgk/jcqk/")
	fs.BoolVar(&o.BuildTime, "build-time", false, "在生成清单 zwgk-manifest.json 中记录生成时间（默认不记录，相同的输入生成逐字节相同的网站）")
	if err := parse(fs, args); err != nil {
		return err
	}
	p := &progress{w: stderr, quiet: o.Quiet, start: time.Now()}
	if err := build(o, p, stderr); err != nil {
		return err
	}
	if o.BaseURL == "/" {
		// A site built for / loses its styles and links when the portal
		// serves it from a sub-folder, and nothing else would say why.
		p.stage("提示：网站按根路径 / 生成；如果放在门户网站的子目录（如 /zwgk/jcqk/）下，请用 --base-url 指定完整地址后重新生成")
	}
	return nil
}

func runCheck(args []string, stdout, stderr io.Writer) error {
	var o pipelineOptions
	fs := newFlags("check", stderr)
	addRoundsFlags(fs, &o)
	fs.BoolVar(&o.Quiet, "quiet", false, "不显示进度")
	asJSON := fs.Bool("json", false, "把问题清单以 JSON 写到标准输出（错误在前），供其他程序读取")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *asJSON {
		l := read(o, &progress{w: stderr, quiet: true})
		if err := l.problems.WriteJSON(stdout); err != nil {
			return err
		}
		return l.problems.Err()
	}
	p := &progress{w: stderr, quiet: o.Quiet, start: time.Now()}
	if _, f, err := load(o, p, stderr); err != nil {
		return err
	} else {
		p.stage("检查通过：%d 轮检查，%d 个单位", len(f.Rounds), len(f.Units))
	}
	return nil
}
