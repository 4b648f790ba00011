// Package site writes the figures as Hugo data and renders the disclosure
// site with Hugo, run in-process as a library. It is the only package that
// knows Hugo.
package site

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/bep/logg"
	"github.com/gohugoio/hugo/common/herrors"
	"github.com/gohugoio/hugo/common/loggers"
	"github.com/gohugoio/hugo/config"
	"github.com/gohugoio/hugo/config/allconfig"
	"github.com/gohugoio/hugo/deps"
	"github.com/gohugoio/hugo/hugofs"
	"github.com/gohugoio/hugo/hugolib"
	"github.com/pelletier/go-toml/v2"
	"github.com/spf13/afero"
	"github.com/spf13/fsync"
)

// siteFolders are the folders of the Hugo site at the repo root that the
// build mounts; the generated data is mounted beside the site's own data/.
var siteFolders = []string{"content", "layouts", "static", "data", "assets", "i18n"}

// LoadHugoConfig writes cfg as the Hugo configuration in workDir and loads
// it for a production build, Hugo logging warnings and errors to stdout
// and stderr. bench/floor loads its bare site with it too, so that the
// floor it measures is Hugo set up as zwgk sets it up.
func LoadHugoConfig(workDir string, cfg map[string]any, stdout, stderr io.Writer) (*allconfig.Configs, loggers.Logger, afero.Fs, error) {
	cfgPath := filepath.Join(workDir, "hugo.json")
	b, err := json.Marshal(cfg)
	if err != nil {
		return nil, nil, nil, err
	}
	if err := os.WriteFile(cfgPath, b, 0o644); err != nil {
		return nil, nil, nil, err
	}
	logger := loggers.New(loggers.Options{Level: logg.LevelWarn, StdOut: stdout, StdErr: stderr, DistinctLevel: logg.LevelWarn})
	flags := config.New()
	flags.Set("workingDir", workDir)
	fs := afero.NewOsFs()
	configs, err := allconfig.LoadConfig(allconfig.ConfigSourceDescriptor{
		Fs: fs, Filename: cfgPath, Flags: flags, Logger: logger, Environment: "production",
	})
	if err != nil {
		return nil, nil, nil, fmt.Errorf("Hugo 配置错误：%w", err)
	}
	return configs, logger, fs, nil
}

// render runs Hugo on the site in o.SiteDir, with the generated data in
// workDir/data, writing pages to publishDir. Hugo's own files (lock, cache,
// resources) go to workDir, so the source tree is left as it was.
func render(o Options, workDir, publishDir string) error {
	baseURL, log := o.BaseURL, o.Log
	siteDir, err := filepath.Abs(o.SiteDir)
	if err != nil {
		return err
	}
	cfg := map[string]any{}
	raw, err := os.ReadFile(filepath.Join(siteDir, "hugo.toml"))
	if err != nil {
		return fmt.Errorf("找不到网站模板的配置 %s：%v —— 请在仓库根目录运行，或用 --site 指定含 hugo.toml 和 layouts/ 的目录", filepath.Join(siteDir, "hugo.toml"), err)
	}
	if err := toml.Unmarshal(raw, &cfg); err != nil {
		return fmt.Errorf("%s: 配置格式错误：%v", filepath.Join(siteDir, "hugo.toml"), err)
	}
	var mounts []map[string]any
	for _, d := range siteFolders {
		if st, err := os.Stat(filepath.Join(siteDir, d)); err == nil && st.IsDir() {
			mounts = append(mounts, map[string]any{"source": filepath.Join(siteDir, d), "target": d})
		}
	}
	mounts = append(mounts, map[string]any{"source": filepath.Join(workDir, "data"), "target": "data"})
	if baseURL == "" {
		baseURL = "/"
	}
	cfg["baseURL"] = baseURL
	cfg["publishDir"] = publishDir
	cfg["cacheDir"] = filepath.Join(workDir, "cache")
	cfg["resourceDir"] = filepath.Join(workDir, "resources")
	cfg["module"] = map[string]any{"mounts": mounts}
	configs, logger, fs, err := LoadHugoConfig(workDir, cfg, log, log)
	if err != nil {
		return err
	}
	hfs := hugofs.NewFrom(fs, configs.LoadingInfo.BaseConfig)
	out := &diskGuard{Fs: hfs.PublishDir}
	if o.publishFs != nil {
		out.Fs = o.publishFs(out.Fs)
	}
	hfs.PublishDir, hfs.PublishDirStatic, hfs.PublishDirServer = out, out, out
	sites, err := hugolib.NewHugoSites(deps.DepsCfg{
		Configs: configs, Fs: hfs, LogLevel: logger.Level(), StdOut: log, StdErr: log,
	})
	if err != nil {
		return fmt.Errorf("Hugo 初始化失败：%w", err)
	}
	defer sites.Close()
	buildErr := sites.Build(hugolib.BuildCfg{})
	var staticErr error
	if buildErr == nil {
		staticErr = copyStatic(sites, hfs)
	}
	// A failed write explains the errors that follow from it.
	if err := out.Err(); err != nil {
		return fmt.Errorf("写入网站文件失败：%w —— 请检查磁盘空间和写入权限，上一次生成的网站没有改变", err)
	}
	if buildErr != nil {
		return fmt.Errorf("生成页面失败：%w", buildErr)
	}
	if n := sites.Log.LoggCount(logg.LevelError); n > 0 {
		return fmt.Errorf("生成页面时 Hugo 报告了 %d 个错误（见上方日志）", n)
	}
	return staticErr
}

// copyStatic copies the static mounts (CSS, scripts, ECharts) into the
// output. Building through hugolib renders pages only; the hugo command
// copies static files itself, so the runner must too.
func copyStatic(sites *hugolib.HugoSites, hfs *hugofs.Fs) error {
	for _, sfs := range sites.BaseFs.SourceFilesystems.Static {
		syncer := fsync.NewSyncer()
		syncer.SrcFs, syncer.DestFs = sfs.Fs, hfs.PublishDirStatic
		syncer.NoTimes, syncer.NoChmod = true, true
		dest := string(filepath.Separator)
		if sfs.PublishFolder != "" {
			dest = filepath.Join(dest, sfs.PublishFolder)
		}
		// A site without a static folder has nothing to copy.
		if err := syncer.Sync(dest, string(filepath.Separator)); err != nil && !herrors.IsNotExist(err) {
			return fmt.Errorf("复制静态文件失败：%w", err)
		}
	}
	return nil
}
