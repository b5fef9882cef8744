package tokenize

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// chunkReader returns its data in reads of the given sizes, cycled, the way
// a network connection or a pipe cuts a stream.
type chunkReader struct {
	data  string
	sizes []int
	i     int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := min(r.sizes[r.i%len(r.sizes)], len(p), len(r.data))
	r.i++
	copy(p, r.data[:n])
	r.data = r.data[n:]
	return n, nil
}

// randomSizes returns sizes between 1 and max, from a fixed seed.
func randomSizes(seed uint64, max int) []int {
	rng := rand.New(rand.NewPCG(seed, 0))
	sizes := make([]int, 97)
	for i := range sizes {
		sizes[i] = 1 + rng.IntN(max)
	}
	return sizes
}

// optionSets are the options whose Scanners the tests compare.
var optionSets = []struct {
	name string
	opts []Option
}{
	{"default", nil},
	{"UD", []Option{UD()}},
	{"JoinVerbs", []Option{JoinVerbs()}},
}

// chunkings are the ways a test cuts a stream into reads.
var chunkings = map[string]func(string) io.Reader{
	"one byte":     func(s string) io.Reader { return iotest.OneByteReader(strings.NewReader(s)) },
	"half":         func(s string) io.Reader { return iotest.HalfReader(strings.NewReader(s)) },
	"data+EOF":     func(s string) io.Reader { return iotest.DataErrReader(strings.NewReader(s)) },
	"1-3 bytes":    func(s string) io.Reader { return &chunkReader{data: s, sizes: randomSizes(1, 3)} },
	"1-7 bytes":    func(s string) io.Reader { return &chunkReader{data: s, sizes: randomSizes(2, 7)} },
	"1-5000 bytes": func(s string) io.Reader { return &chunkReader{data: s, sizes: randomSizes(3, 5000)} },
	"5000 bytes":   func(s string) io.Reader { return &chunkReader{data: s, sizes: []int{5000}} },
	"whole":        func(s string) io.Reader { return strings.NewReader(s) },
}

// longInputs are inputs whose runs outlast the lexer's window or the
// Scanner's buffer: whitespace of one to three bytes a character, letters,
// numbers, URLs, and sentence ends that wait behind long gaps.
var longInputs = map[string]string{
	"narrow no-break spaces":      "الف" + strings.Repeat("\u202f", 20000) + "ب",
	"ideographic spaces":          "الف" + strings.Repeat("\u3000", 20000) + "ب",
	"line separators":             "الف" + strings.Repeat("\u2028", 20000) + "ب",
	"no-break spaces":             "الف" + strings.Repeat("\u00a0", 20000) + "ب",
	"paragraph separators":        "الف" + strings.Repeat("\u2029", 9000) + "ب",
	"mixed spaces":                strings.Repeat("کتاب\u00a0\u202f \u2009\u3000\n", 1500),
	"letters":                     strings.Repeat("ب", 3*MaxTokenSize+7),
	"letters after a space":       "ا " + strings.Repeat("ب", 3*MaxTokenSize+7),
	"dates":                       strings.Repeat("1404/01/03/", 6000),
	"mi":                          strings.Repeat("می", 12000),
	"mi with ZWNJ":                strings.Repeat("می\u200c", 7000),
	"latin words and dots":        strings.Repeat("a.", 12000),
	"URL then dots":               "http://a" + strings.Repeat(".", 20000) + "b",
	"URL then brackets":           strings.Repeat("http://a"+strings.Repeat(")", 5000)+" ", 5),
	"closers behind gaps":         "الف." + strings.Repeat(strings.Repeat(" ", 30000)+"»", 8) + strings.Repeat("ب", 40000) + " پایان.",
	"verbs behind gaps":           strings.Repeat("نوشته"+strings.Repeat(" ", 3)+"خواهد شد."+strings.Repeat("\n", 6000), 5),
	"long words in quotes":        strings.Repeat("«"+strings.Repeat("ش", 9000)+".» ", 4),
	"invalid bytes in spaces":     strings.Repeat("\u202f\xe2\x80", 4000) + "ب",
	"prose and a huge gap":        sample + strings.Repeat("\u3000", 7000) + sample,
	"held dateline, long gaps":    strings.Repeat(heldSample+strings.Repeat("\u00a0", 9000), 3),
	"long terminators, long gaps": "الف" + longTerminators(),
}

// longTerminators returns eight runs of different terminators with
// whitespace after each: the sentence end is undecided until the last run,
// so all wait in the Scanner's queue. The lengths, found by a search, once
// filled the buffer with runs and gaps so that the last run was lexed from
// a short window and cut early when read in pieces of 5000 bytes.
func longTerminators() string {
	terms := []string{".", "!", "?", "؟", "…", "۔", "‼", "⁉"}
	runs := []int{3870, 4647, 1224, 6443, 12377, 11187, 16301, 16301}
	gaps := []int{30194, 36190, 7172, 10067, 12644, 19943, 34967, 19314}
	var b strings.Builder
	for i, term := range terms {
		b.WriteString(strings.Repeat(term, runs[i]/len(term)+1))
		b.WriteString(strings.Repeat(" ", gaps[i]))
	}
	b.WriteString("پایان")
	return b.String()
}

// TestStreamingEqualsInMemoryAtAnyChunking reads each long input through
// readers that cut it in different places, and checks that the tokens,
// their kinds, words and sentence ends are those of the same bytes in
// memory.
func TestStreamingEqualsInMemoryAtAnyChunking(t *testing.T) {
	for name, text := range longInputs {
		for _, os := range optionSets {
			for cname, mk := range chunkings {
				msg := diffScanners(NewBytesScanner([]byte(text), os.opts...), NewScanner(mk(text), os.opts...))
				assert.Empty(t, msg, "%s, %s reads, %s", name, cname, os.name)
			}
		}
	}
}

// diffScanners scans want and got in step and describes the first token
// where they differ, in span, kind, text, words or sentence end, or the
// first error; it returns "" if they agree.
func diffScanners(want, got *Scanner) string {
	for i := 0; ; i++ {
		w, g := want.Scan(), got.Scan()
		if w && !g {
			return fmt.Sprintf("token %d: want %v %q, got the end (error %v)", i, want.Token().Span, want.Bytes(), got.Err())
		}
		if g && !w {
			return fmt.Sprintf("token %d: want the end, got %v %q", i, got.Token().Span, got.Bytes())
		}
		if !w {
			break
		}
		wt, gt := want.Token(), got.Token()
		if wt.Span != gt.Span || wt.Kind != gt.Kind || !bytes.Equal(want.Bytes(), got.Bytes()) ||
			want.EndsSentence() != got.EndsSentence() || !slices.Equal(wt.Words, gt.Words) {
			return fmt.Sprintf("token %d: want %v %v %q end=%v words %v, got %v %v %q end=%v words %v", i,
				wt.Span, wt.Kind, want.Bytes(), want.EndsSentence(), wt.Words,
				gt.Span, gt.Kind, got.Bytes(), got.EndsSentence(), gt.Words)
		}
	}
	if want.Err() != nil || got.Err() != nil {
		return fmt.Sprintf("errors: %v, %v", want.Err(), got.Err())
	}
	return ""
}

func TestLongRunOfMultiByteSpacesIsNoToken(t *testing.T) {
	for _, space := range []string{"\u202f", "\u3000", "\u2028", "\u00a0"} {
		text := "الف" + strings.Repeat(space, 20000) + "ب"
		for cname, mk := range chunkings {
			got := scanAll(t, NewScanner(mk(text)))
			require.Len(t, got, 2, "%U, %s reads", []rune(space)[0], cname)
			assert.Equal(t, "الف", got[0].Bytes)
			assert.Equal(t, "ب", got[1].Bytes)
			assert.Equal(t, len(text)-len("ب"), got[1].Start)
		}
	}
}

// TestLexerSeesABoundedWindow checks the bound that keeps in-memory
// scanning linear: the lexer sees minWindow bytes from the token's start,
// not the rest of the input. Here the URL's end depends on whether the
// lexer looks past the run of periods; it does not, in memory as in a
// stream, so the periods are trimmed as the end of a sentence would be.
func TestLexerSeesABoundedWindow(t *testing.T) {
	text := "http://a" + strings.Repeat(".", MaxTokenSize+lookahead) + "b"
	toks := Tokens(text)
	require.NotEmpty(t, toks)
	assert.Equal(t, Token{Span: Span{0, 8}, Kind: URL, Text: "http://a"}, toks[0])
	got := scanAll(t, NewScanner(iotest.OneByteReader(strings.NewReader(text))))
	assert.Equal(t, "http://a", got[0].Bytes)
}

func TestEmailLocalPartIsAtMost64Bytes(t *testing.T) {
	ok := strings.Repeat("a", 64) + "@example.com"
	assert.Equal(t, []tk{{ok, Email}}, tokensOf(t, ok))
	long := strings.Repeat("a", 65) + "@example.com"
	assert.Equal(t, Word, tokensOf(t, long)[0].kind)
}

func TestURLKeepsOnlyTheBracketsItOpened(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"(http://example.com/a_(b))", "http://example.com/a_(b)"},
		{"[http://example.com/a[1]]", "http://example.com/a[1]"},
		{"http://example.com/a)]}", "http://example.com/a"},
		{"http://example.com/(a)(b)))", "http://example.com/(a)(b)"},
		{"http://example.com/a" + strings.Repeat(")", 3000), "http://example.com/a"},
	}
	for _, tt := range tests {
		var urls []string
		for _, tok := range Tokens(tt.in) {
			if tok.Kind == URL {
				urls = append(urls, tok.Text)
			}
		}
		assert.Equal(t, []string{tt.want}, urls, "%.40q", tt.in)
	}
}
