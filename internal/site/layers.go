package site

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// SiteFiles are the entries of a site folder that belong to the site: the
// configuration and the folders the build mounts. Other files in the folder
// (the rounds, a README) are not part of it.
func SiteFiles() []string { return append([]string{"hugo.toml"}, siteFolders...) }

// HasSiteFiles reports whether dir holds any of SiteFiles, so it overrides
// part of the built-in site.
func HasSiteFiles(dir string) bool {
	for _, e := range SiteFiles() {
		if _, err := os.Stat(filepath.Join(dir, e)); err == nil {
			return true
		}
	}
	return false
}

// assemble writes the effective site into dst: the built-in files of
// base, then the site files of each override folder in turn, a later file
// replacing an earlier one of the same path. dst is a folder of the
// build's working folder, removed with it. The origins map each written
// file to where it came from, for error messages.
func assemble(dst string, base fs.FS, overrides []string) (origins, error) {
	from := origins{dir: dst, files: map[string]string{}}
	err := fs.WalkDir(base, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := base.Open(p)
		if err != nil {
			return err
		}
		defer src.Close()
		from.files[filepath.FromSlash(p)] = "内置模板 " + p
		return writeFrom(filepath.Join(dst, filepath.FromSlash(p)), src)
	})
	if err != nil {
		return from, fmt.Errorf("无法展开内置的网站模板：%w —— 请检查临时目录的磁盘空间和权限", err)
	}
	for _, dir := range overrides {
		if dir == "" {
			continue
		}
		for _, e := range SiteFiles() {
			err := walkEntry(dir, e, func(rel, p string) error {
				src, err := os.Open(p)
				if err != nil {
					return err
				}
				defer src.Close()
				from.files[rel] = p
				return writeFrom(filepath.Join(dst, rel), src)
			})
			if err != nil {
				return from, fmt.Errorf("无法读取网站模板 %s：%w", path.Clean(filepath.ToSlash(filepath.Join(dir, e))), err)
			}
		}
	}
	return from, nil
}

// origins are where the files of an assembled site came from.
type origins struct {
	dir   string            // the assembled site
	files map[string]string // path in dir → the file it was copied from
}

// explain names, in an error about the assembled site, the files the
// user knows — a template in --site or the built-in one — rather than
// their copies in the working folder, which is gone once the build ends.
func (o origins) explain(err error) error {
	if err == nil || o.dir == "" || !strings.Contains(err.Error(), o.dir) {
		return err
	}
	msg := err.Error()
	for rel, from := range o.files {
		msg = strings.ReplaceAll(msg, filepath.Join(o.dir, rel), from)
	}
	return explained{msg, err}
}

// explained is an error with a rewritten message that still unwraps to
// the original.
type explained struct {
	msg string
	err error
}

func (e explained) Error() string { return e.msg }
func (e explained) Unwrap() error { return e.err }

// writeFrom writes src to a new file at name, creating its folder.
func writeFrom(name string, src io.Reader) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, src); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
