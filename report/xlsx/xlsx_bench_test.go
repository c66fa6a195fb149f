package xlsx

import (
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"crosscheck/analysis"
)

// countingWriter counts the bytes written through it.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}

// heapPeak samples the heap every 10 ms until stopped and keeps the
// highest values: live (reachable as of the last GC) and in use (live
// plus garbage not yet collected, what the process actually holds).
type heapPeak struct {
	stop      chan struct{}
	wg        sync.WaitGroup
	live, use uint64
}

// startHeapPeak starts sampling.
func startHeapPeak() *heapPeak {
	h := &heapPeak{stop: make(chan struct{})}
	h.wg.Go(func() {
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		var m runtime.MemStats
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			if sample[0].Value.Kind() == metrics.KindUint64 {
				h.live = max(h.live, sample[0].Value.Uint64())
			}
			runtime.ReadMemStats(&m)
			h.use = max(h.use, m.HeapInuse)
			select {
			case <-h.stop:
				return
			case <-tick.C:
			}
		}
	})
	return h
}

// done stops sampling.
func (h *heapPeak) done() {
	close(h.stop)
	h.wg.Wait()
}

// BenchmarkWriteXLSX writes a synthetic report of 200,000 claims (10,000
// articles, 5,000 subjects, 500 discrepancies). Besides time and
// allocations it reports the workbook's size as MB/s (SetBytes), claims/s,
// and the heap the writer needs on top of the report: peak-live-MB (peak
// live heap) and peak-inuse-MB (peak heap in use, garbage included), both
// above the heap in use before writing (report-MB).
//
//	go test ./report/xlsx -run '^$' -bench WriteXLSX -benchtime 1x
func BenchmarkWriteXLSX(b *testing.B) {
	const claims = 200_000
	r := syntheticReport(claims, 20)
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	peak := startHeapPeak()

	b.ReportAllocs()
	b.ResetTimer()
	var size int64
	for b.Loop() {
		var w countingWriter
		if err := Write(&w, analysis.NewIndex(r), Options{Marking: "UNCLASSIFIED"}); err != nil {
			b.Fatal(err)
		}
		size = w.n
	}
	b.StopTimer()
	peak.done()
	above := func(v uint64) float64 { return float64(v-min(v, before.HeapInuse)) / 1e6 }
	b.SetBytes(size)
	b.ReportMetric(float64(claims)*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
	b.ReportMetric(above(peak.live), "peak-live-MB")
	b.ReportMetric(above(peak.use), "peak-inuse-MB")
	b.ReportMetric(float64(before.HeapInuse)/1e6, "report-MB")
}
