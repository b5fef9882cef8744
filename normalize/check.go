package normalize

import (
	"bytes"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/script"
)

// The already-normal test behind Span and the fast path of every pass. It
// reads a segment once, classifying each rune with a table and checking
// each pair of neighbours with another, and answers "the character pass
// leaves this unchanged" only when it is sure; anything unusual (a rune
// the pass would map, ASCII , ; ? that might become Persian, a protected
// span marker, a Latin digit in Persian text) makes it answer no, and the
// full pass runs instead. A fuzz test checks that a yes is always right.

// Rune classes of the test.
const (
	clBail      uint8 = iota // anything the test does not vouch for
	clOther                  // neutral: - / * + = _ ' … – — tab and the like
	clSpace                  // U+0020
	clLatin                  // ASCII letter or '_'
	clDigitL                 // Latin digit that the target set would change
	clDigitOK                // digit already in the target set
	clJoin                   // Arabic-script letter that joins the next one
	clNonJoin                // Arabic-script letter that does not
	clMark                   // a kept Arabic combining mark
	clZWNJ                   // U+200C
	clPunctP                 // ، ؛ ؟
	clPunctA                 // ! :
	clDot                    // .
	clOpen                   // ( [ { «
	clClose                  // ) ] } »
	clPercent                // % or ٪ where a number before it would change it
	clLineStart              // virtual: before the first rune of a line
	clCont                   // virtual: before the first rune of a continued line
)

const numClasses = int(clCont) + 1

// checkTables are the tables of one Normalizer's configuration.
type checkTables struct {
	ascii  [128]uint8
	arabic [256]uint8 // U+0600–U+06FF
	// arabic2 is arabic indexed by the two bytes of the rune: the lead
	// byte minus 0xD8 and the whole second byte (clBail when it is not a
	// continuation byte).
	arabic2 [4 << 8]uint8
	bad     [numClasses * numClasses]bool
	spacing bool // the spacing rules are on: spaces before punctuation go
}

func newCheckTables(n *Normalizer) checkTables {
	t := checkTables{spacing: n.cfg.spacing}
	for b := 0; b < 128; b++ {
		c := clBail
		switch {
		case b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_':
			c = clLatin
		case b >= '0' && b <= '9':
			c = clDigitL
			if n.cfg.digits != PersianDigits {
				c = clDigitOK
			}
		case b == ' ':
			c = clSpace
		case b == '.':
			c = clDot
		case b == '!' || b == ':':
			c = clPunctA
		case b == '(' || b == '[' || b == '{':
			c = clOpen
		case b == ')' || b == ']' || b == '}':
			c = clClose
		case b == '\t' || b == '-' || b == '/' || b == '*' || b == '+' || b == '=' || b == '\'' ||
			b == '%' || b == '$' || b == '^' || b == '|' || b == '~' || b == '\\':
			c = clOther
			if b == '%' && n.cfg.digits == PersianDigits {
				c = clPercent
			}
		}
		t.ascii[b] = c
	}
	for i := range t.arabic {
		r := rune(0x0600 + i)
		c := clBail
		if n.letters[i] == mapKeep {
			switch {
			case script.IsLetter(r) && script.IsJoiningLetter(r):
				c = clJoin
			case script.IsLetter(r):
				c = clNonJoin
			case isArabicMark(r):
				c = clMark
			case r == '،' || r == '؛' || r == '؟':
				c = clPunctP
			case r >= 0x06F0 && r <= 0x06F9:
				if n.cfg.digits != LatinDigits {
					c = clDigitOK
				}
			case r >= 0x0660 && r <= 0x0669:
				if n.cfg.digits == KeepDigits {
					c = clDigitOK
				}
			case r == script.DecimalSeparator || r == script.ThousandsSeparator:
				if n.cfg.digits != LatinDigits {
					c = clOther
				}
			case r == arabicPercent:
				c = clOther
				if n.cfg.digits == LatinDigits {
					c = clPercent
				}
			}
		}
		t.arabic[i] = c
		t.arabic2[i>>6<<8|0x80|i&0x3F] = c
	}
	bad := func(prev, cur uint8) { t.bad[int(prev)*numClasses+int(cur)] = true }
	for p := uint8(0); int(p) < numClasses; p++ {
		bad(p, clBail)
		if p != clJoin {
			bad(p, clZWNJ)
		}
		if p != clLatin && p != clDigitL {
			bad(p, clDigitL)
		}
		if p != clJoin && p != clNonJoin {
			bad(clZWNJ, p)
		}
		if p != clJoin && p != clNonJoin && p != clLatin && p != clDigitOK {
			bad(clCont, p)
		}
	}
	for _, p := range []uint8{clSpace, clLineStart} {
		for _, c := range []uint8{clSpace, clPunctP, clPunctA, clDot, clClose, clZWNJ} {
			bad(p, c)
		}
	}
	bad(clOpen, clSpace)
	for _, c := range []uint8{clJoin, clNonJoin, clLatin, clDigitL, clDigitOK} {
		bad(clPunctP, c)
	}
	for _, c := range []uint8{clJoin, clNonJoin} {
		bad(clPunctA, c)
		bad(clDot, c)
	}
	bad(clDigitOK, clPercent) // 50% → ۵۰٪, ۵۰٪ → 50%
	bad(clSpace, clPercent)   // 50 % → ۵۰ ٪
	bad(clDot, clDot)
	bad(clDigitL, clDot)
	bad(clDigitOK, clDot)
	return t
}

// normal reports whether the character pass leaves seg unchanged, given
// the carry c of its line; lineEnd tells whether seg ends its line.
func (t *checkTables) normal(seg []byte, lineEnd bool, c *carry) bool {
	return t.normalPrefix(seg, lineEnd, c, nil) == len(seg)
}

// spaceDrops lists the spaces of a segment that the character pass would
// remove before punctuation and that the already-normal test removes
// itself (see normalPrefix), by their index in the segment.
type spaceDrops struct {
	n  int
	at [maxSpaceDrops]int32
}

// maxSpaceDrops bounds the spaces one test removes: a segment with more is
// left to the pass after the last.
const maxSpaceDrops = 32

// appendKept appends seg without the dropped spaces to dst and, with rec,
// appends each removal to rec.seg (offsets from the start of seg and of
// what it appends).
func (d *spaceDrops) appendKept(dst, seg []byte, rec *recording) []byte {
	from := 0
	for k, at := range d.at[:d.n] {
		if int(at) >= len(seg) {
			break
		}
		dst = append(dst, seg[from:at]...)
		if rec != nil {
			o := int(at) - k // one byte less for each space removed before
			rec.seg = append(rec.seg, edit{int(at), int(at) + 1, o, o})
		}
		from = int(at) + 1
	}
	return append(dst, seg[from:]...)
}

// normalPrefix returns len(seg) when the character pass leaves seg
// unchanged, given the carry c of its line (lineEnd tells whether seg
// ends its line), but for the spaces it lists in d. Otherwise it returns
// the length of a prefix of seg that the pass leaves unchanged (but for
// those spaces) and after which it may start afresh, with the carry
// advanced over the prefix's output: the work the test did is kept, and
// the pass runs on the rest only.
//
// The prefix ends at the start of a word, just after a space, before the
// rune pair the test rejects: no rule of the pass looks back across such a
// point beyond what the carry holds. (The rules that reach back further
// start at a quotation mark, a number or a protected span, none of which
// spans a space or ends a prefix: a number keeps its percent sign after
// spaces, but the prefix then ends before the number.)
//
// With d, the test also removes what scraped and tokenized text has most:
// one space before ، ؛ ؟ or a closing bracket, and one space after a
// Persian letter before . ! or : that no digit, Latin word, full stop or
// ellipsis follows (shaper.dropsSpaceBefore). The pass removes those
// spaces and changes nothing else there, so the test goes on after them
// instead of handing the rest of the segment to the pass. Without d (Span,
// which vouches for text only when it stays as it is) such a space ends
// the prefix.
func (t *checkTables) normalPrefix(seg []byte, lineEnd bool, c *carry, d *spaceDrops) int {
	arabic2 := &t.arabic2
	prev := clLineStart
	if !c.lineStart {
		prev = clCont
	}
	for i := 0; i < len(seg); {
		b := seg[i]
		start := i
		var cl uint8
		switch {
		case b < 0x80:
			cl = t.ascii[b]
			i++
		case b >= 0xD8 && b <= 0xDB && i+1 < len(seg):
			cl = arabic2[int(b-0xD8)<<8|int(seg[i+1])]
			i += 2
			if cl == clJoin || cl == clNonJoin {
				// A run of letters and of single spaces between them: no
				// pair in it is bad, so only the first pair and the class
				// of the last letter matter.
				if t.bad[int(prev)*numClasses+int(cl)] {
					return wordStart(seg, start)
				}
				for i+1 < len(seg) {
					l := seg[i] - 0xD8
					if l > 3 {
						if seg[i] == ' ' && i+2 < len(seg) {
							if l := seg[i+1] - 0xD8; l <= 3 {
								if c := arabic2[int(l)<<8|int(seg[i+2])]; c == clJoin || c == clNonJoin {
									i++
									continue
								}
							}
						}
						break
					}
					c := arabic2[int(l)<<8|int(seg[i+1])]
					if c != clJoin && c != clNonJoin {
						break
					}
					cl = c
					i += 2
				}
				prev = cl
				continue
			}
		case b == 0xE2 && i+2 < len(seg) && seg[i+1] == 0x80:
			switch seg[i+2] {
			case 0x8C:
				cl = clZWNJ
			case 0x93, 0x94, 0xA6: // – — …
				cl = clOther
			default:
				return wordStart(seg, start)
			}
			i += 3
		case b == 0xC2 && i+1 < len(seg):
			switch seg[i+1] {
			case 0xAB:
				cl = clOpen
			case 0xBB:
				cl = clClose
			default:
				return wordStart(seg, start)
			}
			i += 2
		default:
			return wordStart(seg, start)
		}
		if t.bad[int(prev)*numClasses+int(cl)] {
			if prev != clSpace || d == nil || d.n == maxSpaceDrops {
				return wordStart(seg, start)
			}
			// The space (U+0020) at start-1 may be one the pass removes,
			// unless it is indentation: nothing but tabs before it.
			before := t.classBefore(seg, start-1)
			if !t.dropsSpaceBefore(before, cl, seg[i:]) || t.bad[int(before)*numClasses+int(cl)] ||
				c.lineStart && onlyIndentation(seg[:start-1]) {
				return wordStart(seg, start)
			}
			d.at[d.n] = int32(start - 1)
			d.n++
		}
		prev = cl
	}
	if prev == clZWNJ || lineEnd && prev == clSpace {
		return wordStart(seg, len(seg))
	}
	return len(seg)
}

// wordStart returns where the prefix of normalPrefix ends when the test
// rejects the rune pair that ends at seg[end]: at the start of the last
// word (the rune after the last space) that starts before the pair, or 0.
// In the text the test has vouched for, no two spaces follow each other.
func wordStart(seg []byte, end int) int {
	_, size := utf8.DecodeLastRune(seg[:end])
	if k := bytes.LastIndexByte(seg[:end-size], ' '); k >= 0 {
		return k + 1
	}
	return 0
}

// onlyIndentation reports whether b holds nothing but spaces and tabs.
func onlyIndentation(b []byte) bool {
	for _, x := range b {
		if x != ' ' && x != '\t' {
			return false
		}
	}
	return true
}

// classBefore returns the class of the rune that ends at seg[end], or
// clBail for one the test does not know.
func (t *checkTables) classBefore(seg []byte, end int) uint8 {
	r, size := utf8.DecodeLastRune(seg[:end])
	switch {
	case size == 0:
		return clBail
	case r < utf8.RuneSelf:
		return t.ascii[r]
	case r >= 0x0600 && r <= 0x06FF:
		return t.arabic[r-0x0600]
	case r == 0x200C:
		return clZWNJ
	case r == '–' || r == '—' || r == '…':
		return clOther
	case r == '«':
		return clOpen
	case r == '»':
		return clClose
	}
	return clBail
}

// dropsSpaceBefore reports whether the pass removes the one space between
// a rune of class before and the punctuation of class cl, which next
// follows (shaper.dropsSpaceBefore, for the cases the test knows).
func (t *checkTables) dropsSpaceBefore(before, cl uint8, next []byte) bool {
	if !t.spacing {
		return false
	}
	switch cl {
	case clPunctP, clClose:
		return true
	case clDot, clPunctA:
		if before != clJoin && before != clNonJoin {
			return false // a Persian letter must stand before it
		}
		if len(next) == 0 {
			return true
		}
		switch b := next[0]; {
		case b < 0x80:
			return b != '.' && !asciiWord(b)
		case b == 0xE2: // a ZWNJ or an ellipsis, perhaps
			return false
		case b == 0xD9 || b == 0xDB: // a digit, perhaps
			return len(next) > 1 && !(b == 0xD9 && next[1] >= 0xA0 && next[1] <= 0xA9 || b == 0xDB && next[1] >= 0xB0 && next[1] <= 0xB9)
		}
		return true
	}
	return false
}
