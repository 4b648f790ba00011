package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gofrs/flock"
)

// scratchDir makes the temporary folder of one run of serve or review,
// prefix-N in the system's temporary folder, and holds a lock on
// prefix-N.lock beside it until done is called, which removes both. It
// first removes what killed runs left: folders named prefix-N (N digits)
// whose lock file no process holds. The operating system releases a
// killed run's lock.
func scratchDir(prefix string) (dir string, done func(), err error) {
	clearKilled(prefix)
	dir, err = os.MkdirTemp("", prefix)
	if err != nil {
		return "", nil, fmt.Errorf("无法创建临时目录：%w —— 请检查磁盘空间", err)
	}
	l := flock.New(dir + ".lock")
	if ok, err := l.TryLock(); !ok || err != nil {
		os.RemoveAll(dir)
		return "", nil, fmt.Errorf("无法锁定临时目录 %s：%v —— 请检查磁盘空间和权限", dir, err)
	}
	return dir, func() {
		os.RemoveAll(dir)
		l.Unlock() // before the removal, which Windows refuses for a locked file
		os.Remove(l.Path())
	}, nil
}

// clearKilled removes the folders of runs that ended without removing
// them.
func clearKilled(prefix string) {
	tmp := os.TempDir()
	entries, _ := os.ReadDir(tmp)
	for _, e := range entries {
		n, ok := strings.CutPrefix(e.Name(), prefix)
		if !e.IsDir() || !ok || n == "" || strings.Trim(n, "0123456789") != "" {
			continue
		}
		dir := filepath.Join(tmp, e.Name())
		if _, err := os.Stat(dir + ".lock"); err != nil {
			continue // not made by scratchDir
		}
		l := flock.New(dir + ".lock")
		if ok, err := l.TryLock(); ok && err == nil {
			os.RemoveAll(dir)
			l.Unlock()
			os.Remove(l.Path())
		}
	}
}
