package tokenize

import (
	"bytes"
	"fmt"
	"testing"
)

// longRuns are inputs made of one piece repeated, with no space: runs far
// longer than MaxTokenSize, which the Scanner cuts into tokens. Each piece
// stresses another part of the lexer: letters, numbers with separators,
// letters and ZWNJs, and ASCII letters that might start an email address.
var longRuns = []struct{ name, piece string }{
	{"beh", "ب"},
	{"date", "1404/01/03/"},
	{"mi", "می"},
	{"mi-zwnj", "می\u200c"},
	{"latin-dot", "a."},
	{"url-brackets", "http://a" + string(bytes.Repeat([]byte(")"), 4000)) + " "},
}

// BenchmarkLongRuns compares in-memory scanning and streaming on long runs
// of 1, 2 and 4 MB. Both must grow linearly: the ns/op of the 4 MB case
// should be about four times that of the 1 MB case, and MB/s about flat.
func BenchmarkLongRuns(b *testing.B) {
	for _, lr := range longRuns {
		for _, mb := range []int{1, 2, 4} {
			text := bytes.Repeat([]byte(lr.piece), (mb<<20)/len(lr.piece))
			b.Run(fmt.Sprintf("%s/%dMB/memory", lr.name, mb), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					s := NewBytesScanner(text)
					for s.Scan() {
					}
				}
			})
			b.Run(fmt.Sprintf("%s/%dMB/stream", lr.name, mb), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				r := bytes.NewReader(text)
				for i := 0; i < b.N; i++ {
					r.Reset(text)
					s := NewScanner(r)
					for s.Scan() {
					}
				}
			})
		}
	}
}
