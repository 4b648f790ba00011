package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/rounds"
	"github.com/zwgk/zwgk/internal/sheet"
	"github.com/zwgk/zwgk/internal/workbook"
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

// A new round starts from last round's websites and running accounts, with
// empty results: check then lists exactly what is left to fill in.
func TestNewRoundCommand(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "rounds")
	convertRounds(t, "../../testdata/reference/suizhou", dir, func(t *testing.T, src, dst string) {
		b, _ := os.ReadFile(src)
		os.WriteFile(dst, b, 0o644)
	})
	var stderr bytes.Buffer
	if code := Run([]string{"new-round", "2022-1", "--rounds", dir}, &bytes.Buffer{}, &stderr); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "从 2021-2 复制了") {
		t.Errorf("stderr = %s", stderr.String())
	}
	last, _ := rounds.ReadRound(filepath.Join(dir, "2021-2"))
	next, problems := rounds.ReadRound(filepath.Join(dir, "2022-1"))
	if !next.Meta.Draft || next.Meta.Period != "2022年第一次" {
		t.Errorf("meta = %+v", next.Meta)
	}
	var missing int
	for _, p := range problems.Sorted() {
		if strings.Contains(p.Msg, "没有检查结果") || strings.Contains(p.Msg, "应检查但没有检查结果") {
			missing++
		} else if p.Severity == diag.Error {
			t.Errorf("unexpected error: %s", p)
		}
	}
	running := 0
	for _, a := range last.Accounts {
		if a.Active() {
			running++
		}
	}
	if want := len(last.Websites) + running; missing != want {
		t.Errorf("%d results to fill in, want %d (websites and running accounts of 2021-2)", missing, want)
	}

	stderr.Reset()
	if code := Run([]string{"new-round", "2022-1", "--rounds", dir}, &bytes.Buffer{}, &stderr); code != 1 || !strings.Contains(stderr.String(), "已经存在") {
		t.Errorf("a second new-round: exit %d, %s", code, stderr.String())
	}
	if code := Run([]string{"new-round", "--rounds", dir, "2021-3"}, &bytes.Buffer{}, &stderr); code != 0 {
		t.Errorf("new-round with the id after the flags: exit %d, %s", code, stderr.String())
	}
	if code := Run([]string{"new-round", "--rounds", dir}, &bytes.Buffer{}, &bytes.Buffer{}); code != 2 {
		t.Errorf("new-round without an id: exit %d, want 2", code)
	}
	if code := Run([]string{"new-round", "2025第一季度", "--rounds", dir}, &bytes.Buffer{}, &bytes.Buffer{}); code != 1 {
		t.Errorf("new-round with a bad id: exit %d, want 1", code)
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
	if err := workbook.Write(filled, workbookSheet(websites, [][]string{{"4201000001", "示例市人民政府", "示例市人民政府办公室", "门户网站", "http://www.shilishi.example"}})); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(out, "units.xlsx")
	if err := os.WriteFile(other, []byte("通讯录"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := contents(t, out)
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
	if after := contents(t, out); !reflect.DeepEqual(after, before) {
		t.Error("a refused template command changed files")
	}
	os.Remove(other)
	if code, msg = run(); code != 1 || msg != "zwgk: "+filled+" 已经存在，其中填写了 1 行 —— zwgk template 不会覆盖它；请用 --out 指定别的文件夹或先把它移走，确要覆盖时加 --force\n" {
		t.Errorf("exit %d, stderr:\n%s", code, msg)
	}
	if code, msg = run("--force"); code != 0 {
		t.Errorf("with --force: exit %d\n%s", code, msg)
	}
}
