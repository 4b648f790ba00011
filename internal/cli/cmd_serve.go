package cli

import (
	"context"
	"flag"
	"fmt"
	"hash/fnv"
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
const pollEvery = 200 * time.Millisecond

// serveOptions are the flags of `zwgk serve`.
type serveOptions struct {
	pipelineOptions
	Port   int  // the preview's port on 127.0.0.1; 0 picks a free one
	NoOpen bool // do not open the preview in a browser
	// Stop ends the preview when done, as an interrupt (Ctrl+C) does; nil
	// for only the interrupt.
	Stop context.Context
}

// parseServe reads serve's flags.
func parseServe(args []string, e env) (*serveOptions, error) {
	o := &serveOptions{pipelineOptions: pipelineOptions{env: e}}
	return parseOptions("serve", e, o, args, func(fs *flag.FlagSet) {
		addRoundsFlags(fs, &o.pipelineOptions)
		addSiteFlags(fs, &o.pipelineOptions)
		fs.IntVar(&o.Port, "port", 1313, "本机预览使用的端口")
		fs.BoolVar(&o.NoOpen, "no-open", false, "不自动打开浏览器（不在终端中运行或设置了 CI 环境变量时也不打开）")
	})
}

// runServe builds the site into a temporary folder, serves it on this
// machine, and rebuilds it whenever a sheet or a site file changes, until
// stopped.
func runServe(o *serveOptions) error {
	out, done, err := scratchDir("zwgk-serve-")
	if err != nil {
		return err
	}
	defer done()
	o.Out = filepath.Join(out, "public")
	o.BaseURL = "/"

	rebuild := func() {
		if err := build(o.pipelineOptions, o.progress()); err != nil {
			fmt.Fprintln(o.Stderr, "zwgk:", err)
			fmt.Fprintln(o.Stderr, "zwgk: 预览仍显示上一次成功生成的网站；改正后会自动重新生成")
		}
	}
	// The files are looked at before the first build, so that a change
	// made while it runs is built too.
	watched := []string{o.Rounds}
	for _, dir := range siteDirs(o.pipelineOptions) {
		for _, d := range siteWatch {
			watched = append(watched, filepath.Join(dir, d))
		}
	}
	last := fingerprint(watched)
	rebuild()

	ln, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(o.Port))
	if err != nil {
		return fmt.Errorf("无法监听端口 %d：%v —— 用 --port 换一个端口", o.Port, err)
	}
	srv := &http.Server{Handler: previewHandler(o.Out, ln.Addr().(*net.TCPAddr).Port), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(o.Stdout, "预览地址：http://%s/ （按 Ctrl+C 结束）\n", ln.Addr())
	go srv.Serve(ln)
	if shouldOpen(o.NoOpen, os.Getenv, isTerminal(o.Stdout)) {
		if err := openBrowser("http://" + ln.Addr().String() + "/"); err != nil {
			fmt.Fprintln(o.Stderr, "zwgk: 无法自动打开浏览器，请手动打开上面的预览地址")
		}
	}

	parent := o.Stop
	if parent == nil {
		parent = context.Background()
	}
	ctx, stop := signal.NotifyContext(parent, os.Interrupt)
	defer stop()
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
				fmt.Fprintln(o.Stderr, "zwgk: 检测到改动，重新生成 …")
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
