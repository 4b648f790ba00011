package rounds

import (
	"io"
	"iter"
	"reflect"
	"strings"

	"github.com/gocarina/gocsv"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
	"github.com/zwgk/zwgk/internal/sheet"
)

// The row types below are the columns of each sheet as FORMAT.md defines
// them: the csv tag lists the Chinese header first, then its English alias;
// `need:"yes"` marks a required column. They are the one place the columns
// are written down: decoding, required-column checks and the unknown-column
// warning all read these tags.

type unitRow struct {
	Name       string `csv:"单位名称,unit" need:"yes"`
	Category   string `csv:"单位类别,category"`
	Region     string `csv:"所属地区,region"`
	CreditCode string `csv:"统一社会信用代码,credit_code"`
	Aliases    string `csv:"别名,aliases"`
}

type websiteRow struct {
	Code   string `csv:"网站标识码,site_code"`
	Name   string `csv:"网站名称,site_name" need:"yes"`
	Unit   string `csv:"主办单位,unit" need:"yes"`
	Type   string `csv:"网站类型,site_type,是否门户,是否为门户"`
	URL    string `csv:"首页地址,url"`
	Result string `csv:"检查结果,result" need:"yes"`
	Findings
}

type accountRow struct {
	FilingNo string `csv:"备案单号,filing_no"`
	Name     string `csv:"账号名称,account_name,政务新媒体名称" need:"yes"`
	Platform string `csv:"平台,platform,类型" need:"yes"`
	Unit     string `csv:"开设主体,unit,所属组织,主办单位" need:"yes"`
	Status   string `csv:"运行状态,status"`
	Sampled  string `csv:"是否抽查,sampled"`
	Result   string `csv:"检查结果,result"`
	Findings
}

// Findings are the columns after 检查结果 that the websites and the accounts
// sheet share, read by the one rule in Findings.check. The type is exported
// only because gocsv decodes the fields of exported embedded structs alone.
type Findings struct {
	Score         string `csv:"得分,score"`
	Rank          string `csv:"排名,rank"`
	Problems      string `csv:"存在问题,problems,存在的突出问题"`
	Rectification string `csv:"整改情况,rectification"`
	Streak        string `csv:"连续不合格次数,streak,连续不合格轮数"`
	Note          string `csv:"备注,note"`
}

type metricRow struct {
	Metric string `csv:"指标,metric" need:"yes"`
	Value  string `csv:"数值,value" need:"yes"`
	Note   string `csv:"说明,note"`
}

// rowNumberColumns are the 序号 columns most real sheets start with: they
// number the rows and are read without a warning.
var rowNumberColumns = map[string]bool{headerKey("序号"): true, headerKey("编号"): true, headerKey("no"): true, headerKey("No."): true}

// column is one column of a sheet type.
type column struct {
	names    []string // Chinese header first, then aliases
	required bool
}

// columnsOf reads the columns of a row type from its tags, those of an
// embedded struct (Findings) in its place.
func columnsOf(row any) []column {
	var cols []column
	for _, f := range reflect.VisibleFields(reflect.TypeOf(row)) {
		if f.Anonymous {
			continue // its fields follow it
		}
		cols = append(cols, column{names: strings.Split(f.Tag.Get("csv"), ","), required: f.Tag.Get("need") == "yes"})
	}
	return cols
}

// headerKey folds a header cell for matching: spaces removed and English
// lower-cased, so that " Site_Name " and "网站 名称" still match.
func headerKey(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u3000' || r == '\u00a0' {
			return -1
		}
		return r
	}, s)
	return strings.ToLower(s)
}

// sheetRows is a decoded sheet: typed rows with their positions.
type sheetRows[T any] struct {
	file     string
	problems *diag.List
	rows     []T
	lines    []int          // spreadsheet row of rows[i]
	header   map[string]int // canonical (Chinese) column name -> index in the header
	raw      []string       // header as written, by index
	allow    int            // index of the 公开个人信息 column, -1 when absent
}

// each yields the rows of the sheet, each with the rowCheck that reports
// its problems; none when the sheet could not be read (s is nil, the problems
// saying why), so that every reader opens a sheet the same way.
func (s *sheetRows[T]) each() iter.Seq2[T, *rowCheck] {
	return func(yield func(T, *rowCheck) bool) {
		if s == nil {
			return
		}
		for i, r := range s.rows {
			if !yield(r, &rowCheck{problems: s.problems, file: s.file, line: s.lines[i], col: s.col}) {
				return
			}
		}
	}
}

// has reports whether the sheet has the canonical column name.
func (s *sheetRows[T]) has(name string) bool {
	if s == nil {
		return false
	}
	_, ok := s.header[name]
	return ok
}

// rowCheck is the checking of one row of a sheet: it reports problems at
// the row's cells, and remembers whether one was an error (bad), so that
// the reader can leave the row out.
type rowCheck struct {
	problems *diag.List
	file     string
	line     int                 // spreadsheet row
	col      func(string) string // the header as the sheet writes it
	bad      bool
}

func (r *rowCheck) errorf(col, fix, format string, args ...any) {
	r.problems.Errorf(r.file, r.line, r.col(col), fix, format, args...)
	r.bad = true
}

func (r *rowCheck) warnf(col, fix, format string, args ...any) {
	r.problems.Warnf(r.file, r.line, r.col(col), fix, format, args...)
}

func (r *rowCheck) pos() model.Pos { return model.Pos{File: r.file, Row: r.line} }

// col returns the header of a canonical column as the sheet writes it, for
// error positions.
func (s *sheetRows[T]) col(name string) string {
	if i, ok := s.header[name]; ok {
		return s.raw[i]
	}
	return name
}

// readSheet reads the sheet at path and decodes its rows as decode does;
// nil when it cannot be read or used, the problems saying why.
func readSheet[T any](path string, problems *diag.List) *sheetRows[T] {
	t, err := sheet.Read(path)
	if err != nil {
		problems.Errorf(path, 0, "", "", "%v", err)
		return nil
	}
	return decode[T](t, problems)
}

// decode finds the header row below any title rows, maps it to the row
// type's columns, reports missing required columns, unknown and duplicate
// columns, personal data in the published cells and note lines below the
// table, and decodes the rows with gocsv. It returns nil when the sheet
// cannot be used at all.
func decode[T any](t *sheet.Table, problems *diag.List) *sheetRows[T] {
	var zero T
	cols := columnsOf(zero)
	byKey := map[string]int{}
	for ci, c := range cols {
		for _, n := range c.names {
			byKey[headerKey(n)] = ci
		}
	}
	t.FindHeader(func(cells []string) bool { return isHeader(cells, cols, byKey) })
	out := &sheetRows[T]{file: t.File, problems: problems, header: map[string]int{}, raw: t.Header, allow: -1}
	canonical := make([]string, len(t.Header))
	for i, h := range t.Header {
		ci, ok := byKey[headerKey(h)]
		if !ok && allowColumnKeys[headerKey(h)] && out.allow < 0 {
			out.allow = i
			canonical[i] = "\x00allow"
			continue
		}
		if !ok && rowNumberColumns[headerKey(h)] {
			canonical[i] = "\x00rowno" // 序号: the row's number in the 通报, not data
			continue
		}
		if !ok {
			if h != "" {
				problems.Warnf(t.File, t.HeaderRow, h, "如需使用请改为格式说明中的列名；否则可以忽略", "未知的列“%s”，其内容不会出现在网站上", h)
			}
			canonical[i] = "\x00unknown"
			continue
		}
		name := cols[ci].names[0]
		if prev, dup := out.header[name]; dup {
			problems.Errorf(t.File, t.HeaderRow, h, "删除重复的一列，或改正列名", "列“%s”与第 %d 列“%s”重复", h, prev+1, t.Header[prev])
			canonical[i] = "\x00duplicate"
			continue
		}
		out.header[name] = i
		canonical[i] = cols[ci].names[0]
	}
	missing := false
	for _, c := range cols {
		if _, ok := out.header[c.names[0]]; c.required && !ok {
			problems.Errorf(t.File, t.HeaderRow, "", "在表头加上这一列（也可用英文列名 "+c.names[1]+"）", "缺少必填列“%s”", c.names[0])
			missing = true
		}
	}
	if missing {
		return nil
	}
	records := make([][]string, 0, len(t.Records)+1)
	records = append(records, canonical)
	body := dropTrailingNotes(t, problems)
	for _, r := range body {
		if len(r.Cells) > len(canonical) {
			problems.Warnf(t.File, r.Row, "", "给这一列加上表头，或删除多余的内容", "第 %d 列之后有内容但没有表头，这些内容不会被使用", len(canonical))
		}
		cells := make([]string, len(canonical))
		copy(cells, r.Cells)
		records = append(records, cells)
		out.lines = append(out.lines, r.Row)
		checkPersonalCells(t, r.Row, cells, canonical, out.allow, problems)
	}
	if len(body) == 0 {
		return out
	}
	if err := gocsv.UnmarshalCSV(&table{rows: records}, &out.rows); err != nil {
		problems.Errorf(t.File, 0, "", "请检查表头和内容，或用 Excel 重新保存", "无法读取表格：%v", err)
		return nil
	}
	return out
}

// table feeds already-read rows to gocsv, so that every file type goes
// through the same decoding.
type table struct {
	rows [][]string
	next int
}

func (t *table) Read() ([]string, error) {
	if t.next >= len(t.rows) {
		return nil, io.EOF
	}
	t.next++
	return t.rows[t.next-1], nil
}

func (t *table) ReadAll() ([][]string, error) {
	rest := t.rows[t.next:]
	t.next = len(t.rows)
	return rest, nil
}
