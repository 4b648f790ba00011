// Package charts turns figures into ECharts options with go-echarts, each
// with the same numbers as a table, so that no chart is the only place a
// figure can be read.
package charts

import "encoding/json"

// Chart is one chart as a page shows it: a title that states the message,
// the ECharts option, and the data table beside it.
type Chart struct {
	ID       string          `json:"id"`       // stable element id, e.g. "chart-pass-rate-trend"
	Title    string          `json:"title"`    // states the message
	Subtitle string          `json:"subtitle"` // the numbers in words: the text alternative
	Option   json.RawMessage `json:"option"`   // ECharts option; json.Marshal escapes < > &
	Table    Table           `json:"table"`
}

// Table is a chart's data as rows of formatted cells.
type Table struct {
	Caption string     `json:"caption"`
	Head    []string   `json:"head"`
	Numeric []bool     `json:"numeric"` // per column: right-align with tabular figures
	Rows    [][]string `json:"rows"`    // first cell of a row is its header cell
}
