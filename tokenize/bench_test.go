package tokenize

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/persiantext/persian/normalize"
)

// benchText returns about 1 MB of Persian prose (testdata/prose.txt,
// written for this package, repeated).
func benchText(b *testing.B) []byte {
	b.Helper()
	p, err := os.ReadFile("testdata/prose.txt")
	if err != nil {
		b.Fatal(err)
	}
	return bytes.Repeat(p, (1<<20)/len(p)+1)
}

func benchmarkScan(b *testing.B, text []byte, opts ...Option) {
	s := NewBytesScanner(text, opts...)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	tokens := 0
	for i := 0; i < b.N; i++ {
		s.ResetBytes(text)
		for s.Scan() {
			tokens++
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(tokens), "ns/token")
}

// BenchmarkWords measures the lexer alone: tokens without sentence rules.
func BenchmarkWords(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for p := 0; p < len(text); {
			c := text[p]
			if c == ' ' || c == '\n' {
				p++
				continue
			}
			n, _ := lex(text[p:])
			p += n
		}
	}
}

// BenchmarkScanner measures tokens and sentences, as a Scanner returns them.
func BenchmarkScanner(b *testing.B) { benchmarkScan(b, benchText(b)) }

// BenchmarkScannerUD adds the clitic splitting of UD mode.
func BenchmarkScannerUD(b *testing.B) { benchmarkScan(b, benchText(b), UD()) }

// BenchmarkScannerJoinVerbs adds verb joining.
func BenchmarkScannerJoinVerbs(b *testing.B) { benchmarkScan(b, benchText(b), JoinVerbs()) }

// BenchmarkScannerReader reads the text from an io.Reader.
func BenchmarkScannerReader(b *testing.B) {
	text := benchText(b)
	r := bytes.NewReader(text)
	s := NewScanner(r)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		r.Reset(text)
		s.Reset(r)
		for s.Scan() {
		}
	}
}

// BenchmarkTokens measures the convenience function, which allocates the slice.
func BenchmarkTokens(b *testing.B) {
	text := string(benchText(b))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Tokens(text)
	}
}

// BenchmarkFirstUDToken measures the first UD-mode token of a fresh
// scanner: the lexicon is read in place, so it costs what any token costs.
func BenchmarkFirstUDToken(b *testing.B) {
	text := []byte("کتاب‌هایشان را آوردند.")
	b.ReportAllocs()
	for b.Loop() {
		s := NewBytesScanner(text, UD())
		s.Scan()
	}
}

// BenchmarkNormalize measures tokenizing web-damaged text (benchText with
// Arabic yeh and kaf, Latin digits and no ZWNJs) with and without the
// Normalize option: the raw text tokenized as it is; normalized by
// Normalizer.Append and then tokenized, offsets left in the normalized
// text; and the Normalize option, in memory and from a reader, offsets
// mapped back to the raw text. MB/s count raw bytes.
func BenchmarkNormalize(b *testing.B) {
	text := webDamaged(benchText(b))
	n := normalize.New()
	b.Run("raw", func(b *testing.B) { benchmarkScan(b, text) })
	b.Run("append-then-scan", func(b *testing.B) {
		var buf []byte
		s := NewBytesScanner(nil)
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			buf = n.Append(buf[:0], text)
			s.ResetBytes(buf)
			for s.Scan() {
			}
		}
	})
	b.Run("option", func(b *testing.B) { benchmarkScan(b, text, Normalize(n)) })
	b.Run("option-reader", func(b *testing.B) {
		r := bytes.NewReader(text)
		s := NewScanner(r, Normalize(n))
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			r.Reset(text)
			s.Reset(r)
			for s.Scan() {
			}
		}
	})
}

// webDamaged breaks text as web pages break it: Arabic yeh and kaf, Latin
// digits, and no ZWNJ.
func webDamaged(text []byte) []byte {
	return []byte(strings.NewReplacer(
		"\u200c", "", "ی", "ي", "ک", "ك",
		"۰", "0", "۱", "1", "۲", "2", "۳", "3", "۴", "4", "۵", "5", "۶", "6", "۷", "7", "۸", "8", "۹", "9",
	).Replace(string(text)))
}
