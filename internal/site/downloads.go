package site

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/zwgk/zwgk/internal/charts"
	"github.com/zwgk/zwgk/internal/figfmt"
	"github.com/zwgk/zwgk/internal/figures"
)

// Downloads are the files a page offers: the data of each of its tables as
// CSV and JSON and, for a round, one workbook of all its tables. The input
// sheets are not offered as given: they hold columns the site does not
// publish (a 联系电话 zwgk warns it ignores), cells as typed before the
// checks, and the workbook author's name; the round's workbook has every
// table the site publishes. Paths are relative to the site root and have
// no leading slash, so templates pass them through relURL and the links
// work when the site is served from a sub-path.
type Downloads struct {
	Tables   map[string]TableFiles `json:"tables"`             // by table key: a chart's id or a name such as "failed-websites"
	Workbook string                `json:"workbook,omitempty"` // rounds: XLSX with a sheet per table
	Notice   string                `json:"notice,omitempty"`   // rounds without narrative: the 通报 drafted from the figures, DOCX (draft.go)
}

// TableFiles are where one table's data can be downloaded.
type TableFiles struct {
	CSV  string `json:"csv"`
	JSON string `json:"json"`
}

// dataTable is a table as it is downloaded: the same rows as the page
// shows, with lists joined and counts split into their own columns where
// the page writes “合格/检查”.
type dataTable struct {
	key   string // file name and key in Downloads.Tables
	sheet string // sheet name in the round's workbook: short, unique in the round, ≤ 31 characters
	// bookOnly: a sheet of the round's workbook with no files of its own,
	// because no page shows the table (its figures are in a chart's table
	// there); a download no page links to is one nobody finds.
	bookOnly bool
	charts.Table
}

// outFile is a file written into the output after Hugo ran: downloads and
// the search index. Content is made by the worker that writes it, so a large
// site never holds all of it in memory at once.
type outFile struct {
	path string // slash-separated, relative to the output root
	make func() ([]byte, error)
}

// downloadsDir is where downloads go in the output.
const downloadsDir = "downloads"

// planDownloads fills in the Downloads of the site and round views and
// returns the files to write. The views must come from f (same rounds in
// the same order). Unit pages have no files: at national scale they would
// add some 90,000 files to every build (30,000 units, a few tables each),
// so js/tables.js makes their tables' CSV and JSON in the browser instead.
func planDownloads(f *figures.Figures, v *Views) []outFile {
	var files []outFile
	add := func(dir, prefix string, tables []dataTable) map[string]TableFiles {
		m := make(map[string]TableFiles, len(tables))
		for _, t := range tables {
			if t.bookOnly {
				continue
			}
			base := path.Join(dir, prefix+t.key)
			m[t.key] = TableFiles{CSV: base + ".csv", JSON: base + ".json"}
			files = append(files,
				outFile{base + ".csv", func() ([]byte, error) { return tableCSV(t.Table) }},
				outFile{base + ".json", func() ([]byte, error) { return tableJSON(t.Table) }})
		}
		return m
	}

	v.Site.Downloads = Downloads{Tables: add(downloadsDir, "", siteTables(&v.Site))}
	for i := range v.Rounds {
		rv := &v.Rounds[i]
		dir := path.Join(downloadsDir, "rounds", rv.Slug)
		tables := roundTables(rv)
		rv.Downloads = Downloads{Tables: add(dir, rv.Slug+"-", tables)}
		rv.Downloads.Workbook = path.Join(dir, rv.Slug+"-tables.xlsx")
		meta := roundInfo(rv)
		files = append(files, outFile{rv.Downloads.Workbook, func() ([]byte, error) { return workbook(meta, tables) }})
	}
	return append(files, checklistDownloads(v)...)
}

// writeFiles writes the files under dir, several at a time.
func writeFiles(dir string, files []outFile) error {
	return parallel(len(files), func(i int) error {
		f := files[i]
		b, err := f.make()
		if err != nil {
			return fmt.Errorf("无法生成 %s：%w", f.path, err)
		}
		p := filepath.Join(dir, filepath.FromSlash(f.path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		return os.WriteFile(p, b, 0o644)
	})
}

// tableCSV writes a table as CSV for Excel: UTF-8 with a byte-order mark
// (without it Excel reads the Chinese as GBK) and CRLF line ends.
func tableCSV(t charts.Table) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("\ufeff")
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	w.Write(inertRow(t.Head))
	for _, row := range t.Rows {
		w.Write(inertRow(row))
	}
	w.Flush()
	return b.Bytes(), w.Error()
}

// inertRow neutralizes the cells of a row that a spreadsheet would take for
// a formula (CSV injection): text starting with = + - @, a tab or a
// carriage return gets a single quote in front, as OWASP recommends, so
// that Excel and WPS show it as text. A cell that is a number, such as
// -0.5, -3 or -2.5%, is data and stays as it is, whatever its column.
// static/js/tables.js applies the same rule to the CSV it makes.
func inertRow(row []string) []string {
	out := row
	for i, s := range row {
		if s == "" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) || isNumber(s) {
			continue
		}
		if &out[0] == &row[0] {
			out = append([]string(nil), row...)
		}
		out[i] = "'" + s
	}
	return out
}

// isNumber reports whether a cell is a plain number, perhaps negative,
// with thousands separators or a percent sign.
func isNumber(s string) bool {
	s = strings.TrimSuffix(strings.ReplaceAll(s, ",", ""), "%")
	_, err := strconv.ParseFloat(s, 64)
	return err == nil && !strings.ContainsAny(s, "InfinityNaNxXpPeE_")
}

// tableJSON writes a table as JSON: its caption, column names and rows of
// text exactly as the page prints them ("99.84%", "—").
func tableJSON(t charts.Table) ([]byte, error) {
	rows := t.Rows
	if rows == nil {
		rows = [][]string{}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", " ")
	err := enc.Encode(struct {
		Caption string     `json:"caption"`
		Columns []string   `json:"columns"`
		Rows    [][]string `json:"rows"`
	}{t.Caption, t.Head, rows})
	return b.Bytes(), err
}

// workbook writes a round's tables as one XLSX workbook: a first sheet
// with the round's 信息公开要素 and headline figures, then a sheet per table.
// Counts are written as numbers so they can be summed; rates stay text as
// the 通报 prints them.
func workbook(info [][]string, tables []dataTable) ([]byte, error) {
	x := excelize.NewFile()
	defer x.Close()
	// Fixed document times keep two builds of the same input byte-identical.
	epoch := "2000-01-01T00:00:00Z"
	if err := x.SetDocProps(&excelize.DocProperties{Creator: "zwgk", Created: epoch, Modified: epoch, Language: "zh-CN"}); err != nil {
		return nil, err
	}
	first := "通报信息"
	if err := x.SetSheetName("Sheet1", first); err != nil {
		return nil, err
	}
	bold, err := x.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return nil, err
	}
	for i, row := range info {
		if err := setRow(x, first, i+1, row, nil); err != nil {
			return nil, err
		}
	}
	x.SetColWidth(first, "A", "A", 16)
	x.SetColWidth(first, "B", "B", 60)
	// Plain rows are written beside excelize, not cell by cell (xlsx.go).
	plain := writePlainRows && plainRows(info, tables)
	if plain {
		x.SetZipWriter(plainZip(info, tables))
	}
	used := map[string]bool{first: true}
	for _, t := range tables {
		t.sheet = sheetName(t.sheet, used)
		if _, err := x.NewSheet(t.sheet); err != nil {
			return nil, fmt.Errorf("工作表“%s”：%w", t.sheet, err)
		}
		if plain {
			continue
		}
		r := 1
		if t.Caption != "" {
			if err := setRow(x, t.sheet, r, []string{t.Caption}, nil); err != nil {
				return nil, err
			}
			x.SetCellStyle(t.sheet, "A1", "A1", bold)
			r++
		}
		if err := setRow(x, t.sheet, r, t.Head, nil); err != nil {
			return nil, err
		}
		end, _ := excelize.CoordinatesToCellName(max(len(t.Head), 1), r)
		start, _ := excelize.CoordinatesToCellName(1, r)
		x.SetCellStyle(t.sheet, start, end, bold)
		for _, row := range t.Rows {
			r++
			if err := setRow(x, t.sheet, r, row, t.Numeric); err != nil {
				return nil, err
			}
		}
	}
	var b bytes.Buffer
	if err := x.Write(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// sheetName makes a valid, unused sheet name: Excel allows 31 characters
// and none of : \ / ? * [ ].
func sheetName(name string, used map[string]bool) string {
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) {
			return '_'
		}
		return r
	}, name)
	if r := []rune(name); len(r) > 31 {
		name = string(r[:31])
	}
	for n, base := 2, []rune(name); used[name]; n++ {
		suffix := "_" + strconv.Itoa(n)
		name = string(base[:min(len(base), 31-len(suffix))]) + suffix
	}
	used[name] = true
	return name
}

// setRow writes a row of text, as numbers in the numeric columns where the
// text is a plain number.
func setRow(x *excelize.File, sheet string, r int, row []string, numeric []bool) error {
	cells := make([]any, len(row))
	for i, s := range row {
		cells[i] = s
		if i < len(numeric) && numeric[i] {
			if n, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64); err == nil {
				cells[i] = n
			}
		}
	}
	cell, _ := excelize.CoordinatesToCellName(1, r)
	return x.SetSheetRow(sheet, cell, &cells)
}

// roundInfo is the first sheet of a round's workbook.
func roundInfo(rv *RoundView) [][]string {
	rows := [][]string{{"标题", rv.Title}}
	for _, kv := range [][2]string{
		{"检查期次", rv.Period}, {"索引号", rv.IndexNo}, {"主题分类", rv.Topic}, {"发布机构", rv.Issuer},
		{"成文日期", rv.Written}, {"发文字号", rv.DocNumber}, {"发布日期", rv.Published},
		{"检查开始日期", rv.CheckFrom}, {"检查结束日期", rv.CheckTo}, {"整改期限", rv.RectifyBy},
	} {
		if kv[1] != "" {
			rows = append(rows, kv[:])
		}
	}
	w, a := rv.Websites, rv.Accounts
	count := figfmt.Count
	rate := func(r string, notChecked, unknown bool) string {
		if notChecked || unknown {
			return figfmt.Count(0, notChecked, unknown)
		}
		return r
	}
	nw, uw, na, ua := rv.NoWebsites, w.Unknown, rv.NoAccounts, a.Unknown
	rows = append(rows,
		[]string{"网站合格率", rate(w.Rate, nw, uw)}, []string{"检查网站数", count(w.Checked, nw, uw)},
		[]string{"合格网站数", count(w.Passed, nw, uw || w.PassedUnknown)}, []string{"不合格网站数", count(w.Failed, nw, uw || w.PassedUnknown)},
		[]string{"新媒体合格率", rate(a.Rate, na, ua)}, []string{"账号总数", count(a.OnFile, na, ua || a.OnFileUnknown)},
		[]string{"正常运行账号数", count(a.Running, na, ua || a.RunningUnknown)}, []string{"检查账号数", count(a.Checked, na, ua)},
		[]string{"合格账号数", count(a.Passed, na, ua || a.PassedUnknown)}, []string{"不合格账号数", count(a.Failed, na, ua || a.PassedUnknown)})
	if rv.Partial {
		rows = append(rows, []string{"说明", "本轮通报仅列出不合格网站和账号，总数取自通报。"})
	}
	return rows
}

// chartSheets are the sheet names of the charts' tables.
var chartSheets = map[string]string{
	"chart-pass-rate-trend":    "合格率走势",
	"chart-platform-trend":     "各平台账号数走势",
	"chart-category-rates":     "各类单位合格率",
	"chart-region-rates":       "各地区合格率",
	"chart-round-platforms":    "各平台账号数",
	"chart-problem-categories": "问题类别",
	"chart-category-scores":    "各类单位平均得分",
	"chart-score-distribution": "得分分布",
}

func chartTables(cs []charts.Chart) []dataTable {
	var out []dataTable
	for _, c := range cs {
		if len(c.Table.Rows) == 0 {
			continue
		}
		sheet := chartSheets[c.ID]
		if sheet == "" {
			sheet = c.ID
		}
		out = append(out, dataTable{key: c.ID, sheet: sheet, Table: c.Table})
	}
	return out
}

// orDash writes an empty cell as the pages do.
func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func joinList(items []string) string { return orDash(strings.Join(items, "；")) }

func kindPlatform(kind, platform string) string {
	if platform == "" {
		return kind
	}
	return kind + "：" + platform
}

func siteTables(s *SiteView) []dataTable {
	out := chartTables(s.Charts)
	if len(s.Rounds) > 0 {
		out = append(out, roundsTable(s.Rounds).Data())
	}
	if len(s.Units) > 0 {
		out = append(out, allUnitsTable(s.Units).Data())
		for i, cat := range s.Categories {
			var units []UnitSummary
			for _, u := range s.Units {
				if u.Category == cat {
					units = append(units, u)
				}
			}
			out = append(out, categoryUnitsTable(i, cat, units).Data())
		}
	}
	return out
}

func roundTables(rv *RoundView) []dataTable {
	out := chartTables(rv.Charts)
	if len(rv.Categories) > 0 {
		out = append(out, categoriesTable(rv).Data())
	}
	if len(rv.Platforms) > 0 {
		out = append(out, platformsTable(rv).Data())
	}
	if len(rv.Regions) > 0 {
		out = append(out, regionsTable(rv).Data())
	}
	for _, t := range rankedTables(rv) {
		out = append(out, t.Data())
	}
	out = append(out, failedWebsitesTable(rv).Data(), failedAccountsTable(rv).Data())
	for _, accounts := range []bool{false, true} {
		if t := notedTable(rv, accounts); len(t.Rows) > 0 {
			out = append(out, t.Data())
		}
	}

	a := rv.Across
	if len(a.Recheck) > 0 {
		out = append(out, recheckTable(rv).Data())
	}
	if len(a.Repeats) > 0 {
		out = append(out, repeatsTable(rv).Data())
	}
	if c := a.Changes; c.Known {
		if len(c.ByPlatform) > 0 {
			out = append(out, changesTable(rv, false).Data())
		}
		if len(c.ByUnit) > 0 {
			out = append(out, changesTable(rv, true).Data())
		}
	}
	for _, t := range letterTables(rv) {
		out = append(out, t.Data())
	}
	if e := a.ErrorReports; e != nil && len(e.Ranked) > 0 {
		out = append(out, errorReportsTable(rv).Data())
	}
	if e := a.ErrorReports; e != nil && len(e.Named) > 0 {
		out = append(out, errorReportsNamedTable(rv).Data())
	}
	// The mean scores by category are the table of the chart
	// chart-category-scores, which has its downloads with the charts.
	if len(a.Ranking) > 0 {
		out = append(out, rankingTable(rv).Data())
	}
	if len(rv.OtherMetrics) > 0 {
		out = append(out, otherMetricsTable(rv).Data())
	}
	return out
}

// parallel runs do(0) … do(n-1) on 16 workers per CPU, since writing many
// small files waits on the file system more than on the CPU, and returns
// the first error.
func parallel(n int, do func(i int) error) error {
	workers := min(16*runtime.GOMAXPROCS(0), max(n, 1))
	next := make(chan int)
	errs := make(chan error, workers)
	for w := 0; w < workers; w++ {
		go func() {
			var first error
			for i := range next {
				if first == nil {
					first = do(i)
				}
			}
			errs <- first
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	var first error
	for w := 0; w < workers; w++ {
		if err := <-errs; err != nil && first == nil {
			first = err
		}
	}
	return first
}

// passCount writes a pass or fail count of t, or 通报未说明 when the 通报
// states the number checked but not how many passed.
func passCount(t Tally, n int) string {
	if t.PassedUnknown {
		return figfmt.Unstated
	}
	return strconv.Itoa(n)
}
