package normalize

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// testdata/updt-sample.txt is real prose: every eighth sentence of the
// training text of the Uppsala Persian Dependency Treebank (Apache-2.0,
// see NOTICE), correctly written. realText removes every ZWNJ from it, as
// scraped pages lose them. The benchmarks on it measure what users see;
// the synthetic news text of bench_test.go repeats ten sentences and
// flatters every cache.
func realText(b *testing.B) []byte {
	src, err := os.ReadFile("testdata/updt-sample.txt")
	if err != nil {
		b.Fatal(err)
	}
	return bytes.ReplaceAll(src, []byte("\u200c"), nil)
}

var byteTable = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i) ^ 1
	}
	return t
}()

// BenchmarkRealText measures the default and repair-off normalizers on real
// broken text, beside a one-pass byte-table loop over the same bytes: the
// practical limit of any one-pass normalizer on the machine. Compare the
// MB/s of the three within one run; the ratios are what the project's
// speed goals are stated in (default ≥ 5% of the loop, repair off ≥ 15%).
func BenchmarkRealText(b *testing.B) {
	src := realText(b)
	b.Run("byte-loop", func(b *testing.B) {
		dst := make([]byte, 0, len(src))
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			dst = dst[:0]
			for _, c := range src {
				dst = append(dst, byteTable[c])
			}
		}
	})
	b.Run("default", func(b *testing.B) { benchmarkAppend(b, New(), src) })
	b.Run("repair-off", func(b *testing.B) { benchmarkAppend(b, New(WithZWNJRepair(false)), src) })
}

// webLetters puts back the other faults of Persian web text: Arabic yeh and
// kaf, and Latin digits.
func webLetters(text []byte) []byte {
	r := strings.NewReplacer(
		"ی", "ي", "ک", "ك",
		"۰", "0", "۱", "1", "۲", "2", "۳", "3", "۴", "4", "۵", "5", "۶", "6", "۷", "7", "۸", "8", "۹", "9",
	)
	return []byte(r.Replace(string(text)))
}

// BenchmarkRealTextWeb measures the same text with Arabic letters and
// Latin digits as well, the faults of an aggregator's pages.
func BenchmarkRealTextWeb(b *testing.B) {
	src := webLetters(realText(b))
	b.Run("default", func(b *testing.B) { benchmarkAppend(b, New(), src) })
	b.Run("repair-off", func(b *testing.B) { benchmarkAppend(b, New(WithZWNJRepair(false)), src) })
	b.Run("repair-off-latin-digits", func(b *testing.B) {
		benchmarkAppend(b, New(WithZWNJRepair(false), WithDigits(LatinDigits)), src)
	})
}
