package cli

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/zwgk/zwgk"
)

// initOptions are the arguments of `zwgk init`.
type initOptions struct {
	env
	Dir       string // the folder the files go to
	Templates bool   // the templates, styles and scripts too
	Force     bool   // replace files with other content
}

// parseInit reads init's folder and flags; the folder may come before or
// after the flags.
func parseInit(args []string, e env) (*initOptions, error) {
	o := &initOptions{env: e}
	flags := newFlags("init", e.Stderr)
	flags.BoolVar(&o.Templates, "templates", false, "同时写出网页模板、样式和脚本（layouts/、content/、static/），供修改")
	flags.BoolVar(&o.Force, "force", false, "覆盖已有的同名文件")
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		o.Dir, args = args[0], args[1:]
	}
	if err := parseFlags(flags, args); err != nil {
		return nil, err
	}
	if rest := flags.Args(); len(rest) > 1 || len(rest) == 1 && o.Dir != "" {
		fmt.Fprintf(e.Stderr, "多余的参数：%s —— 用法：zwgk init [文件夹] [--templates] [--force]\n", strings.Join(rest, " "))
		return nil, errUsage
	} else if len(rest) == 1 {
		o.Dir = rest[0]
	}
	if o.Dir == "" {
		o.Dir = "."
	}
	return o, nil
}

// runInit writes a starting hugo.toml (and with --templates the templates,
// styles and scripts) built into the binary, to be edited. It writes
// nothing when a file it would write already exists with other content,
// unless --force: no command overwrites what it did not create.
func runInit(o *initOptions) error {
	dir := o.Dir
	roots := []string{"hugo.toml"}
	if o.Templates {
		roots = append(roots, "layouts", "content", "static")
	}
	files, err := builtinFiles(roots)
	if err != nil {
		return err
	}
	var write, taken []string
	for _, f := range files {
		want, err := fs.ReadFile(zwgk.Site, f)
		if err != nil {
			return err
		}
		have, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f)))
		switch {
		case err == nil && bytes.Equal(have, want):
			// Already as built in: nothing to write.
		case err == nil:
			taken = append(taken, f)
			write = append(write, f)
		case os.IsNotExist(err):
			write = append(write, f)
		default:
			return fmt.Errorf("无法读取 %s：%w", filepath.Join(dir, f), err)
		}
	}
	if len(taken) > 0 && !o.Force {
		shown := taken
		if len(shown) > 5 {
			shown = shown[:5]
		}
		more := ""
		if len(taken) > len(shown) {
			more = fmt.Sprintf(" 等 %d 个文件", len(taken))
		}
		return fmt.Errorf("%s 中已有 %s%s，内容与内置的不同，没有写出任何文件 —— 保留自己的修改，或加 --force 用内置的覆盖", dir, strings.Join(shown, "、"), more)
	}
	for _, f := range write {
		b, _ := fs.ReadFile(zwgk.Site, f)
		name := filepath.Join(dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return fmt.Errorf("无法创建文件夹 %s：%w —— 请检查权限", filepath.Dir(name), err)
		}
		if err := os.WriteFile(name, b, 0o644); err != nil {
			return fmt.Errorf("无法写入 %s：%w —— 请检查磁盘空间和权限", name, err)
		}
	}
	fmt.Fprintf(o.Stdout, "已写出 %d 个文件到 %s（%d 个已与内置的相同）\n", len(write), dir, len(files)-len(write))
	fmt.Fprintln(o.Stdout, "修改后在该文件夹运行 zwgk build，或用 --site 指向它；其中的文件替换内置的同名文件，没有改的文件可以删去，以便随新版本更新。")
	return nil
}

// builtinFiles lists the files of the built-in site under roots, in order.
func builtinFiles(roots []string) ([]string, error) {
	var files []string
	for _, r := range roots {
		err := fs.WalkDir(zwgk.Site, r, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				files = append(files, p)
			}
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(files)
	return files, nil
}
