package figurestest

import (
	"fmt"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/txtartest"
)

func TestComputeTheSample(t *testing.T) {
	ds, f := Compute(t, "../../../rounds")
	if len(ds.Rounds) != 8 || ds.Rounds[0].ID != "2023Q1" || ds.Rounds[7].ID != "2024Q4" {
		t.Errorf("loaded %d rounds; want the sample's 8, 2023Q1 to 2024Q4", len(ds.Rounds))
	}
	if len(f.Rounds) != len(ds.Rounds) {
		t.Errorf("figures of %d rounds, want one for each of the %d loaded", len(f.Rounds), len(ds.Rounds))
	}
}

// fatalRecorder is a testing.TB whose Fatalf records the message and
// stops the goroutine, as the real one does.
type fatalRecorder struct {
	testing.TB
	msg string
}

func (r *fatalRecorder) Helper() {}

func (r *fatalRecorder) Fatalf(format string, args ...any) {
	r.msg = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// A folder that cannot be loaded stops the calling test with the folder
// named, instead of handing it nil figures.
func TestComputeStopsOnAFolderItCannotLoad(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "missing")
	r := &fatalRecorder{TB: t}
	done := make(chan bool)
	go func() {
		defer close(done)
		Compute(r, dir)
		done <- true
	}()
	if returned := <-done; returned {
		t.Fatal("Compute returned for a missing folder")
	}
	if !strings.HasPrefix(r.msg, "load "+dir+": ") {
		t.Errorf("Fatalf(%q), want it to start with load %s: ", r.msg, dir)
	}
}

// The warnings of both steps come back: one from reading the folder (a
// file it does not know), one from the figures (a stated rate its counts
// do not give).
func TestComputeWithWarningsKeepsBothSteps(t *testing.T) {
	dir := txtartest.Dir(t, `
-- 备注.txt --
手工备注
-- 2024Q3/round.md --
---
title: 三季度通报
period: 2024年第三季度
---
-- 2024Q3/websites.csv --
网站名称,主办单位,检查结果,存在问题
东岭区政府网,示例市东岭区人民政府,合格,
东岭教育网,示例市东岭区人民政府,不合格,首页不能正常访问
-- 2024Q3/summary.csv --
指标,数值
网站合格率,90%
`)
	_, f, warnings := ComputeWithWarnings(t, dir)
	if len(f.Rounds) != 1 {
		t.Errorf("figures of %d rounds, want 1", len(f.Rounds))
	}
	var got []string
	for _, p := range warnings.Sorted() {
		got = append(got, strings.ReplaceAll(p.String(), dir+string(filepath.Separator), ""))
	}
	want := []string{
		"警告 2024Q3/summary.csv:2:数值: 通报的网站合格率 90% 与 2 个中 1 个合格算出的 50% 不一致 —— 核对通报原文和各项数字；网站按通报原文显示，并注明按数字算出的比率",
		"警告 备注.txt: 不认识的文件，未使用 —— 单位名录应命名为 units.csv；各轮数据放在以轮次命名的子文件夹中",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("warnings\n%q\nwant\n%q", got, want)
	}
}
