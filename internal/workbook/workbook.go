// Package workbook writes the Excel workbooks staff fill in: one sheet with
// a frozen header row, a note on each header cell saying what to write,
// dropdown lists where only some values make sense, and code columns kept
// as text so that Excel does not turn 4213900001 into 4.2139E+09.
package workbook

import (
	"fmt"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Column is one column of a workbook.
type Column struct {
	Name    string   // header, as the readers know it
	Note    string   // what to write, shown as a comment on the header
	Choices []string // the dropdown list; nil for free text
	// Strict refuses a value that is not in Choices; otherwise Excel warns
	// and lets the value stand (an unknown platform, a unit not yet listed).
	Strict bool
	Text   bool // a code: cells are formatted as text
}

// Sheet is the content of one workbook.
type Sheet struct {
	Title   string // worksheet name, e.g. 政府网站检查结果
	Columns []Column
	Rows    [][]string // pre-filled rows below the header
}

// choicesSheet holds the dropdown lists, hidden; the data sheet stays first,
// which is the one zwgk reads.
const choicesSheet = "下拉选项"

// blankRows is how far down the dropdowns and text formats reach below the
// pre-filled rows.
const blankRows = 2000

// Write writes the sheet as an .xlsx workbook at path.
func Write(path string, s Sheet) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := build(f, s); err != nil {
		return fmt.Errorf("无法生成 %s：%w", path, err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return fmt.Errorf("无法生成 %s：%w", path, err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("无法写入 %s：%w —— 如文件已在 Excel 中打开，请先关闭", path, err)
	}
	return nil
}

func build(f *excelize.File, s Sheet) error {
	ws := s.Title
	if err := f.SetSheetName(f.GetSheetName(0), ws); err != nil {
		return err
	}
	header, err := f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
		Border:    []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}},
	})
	if err != nil {
		return err
	}
	textFmt := "@"
	text, err := f.NewStyle(&excelize.Style{CustomNumFmt: &textFmt})
	if err != nil {
		return err
	}
	lastRow := len(s.Rows) + blankRows
	choiceCol := 0
	for i, c := range s.Columns {
		col, _ := excelize.ColumnNumberToName(i + 1)
		cell := col + "1"
		if err := f.SetCellStr(ws, cell, c.Name); err != nil {
			return err
		}
		if err := f.SetCellStyle(ws, cell, cell, header); err != nil {
			return err
		}
		if c.Note != "" {
			if err := f.AddComment(ws, excelize.Comment{Cell: cell, Author: "zwgk", Paragraph: []excelize.RichTextRun{{Text: c.Note}}, Width: 240, Height: 120}); err != nil {
				return err
			}
		}
		if err := f.SetColWidth(ws, col, col, width(c)); err != nil {
			return err
		}
		if c.Text {
			if err := f.SetCellStyle(ws, col+"2", fmt.Sprintf("%s%d", col, lastRow), text); err != nil {
				return err
			}
		}
		if len(c.Choices) > 0 {
			choiceCol++
			if err := addDropdown(f, ws, c, col, lastRow, choiceCol); err != nil {
				return err
			}
		}
	}
	for r, row := range s.Rows {
		for i, v := range row {
			if v == "" || i >= len(s.Columns) {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(i+1, r+2)
			// Everything is written as text, as the CSV held it, so that a
			// code keeps its digits and a score its decimals.
			if err := f.SetCellStr(ws, cell, v); err != nil {
				return err
			}
		}
	}
	if err := f.SetRowHeight(ws, 1, 30); err != nil {
		return err
	}
	return f.SetPanes(ws, &excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	})
}

// addDropdown lists the choices in a column of the hidden choices sheet and
// points the column's data validation at them: an inline list is limited to
// 255 characters, too few for a unit directory.
func addDropdown(f *excelize.File, ws string, c Column, col string, lastRow, n int) error {
	if n == 1 {
		if _, err := f.NewSheet(choicesSheet); err != nil {
			return err
		}
		if err := f.SetSheetVisible(choicesSheet, false); err != nil {
			return err
		}
	}
	listCol, _ := excelize.ColumnNumberToName(n)
	if err := f.SetCellStr(choicesSheet, listCol+"1", c.Name); err != nil {
		return err
	}
	for i, v := range c.Choices {
		if err := f.SetCellStr(choicesSheet, fmt.Sprintf("%s%d", listCol, i+2), v); err != nil {
			return err
		}
	}
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(fmt.Sprintf("%s2:%s%d", col, col, lastRow))
	dv.SetSqrefDropList(fmt.Sprintf("'%s'!$%s$2:$%s$%d", choicesSheet, listCol, listCol, len(c.Choices)+1))
	if c.Strict {
		dv.SetError(excelize.DataValidationErrorStyleStop, c.Name, "请从下拉列表中选择："+strings.Join(c.Choices, "、"))
	} else {
		dv.SetError(excelize.DataValidationErrorStyleWarning, c.Name, "不在下拉列表中。如确实如此，可以保留；zwgk check 会给出提示。")
	}
	return f.AddDataValidation(ws, dv)
}

// width fits a column to its header and its longest choice, in Excel's
// character units (a Chinese character is two).
func width(c Column) float64 {
	w := displayWidth(c.Name)
	for _, v := range c.Choices {
		w = max(w, displayWidth(v))
	}
	return float64(min(max(w+4, 10), 40))
}

func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		if utf8.RuneLen(r) > 1 {
			n += 2
		} else {
			n++
		}
	}
	return n
}
