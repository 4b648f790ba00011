package site

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/spf13/afero"

	"github.com/zwgk/zwgk/internal/figures/figurestest"
)

// fullDisk is a disk that fills up: once limit bytes are written, every
// write and every new file fails with "no space left on device".
type fullDisk struct {
	afero.Fs
	mu      sync.Mutex
	written int
	limit   int
}

func (d *fullDisk) take(n int) int {
	d.mu.Lock()
	defer d.mu.Unlock()
	n = max(0, min(n, d.limit-d.written))
	d.written += n
	return n
}

func (d *fullDisk) full() bool { return d.take(0) == 0 && d.written >= d.limit }

func (d *fullDisk) Create(name string) (afero.File, error) {
	return d.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o666)
}

func (d *fullDisk) OpenFile(name string, flag int, perm os.FileMode) (afero.File, error) {
	if flag&(os.O_WRONLY|os.O_RDWR) == 0 {
		return d.Fs.OpenFile(name, flag, perm)
	}
	if d.full() {
		return nil, &os.PathError{Op: "open", Path: name, Err: syscall.ENOSPC}
	}
	f, err := d.Fs.OpenFile(name, flag, perm)
	if err != nil {
		return nil, err
	}
	return &fullFile{File: f, disk: d}, nil
}

type fullFile struct {
	afero.File
	disk *fullDisk
}

func (f *fullFile) Write(p []byte) (int, error) {
	n := f.disk.take(len(p))
	if n > 0 {
		if _, err := f.File.Write(p[:n]); err != nil {
			return 0, err
		}
	}
	if n < len(p) {
		return n, &os.PathError{Op: "write", Path: f.Name(), Err: syscall.ENOSPC}
	}
	return n, nil
}

func (f *fullFile) WriteString(s string) (int, error) { return f.Write([]byte(s)) }

// A build onto a disk that fills up ends with an error that says so, and
// the previous site stays as it was. Before, Hugo stopped after ten failed
// pages while its page walker still waited to hand out the next one, and
// the build hung for good in 3 of 9 tries.
func TestBuildOntoFullDiskFails(t *testing.T) {
	_, f := figurestest.Compute(t, "../../rounds")
	out := filepath.Join(t.TempDir(), "public")
	if err := Build(f, true, Options{SiteDir: "../..", Out: out, Log: &bytes.Buffer{}}); err != nil {
		t.Fatal(err)
	}
	before := tree(t, out)
	for _, limit := range []int{0, 100_000, 2_000_000} {
		var log bytes.Buffer
		o := Options{SiteDir: "../..", Out: out, Log: &log, publishFs: func(fs afero.Fs) afero.Fs {
			return &fullDisk{Fs: fs, limit: limit}
		}}
		done := make(chan error, 1)
		go func() { done <- Build(f, true, o) }()
		var err error
		select {
		case err = <-done:
		case <-time.After(5 * time.Minute): // a hang, not a slow build
			t.Fatalf("limit %d: the build onto a full disk did not end", limit)
		}
		if err == nil || !strings.Contains(err.Error(), "no space left on device") || !strings.Contains(err.Error(), "请检查磁盘空间和写入权限，上一次生成的网站没有改变") {
			t.Errorf("limit %d: err = %v, want a full-disk error saying the previous site is kept", limit, err)
		}
		if after := tree(t, out); !reflect.DeepEqual(after, before) {
			t.Errorf("limit %d: the previous site changed", limit)
		}
		onlyEntry(t, out)
	}
}
