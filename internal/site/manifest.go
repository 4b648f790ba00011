package site

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/zwgk/zwgk/internal/figures"
)

// ManifestName is the file, at the root of the output, that records which
// input a site was built from (生成清单), so that a later review can tell
// exactly what a published site holds.
const ManifestName = "zwgk-manifest.json"

// ManifestFormat is the version of the manifest's layout; a reader that
// finds another version should not trust the fields.
const ManifestFormat = 1

// Manifest is the content of zwgk-manifest.json. It holds no wall-clock
// time unless one is asked for, so that two builds of the same input stay
// byte-identical.
type Manifest struct {
	Format   int              `json:"format"`             // ManifestFormat
	Tool     string           `json:"tool"`               // zwgk's module version, "devel" for a local build
	BuiltAt  string           `json:"built_at,omitempty"` // RFC 3339, only with --build-time
	BaseURL  string           `json:"base_url"`           // where the site is meant to be published
	Input    InputChecksum    `json:"input"`              // what the site was built from
	Sample   bool             `json:"sample"`             // built from the fictional 示例市 sample
	Counts   ManifestCounts   `json:"counts"`             // rounds, units, pages
	RoundIDs []string         `json:"round_ids"`          // oldest first
	Rounds   []RoundHeadlines `json:"rounds"`             // headline figures, oldest first
}

// InputChecksum is the sha256 of every file the site was built from: each
// file's path relative to its folder and its bytes, in path order.
type InputChecksum struct {
	Rounds string `json:"rounds_sha256"` // the rounds folder (检查数据)
	Site   string `json:"site_sha256"`   // hugo.toml and the template folders
}

// ManifestCounts are the sizes of the site.
type ManifestCounts struct {
	Rounds int `json:"rounds"`
	Units  int `json:"units"`
	Pages  int `json:"pages"` // .html files written
}

// RoundHeadlines are a round's headline figures (主要指标) as its page shows
// them, with the counts behind each rate.
type RoundHeadlines struct {
	ID       string       `json:"id"`
	Title    string       `json:"title"`
	Period   string       `json:"period"`
	Draft    bool         `json:"draft,omitempty"`
	Partial  bool         `json:"partial,omitempty"` // totals come from the 通报, rows list only failures
	Websites Tally        `json:"websites"`
	Portals  int          `json:"portals"`
	Accounts AccountTally `json:"accounts"`
	// NoWebsites and NoAccounts: the round did not check that kind.
	NoWebsites bool `json:"no_websites,omitempty"`
	NoAccounts bool `json:"no_accounts,omitempty"`
}

// AccountTally is the new-media headline of a round.
type AccountTally struct {
	Tally
	OnFile  int  `json:"on_file"`
	Running int  `json:"running"`
	Opened  int  `json:"opened"`
	Closed  int  `json:"closed"`
	Sampled bool `json:"sampled,omitempty"`
	// OnFileUnknown and RunningUnknown: counts a partial list does not state.
	OnFileUnknown  bool `json:"on_file_unknown,omitempty"`
	RunningUnknown bool `json:"running_unknown,omitempty"`
}

// Headlines gives every round's headline figures, oldest first, formatted
// exactly as the round pages print them.
func Headlines(f *figures.Figures) []RoundHeadlines {
	out := []RoundHeadlines{}
	for i := range f.Rounds {
		s := roundSummary(f, i)
		r := f.Rounds[i]
		out = append(out, RoundHeadlines{
			ID: s.ID, Title: s.Title, Period: s.Period, Draft: r.Round.Meta.Draft, Partial: s.Partial,
			Websites: s.Websites, Portals: r.Portals,
			Accounts: AccountTally{Tally: s.Accounts.Tally, OnFile: s.Accounts.OnFile, Running: s.Accounts.Running,
				Opened: s.Accounts.Opened, Closed: s.Accounts.Closed, Sampled: s.Accounts.Sampled,
				OnFileUnknown: s.Accounts.OnFileUnknown, RunningUnknown: s.Accounts.RunningUnknown},
			NoWebsites: s.NoWebsites, NoAccounts: s.NoAccounts,
		})
	}
	return out
}

// ReadManifest reads the manifest of a built site; it returns nil and no
// error when the site has none (built before manifests existed).
func ReadManifest(siteDir string) (*Manifest, error) {
	b, err := os.ReadFile(filepath.Join(siteDir, ManifestName))
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s 无法解析：%w —— 删除该文件或重新生成网站", filepath.Join(siteDir, ManifestName), err)
	}
	if m.Format != ManifestFormat {
		return nil, fmt.Errorf("%s 的格式版本为 %d，本工具只认识 %d —— 请用相同版本的 zwgk 审核", filepath.Join(siteDir, ManifestName), m.Format, ManifestFormat)
	}
	return &m, nil
}

// isBuiltSite reports whether dir holds a site zwgk built: its manifest
// is there and names zwgk's manifest format and a tool version, whatever
// that version.
func isBuiltSite(dir string) bool {
	b, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if err != nil {
		return false
	}
	var m struct {
		Format int    `json:"format"`
		Tool   string `json:"tool"`
	}
	return json.Unmarshal(b, &m) == nil && m.Format > 0 && m.Tool != ""
}

// newManifest makes the manifest of a build, hashing the input before
// Hugo reads it, so the checksums name what the pages were rendered from.
func newManifest(f *figures.Figures, sample bool, o Options) (*Manifest, error) {
	m := &Manifest{Format: ManifestFormat, Tool: toolVersion(), BaseURL: o.BaseURL, Sample: sample,
		Counts: ManifestCounts{Rounds: len(f.Rounds), Units: len(f.Units)}, RoundIDs: []string{}, Rounds: Headlines(f)}
	if m.BaseURL == "" {
		m.BaseURL = "/"
	}
	if !o.BuildTime.IsZero() {
		m.BuiltAt = o.BuildTime.Format(time.RFC3339)
	}
	for _, r := range f.Rounds {
		m.RoundIDs = append(m.RoundIDs, r.Round.ID)
	}
	var err error
	if o.RoundsDir != "" {
		if m.Input.Rounds, err = treeChecksum(o.RoundsDir, "."); err != nil {
			return nil, err
		}
	}
	if m.Input.Site, err = treeChecksum(o.SiteDir, append([]string{"hugo.toml"}, siteFolders...)...); err != nil {
		return nil, err
	}
	return m, nil
}

// write counts the pages rendered into dir and writes the manifest there.
func (m *Manifest) write(dir string) error {
	m.Counts.Pages = 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".html") {
			m.Counts.Pages++
		}
		return err
	})
	if err != nil {
		return err
	}
	return writeJSON(filepath.Join(dir, ManifestName), m)
}

// toolVersion is the version of the zwgk module this binary was built
// from; "devel" for go run, go test or a build from a working copy.
func toolVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// treeChecksum hashes every file under the given entries of root (files or
// folders; missing ones are skipped, as the build skips them). Each file
// enters as its path relative to root, its size and its bytes, in path
// order, so renaming or moving a file changes the sum while the location
// of root on disk does not.
func treeChecksum(root string, entries ...string) (string, error) {
	type file struct{ rel, path string }
	var files []file
	for _, e := range entries {
		err := walkEntry(root, e, func(rel, path string) error {
			files = append(files, file{filepath.ToSlash(rel), path})
			return nil
		})
		if err != nil {
			return "", fmt.Errorf("无法读取 %s：%w", filepath.Join(root, e), err)
		}
	}
	sort.Slice(files, func(i, j int) bool { return files[i].rel < files[j].rel })
	h := sha256.New()
	for _, f := range files {
		b, err := os.ReadFile(f.path)
		if err != nil {
			return "", fmt.Errorf("无法读取 %s：%w", f.path, err)
		}
		h.Write([]byte(f.rel + "\x00" + strconv.Itoa(len(b)) + "\x00"))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// walkEntry calls fn for every file under the entry e of root (a file or
// a folder), with its path relative to root and its path on disk. A
// missing entry has no files: the build skips it, and so do the site
// layers and the checksum of them.
func walkEntry(root, e string, fn func(rel, path string) error) error {
	start := filepath.Join(root, e)
	return filepath.WalkDir(start, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if os.IsNotExist(err) && path == start {
				return nil
			}
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		return fn(rel, path)
	})
}
