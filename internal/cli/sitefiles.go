package cli

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/zwgk/zwgk"
	"github.com/zwgk/zwgk/internal/site"
)

// siteHelp says, for the -h text, where the site templates come from.
const siteHelp = "网站模板所在的文件夹：其中的 hugo.toml、layouts/、content/、static/ 等逐个替换内置模板（和 zwgk 所在文件夹中）的同名文件"

// siteOptions sets where the build takes the site from: the templates
// built into the binary, then the site files in the folder of the zwgk
// binary, then those in --site, a later file replacing an earlier one of
// the same path. So zwgk.exe alone builds a site, and a copied hugo.toml
// or template changes only what it holds.
func siteOptions(o pipelineOptions, opts *site.Options) error {
	dir := o.SiteDir
	if dir == "" {
		dir = "."
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return fmt.Errorf("找不到网站模板目录 %s —— 检查 --site 的路径，或去掉 --site 使用内置模板", dir)
	}
	opts.SiteDir = dir
	opts.Builtin = zwgk.Site
	if exe := binaryDir(); exe != "" && !sameDir(exe, dir) && site.HasSiteFiles(exe) {
		opts.Overrides = []string{exe}
	}
	return nil
}

// siteDirs are the folders whose site files override the built-in ones,
// lowest precedence first, for serve to watch.
func siteDirs(o pipelineOptions) []string {
	var opts site.Options
	if err := siteOptions(o, &opts); err != nil {
		return []string{o.SiteDir}
	}
	return append(opts.Overrides, opts.SiteDir)
}

// binaryDir is the folder holding the running zwgk binary; "" when unknown.
func binaryDir() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	if r, err := filepath.EvalSymlinks(exe); err == nil {
		exe = r
	}
	return filepath.Dir(exe)
}

// sameDir reports whether a and b name the same folder.
func sameDir(a, b string) bool {
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(sa, sb)
}
