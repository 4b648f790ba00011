package diag

import (
	"encoding/json"
	"io"
)

// jsonProblem is a problem as `zwgk check --json` writes it.
type jsonProblem struct {
	Severity string `json:"severity"` // "error" or "warning"
	File     string `json:"file"`
	Row      int    `json:"row,omitempty"`
	Col      string `json:"col,omitempty"`
	Message  string `json:"message"`
	Fix      string `json:"fix,omitempty"`
	Text     string `json:"text"` // the line `zwgk check` prints
}

// jsonReport is the whole list: counts first, so that a tool can tell
// at a glance whether the build would run.
type jsonReport struct {
	Errors   int           `json:"errors"`
	Warnings int           `json:"warnings"`
	Problems []jsonProblem `json:"problems"`
}

// WriteJSON writes the problems as one JSON object, in the order Sorted
// gives: errors first.
func (l *List) WriteJSON(w io.Writer) error {
	rep := jsonReport{Problems: []jsonProblem{}}
	rep.Errors, rep.Warnings = l.Count()
	for _, p := range l.Sorted() {
		sev := "error"
		if p.Severity == Warning {
			sev = "warning"
		}
		rep.Problems = append(rep.Problems, jsonProblem{sev, p.File, p.Row, p.Col, p.Msg, p.Fix, p.String()})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}
