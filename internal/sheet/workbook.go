package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Limits on what a workbook may hold. A sheet of results is a few thousand
// rows of a dozen columns; the national sample's largest sheet is a few
// megabytes. The limits keep a hostile or broken file — a styled cell in
// the last column, a part that claims gigabytes, XML nested a million deep —
// to a bounded cost, and say so instead of reading part of it.
const (
	// MaxFileSize is the largest sheet file read, CSV or XLSX.
	MaxFileSize = 32 << 20
	// maxUnzipped is the most a workbook may unpack to, all parts together.
	maxUnzipped = 128 << 20
	// MaxColumns is the last column that may hold a value.
	MaxColumns = 200
	// maxGrid bounds the cells of the table as read, empty ones inside a
	// row included: the sum over rows of the last column with a value.
	maxGrid = 4_000_000
	// maxXMLDepth is far deeper than any part of a workbook nests.
	maxXMLDepth = 256
)

// errDamaged is the message of a workbook that cannot be read whole.
const damagedFix = "请用 Excel 或 WPS 打开后重新保存；打不开时请找回原文件"

func damaged(format string, args ...any) error {
	return fmt.Errorf("无法完整读取：文件已损坏（%s）—— %s", fmt.Sprintf(format, args...), damagedFix)
}

// workbookParts unpacks every part of a workbook, so that each one's CRC
// is checked (archive/zip checks it when a part is read to its end), and
// checks that every XML part is well-formed. excelize reads lazily and
// stops quietly at the first XML error, which gave partial tables.
func workbookParts(raw []byte) (map[string][]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, fmt.Errorf("无法打开 Excel 文件：不是有效的 .xlsx 文件，或文件已损坏（%v）—— 确认它是 Excel 2007 以后的 .xlsx 格式、没有设置密码；也可以另存为 CSV", err)
	}
	parts := make(map[string][]byte, len(zr.File))
	budget := int64(maxUnzipped)
	for _, zf := range zr.File {
		if zf.FileInfo().IsDir() {
			continue
		}
		if zf.UncompressedSize64 > uint64(budget) {
			return nil, tooBig()
		}
		rc, err := zf.Open()
		if err != nil {
			return nil, damaged("%s：%v", zf.Name, err)
		}
		var b bytes.Buffer
		n, err := io.Copy(&b, io.LimitReader(rc, budget+1))
		rc.Close()
		if err != nil {
			return nil, damaged("%s：%v", zf.Name, err)
		}
		if n > budget {
			return nil, tooBig()
		}
		if uint64(n) != zf.UncompressedSize64 {
			return nil, damaged("%s：长度不符", zf.Name)
		}
		budget -= n
		name := strings.ReplaceAll(zf.Name, `\`, "/")
		if _, dup := parts[name]; dup {
			return nil, damaged("%s 出现两次", name)
		}
		parts[name] = b.Bytes()
	}
	return parts, checkContentTypes(parts)
}

// checkContentTypes checks that every part [Content_Types].xml lists is
// there, as it names them: a damaged byte in a part's name in the zip
// directory leaves the CRCs right but the part, say the styles, lost.
func checkContentTypes(parts map[string][]byte) error {
	var types struct {
		Override []struct {
			PartName string `xml:"PartName,attr"`
		}
	}
	raw, ok := parts["[Content_Types].xml"]
	if !ok {
		return damaged("缺少 [Content_Types].xml")
	}
	if err := xml.Unmarshal(raw, &types); err != nil {
		return damaged("[Content_Types].xml：%v", err)
	}
	for _, o := range types.Override {
		if name := strings.TrimPrefix(o.PartName, "/"); !has(parts, name) {
			return damaged("缺少 %s", name)
		}
	}
	return nil
}

func tooBig() error {
	return fmt.Errorf("Excel 文件解压后超过 %d MB，不像一张检查结果表 —— 删去无关的工作表、图片和空白行列后重新保存，或另存为 CSV", maxUnzipped>>20)
}

// wellFormed reads an XML part to its end. It counts the elements named
// item just below the root: the <si> of the shared-string table.
func wellFormed(name string, b []byte, item string) (items int, err error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	depth := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return items, nil
		}
		if err != nil {
			return 0, damaged("%s：%v", name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth++; depth > maxXMLDepth {
				return 0, damaged("%s：嵌套超过 %d 层", name, maxXMLDepth)
			}
			if depth == 2 && t.Name.Local == item {
				items++
			}
		case xml.EndElement:
			depth--
		}
	}
}

// firstSheetPath finds the part of the first worksheet the way excelize
// does: the package's office document (the workbook), its first <sheet>,
// and the workbook's relationship that <sheet> names.
func firstSheetPath(parts map[string][]byte) (string, error) {
	type rels struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	var root rels
	if err := xml.Unmarshal(parts["_rels/.rels"], &root); err != nil {
		return "", damaged("_rels/.rels：%v", err)
	}
	book := ""
	for _, r := range root.Rel {
		if r.Type == excelize.SourceRelationshipOfficeDocument || r.Type == excelize.StrictSourceRelationshipOfficeDocument {
			book = strings.TrimPrefix(r.Target, "/")
			break
		}
	}
	if !has(parts, book) {
		return "", damaged("找不到工作簿 %q", book)
	}
	var wb struct {
		Sheets []struct {
			ID string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := xml.Unmarshal(parts[book], &wb); err != nil {
		return "", damaged("%s：%v", book, err)
	}
	if len(wb.Sheets) == 0 {
		return "", errors.New("Excel 文件中没有工作表")
	}
	dir := path.Dir(book)
	var wbRels rels
	relsPath := strings.TrimPrefix(path.Join(dir, "_rels", path.Base(book)+".rels"), "./")
	if err := xml.Unmarshal(parts[relsPath], &wbRels); err != nil {
		return "", damaged("%s：%v", relsPath, err)
	}
	for _, r := range wbRels.Rel {
		if r.ID != wb.Sheets[0].ID {
			continue
		}
		p := strings.TrimPrefix(path.Clean(path.Join(dir, r.Target)), "/")
		if strings.HasPrefix(r.Target, "/") {
			p = strings.TrimPrefix(path.Clean(r.Target), "/")
		}
		if !has(parts, p) {
			return "", damaged("找不到第一个工作表 %s", p)
		}
		return p, nil
	}
	return "", damaged("第一个工作表没有对应的文件")
}

// numberCell is a cell whose value is a number as stored, before the
// sheet's formatting; workbookRows writes dates and General numbers from it.
type numberCell struct {
	row, col int // 0-based
	style    int
	raw      string
}

// sheetScan is what one pass over the worksheet's XML learns, so that the
// table is read without excelize loading the worksheet as a whole (which
// gives every row as many cells as its last one, styled or not).
type sheetScan struct {
	numbers []numberCell
	merges  []string // ranges such as "A1:F1"
}

// scanSheet reads the worksheet's XML once to its end. It refuses what
// excelize would read only in part or at a cost out of proportion to the
// table: malformed XML, bad cell references, shared-string indexes out of
// range, values beyond MaxColumns, more than maxGrid cells, and formulas
// saved without their value, which excelize would have to calculate.
func scanSheet(name string, b []byte, sharedStrings int) (*sheetScan, error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	scan := &sheetScan{}
	var (
		depth, row, col, grid, lastCol int
		inRow, inCell, inValue, inText bool
		ref, typ                       string
		style                          int
		hasFormula, hasValue           bool
		value, text                    strings.Builder
	)
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, damaged("%s：%v", name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth++; depth > maxXMLDepth {
				return nil, damaged("%s：嵌套超过 %d 层", name, maxXMLDepth)
			}
			switch {
			case t.Name.Local == "row" && !inRow:
				inRow, col, lastCol = true, 0, 0
				if r := attr(t, "r"); r != "" {
					n, err := strconv.Atoi(r)
					if err != nil || n < 1 || n > excelize.TotalRows {
						return nil, damaged("行号“%s”无效", r)
					}
					row = n
				} else {
					row++
				}
			case t.Name.Local == "c" && inRow && !inCell:
				inCell, hasFormula, hasValue = true, false, false
				value.Reset()
				text.Reset()
				typ, ref = attr(t, "t"), attr(t, "r")
				col++
				if ref != "" {
					c, _, err := excelize.CellNameToCoordinates(ref)
					if err != nil {
						return nil, damaged("单元格“%s”的位置无效", ref)
					}
					col = c
				} else if col > excelize.MaxColumns {
					return nil, damaged("第 %d 行的单元格超过 %d 列", row, excelize.MaxColumns)
				}
				style = 0
				if s := attr(t, "s"); s != "" {
					if style, err = strconv.Atoi(s); err != nil || style < 0 {
						return nil, damaged("单元格 %s 的样式“%s”无效", cellName(col, row), s)
					}
				}
			case t.Name.Local == "mergeCell":
				scan.merges = append(scan.merges, attr(t, "ref"))
			case inCell && t.Name.Local == "v":
				inValue, hasValue = true, true
			case inCell && t.Name.Local == "f":
				hasFormula = true
			case inCell && t.Name.Local == "t":
				inText = true
			}
		case xml.CharData:
			if inValue {
				value.Write(t)
			} else if inText {
				text.Write(t)
			}
		case xml.EndElement:
			depth--
			switch {
			case inValue && t.Name.Local == "v":
				inValue = false
			case inText && t.Name.Local == "t":
				inText = false
			case inCell && t.Name.Local == "c":
				inCell = false
				v := value.String()
				if hasFormula && !hasValue {
					return nil, fmt.Errorf("单元格 %s 的公式没有保存计算结果（这个文件不是 Excel 或 WPS 保存的）—— 请用 Excel 或 WPS 打开后保存一次，或把公式换成数值", cellName(col, row))
				}
				if !hasFormula && strings.TrimSpace(v) == "" && text.Len() == 0 {
					continue // an empty cell, perhaps styled: not part of the table
				}
				if col > MaxColumns {
					return nil, fmt.Errorf("第 %d 行的单元格 %s 有内容，超出了前 %d 列 —— 表格最多 %d 列：删去多余的列（包括看不见的空格、格式），或把内容移到前面的列", row, cellName(col, row), MaxColumns, MaxColumns)
				}
				switch typ {
				case "s":
					if i, err := strconv.Atoi(strings.TrimSpace(v)); err != nil || i < 0 || i >= sharedStrings {
						return nil, damaged("单元格 %s 指向不存在的文本", cellName(col, row))
					}
				case "", "n":
					if v != "" {
						scan.numbers = append(scan.numbers, numberCell{row: row - 1, col: col - 1, style: style, raw: v})
					}
				}
				lastCol = max(lastCol, col)
			case inRow && t.Name.Local == "row":
				inRow = false
				if grid += lastCol; grid > maxGrid {
					return nil, fmt.Errorf("工作表太大：超过 %d 万个单元格 —— 一张检查结果表不会这么大；删去无关的行和列后重新保存，或分成几个文件", maxGrid/10_000)
				}
			}
		}
	}
	return scan, nil
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

func cellName(col, row int) string {
	s, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return fmt.Sprintf("R%dC%d", row, col)
	}
	return s
}

func has(parts map[string][]byte, name string) bool {
	_, ok := parts[name]
	return ok
}
