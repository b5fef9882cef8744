package tokenize

import (
	"errors"
	"io"
	"unicode/utf8"

	"github.com/persiantext/persian/normalize"
)

const (
	// MaxTokenSize is the longest token in bytes. A longer run of letters
	// or of URL characters is cut, at a rune boundary, into tokens of at
	// most this size, so that a Scanner reading a stream needs bounded
	// memory. No byte is lost.
	MaxTokenSize = 16 << 10

	lookahead  = 64                       // bytes a token may need to see past its end
	minWindow  = MaxTokenSize + lookahead // unread bytes the lexer sees, unless at EOF
	queueSize  = 8                        // tokens waiting for their sentence decision
	maxGap     = 256                      // consumed whitespace kept between queued tokens
	initialBuf = 2 * minWindow            // first buffer size when reading a stream
	maxBuf     = (queueSize+2)*(MaxTokenSize+maxGap) + minWindow
)

// limits returns the longest token, the lexer's window, the largest
// buffer and the longest gap compact keeps of s: the package's constants,
// or the smaller ones of a test.
func (s *Scanner) limits() (maxToken, window, maxBuffer, gap int) {
	if m := s.opts.maxToken; m > 0 {
		return m, m + lookahead, (queueSize+2)*(2*m) + m + lookahead, m
	}
	return MaxTokenSize, minWindow, maxBuf, maxGap
}

// errNoProgress is returned when the reader keeps returning no data and no error.
var errNoProgress = errors.New("tokenize: reader returned no data many times in a row")

// pending is a token that has been lexed but not yet returned by Scan,
// because its sentence decision may depend on the tokens after it.
type pending struct {
	start, end int // absolute byte offsets
	off        int // offset of the token's bytes in the buffer
	kind       Kind
	newlines   uint8 // line feeds in the whitespace before the token, at most 2
	spaced     bool  // whitespace before the token
	sentEnd    bool  // the token ends a sentence
}

// A Scanner reads tokens one at a time, in the manner of bufio.Scanner,
// from a byte slice or an io.Reader. After Scan returns true, Token, Bytes
// and EndsSentence describe the current token; Bytes and Token.Words stay
// valid until the next call to Scan. Scanning allocates nothing per token.
//
// Reading a stream, a Scanner holds at most a few hundred kilobytes,
// however long the input or its lines are (see MaxTokenSize), and it
// returns the same tokens and sentence ends as a Scanner over the same
// bytes in memory, however the reads cut them. Either way, scanning takes
// time linear in the input.
//
// A Scanner is not safe for concurrent use.
type Scanner struct {
	opts options

	r     io.Reader
	buf   []byte
	pos   int // lexing position in buf
	hi    int // end of the data in buf
	abs   int // absolute offset of buf[pos]
	eof   bool
	err   error
	owned bool // buf was allocated by the Scanner and may be reused

	newlines uint8 // line feeds seen since the last token
	spaced   bool  // whitespace seen since the last token

	q      [queueSize]pending
	qhead  int // sequence number of the first queued token
	qlen   int
	pushed int // tokens pushed so far

	sent sentenceState

	tok    Token // the current token, with offsets into the text tokenized
	tokOff int
	tokEnd bool
	hasTok bool // the current token's bytes are in buf
	words  [maxWords]Span

	// With Normalize, the text tokenized is the normalized text: offs maps
	// it back to the raw input, and rawTok is tok with raw offsets.
	offs     normalize.OffsetMap
	rawTok   Token
	rawWords [maxWords]Span
	normBuf  []byte     // the normalized copy of a byte slice, kept for ResetBytes
	norm     normReader // reads a stream through the normalizer
}

// NewScanner returns a Scanner that reads from r, with the given options.
func NewScanner(r io.Reader, opts ...Option) *Scanner {
	return New(opts...).NewScanner(r)
}

// NewBytesScanner returns a Scanner over b, with the given options. The
// Scanner does not copy b; b must not change while it is scanned.
func NewBytesScanner(b []byte, opts ...Option) *Scanner {
	return New(opts...).NewBytesScanner(b)
}

// Reset makes s read from r, keeping its options and its buffer.
func (s *Scanner) Reset(r io.Reader) {
	buf := s.buf
	if !s.owned {
		buf = nil
	}
	edits := s.offs
	edits.Reset()
	*s = Scanner{opts: s.opts, r: r, buf: buf[:cap(buf)], owned: true, offs: edits, normBuf: s.normBuf, norm: s.norm}
	if len(s.buf) == 0 {
		s.buf = make([]byte, initialBuf)
	}
	if s.opts.normalize {
		t := s.norm.t
		if t == nil {
			t = s.opts.norm.OffsetTransformer(&s.offs)
		}
		s.norm.reset(t, r)
		s.r = &s.norm
	}
	s.sent.reset()
}

// ResetBytes makes s scan b, keeping its options.
func (s *Scanner) ResetBytes(b []byte) {
	edits := s.offs
	edits.Reset()
	normBuf := s.normBuf
	if s.opts.normalize {
		normBuf = s.opts.norm.AppendOffsets(normBuf[:0], b, &edits)
		b = normBuf
	}
	*s = Scanner{opts: s.opts, buf: b, hi: len(b), eof: true, offs: edits, normBuf: normBuf, norm: s.norm}
	s.sent.reset()
}

// Err returns the first error of the reader other than io.EOF.
func (s *Scanner) Err() error { return s.err }

// Token returns the current token. Its Text is empty (see Bytes); its
// Words, in UD mode, are valid until the next call to Scan. With
// Normalize, its offsets are offsets into the raw input.
func (s *Scanner) Token() Token {
	if s.opts.normalize {
		return s.rawTok
	}
	return s.tok
}

// Bytes returns the text of the current token (normalized, with
// Normalize). The slice points into the Scanner's buffer (or the scanned
// slice) and is valid until the next call to Scan.
func (s *Scanner) Bytes() []byte {
	return s.buf[s.tokOff : s.tokOff+s.tok.End-s.tok.Start]
}

// Text returns the text of the current token as a newly allocated string.
func (s *Scanner) Text() string { return string(s.Bytes()) }

// EndsSentence reports whether the current token is the last of a sentence.
// The last token of the input always ends a sentence.
func (s *Scanner) EndsSentence() bool { return s.tokEnd }

// WordBytes returns the text of the i-th syntactic word of the current
// token, for i < len(Token().Words).
func (s *Scanner) WordBytes(i int) []byte {
	w := s.tok.Words[i]
	return s.buf[s.tokOff+w.Start-s.tok.Start : s.tokOff+w.End-s.tok.Start]
}

func (s *Scanner) at(seq int) *pending { return &s.q[seq%queueSize] }

// Scan advances to the next token. It returns false at the end of the
// input or after a read error (see Err).
func (s *Scanner) Scan() bool {
	s.hasTok = false
	s.lexUntilDecided()
	if s.qlen == 0 {
		s.tok, s.rawTok = Token{}, Token{}
		return false
	}
	h := s.at(s.qhead)
	s.tok = Token{Span: Span{h.start, h.end}, Kind: h.kind}
	s.tokOff = h.off
	s.tokEnd = h.sentEnd
	s.hasTok = true
	s.qhead++
	s.qlen--
	if s.opts.joinVerbs && !s.opts.ud && h.kind == Word {
		s.joinVerbs()
	}
	if s.opts.ud && s.tok.Kind == Word {
		if n := splitClitic(s.Bytes(), s.tok.Start, &s.words); n > 1 {
			s.tok.Words = s.words[:n]
		}
	}
	if s.opts.normalize {
		s.mapToRaw()
	}
	return true
}

// mapToRaw sets rawTok, the current token with offsets into the raw input,
// and drops the part of the offset map that no later token needs.
func (s *Scanner) mapToRaw() {
	s.offs.Forget(s.tok.Start)
	s.rawTok = s.tok
	s.rawTok.Start, s.rawTok.End = s.offs.Raw(s.tok.Start, s.tok.End)
	if s.tok.Words != nil {
		for i, w := range s.tok.Words {
			s.rawWords[i].Start, s.rawWords[i].End = s.offs.Raw(w.Start, w.End)
		}
		s.rawTok.Words = s.rawWords[:len(s.tok.Words)]
	}
}

// lexUntilDecided lexes tokens until the first queued token knows whether
// it ends a sentence, and a second is queued, or the input ends.
func (s *Scanner) lexUntilDecided() {
	for s.qlen < 2 || !s.sent.decided(s.qhead) {
		if s.qlen == queueSize {
			// A long run of closing punctuation: give up waiting.
			s.sent.force(s)
			break
		}
		if !s.lexNext() {
			s.sent.finish(s)
			break
		}
	}
}

// lexNext lexes one token into the queue. It returns false at the end of
// the input.
//
// The lexer sees the same bytes whether the input is in memory or read from
// a stream, however the reads are cut: the window from the token's start to
// minWindow bytes further, or to the end of the input. Bounding the window
// keeps the cost of a token proportional to its length, so that a run far
// longer than MaxTokenSize, cut into many tokens, is scanned in linear time,
// and it makes the tokens of a stream equal to those of the same bytes in
// memory.
func (s *Scanner) lexNext() bool {
	maxToken, window, _, _ := s.limits()
	for {
		if !s.eof && s.hi-s.pos < window {
			s.fill()
		}
		b := s.buf[s.pos:s.hi]
		i := 0
	space:
		for i < len(b) {
			c0 := b[i]
			if c0 < utf8.RuneSelf {
				switch asciiClass[c0] {
				case cSpace:
					i++
					continue
				case cNewline:
					if s.newlines < 2 {
						s.newlines++
					}
					i++
					continue
				}
				break space
			}
			r, n, c := decode(b[i:])
			switch c {
			case cSpace:
			case cNewline:
				s.newlines++
				if r == '\u2029' { // paragraph separator
					s.newlines = 2
				}
				if s.newlines > 2 {
					s.newlines = 2
				}
			default:
				break space
			}
			i += n
		}
		if i > 0 {
			s.spaced = true
			s.pos += i
			s.abs += i
		}
		if s.pos == s.hi {
			if s.eof {
				return false
			}
			continue
		}
		if !s.eof && !utf8.FullRune(s.buf[s.pos:s.hi]) {
			// The whitespace may go on in a rune whose bytes are not all
			// read yet (a read that ends inside U+202F): read on before
			// deciding.
			continue
		}
		if !s.eof && s.hi-s.pos < window {
			s.fill() // the token may need more; lex what there is after that
		}
		n, k := lex(s.buf[s.pos:min(s.hi, s.pos+window)])
		if n > maxToken {
			n = maxToken
			for n > 0 && !utf8.RuneStart(s.buf[s.pos+n]) {
				n--
			}
			if n == 0 {
				n = 1
			}
		}
		p := s.at(s.qhead + s.qlen)
		*p = pending{start: s.abs, end: s.abs + n, off: s.pos, kind: k, newlines: s.newlines, spaced: s.spaced || s.pushed == 0}
		s.qlen++
		s.pushed++
		s.pos += n
		s.abs += n
		s.newlines, s.spaced = 0, false
		s.sent.push(s, s.qhead+s.qlen-1)
		return true
	}
}

// fill reads from the reader until the lexer has minWindow bytes to look at
// or the input ends. It moves the bytes still needed to the front of the
// buffer (see compact) and grows the buffer, up to maxBuf, when they and a
// window do not fit.
func (s *Scanner) fill() {
	_, window, maxBuffer, _ := s.limits()
	if s.r == nil {
		s.eof = true
		return
	}
	if len(s.buf)-s.hi < window {
		s.compact()
	}
	if need := s.pos + window; need > len(s.buf) && len(s.buf) < maxBuffer {
		size := len(s.buf)
		for size < need {
			size *= 2
		}
		nb := make([]byte, min(size, maxBuffer))
		copy(nb, s.buf[:s.hi])
		s.buf = nb
	}
	empty := 0
	for s.hi-s.pos < window && s.hi < len(s.buf) {
		n, err := s.r.Read(s.buf[s.hi:])
		if n < 0 || n > len(s.buf)-s.hi {
			n = 0
			err = errors.New("tokenize: reader returned an invalid count")
		}
		s.hi += n
		if err != nil {
			if err != io.EOF {
				s.err = err
			}
			s.eof = true
			return
		}
		if n == 0 {
			empty++
			if empty >= 100 {
				s.err = errNoProgress
				s.eof = true
				return
			}
		} else {
			empty = 0
		}
	}
}

// compact moves the bytes still needed to the front of the buffer: the
// current token (verb joining reads ahead while building it), the queued
// tokens and the unread input, in this order. Whitespace between them is
// kept when it is at most maxGap bytes, which leaves the words of a verb
// group contiguous, and dropped when longer, since only the tokens' bytes
// must stay. The buffer then never holds more than the tokens, short gaps
// and a window, which maxBuf allows for.
func (s *Scanner) compact() {
	_, _, _, maxGap := s.limits()
	w := 0     // where the next kept byte goes
	last := -1 // the end, in the buffer before the move, of the last part kept
	// keep moves the part [off, off+n) to w, with the gap before it if that
	// is short, and returns the part's new offset.
	keep := func(off, n int) int {
		from := off
		if last >= 0 && off-last <= maxGap {
			from = last
		}
		copy(s.buf[w:], s.buf[from:off+n])
		moved := w + off - from
		w += off + n - from
		last = off + n
		return moved
	}
	if s.hasTok {
		s.tokOff = keep(s.tokOff, s.tok.End-s.tok.Start)
	}
	for i := 0; i < s.qlen; i++ {
		p := s.at(s.qhead + i)
		p.off = keep(p.off, p.end-p.start)
	}
	unread := s.hi - s.pos
	s.pos = keep(s.pos, unread)
	s.hi = s.pos + unread
}
