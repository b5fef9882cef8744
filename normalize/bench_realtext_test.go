package normalize

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// realText returns real Persian prose for benchmarks: the UPDT sample
// committed under testdata when there is one, else UPDT's dev text from
// the project's shared data beside a development checkout. It skips the
// benchmark when neither is there.
func realText(b *testing.B) []byte {
	b.Helper()
	paths, _ := filepath.Glob("testdata/updt*.txt")
	paths = append(paths, filepath.Join("..", "..", "shared", "corpora", "updt", "dev.txt"))
	for _, p := range paths {
		if text, err := os.ReadFile(p); err == nil && len(text) > 0 {
			return text
		}
	}
	b.Skip("no real text: neither testdata/updt*.txt nor ../shared/corpora/updt/dev.txt")
	return nil
}

// webDamaged returns text with the faults of Persian web text put back:
// Arabic yeh and kaf, Latin digits, and every other ZWNJ removed or turned
// into a space.
func webDamaged(text []byte) []byte {
	r := strings.NewReplacer(
		"ی", "ي", "ک", "ك",
		"۰", "0", "۱", "1", "۲", "2", "۳", "3", "۴", "4", "۵", "5", "۶", "6", "۷", "7", "۸", "8", "۹", "9",
	)
	out := []byte(r.Replace(string(text)))
	zwnj := []byte("\u200c")
	var sb bytes.Buffer
	for i := 0; ; i++ {
		k := bytes.Index(out, zwnj)
		if k < 0 {
			sb.Write(out)
			break
		}
		sb.Write(out[:k])
		if i%2 == 1 {
			sb.WriteByte(' ')
		}
		out = out[k+len(zwnj):]
	}
	return sb.Bytes()
}

// BenchmarkCharPassRealText measures the character pass (the ZWNJ repair
// off) on real prose: as written (mostly already normal), and with the
// faults of web text put back.
func BenchmarkCharPassRealText(b *testing.B) {
	text := realText(b)
	n := New(WithZWNJRepair(false))
	b.Run("as-written", func(b *testing.B) { benchmarkAppend(b, n, text) })
	b.Run("web-damaged", func(b *testing.B) { benchmarkAppend(b, n, webDamaged(text)) })
	b.Run("web-damaged-latin-digits", func(b *testing.B) {
		benchmarkAppend(b, New(WithZWNJRepair(false), WithDigits(LatinDigits)), webDamaged(text))
	})
}

// BenchmarkDefaultRealText measures the default Normalizer, ZWNJ repair
// included, on the same texts.
func BenchmarkDefaultRealText(b *testing.B) {
	text := realText(b)
	n := New()
	b.Run("as-written", func(b *testing.B) { benchmarkAppend(b, n, text) })
	b.Run("web-damaged", func(b *testing.B) { benchmarkAppend(b, n, webDamaged(text)) })
}
