package span

import (
	"bytes"
	"os"
	"testing"
	"unicode/utf8"
)

// scanAll finds the spans of s the way normalize does: At wherever
// MayStart says one may start, with the rune before it.
func scanAll(s []byte) int {
	found := 0
	prev := rune(-1)
	for i := 0; i < len(s); {
		if MayStart(s[i]) {
			if e, k := At(s, i, prev); k != None {
				found++
				prev, _ = utf8.DecodeLastRune(s[i:e])
				i = e
				continue
			}
		}
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		prev = r
		i += size
	}
	return found
}

func benchmarkScan(b *testing.B, text []byte) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		scanAll(text)
	}
}

// BenchmarkProse scans Persian prose with a few spans in it (the
// tokenizer's benchmark text, written for this module).
func BenchmarkProse(b *testing.B) {
	p, err := os.ReadFile("../../tokenize/testdata/prose.txt")
	if err != nil {
		b.Skip(err)
	}
	benchmarkScan(b, bytes.Repeat(p, 64))
}

// BenchmarkDense scans text that is mostly spans and Latin words.
func BenchmarkDense(b *testing.B) {
	benchmarkScan(b, bytes.Repeat([]byte("see https://example.com/a?b=1 and example.com/page?id=3, "+
		"mail ali@example.ir or @ali.rezaei #روز_معلم <p>text</p> &amp; `code` Node.js C++ 3.14 "), 2000))
}

// BenchmarkDottedRun is the worst case of a failed search: a run of
// dotted labels, each tried as the start of a host name.
func BenchmarkDottedRun(b *testing.B) {
	benchmarkScan(b, bytes.Repeat([]byte("a."), 50000))
}
