package normalize

import (
	"bytes"
	"os"
	"testing"

	"github.com/persiantext/persian/internal/sharedtest"
)

// BenchmarkOffsets measures what recording an OffsetMap costs: Append and
// AppendOffsets on the same text, side by side, for the default and the
// repair-off normalizer. The texts are the real broken prose of
// BenchmarkRealText, its web-damaged variant, and the text of
// ../shared/tools/speed.sh (the UPDT training text with every ZWNJ
// removed; skipped when the shared corpora are not beside the module).
// The goal is offsets ≤ 1.2 × append within one run.
func BenchmarkOffsets(b *testing.B) {
	sample := realText(b)
	texts := []struct {
		name string
		src  func(b *testing.B) []byte
	}{
		{"updt-sample", func(*testing.B) []byte { return sample }},
		{"updt-sample-web", func(*testing.B) []byte { return webLetters(sample) }},
		{"speed-text", speedText},
	}
	normalizers := []struct {
		name string
		n    *Normalizer
	}{
		{"default", New()},
		{"repair-off", New(WithZWNJRepair(false))},
	}
	for _, text := range texts {
		b.Run(text.name, func(b *testing.B) {
			src := text.src(b)
			for _, nz := range normalizers {
				b.Run(nz.name+"/append", func(b *testing.B) { benchmarkAppend(b, nz.n, src) })
				b.Run(nz.name+"/offsets", func(b *testing.B) { benchmarkAppendOffsets(b, nz.n, src) })
			}
		})
	}
}

// speedText is the input of speed.sh: the UPDT training text with every
// ZWNJ removed (speed.sh repeats it three times).
func speedText(b *testing.B) []byte {
	data, err := os.ReadFile(sharedtest.Path(b, "corpora/updt/train.txt"))
	if err != nil {
		b.Fatal(err)
	}
	return bytes.ReplaceAll(data, []byte("\u200c"), nil)
}

func benchmarkAppendOffsets(b *testing.B, n *Normalizer, src []byte) {
	var m OffsetMap
	buf := n.AppendOffsets(nil, src, &m)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		m.Reset()
		buf = n.AppendOffsets(buf[:0], src, &m)
	}
	b.ReportMetric(float64(len(m.edits)), "edits")
}

// BenchmarkOffsetReader measures the streaming route with and without a
// map, on the real sample.
func BenchmarkOffsetReader(b *testing.B) {
	src := realText(b)
	n := New()
	buf := make([]byte, 32<<10)
	b.Run("reader", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			r := n.Reader(bytes.NewReader(src))
			for {
				if _, err := r.Read(buf); err != nil {
					break
				}
			}
		}
	})
	b.Run("offsets", func(b *testing.B) {
		var m OffsetMap
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			m.Reset()
			r := n.OffsetReader(bytes.NewReader(src), &m)
			for {
				if _, err := r.Read(buf); err != nil {
					break
				}
			}
		}
	})
}

// BenchmarkOffsetMapRaw measures lookups in the map of the real sample:
// word after word with Forget, as tokenize's Scanner asks, and at random
// offsets.
func BenchmarkOffsetMapRaw(b *testing.B) {
	src := realText(b)
	var full OffsetMap
	out := New().AppendOffsets(nil, src, &full)
	var words [][2]int
	for s := 0; s < len(out); {
		if out[s] == ' ' || out[s] == '\n' {
			s++
			continue
		}
		e := s
		for e < len(out) && out[e] != ' ' && out[e] != '\n' {
			e++
		}
		words = append(words, [2]int{s, e})
		s = e
	}
	b.Run("forward", func(b *testing.B) {
		var m OffsetMap
		b.ReportAllocs()
		for b.Loop() {
			m.edits = append(m.edits[:0], full.edits...)
			m.head, m.raw, m.out, m.baseRaw, m.baseOut = 0, full.raw, full.out, 0, 0
			for _, w := range words {
				m.Forget(w[0])
				m.Raw(w[0], w[1])
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
	})
	b.Run("random", func(b *testing.B) {
		b.ReportAllocs()
		k := 0
		for b.Loop() {
			for range words {
				w := words[k*7919%len(words)]
				k++
				full.Raw(w[0], w[1])
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
	})
}
