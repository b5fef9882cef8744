package tokenize

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sample is Persian prose written for these tests, with the token kinds the
// tokenizer knows.
const sample = `تهران - ایرنا: نرخ تورم در اسفند ۱۴۰۳ به ۳۲٫۵٪ رسید و قیمت هر کیلو برنج ۱۲۵٬۰۰۰ تومان شد.
رئیس بانک مرکزی گفت: «این رقم از پیش‌بینی‌ها کمتر است.» او افزود که گزارش کامل در https://example.ir/report?id=12 منتشر می‌شود.

کاربران با هشتگ #تورم_ماهانه و #قیمت‌ها نظر دادند؛ یکی نوشت: «چرا؟!» 😞👍🏽 و دیگری به @eghtesad_news ایمیل زد (info@example.ir).
جلسه ساعت 18:14 روز ۱۴۰۴/۰۱/۰۳ تمام شد... خودشان معتقدند کتاب‌هایشان را خواهند فروخت.`

type scanned struct {
	Token
	Bytes   string
	SentEnd bool
	WordsOf []string
}

func scanAll(t testing.TB, s *Scanner) []scanned {
	var out []scanned
	for s.Scan() {
		tok := s.Token()
		sc := scanned{Token: tok, Bytes: string(s.Bytes()), SentEnd: s.EndsSentence()}
		for i := range tok.Words {
			sc.WordsOf = append(sc.WordsOf, string(s.WordBytes(i)))
		}
		sc.Words = nil
		out = append(out, sc)
	}
	require.NoError(t, s.Err())
	return out
}

func TestStreamingEqualsInMemory(t *testing.T) {
	long := strings.Repeat(sample+"\n", 200) + strings.Repeat("ب", 3*MaxTokenSize) + " " +
		strings.Repeat(" ", 5*MaxTokenSize) + "پایان." + strings.Repeat("\n", 3*MaxTokenSize) + "آخر"
	readers := map[string]func(string) io.Reader{
		"one byte": func(s string) io.Reader { return iotest.OneByteReader(strings.NewReader(s)) },
		"half":     func(s string) io.Reader { return iotest.HalfReader(strings.NewReader(s)) },
		"data+EOF": func(s string) io.Reader { return iotest.DataErrReader(strings.NewReader(s)) },
		"plain":    func(s string) io.Reader { return strings.NewReader(s) },
		"timeout":  func(s string) io.Reader { return iotest.TimeoutReader(strings.NewReader(s)) },
	}
	for _, opts := range [][]Option{nil, {UD()}, {JoinVerbs()}} {
		want := scanAll(t, NewBytesScanner([]byte(long), opts...))
		for name, mk := range readers {
			if name == "timeout" {
				continue // checked in TestReadErrorIsReported
			}
			t.Run(name, func(t *testing.T) {
				got := scanAll(t, NewScanner(mk(long), opts...))
				assert.Equal(t, want, got)
			})
		}
	}
}

// heldSample has sentence ends that are decided several tokens later: a
// headline that runs into a dateline, lists that trail off with an ellipsis,
// and a verb group before a dateline.
const heldSample = `افزایش بارش برف در کوهستان تبریز - ایرنا: برف سنگین راه‌ها را بست و کاج و سرو… را پوشاند.
این خبر دیروز گفته شد مشهد - ایسنا: بازار گل و نرگس… رونق گرفت. پدر آمد و رفت… ` +
	`سه روز بارش برف در کوهستان زنجان - ایرنا گزارش داد. سفر وزیر به تهران - مهر: پایان`

func TestStreamingEqualsInMemoryWithHeldTokens(t *testing.T) {
	text := strings.Repeat(heldSample+"\n", 50)
	for _, opts := range [][]Option{nil, {UD()}, {JoinVerbs()}} {
		want := scanAll(t, NewBytesScanner([]byte(text), opts...))
		got := scanAll(t, NewScanner(iotest.OneByteReader(strings.NewReader(text)), opts...))
		assert.Equal(t, want, got, "options %v", opts)
	}
}

func TestVerbGroupBeforeDateline(t *testing.T) {
	got := New(JoinVerbs()).SentenceTokens("این خبر دیروز گفته شد مشهد - ایسنا: بازار رونق گرفت.")
	require.Len(t, got, 3)
	first := got[0]
	assert.Equal(t, "گفته شد", first[len(first)-1].Text)
	assert.Equal(t, "مشهد", got[1][0].Text)
}

func TestTokensCoverInputExceptSpace(t *testing.T) {
	toks := Tokens(sample)
	prev := 0
	var rebuilt strings.Builder
	for _, tok := range toks {
		gap := sample[prev:tok.Start]
		assert.Empty(t, strings.TrimSpace(gap), "gap %q before %q", gap, tok.Text)
		rebuilt.WriteString(gap)
		rebuilt.WriteString(tok.Text)
		prev = tok.End
	}
	rebuilt.WriteString(sample[prev:])
	assert.Equal(t, sample, rebuilt.String())
}

func TestScannerAllocatesNothingPerToken(t *testing.T) {
	text := []byte(strings.Repeat(sample+"\n"+heldSample+"\n", 20))
	for _, opts := range [][]Option{nil, {UD()}, {JoinVerbs()}} {
		s := NewBytesScanner(text, opts...)
		s.Scan() // load the lexicon in UD mode
		allocs := testing.AllocsPerRun(5, func() {
			s.ResetBytes(text)
			for s.Scan() {
				_ = s.Bytes()
			}
		})
		assert.Zero(t, allocs, "options %v", opts)
	}
	str := string(text)
	r := strings.NewReader(str)
	s := NewScanner(r)
	allocs := testing.AllocsPerRun(5, func() {
		r.Reset(str)
		s.Reset(r)
		for s.Scan() {
		}
	})
	assert.Zero(t, allocs, "streaming")
}

func TestReadErrorIsReported(t *testing.T) {
	boom := errors.New("boom")
	s := NewScanner(io.MultiReader(strings.NewReader("سلام دنیا"), iotest.ErrReader(boom)))
	var got []string
	for s.Scan() {
		got = append(got, s.Text())
	}
	assert.Equal(t, []string{"سلام", "دنیا"}, got)
	assert.ErrorIs(t, s.Err(), boom)

	s = NewScanner(iotest.TimeoutReader(strings.NewReader(strings.Repeat("الف ", 20000))))
	for s.Scan() {
	}
	assert.ErrorIs(t, s.Err(), iotest.ErrTimeout)
}

type emptyReader struct{}

func (emptyReader) Read([]byte) (int, error) { return 0, nil }

func TestReaderWithoutProgress(t *testing.T) {
	s := NewScanner(emptyReader{})
	assert.False(t, s.Scan())
	assert.ErrorIs(t, s.Err(), errNoProgress)
}

func TestStreamingMemoryIsBounded(t *testing.T) {
	// One line of 8 MB with no space: the buffer must not grow with it.
	r := io.MultiReader(strings.NewReader("آغاز "), bytes.NewReader(bytes.Repeat([]byte("ش"), 4<<20)))
	s := NewScanner(r)
	n := 0
	for s.Scan() {
		n++
		require.LessOrEqual(t, len(s.Bytes()), MaxTokenSize)
	}
	assert.Greater(t, n, (8<<20)/MaxTokenSize)
	assert.LessOrEqual(t, cap(s.buf), maxBuf)
}

func TestResetReusesScanner(t *testing.T) {
	s := NewScanner(strings.NewReader("یک دو"))
	first := scanAll(t, s)
	s.Reset(strings.NewReader("یک دو"))
	assert.Equal(t, first, scanAll(t, s))
	s.ResetBytes([]byte("یک دو"))
	assert.Equal(t, first, scanAll(t, s))
}
