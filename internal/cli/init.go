package cli

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/zwgk/zwgk"
)

// runInit writes a starting hugo.toml (and with --templates the templates,
// styles and scripts) built into the binary, to be edited. It writes
// nothing when a file it would write already exists with other content,
// unless --force: no command overwrites what it did not create.
func runInit(args []string, stdout, stderr io.Writer) error {
	flags := newFlags("init", stderr)
	templates := flags.Bool("templates", false, "同时写出网页模板、样式和脚本（layouts/、content/、static/），供修改")
	force := flags.Bool("force", false, "覆盖已有的同名文件")
	var dir string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		dir, args = args[0], args[1:]
	}
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	if rest := flags.Args(); len(rest) > 1 || len(rest) == 1 && dir != "" {
		fmt.Fprintf(stderr, "多余的参数：%s —— 用法：zwgk init [文件夹] [--templates] [--force]\n", strings.Join(rest, " "))
		return errUsage
	} else if len(rest) == 1 {
		dir = rest[0]
	}
	if dir == "" {
		dir = "."
	}
	roots := []string{"hugo.toml"}
	if *templates {
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
	if len(taken) > 0 && !*force {
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
	fmt.Fprintf(stdout, "已写出 %d 个文件到 %s（%d 个已与内置的相同）\n", len(write), dir, len(files)-len(write))
	fmt.Fprintln(stdout, "修改后在该文件夹运行 zwgk build，或用 --site 指向它；其中的文件替换内置的同名文件，没有改的文件可以删去，以便随新版本更新。")
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
