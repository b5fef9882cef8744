package tokenize

import (
	"strings"
	"testing"
	"testing/iotest"
	"unicode"
	"unicode/utf8"
)

// FuzzTokenize checks the invariants that hold for any input:
//   - tokens are in order, non-empty, within the input and do not overlap;
//   - what lies between tokens is whitespace only, so gaps and tokens
//     together reproduce the input;
//   - multiword tokens' words lie inside their token, in order;
//   - reading a stream one byte at a time gives the same tokens and
//     sentence ends as scanning the bytes in memory;
//   - the last token ends a sentence.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		sample,
		"",
		"خودش گفت: «کتاب‌هایم را بده.» تهران - ایرنا: ۱۲٫۵٪ و 3.14؟!",
		"https://example.com/(a)). ali@example.com @x #y_ز 👨‍👩‍👧 🇮🇷 1️⃣",
		"\u200c\u200c \u200cب ۱۲\u200c \xff\xfe ق.م. Dr. X",
		"خواهم رفت\n\nرفته بود شده شده",
		"…… ؟؟ !! ... \u2029 \r\n",
		heldSample,
		"الف ب پ ت ث - ایرنا: ج و چ… ح ـ خ - فارس - … د",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, opts := range [][]Option{nil, {UD()}, {JoinVerbs()}} {
			mem := scanAll(t, NewBytesScanner([]byte(text), opts...))
			prev := 0
			for i, tok := range mem {
				if tok.Start < prev || tok.End <= tok.Start || tok.End > len(text) {
					t.Fatalf("token %d %+v out of order or range (prev end %d, len %d)", i, tok.Span, prev, len(text))
				}
				if tok.Bytes != text[tok.Start:tok.End] {
					t.Fatalf("token %d bytes %q, input has %q", i, tok.Bytes, text[tok.Start:tok.End])
				}
				if !isSpace(text[prev:tok.Start]) {
					t.Fatalf("non-space %q lost before token %d", text[prev:tok.Start], i)
				}
				if opts == nil && tok.Len() > MaxTokenSize {
					t.Fatalf("token %d longer than MaxTokenSize", i)
				}
				for _, w := range tok.WordsOf {
					if !strings.Contains(tok.Bytes, w) || w == "" {
						t.Fatalf("word %q not in token %q", w, tok.Bytes)
					}
				}
				prev = tok.End
			}
			if !isSpace(text[prev:]) {
				t.Fatalf("non-space %q lost at the end", text[prev:])
			}
			if len(mem) > 0 && !mem[len(mem)-1].SentEnd {
				t.Fatalf("last token does not end a sentence")
			}
			stream := scanAll(t, NewScanner(iotest.OneByteReader(strings.NewReader(text)), opts...))
			if len(stream) != len(mem) {
				t.Fatalf("streaming gave %d tokens, in memory %d", len(stream), len(mem))
			}
			for i := range mem {
				if mem[i].Span != stream[i].Span || mem[i].Kind != stream[i].Kind || mem[i].SentEnd != stream[i].SentEnd ||
					mem[i].Bytes != stream[i].Bytes || strings.Join(mem[i].WordsOf, "+") != strings.Join(stream[i].WordsOf, "+") {
					t.Fatalf("token %d: in memory %+v, streaming %+v", i, mem[i], stream[i])
				}
			}
		}
	})
}

// isSpace reports whether s is whitespace only, in the sense of the
// tokenizer (and of the CoNLL evaluation): Unicode White_Space, and the
// information separators U+001C–U+001F.
func isSpace(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return false
		}
		if !unicode.IsSpace(r) && !(r >= 0x1c && r <= 0x1f) {
			return false
		}
		i += n
	}
	return true
}

// The scanners of FuzzStreamingEqualsInMemory cut tokens at fuzzMaxToken
// bytes instead of MaxTokenSize, so that short inputs take the paths of
// long runs (tokens cut at the limit, a window shorter than the input, the
// buffer compacted and grown) at thousands of executions a second;
// TestStreamingEqualsInMemoryAtAnyChunking checks the same on long inputs with the real
// limits. maxFuzzRun bounds the repeated piece: long enough to outlast the
// window and the buffer, and no longer.
const (
	fuzzMaxToken = 48
	maxFuzzRun   = (queueSize+2)*(2*fuzzMaxToken) + 2*(fuzzMaxToken+lookahead)
)

// withMaxTokenSize is an option for tests: tokens of at most n bytes.
func withMaxTokenSize(n int) Option { return func(o *options) { o.maxToken = n } }

// FuzzStreamingEqualsInMemory checks that a stream gives the tokens, kinds,
// words and sentence ends of the same bytes in memory, however it is cut
// into reads. The fuzzer's short strings are made long: the input is head,
// then piece repeated count times (up to maxFuzzRun bytes), then tail, so
// that runs outlast the window and the buffer. Each byte of reads gives
// the size of one read, cycled: 1–200 bytes, or multiples of 1000.
func FuzzStreamingEqualsInMemory(f *testing.F) {
	f.Add("الف", "\u202f", uint16(20000), "ب", []byte{0, 1, 2}, uint8(0))
	f.Add("الف", "\u3000", uint16(20000), "ب", []byte{200}, uint8(0))
	f.Add("الف", "\u00a0", uint16(20000), "ب", []byte{0, 2, 6}, uint8(1))
	f.Add("", "1404/01/03/", uint16(4000), ".", []byte{4, 250}, uint8(0))
	f.Add("سلام ", "می", uint16(20000), "", []byte{1}, uint8(2))
	f.Add("http://a", ".", uint16(20000), "b", []byte{0}, uint8(0))
	f.Add("«الف", ". ", uint16(9000), "»", []byte{9, 230}, uint8(2))
	f.Add(sample, "\u2028 ", uint16(6000), heldSample, []byte{3, 17, 210}, uint8(1))
	f.Fuzz(func(t *testing.T, head, piece string, count uint16, tail string, reads []byte, opt uint8) {
		// Short parts keep the minimizer quick; the repeats make length.
		head, piece, tail = head[:min(len(head), 64)], piece[:min(len(piece), 64)], tail[:min(len(tail), 64)]
		reads = reads[:min(len(reads), 16)]
		n := 0
		if len(piece) > 0 {
			n = min(int(count), maxFuzzRun/len(piece))
		}
		text := head + strings.Repeat(piece, n) + tail
		sizes := make([]int, 0, len(reads)+1)
		for _, r := range reads {
			if r < 200 {
				sizes = append(sizes, int(r)+1)
			} else {
				sizes = append(sizes, (int(r)-199)*1000)
			}
		}
		if len(sizes) == 0 {
			sizes = append(sizes, 1)
		}
		os := optionSets[int(opt)%len(optionSets)]
		opts := append([]Option{withMaxTokenSize(fuzzMaxToken)}, os.opts...)
		if msg := diffScanners(NewBytesScanner([]byte(text), opts...), NewScanner(&chunkReader{data: text, sizes: sizes}, opts...)); msg != "" {
			t.Fatalf("%s, reads of %v: %s", os.name, sizes, msg)
		}
	})
}
