package site

import (
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"time"

	"github.com/spf13/afero"

	"github.com/zwgk/zwgk/internal/figures"
)

// Options are the settings of one site build.
type Options struct {
	SiteDir string    // the Hugo site: hugo.toml, layouts/, content/, static/
	Out     string    // where the finished site goes (public/)
	BaseURL string    // e.g. https://www.example.gov.cn/zwgk/jcqk/; "/" when empty
	Log     io.Writer // Hugo's warnings and errors
	// RoundsDir is the rounds folder the figures were read from; the
	// manifest records its checksum.
	RoundsDir string
	// BuildTime goes into the manifest when set; left zero, the manifest
	// has no clock time and rebuilds of the same input are byte-identical.
	BuildTime time.Time
	// ProblemRules are the dataset's problem categories (figures.Rules),
	// for the 通报 drafted for rounds without narrative; nil: the built-in.
	ProblemRules []figures.Rule
	// Builtin, when set, is the site built into the binary; the site files
	// found in each folder of Overrides, then in SiteDir, replace its files
	// of the same path. Nil: SiteDir is the whole site.
	Builtin   fs.FS
	Overrides []string

	// publishFs, when set, wraps the disk under Hugo's output, so a test
	// can make writes fail as a full disk does.
	publishFs func(afero.Fs) afero.Fs
}

// Build renders the site for the figures into o.Out. The site is written to
// a new folder beside o.Out and swapped in only when the whole build
// succeeded, so a failed or interrupted build leaves the previous site as it
// was.
func Build(f *figures.Figures, sample bool, o Options) error {
	v := MakeViews(f, sample)
	// Planning the downloads and drafts puts their links into the views,
	// so it comes before the views are written for Hugo.
	extra := planDownloads(f, v)
	extra = append(extra, planDrafts(f, v, o.ProblemRules)...)
	return publish(o, func(dir, work string) error {
		o := o
		var from origins
		if o.Builtin != nil {
			eff := filepath.Join(work, "site")
			var err error
			if from, err = assemble(eff, o.Builtin, append(append([]string(nil), o.Overrides...), o.SiteDir)); err != nil {
				return err
			}
			o.SiteDir = eff
		}
		if err := v.WriteData(work); err != nil {
			return fmt.Errorf("无法写入网站数据：%w", err)
		}
		m, err := newManifest(f, sample, o)
		if err != nil {
			return err
		}
		// The downloads and the search index are made from the views alone
		// and go to folders Hugo does not write (downloads/, search-index/),
		// so they are made while Hugo renders the pages rather than after:
		// at national scale they took 2.3 s after Hugo.
		written := make(chan error, 1)
		go func() { written <- writeFiles(dir, append(extra, planSearch(v)...)) }()
		renderErr := render(o, work, dir)
		writeErr := <-written
		if renderErr != nil {
			return from.explain(renderErr)
		}
		if writeErr != nil {
			return writeErr
		}
		return m.write(dir)
	})
}
