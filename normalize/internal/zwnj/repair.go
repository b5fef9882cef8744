package zwnj

import (
	"math"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/lexicon"
	"github.com/persiantext/persian/internal/script"
	"github.com/persiantext/persian/internal/span"
)

// Append appends seg, with its ZWNJs repaired, to dst.
// seg holds no newline. The output differs from seg only in the gaps between
// letters: a ZWNJ inserted, or one space replaced by a ZWNJ or, before a
// suffix after a non-joining letter (پربازدید ها), removed. Which repairs
// apply depends on the evidence of the segment's own writing (evidence.go).
func (z *Repairer) Append(dst, seg []byte) []byte {
	s := z.scratch.Get().(*Scratch)
	dst = z.AppendScratch(dst, seg, s)
	z.scratch.Put(s)
	return dst
}

// Scratch is the working memory of a repair. A caller that repairs many
// segments keeps one and passes it to AppendScratch, so that the memory is
// reused rather than allocated or cleared for each. The zero value is
// ready; a Scratch must not be used by two repairs at once.
type Scratch struct {
	pieces []wordPiece
	keys   []byte
	gaps   []gapAction
}

// AppendScratch is Append with the working memory of s.
func (z *Repairer) AppendScratch(dst, seg []byte, s *Scratch) []byte {
	start := len(dst)
	p := pass{level: levelAll}
	dst = z.repair(dst, seg, &p, s)
	if lv, again := p.next(seg); again {
		// The first pass made edits that the evidence does not allow: a
		// second one at the level the evidence sets. Correct text with a
		// compound the lexicon would join is the only text that pays.
		p = pass{level: lv}
		dst = z.repair(dst[:start], seg, &p, s)
	}
	return dst
}

// repair appends seg, repaired at the level of p, to dst, and records in
// p the edits it made.
func (z *Repairer) repair(dst, seg []byte, p *pass, s *Scratch) []byte {
	if !mayHoldArabicLetter(seg) || len(seg) > math.MaxInt32 {
		// Pieces keep 32-bit offsets; a segment of 2 GB is left as it is.
		return append(dst, seg...)
	}
	r := wordRun{pieces: s.pieces[:0], keys: s.keys[:0], gaps: s.gaps[:0]}
	written := 0
	prevTokenEnd, prevEndsWithPiece := -2, false
	for i := 0; i < len(seg); {
		if byteClasses[seg[i]] == spaceByte {
			i++
			continue
		}
		// Fast path: a token of Arabic letters, marks and ZWNJs alone, the
		// common case, is a single piece, read in one scan.
		if end, letters, atStart, atEnd, pure := scanWordToken(seg, i); end > i {
			if !(prevEndsWithPiece && i == prevTokenEnd+1 && seg[prevTokenEnd] == ' ') {
				dst, r, written = z.flush(dst, seg, r, written, p)
			}
			kStart := int32(len(r.keys))
			if pure {
				r.keys = append(r.keys, seg[i:end]...)
			} else {
				r.keys = appendLetters(r.keys, seg[i:end])
			}
			r.pieces = append(r.pieces, wordPiece{start: int32(i), end: int32(end), kStart: kStart, letters: int32(letters),
				letterAtStart: atStart, letterAtEnd: atEnd})
			prevEndsWithPiece = true
			i = end
			prevTokenEnd = i
			continue
		}
		// a whitespace-delimited token
		start := i
		protected := false
	token:
		for i < len(seg) {
			switch byteClasses[seg[i]] {
			case spaceByte:
				break token
			case plainByte:
				i++
			case protectedByte:
				protected = true
				// A code span or an HTML comment may hold spaces: the
				// words inside it are no prose either.
				if c := seg[i]; c == '`' || c == '<' {
					if end, k := span.At(seg, i, -1); (k == span.Code || k == span.Markup) && end > i {
						i = end
						continue
					}
				}
				i++
			case colonByte:
				// a colon protects a URL (https://) or a time, not the
				// colon after a word (گفت: «...»)
				if i+1 < len(seg) && byteClasses[seg[i+1]] == protectedByte {
					protected = true
				}
				i++
			default: // the start of a multi-byte sequence, or an invalid byte
				if c := seg[i]; c >= 0xC2 && c <= 0xDF && i+1 < len(seg) && seg[i+1]&0xC0 == 0x80 {
					i += 2
					continue
				}
				r, size := utf8.DecodeRune(seg[i:])
				protected = protected || r == utf8.RuneError && size == 1
				i += size
			}
		}
		tok := seg[start:i]
		if protected {
			dst, r, written = z.flush(dst, seg, r, written, p)
			prevEndsWithPiece = false
			continue
		}
		joinable := prevEndsWithPiece && start == prevTokenEnd+1 && seg[prevTokenEnd] == ' '
		prevEndsWithPiece = false
		for j := 0; j < len(tok); {
			c, size := script.DecodeRune(tok[j:])
			if !isZWNJWordRune(c) {
				j += size
				joinable = false
				continue
			}
			if !joinable {
				dst, r, written = z.flush(dst, seg, r, written, p)
			}
			// the piece: its key is its letters
			p := wordPiece{start: int32(start + j), kStart: int32(len(r.keys)), letterAtStart: script.IsLetter(c)}
			ps, pure := j, true
			lastIsLetter := false
			for j < len(tok) {
				// fast path: a two-byte rune of U+0600–U+06FF (the token is
				// valid UTF-8, or it would be protected)
				if b := tok[j]; b >= 0xD8 && b <= 0xDB && j+1 < len(tok) {
					switch arabicBlockClass[uint(b&0x03)<<6|uint(tok[j+1]&0x3F)] {
					case blockLetter:
						p.letters++
						lastIsLetter = true
						j += 2
						continue
					case blockMark:
						pure, lastIsLetter = false, false
						j += 2
						continue
					}
					break
				}
				c, size = script.DecodeRune(tok[j:])
				if script.IsLetter(c) {
					p.letters++
				} else if c == script.ZWNJ || script.IsDiacritic(c) {
					pure = false
				} else {
					break
				}
				lastIsLetter = script.IsLetter(c)
				j += size
			}
			p.end, p.letterAtEnd = int32(start+j), lastIsLetter
			if pure {
				r.keys = append(r.keys, tok[ps:j]...)
			} else {
				r.keys = appendLetters(r.keys, tok[ps:j])
			}
			r.pieces = append(r.pieces, p)
			joinable = false
			prevEndsWithPiece = j == len(tok)
		}
		prevTokenEnd = i
	}
	dst, r, written = z.flush(dst, seg, r, written, p)
	s.pieces, s.keys, s.gaps = r.pieces[:0], r.keys[:0], r.gaps[:0] // keep what grew
	return append(dst, seg[written:]...)
}

// scanWordToken reads the whitespace-delimited token at seg[i:] as one
// piece when it holds nothing but letters of U+0600–U+06FF, diacritics and
// ZWNJs, and returns its end, its letter count, whether it starts and ends
// with a letter, and whether it holds letters alone (pure), so that its key
// is its bytes. For any other token it returns end == i, and the general
// scan reads it. It returns scalars rather than a wordPiece: copying the
// large struct out of the call cost more than the scan.
func scanWordToken(seg []byte, i int) (end, letters int, atStart, atEnd, pure bool) {
	pure = true
	j := i
	if j+1 < len(seg) && uint(seg[j])-0xD8 < 4 {
		atStart = arabicPairClass[(uint(seg[j])-0xD8)<<8|uint(seg[j+1])] == blockLetter
	}
	for {
		for j+1 < len(seg) {
			k := uint(seg[j]) - 0xD8
			if k >= 4 {
				break
			}
			switch arabicPairClass[k<<8|uint(seg[j+1])] {
			case blockLetter:
				letters++
				atEnd = true
			case blockMark:
				pure, atEnd = false, false
			default:
				return i, 0, false, false, false
			}
			j += 2
		}
		if j+2 < len(seg) && seg[j] == 0xE2 && seg[j+1] == 0x80 && seg[j+2] == 0x8C { // ZWNJ
			pure, atEnd = false, false
			j += 3
			continue
		}
		break
	}
	if j < len(seg) && byteClasses[seg[j]] != spaceByte {
		return i, 0, false, false, false
	}
	return j, letters, atStart, atEnd, pure
}

// arabicPairClass classes the two-byte sequences that start with 0xD8 to
// 0xDB, index (lead-0xD8)<<8 | second byte: the runes U+0600–U+06FF, and
// blockOther for a second byte that is no continuation byte.
var arabicPairClass = func() (t [4 << 8]uint8) {
	for lead := range 4 {
		for c := 0x80; c < 0xC0; c++ {
			t[lead<<8|c] = arabicBlockClass[lead<<6|c&0x3F]
		}
	}
	return t
}()

// appendLetters appends the letters of b, without its ZWNJs and marks.
func appendLetters(keys, b []byte) []byte {
	for x := 0; x < len(b); {
		c, size := script.DecodeRune(b[x:])
		if script.IsLetter(c) {
			keys = append(keys, b[x:x+size]...)
		}
		x += size
	}
	return keys
}

// Classes of the runes U+0600–U+06FF for the fast path of the piece scan.
const (
	blockOther = iota
	blockLetter
	blockMark
)

var arabicBlockClass = func() (t [256]uint8) {
	for i := range t {
		switch r := rune(0x600 + i); {
		case script.IsLetter(r):
			t[i] = blockLetter
		case script.IsDiacritic(r):
			t[i] = blockMark
		}
	}
	return t
}()

// mayHoldArabicLetter reports whether b may hold a letter of the Arabic
// blocks: their UTF-8 sequences start with a byte from 0xD8 to 0xE0.
func mayHoldArabicLetter(b []byte) bool {
	for _, c := range b {
		if c >= 0xD8 && c <= 0xE0 {
			return true
		}
	}
	return false
}

// isZWNJWordRune reports whether r belongs to a word the repair looks at.
func isZWNJWordRune(r rune) bool {
	return script.IsLetter(r) || r == script.ZWNJ || script.IsDiacritic(r)
}

// The classes of bytes for the token scan. A whitespace-delimited token is
// protected, and passes through untouched, when it holds Latin letters or
// digits, the marks of URLs, e-mail addresses, hashtags and paths, or
// invalid UTF-8.
const (
	plainByte     = iota // ASCII that may sit in a Persian token: punctuation
	spaceByte            // ASCII white space: separates tokens
	protectedByte        // ASCII that protects its token
	colonByte            // protects its token when a protected byte follows
	multiByte            // part of a multi-byte sequence, or invalid
)

var byteClasses = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = multiByte
		case c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
			t[c] = spaceByte
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			t[c] = protectedByte
		}
	}
	for _, c := range "@#/\\_=&%~+*<>|^`$" {
		t[c] = protectedByte
	}
	t[':'] = colonByte
	return t
}()

// A wordPiece is a run of letters, ZWNJs and diacritics inside a token.
type wordPiece struct {
	start, end                 int32 // bytes of seg
	kStart                     int32 // its key is run.keys[kStart:next piece's kStart]
	letters                    int32
	letterAtStart, letterAtEnd bool
	a                          wordAnalysis // of its key alone
	suffix                     bool         // its key is a suffix that may be written apart (ها، ترین), or a bound part (کننده)
	apart                      bool         // its key is a suffix that may be written apart, of kind apartKind
	apartKind                  suffixKind
	starter                    bool // its key is a prefix (می، نمی، بی) or the head of a compound
}

// A wordRun is a sequence of pieces separated by exactly one space each: the
// words among which a space may become a ZWNJ.
type wordRun struct {
	pieces []wordPiece
	keys   []byte
	gaps   []gapAction // gaps[k]: what becomes of the space before piece k
}

type gapAction uint8

const (
	keepGap   gapAction = iota
	zwnjGap             // the space becomes a ZWNJ
	deleteGap           // the space is removed (after a non-joining letter)

	gapActionMask gapAction = 3
	// flags on the first piece of a unit while units are joined
	unitGrew    gapAction = 4 // the unit grew in the last pass
	unitGrewNow gapAction = 8 // the unit grew in this pass
)

// key returns the key of pieces [i, j).
func (r *wordRun) key(i, j int) []byte {
	end := len(r.keys)
	if j < len(r.pieces) {
		end = int(r.pieces[j].kStart)
	}
	return r.keys[int(r.pieces[i].kStart):end]
}

// suffixWord is suffixWord of the key of pieces [i, j), kept from the
// analysis of a single piece.
func (r *wordRun) suffixWord(i, j int) (suffixKind, bool) {
	if j == i+1 {
		return r.pieces[i].apartKind, r.pieces[i].apart
	}
	return suffixWord(r.key(i, j))
}

// letters returns the number of letters of pieces [i, j).
func (r *wordRun) letters(i, j int) int {
	n := 0
	for k := i; k < j; k++ {
		n += int(r.pieces[k].letters)
	}
	return n
}

// unitEnd returns the end of the unit that starts at piece i.
func (r *wordRun) unitEnd(i int) int {
	i++
	for i < len(r.pieces) && r.gaps[i]&gapActionMask != keepGap {
		i++
	}
	return i
}

// unitAnalysis returns the analysis of the key of unit [i, j): the one
// cached with a single piece, or one computed into tmp.
func (z *Repairer) unitAnalysis(r *wordRun, i, j int, tmp *wordAnalysis) *wordAnalysis {
	if j == i+1 {
		return &r.pieces[i].a
	}
	*tmp = z.analyze(r.key(i, j), 0)
	return tmp
}

// zwnjGaps returns the gaps of unit [i, j) that hold a ZWNJ, counting the
// spaces that were joined into ZWNJs, so that the result is the same when
// the repaired text is read again.
func (r *wordRun) zwnjGaps(seg []byte, i, j int) uint32 {
	var m uint32
	li := 0
	pending := false
	for k := i; k < j; k++ {
		if k > i && r.gaps[k]&gapActionMask == zwnjGap {
			pending = true
		}
		p := seg[int(r.pieces[k].start):int(r.pieces[k].end)]
		for x := 0; x < len(p); {
			c, size := script.DecodeRune(p[x:])
			switch {
			case script.IsLetter(c):
				if pending && li > 0 && li-1 < 32 {
					m |= 1 << (li - 1)
				}
				pending = false
				li++
			case c == script.ZWNJ:
				pending = true
			}
			x += size
		}
		pending = false
	}
	return m
}

// flush repairs the pending run and appends seg up to its end.
func (z *Repairer) flush(dst, seg []byte, r wordRun, written int, ps *pass) ([]byte, wordRun, int) {
	if len(r.pieces) == 0 {
		return dst, r, written
	}
	n := len(r.pieces)
	r.gaps = r.gaps[:0]
	for k := range n {
		r.gaps = append(r.gaps, keepGap)
		if p := &r.pieces[k]; p.letters <= maxUnitLetters {
			key := r.key(k, k+1)
			z.analyzeTo(&p.a, key)
			p.apartKind, p.apart = suffixWord(key)
			p.suffix = p.apart || p.a.tags&lexicon.Bound != 0
			p.starter = p.a.tags&lexicon.Head != 0 || isPrefixWord(key)
		}
	}
	// Join neighbouring units until no two can be joined: the result is a
	// fixed point, so repairing it again joins nothing more. After the
	// first pass only the pairs next to a unit that grew are looked at again.
	for round := 0; ; round++ {
		changed := false
		for i := 0; i < n; {
			j := r.unitEnd(i)
			if j >= n {
				break
			}
			k := r.unitEnd(j)
			// Two single words join only when the left one may start a
			// word (a prefix or the head of a compound) or the right one
			// is a suffix: a cheap test that spares most gaps the full one.
			single := j == i+1 && k == j+1
			if single && !r.pieces[i].starter && !r.pieces[j].suffix {
				i = j
				continue
			}
			if round == 0 || r.gaps[j]&unitGrew != 0 || r.gaps[i]&unitGrew != 0 {
				if a, c := z.joinAction(&r, i, j, k); a != keepGap && ps.level.allows(c) {
					ps.record(c)
					ps.spaced = ps.spaced || c == editFirm
					r.gaps[j] = a
					r.gaps[i] |= unitGrewNow
					changed = true
					continue
				}
			}
			i = j
		}
		if !changed {
			break
		}
		for k := range r.gaps {
			r.gaps[k] = r.gaps[k]&^unitGrew | (r.gaps[k]&unitGrewNow)>>1
			r.gaps[k] &^= unitGrewNow
		}
	}
	for k := range r.gaps {
		r.gaps[k] &= gapActionMask
	}
	for i := 0; i < n; {
		j := r.unitEnd(i)
		var mask uint32
		settled := false
		if letters := r.letters(i, j); letters <= maxUnitLetters {
			var tmp wordAnalysis
			a := z.unitAnalysis(&r, i, j, &tmp)
			mask, settled = a.mask, a.settled
		}
		if mask != 0 {
			// A ZWNJ the writer put where the analysis wants none means
			// that the analysis misread the word: add nothing to it.
			have := r.zwnjGaps(seg, i, j)
			if have&^mask != 0 || j == i+1 && mask&^have == 0 {
				mask = 0
			} else if add := mask &^ have; add != 0 && !(ps.level == levelAll && ps.made&(1<<editFirm) != 0) {
				// ZWNJs put into glued words: the firm ones, and those of
				// compounds, which careful text does not get. Once a first
				// pass has seen a firm edit, the segment is damaged and
				// allows these at any rate: nothing more to learn.
				key := r.key(i, j)
				firm := firmGaps(key, add)
				if firm != 0 {
					ps.record(editFirm)
				}
				if add&^firm != 0 {
					c := editStrong
					if settled {
						c = editBound
					}
					if ps.level.allows(c) {
						ps.record(c)
					} else {
						mask &^= add &^ firm
					}
				}
			}
		}
		if mask == 0 && j == i+1 {
			i = j // unchanged: copied later with what follows
			continue
		}
		dst = append(dst, seg[written:int(r.pieces[i].start)]...)
		li := 0
		for k := i; k < j; k++ {
			p := r.pieces[k]
			if k > i {
				switch r.gaps[k] {
				case zwnjGap:
					dst = utf8.AppendRune(dst, script.ZWNJ)
				case deleteGap:
				default:
					dst = append(dst, seg[int(r.pieces[k-1].end):int(p.start)]...)
				}
			}
			dst, li = appendPiece(dst, seg[int(p.start):int(p.end)], mask, li, k > i)
		}
		written = int(r.pieces[j-1].end)
		i = j
	}
	r.pieces = r.pieces[:0]
	r.keys = r.keys[:0]
	return dst, r, written
}

// appendPiece appends p, inserting a ZWNJ before a letter when mask asks
// for one after the letter before it, nothing but diacritics sits between
// them, and that letter joins. li is the unit's letter count so far.
func appendPiece(dst, p []byte, mask uint32, li int, joined bool) ([]byte, int) {
	var prev rune
	zwnjSeen := joined // a joined gap already holds its ZWNJ or is glued on purpose
	for i := 0; i < len(p); {
		c, size := script.DecodeRune(p[i:])
		switch {
		case script.IsLetter(c):
			if li > 0 && !zwnjSeen && li-1 < 32 && mask&(1<<(li-1)) != 0 && script.IsJoiningLetter(prev) {
				dst = utf8.AppendRune(dst, script.ZWNJ)
			}
			prev, zwnjSeen = c, false
			li++
		case c == script.ZWNJ:
			zwnjSeen = true
		}
		dst = append(dst, p[i:i+size]...)
		i += size
	}
	return dst, li
}
