package sample

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/zwgk/zwgk/internal/model"
)

// Headers as office staff type them (FORMAT.md).
var (
	unitsHeader    = []string{"单位名称", "单位类别", "所属地区", "统一社会信用代码", "别名"}
	websitesHeader = []string{"网站标识码", "网站名称", "主办单位", "网站类型", "首页地址", "检查结果", "得分", "存在问题", "整改情况", "备注"}
	accountsHeader = []string{"备案单号", "账号名称", "平台", "开设主体", "运行状态", "是否抽查", "检查结果", "得分", "存在问题", "整改情况", "备注"}
	summaryHeader  = []string{"指标", "数值", "说明"}
)

// listSep separates several values in one cell (别名, 存在问题).
const listSep = "；"

func resultText(checked, failed bool) string {
	switch {
	case !checked:
		return ""
	case failed:
		return "不合格"
	default:
		return "合格"
	}
}

func yesNo(v bool) string {
	if v {
		return "是"
	}
	return "否"
}

// write renders everything into dir.
func (g *generator) write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("无法创建目录“%s”：%w；请检查路径和写入权限", dir, err)
	}
	var units [][]string
	for _, u := range g.units {
		units = append(units, []string{u.name, u.category, u.region, u.creditCode, strings.Join(u.aliases, listSep)})
	}
	if err := writeCSV(filepath.Join(dir, "units.csv"), unitsHeader, units); err != nil {
		return err
	}
	for _, r := range g.rounds {
		if err := g.writeRound(filepath.Join(dir, r.id), r); err != nil {
			return err
		}
	}
	return nil
}

func (g *generator) writeRound(dir string, r *round) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("无法创建目录“%s”：%w；请检查路径和写入权限", dir, err)
	}
	if err := writeFile(filepath.Join(dir, "round.md"), []byte(roundMarkdown(r, g.scale.words.issuer))); err != nil {
		return err
	}

	var websites [][]string
	for _, w := range r.websites {
		if r.failuresOnly && !w.failed {
			continue
		}
		s := w.site
		websites = append(websites, []string{s.code, s.name, s.unit, s.kind, s.url,
			resultText(true, w.failed), w.score, strings.Join(w.problems, listSep), w.rectification, w.note})
	}
	if err := writeCSV(filepath.Join(dir, "websites.csv"), websitesHeader, websites); err != nil {
		return err
	}

	var accounts [][]string
	for _, a := range r.accounts {
		if r.failuresOnly && !a.failed {
			continue
		}
		accounts = append(accounts, []string{a.acct.filingNo, a.name, a.acct.platform.typed, a.acct.unit.name,
			a.status, yesNo(a.checked), resultText(a.checked, a.failed), a.score,
			strings.Join(a.problems, listSep), a.rectification, a.note})
	}
	if err := writeCSV(filepath.Join(dir, "accounts.csv"), accountsHeader, accounts); err != nil {
		return err
	}

	if r.failuresOnly {
		return writeCSV(filepath.Join(dir, "summary.csv"), summaryHeader, summaryRows(r))
	}
	return g.writeTests(dir, r)
}

// summaryRows are the account figures a failures-only 通报 states in its
// text, computed from the full population of the round.
func summaryRows(r *round) [][]string {
	running, opened, closed := 0, 0, 0
	perPlatform := make([]int, len(normalizedPlatforms))
	for _, a := range r.accounts {
		switch {
		case !a.active():
			closed++
			continue
		case a.status == statusNew:
			opened++
		}
		running++
		for k, p := range normalizedPlatforms {
			if a.acct.platform.normalized == p {
				perPlatform[k]++
			}
		}
	}
	rows := [][]string{
		{model.AccountsRunning, strconv.Itoa(running), "在运行的账号，含新开设和暂停更新的账号，即本季度检查的账号"},
		{model.AccountsOpened, strconv.Itoa(opened), "本季度新开设的账号"},
		{model.AccountsClosed, strconv.Itoa(closed), "本季度关停或注销的账号，不再检查"},
	}
	for k, p := range normalizedPlatforms {
		rows = append(rows, []string{model.PlatformCount(p), strconv.Itoa(perPlatform[k]), "该平台在运行的账号"})
	}
	return rows
}

// roundMarkdown is round.md: YAML front matter, then the narrative. Text
// values are double-quoted (Go's quoting is valid YAML for printable text);
// dates, numbers and booleans are bare, as people write them.
func roundMarkdown(r *round, issuer string) string {
	m := r.meta
	var b strings.Builder
	b.WriteString("---\n")
	text := func(k, v string) { fmt.Fprintf(&b, "%s: %s\n", k, strconv.Quote(v)) }
	bare := func(k, v string) { fmt.Fprintf(&b, "%s: %s\n", k, v) }
	const day = "2006-01-02"
	text("title", m.title)
	text("period", m.period)
	text("issuer", issuer)
	text("doc_number", m.docNumber)
	text("index_no", m.indexNo)
	text("topic", "政务公开")
	bare("written", m.written.Format(day))
	bare("published", m.published.Format(day))
	bare("check_from", m.checkFrom.Format(day))
	bare("check_to", m.checkTo.Format(day))
	bare("rectify_by", m.rectifyBy.Format(day))
	bare("sample", "true")
	if r.failuresOnly {
		bare("websites_total", strconv.Itoa(len(r.websites)))
		bare("accounts_total", strconv.Itoa(len(r.accounts)))
	}
	b.WriteString("---\n\n")
	b.WriteString(r.narrative)
	return b.String()
}

// writeCSV writes UTF-8 without BOM, LF line endings.
func writeCSV(path string, header []string, rows [][]string) error {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.Write(header); err != nil {
		return fmt.Errorf("写入“%s”失败：%w", path, err)
	}
	if err := w.WriteAll(rows); err != nil {
		return fmt.Errorf("写入“%s”失败：%w", path, err)
	}
	return writeFile(path, buf.Bytes())
}

func writeFile(path string, data []byte) error {
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("无法写入“%s”：%w；请检查路径和写入权限", path, err)
	}
	return nil
}
