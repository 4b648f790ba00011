package sheet

import "testing"

// A FORMULA record whose cached number names a column BIFF8 does not have
// (257th) was dropped without a word, while every other kind of cell in
// that column called the file damaged.
func TestXLSFormulaNumberPastTheLastColumn(t *testing.T) {
	bof := biff(0x0809, cat(le16(0x0600), le16(0x10), make([]byte, 12)))
	formula := biff(0x0006, cat(le16(0), le16(256), le16(0), le32(0), le32(0x40590000), make([]byte, 6)))
	g := &workbookGlobals{}
	rows, err := g.sheetRows(cat(bof, formula, biff(0x000A, []byte{})))
	if err != errXLSDamaged {
		t.Errorf("sheetRows = %q, %v; want the file called damaged", rows, err)
	}
}
