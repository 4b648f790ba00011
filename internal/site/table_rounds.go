package site

import (
	"cmp"
	"encoding/json"
	"strconv"
)

// RoundTables are the tables of a round page written as HTML in Go
// (table.go): the largest ones, where a template pass per cell cost most.
type RoundTables struct {
	Ranking      string `json:"ranking"`       // 单位排名, "" without one
	RankingUnits int    `json:"ranking_units"` // its rows
}

// MarshalJSON writes the round's view with its large tables as HTML, made
// here, a round at a time.
func (r RoundView) MarshalJSON() ([]byte, error) {
	type plain RoundView // without this method
	var t RoundTables
	if len(r.Across.Ranking) > 0 {
		t.Ranking, t.RankingUnits = rankingTable(&r).HTML(), len(r.Across.Ranking)
	}
	return json.Marshal(struct {
		plain
		Tables RoundTables `json:"tables"`
	}{plain(r), t})
}

// roundLabel names the round in captions: its period, else its title.
func roundLabel(r *RoundView) string { return cmp.Or(r.Period, r.Title) }

// unitCell is a unit's name, linked to its page when it has one.
func unitCell(name, slug string) Cell {
	c := Cell{Text: name}
	if slug != "" {
		c.Href = "units/" + slug + "/"
	}
	return c
}

// rankingTable is 单位排名: every unit of the round, most failures first.
func rankingTable(r *RoundView) *Table {
	t := &Table{Name: "ranking", Sheet: "单位排名", Label: "单位排名表", Caption: roundLabel(r) + "各单位检查结果（不合格多者在前）", Compact: true,
		Columns: []Column{
			{Head: "序号", Kind: Number, HeadClass: "col-no", CellClass: "col-no"},
			{Head: "单位", Kind: Link, RowHead: true},
			{Head: "类别"},
			{Head: "检查数", Kind: Number},
			{Head: "不合格数", Kind: Number},
			{Head: "合格率", Kind: Rate},
			{Head: "网站平均分", Kind: Number},
		}}
	for _, u := range r.Across.Ranking {
		t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: strconv.Itoa(u.No)}, unitCell(u.Unit, u.UnitSlug), {Text: u.Category},
			{Text: strconv.Itoa(u.Checked)}, {Text: strconv.Itoa(u.Failed)}, {Text: u.Rate}, {Text: u.Score}}})
	}
	return t
}
