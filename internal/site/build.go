package site

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

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
}

// Build renders the site for the figures into o.Out. The site is written to
// a new folder beside o.Out and swapped in only when the whole build
// succeeded, so a failed or interrupted build leaves the previous site as it
// was.
func Build(f *figures.Figures, sample bool, o Options) error {
	v := MakeViews(f, sample)
	// Downloads and the search index are written beside the pages once Hugo
	// ran; planning them first puts the download links into the views.
	extra := planDownloads(f, v)
	extra = append(extra, planDrafts(f, v, o.ProblemRules)...)
	extra = append(extra, planSearch(v)...)
	work, err := os.MkdirTemp("", "zwgk-build-")
	if err != nil {
		return fmt.Errorf("无法创建临时目录：%w", err)
	}
	defer os.RemoveAll(work)
	if err := v.WriteData(filepath.Join(work, "data")); err != nil {
		return fmt.Errorf("无法写入网站数据：%w", err)
	}
	m, err := newManifest(f, sample, o)
	if err != nil {
		return err
	}
	return publish(o.Out, func(dir string) error {
		if err := render(o.SiteDir, work, dir, o.BaseURL, o.Log); err != nil {
			return err
		}
		if err := writeFiles(dir, extra); err != nil {
			return err
		}
		return m.write(dir)
	})
}

// publish runs build into a fresh folder beside out, then swaps it in.
func publish(out string, build func(dir string) error) error {
	out, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	parent, name := filepath.Split(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("无法创建输出目录 %s：%w", parent, err)
	}
	removeStale(parent, name)
	tmp, err := os.MkdirTemp(parent, "."+name+".new-")
	if err != nil {
		return fmt.Errorf("无法在 %s 中创建临时目录：%w —— 请检查磁盘空间和权限", parent, err)
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := build(tmp); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	old := ""
	if _, err := os.Stat(out); err == nil {
		old = filepath.Join(parent, "."+name+".old-"+filepath.Base(tmp)[len(name)+6:])
		if err := os.Rename(out, old); err != nil {
			os.RemoveAll(tmp)
			return fmt.Errorf("无法替换 %s：%w —— 请关闭正在使用该目录的程序后重试", out, err)
		}
	}
	if err := os.Rename(tmp, out); err != nil {
		if old != "" {
			os.Rename(old, out)
		}
		os.RemoveAll(tmp)
		return fmt.Errorf("无法写入 %s：%w", out, err)
	}
	if old != "" {
		os.RemoveAll(old)
	}
	return nil
}

// removeStale deletes folders left by builds that were interrupted. A build
// stopped between its two renames has moved the previous site aside but not
// yet put the new one in place: the previous site is moved back first.
func removeStale(parent, name string) {
	entries, _ := os.ReadDir(parent)
	if _, err := os.Stat(filepath.Join(parent, name)); errors.Is(err, os.ErrNotExist) {
		for _, e := range entries {
			if e.IsDir() && strings.HasPrefix(e.Name(), "."+name+".old-") {
				if os.Rename(filepath.Join(parent, e.Name()), filepath.Join(parent, name)) == nil {
					break
				}
			}
		}
		entries, _ = os.ReadDir(parent)
	}
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() && (strings.HasPrefix(n, "."+name+".new-") || strings.HasPrefix(n, "."+name+".old-")) {
			os.RemoveAll(filepath.Join(parent, n))
		}
	}
}
