package site

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/charts"
)

// A chart table without a caption has its region named 数据表.
func TestChartTableWithoutCaption(t *testing.T) {
	got := chartTable(charts.Table{Head: []string{"分数段"}, Rows: [][]string{{"90分以上"}}}).HTML()
	if !strings.Contains(got, `aria-label="数据表"`) || strings.Contains(got, "<caption>") {
		t.Errorf("got\n%s\nwant the region named 数据表 and no <caption>", got)
	}
}

// In the data a chart carries its table as HTML, and none when the
// table has no rows.
func TestChartListJSON(t *testing.T) {
	b, err := json.Marshal(chartList{
		{ID: "a", Table: charts.Table{Head: []string{"轮次"}, Rows: [][]string{{"2024年第四季度"}}}},
		{ID: "b", Table: charts.Table{Head: []string{"轮次"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []struct {
		ID        string `json:"id"`
		TableHTML string `json:"table_html"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || !strings.Contains(got[0].TableHTML, `<th scope="row">2024年第四季度</th>`) || got[1].TableHTML != "" {
		t.Errorf("got %+v; want chart a with its row as HTML, chart b with none", got)
	}
}
