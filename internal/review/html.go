package review

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"

	"github.com/zwgk/zwgk/internal/site"
)

//go:embed report.html
var reportTemplate string

// page is the HTML report's template. html/template escapes every name
// and problem taken from the sheets.
var page = template.Must(template.New("report").Funcs(template.FuncMap{
	"manifestName": func() string { return site.ManifestName },
	"tally":        tallyText,
	"url":          pageURL,
	"dict": func(kv ...any) (map[string]any, error) {
		if len(kv)%2 != 0 {
			return nil, fmt.Errorf("dict: odd number of arguments")
		}
		m := map[string]any{}
		for i := 0; i < len(kv); i += 2 {
			m[fmt.Sprint(kv[i])] = kv[i+1]
		}
		return m, nil
	},
}).Parse(reportTemplate))

// WriteHTML writes the report as a standalone HTML page: no scripts, no
// files or hosts it loads, so it can be mailed or printed as it is.
func (r *Report) WriteHTML(w io.Writer) error {
	return page.Execute(w, r)
}
