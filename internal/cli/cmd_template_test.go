package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/zwgk/zwgk/internal/rounds"
	"github.com/zwgk/zwgk/internal/sheet"
)

func TestTemplateCommand(t *testing.T) {
	out := filepath.Join(t.TempDir(), "模板")
	var stderr bytes.Buffer
	if code := Run([]string{"template", "--out", out, "--rounds", "../../rounds"}, &bytes.Buffer{}, &stderr); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr.String())
	}
	for _, base := range []string{"units", "websites", "accounts", "summary", "interactions", "error-reports"} {
		tab, err := sheet.Read(filepath.Join(out, base+".xlsx"))
		if err != nil {
			t.Errorf("%s: %v", base, err)
			continue
		}
		if tab.HeaderRow != 1 || len(tab.Records) != 0 {
			t.Errorf("%s: header row %d, %d records", base, tab.HeaderRow, len(tab.Records))
		}
	}
}

// zwgk template wrote over whatever had its file names: a sheet filled in
// where the template was written was lost. It now replaces only blank
// templates, and anything else only with --force.
func TestTemplateKeepsFilledInSheets(t *testing.T) {
	out := filepath.Join(t.TempDir(), "模板")
	run := func(args ...string) (int, string) {
		var stderr bytes.Buffer
		code := Run(append([]string{"template", "--out", out, "--rounds", "../../rounds"}, args...), &bytes.Buffer{}, &stderr)
		return code, stderr.String()
	}
	if code, msg := run(); code != 0 {
		t.Fatalf("exit %d\n%s", code, msg)
	}
	if code, msg := run(); code != 0 {
		t.Fatalf("over blank templates: exit %d\n%s", code, msg)
	}
	filled := filepath.Join(out, "websites.xlsx")
	var websites rounds.Template
	for _, tm := range rounds.Templates(nil) {
		if tm.Base == "websites" {
			websites = tm
		}
	}
	if err := websites.Write(filled, [][]string{{"4201000001", "示例市人民政府", "示例市人民政府办公室", "门户网站", "http://www.shilishi.example"}}); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(out, "units.xlsx")
	if err := os.WriteFile(other, []byte("通讯录"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, out)
	code, msg := run()
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		"zwgk: " + other + " 已经存在，不是 zwgk 写出的空白模板 —— zwgk template 不会覆盖它；请用 --out 指定别的文件夹或先把它移走，确要覆盖时加 --force\n",
	} {
		if msg != want {
			t.Errorf("stderr:\n%s\nwant:\n%s", msg, want)
		}
	}
	if paths := touched(t, out, before); len(paths) > 0 {
		t.Errorf("a refused template command changed %q", paths)
	}
	if err := os.Remove(other); err != nil {
		t.Fatal(err)
	}
	if code, msg = run(); code != 1 || msg != "zwgk: "+filled+" 已经存在，其中填写了 1 行 —— zwgk template 不会覆盖它；请用 --out 指定别的文件夹或先把它移走，确要覆盖时加 --force\n" {
		t.Errorf("exit %d, stderr:\n%s", code, msg)
	}
	if code, msg = run("--force"); code != 0 {
		t.Errorf("with --force: exit %d\n%s", code, msg)
	}
}

func TestParseTemplate(t *testing.T) {
	checkParse(t, parseTemplate, []parseCase{
		{"", &templateOptions{Out: "templates", Rounds: "rounds"}},
		{"--out 模板 --rounds 数据 --force", &templateOptions{Out: "模板", Rounds: "数据", Force: true}},
		{"模板", "多余的参数：模板 —— 用 zwgk template -h 查看用法\n"},
	})
}
