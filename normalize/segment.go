package normalize

import (
	"bytes"
	"unicode/utf8"
)

// Segments.
//
// The normalizer works on segments: a line without its '\n', or, when a
// line is longer than the window of maxSegment bytes, a piece of it. Where a
// long line is cut depends only on the bytes from the start of the segment,
// never on how the input arrived, so String, Bytes, Append, Reader, Writer
// and Transformer all cut in the same places and produce the same output.
//
// A line of L bytes (not counting '\n') with L < maxSegment is one segment.
// Otherwise the first maxSegment bytes, the window, are cut at the first
// rule that applies:
//
//  1. the window holds only spaces: it is consumed, and the next segment
//     starts as if one space stood before it (so a gigabyte of spaces costs
//     no memory);
//  2. after the last space that follows . ! ? ؟ or … and precedes a letter
//     or digit: a sentence boundary, which no rule looks across;
//  3. after the last space that precedes a letter or digit: a word boundary;
//  4. before a run of U+0020 that ends the window;
//  5. at the last rune boundary of the window (a line of one huge word),
//     moved back before a letter whose combining marks would be cut off.
//
// Rules 2 and 3 consider only spaces at least utf8.UTFMax bytes before the
// end of the window, so that the rune after the space is complete.
//
// Cuts 3–5 lose a little context: the ZWNJ repair does not join across the
// cut, and the context of a number or a comma just before it is not seen.
// As a second pass may cut elsewhere, idempotence is guaranteed only for
// lines shorter than the window or cut at sentence boundaries. Such cuts
// happen only in lines of over 2 KB without a sentence end in the last
// 2 KB.

// maxSegment is the window size. transform.Reader and transform.Chain give
// a transformer at most 4096 bytes of source, so the window must stay well
// below that.
const maxSegment = 2048

type segKind uint8

const (
	segLine   segKind = iota // the segment ends its line (at '\n' or at EOF)
	segCut                   // the line continues in the next segment
	segSpaces                // a window of spaces, consumed (rule 1)
)

// nextSegment finds the segment at the start of src. It returns the length
// of its content, the number of bytes it consumes (content plus '\n'), its
// kind, and ok=false if src holds too little to decide and more may come.
func nextSegment(src []byte, atEOF bool) (n, adv int, kind segKind, ok bool) {
	return nextSegmentFrom(src, atEOF, 0)
}

// nextSegmentFrom is nextSegment for a caller that knows that the first
// scanned bytes of src hold no newline (a transformer called again with
// the same segment start after ErrShortSrc), which keeps byte-by-byte
// input linear.
func nextSegmentFrom(src []byte, atEOF bool, scanned int) (n, adv int, kind segKind, ok bool) {
	w := src
	if len(w) > maxSegment {
		w = w[:maxSegment]
	}
	scanned = min(scanned, len(w))
	if i := bytes.IndexByte(w[scanned:], '\n'); i >= 0 {
		i += scanned
		return i, i + 1, segLine, true
	}
	if len(src) < maxSegment {
		if atEOF {
			return len(src), len(src), segLine, true
		}
		return 0, 0, segLine, false
	}
	n, adv, kind = cutWindow(w)
	return n, adv, kind, true
}

// cutWindow applies the cut rules to a full window. It reads bytes, not
// runes, except at spaces, so that long lines cost little more than short
// ones.
func cutWindow(w []byte) (n, adv int, kind segKind) {
	if end, ok := spaceWindow(w); ok {
		return 0, end, segSpaces // rule 1
	}
	// Rules 2 and 3, scanning back from the last space whose next rune is
	// complete in the window.
	wordCut := -1
	for k := len(w) - utf8.UTFMax - 1; k >= 1; k-- {
		if w[k] != ' ' {
			continue
		}
		p := k + 1
		r, size := utf8.DecodeRune(w[p:])
		if r == utf8.RuneError && size <= 1 || !wordRune(r) || isArabicMark(r) {
			continue
		}
		if pr, _ := utf8.DecodeLastRune(w[:k]); pr == '.' || pr == '!' || pr == '?' || pr == '؟' || pr == '…' {
			return p, p, segCut // rule 2
		}
		if wordCut < 0 {
			wordCut = p
		}
	}
	if wordCut > 0 {
		return wordCut, wordCut, segCut // rule 3
	}
	q := len(w)
	for q > 0 && w[q-1] == ' ' {
		q--
	}
	if q > 0 && q < len(w) {
		return q, q, segCut // rule 4
	}
	// Rule 5: the last rune boundary. A byte that is not a continuation
	// byte starts a rune; four continuation bytes in a row cannot belong to
	// one valid rune, so cutting before the last one splits nothing.
	p := len(w) - 1
	for k := 0; k < 3 && p > 1 && w[p]&0xC0 == 0x80; k++ {
		p--
	}
	if w[p]&0xC0 == 0x80 {
		p = len(w) - 1
	}
	// Keep a letter together with the combining marks after it: ي + U+0654
	// is ئ, and a cut between them would map the ي on its own. Step back
	// over a few marks (a rune cut short by the window counts as a mark
	// when it may be one) and cut before their letter.
	b := p
	for k := 0; k < 8 && b > 0 && mayBeArabicMark(w[b:]); k++ {
		_, size := utf8.DecodeLastRune(w[:b])
		b -= size
	}
	if b > 0 && b < p && !mayBeArabicMark(w[b:]) {
		p = b
	}
	return p, p, segCut
}

// mayBeArabicMark reports whether s starts with an Arabic combining mark,
// or with the start of one cut short.
func mayBeArabicMark(s []byte) bool {
	r, size := utf8.DecodeRune(s)
	if r == utf8.RuneError && size <= 1 && len(s) > 0 && !utf8.FullRune(s) {
		return s[0] == 0xD8 || s[0] == 0xD9 || s[0] == 0xDB // U+0610–061A, U+064B–0670, U+06D6–06ED
	}
	return isArabicMark(r)
}

// spaceWindow reports whether w holds nothing but space runes (up to a
// rune cut by its end), and where the last complete one ends.
func spaceWindow(w []byte) (end int, ok bool) {
	for end < len(w) {
		if w[end] == ' ' {
			end++
			continue
		}
		r, size := utf8.DecodeRune(w[end:])
		if r == utf8.RuneError && size <= 1 && !utf8.FullRune(w[end:]) {
			break
		}
		if !isUnicodeSpace(r) {
			return 0, false
		}
		end += size
	}
	return end, end > 0
}
