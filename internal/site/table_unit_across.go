package site

import "strconv"

// The tables of a unit's record across rounds (UnitAcross), shown by
// layouts/_partials/unit-across.html. Their export names, captions and
// classes are those the template wrote, which js/tables.js and the phone
// cards depend on.

// repeatsTable is 连续不合格: the unit's websites and accounts failing in
// consecutive rounds, shown as cards on phones.
func (u *UnitView) repeatsTable() *Table {
	t := &Table{Name: u.Slug + "-repeats", Label: u.Name + "连续不合格的网站和账号", Caption: u.Name + "连续两轮及以上不合格的网站和账号",
		Class: "list-table cards", Cards: true, Export: true, Compact: true,
		Columns: []Column{{Head: "轮次", Kind: Link}, {Head: "类型"}, {Head: "名称", RowHead: true},
			{Head: "存在问题", Kind: Problems, CellClass: "col-problems"}, {Head: "连续不合格"}}}
	for _, r := range u.Across.Repeats {
		t.Rows = append(t.Rows, Row{Cells: []Cell{roundCell(r.Round, r.RoundURL), {Text: kindPlatform(r.Kind, r.Platform)}, {Text: r.Name},
			{Items: r.Problems}, {Text: r.Detail}}})
	}
	return t
}

// recheckTable is 问题复查: how the unit's failures of a round fared in
// the next, newest round first.
func (u *UnitView) recheckTable() *Table {
	t := &Table{Name: u.Slug + "-recheck", Label: u.Name + "的问题复查", Caption: u.Name + "上轮不合格网站和账号在下一轮的复查结果（从新到旧）",
		Class: "list-table", Export: true, Compact: true,
		Columns: []Column{{Head: "复查轮次", Kind: Link}, {Head: "类型"}, {Head: "名称", RowHead: true},
			{Head: "上轮问题", Kind: Problems}, {Head: "上轮整改情况"}, {Head: "复查结果"}}}
	for _, r := range u.Across.Recheck {
		t.Rows = append(t.Rows, Row{Cells: []Cell{roundCell(r.Round, r.RoundURL), {Text: kindPlatform(r.Kind, r.Platform)}, {Text: r.Name},
			{Items: r.Problems}, {Text: r.Detail}, {Text: r.Status}}})
	}
	return t
}

// changesTable is 账号变化: the accounts the unit opened and closed in
// each round, newest first.
func (u *UnitView) changesTable() *Table {
	t := &Table{Name: u.Slug + "-changes", Label: u.Name + "的账号变化", Caption: u.Name + "各轮新开设和关停注销的账号数（从新到旧）",
		Export: true, Compact: true,
		Columns: []Column{{Head: "轮次", Kind: Link, RowHead: true}, {Head: "新开设", Kind: Number}, {Head: "关停注销", Kind: Number}}}
	for _, c := range u.Across.Changes {
		t.Rows = append(t.Rows, Row{Cells: []Cell{roundCell(c.Round, c.RoundSlug), {Text: strconv.Itoa(c.Opened)}, {Text: strconv.Itoa(c.Closed)}}})
	}
	return t
}

// errorReportsTable is “我为政府网站找错” 留言办理: the unit's messages
// in each round, newest first, with its share and rank.
func (u *UnitView) errorReportsTable() *Table {
	t := &Table{Name: u.Slug + "-error-reports", Label: u.Name + "的找错留言办理", Caption: u.Name + "各轮收到和办结的网民找错留言（从新到旧）",
		Export: true, Compact: true,
		Columns: []Column{{Head: "轮次", Kind: Link, RowHead: true}, {Head: "收到留言", Kind: Number}, {Head: "按期办结", Kind: Number},
			{Head: "未按期办结", Kind: Number}, {Head: "占全部留言", Kind: Rate}, {Head: "排名", Kind: Number}}}
	for _, e := range u.Across.ErrorReports {
		t.Rows = append(t.Rows, Row{Cells: []Cell{roundCell(e.Round, e.RoundSlug), {Text: strconv.Itoa(e.Received)},
			{Text: strconv.Itoa(e.ClosedOnTime)}, {Text: strconv.Itoa(e.Overdue)}, {Text: e.Share}, {Text: strconv.Itoa(e.No)}}})
	}
	return t
}

// lettersTable is 互动回应测试中的问题: the unit's websites that answered
// letters late or poorly, by round.
func (u *UnitView) lettersTable() *Table {
	t := &Table{Name: u.Slug + "-letters", Label: u.Name + "互动回应测试中的问题", Caption: u.Name + "的网站在互动回应测试中未按时答复或答复质量不高的情况",
		Class: "list-table", Export: true, Compact: true,
		Columns: []Column{{Head: "轮次", Kind: Link}, {Head: "网站名称", RowHead: true}, {Head: "信件", Kind: Number},
			{Head: "已答复", Kind: Number}, {Head: "按时答复", Kind: Number}, {Head: "质量问题", Kind: Problems}}}
	for _, s := range u.Across.Letters {
		t.Rows = append(t.Rows, Row{Cells: []Cell{roundCell(s.Round, s.RoundSlug), {Text: s.Name}, {Text: strconv.Itoa(s.Letters)},
			{Text: strconv.Itoa(s.Answered)}, {Text: strconv.Itoa(s.OnTime)}, {Items: s.Qualities}}})
	}
	return t
}
