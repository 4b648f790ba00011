package site

import (
	"errors"
	"io"
	"os"
	"sync"

	"github.com/gohugoio/hugo/common/herrors"
	"github.com/spf13/afero"
)

// diskGuard is the filesystem under Hugo's output. It keeps the first write
// error (a full disk, a lost permission) to itself, tells Hugo every write
// succeeded and drops everything written after it; render then reports the
// kept error. Handing Hugo the errors instead can hang the build: Hugo
// v0.165's renderPages stops its workers after ten failed pages while its
// page walker may be blocked handing them the next page, and a full disk
// fails every page.
type diskGuard struct {
	afero.Fs
	mu  sync.Mutex
	err error
}

// Err is the first write error, or nil.
func (g *diskGuard) Err() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.err
}

// keep records err when it is the first; it reports whether err was one.
func (g *diskGuard) keep(err error) bool {
	if err == nil {
		return false
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.err == nil {
		g.err = err
	}
	return true
}

func (g *diskGuard) Create(name string) (afero.File, error) {
	return g.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o666)
}

func (g *diskGuard) OpenFile(name string, flag int, perm os.FileMode) (afero.File, error) {
	if flag&(os.O_WRONLY|os.O_RDWR) == 0 {
		return g.Fs.OpenFile(name, flag, perm)
	}
	if g.Err() != nil {
		return dropped{name}, nil
	}
	f, err := g.Fs.OpenFile(name, flag, perm)
	// A missing folder is not a failure: Hugo creates it and tries again.
	if err != nil && herrors.IsNotExist(err) {
		return nil, err
	}
	if g.keep(err) {
		return dropped{name}, nil
	}
	return &guardedFile{File: f, guard: g}, nil
}

func (g *diskGuard) Mkdir(name string, perm os.FileMode) error {
	if g.Err() == nil {
		g.keep(g.Fs.Mkdir(name, perm))
	}
	return nil
}

func (g *diskGuard) MkdirAll(path string, perm os.FileMode) error {
	if g.Err() == nil {
		g.keep(g.Fs.MkdirAll(path, perm))
	}
	return nil
}

// guardedFile is a file Hugo writes through a diskGuard.
type guardedFile struct {
	afero.File
	guard *diskGuard
}

func (f *guardedFile) Write(p []byte) (int, error) {
	if f.guard.Err() == nil {
		_, err := f.File.Write(p)
		f.guard.keep(err)
	}
	return len(p), nil
}

func (f *guardedFile) WriteAt(p []byte, off int64) (int, error) {
	if f.guard.Err() == nil {
		_, err := f.File.WriteAt(p, off)
		f.guard.keep(err)
	}
	return len(p), nil
}

func (f *guardedFile) WriteString(s string) (int, error) { return f.Write([]byte(s)) }

func (f *guardedFile) Sync() error {
	f.guard.keep(f.File.Sync())
	return nil
}

// Close reports nothing either: the data of a write may fail to reach the
// disk only when the file is closed.
func (f *guardedFile) Close() error {
	f.guard.keep(f.File.Close())
	return nil
}

// dropped is a file opened after a write failed: what is written to it is
// thrown away.
type dropped struct{ name string }

func (d dropped) Name() string                           { return d.name }
func (d dropped) Write(p []byte) (int, error)            { return len(p), nil }
func (d dropped) WriteAt(p []byte, _ int64) (int, error) { return len(p), nil }
func (d dropped) WriteString(s string) (int, error)      { return len(s), nil }
func (d dropped) Read([]byte) (int, error)               { return 0, io.EOF }
func (d dropped) ReadAt([]byte, int64) (int, error)      { return 0, io.EOF }
func (d dropped) Seek(int64, int) (int64, error)         { return 0, nil }
func (d dropped) Readdir(int) ([]os.FileInfo, error)     { return nil, errNotWritten }
func (d dropped) Readdirnames(int) ([]string, error)     { return nil, errNotWritten }
func (d dropped) Stat() (os.FileInfo, error)             { return nil, errNotWritten }
func (d dropped) Sync() error                            { return nil }
func (d dropped) Truncate(int64) error                   { return nil }
func (d dropped) Close() error                           { return nil }

var errNotWritten = errors.New("not written: an earlier write failed")
