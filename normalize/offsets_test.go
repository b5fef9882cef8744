package normalize

import (
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/sharedtest"
	"github.com/persiantext/persian/internal/textfold"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
)

// foldText folds s as package textfold does: two texts that fold alike
// say the same, which is what a raw span and the output it became must do.
func foldText(s string) string { return textfold.Fold(s) }

// wordLigature reports whether s holds a presentation form that spells
// out several words (ﷺ): only the first of its words maps to it.
func wordLigature(s string) bool {
	return strings.ContainsAny(s, "\uFDFA\uFDFB\uFDFD")
}

// checkOffsetMap checks what must hold of m, filled while raw was
// normalized to out: it maps all of both; its edits are in order, do not
// overlap and each folds alike on both sides; between them the texts are
// in step rune for rune; every word of out maps to a raw span that folds
// to it, the spans in order and apart; and any span, mapped to raw and
// back, covers itself and folds alike.
func checkOffsetMap(t *testing.T, name, raw, out string, m *OffsetMap, r *rand.Rand) {
	t.Helper()
	rawLen, outLen := m.Len()
	if rawLen != len(raw) || outLen != len(out) {
		t.Fatalf("%s: the map covers %d raw and %d output bytes, want %d and %d (raw %q)", name, rawLen, outLen, len(raw), len(out), raw)
	}
	pr, po := 0, 0 // the end of the last edit
	for k, e := range m.edits[m.head:] {
		r0, r1, o0, o1 := e.raw, e.rawEnd(), e.out, e.outEnd()
		if r0 < pr || o0 < po || r1 > len(raw) || o1 > len(out) || r0-pr != o0-po {
			t.Fatalf("%s: edit %d %+v out of order or out of step after (%d, %d) (raw %q, out %q)", name, k, e, pr, po, raw, out)
		}
		if !sameRunes(raw[pr:r0], out[po:o0]) {
			t.Fatalf("%s: between edits, raw %q and out %q are not in step (raw %q)", name, raw[pr:r0], out[po:o0], raw)
		}
		if !wordLigature(raw[max(r0-3, 0):r1]) && foldText(raw[r0:r1]) != foldText(out[o0:o1]) {
			t.Fatalf("%s: edit raw %q → out %q does not fold alike (raw %q, out %q)", name, raw[r0:r1], out[o0:o1], raw, out)
		}
		pr, po = r1, o1
	}
	if !sameRunes(raw[pr:], out[po:]) {
		t.Fatalf("%s: after the last edit, raw %q and out %q are not in step", name, raw[pr:], out[po:])
	}

	// Words: maximal runs of non-space bytes of out.
	prevEnd := 0
	for s := 0; s < len(out); {
		if isASCIISpace(out[s]) {
			s++
			continue
		}
		e := s
		for e < len(out) && !isASCIISpace(out[e]) {
			e++
		}
		rs, re := m.Raw(s, e)
		if rs < prevEnd || re < rs {
			t.Fatalf("%s: word %q maps to raw [%d,%d), overlapping the word before (ending %d) (raw %q)", name, out[s:e], rs, re, prevEnd, raw)
		}
		if !wordLigature(raw[max(rs-3, 0):re]) {
			if foldText(raw[rs:re]) != foldText(out[s:e]) {
				t.Fatalf("%s: word %q maps to raw %q, which does not fold to it (raw %q, out %q)", name, out[s:e], raw[rs:re], raw, out)
			}
			if os, oe := m.Out(rs, re); os != s || oe != e {
				t.Fatalf("%s: word %q [%d,%d) maps to raw %q [%d,%d), which maps back to [%d,%d) (raw %q, out %q)", name, out[s:e], s, e, raw[rs:re], rs, re, os, oe, raw, out)
			}
		}
		prevEnd = re
		s = e
	}

	// Random spans at rune boundaries, both ways. (The words of a word
	// ligature after the first map to empty spans: see the table test.)
	if r == nil || wordLigature(raw) {
		return
	}
	outRunes, rawRunes := runeStarts(out), runeStarts(raw)
	for range 20 {
		s, e := randomSpan(r, outRunes)
		rs, re := m.Raw(s, e)
		os, oe := m.Out(rs, re)
		if s == e {
			if rs != re {
				t.Fatalf("%s: empty span at %d maps to raw [%d,%d)", name, s, rs, re)
			}
			continue
		}
		// Back in the output, the span covers the span, but for text
		// inserted at its edges (a space after punctuation), which maps
		// to an empty raw span.
		if os > e || oe < s || os > s && foldText(out[s:os]) != "" || oe < e && foldText(out[oe:e]) != "" {
			t.Fatalf("%s: out [%d,%d) %q → raw [%d,%d) %q → out [%d,%d) does not cover it (raw %q, out %q)", name, s, e, out[s:e], rs, re, raw[rs:re], os, oe, raw, out)
		}
		if foldText(raw[rs:re]) != foldText(out[os:oe]) {
			t.Fatalf("%s: raw %q and out %q (from out [%d,%d)) do not fold alike", name, raw[rs:re], out[os:oe], s, e)
		}
		rs, re = randomSpan(r, rawRunes)
		os, oe = m.Out(rs, re)
		brs, bre := m.Raw(os, oe)
		if os == oe {
			if foldText(raw[rs:re]) != "" {
				// Only removed text maps to no output.
				t.Fatalf("%s: raw [%d,%d) %q maps to the empty output span %d (raw %q, out %q)", name, rs, re, raw[rs:re], os, raw, out)
			}
			continue
		}
		// Back in raw, the span covers the raw span, but for text
		// removed at its edges (a space before punctuation).
		if brs > re || bre < rs || foldText(raw[min(rs, brs):max(re, bre)]) != foldText(raw[brs:bre]) {
			t.Fatalf("%s: raw [%d,%d) %q → out [%d,%d) %q → raw [%d,%d) does not cover it (raw %q)", name, rs, re, raw[rs:re], os, oe, out[os:oe], brs, bre, raw)
		}
		if foldText(raw[brs:bre]) != foldText(out[os:oe]) {
			t.Fatalf("%s: raw %q and out %q (from raw [%d,%d)) do not fold alike", name, raw[brs:bre], out[os:oe], rs, re)
		}
	}
}

func isASCIISpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// sameRunes reports whether a and b hold runes of the same lengths, one
// for one: the texts are in step, as between edits.
func sameRunes(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); {
		_, sa := utf8.DecodeRuneInString(a[i:])
		_, sb := utf8.DecodeRuneInString(b[i:])
		if sa != sb {
			return false
		}
		i += sa
	}
	return true
}

// runeStarts returns the offsets of the rune starts of s, and len(s).
func runeStarts(s string) []int {
	var starts []int
	for i := range s {
		starts = append(starts, i)
	}
	return append(starts, len(s))
}

func randomSpan(r *rand.Rand, starts []int) (int, int) {
	a, b := starts[r.IntN(len(starts))], starts[r.IntN(len(starts))]
	return min(a, b), max(a, b)
}

// offsetsOf normalizes raw with n in memory and returns the output and map.
func offsetsOf(n *Normalizer, raw string) (string, *OffsetMap) {
	var m OffsetMap
	out := n.AppendOffsets(nil, []byte(raw), &m)
	return string(out), &m
}

// TestOffsetMapFoldsBack checks the map on every input and configuration
// of the invariant tests: the sentences with web faults, random text from
// the characters the rules look at, and lines longer than the window.
func TestOffsetMapFoldsBack(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for name, opts := range invariantConfigs {
		n := New(opts...)
		for _, raw := range invariantInputs() {
			out, m := offsetsOf(n, raw)
			require.Equal(t, n.String(raw), out, "%s: AppendOffsets differs from String on %q", name, raw)
			checkOffsetMap(t, name, raw, out, m, r)
		}
	}
}

// TestOffsetMapIssueExamples: the spans users ask about, in the examples of
// the issue that asked for the map and a few more. Each row normalizes
// raw and maps the first occurrence of outSpan in the output back; the
// raw span must be rawSpan, the first of its occurrences in raw.
func TestOffsetMapIssueExamples(t *testing.T) {
	repairOff := New(WithZWNJRepair(false))
	cases := []struct {
		name           string
		n              *Normalizer
		raw, out       string
		outSpan, rawSp string
	}{
		{"spaced plural is one span", nil, "كتاب ها", "کتاب‌ها", "کتاب‌ها", "كتاب ها"},
		{"tatweel belongs to its word", nil, "کتـــاب", "کتاب", "کتاب", "کتـــاب"},
		{"tatweel at the end of a word", nil, "کتابـ خوب", "کتاب خوب", "کتاب", "کتابـ"},
		{"bidi marks belong to their neighbours", nil, "\u200fسلام\u200f دنیا", "سلام دنیا", "سلام", "\u200fسلام\u200f"},
		{"embedding around a word", nil, "او \u202bسلام\u202c گفت", "او سلام گفت", "سلام", "\u202bسلام\u202c"},
		{"inserted ZWNJ maps to the gap", nil, "میروم", "می‌روم", "\u200c", ""},
		{"word before an inserted ZWNJ", nil, "میروم", "می‌روم", "می", "می"},
		{"word after an inserted ZWNJ", nil, "میروم", "می‌روم", "روم", "روم"},
		{"ZWNJ made from a space maps to the space", nil, "می روم", "می‌روم", "\u200c", " "},
		{"space removed before punctuation belongs to no word", nil, "کتاب ، قلم", "کتاب، قلم", "کتاب", "کتاب"},
		{"comma made Persian", nil, "کتاب ، قلم", "کتاب، قلم", "،", "،"},
		{"Latin comma made Persian", nil, "کتاب,قلم", "کتاب، قلم", "،", ","},
		{"inserted space after punctuation", nil, "کتاب,قلم", "کتاب، قلم", " ", ""},
		{"digits made Persian", nil, "سال 1404 بود", "سال ۱۴۰۴ بود", "۱۴۰۴", "1404"},
		{"one digit of a number", nil, "سال 1404 بود", "سال ۱۴۰۴ بود", "۰", "0"},
		{"decimal separator", nil, "عدد 3.14 است", "عدد ۳٫۱۴ است", "۳٫۱۴", "3.14"},
		{"percent sign", nil, "رشد 50% بود", "رشد ۵۰٪ بود", "۵۰٪", "50%"},
		{"lam-alef ligature", nil, "ﻻزم است", "لازم است", "لازم", "ﻻزم"},
		{"one letter of a ligature widens to it", nil, "ﻻزم است", "لازم است", "ل", "ﻻ"},
		{"space run collapsed", nil, "کتاب    خوب", "کتاب خوب", " ", "    "},
		{"no-break space", nil, "کتاب\u00a0خوب", "کتاب خوب", " ", "\u00a0"},
		{"Arabic letters of the same length", nil, "علي كجاست", "علی کجاست", "علی", "علي"},
		{"soft hyphen becomes a ZWNJ", repairOff, "می\u00adروم", "می‌روم", "می‌روم", "می\u00adروم"},
		{"decomposed hamza", nil, "مسي\u0654له", "مسئله", "مسئله", "مسي\u0654له"},
		{"word ligature maps to its first word", nil, "محمد ﷺ گفت", "محمد صلی الله علیه وسلم گفت", "صلی", "ﷺ"},
		{"the other words of a word ligature", nil, "محمد ﷺ گفت", "محمد صلی الله علیه وسلم گفت", "الله", ""},
		{"the word after a word ligature", nil, "محمد ﷺ گفت", "محمد صلی الله علیه وسلم گفت", "گفت", "گفت"},
		{"hashtag with an Arabic kaf", nil, "#كتاب_خواني را", "#کتاب_خوانی را", "#کتاب_خوانی", "#كتاب_خواني"},
		{"ellipsis", New(WithEllipsis(true)), "رفت... و", "رفت… و", "…", "..."},
		{"guillemets", New(WithQuoteStyle(Guillemets)), `گفت "سلام" و`, "گفت «سلام» و", "«سلام»", `"سلام"`},
		{"trailing spaces removed", nil, "کتاب   \nقلم", "کتاب\nقلم", "قلم", "قلم"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, m := offsetsOf(c.n, c.raw)
			require.Equal(t, c.out, out)
			s := strings.Index(out, c.outSpan)
			require.GreaterOrEqual(t, s, 0, "%q not in the output", c.outSpan)
			rs, re := m.Raw(s, s+len(c.outSpan))
			wantStart := strings.Index(c.raw, c.rawSp)
			if c.rawSp == "" {
				// The gap: where the raw text before the span ends.
				wantStart, _ = m.Raw(0, s)
				_, wantStart = m.Raw(0, s)
			}
			assert.Equal(t, c.rawSp, c.raw[rs:re], "raw span of %q", c.outSpan)
			assert.Equal(t, wantStart, rs, "raw start of %q", c.outSpan)
		})
	}
}

// TestOffsetMapRawToOut maps raw spans to the output.
func TestOffsetMapRawToOut(t *testing.T) {
	cases := []struct {
		name            string
		raw             string
		rawSpan, outSpn string
	}{
		{"word with Arabic kaf", "كتاب ها را", "كتاب", "کتاب"},
		{"spaced suffix", "كتاب ها را", "ها", "ها"},
		{"the space that became a ZWNJ", "كتاب ها را", " ", "\u200c"},
		{"removed tatweel maps with its letter", "کتـــاب", "ـ", "ت"},
		{"removed space before punctuation", "کتاب ، قلم", " ", ""},
		{"digit", "سال 1404", "4", "۴"},
		{"glued word around an inserted ZWNJ", "میروم", "میروم", "می‌روم"},
		{"first part of a glued word", "میروم", "می", "می"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, m := offsetsOf(nil, c.raw)
			rs := strings.Index(c.raw, c.rawSpan)
			os, oe := m.Out(rs, rs+len(c.rawSpan))
			assert.Equal(t, c.outSpn, out[os:oe])
		})
	}
}

func TestOffsetMapOfNormalTextIsEmpty(t *testing.T) {
	n := New()
	raw := n.String(strings.Join(faultySentences, "\n"))
	out, m := offsetsOf(n, raw)
	require.Equal(t, raw, out)
	assert.Empty(t, m.edits, "normal text needs no edit")
	rs, re := m.Raw(10, 20)
	assert.Equal(t, [2]int{10, 20}, [2]int{rs, re})
}

// offsetRoutes fill a map while normalizing s through a streaming route.
var offsetRoutes = []struct {
	name string
	run  func(t *testing.T, n *Normalizer, s string, seed uint64, m *OffsetMap) string
}{
	{"one byte reader", func(t *testing.T, n *Normalizer, s string, _ uint64, m *OffsetMap) string {
		return readAllOrFail(t, n.OffsetReader(iotest.OneByteReader(strings.NewReader(s)), m))
	}},
	{"random chunks", func(t *testing.T, n *Normalizer, s string, seed uint64, m *OffsetMap) string {
		return readAllOrFail(t, n.OffsetReader(&chunkReader{[]byte(s), rand.New(rand.NewPCG(seed, 7)), 700}, m))
	}},
	{"small chunks", func(t *testing.T, n *Normalizer, s string, seed uint64, m *OffsetMap) string {
		return readAllOrFail(t, n.OffsetReader(&chunkReader{[]byte(s), rand.New(rand.NewPCG(seed, 8)), 9}, m))
	}},
	{"one byte reads", func(t *testing.T, n *Normalizer, s string, _ uint64, m *OffsetMap) string {
		return readAllOrFail(t, iotest.OneByteReader(n.OffsetReader(strings.NewReader(s), m)))
	}},
	{"transform.String", func(t *testing.T, n *Normalizer, s string, _ uint64, m *OffsetMap) string {
		out, _, err := transform.String(n.OffsetTransformer(m), s)
		require.NoError(t, err)
		return out
	}},
	{"tiny dst", func(t *testing.T, n *Normalizer, s string, _ uint64, m *OffsetMap) string {
		tr := n.OffsetTransformer(m)
		var out []byte
		dst := make([]byte, 5)
		src := []byte(s)
		for {
			nDst, nSrc, err := tr.Transform(dst, src, true)
			out = append(out, dst[:nDst]...)
			src = src[nSrc:]
			if err == nil {
				return string(out)
			}
			require.ErrorIs(t, err, transform.ErrShortDst)
		}
	}},
	{"lines", func(t *testing.T, n *Normalizer, s string, _ uint64, m *OffsetMap) string {
		var out []byte
		for line := range strings.Lines(s) {
			out = n.AppendOffsets(out, []byte(line), m)
		}
		return string(out)
	}},
}

// TestOffsetMapStreamsLikeAppend: every streaming route, at every
// chunking, fills the map that AppendOffsets fills in memory.
func TestOffsetMapStreamsLikeAppend(t *testing.T) {
	for name, opts := range invariantConfigs {
		n := New(opts...)
		for i, s := range invariantInputs() {
			want, wantMap := offsetsOf(n, s)
			for _, route := range offsetRoutes {
				if route.name == "one byte reader" && len(s) > 4000 && i%3 != 0 {
					continue // linear, but slow under the race detector
				}
				var m OffsetMap
				got := route.run(t, n, s, uint64(i), &m)
				require.Equal(t, want, got, "%s, %s: output differs on %q", name, route.name, s)
				if !assert.Equal(t, wantMap.edits, m.edits, "%s, %s: map differs on %q", name, route.name, s) {
					return
				}
				rawLen, outLen := m.Len()
				assert.Equal(t, [2]int{len(s), len(want)}, [2]int{rawLen, outLen})
			}
		}
	}
}

// TestOffsetMapExtendsAcrossCalls: a map filled line by line maps the
// concatenation, and Reset starts it over.
func TestOffsetMapExtendsAcrossCalls(t *testing.T) {
	n := New()
	var m OffsetMap
	first := n.AppendOffsets(nil, []byte("كتاب ها\n"), &m)
	out := n.AppendOffsets(first, []byte("ميروم"), &m)
	require.Equal(t, "کتاب‌ها\nمی‌روم", string(out))
	raw := "كتاب ها\nميروم"
	rs, re := m.Raw(len(first), len(out))
	assert.Equal(t, "ميروم", raw[rs:re])
	rawLen, outLen := m.Len()
	assert.Equal(t, [2]int{len(raw), len(out)}, [2]int{rawLen, outLen})

	m.Reset()
	out = n.AppendOffsets(out[:0], []byte("ميروم"), &m)
	rs, re = m.Raw(0, len(out))
	assert.Equal(t, [2]int{0, len("ميروم")}, [2]int{rs, re})
}

// TestOffsetMapClampsOffsets: offsets outside the text are clamped, and an
// end before the start is the start.
func TestOffsetMapClampsOffsets(t *testing.T) {
	raw := "كتاب ها"
	out, m := offsetsOf(nil, raw)
	rs, re := m.Raw(-5, 1000)
	assert.Equal(t, [2]int{0, len(raw)}, [2]int{rs, re})
	rs, re = m.Raw(8, 2)
	assert.Equal(t, rs, re)
	os, oe := m.Out(-1, 1<<40)
	assert.Equal(t, [2]int{0, len(out)}, [2]int{os, oe})
	var empty OffsetMap
	rs, re = empty.Raw(3, 4)
	assert.Equal(t, [2]int{0, 0}, [2]int{rs, re})
}

// TestOffsetMapForgetKeepsLaterLookups: after Forget(k), spans from k on
// map as before, and the edits before k are gone.
func TestOffsetMapForgetKeepsLaterLookups(t *testing.T) {
	raw := strings.Repeat("كتاب ها و 12 ميروم ، ", 200)
	out, full := offsetsOf(nil, raw)
	_, m := offsetsOf(nil, raw)
	for k := 0; k <= len(out); k += 97 {
		m.Forget(k)
		for _, s := range []int{k, k + 13, k + 200} {
			for _, e := range []int{s, s + 1, s + 50, len(out)} {
				if s > len(out) || e > len(out) {
					continue
				}
				rs, re := m.Raw(s, e)
				ws, we := full.Raw(s, e)
				require.Equal(t, [2]int{ws, we}, [2]int{rs, re}, "Raw(%d, %d) after Forget(%d)", s, e, k)
			}
		}
		// Raw offsets of the bytes not forgotten map back as before.
		rk, _ := full.Raw(k, k)
		for _, rs := range []int{rk, rk + 7, rk + 100} {
			if rs > len(raw) {
				continue
			}
			os, oe := m.Out(rs, min(rs+30, len(raw)))
			ws, we := full.Out(rs, min(rs+30, len(raw)))
			require.Equal(t, [2]int{ws, we}, [2]int{os, oe}, "Out(%d) after Forget(%d)", rs, k)
		}
	}
	assert.Less(t, len(m.edits), 70, "forgotten edits are dropped")
}

// TestOffsetReaderWithForgetStaysSmall: a reader that moves forward and
// forgets keeps a small map over a long stream with many edits.
func TestOffsetReaderWithForgetStaysSmall(t *testing.T) {
	line := "كتاب ها و 1404 ميروم ، "
	size := 4 << 20
	if testing.Short() || raceEnabled {
		size = 256 << 10
	}
	var m OffsetMap
	r := New().OffsetReader(io.LimitReader(&repeatReader{s: line}, int64(size)), &m)
	buf := make([]byte, 4096)
	read, most := 0, 0
	for {
		k, err := r.Read(buf)
		read += k
		m.Forget(read)
		most = max(most, len(m.edits)-m.head, cap(m.edits))
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
	}
	rawLen, _ := m.Len()
	assert.Equal(t, size, rawLen)
	assert.Less(t, most, 4096, "the map grows with what is not forgotten, not with the stream")
}

// repeatReader repeats s without end.
type repeatReader struct {
	s   string
	off int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		k := copy(p[n:], r.s[r.off:])
		n += k
		r.off = (r.off + k) % len(r.s)
	}
	return n, nil
}

// TestOffsetMapOfLongSpaceRunsIsSmall: runs of spaces longer than the
// segment window, held as indentation or collapsed inside a line, are one
// edit each, however long.
func TestOffsetMapOfLongSpaceRunsIsSmall(t *testing.T) {
	n := New()
	for _, raw := range []string{
		strings.Repeat(" ", 50000) + "متن",
		"الف" + strings.Repeat(" ", 50000) + "ب",
		strings.Repeat("\u00a0", 30000) + "متن",
		strings.Repeat(" ", 50000) + "\nمتن",
	} {
		out, m := offsetsOf(n, raw)
		checkOffsetMap(t, "long spaces", raw, out, m, nil)
		assert.LessOrEqual(t, len(m.edits), 2, "edits of %d bytes of spaces", len(raw))
		for _, route := range offsetRoutes[1:] {
			var sm OffsetMap
			route.run(t, n, raw, 1, &sm)
			assert.Equal(t, m.edits, sm.edits, route.name)
		}
	}
}

// TestOffsetMapNilNormalizer: a nil Normalizer fills the map like the
// default one.
func TestOffsetMapNilNormalizer(t *testing.T) {
	var n *Normalizer
	var m1, m2 OffsetMap
	raw := []byte("كتاب ها")
	assert.Equal(t, New().AppendOffsets(nil, raw, &m1), n.AppendOffsets(nil, raw, &m2))
	assert.Equal(t, m1.edits, m2.edits)
	got := readAllOrFail(t, n.OffsetReader(strings.NewReader("كتاب ها"), &m2))
	assert.Equal(t, "کتاب‌ها", got)
}

func TestAppendOffsetsDoesNotAllocateWithRoom(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes sync.Pool drop items")
	}
	n := New()
	raw := []byte(strings.Join(faultySentences, "\n"))
	var m OffsetMap
	buf := n.AppendOffsets(nil, raw, &m)
	allocs := testing.AllocsPerRun(20, func() {
		m.Reset()
		buf = n.AppendOffsets(buf[:0], raw, &m)
	})
	assert.Zero(t, allocs)
}

// TestComposeOfPasses checks compose on hand-made passes.
func TestComposeOfPasses(t *testing.T) {
	cases := []struct {
		name string
		a, b []edit
		want []edit
	}{
		{"disjoint", []edit{{2, 3, 2, 4}}, []edit{{6, 7, 6, 6}}, []edit{{2, 3, 2, 4}, {5, 6, 6, 6}}},
		{"overlapping", []edit{{2, 3, 2, 4}}, []edit{{3, 6, 3, 4}}, []edit{{2, 5, 2, 4}}},
		{"removal inside", []edit{{4, 6, 4, 4}}, []edit{{2, 8, 2, 3}}, []edit{{2, 10, 2, 3}}},
		{"removal at the edge stays", []edit{{4, 6, 4, 4}}, []edit{{4, 8, 4, 5}}, []edit{{4, 6, 4, 4}, {6, 10, 4, 5}}},
		{"insertion then removal of it", []edit{{0, 0, 0, 1}}, []edit{{0, 1, 0, 0}}, nil},
		{"insertion joins a space run", []edit{{0, 0, 0, 1}}, []edit{{0, 3, 0, 1}}, []edit{{0, 2, 0, 1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, compose(nil, c.a, c.b))
		})
	}
}

func TestAlignRepairFindsTheGaps(t *testing.T) {
	cases := []struct {
		in, out string
		want    []edit
	}{
		{"کتاب ها", "کتاب‌ها", []edit{{8, 9, 8, 11}}},
		{"میروم", "می‌روم", []edit{{4, 4, 4, 7}}},
		{"پربازدید ها", "پربازدیدها", []edit{{16, 17, 16, 16}}},
		{"a…b", "a‌…b", []edit{{1, 1, 1, 4}}},
		{"abc", "abd", []edit{{2, 3, 2, 3}}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, alignRepair(nil, []byte(c.in), []byte(c.out)), "%q → %q", c.in, c.out)
	}
}

// brokenUPDT returns the development text of the UPDT corpus broken as web
// pages break it: every ZWNJ removed, and Arabic yeh and kaf for the
// Persian ones. It is built at test time from the shared corpora.
func brokenUPDT(t *testing.T) string {
	data, err := os.ReadFile(sharedtest.Path(t, "corpora/updt/dev.txt"))
	require.NoError(t, err)
	return strings.NewReplacer("\u200c", "", "ی", "ي", "ک", "ك").Replace(string(data))
}

// TestOffsetMapOnRealText checks the map on the issue's targets: the seed
// news page and the broken UPDT development text, in the default and the
// Search profile, in memory and read one byte at a time.
func TestOffsetMapOnRealText(t *testing.T) {
	seed, err := os.ReadFile(sharedtest.Path(t, "seed/news-page.txt"))
	require.NoError(t, err)
	texts := map[string]string{"seed page": string(seed), "broken UPDT dev": brokenUPDT(t)}
	r := rand.New(rand.NewPCG(5, 6))
	for name, raw := range texts {
		for cname, n := range map[string]*Normalizer{"default": New(), "search": New(Search())} {
			out, m := offsetsOf(n, raw)
			require.Equal(t, n.String(raw), out)
			checkOffsetMap(t, name+", "+cname, raw, out, m, r)
			var sm OffsetMap
			got := readAllOrFail(t, n.OffsetReader(&chunkReader{[]byte(raw), rand.New(rand.NewPCG(1, 2)), 300}, &sm))
			require.Equal(t, out, got)
			assert.Equal(t, m.edits, sm.edits, "%s, %s: streaming fills another map", name, cname)
			t.Logf("%s, %s: %d raw bytes, %d edits", name, cname, len(raw), len(m.edits))
		}
	}
}

// TestOffsetMapOfAStrayCarriageReturn: a line whose CR becomes its last
// byte is normalized twice (segment.go); the map composes both passes.
func TestOffsetMapOfAStrayCarriageReturn(t *testing.T) {
	for _, raw := range []string{"متن  \r  \nبعد \r\u200f", "   \r ", "كتاب ها\r \u200e\nميروم"} {
		for name, opts := range invariantConfigs {
			n := New(opts...)
			out, m := offsetsOf(n, raw)
			require.Equal(t, n.String(raw), out)
			checkOffsetMap(t, name, raw, out, m, rand.New(rand.NewPCG(1, 1)))
		}
	}
}
