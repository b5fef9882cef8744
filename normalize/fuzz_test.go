package normalize

import (
	"bytes"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// FuzzNormalize checks the invariants that hold of any output on short
// texts (up to maxFuzzText bytes, well below the segment window):
// idempotence, UTF-8, invalid bytes, line count, Span, the already-normal
// test against the character pass, and streaming equal to String. Its
// second argument picks the configuration (one of fuzzNormalizers) and the
// streaming route, so that each execution normalizes the text a few times
// only and the fuzzer runs at thousands of executions per second on one
// worker; the seeds go through every configuration.
//
// The costly checks are plain tests: every streaming route on every input
// (TestStreamingEqualsString), lines longer than the window with a text at
// its edge under each cut rule (TestLongLinesAtTheWindowEdge), a gigabyte
// line and a gigabyte of spaces in bounded memory
// (TestEndlessLineStreamsInBoundedMemory,
// TestGigabyteOfSpacesStreamsInBoundedMemory). A fuzz target on long lines
// ran at a few hundred executions per second, as each input costs a few
// kilobytes of normalization under coverage instrumentation.
//
// The input is cut to maxFuzzText bytes with min, which adds no branch:
// the fuzzer finds no coverage in the length, and minimizing an input
// (quadratic in its length) stays short.

// fuzzNormalizers are built once: New is cheap, but not free.
var fuzzNormalizers = []*Normalizer{
	New(),
	New(WithZWNJRepair(false)),
	New(Search()),
	New(WithQuoteStyle(Guillemets), WithEllipsis(true), WithDigits(LatinDigits)),
	New(WithSpacing(false), WithDigits(KeepDigits), WithBidiControls(true)),
}

// maxFuzzText bounds the input of FuzzNormalize.
const maxFuzzText = 128

func FuzzNormalize(f *testing.F) {
	seeds := append([]string{
		"ب\xd8\u0640\xa8 \u200c\u200d",
		"مسئله ﻱٔ خانۀ سئَل",
		"گزینهٔ 1\uFE0F\u20E3 و 2\u20E3 و 10\uFE0F\u20E3",
		"قیمت 50% و ۱۲.۵٪ و x50% و %50",
		"نشانی 192.168.1.1:8080 و نسخهٔ 1.2.3. و تاریخ 1404.01.03",
		"    - مورد اول\n\t  ۲. مورد دوم\r\n   \r\n",
		"کتاب ها را  می خوانم ،  و   تو?",
	}, faultySentences...)
	for i, s := range seeds {
		for n := range fuzzNormalizers {
			f.Add(s, uint8(n+len(fuzzNormalizers)*((i+n)%len(streamRoutes))))
		}
	}
	f.Fuzz(func(t *testing.T, s string, config uint8) {
		s = s[:min(len(s), maxFuzzText)]
		i := int(config) % len(fuzzNormalizers)
		route := int(config) / len(fuzzNormalizers) % len(streamRoutes)
		n := fuzzNormalizers[i]
		once := checkOutput(t, i, n, s, true)
		if got := streamRoutes[route].run(t, n, s, fnv32(s)); got != once {
			t.Fatalf("normalizer %d, %s: differs from String on %q:\nString %q\ngot    %q", i, streamRoutes[route].name, s, once, got)
		}
		checkSpan(t, i, n, s, once)
		checkFastPathAgrees(t, n, s)
	})
}

// checkOutput normalizes s with n (number i of its list) and checks what
// holds of any output: valid UTF-8 staying valid, invalid bytes passing
// through in order, the line count, and, if asked, idempotence (where
// segment.go guarantees it: the caller checks that s has no weak cut). It
// returns the output.
func checkOutput(t *testing.T, i int, n *Normalizer, s string, idempotence bool) string {
	t.Helper()
	once := n.String(s)
	if idempotence && !hasWeakCut(once) {
		if twice := n.String(once); twice != once {
			t.Fatalf("normalizer %d not idempotent on %q:\nonce  %q\ntwice %q", i, s, once, twice)
		}
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
	return once
}

// checkSpan checks that what Span vouches for comes out unchanged.
func checkSpan(t *testing.T, i int, n *Normalizer, s, once string) {
	t.Helper()
	k, err := n.Transformer().Span([]byte(s), true)
	if err == nil && k != len(s) || k > len(s) {
		t.Fatalf("normalizer %d: Span returned %d of %d without error, on %q", i, k, len(s), s)
	}
	if !strings.HasPrefix(once, s[:k]) {
		t.Fatalf("normalizer %d: Span vouched for %q, but the output is %q", i, s[:k], once)
	}
}

// checkFastPathAgrees checks the already-normal test against the full
// character pass on each line of s: a yes must be right.
func checkFastPathAgrees(t *testing.T, n *Normalizer, s string) {
	t.Helper()
	for line := range strings.SplitSeq(s, "\n") {
		if len(line) >= maxSegment {
			continue
		}
		if msg := checkPrefixAgrees(n, line); msg != "" {
			t.Fatal(msg)
		}
	}
}

// A streamRoute normalizes s by one streaming route; h varies the chunk
// sizes.
type streamRoute struct {
	name string
	run  func(t *testing.T, n *Normalizer, s string, h uint32) string
}

var streamRoutes = []streamRoute{
	{"one byte reader", func(t *testing.T, n *Normalizer, s string, _ uint32) string {
		return readAllOrFail(t, n.Reader(iotest.OneByteReader(strings.NewReader(s))))
	}},
	{"small chunks", func(t *testing.T, n *Normalizer, s string, h uint32) string {
		return readAllOrFail(t, n.Reader(&chunkReader{[]byte(s), rand.New(rand.NewPCG(uint64(h), 1)), 9}))
	}},
	{"large chunks", func(t *testing.T, n *Normalizer, s string, h uint32) string {
		return readAllOrFail(t, n.Reader(&chunkReader{[]byte(s), rand.New(rand.NewPCG(uint64(h), 2)), 700}))
	}},
	{"writer", func(t *testing.T, n *Normalizer, s string, h uint32) string {
		var buf bytes.Buffer
		w := n.Writer(&buf)
		r := rand.New(rand.NewPCG(uint64(h), 3))
		for rest := s; len(rest) > 0; {
			k := min(1+r.IntN(300), len(rest))
			if _, err := io.WriteString(w, rest[:k]); err != nil {
				t.Fatal(err)
			}
			rest = rest[k:]
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}},
	{"chain", func(t *testing.T, n *Normalizer, s string, _ uint32) string {
		// An identity transformer in front: small intermediate buffers,
		// and Span interleaved with Transform.
		out, _, err := transform.String(transform.Chain(transform.Nop, n.Transformer()), s)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}},
	{"tiny dst", func(t *testing.T, n *Normalizer, s string, h uint32) string {
		tr := n.Transformer()
		src := []byte(s)
		dst := make([]byte, 1+h%16)
		var out []byte
		for {
			nDst, nSrc, err := tr.Transform(dst, src, true)
			out = append(out, dst[:nDst]...)
			src = src[nSrc:]
			if err == nil {
				return string(out)
			}
			if err != transform.ErrShortDst {
				t.Fatal(err)
			}
		}
	}},
	{"append after a prefix", func(t *testing.T, n *Normalizer, s string, _ uint32) string {
		out := string(n.AppendString([]byte("> "), s))
		if !strings.HasPrefix(out, "> ") {
			t.Fatalf("Append changed what dst held: %q", out)
		}
		return out[2:]
	}},
}

func readAllOrFail(t *testing.T, r io.Reader) string {
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// fnv32 is the FNV-1a hash of s: a reproducible choice of route and chunk
// sizes for each input.
func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
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
