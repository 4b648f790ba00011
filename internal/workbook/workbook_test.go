package workbook

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/zwgk/zwgk/internal/sheet"
)

var accounts = Sheet{
	Title: "政务新媒体检查结果",
	Columns: []Column{
		{Name: "备案单号", Note: "备案单号", Text: true},
		{Name: "账号名称", Note: "账号名称"},
		{Name: "平台", Note: "平台", Choices: []string{"微信公众号", "新浪微博", "抖音"}},
		{Name: "检查结果", Note: "合格 或 不合格", Choices: []string{"合格", "不合格"}, Strict: true},
	},
	Rows: [][]string{
		{"0626636", "健康示例", "微信公众号"},
		{"4213900001", "示例教育", "抖音", "合格"},
	},
}

func TestWrite(t *testing.T) {
	p := filepath.Join(t.TempDir(), "accounts.xlsx")
	if err := Write(p, accounts); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ws := "政务新媒体检查结果"

	t.Run("the data sheet comes first and the lists are hidden", func(t *testing.T) {
		if got := f.GetSheetList(); !reflect.DeepEqual(got, []string{ws, choicesSheet}) {
			t.Errorf("sheets = %v", got)
		}
		if visible, _ := f.GetSheetVisible(choicesSheet); visible {
			t.Error("the choices sheet is visible")
		}
	})
	t.Run("the header row is frozen", func(t *testing.T) {
		panes, err := f.GetPanes(ws)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("panes = %+v, %v", panes, err)
		}
	})
	t.Run("every column has its note", func(t *testing.T) {
		comments, err := f.GetComments(ws)
		if err != nil || len(comments) != len(accounts.Columns) {
			t.Fatalf("comments = %+v, %v", comments, err)
		}
		if comments[3].Cell != "D1" || !strings.Contains(comments[3].Paragraph[0].Text, "合格 或 不合格") {
			t.Errorf("comment on D1 = %+v", comments[3])
		}
	})
	t.Run("dropdowns point at the lists", func(t *testing.T) {
		dvs, err := f.GetDataValidations(ws)
		if err != nil || len(dvs) != 2 {
			t.Fatalf("validations = %+v, %v", dvs, err)
		}
		for _, dv := range dvs {
			if dv.Type != "list" || !dv.ShowErrorMessage {
				t.Errorf("validation %+v", dv)
			}
		}
		if dvs[0].Sqref != "C2:C2002" || *dvs[0].ErrorStyle != "warning" || dvs[1].Sqref != "D2:D2002" || *dvs[1].ErrorStyle != "stop" {
			t.Errorf("validations = %+v %+v", dvs[0], dvs[1])
		}
		if dvs[1].Formula1 != "'下拉选项'!$B$2:$B$3" {
			t.Errorf("检查结果 list = %s", dvs[1].Formula1)
		}
		if got, _ := f.GetCellValue(choicesSheet, "B3"); got != "不合格" {
			t.Errorf("choices B3 = %q", got)
		}
	})
	t.Run("code columns are text", func(t *testing.T) {
		style, _ := f.GetCellStyle(ws, "A500")
		st, err := f.GetStyle(style)
		if err != nil || st.CustomNumFmt == nil || *st.CustomNumFmt != "@" {
			t.Errorf("A500 style = %+v, %v", st, err)
		}
	})
	t.Run("zwgk reads back the rows as written", func(t *testing.T) {
		tab, err := sheet.Read(p)
		if err != nil {
			t.Fatal(err)
		}
		want := []sheet.Record{
			{Row: 2, Cells: accounts.Rows[0]},
			{Row: 3, Cells: accounts.Rows[1]},
		}
		if tab.HeaderRow != 1 || !reflect.DeepEqual(tab.Records, want) {
			t.Errorf("read back header row %d, records %+v", tab.HeaderRow, tab.Records)
		}
	})
}
