package cli

import (
	"context"

	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// pollEvery is how often serve looks for changed files. Polling needs no
// per-folder watch setup and is cheap for a folder of sheets.
const pollEvery = 400 * time.Millisecond

func runServe(args []string, stdout, stderr io.Writer) error {
	var o pipelineOptions
	flags := newFlags("serve", stderr)
	addRoundsFlags(flags, &o)
	addSiteFlags(flags, &o)
	port := flags.Int("port", 1313, "本机预览使用的端口")
	noOpen := flags.Bool("no-open", false, "不自动打开浏览器（不在终端中运行或设置了 CI 环境变量时也不打开）")
	if err := parse(flags, args); err != nil {
		return err
	}
	out, done, err := scratchDir("zwgk-serve-")
	if err != nil {
		return err
	}
	defer done()
	o.Out = filepath.Join(out, "public")
	o.BaseURL = "/"

	rebuild := func() {
		p := &progress{w: stderr, quiet: o.Quiet, start: time.Now()}
		if err := build(o, p, stderr); err != nil {
			fmt.Fprintln(stderr, "zwgk:", err)
			fmt.Fprintln(stderr, "zwgk: 预览仍显示上一次成功生成的网站；改正后会自动重新生成")
		}
	}
	rebuild()

	ln, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(*port))
	if err != nil {
		return fmt.Errorf("无法监听端口 %d：%v —— 用 --port 换一个端口", *port, err)
	}
	srv := &http.Server{Handler: previewHandler(o.Out, ln.Addr().(*net.TCPAddr).Port), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "预览地址：http://%s/ （按 Ctrl+C 结束）\n", ln.Addr())
	go srv.Serve(ln)
	if shouldOpen(*noOpen, os.Getenv, isTerminal(stdout)) {
		if err := openBrowser("http://" + ln.Addr().String() + "/"); err != nil {
			fmt.Fprintln(stderr, "zwgk: 无法自动打开浏览器，请手动打开上面的预览地址")
		}
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	watched := []string{o.Rounds}
	for _, dir := range siteDirs(o) {
		for _, d := range siteWatch {
			watched = append(watched, filepath.Join(dir, d))
		}
	}
	last := fingerprint(watched)
	tick := time.NewTicker(pollEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			shutdown, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			return srv.Shutdown(shutdown)
		case <-tick.C:
			if fp := fingerprint(watched); fp != last {
				last = fp
				fmt.Fprintln(stderr, "zwgk: 检测到改动，重新生成 …")
				rebuild()
			}
		}
	}
}

// siteWatch are the parts of the Hugo site whose changes trigger a rebuild.
var siteWatch = []string{"hugo.toml", "layouts", "content", "static", "data", "assets"}

// fingerprint hashes the names, sizes and modification times of every file
// under the given paths.
func fingerprint(paths []string) uint64 {
	h := fnv.New64a()
	for _, root := range paths {
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if info, err := d.Info(); err == nil {
				fmt.Fprintf(h, "%s|%d|%d\n", path, info.Size(), info.ModTime().UnixNano())
			}
			return nil
		})
	}
	return h.Sum64()
}

// previewHandler serves the site in dir to requests addressed to the
// preview itself, on this machine's port.
func previewHandler(dir string, port int) http.Handler {
	return ownHostOnly(port, noCache(http.FileServer(http.Dir(dir))))
}

// ownHostOnly answers 403 to a request whose Host is not the preview's own
// address. Without it, a page of another site could rebind its own name to
// 127.0.0.1 (DNS rebinding) and read the preview, drafts included, through
// the visitor's browser.
func ownHostOnly(port int, h http.Handler) http.Handler {
	p := strconv.Itoa(port)
	own := map[string]bool{"127.0.0.1:" + p: true, "localhost:" + p: true, "[::1]:" + p: true}
	if port == 80 {
		own["127.0.0.1"], own["localhost"], own["[::1]"] = true, true, true
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !own[strings.ToLower(r.Host)] {
			http.Error(w, fmt.Sprintf("zwgk serve 只回应发给 http://127.0.0.1:%d/ 的请求 —— 请在浏览器中打开这个地址", port), http.StatusForbidden)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// noCache makes the browser fetch every page anew, so a reload shows the
// latest build.
func noCache(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		h.ServeHTTP(w, r)
	})
}
