package site

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
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
// build's working folder, removed with it.
func assemble(dst string, base fs.FS, overrides []string) error {
	err := fs.WalkDir(base, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := base.Open(p)
		if err != nil {
			return err
		}
		defer src.Close()
		return writeFrom(filepath.Join(dst, filepath.FromSlash(p)), src)
	})
	if err != nil {
		return fmt.Errorf("无法展开内置的网站模板：%w —— 请检查临时目录的磁盘空间和权限", err)
	}
	for _, dir := range overrides {
		if dir == "" {
			continue
		}
		for _, e := range SiteFiles() {
			start := filepath.Join(dir, e)
			err := filepath.WalkDir(start, func(p string, d fs.DirEntry, err error) error {
				if err != nil {
					if os.IsNotExist(err) && p == start {
						return nil
					}
					return err
				}
				if d.IsDir() {
					return nil
				}
				rel, err := filepath.Rel(dir, p)
				if err != nil {
					return err
				}
				src, err := os.Open(p)
				if err != nil {
					return err
				}
				defer src.Close()
				return writeFrom(filepath.Join(dst, rel), src)
			})
			if err != nil {
				return fmt.Errorf("无法读取网站模板 %s：%w", path.Clean(filepath.ToSlash(start)), err)
			}
		}
	}
	return nil
}

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
