package rounds

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/zwgk/zwgk/internal/diag"
)

// round.md as Notepad saves it: UTF-8 with a BOM (Windows 10), or “ANSI”,
// which is GBK on a Chinese Windows; CRLF either way.
func TestReadRoundMDAsNotepadSavesIt(t *testing.T) {
	md := "---\r\ntitle: 关于2024年第三季度政府网站与政务新媒体检查情况的通报\r\npublished: 2024年10月8日\r\n---\r\n各区县人民政府：\r\n\r\n现将有关情况通报如下。\r\n"
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(md))
	if err != nil {
		t.Fatal(err)
	}
	for name, raw := range map[string][]byte{
		"UTF-8 with BOM": append([]byte("\xef\xbb\xbf"), md...),
		"GBK":            gbk,
	} {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "round.md")
			os.WriteFile(p, raw, 0o644)
			problems := &diag.List{}
			meta, narrative, ok := readRoundMD(p, problems)
			if !ok || len(problems.Problems) != 0 {
				t.Fatalf("problems: %v", problems.Sorted())
			}
			if meta.Title != "关于2024年第三季度政府网站与政务新媒体检查情况的通报" || meta.Published != "2024-10-08" {
				t.Errorf("meta = %+v", meta)
			}
			if narrative != "各区县人民政府：\n\n现将有关情况通报如下。\n" || strings.Contains(narrative, "\r") {
				t.Errorf("narrative = %q", narrative)
			}
		})
	}
}
