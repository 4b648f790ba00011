package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// readCSV reads a CSV file as Excel or WPS saves it. parseCSV's errors
// start with ":" or ":row:", so the path goes right in front.
var readCSV = fileReader(parseCSV, "")

// fileReader makes the Reader of one format from its parser: the file is
// read with readLimited, and a parse error gets the path and sep in front.
func fileReader(parse func(raw []byte) ([][]string, error), sep string) Reader {
	return func(path string) ([][]string, error) {
		raw, err := readLimited(path)
		if err != nil {
			return nil, err
		}
		rows, err := parse(raw)
		if err != nil {
			return nil, fmt.Errorf("%s%s%v", path, sep, err)
		}
		return rows, nil
	}
}

// readLimited reads a sheet file of at most MaxFileSize bytes.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: 无法读取文件：%v", path, err)
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Size() > MaxFileSize {
		return nil, tooLarge(path)
	}
	raw, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: 无法读取文件：%v", path, err)
	}
	if len(raw) > MaxFileSize {
		return nil, tooLarge(path)
	}
	return raw, nil
}

func tooLarge(path string) error {
	return fmt.Errorf("%s: 文件超过 %d MB，不像一张检查结果表 —— 删去无关的内容，或分成几个文件", path, MaxFileSize>>20)
}

// parseCSV decodes CSV text in UTF-8 (with or without BOM), GB18030/GBK —
// what Excel on a Chinese Windows saves as plain “CSV” — or UTF-16 with a
// BOM (Excel's “Unicode 文本”, tab-separated). Line ends may be CRLF, LF or
// a lone CR (old Mac Excel). rows[i] is line i+1 of the sheet, counting a
// quoted cell that spans lines as Excel counts it: one row. Errors start
// with ":" or ":row:" so that the caller can put the path in front.
func parseCSV(raw []byte) ([][]string, error) {
	text, err := DecodeText(raw)
	if err != nil {
		return nil, fmt.Errorf(": %w", err)
	}
	if !bytes.Contains(text, []byte("\n")) {
		text = bytes.ReplaceAll(text, []byte("\r"), []byte("\n"))
	}
	cr := csv.NewReader(bytes.NewReader(text))
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.Comma = sniffComma(text)
	var rows [][]string
	prevEnd := 0 // line on which the previous record ended
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf(":%d: CSV 格式错误（%v）—— 请检查该行的引号和逗号，或用 Excel 重新保存", pe.StartLine, pe.Err)
			}
			return nil, fmt.Errorf(": %v", err)
		}
		// encoding/csv skips blank lines, which Excel shows as empty rows:
		// put them back so that rows keep their spreadsheet numbers. A
		// quoted cell with line breaks is one row however many lines it
		// spans.
		start, _ := cr.FieldPos(0)
		for range start - prevEnd - 1 {
			rows = append(rows, nil)
		}
		last, _ := cr.FieldPos(len(rec) - 1)
		prevEnd = last + strings.Count(rec[len(rec)-1], "\n")
		rows = append(rows, rec)
	}
}

// DecodeText turns a text file's bytes into UTF-8: UTF-8 with or without
// BOM, UTF-16 with BOM, or else GB18030/GBK — what Excel saves as CSV and
// what Notepad on an older Chinese Windows saves as “ANSI”.
func DecodeText(raw []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")):
		raw = raw[3:]
	case bytes.HasPrefix(raw, []byte("\xff\xfe")), bytes.HasPrefix(raw, []byte("\xfe\xff")):
		dec, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(raw)
		if err != nil {
			return nil, errors.New("无法读取 UTF-16 编码的文件 —— 请“另存为”UTF-8 编码")
		}
		return dec, nil
	}
	if utf8.Valid(raw) {
		return raw, nil
	}
	dec, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
	if err != nil {
		return nil, errors.New("文件编码既不是 UTF-8 也不是 GBK —— 请“另存为”UTF-8 编码（Excel 中选“CSV UTF-8”）")
	}
	return dec, nil
}

// sniffComma tells a tab-separated file (Excel's “Unicode 文本”, or cells
// pasted into a text editor) from a comma-separated one by its first line.
func sniffComma(text []byte) rune {
	first := text
	if i := bytes.IndexByte(text, '\n'); i >= 0 {
		first = text[:i]
	}
	if bytes.Contains(first, []byte("\t")) && !bytes.Contains(first, []byte(",")) {
		return '\t'
	}
	return ','
}
