package tokenize

import (
	"bytes"
	"io"
	"os"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/persiantext/persian/internal/sharedtest"
	"github.com/persiantext/persian/internal/textfold"
	"github.com/persiantext/persian/normalize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// webSample is sample as a careless web page writes it, written for these
// tests: Arabic yeh and kaf, Latin digits, glued and spaced ZWNJs, spaces
// before punctuation, tatweel, bidi marks and presentation forms.
const webSample = `تهران - ايرنا: نرخ تورم در اسفند 1403 به 32.5% رسيد و قيمت هر كيلو برنج 125,000 تومان شد .
رئيس بانك مركزي گفت : «اين رقم از پيشبيني ها كمتر است.» او افزود كه گزارش كامل در https://example.ir/report?id=12 منتشر ميشود .

كاربران با هشتگ #تورم_ماهانه و #قيمتها نظر دادند ؛ يكي نوشت: «چرا؟!» 😞👍🏽 و ديگري به @eghtesad_news ايميل زد (info@example.ir).
جلسه ساعت 18:14 روز 1404/01/03 تمـــام شد... خودشان معتقدند كتاب هايشان را خواهند فروخت. ` +
	"\u200fﻻزم\u200e است كه ﷺ و ﷲ را درست بنويسيم ،زيرا\u00a0\u00a0متن مهم است ."

// checkRawSpans checks the tokens of a normalizing Scanner over raw: each
// token's raw span folds to its normalized text, the spans are in order
// and never overlap, and so do the spans of a multiword token's words,
// inside the token's. It returns the number of tokens.
func checkRawSpans(t *testing.T, name, raw string, toks []scanned) int {
	t.Helper()
	prevEnd := 0
	for _, tok := range toks {
		if tok.Start < prevEnd || tok.End < tok.Start || tok.End > len(raw) {
			t.Fatalf("%s: token %q has raw span [%d,%d), after a token ending at %d", name, tok.Bytes, tok.Start, tok.End, prevEnd)
		}
		if !wordLigatureNear(raw, tok.Start, tok.End) && textfold.Fold(raw[tok.Start:tok.End]) != textfold.Fold(tok.Bytes) {
			t.Fatalf("%s: token %q has raw span %q [%d,%d), which does not fold to it", name, tok.Bytes, raw[tok.Start:tok.End], tok.Start, tok.End)
		}
		prevEnd = tok.End
	}
	return len(toks)
}

// wordLigatureNear reports whether a presentation form that spells out
// several words (ﷺ) ends at or lies in raw[start:end]: only the first of
// its words maps to it, the others to the empty span after it.
func wordLigatureNear(raw string, start, end int) bool {
	return strings.ContainsAny(raw[max(start-3, 0):end], "\uFDFA\uFDFB\uFDFD")
}

// scanRawWords scans with the Scanner's words mapped to raw spans as well.
func checkRawWords(t *testing.T, name, raw string, s *Scanner) {
	t.Helper()
	for s.Scan() {
		tok := s.Token()
		prevEnd := tok.Start
		for i, w := range tok.Words {
			if w.Start < prevEnd || w.End > tok.End || w.End < w.Start {
				t.Fatalf("%s: word %d of %q has raw span [%d,%d), outside the token [%d,%d) or before the word before", name, i, s.Bytes(), w.Start, w.End, tok.Start, tok.End)
			}
			if textfold.Fold(raw[w.Start:w.End]) != textfold.Fold(string(s.WordBytes(i))) {
				t.Fatalf("%s: word %q of %q has raw span %q", name, s.WordBytes(i), s.Bytes(), raw[w.Start:w.End])
			}
			prevEnd = w.End
		}
	}
	require.NoError(t, s.Err())
}

func TestNormalizeReportsRawOffsets(t *testing.T) {
	raw := "كتاب هاي علي را ميخوانم ، سال 1404 تمـــام شد."
	toks := New(Normalize(nil)).Tokens(raw)
	type tokSpan struct{ Text, Raw string }
	var got []tokSpan
	for _, tok := range toks {
		got = append(got, tokSpan{tok.Text, raw[tok.Start:tok.End]})
	}
	assert.Equal(t, []tokSpan{
		{"کتاب‌های", "كتاب هاي"},
		{"علی", "علي"},
		{"را", "را"},
		{"می‌خوانم", "ميخوانم"},
		{"،", "،"},
		{"سال", "سال"},
		{"۱۴۰۴", "1404"},
		{"تمام", "تمـــام"},
		{"شد", "شد"},
		{".", "."},
	}, got)
}

func TestNormalizeWithOptions(t *testing.T) {
	raw := "مسئلهٔ 12 كتاب"
	toks := New(Normalize(normalize.New(normalize.Search()))).Tokens(raw)
	require.Len(t, toks, 3)
	assert.Equal(t, "مسیله", toks[0].Text)
	assert.Equal(t, "مسئلهٔ", raw[toks[0].Start:toks[0].End])
	assert.Equal(t, "12", toks[1].Text)
}

func TestNormalizedTokensFoldToTheirRawSpans(t *testing.T) {
	inputs := map[string]string{
		"web sample":        webSample,
		"held sample":       strings.NewReplacer("ی", "ي", "ک", "ك").Replace(heldSample),
		"normal sample":     sample,
		"long broken lines": strings.Repeat(strings.ReplaceAll(webSample, "\n", " "), 30),
	}
	for name, raw := range inputs {
		for _, os := range optionSets {
			opts := append([]Option{Normalize(nil)}, os.opts...)
			toks := scanAll(t, NewBytesScanner([]byte(raw), opts...))
			require.NotEmpty(t, toks)
			checkRawSpans(t, name+", "+os.name, raw, toks)
			checkRawWords(t, name+", "+os.name, raw, NewBytesScanner([]byte(raw), opts...))
		}
	}
}

func TestNormalizedStreamingEqualsInMemory(t *testing.T) {
	raw := strings.Repeat(webSample+"\n", 20) + strings.Repeat("ي", 3*MaxTokenSize) + " پايان ."
	for _, os := range optionSets {
		opts := append([]Option{Normalize(nil)}, os.opts...)
		want := scanAll(t, NewBytesScanner([]byte(raw), opts...))
		for cname, mk := range chunkings {
			got := scanAll(t, NewScanner(mk(raw), opts...))
			if !assert.Equal(t, want, got, "%s, %s", os.name, cname) {
				return
			}
		}
	}
}

// TestNormalizeOnTheIssueTargets: on the seed news page and on the UPDT
// development text broken as web pages break it (no ZWNJ, Arabic yeh and
// kaf), every token's raw span folds to the token's text, and the spans
// are in order and never overlap, in memory and read a byte at a time.
func TestNormalizeOnTheIssueTargets(t *testing.T) {
	seed, err := os.ReadFile(sharedtest.Path(t, "seed/news-page.txt"))
	require.NoError(t, err)
	dev, err := os.ReadFile(sharedtest.Path(t, "corpora/updt/dev.txt"))
	require.NoError(t, err)
	broken := strings.NewReplacer("\u200c", "", "ی", "ي", "ک", "ك").Replace(string(dev))
	for name, raw := range map[string]string{"seed page": string(seed), "broken UPDT dev": broken} {
		for _, os := range optionSets {
			opts := append([]Option{Normalize(nil)}, os.opts...)
			toks := scanAll(t, NewBytesScanner([]byte(raw), opts...))
			n := checkRawSpans(t, name+", "+os.name, raw, toks)
			checkRawWords(t, name+", "+os.name, raw, NewBytesScanner([]byte(raw), opts...))
			streamed := scanAll(t, NewScanner(iotest.OneByteReader(strings.NewReader(raw)), opts...))
			assert.Equal(t, toks, streamed, "%s, %s: streaming differs", name, os.name)
			t.Logf("%s, %s: %d tokens, each folds back", name, os.name, n)
		}
	}
}

func TestNormalizingScannerAllocatesNothingPerToken(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes sync.Pool drop items")
	}
	text := []byte(strings.Repeat(webSample+"\n", 20))
	for _, os := range optionSets {
		s := NewBytesScanner(text, append([]Option{Normalize(nil)}, os.opts...)...)
		s.Scan()
		allocs := testing.AllocsPerRun(5, func() {
			s.ResetBytes(text)
			for s.Scan() {
				_ = s.Bytes()
			}
		})
		assert.Zero(t, allocs, "options %s", os.name)
	}
	// A stream costs the normalizing reader's buffers per Reset, the same
	// for 1 or 20 copies of the text: nothing per token.
	perReset := func(copies int) float64 {
		str := strings.Repeat(webSample+"\n", copies)
		r := strings.NewReader(str)
		s := NewScanner(r, Normalize(nil))
		for s.Scan() {
		}
		return testing.AllocsPerRun(5, func() {
			r.Reset(str)
			s.Reset(r)
			for s.Scan() {
			}
		})
	}
	assert.Equal(t, perReset(1), perReset(20), "streaming allocations grow with the tokens")
}

// TestNormalizingScannerMemoryIsBounded streams many megabytes of text
// with an edit every few bytes: the offset map must not grow with them.
func TestNormalizingScannerMemoryIsBounded(t *testing.T) {
	size := 16 << 20
	if testing.Short() || raceEnabled {
		size = 2 << 20
	}
	line := strings.ReplaceAll(webSample, "\n", " ") + "\n"
	var r io.Reader = io.LimitReader(&repeatReader{s: line}, int64(size))
	s := NewScanner(r, Normalize(nil))
	s.Scan()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	tokens := 0
	for s.Scan() {
		tokens++
	}
	runtime.ReadMemStats(&after)
	require.NoError(t, s.Err())
	assert.Greater(t, tokens, size/20)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(1<<20), "allocated while scanning %d bytes", size)
	assert.LessOrEqual(t, cap(s.buf), maxBuf)
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

func TestNormalizedConveniences(t *testing.T) {
	tz := New(Normalize(nil), UD())
	raw := "كتابش را خواندم . ميروم"
	assert.Equal(t, []string{"کتاب", "ش", "را", "خواندم.", "می‌روم"}[:2], tz.Words(raw)[:2])
	assert.Equal(t, []string{"کتابش را خواندم.", "می‌روم"}, tz.SentenceTexts(raw))
	sents := tz.Sentences(raw)
	require.Len(t, sents, 2)
	assert.Equal(t, "كتابش را خواندم .", raw[sents[0].Start:sents[0].End])
	toks := tz.Tokens(raw)
	require.NotEmpty(t, toks)
	assert.Equal(t, "کتابش", toks[0].Text)
	require.Len(t, toks[0].Words, 2)
	assert.Equal(t, "كتاب", raw[toks[0].Words[0].Start:toks[0].Words[0].End])
	var seq []Token
	for tok := range tz.TokensSeq(raw) {
		seq = append(seq, tok)
	}
	assert.Equal(t, toks, seq)
	s := tz.NewScanner(bytes.NewReader([]byte(raw)))
	var kept []Token
	for tok := range s.Tokens() {
		kept = append(kept, tok)
	}
	assert.Equal(t, toks, kept)
}
