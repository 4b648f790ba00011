package site

import (
	"bytes"
	"testing"

	"github.com/zwgk/zwgk/internal/charts"
)

// A workbook whose rows are written beside excelize is the file excelize
// writes cell by cell: same sheets, strings, numbers, styles and bytes.
func TestPlainRowsSameBytesAsExcelize(t *testing.T) {
	info := [][]string{{"标题", "关于示例市2024年第四季度检查情况的通报"}, {"检查期次", "2024年第四季度"}}
	tables := []dataTable{
		{key: "checklist", sheet: "核查清单", Table: charts.Table{
			Caption: "2024年第四季度核查清单",
			Head:    []string{"序号", "名称", "检查结果", "得分", "存在问题"},
			Numeric: []bool{true, false, false, true, false},
			Rows: [][]string{
				{"1", "示例市人民政府门户网站", "合格", "95.05", "—"},
				{"2", "示例市教育局网站", "不合格", "1,234", `首页"栏目"<空白> & 'x'`},
				{"3", "示例市教育局网站", "合格", "—", ""},
				{"10", "=1+1", "合格", "-0.5", "—"},
			},
		}},
		// No caption; a second sheet, whose strings follow the first's.
		{key: "platforms", sheet: "平台", Table: charts.Table{
			Head:    []string{"平台", "账号数"},
			Numeric: []bool{false, true},
			Rows:    [][]string{{"微信", "12"}, {"合格", "3"}},
		}},
	}
	if !plainRows(info, tables) {
		t.Fatal("these tables should be written beside excelize")
	}
	fast, err := workbook(info, tables)
	if err != nil {
		t.Fatal(err)
	}
	writePlainRows = false
	defer func() { writePlainRows = true }()
	slow, err := workbook(info, tables)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fast, slow) {
		t.Errorf("the workbook differs from excelize's (%d bytes, excelize %d)", len(fast), len(slow))
	}
}

// Cells excelize changes on the way in go through excelize.
func TestPlainRowsLeavesOddCellsToExcelize(t *testing.T) {
	info := [][]string{{"标题", "通报"}}
	for _, cell := range []string{" 前导空格", "末尾空格 ", "两行\n文字", "制表\t符", "_x000D_", "1234567890123456", "NaN"} {
		tables := []dataTable{{key: "t", sheet: "表", Table: charts.Table{
			Head: []string{"得分"}, Numeric: []bool{true}, Rows: [][]string{{cell}},
		}}}
		if plainRows(info, tables) {
			t.Errorf("%q should be written by excelize", cell)
		}
	}
}
