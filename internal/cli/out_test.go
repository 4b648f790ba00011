package cli

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/txtartest"
)

// copyTree copies the files under src to dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
}

// snapshot records every file and folder under dir, by slash-separated
// path, with its mode, modification time and bytes: what a command that
// refuses to write must leave as it found it.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		state := fmt.Sprintf("%v %d\n", info.Mode(), info.ModTime().UnixNano())
		if !d.IsDir() {
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			state += string(b)
		}
		files[filepath.ToSlash(rel)] = state
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// touched lists the paths under dir added, removed or changed since the
// snapshot before, sorted.
func touched(t *testing.T, dir string, before map[string]string) []string {
	t.Helper()
	after := snapshot(t, dir)
	var paths []string
	for p, state := range after {
		if old, ok := before[p]; !ok || old != state {
			paths = append(paths, p)
		}
	}
	for p := range before {
		if _, ok := after[p]; !ok {
			paths = append(paths, p)
		}
	}
	slices.Sort(paths)
	return paths
}

// An office folder as a clerk has it: the sheets in rounds/, the site
// template beside them, the portal's own folder, all under one folder.
// zwgk build is run from work/.
func officeFolder(t *testing.T) (root string) {
	t.Helper()
	root = t.TempDir()
	copyTree(t, "../../testdata/reference/suizhou", filepath.Join(root, "office", "work", "rounds"))
	for _, d := range []string{"layouts", "content", "static"} {
		copyTree(t, filepath.Join("../..", d), filepath.Join(root, "office", "site", d))
	}
	b, err := os.ReadFile("../../hugo.toml")
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, root, map[string]string{
		"office/site/hugo.toml":            string(b),
		"office/portal/index.html":         "<h1>示例市人民政府门户网站</h1>",
		"office/portal/xxgk/index.html":    "<h1>信息公开</h1>",
		"office/work/通知.txt":               "请在周五前填写检查表",
		"office/work/rounds/2021-2/备注.txt": "手工备注",
	})
	t.Chdir(filepath.Join(root, "office", "work"))
	return root
}

// writeFiles writes files, content by slash-separated path, under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		txtartest.WriteFile(t, filepath.Join(dir, filepath.FromSlash(name)), []byte(content))
	}
}

// zwgk build replaces the --out folder with the new site. Pointed at the
// sheets, the site template, the working folder, a folder above them or a
// folder of someone else's files, it must refuse, say why, and touch
// nothing — before, `--out rounds` exited 0 with every sheet gone.
func TestBuildRefusesOutThatWouldLoseFiles(t *testing.T) {
	tests := []struct {
		out  string
		want string
	}{
		{"rounds", "不能把网站生成到 rounds：这是检查数据文件夹（--rounds） —— 生成网站会替换整个 --out 文件夹，其中原有的文件都会丢失；请用 --out 指定一个单独的新文件夹，如 --out public"},
		{".", "不能把网站生成到 .：这是当前工作目录 —— 生成网站会替换整个 --out 文件夹"},
		{"..", "不能把网站生成到 ..：它包含检查数据文件夹（--rounds）"},
		{"../..", "不能把网站生成到 ../..：它包含检查数据文件夹（--rounds）"},
		{"", "--out 不能为空 —— 请指定生成的网站要写入的文件夹，如 --out public"},
		{"../site", "不能把网站生成到 ../site：这是网站模板目录（--site）"},
		{"../site/static/public", "不能把网站生成到 ../site/static/public：它在网站模板目录（--site）的 static 文件夹里 —— 下一次生成会把它当作网站模板读入；请用 --out 指定别处的文件夹，如 --out public"},
		{"rounds/public", "不能把网站生成到 rounds/public：它在检查数据文件夹（--rounds）里 —— 下一次生成会把它当作检查数据读入；请用 --out 指定别处的文件夹，如 --out public"},
		{"../portal", "不能把网站生成到 ../portal：这个文件夹不是空的，也不是 zwgk 生成的网站（其中没有 zwgk-manifest.json） —— 替换它会删掉其中原有的文件；请用 --out 指定一个新的或空的文件夹，若它确是以前生成的网站，请先把它改名或移走"},
		{"通知.txt", "不能把网站生成到 通知.txt：这是一个文件，不是文件夹 —— 请用 --out 指定一个文件夹，如 --out public"},
	}
	for _, tc := range tests {
		t.Run(tc.out, func(t *testing.T) {
			root := officeFolder(t)
			before := snapshot(t, root)
			var stderr bytes.Buffer
			code := Run([]string{"build", "--quiet", "--rounds", "rounds", "--site", "../site", "--out", tc.out}, &bytes.Buffer{}, &stderr)
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			if !strings.Contains(stderr.String(), tc.want) {
				t.Errorf("stderr:\n%s\nwant:\n%s", stderr.String(), tc.want)
			}
			if paths := touched(t, root, before); len(paths) > 0 {
				t.Errorf("files changed: %q", paths)
			}
		})
	}
}

// An empty folder, a missing one and a site zwgk built before are replaced.
func TestBuildReplacesEmptyOrPreviousOutput(t *testing.T) {
	root := officeFolder(t)
	run := func(out string) {
		t.Helper()
		var stderr bytes.Buffer
		if code := Run([]string{"build", "--quiet", "--rounds", "rounds", "--site", "../site", "--out", out}, &bytes.Buffer{}, &stderr); code != 0 {
			t.Fatalf("--out %s: exit %d\n%s", out, code, stderr.String())
		}
		if _, err := os.Stat(filepath.Join(out, "zwgk-manifest.json")); err != nil {
			t.Errorf("--out %s: %v", out, err)
		}
	}
	if err := os.Mkdir("empty", 0o755); err != nil {
		t.Fatal(err)
	}
	run("empty")
	run("public")
	run("public") // over the previous output
	if _, err := os.Stat(filepath.Join(root, "office", "work", "rounds", "2021-2", "备注.txt")); err != nil {
		t.Error(err)
	}
}
