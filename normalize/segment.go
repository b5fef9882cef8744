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
//  1. the window holds only spaces: it is a segment of its own, which
//     writes nothing when it stands inside a line (the next segment starts
//     as if one space stood before it), is counted as indentation at the
//     start of a line, and is written space for space when the spacing
//     rules are off (so a gigabyte of spaces costs no memory; see
//     appendSegmentHeld);
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
	segSpaces                // a window of spaces (rule 1)
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
		return end, end, segSpaces // rule 1
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

// Long runs of spaces.
//
// A run of spaces may be longer than the window, even a gigabyte long, and
// must still come out as the rules say, in bounded memory:
//
//   - with the spacing rules off every space is kept: a window of spaces is
//     written as it comes, one U+0020 per space;
//   - inside a line, with the spacing rules on, the run collapses to one
//     space (carry.pendingSpace), or to none before punctuation and at the
//     end of the line;
//   - at the start of a line, with the spacing rules on, the run is
//     indentation, kept space for space unless the line turns out to hold
//     nothing else. Whether it does is known only when the line goes on,
//     so the spaces are held back, counted in carry.indent, and written
//     just before the output of the first segment that is not blank. The
//     transformer delivers them from the count, so a gigabyte of
//     indentation takes no memory.

// appendSegmentHeld appends the normalized segment seg to dst, as
// appendSegment does, and also handles windows of spaces and the
// indentation held back. It returns the number of held spaces that must be
// written before what it appended. With rec, it leaves in rec.seg the
// edits that turned seg into what it appended (held spaces not included).
func (n *Normalizer) appendSegmentHeld(dst, seg []byte, kind segKind, c *carry, bufs *buffers, rec *recording) ([]byte, int64) {
	if kind == segSpaces {
		runes := int64(utf8.RuneCount(seg))
		written := 0
		switch {
		case !n.cfg.spacing:
			dst = appendSpaces(dst, runes)
			c.advance(twoSpaces)
			written = int(runes)
		case c.lineStart:
			c.indent += runes
			c.advance(twoSpaces)
		default:
			c.pendingSpace = true
		}
		if rec != nil {
			rec.seg = rec.seg[:0]
			if written != len(seg) {
				rec.seg = append(rec.seg, edit{0, len(seg), 0, written})
			}
		}
		return dst, 0
	}
	// At the start of a line, this segment may end the indentation. (The
	// end of a line resets the carry, so take the count first.)
	indentation := c.lineStart && n.cfg.spacing
	held := c.indent
	c.indent = 0
	start, c0 := len(dst), *c
	dst = n.appendSegment(dst, seg, kind, c, bufs, rec)
	if kind == segLine && len(dst) > start && dst[len(dst)-1] == '\r' && (len(seg) == 0 || seg[len(seg)-1] != '\r') {
		// A CR inside the line became its last byte (the spaces or marks
		// after it went), where a second pass reads it as the CR of a
		// line end: read it so now, for idempotence.
		bufs.redo = append(bufs.redo[:0], dst[start:]...)
		*c = c0
		if rec != nil {
			rec.first = append(rec.first[:0], rec.seg...)
		}
		dst = n.appendSegment(dst[:start], bufs.redo, kind, c, bufs, rec)
		if rec != nil {
			rec.tmp = compose(rec.tmp[:0], rec.first, rec.seg)
			rec.seg, rec.tmp = rec.tmp, rec.seg
		}
	}
	if !indentation {
		return dst, 0
	}
	out := dst[start:]
	if kind == segLine {
		if len(out) > 0 && out[len(out)-1] == '\r' {
			out = out[:len(out)-1]
		}
		if len(out) == 0 {
			return dst, 0 // a blank line: its spaces go
		}
	} else if onlySpaces(out) {
		// More indentation, cut by rule 4 or 5: hold it back too.
		c.indent = held + int64(len(out))
		if rec != nil {
			rec.seg = append(rec.seg[:0], edit{0, len(seg), 0, 0})
		}
		return dst[:start], 0
	}
	return dst, held
}

// twoSpaces is what the carry has seen after a window of spaces.
var twoSpaces = []byte("  ")

// onlySpaces reports whether b holds nothing but U+0020.
func onlySpaces(b []byte) bool {
	for _, x := range b {
		if x != ' ' {
			return false
		}
	}
	return true
}

// spaces is a run of U+0020 to copy from.
var spaces = bytes.Repeat([]byte{' '}, 256)

// fillSpaces fills b with spaces.
func fillSpaces(b []byte) {
	for len(b) > 0 {
		b = b[copy(b, spaces):]
	}
}

// appendSpaces appends k spaces to dst.
func appendSpaces(dst []byte, k int64) []byte {
	for k > 0 {
		m := min(k, int64(len(spaces)))
		dst = append(dst, spaces[:m]...)
		k -= m
	}
	return dst
}

// insertSpaces inserts k spaces into dst at index at.
func insertSpaces(dst []byte, at int, k int64) []byte {
	end := len(dst)
	dst = appendSpaces(dst, k)
	copy(dst[at+int(k):], dst[at:end])
	fillSpaces(dst[at : at+int(k)])
	return dst
}
