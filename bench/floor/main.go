// Command floor builds a bare Hugo site with as many pages as a zwgk site
// and trivial templates, with the Hugo library and calls zwgk uses
// (internal/site/hugo.go, whose site.LoadHugoConfig it shares). Its time
// is the floor a zwgk build is measured against: what Hugo itself needs
// to make and write that many pages.
//
//	go run ./bench/floor -pages 29755 -out /tmp/floor-public
//
// Pages are written to -out and left there, so that deleting them is not
// timed; without -out they go to a temporary folder that is removed.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/bep/logg"
	"github.com/gohugoio/hugo/deps"
	"github.com/gohugoio/hugo/hugofs"
	"github.com/gohugoio/hugo/hugolib"
	"github.com/zwgk/zwgk/internal/site"
)

// The site: one section whose pages come from a content adapter, as zwgk's
// rounds and units do, and templates that print only the title.
var files = map[string]string{
	"content/pages/_index.md": "---\ntitle: 页面\n---\n",
	"content/pages/_content.gotmpl": `{{- range seq .Site.Params.pages }}
{{- $.AddPage (dict "kind" "page" "path" (printf "p%d" .) "title" (printf "第%d页" .)) }}
{{- end }}`,
	"layouts/baseof.html":  "<!doctype html><html lang=\"zh-CN\"><title>{{ .Title }}</title><body>{{ block \"main\" . }}{{ end }}</body></html>\n",
	"layouts/home.html":    "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ end }}\n",
	"layouts/section.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ end }}\n",
	"layouts/page.html":    "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ end }}\n",
	"layouts/404.html":     "{{ define \"main\" }}<h1>404</h1>{{ end }}\n",
}

func main() {
	pages := flag.Int("pages", 1000, "how many pages the site has in all (home, section and 404 included)")
	out := flag.String("out", "", "write the pages to this folder and keep them")
	flag.Parse()
	if err := run(*pages, *out); err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
}

func run(pages int, out string) error {
	work, err := os.MkdirTemp("", "zwgk-floor-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	if out == "" {
		out = filepath.Join(work, "public")
	} else if out, err = filepath.Abs(out); err != nil {
		return err
	}
	for name, text := range files {
		path := filepath.Join(work, "site", name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			return err
		}
	}
	// Home, the section and the 404 page are three of the pages.
	cfg := map[string]any{
		"baseURL":                "/",
		"title":                  "floor",
		"disableKinds":           []string{"taxonomy", "term", "rss", "sitemap", "robotsTXT"},
		"publishDir":             out,
		"cacheDir":               filepath.Join(work, "cache"),
		"resourceDir":            filepath.Join(work, "resources"),
		"contentDir":             filepath.Join(work, "site", "content"),
		"layoutDir":              filepath.Join(work, "site", "layouts"),
		"params":                 map[string]any{"pages": max(pages-3, 0)},
		"timeZone":               "Asia/Shanghai",
		"defaultContentLanguage": "zh-cn",
	}
	configs, logger, fs, err := site.LoadHugoConfig(work, cfg, io.Discard, os.Stderr)
	if err != nil {
		return err
	}
	sites, err := hugolib.NewHugoSites(deps.DepsCfg{
		Configs: configs, Fs: hugofs.NewFrom(fs, configs.LoadingInfo.BaseConfig),
		LogLevel: logger.Level(), StdOut: os.Stderr, StdErr: os.Stderr,
	})
	if err != nil {
		return err
	}
	defer sites.Close()
	start := time.Now()
	if err := sites.Build(hugolib.BuildCfg{}); err != nil {
		return err
	}
	took := time.Since(start)
	if n := sites.Log.LoggCount(logg.LevelError); n > 0 {
		return fmt.Errorf("Hugo reported %d errors", n)
	}
	// Count what was written, so a template mistake cannot pass for speed.
	written := 0
	filepath.WalkDir(out, func(path string, d os.DirEntry, err error) error {
		if err == nil && filepath.Ext(path) == ".html" {
			written++
		}
		return nil
	})
	fmt.Printf("%d pages in %.2f s\n", written, took.Seconds())
	return nil
}
