package rounds

import (
	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
)

// resolveUnits writes every unit a row names by an alias (别名) under its
// name in units.csv, so that the later stages see one name per unit; the
// row keeps its position for errors. It warns about units missing from
// units.csv, and reports a name one character away from a listed one as
// an error, being almost certainly a typing mistake.
func resolveUnits(ds *model.Dataset, problems *diag.List) {
	if len(ds.Units) == 0 {
		return
	}
	known := unitNames(ds.Units)
	warned := map[string]bool{}
	resolve := func(unit *string, pos model.Pos, col string) {
		name := *unit
		if canonical, ok := known[name]; ok {
			*unit = canonical
			return
		}
		if col == "" || warned[name] || name == "" {
			return
		}
		warned[name] = true
		fix := "在 units.csv 中补上这个单位（或把它写为别名），以便归入单位类别"
		if typo := oneEditFrom(name, known); typo != "" {
			// Almost certainly a typing mistake: published, it would make a
			// phantom unit page beside the real one.
			problems.Errorf(pos.File, pos.Row, col, "改成“"+typo+"”；如确是另一个单位，在 units.csv 中补上它",
				"单位“%s”不在 units.csv 中，与名录中的“%s”只差一个字", name, typo)
			return
		}
		if near := closestName(name, known); near != "" {
			fix = "是不是“" + near + "”？请改成名录中的名称；如确是另一个单位，在 units.csv 中补上它（或把这个写法加为别名）"
		}
		problems.Warnf(pos.File, pos.Row, col, fix, "单位“%s”不在 units.csv 中", name)
	}
	for _, r := range ds.Rounds {
		for i := range r.Websites {
			w := &r.Websites[i]
			resolve(&w.Unit, w.Pos, "主办单位")
		}
		for i := range r.Accounts {
			a := &r.Accounts[i]
			resolve(&a.Unit, a.Pos, "开设主体")
		}
		// A 找错 report may name a unit that runs no website or account;
		// it is resolved, not warned about.
		for i := range r.Reports {
			resolve(&r.Reports[i].Unit, r.Reports[i].Pos, "")
		}
	}
}

// unitNames maps each unit's name and aliases to its name in units.csv. A
// name is never taken over by another unit's alias, and of two units
// giving one alias the first keeps it.
func unitNames(units []model.Unit) map[string]string {
	known := map[string]string{}
	for _, u := range units {
		known[u.Name] = u.Name
	}
	for _, u := range units {
		for _, a := range u.Aliases {
			if _, taken := known[a]; !taken {
				known[a] = u.Name
			}
		}
	}
	return known
}
