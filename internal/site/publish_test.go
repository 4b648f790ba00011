package site

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/zwgk/zwgk/internal/txtartest"
)

// previousSite writes a published site with nested folders and returns its
// folder and content.
func previousSite(t *testing.T) (string, map[string]string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "public")
	files := map[string]string{
		"index.html":               "<h1>上一次发布的网站</h1>",
		"rounds/2024q3/index.html": "<h1>2024年第三季度</h1>",
		"downloads/rounds.csv":     "轮次,网站合格率\n2024Q3,99.84%\n",
		"units/示例市教育局/index.html":  "<h1>示例市教育局</h1>",
		ManifestName:               `{"format": 1, "tool": "devel"}`,
	}
	for name, content := range files {
		txtartest.WriteFile(t, filepath.Join(out, filepath.FromSlash(name)), []byte(content))
	}
	return out, tree(t, out)
}

// tree reads every file under dir, by slash-separated path.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// writeHalf writes part of a new site, as a build does before it fails.
func writeHalf(dir string) error {
	if err := os.MkdirAll(filepath.Join(dir, "rounds", "2024q4"), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte("<h1>写了一半</h1>"), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "rounds", "2024q4", "index.html"), []byte("半"), 0o644)
}

// onlyEntry checks that nothing but the output and its lock file is left
// beside the output.
func onlyEntry(t *testing.T, out string) {
	t.Helper()
	var names []string
	for _, name := range txtartest.Names(t, filepath.Dir(out)) {
		if name != "."+filepath.Base(out)+".lock" {
			names = append(names, name)
		}
	}
	if len(names) != 1 || names[0] != filepath.Base(out) {
		t.Errorf("beside the output: %v, want only %s", names, filepath.Base(out))
	}
}

// A build that fails midway — a template error, a full disk — leaves the
// previous site byte for byte and nothing beside it.
func TestPublishFailedMidwayKeepsPreviousSite(t *testing.T) {
	out, before := previousSite(t)
	err := publish(Options{Out: out}, func(dir, _ string) error {
		if err := writeHalf(dir); err != nil {
			return err
		}
		return errors.New("no space left on device")
	})
	if err == nil {
		t.Fatal("publish succeeded")
	}
	if after := tree(t, out); !reflect.DeepEqual(after, before) {
		t.Errorf("previous site changed:\n%v\nwant\n%v", after, before)
	}
	onlyEntry(t, out)
}

// helperEnv makes the test binary act as a zwgk build that is killed while
// it writes the site: it writes half of it, says so, and waits.
const helperEnv = "ZWGK_TEST_PUBLISH_HELPER"

func TestMain(m *testing.M) {
	if out := os.Getenv(helperEnv); out != "" {
		err := publish(Options{Out: out}, func(dir, _ string) error {
			if err := writeHalf(dir); err != nil {
				return err
			}
			fmt.Println("writing")
			time.Sleep(time.Minute) // killed before this ends
			return nil
		})
		fmt.Println("publish returned", err)
		os.Exit(3)
	}
	os.Exit(m.Run())
}

// A build killed while it writes (Ctrl+C, a closed window, a power cut)
// leaves the previous site byte for byte; the next build clears what the
// killed one left and publishes.
func TestPublishKilledKeepsPreviousSite(t *testing.T) {
	out, before := previousSite(t)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), helperEnv+"="+out)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, len("writing"))
	if _, err := io.ReadFull(stdout, buf); err != nil || string(buf) != "writing" {
		cmd.Process.Kill()
		t.Fatalf("helper said %q, %v", buf, err)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	if after := tree(t, out); !reflect.DeepEqual(after, before) {
		t.Errorf("previous site changed:\n%v\nwant\n%v", after, before)
	}
	if names := txtartest.Names(t, filepath.Dir(out)); len(names) != 4 { // the site, the lock, .public.new-N, .public.work-N
		t.Errorf("the killed build should have left its folder: %v", names)
	}

	err = publish(Options{Out: out}, func(dir, _ string) error {
		return os.WriteFile(filepath.Join(dir, "index.html"), []byte("新网站"), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := tree(t, out); !reflect.DeepEqual(got, map[string]string{"index.html": "新网站"}) {
		t.Errorf("after the next build: %v", got)
	}
	onlyEntry(t, out)
}

// A build stopped between moving the previous site aside and moving the new
// one in leaves no public/ for a moment; the next run puts the previous
// site back before anything else, so a failing next build still leaves it.
func TestPublishRestoresSiteMovedAside(t *testing.T) {
	out, before := previousSite(t)
	parent := filepath.Dir(out)
	if err := os.Rename(out, filepath.Join(parent, ".public.old-123")); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(parent, ".public.new-123"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := publish(Options{Out: out}, func(string, string) error { return errors.New("template error") }); err == nil {
		t.Fatal("publish succeeded")
	}
	if after := tree(t, out); !reflect.DeepEqual(after, before) {
		t.Errorf("previous site not restored:\n%v\nwant\n%v", after, before)
	}
	onlyEntry(t, out)
}

// said passes each line written to it on to a channel.
type said chan string

func (s said) Write(p []byte) (int, error) {
	select {
	case s <- string(p):
	default:
	}
	return len(p), nil
}

// writeSite writes a one-page site with its manifest, as a build does.
func writeSite(dir, page string) error {
	if err := os.WriteFile(filepath.Join(dir, ManifestName), []byte(`{"format": 1, "tool": "devel"}`), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "index.html"), []byte(page), 0o644)
}

// holdLock starts a build into out and returns once that build holds the
// lock; it ends with finish once release is called, its error on done.
func holdLock(out string, finish func(dir string) error) (release func(), done <-chan error) {
	in, wait, result := make(chan struct{}), make(chan struct{}), make(chan error)
	go func() {
		result <- publish(Options{Out: out}, func(dir, _ string) error {
			close(in)
			<-wait
			return finish(dir)
		})
	}()
	<-in
	return func() { close(wait) }, result
}

// Two builds into one folder at once take turns: the second waits for the
// first, says so, and neither deletes the other's folders — before, 4 of 26
// such pairs failed.
func TestPublishConcurrentBuildsTakeTurns(t *testing.T) {
	out, _ := previousSite(t)
	release, firstDone := holdLock(out, func(dir string) error { return writeSite(dir, "第一次") })
	log, secondIn, secondDone := make(said, 1), make(chan struct{}), make(chan error)
	go func() {
		secondDone <- publish(Options{Out: out, Log: log}, func(dir, _ string) error {
			close(secondIn)
			return writeSite(dir, "第二次")
		})
	}()
	select {
	case <-secondIn:
		t.Error("the second build ran while the first was building")
	case msg := <-log:
		if want := "zwgk: 另一个 zwgk 正在生成网站到 " + out + "，等它完成 …\n"; msg != want {
			t.Errorf("the second build said %q, want %q", msg, want)
		}
	}
	release()
	if err := <-firstDone; err != nil {
		t.Errorf("first build: %v", err)
	}
	if err := <-secondDone; err != nil {
		t.Errorf("second build: %v", err)
	}
	if got := tree(t, out)["index.html"]; got != "第二次" {
		t.Errorf("published index.html = %q, want the second build's", got)
	}
	onlyEntry(t, out)
}

// A build that cannot get the lock in time stops and says why.
func TestPublishGivesUpWaiting(t *testing.T) {
	defer func(w time.Duration) { lockWait = w }(lockWait)
	lockWait = 0
	out, before := previousSite(t)
	release, firstDone := holdLock(out, func(string) error { return errors.New("stopped") })
	err := publish(Options{Out: out}, func(dir, _ string) error { return writeSite(dir, "第二次") })
	release()
	<-firstDone
	want := "另一个 zwgk 正在生成网站到 " + out + "，等了 0 分钟仍未完成 —— 请等它完成后再运行；同一个 --out 同时只能有一个 zwgk 在生成"
	if err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
	if after := tree(t, out); !reflect.DeepEqual(after, before) {
		t.Errorf("previous site changed:\n%v\nwant\n%v", after, before)
	}
}

// Only folders a build itself makes (.public.new-N, .public.old-N,
// .public.work-N) are cleared; anything else beside the output stays.
func TestPublishLeavesOtherFoldersAlone(t *testing.T) {
	out, _ := previousSite(t)
	parent := filepath.Dir(out)
	others := []string{".public.new-备份", ".public.old-", "public.bak", ".public.work-1a"}
	for _, d := range append(others, ".public.new-42", ".public.work-7") {
		if err := os.Mkdir(filepath.Join(parent, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := publish(Options{Out: out}, func(dir, _ string) error { return writeSite(dir, "新网站") }); err != nil {
		t.Fatal(err)
	}
	names := txtartest.Names(t, parent)
	want := []string{".public.lock", ".public.new-备份", ".public.old-", ".public.work-1a", "public", "public.bak"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("beside the output: %v, want %v", names, want)
	}
}
