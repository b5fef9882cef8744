package normalize

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
)

// Sentences written for these tests, with the faults of web text.
var faultySentences = []string{
	"بينالملل 18:14 - 03 فروردين 1404",
	"كرملين اعلام كرد كه روساي جمهور ممكن است بيش از دو تماس داشته باشند .",
	"به گفته ي رسانه ها ، تا كنون دو تماس برقرار شده ؛ اما جزئيات روشن نيست?",
	"قيمت 12,500 تومان و نرخ 3.5 درصد در تاريخ 1404/01/03 ساعت 09:30 اعلام شد",
	"فایل mp3 و بیماری COVID-19 و کاربر user123 را در https://example.com/a?b=1 ببینید",
	"نامه به info@example.ir بفرستید یا به @news_fa و #خبر_فوری سر بزنید",
	"ﻻزم است  که  مردم از شايعات  دوری  كنند ،زیرا بازار ســـرمايه حساس است .",
	"او گفت : « ما برنامه\u200c\u200cهایی داریم » و رفت\u200c . ( توضیح )",
	"متن <b>پررنگ</b> و &nbsp; و `code  12` و \u200fعلامت\u200e جهت",
	"می\u00adروم و کتاب\u200bها و می¬خواهم و می\u200dرود",
	"کِتابٌ مُحَمَّدٌ ﷺ ﷲ ٱلرَّحمٰن",
	"I have 3 apples, and 4 pears; what? Then «5» and (6)",
	"\"سلام\" گفت... و “خداحافظ” را شنید....",
	"   تورفتگی   و فاصله ها    ",
	"\t\tجدول\tستون 1\tستون ٢",
	"अनु\u200cच्छेद और हिन्दी",
	"خانۀ من و خانهٔ تو و دایرةالمعارف و مسئله و مؤسسه و تأثیر",
}

// invariantConfigs are the configurations every invariant is checked on.
var invariantConfigs = map[string][]Option{
	"default":     nil,
	"repair off":  {WithZWNJRepair(false)},
	"search":      {Search()},
	"latin":       {WithDigits(LatinDigits), WithDiacritics(false)},
	"keep":        {WithDigits(KeepDigits), WithBidiControls(true)},
	"typography":  {WithQuoteStyle(Guillemets), WithEllipsis(true)},
	"spacing off": {WithSpacing(false), WithZWNJRepair(false)},
}

// fuzzAlphabet is what randomText draws from: the characters the rules
// look at, and some invalid bytes.
var fuzzAlphabet = []string{
	"ب", "ی", "ي", "ك", "ه", "ة", "ۀ", "ا", "د", "و", "ر", "ء", "أ", "ﻻ", "ﺑ", "ﷺ", "\uFE76",
	"\u064E", "\u0651", "\u0654", "\u0640", "\u200c", "\u200d", "\u200b", "\u00ad", "¬", "\u200f",
	" ", " ", " ", "\u00a0", "\t", "\n", "\r\n", "1", "9", "۳", "٤", ".", ",", ";", "?", "!", ":",
	"،", "؛", "؟", "/", "-", "(", ")", "«", "»", "\"", "“", "”", "...", "a", "Z", "mp", "www.x.com",
	"http://a.b/c", "@", "#", "<b>", "&amp;", "`", "x@y.io", "\xff", "\xd8", "\xa8", "\xe2\x80",
	"क", "👨",
}

func randomText(r *rand.Rand, n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(fuzzAlphabet[r.IntN(len(fuzzAlphabet))])
	}
	return sb.String()
}

// invariantInputs returns the sentences, random texts, and lines longer
// than the segment window (with and without sentence punctuation, and
// with long space runs).
func invariantInputs() []string {
	r := rand.New(rand.NewPCG(1, 2))
	in := append([]string{}, faultySentences...)
	in = append(in, strings.Join(faultySentences, "\n"))
	for i := 0; i < 200; i++ {
		in = append(in, randomText(r, 1+r.IntN(40)))
	}
	for i := 0; i < 6; i++ {
		in = append(in, randomText(r, 3000))
	}
	long := strings.Join(faultySentences, " ")
	in = append(in,
		strings.Repeat(long+" ", 8),
		strings.Repeat("کتاب ها و می روم ", 600),
		strings.Repeat("ب", 5000),
		"الف"+strings.Repeat(" ", 9000)+"ب .",
		strings.Repeat(" ", 10000),
		strings.Repeat("\u00a0", 5000)+"\n"+strings.Repeat(" ", 3000)+"متن",
	)
	return in
}

func TestIdempotent(t *testing.T) {
	for name, opts := range invariantConfigs {
		n := New(opts...)
		for _, s := range invariantInputs() {
			once := n.String(s)
			if hasWeakCut(s) || hasWeakCut(once) {
				continue // see segment.go: idempotence holds at sentence cuts only
			}
			if twice := n.String(once); twice != once {
				t.Errorf("%s: not idempotent on %q:\nonce  %q\ntwice %q", name, s, once, twice)
			}
		}
	}
}

func TestValidUTF8StaysValid(t *testing.T) {
	for name, opts := range invariantConfigs {
		n := New(opts...)
		for _, s := range invariantInputs() {
			if utf8.ValidString(s) {
				assert.True(t, utf8.ValidString(n.String(s)), "%s: invalid output for %q", name, s)
			}
		}
	}
}

// invalidBytes returns the bytes of s that are not part of a valid rune,
// in order.
func invalidBytes(s string) []byte {
	var out []byte
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			out = append(out, s[i])
		}
		i += size
	}
	return out
}

func TestInvalidBytesPassThroughUnchanged(t *testing.T) {
	for name, opts := range invariantConfigs {
		n := New(opts...)
		for _, s := range invariantInputs() {
			assert.Equal(t, invalidBytes(s), invalidBytes(n.String(s)), "%s: input %q", name, s)
		}
	}
}

func TestLineCountPreserved(t *testing.T) {
	for name, opts := range invariantConfigs {
		n := New(opts...)
		for _, s := range invariantInputs() {
			assert.Equal(t, strings.Count(s, "\n"), strings.Count(n.String(s), "\n"), "%s: input %q", name, s)
		}
	}
}

// chunkReader returns its data in pieces of random sizes.
type chunkReader struct {
	data []byte
	r    *rand.Rand
	max  int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		return 0, io.EOF
	}
	k := 1 + c.r.IntN(c.max)
	k = min(k, len(p), len(c.data))
	copy(p, c.data[:k])
	c.data = c.data[k:]
	return k, nil
}

// streamings returns s normalized by every streaming route.
func streamings(t *testing.T, n *Normalizer, s string, seed uint64) map[string]string {
	t.Helper()
	read := func(r io.Reader) string {
		b, err := io.ReadAll(n.Reader(r))
		require.NoError(t, err)
		return string(b)
	}
	out := map[string]string{
		"one byte reader":  read(iotest.OneByteReader(strings.NewReader(s))),
		"random chunks":    read(&chunkReader{[]byte(s), rand.New(rand.NewPCG(seed, 7)), 700}),
		"small chunks":     read(&chunkReader{[]byte(s), rand.New(rand.NewPCG(seed, 8)), 9}),
		"whole reader":     read(strings.NewReader(s)),
		"transform.String": func() string { r, _, err := transform.String(n.Transformer(), s); require.NoError(t, err); return r }(),
		"bytes":            string(n.Bytes([]byte(s))),
		"append":           string(n.Append([]byte{}, []byte(s))),
	}
	var buf bytes.Buffer
	w := n.Writer(&buf)
	r := rand.New(rand.NewPCG(seed, 9))
	for rest := []byte(s); len(rest) > 0; {
		k := min(1+r.IntN(300), len(rest))
		_, err := w.Write(rest[:k])
		require.NoError(t, err)
		rest = rest[k:]
	}
	require.NoError(t, w.Close())
	out["writer"] = buf.String()
	// A chain with an identity transformer in front: small intermediate
	// buffers and Span interleaved with Transform.
	chained, _, err := transform.String(transform.Chain(transform.Nop, n.Transformer()), s)
	require.NoError(t, err)
	out["chain"] = chained
	return out
}

func TestStreamingEqualsString(t *testing.T) {
	for name, opts := range invariantConfigs {
		n := New(opts...)
		for i, s := range invariantInputs() {
			want := n.String(s)
			for route, got := range streamings(t, n, s, uint64(i)) {
				if got != want {
					t.Errorf("%s, %s: differs from String on %q:\nwant %q\ngot  %q", name, route, s, want, got)
				}
			}
		}
	}
}

func TestTransformIntoTinyDst(t *testing.T) {
	n := New()
	src := []byte(strings.Join(faultySentences, "\n"))
	want := n.Bytes(src)
	tr := n.Transformer()
	var got []byte
	dst := make([]byte, 5)
	for nSrc := 0; ; {
		nDst, k, err := tr.Transform(dst, src[nSrc:], true)
		got = append(got, dst[:nDst]...)
		nSrc += k
		if err == nil {
			break
		}
		require.ErrorIs(t, err, transform.ErrShortDst)
	}
	assert.Equal(t, string(want), string(got))
}

func TestSpanStopsBeforeChange(t *testing.T) {
	n := New(WithZWNJRepair(false))
	normal := "کتاب‌ها را خواندم.\nسال ۱۴۰۴ آمد.\n"
	tr := n.Transformer()
	k, err := tr.Span([]byte(normal), true)
	assert.NoError(t, err)
	assert.Equal(t, len(normal), k)

	tr.Reset()
	k, err = tr.Span([]byte(normal+"علي\n"), true)
	assert.ErrorIs(t, err, transform.ErrEndOfSpan)
	assert.Equal(t, len(normal), k)

	tr.Reset()
	k, err = tr.Span([]byte("کتاب"), false)
	assert.ErrorIs(t, err, transform.ErrShortSrc, "a line without end may still change")
	assert.Equal(t, 0, k)
}

// TestCheckNeverVouchesForAChange checks the fast path against the full
// character pass: whenever the already-normal test says yes, the full pass
// must leave the segment as it is.
func TestCheckNeverVouchesForAChange(t *testing.T) {
	for name, opts := range invariantConfigs {
		n := New(append(opts, WithZWNJRepair(false))...)
		for _, s := range invariantInputs() {
			for _, line := range strings.Split(n.String(s), "\n") {
				assertCheckAgrees(t, n, name, line)
			}
			for _, line := range strings.Split(s, "\n") {
				assertCheckAgrees(t, n, name, line)
			}
		}
	}
}

func assertCheckAgrees(t *testing.T, n *Normalizer, name, line string) {
	t.Helper()
	if len(line) >= maxSegment {
		return
	}
	if msg := checkPrefixAgrees(n, line); msg != "" {
		t.Errorf("%s: %s", name, msg)
	}
}

// checkPrefixAgrees checks the already-normal test on one line: what it
// vouches for (the whole line, or the part before a word where the pass
// may start afresh), with the spaces before punctuation that it removes,
// comes out of the pass so, and the pass started after it writes what the
// pass over the whole line writes. Without removals (as Span asks), what
// it vouches for comes out unchanged. It returns what went wrong, or "".
func checkPrefixAgrees(n *Normalizer, line string) string {
	c := newLineCarry()
	var bufs buffers
	whole := string(n.charPass(nil, []byte(line), segLine, &c, &bufs, nil))
	if k := n.check.normalPrefix([]byte(line), true, &c, nil); !strings.HasPrefix(whole, line[:k]) {
		return fmt.Sprintf("check vouched for %q of %q, which the pass turns into %q", line[:k], line, whole)
	}
	var drops spaceDrops
	k := n.check.normalPrefix([]byte(line), true, &c, &drops)
	if got := string(n.charPassAfter(nil, []byte(line), k, &drops, segLine, &c, &bufs, nil)); got != whole {
		return fmt.Sprintf("the pass after the prefix %q of %q (%d spaces removed) writes %q, over the whole line %q", line[:k], line, drops.n, got, whole)
	}
	return ""
}

// endlessLine produces size bytes of Persian sentences with no newline,
// with a long run of spaces now and then.
type endlessLine struct {
	left int64
	buf  []byte
	pos  int
}

func newEndlessLine(size int64) *endlessLine {
	text := strings.Join(faultySentences[:8], " ") + " "
	unit := strings.Repeat(text, 10) + strings.Repeat(" ", 3000)
	unit = strings.ReplaceAll(unit, "\n", " ")
	return &endlessLine{left: size, buf: []byte(unit)}
}

func (e *endlessLine) Read(p []byte) (int, error) {
	if e.left <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > e.left {
		p = p[:e.left]
	}
	n := 0
	for n < len(p) {
		k := copy(p[n:], e.buf[e.pos:])
		n += k
		e.pos = (e.pos + k) % len(e.buf)
	}
	e.left -= int64(n)
	return n, nil
}

// TestEndlessLineStreamsInBoundedMemory streams a line of 1 GiB (32 MiB
// with -short or the race detector) through Reader and checks that the
// bytes allocated do not grow with the input.
func TestEndlessLineStreamsInBoundedMemory(t *testing.T) {
	size := int64(1 << 30)
	if testing.Short() || raceEnabled {
		size = 32 << 20
	}
	n := New()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	r := n.Reader(newEndlessLine(size))
	buf := make([]byte, 32<<10)
	var total, lines int64
	for {
		k, err := r.Read(buf)
		total += int64(k)
		lines += int64(bytes.Count(buf[:k], []byte{'\n'}))
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
	}
	runtime.ReadMemStats(&after)
	assert.Zero(t, lines, "newlines appeared")
	assert.Greater(t, total, size/2, "output is implausibly short")
	allocated := after.TotalAlloc - before.TotalAlloc
	assert.Less(t, allocated, uint64(4<<20), "streaming %d bytes allocated %d bytes", size, allocated)
}

// prefixWords are normal words and pieces, and prefixFaults what the
// character pass changes or reads in context: the already-normal test
// must stop before a fault at a point where the pass may start afresh.
var (
	prefixWords = []string{
		"کتاب", "را", "می‌خوانم", "و", "در", "سال", "۱۴۰۴", "۱۲٫۵", "mp3", "(خبر)", "«سخن»", "تهران-ایرنا",
		"او", "گفت:", "ها.", "۵۰٪", "abc", "x", "۳", "–", "است!", "۱۲:۳۰",
	}
	prefixFaults = []string{
		"ي", "ك", "ﻻ", "ـ", "\u200f", "\u200c", " ", "  ", " .", " ،", ",", ";", "?", "...", "50", "۵۰ %", "50%", " %",
		`"سلام"`, "“سلام”", "example.com/a?b=1", "www.x.ir", "x@y.io", "#تگ", "@نام", "<b>", "`a b`", "&amp;",
		"12,500", "3.14", "1.2.3", "\u00a0", "\t", "\xff", "ي\u0654", "1\uFE0F\u20E3", "( ", " )", ". کتاب", "!!", "؟!",
		// a space before punctuation, which the test removes itself when
		// the pass would, then the next word right after it or after a space
		"ها .", "ها !", "ها :", "ها ،", "ها ؛", "ها ؟", "ها )", "ها »", "ها ]", "۵ .", "a .", "ها ...", "ها ..",
		"ها . ", "ها : ", "ها ، ", "ها ) ", "ها .\u200c", "ها .۱", "ها .1", "ها .…", "ها .a", "ها ._", "ِ .", "ها .«",
		"\t )", "\t\t ،", "- ،", "— ،",
	}
)

// TestNormalPrefixRestartsWhereThePassWould builds lines of normal words
// with faults put in, and checks every configuration's already-normal test
// on them (checkPrefixAgrees).
func TestNormalPrefixRestartsWhereThePassWould(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	var lines []string
	for range 3000 {
		var sb strings.Builder
		words := 2 + r.IntN(14)
		for w := range words {
			if w > 0 {
				sb.WriteByte(' ')
			}
			if r.IntN(6) == 0 {
				sb.WriteString(prefixFaults[r.IntN(len(prefixFaults))])
			}
			sb.WriteString(prefixWords[r.IntN(len(prefixWords))])
		}
		lines = append(lines, sb.String())
	}
	cuts := 0
	for name, opts := range invariantConfigs {
		n := New(append(opts, WithZWNJRepair(false))...)
		for _, line := range lines {
			if msg := checkPrefixAgrees(n, line); msg != "" {
				t.Fatalf("%s: %s", name, msg)
			}
			c := newLineCarry()
			var drops spaceDrops
			if k := n.check.normalPrefix([]byte(line), true, &c, &drops); k > 0 && k < len(line) || drops.n > 0 {
				cuts++
			}
		}
	}
	assert.Greater(t, cuts, 3000, "lines cut after a normal prefix")
}

// TestClassBeforeAgreesWithTheScan: looking back at a rune, the
// already-normal test gives it the class its forward scan gives it (the
// scan's switch, written out here).
func TestClassBeforeAgreesWithTheScan(t *testing.T) {
	for name, opts := range invariantConfigs {
		n := New(opts...)
		ct := &n.check
		for r := rune(0); r < 0x10000; r++ {
			b := []byte(string(r))
			want := clBail
			switch {
			case r < 0x80:
				want = ct.ascii[r]
			case b[0] >= 0xD8 && b[0] <= 0xDB:
				want = ct.arabic2[int(b[0]-0xD8)<<8|int(b[1])]
			case r == 0x200C:
				want = clZWNJ
			case r == 0x2013 || r == 0x2014 || r == 0x2026:
				want = clOther
			case r == 0xAB:
				want = clOpen
			case r == 0xBB:
				want = clClose
			}
			if got := ct.classBefore(append([]byte("ب"), b...), 2+len(b)); got != want {
				t.Fatalf("%s: %U looking back is class %d, forward %d", name, r, got, want)
			}
		}
	}
}
