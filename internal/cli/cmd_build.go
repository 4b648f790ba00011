package cli

import "flag"

// buildOptions are the flags of `zwgk build`.
type buildOptions struct {
	pipelineOptions
}

// parseBuild reads build's flags.
func parseBuild(args []string, e env) (*buildOptions, error) {
	o := &buildOptions{pipelineOptions{env: e}}
	return parseOptions("build", e, o, args, func(fs *flag.FlagSet) {
		addRoundsFlags(fs, &o.pipelineOptions)
		addSiteFlags(fs, &o.pipelineOptions)
		fs.StringVar(&o.Out, "out", "public", "生成的网站写到这个文件夹")
		fs.StringVar(&o.BaseURL, "base-url", "/", "网站发布的地址，如 https://www.example.gov.cn/zwgk/jcqk/")
		fs.BoolVar(&o.BuildTime, "build-time", false, "在生成清单 zwgk-manifest.json 中记录生成时间（默认不记录，相同的输入生成逐字节相同的网站）")
	})
}

// runBuild builds the site into o.Out.
func runBuild(o *buildOptions) error {
	p := o.progress()
	if err := build(o.pipelineOptions, p); err != nil {
		return err
	}
	if o.BaseURL == "/" {
		// A site built for / loses its styles and links when the portal
		// serves it from a sub-folder, and nothing else would say why.
		p.stage("提示：网站按根路径 / 生成；如果放在门户网站的子目录（如 /zwgk/jcqk/）下，请用 --base-url 指定完整地址后重新生成")
	}
	return nil
}
