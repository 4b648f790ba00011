package diag

import "fmt"

// Lines gives the problems as a person reads them in a console: errors
// first, every one of them; then the warnings, of which only the first
// perKind of one kind in one file are printed — a fresh round copied from
// the last has a thousand rows without a result — and the rest are counted
// in one line naming their rows, with more telling where to see them all.
// A kind is a column and its fix: the same problem on other rows.
func (l *List) Lines(perKind int, more string) []string {
	type kind struct {
		file, col, fix string
	}
	type rest struct {
		n, first, last int
		col            string
	}
	var out []string
	shown := map[kind]int{}
	skipped := map[kind]*rest{}
	var order []kind // kinds with skipped warnings, in the order first skipped
	flush := func() {
		for _, k := range order {
			r := skipped[k]
			p := Problem{Severity: Warning, File: k.file, Col: r.col,
				Msg: fmt.Sprintf("同类警告还有 %d 处（%s），不再逐条列出", r.n, rowRange(r.first, r.last)), Fix: more}
			out = append(out, p.String())
		}
		order = order[:0]
		clear(skipped)
	}
	file := ""
	for _, p := range l.Sorted() {
		if p.File != file {
			flush()
			file = p.File
		}
		if p.Severity != Warning {
			out = append(out, p.String())
			continue
		}
		k := kind{p.File, p.Col, p.Fix}
		if shown[k] < perKind {
			shown[k]++
			out = append(out, p.String())
			continue
		}
		r := skipped[k]
		if r == nil {
			r = &rest{first: p.Row, col: p.Col}
			skipped[k] = r
			order = append(order, k)
		}
		r.n++
		r.first, r.last = min(r.first, p.Row), max(r.last, p.Row)
	}
	flush()
	return out
}

func rowRange(first, last int) string {
	switch {
	case first <= 0:
		return "整个文件"
	case first == last:
		return fmt.Sprintf("第 %d 行", first)
	}
	return fmt.Sprintf("第 %d–%d 行", first, last)
}
