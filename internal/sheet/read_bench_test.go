package sheet

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"
)

// largeSheetData is rows of 12 columns as a national sheet has them:
// names, codes, scores, dates, problems; different in every row, so that
// the workbook compresses as real ones do.
func largeSheetData(rows int) string {
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for i := 1; i <= rows; i++ {
		fmt.Fprintf(&b, `<row r="%d">`, i)
		for c := 0; c < 12; c++ {
			ref := fmt.Sprintf("%c%d", 'A'+c, i)
			if c%3 == 1 {
				fmt.Fprintf(&b, `<c r="%s"><v>%d.%02d</v></c>`, ref, r.IntN(100), r.IntN(100))
			} else {
				b.WriteString(inline(ref, fmt.Sprintf("示例%d单位%x问题", r.IntN(1e6), r.Uint32())))
			}
		}
		b.WriteString(`</row>`)
	}
	return b.String()
}

const benchRows = 100_000

// BenchmarkReadLargeXLSX reads a workbook of 100,000 rows of 12 columns
// (13 MB packed), more than any real sheet of results: time, bytes
// allocated and the peak heap. docs/security.md has the figures.
func BenchmarkReadLargeXLSX(b *testing.B) {
	raw := withSheetData(b, largeSheetData(benchRows))
	b.ReportAllocs()
	peak := peakHeap(func() {
		for b.Loop() {
			rows, err := parseXLSX(raw)
			if err != nil || len(rows) != benchRows {
				b.Fatal(len(rows), err)
			}
		}
	})
	b.ReportMetric(float64(len(raw))/(1<<20), "MB-file")
	b.ReportMetric(float64(peak)/(1<<20), "MB-peak-heap")
}

// peakHeap runs f and gives the most heap in use while it ran, sampled
// every 5 ms.
func peakHeap(f func()) uint64 {
	runtime.GC()
	done := make(chan uint64)
	stop := make(chan struct{})
	go func() {
		var peak uint64
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapInuse)
			select {
			case <-stop:
				done <- peak
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	f()
	close(stop)
	return <-done
}

// BenchmarkReadLargeCSV reads 10 MB of CSV.
func BenchmarkReadLargeCSV(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	var sb strings.Builder
	for sb.Len() < 10<<20 {
		fmt.Fprintf(&sb, "示例%d网,4213%06d,示例%d局,合格,%d.%02d,2024-10-08,首页%x不更新\n", r.IntN(1e6), r.IntN(1e6), r.IntN(1e4), r.IntN(100), r.IntN(100), r.Uint32())
	}
	raw := []byte(sb.String())
	b.ReportAllocs()
	peak := peakHeap(func() {
		for b.Loop() {
			if _, err := parseCSV(raw); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.ReportMetric(float64(peak)/(1<<20), "MB-peak-heap")
}
