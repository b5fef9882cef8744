package main

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/persiantext/persian/normalize"
)

// benchText is real prose broken the way web text is: the UPDT sample
// (normalize/testdata/updt-sample.txt, correctly written) with every ZWNJ deleted,
// repeated to about 4 MB.
func benchText(b *testing.B) []byte {
	text := strings.ReplaceAll(updtSample(b), "\u200c", "")
	return []byte(strings.Repeat(text, (4<<20)/len(text)+1))
}

// normalizeBytes runs the command's pipeline over src.
func normalizeBytes(b *testing.B, n *normalize.Normalizer, workers int, src []byte, out io.Writer) {
	p := &pipeline{n: n, workers: workers}
	err := p.run(func(yield func(input) bool) { yield(input{name: "-", r: bytes.NewReader(src)}) }, out,
		func(_ string, err error) { b.Fatal(err) })
	if err != nil {
		b.Fatal(err)
	}
}

// workerCounts are 1, 2 and the number of CPUs.
func workerCounts() []int {
	counts := []int{1, 2}
	if runtime.NumCPU() > 2 {
		counts = append(counts, runtime.NumCPU())
	}
	return counts
}

// BenchmarkWorkers measures the command's throughput (MB/s) with 1, 2 and
// NumCPU workers, on the default normalizer.
func BenchmarkWorkers(b *testing.B) {
	src := benchText(b)
	n := normalize.New()
	n.String("میروم") // load the lexicon outside the timing
	for _, w := range workerCounts() {
		b.Run(fmt.Sprintf("workers=%d", w), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				normalizeBytes(b, n, w, src, io.Discard)
			}
		})
	}
}

// BenchmarkWorkersSpeedup runs -workers 1 and -workers NumCPU (at least
// 2) in turn, within one run, and reports the median over the iterations
// of the ratio of their times as "speedup": on a machine shared with other
// work, the ratio of two neighbouring timings is steadier than two separate
// benchmarks, and the median shrugs off an iteration that a burst of other
// work hit. It checks first that both give the same bytes.
func BenchmarkWorkersSpeedup(b *testing.B) {
	src := benchText(b)
	n := normalize.New()
	many := max(2, runtime.NumCPU())
	var one, all bytes.Buffer
	normalizeBytes(b, n, 1, src, &one)
	normalizeBytes(b, n, many, src, &all)
	if !bytes.Equal(one.Bytes(), all.Bytes()) {
		b.Fatalf("-workers %d output differs from -workers 1", many)
	}
	var ratios []float64
	b.SetBytes(int64(2 * len(src)))
	b.ReportAllocs()
	for b.Loop() {
		start := time.Now()
		normalizeBytes(b, n, 1, src, io.Discard)
		mid := time.Now()
		normalizeBytes(b, n, many, src, io.Discard)
		ratios = append(ratios, float64(mid.Sub(start))/float64(time.Since(mid)))
	}
	sort.Float64s(ratios)
	b.ReportMetric(ratios[len(ratios)/2], "speedup")
	b.ReportMetric(float64(many), "workers")
}
