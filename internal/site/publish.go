package site

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gofrs/flock"
)

// Publishing replaces the --out folder as a whole: the site is built in a
// folder beside it (.public.new-N, with Hugo's working files in
// .public.work-N), then the previous site is moved aside (.public.old-N) and
// the new one moved in. A lock file beside the output (.public.lock) lets
// one build at a time do this; the folders a killed build left behind are
// recognized by these names and cleared by the next build.

// lockWait bounds how long a build waits for another build into the same
// folder before it gives up.
var lockWait = 10 * time.Minute

// lockRetry is how often a waiting build tries the lock again.
const lockRetry = 200 * time.Millisecond

// CheckOut returns an error saying what to do when the site must not be
// published into out: the rounds folder, the site folder, the working
// folder or a folder holding any of them; a folder inside the rounds or
// the site's template folders (the next build would read it as input); a
// file; or a folder of files zwgk did not write. A missing folder, an
// empty one and a site zwgk built before (it holds zwgk-manifest.json) may
// be replaced. CheckOut writes nothing.
func CheckOut(out, roundsDir, siteDir string) error {
	if strings.TrimSpace(out) == "" {
		return errors.New("--out 不能为空 —— 请指定生成的网站要写入的文件夹，如 --out public")
	}
	refuse := func(why, fix string) error {
		return fmt.Errorf("不能把网站生成到 %s：%s —— %s", out, why, fix)
	}
	const replaced = "生成网站会替换整个 --out 文件夹，其中原有的文件都会丢失；请用 --out 指定一个单独的新文件夹，如 --out public"
	abs, err := realPath(out)
	if err != nil {
		return refuse(err.Error(), "请检查路径")
	}
	wd, err := os.Getwd()
	if err != nil {
		return fmt.Errorf("无法确定当前工作目录：%w", err)
	}
	type kept struct{ dir, what string }
	var keep []kept
	for _, k := range []kept{{roundsDir, "检查数据文件夹（--rounds）"}, {siteDir, "网站模板目录（--site）"}, {wd, "当前工作目录"}} {
		if k.dir == "" {
			continue
		}
		d, err := realPath(k.dir)
		if err != nil {
			return err
		}
		keep = append(keep, kept{d, k.what})
	}
	for _, k := range keep {
		if k.dir == abs {
			return refuse("这是"+k.what, replaced)
		}
	}
	for _, k := range keep {
		if within(k.dir, abs) {
			return refuse("它包含"+k.what, replaced)
		}
	}
	if roundsDir != "" && within(abs, keep[0].dir) {
		return refuse("它在检查数据文件夹（--rounds）里", "下一次生成会把它当作检查数据读入；请用 --out 指定别处的文件夹，如 --out public")
	}
	if siteDir != "" {
		s, _ := realPath(siteDir)
		for _, d := range siteFolders {
			if within(abs, filepath.Join(s, d)) {
				return refuse("它在网站模板目录（--site）的 "+d+" 文件夹里", "下一次生成会把它当作网站模板读入；请用 --out 指定别处的文件夹，如 --out public")
			}
		}
	}
	info, err := os.Lstat(abs)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil
	case err != nil:
		return refuse(err.Error(), "请检查路径和权限")
	case info.Mode()&os.ModeSymlink != 0:
		return refuse("这是一个符号链接", "请用 --out 指定一个实际的文件夹，如 --out public")
	case !info.IsDir():
		return refuse("这是一个文件，不是文件夹", "请用 --out 指定一个文件夹，如 --out public")
	}
	entries, err := os.ReadDir(abs)
	if err != nil {
		return refuse(err.Error(), "请检查权限")
	}
	if len(entries) == 0 || isBuiltSite(abs) {
		return nil
	}
	return refuse("这个文件夹不是空的，也不是 zwgk 生成的网站（其中没有 "+ManifestName+"）",
		"替换它会删掉其中原有的文件；请用 --out 指定一个新的或空的文件夹，若它确是以前生成的网站，请先把它改名或移走")
}

// realPath is the absolute path of p with symbolic links resolved as far
// as p exists, so two spellings of one folder compare equal.
func realPath(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	rest := ""
	for dir := abs; ; {
		if r, err := filepath.EvalSymlinks(dir); err == nil {
			return filepath.Join(r, rest), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return abs, nil
		}
		rest = filepath.Join(filepath.Base(dir), rest)
		dir = parent
	}
}

// within reports whether path is strictly inside dir; both are clean and
// absolute.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != "." && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// publish runs build into a fresh folder beside o.Out, with a working
// folder for Hugo, then swaps the new site in. It refuses an o.Out that
// CheckOut refuses, before it writes anything.
func publish(o Options, build func(dir, work string) error) error {
	if err := CheckOut(o.Out, o.RoundsDir, o.SiteDir); err != nil {
		return err
	}
	out, err := filepath.Abs(o.Out)
	if err != nil {
		return err
	}
	parent, name := filepath.Split(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("无法创建输出目录 %s：%w", parent, err)
	}
	unlock, err := lockOut(o, parent, name)
	if err != nil {
		return err
	}
	defer unlock()
	restoreMovedAside(parent, name)
	// Another build may have published while this one waited.
	if err := CheckOut(o.Out, o.RoundsDir, o.SiteDir); err != nil {
		return err
	}
	removeStale(parent, name)
	tmp, err := os.MkdirTemp(parent, "."+name+".new-")
	if err != nil {
		return fmt.Errorf("无法在 %s 中创建临时目录：%w —— 请检查磁盘空间和权限", parent, err)
	}
	work, err := os.MkdirTemp(parent, "."+name+".work-")
	if err != nil {
		os.RemoveAll(tmp)
		return fmt.Errorf("无法在 %s 中创建临时目录：%w —— 请检查磁盘空间和权限", parent, err)
	}
	defer os.RemoveAll(work)
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := build(tmp, work); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	old := ""
	if _, err := os.Stat(out); err == nil {
		old = filepath.Join(parent, "."+name+".old-"+strings.TrimPrefix(filepath.Base(tmp), "."+name+".new-"))
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

// lockOut takes the lock of the output folder, waiting at most lockWait
// while another build holds it. The operating system releases the lock of
// a build that is killed, so a lock is never left stale; the lock file
// itself stays, empty, beside the output.
func lockOut(o Options, parent, name string) (unlock func(), err error) {
	l := flock.New(filepath.Join(parent, "."+name+".lock"))
	ok, err := l.TryLock()
	if err != nil {
		return nil, fmt.Errorf("无法锁定输出目录 %s：%w —— 请检查该目录的写入权限", o.Out, err)
	}
	if !ok {
		if o.Log != nil {
			fmt.Fprintf(o.Log, "zwgk: 另一个 zwgk 正在生成网站到 %s，等它完成 …\n", o.Out)
		}
		ctx, cancel := context.WithTimeout(context.Background(), lockWait)
		defer cancel()
		ok, err = l.TryLockContext(ctx, lockRetry)
		if !ok {
			if err == nil || errors.Is(err, context.DeadlineExceeded) {
				return nil, fmt.Errorf("另一个 zwgk 正在生成网站到 %s，等了 %.0f 分钟仍未完成 —— 请等它完成后再运行；同一个 --out 同时只能有一个 zwgk 在生成", o.Out, lockWait.Minutes())
			}
			return nil, fmt.Errorf("无法锁定输出目录 %s：%w —— 请检查该目录的写入权限", o.Out, err)
		}
	}
	return func() { l.Unlock() }, nil
}

// stale lists the folders beside the output that a build with the given
// kind ("new", "old" or "work") left: .name.kind-N with N the digits
// os.MkdirTemp adds. Nothing else is ever removed.
func stale(parent, name, kind string) []string {
	entries, _ := os.ReadDir(parent)
	var found []string
	prefix := "." + name + "." + kind + "-"
	for _, e := range entries {
		n, ok := strings.CutPrefix(e.Name(), prefix)
		if e.IsDir() && ok && n != "" && strings.Trim(n, "0123456789") == "" {
			found = append(found, filepath.Join(parent, e.Name()))
		}
	}
	return found
}

// restoreMovedAside puts back the previous site when a build stopped
// between its two renames: it had moved the site aside but not yet moved
// the new one in.
func restoreMovedAside(parent, name string) {
	out := filepath.Join(parent, name)
	if _, err := os.Lstat(out); !errors.Is(err, os.ErrNotExist) {
		return
	}
	for _, old := range stale(parent, name, "old") {
		if os.Rename(old, out) == nil {
			return
		}
	}
}

// removeStale deletes the folders that interrupted builds left beside the
// output. It runs under the lock, so no other build is using them.
func removeStale(parent, name string) {
	for _, kind := range []string{"new", "old", "work"} {
		for _, dir := range stale(parent, name, kind) {
			os.RemoveAll(dir)
		}
	}
}
