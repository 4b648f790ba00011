package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The sample with its latest round and units.csv saved as Excel 97–2003 by
// LibreOffice (internal/sheet/testdata/xls: .xls, and one .et) builds the
// same site as the CSV.
func TestSampleAsXLSBuildsTheSameSite(t *testing.T) {
	want := buildSite(t, "../../rounds")
	dir := filepath.Join(t.TempDir(), "rounds")
	convertRounds(t, "../../rounds", dir, func(t *testing.T, src, dst string) {
		writeCSV(t, src, dst, func(b []byte) []byte { return b })
	})
	saved := map[string]string{
		"websites.xls":     "2024Q4/websites",
		"accounts.xls":     "2024Q4/accounts",
		"interactions.xls": "2024Q4/interactions",
		"error-reports.et": "2024Q4/error-reports",
		"units.xls":        "units",
	}
	for file, sheet := range saved {
		b, err := os.ReadFile(filepath.Join("../sheet/testdata/xls", file))
		if err != nil {
			t.Fatal(err)
		}
		base := filepath.Join(dir, filepath.FromSlash(sheet))
		if err := os.Remove(base + ".csv"); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(base+filepath.Ext(file), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := buildSite(t, dir)
	comparePages(t, want, got)
	if page := readFile(t, filepath.Join(got, "rounds", "2024q4", "index.html")); !strings.Contains(page, "示例市") {
		t.Errorf("the 2024Q4 round page lacks the sample's units")
	}
}
