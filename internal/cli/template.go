package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/zwgk/zwgk/internal/model"
	"github.com/zwgk/zwgk/internal/rounds"
	"github.com/zwgk/zwgk/internal/sheet"
	"github.com/zwgk/zwgk/internal/workbook"
)

// runTemplate writes a blank workbook for every sheet type.
func runTemplate(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("template", stderr)
	out := fs.String("out", "templates", "空白表格写到这个文件夹")
	roundsDir := fs.String("rounds", "rounds", "从这个文件夹的 units.csv 读取单位，作为下拉列表")
	force := fs.Bool("force", false, "覆盖同名的文件，即使其中已经填写了数据")
	if err := parse(fs, args); err != nil {
		return err
	}
	units := rounds.UnitNames(*roundsDir)
	templates := rounds.Templates(units)
	if !*force {
		for _, t := range templates {
			if err := checkBlank(filepath.Join(*out, t.Base+".xlsx")); err != nil {
				return err
			}
		}
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return fmt.Errorf("无法创建 %s：%w", *out, err)
	}
	for _, t := range templates {
		p := filepath.Join(*out, t.Base+".xlsx")
		if err := workbook.Write(p, workbookSheet(t, nil)); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "zwgk: 已写出 %s（%s）\n", p, t.Title)
	}
	if len(units) == 0 {
		fmt.Fprintf(stderr, "zwgk: %s 中没有 units.csv，主办单位、开设主体没有下拉列表\n", *roundsDir)
	}
	return nil
}

// checkBlank refuses to let a template replace the file at p unless it is
// missing or a blank template: a sheet with its header row and no data, so
// nothing filled in is lost.
func checkBlank(p string) error {
	const fix = " —— zwgk template 不会覆盖它；请用 --out 指定别的文件夹或先把它移走，确要覆盖时加 --force"
	if _, err := os.Stat(p); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	tab, err := sheet.Read(p)
	if err != nil {
		return fmt.Errorf("%s 已经存在，不是 zwgk 写出的空白模板%s", p, fix)
	}
	if n := len(tab.Records); n > 0 {
		return fmt.Errorf("%s 已经存在，其中填写了 %d 行%s", p, n, fix)
	}
	return nil
}

// runNewRound creates the folder of a new round from the last one.
func runNewRound(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("new-round", stderr)
	roundsDir := fs.String("rounds", "rounds", "各轮检查数据所在的文件夹")
	// The round id may come before or after the flags:
	// zwgk new-round 2025Q1 --rounds D:\数据, or --rounds D:\数据 2025Q1.
	var id string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		id, args = args[0], args[1:]
	} else if n := len(args); n > 0 && !strings.HasPrefix(args[n-1], "-") && (n < 2 || args[n-2] != "--rounds" && args[n-2] != "-rounds") {
		id, args = args[n-1], args[:n-1]
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if id == "" {
		fmt.Fprintln(stderr, "用法：zwgk new-round 轮次 [--rounds DIR]，如 zwgk new-round 2025Q1")
		return errUsage
	}
	order, err := model.RoundOrder(id)
	if err != nil {
		return err
	}
	dir := filepath.Join(*roundsDir, id)
	if _, err := os.Stat(dir); err == nil {
		return fmt.Errorf("%s 已经存在 —— 换一个轮次，或先删去这个文件夹", dir)
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}

	var last *model.Round
	if prev := lastRoundBefore(*roundsDir, order); prev != "" {
		r, problems := rounds.ReadRound(filepath.Join(*roundsDir, prev))
		if problems.HasErrors() {
			report(problems, stderr)
			return fmt.Errorf("上一轮 %s 的数据有错误 —— 请先改正，新一轮的表格从上一轮复制", prev)
		}
		last = &r
	}
	var websites, accounts [][]string
	if last != nil {
		websites, accounts = rounds.CarryOver(*last)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("无法创建 %s：%w", dir, err)
	}
	if err := os.WriteFile(filepath.Join(dir, "round.md"), []byte(rounds.RoundSkeleton(id, last)), 0o644); err != nil {
		return err
	}
	units := rounds.UnitNames(*roundsDir)
	for _, t := range rounds.Templates(units) {
		var rows [][]string
		switch t.Base {
		case "websites":
			rows = websites
		case "accounts":
			rows = accounts
		default:
			continue
		}
		if err := workbook.Write(filepath.Join(dir, t.Base+".xlsx"), workbookSheet(t, rows)); err != nil {
			return err
		}
	}
	from := "空白表格"
	if last != nil {
		from = fmt.Sprintf("从 %s 复制了 %d 个网站、%d 个在运行的账号", last.ID, len(websites), len(accounts))
	}
	fmt.Fprintf(stderr, "zwgk: 已创建 %s：round.md、websites.xlsx、accounts.xlsx（%s）\n", dir, from)
	fmt.Fprintln(stderr, "zwgk: 下一步：填写 round.md 的发文字号、日期和正文，在表格中填写本轮的检查结果，然后运行 zwgk check")
	return nil
}

// lastRoundBefore returns the latest round folder in dir before the given
// order, or "" when there is none.
func lastRoundBefore(dir string, order int) string {
	entries, _ := os.ReadDir(dir)
	type round struct {
		id    string
		order int
	}
	var found []round
	for _, e := range entries {
		if o, err := model.RoundOrder(e.Name()); e.IsDir() && err == nil && o < order {
			found = append(found, round{e.Name(), o})
		}
	}
	if len(found) == 0 {
		return ""
	}
	sort.Slice(found, func(i, j int) bool { return found[i].order < found[j].order })
	return found[len(found)-1].id
}

// workbookSheet lays a sheet type out as a workbook.
func workbookSheet(t rounds.Template, rows [][]string) workbook.Sheet {
	s := workbook.Sheet{Title: t.Title, Rows: rows}
	for _, c := range t.Columns {
		note := c.Note
		if c.Required {
			note = "必填。" + note
		}
		s.Columns = append(s.Columns, workbook.Column{Name: c.Name, Note: note, Choices: c.Choices, Strict: c.Strict, Text: c.Text})
	}
	return s
}
