package normalize

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"
)

// fuzzNormalizers are built once: New is cheap, but not free.
var fuzzNormalizers = []*Normalizer{
	New(),
	New(WithZWNJRepair(false)),
	New(Search()),
	New(WithQuoteStyle(Guillemets), WithEllipsis(true), WithDigits(LatinDigits)),
}

// FuzzNormalize checks every invariant of the package on one input:
// idempotence, valid UTF-8 staying valid, invalid bytes passing through,
// the line count, streaming equal to String, and the fast path agreeing
// with the full character pass.
func FuzzNormalize(f *testing.F) {
	for _, s := range faultySentences {
		f.Add(s)
	}
	f.Add("ب\xd8\u0640\xa8 \u200c\u200d")
	f.Add(strings.Repeat("کتاب ها ", 400))
	f.Add("مسئله ﻱٔ خانۀ سئَل")
	f.Add(strings.Repeat("ب", maxSegment/2-2) + "ئَ" + strings.Repeat("ب", 100))
	f.Fuzz(func(t *testing.T, s string) {
		weak := hasWeakCut(s)
		for i, n := range fuzzNormalizers {
			once := n.String(s)
			if twice := n.String(once); twice != once && !weak && !hasWeakCut(once) {
				t.Fatalf("normalizer %d not idempotent on %q:\nonce  %q\ntwice %q", i, s, once, twice)
			}
			if utf8.ValidString(s) && !utf8.ValidString(once) {
				t.Fatalf("normalizer %d: invalid UTF-8 out of valid %q: %q", i, s, once)
			}
			if got, want := invalidBytes(once), invalidBytes(s); string(got) != string(want) {
				t.Fatalf("normalizer %d: invalid bytes %q became %q (input %q)", i, want, got, s)
			}
			if strings.Count(once, "\n") != strings.Count(s, "\n") {
				t.Fatalf("normalizer %d: line count changed on %q: %q", i, s, once)
			}
			streamed, err := io.ReadAll(n.Reader(iotest.OneByteReader(strings.NewReader(s))))
			if err != nil {
				t.Fatal(err)
			}
			if string(streamed) != once {
				t.Fatalf("normalizer %d: streaming differs on %q:\nString %q\nReader %q", i, s, once, streamed)
			}
		}
		n := fuzzNormalizers[1]
		for _, line := range strings.Split(s, "\n") {
			if len(line) >= maxSegment {
				continue
			}
			c := newLineCarry()
			if n.check.normal([]byte(line), true, &c) {
				var bufs buffers
				if got := n.charPass(nil, []byte(line), segLine, &c, &bufs); string(got) != line {
					t.Fatalf("check vouched for %q, which the pass turns into %q", line, got)
				}
			}
		}
	})
}

// hasWeakCut reports whether segmenting s needs a cut other than at a
// sentence boundary (rules 3–5 of segment.go), where idempotence is not
// guaranteed.
func hasWeakCut(s string) bool {
	src := []byte(s)
	for len(src) > 0 {
		n, adv, kind, _ := nextSegment(src, true)
		if kind == segCut {
			r1, size := utf8.DecodeLastRune(src[:n])
			r2, _ := utf8.DecodeLastRune(src[:n-size])
			if r1 != ' ' || !(r2 == '.' || r2 == '!' || r2 == '?' || r2 == '؟' || r2 == '…') {
				return true
			}
		}
		src = src[adv:]
	}
	return false
}
