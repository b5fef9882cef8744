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
//  4. before a run of spaces that ends the window;
//  5. at the last rune boundary of the window (a line of one huge word).
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

// cutWindow applies the cut rules to a full window.
func cutWindow(w []byte) (n, adv int, kind segKind) {
	var (
		sentCut, wordCut, lastBoundary      = -1, -1, -1
		runStart                            = -1 // start of the space run reaching the current position
		allSpaces                           = true
		prev1, prev2                   rune = -1, -1
		end                                 = 0 // end of the last complete rune
	)
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRune(w[i:])
		if r == utf8.RuneError && size <= 1 && !utf8.FullRune(w[i:]) {
			break // a rune cut by the window edge
		}
		if i > 0 {
			lastBoundary = i
		}
		if prev1 == ' ' && i > 0 && (wordRune(r) && !isArabicMark(r)) {
			wordCut = i
			if prev2 == '.' || prev2 == '!' || prev2 == '?' || prev2 == '؟' || prev2 == '…' {
				sentCut = i
			}
		}
		if isSpaceRune(r) {
			if runStart < 0 {
				runStart = i
			}
		} else {
			runStart = -1
			allSpaces = false
		}
		prev2, prev1 = prev1, r
		i += size
		end = i
	}
	switch {
	case allSpaces && end > 0:
		return 0, end, segSpaces
	case sentCut > 0:
		return sentCut, sentCut, segCut
	case wordCut > 0:
		return wordCut, wordCut, segCut
	case runStart > 0 && end == len(w):
		return runStart, runStart, segCut
	}
	if runStart > 0 {
		lastBoundary = runStart
	}
	return lastBoundary, lastBoundary, segCut
}
