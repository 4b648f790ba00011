package txtartest

import (
	"os"
	"path/filepath"
	"testing"
)

// Files land at their slash paths below the folder, and a second archive
// replaces a file the first one wrote.
func TestWriteMakesFoldersAndReplaces(t *testing.T) {
	dir := Dir(t, `
-- units.csv --
单位名称
示例市教育局
-- 2024Q3/round.md --
---
title: 第三季度通报
---
`)
	Write(t, dir, "-- units.csv --\n单位名称\n示例市卫生健康委员会\n")
	for name, want := range map[string]string{
		"units.csv":       "单位名称\n示例市卫生健康委员会\n",
		"2024Q3/round.md": "---\ntitle: 第三季度通报\n---\n",
	} {
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
}
