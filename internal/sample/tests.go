package sample

import (
	"path/filepath"
	"strconv"
	"time"
)

// The city's later rounds also carry the two tests a 通报 reports besides
// pass rates: the 互动回应 letter test (interactions.csv) and the handling
// of “我为政府网站找错” messages (error-reports.csv). They draw from their
// own random stream, so adding them changed no other file of the sample.

const streamTests = 0x746573747321212e // letters and 找错 messages

// testsFrom is the first round (by index) with the two tests.
const testsFrom = 4 // 2024Q1

var (
	interactionsHeader = []string{"网站标识码", "网站名称", "信件序号", "发送日期", "答复日期", "答复情况", "答复时限", "质量问题", "备注"}
	errorReportsHeader = []string{"单位名称", "收到留言数", "按期办结数", "未按期办结数", "质量问题"}
	letterQualities    = []string{"答非所问", "答复内容空泛", "未解决实际问题", "答复用语不规范"}
)

// deadlineDays is the reply deadline of a test letter, in working days.
const deadlineDays = 5

// addWorkingDays moves d forward by n weekdays; public holidays are not
// modelled, as the reader does not know them either.
func addWorkingDays(d time.Time, n int) time.Time {
	for n > 0 {
		d = d.AddDate(0, 0, 1)
		if d.Weekday() != time.Saturday && d.Weekday() != time.Sunday {
			n--
		}
	}
	return d
}

func weekday(d time.Time) time.Time {
	for d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
		d = d.AddDate(0, 0, 1)
	}
	return d
}

// writeTests writes the two test sheets of a round of the city scale.
func (g *generator) writeTests(dir string, r *round) error {
	if g.scale.regions != nil || r.index < testsFrom || r.failuresOnly {
		return nil
	}
	rng := newRand(g.seed+uint64(r.index), streamTests)
	var letters [][]string
	for _, w := range r.websites {
		sent := weekday(r.meta.checkFrom.AddDate(0, 0, rng.IntN(5)))
		for n := 1; n <= 2; n++ {
			replied, state, quality := "", "未答复", ""
			switch x := rng.IntN(100); {
			case x < 28:
				replied, state = date(sent), "当日答复"
			case x < 92:
				replied, state = date(addWorkingDays(sent, 1+rng.IntN(deadlineDays))), "按时答复"
			case x < 96:
				replied, state = date(addWorkingDays(sent, deadlineDays+1+rng.IntN(4))), "逾期答复"
			}
			if replied != "" && rng.IntN(100) < 3 {
				quality = pick(rng, letterQualities)
			}
			letters = append(letters, []string{w.site.code, w.site.name, strconv.Itoa(n), date(sent), replied, state,
				strconv.Itoa(deadlineDays), quality, ""})
		}
	}
	if err := writeCSV(filepath.Join(dir, "interactions.csv"), interactionsHeader, letters); err != nil {
		return err
	}
	// Messages concentrate on a few units, as real 找错 figures do: the
	// portal's unit and the districts receive most.
	var reports [][]string
	seen := map[string]bool{}
	for _, w := range r.websites {
		u := w.site.unit
		if seen[u] {
			continue
		}
		seen[u] = true
		received := rng.IntN(4)
		if w.site.kind == kindPortal {
			received = 8 + rng.IntN(40)
		}
		overdue, quality := 0, ""
		if received > 0 && rng.IntN(100) < 12 {
			overdue = 1 + rng.IntN(min(2, received))
		}
		if received > 0 && rng.IntN(100) < 5 {
			quality = "答复不规范"
		}
		reports = append(reports, []string{u, strconv.Itoa(received), strconv.Itoa(received - overdue), strconv.Itoa(overdue), quality})
	}
	return writeCSV(filepath.Join(dir, "error-reports.csv"), errorReportsHeader, reports)
}

func date(t time.Time) string { return t.Format("2006-01-02") }
