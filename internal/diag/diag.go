// Package diag collects the problems found in the input sheets, each located
// at a file, row and column and worded so that office staff know what to fix.
package diag

import (
	"fmt"
	"sort"
	"strings"
)

// Severity tells whether a problem stops the build.
type Severity int

const (
	Error   Severity = iota // 错误: the build stops
	Warning                 // 警告: the build goes on
)

// Problem is one finding in the input.
type Problem struct {
	Severity Severity
	File     string // path of the sheet
	Row      int    // 1-based row, 0 for the whole file
	Col      string // column header as written, "" for the whole row
	Msg      string // what is wrong, in Chinese
	Fix      string // how to fix it, in Chinese
}

// String formats the problem as `文件:行:列: 问题 —— 怎么改`.
func (p Problem) String() string {
	var b strings.Builder
	if p.Severity == Warning {
		b.WriteString("警告 ")
	} else {
		b.WriteString("错误 ")
	}
	b.WriteString(p.File)
	if p.Row > 0 {
		fmt.Fprintf(&b, ":%d", p.Row)
	}
	if p.Col != "" {
		fmt.Fprintf(&b, ":%s", p.Col)
	}
	b.WriteString(": ")
	b.WriteString(p.Msg)
	if p.Fix != "" {
		b.WriteString(" —— ")
		b.WriteString(p.Fix)
	}
	return b.String()
}

// List gathers problems across all files, so that one run reports them all.
type List struct {
	Problems []Problem
}

// Add records a problem.
func (l *List) Add(p Problem) { l.Problems = append(l.Problems, p) }

// Errorf records an error at file:row:col.
func (l *List) Errorf(file string, row int, col, fix, format string, args ...any) {
	l.Add(Problem{Severity: Error, File: file, Row: row, Col: col, Msg: fmt.Sprintf(format, args...), Fix: fix})
}

// Warnf records a warning at file:row:col.
func (l *List) Warnf(file string, row int, col, fix, format string, args ...any) {
	l.Add(Problem{Severity: Warning, File: file, Row: row, Col: col, Msg: fmt.Sprintf(format, args...), Fix: fix})
}

// HasErrors reports whether any problem stops the build.
func (l *List) HasErrors() bool {
	for _, p := range l.Problems {
		if p.Severity == Error {
			return true
		}
	}
	return false
}

// Count returns the number of errors and warnings.
func (l *List) Count() (errors, warnings int) {
	for _, p := range l.Problems {
		if p.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return
}

// Sorted returns the problems errors first, then by file and row, so that
// the report reads in the order of the sheets; problems of one row keep the
// order they were found in, which follows the columns.
func (l *List) Sorted() []Problem {
	out := append([]Problem(nil), l.Problems...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Severity != b.Severity {
			return a.Severity < b.Severity
		}
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Row < b.Row
	})
	return out
}

// Err returns an error summarising the list when it has errors, else nil.
func (l *List) Err() error {
	n, _ := l.Count()
	if n == 0 {
		return nil
	}
	return fmt.Errorf("输入数据有 %d 处错误，未生成网站；请按上面的提示修改后重试", n)
}
