package site

import (
	"bytes"
	"path"
	"strings"

	"github.com/zwgk/zwgk/internal/draft"
	"github.com/zwgk/zwgk/internal/figures"
)

// planDrafts gives each round whose round.md has no narrative the 通报
// drafted from its figures (package draft) as its 通报正文, marked as
// generated, and the same text as a Word file among its downloads. It runs
// after planDownloads, which sets the rounds' Downloads.
func planDrafts(f *figures.Figures, v *Views, rules []figures.Rule) []outFile {
	if rules == nil {
		rules = figures.DefaultRules()
	}
	var files []outFile
	for i := range v.Rounds {
		rv := &v.Rounds[i]
		if i >= len(f.Rounds) || strings.TrimSpace(rv.Narrative) != "" {
			continue
		}
		doc := draft.New(f, i, rules)
		var md bytes.Buffer
		if err := doc.PageMarkdown(&md); err != nil {
			continue // a strings.Builder does not fail
		}
		rv.Narrative, rv.NarrativeGenerated = narrativeMarkdown(md.String()), true
		rv.Downloads.Notice = path.Join(downloadsDir, "rounds", rv.Slug, rv.Slug+"-notice.docx")
		files = append(files, outFile{rv.Downloads.Notice, func() ([]byte, error) {
			var b bytes.Buffer
			err := doc.DOCX(&b)
			return b.Bytes(), err
		}})
	}
	return files
}
