package normalize

import "github.com/persiantext/persian/internal/script"

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
}

func newCheckTables(n *Normalizer) checkTables {
	var t checkTables
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
	return t.normalPrefix(seg, lineEnd, c) == len(seg)
}

// normalPrefix returns len(seg) when the character pass leaves seg
// unchanged, given the carry c of its line (lineEnd tells whether seg
// ends its line). Otherwise it returns the length of a prefix of seg that
// the pass leaves unchanged and after which it may start afresh, with the
// carry advanced over the prefix: the work the test did is kept, and the
// pass runs on the rest only.
//
// The prefix ends at the start of a word, just after a space, before the
// rune pair the test rejects: no rule of the pass looks back across such a
// point beyond what the carry holds. (The rules that reach back further
// start at a quotation mark, a number or a protected span, none of which
// spans a space or ends a prefix: a number keeps its percent sign after
// spaces, but the prefix then ends before the number.)
func (t *checkTables) normalPrefix(seg []byte, lineEnd bool, c *carry) int {
	prev := clLineStart
	if !c.lineStart {
		prev = clCont
	}
	// cut is the last word start seen: the start of a rune after a space.
	// last is the start of the rune of class prev.
	cut, last := 0, 0
	for i := 0; i < len(seg); {
		b := seg[i]
		start := i
		var cl uint8
		switch {
		case b < 0x80:
			cl = t.ascii[b]
			i++
		case b >= 0xD8 && b <= 0xDB && i+1 < len(seg):
			cl = t.arabic2[int(b-0xD8)<<8|int(seg[i+1])]
			i += 2
			if cl == clJoin || cl == clNonJoin {
				// A run of letters and of single spaces between them: no
				// pair in it is bad, so only the first pair and the class
				// of the last letter matter.
				if t.bad[int(prev)*numClasses+int(cl)] {
					return min(cut, last)
				}
				if prev == clSpace {
					cut = start
				}
				for i+1 < len(seg) {
					l := seg[i] - 0xD8
					if l > 3 {
						if seg[i] == ' ' && i+2 < len(seg) {
							if l := seg[i+1] - 0xD8; l <= 3 {
								if c := t.arabic2[int(l)<<8|int(seg[i+2])]; c == clJoin || c == clNonJoin {
									i++
									cut = i
									continue
								}
							}
						}
						break
					}
					c := t.arabic2[int(l)<<8|int(seg[i+1])]
					if c != clJoin && c != clNonJoin {
						break
					}
					cl = c
					start = i
					i += 2
				}
				prev, last = cl, start
				continue
			}
		case b == 0xE2 && i+2 < len(seg) && seg[i+1] == 0x80:
			switch seg[i+2] {
			case 0x8C:
				cl = clZWNJ
			case 0x93, 0x94, 0xA6: // – — …
				cl = clOther
			default:
				return min(cut, last)
			}
			i += 3
		case b == 0xC2 && i+1 < len(seg):
			switch seg[i+1] {
			case 0xAB:
				cl = clOpen
			case 0xBB:
				cl = clClose
			default:
				return min(cut, last)
			}
			i += 2
		default:
			return min(cut, last)
		}
		if t.bad[int(prev)*numClasses+int(cl)] {
			return min(cut, last)
		}
		if prev == clSpace && cl != clSpace {
			cut = start
		}
		prev, last = cl, start
	}
	if prev == clZWNJ || lineEnd && prev == clSpace {
		return min(cut, last)
	}
	return len(seg)
}
