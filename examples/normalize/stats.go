package main

import (
	"bytes"
	"fmt"
	"io"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The statistics of -stats are found by comparing each input line with
// its output line, not by asking the library: normalization is line-local,
// it changes letters one for one (a presentation form folds to its
// letters), and everything else it does is to remove or insert characters
// that are not letters (tatweel, marks, invisibles, spaces, ZWNJs). So the
// letters of an input line pair up in order with the letters of its output
// line, and so do its digits:
//
//   - letters unified: letters replaced by another letter (ي → ی, ك → ک,
//     and under -profile=search أ → ا, ة → ه …), plus presentation forms
//     folded to plain letters (ﻻ → لا counts once);
//   - ZWNJs inserted and removed: gaps between two neighbouring letters
//     that had no ZWNJ and have one (میروم → می‌روم, کتاب ها → کتاب‌ها, a
//     soft hyphen turned into a ZWNJ), or had one and have none (a ZWNJ
//     after «و», or next to a space, a digit or a line edge); a run of
//     ZWNJs collapsed to one is neither;
//   - digits converted: digits replaced by another digit (1 → ۱, ٤ → ۴).
//
// ASCII letters take no part: the normalizer never changes them. A line
// whose letters or digits do not pair up (which the library's rules never
// cause) is counted in unalignedLines and adds nothing to these three.
type stats struct {
	lines          int64 // lines read, the last one counted even without its newline
	changedLines   int64 // lines whose output differs from the input
	longLines      int64 // lines longer than maxLine, streamed on one core
	unalignedLines int64 // lines whose letters or digits did not pair up
	bytesIn        int64
	bytesOut       int64
	letters        int64 // letters unified
	zwnjInserted   int64
	zwnjRemoved    int64
	digits         int64 // digits converted
}

func (s *stats) add(o *stats) {
	s.lines += o.lines
	s.changedLines += o.changedLines
	s.longLines += o.longLines
	s.unalignedLines += o.unalignedLines
	s.bytesIn += o.bytesIn
	s.bytesOut += o.bytesOut
	s.letters += o.letters
	s.zwnjInserted += o.zwnjInserted
	s.zwnjRemoved += o.zwnjRemoved
	s.digits += o.digits
}

// report writes the statistics, the elapsed time and the rate to w.
func (s *stats) report(w io.Writer, elapsed time.Duration, workers int) {
	secs := elapsed.Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(s.bytesIn) / 1e6 / secs
	}
	fmt.Fprintf(w, "normalize: lines           %d (%d changed", s.lines, s.changedLines)
	if s.longLines > 0 {
		fmt.Fprintf(w, ", %d over %d MB, streamed on one core", s.longLines, defaultMaxLine>>20)
	}
	if s.unalignedLines > 0 {
		fmt.Fprintf(w, ", %d not compared", s.unalignedLines)
	}
	fmt.Fprintf(w, ")\n")
	fmt.Fprintf(w, "normalize: bytes           %d in, %d out\n", s.bytesIn, s.bytesOut)
	fmt.Fprintf(w, "normalize: letters unified %d\n", s.letters)
	fmt.Fprintf(w, "normalize: ZWNJs           %d inserted, %d removed\n", s.zwnjInserted, s.zwnjRemoved)
	fmt.Fprintf(w, "normalize: digits          %d converted\n", s.digits)
	fmt.Fprintf(w, "normalize: time            %.3f s, %.1f MB/s, %d workers\n", secs, rate, workers)
}

// A letter of a line, as the comparer sees it.
type letter struct {
	r          rune
	zwnjBefore bool // a ZWNJ lies between this letter and the one before
	folded     bool // the first letter of a presentation form's folding
}

// side is one of the two texts a comparer reads, input or output.
type side struct {
	partial []byte // an incomplete UTF-8 sequence at the end of the last feed
	zwnj    bool   // a ZWNJ since the last letter
	letters []letter
	lhead   int // letters[:lhead] are paired
	digits  []rune
	dhead   int
	raw     []byte // raw[rhead:] are bytes not yet compared, while the line seems unchanged
	rhead   int
}

// Which side a comparer is fed.
const (
	in = iota
	out
)

// A comparer pairs the letters and digits of an input line with those of
// its output line, in order, and counts the differences. The two lines may
// be fed in pieces (a very long line is streamed); a piece of
// either side is paired with what the other side has so far, so memory
// stays bounded by how far one side runs ahead.
type comparer struct {
	side    [2]side
	tally   stats // the current line's counts, kept only when it pairs up
	changed bool  // the line's output differs from its input
}

// chunk compares whole lines: in and out hold the same number of lines.
func (c *comparer) chunk(s *stats, inText, outText []byte) {
	s.bytesIn += int64(len(inText))
	s.bytesOut += int64(len(outText))
	for len(inText) > 0 || len(outText) > 0 {
		i := bytes.IndexByte(inText, '\n')
		j := bytes.IndexByte(outText, '\n')
		if (i < 0) != (j < 0) {
			// The line structure differs, which the library guarantees
			// never to happen; count the rest as one line not compared.
			s.lines++
			s.changedLines++
			s.unalignedLines++
			return
		}
		lin, lout := inText, outText
		if i >= 0 {
			lin, lout = inText[:i+1], outText[:j+1]
		}
		inText, outText = inText[len(lin):], outText[len(lout):]
		s.lines++
		if bytes.Equal(lin, lout) {
			continue
		}
		c.beginLine()
		c.changed = true
		c.feed(in, lin)
		c.feed(out, lout)
		c.endLine(s)
	}
}

// beginLine starts a line.
func (c *comparer) beginLine() {
	for k := range c.side {
		sd := &c.side[k]
		sd.partial, sd.zwnj = sd.partial[:0], false
		sd.letters, sd.lhead = sd.letters[:0], 0
		sd.digits, sd.dhead = sd.digits[:0], 0
		sd.raw, sd.rhead = sd.raw[:0], 0
	}
	c.tally = stats{}
	c.changed = false
}

// feed reads p, the next bytes of side k of the line, and pairs what it
// can.
func (c *comparer) feed(k int, p []byte) {
	sd := &c.side[k]
	if !c.changed {
		c.compareRaw(k, p)
	}
	for len(sd.partial) > 0 && len(p) > 0 {
		sd.partial = append(sd.partial, p[0])
		p = p[1:]
		if utf8.FullRune(sd.partial) {
			r, size := utf8.DecodeRune(sd.partial)
			sd.add(r)
			// An invalid sequence stands for its first byte only.
			rest := sd.partial[size:]
			sd.partial = sd.partial[:0]
			if len(rest) > 0 {
				c.feedRunes(sd, rest)
			}
		}
	}
	c.feedRunes(sd, p)
	c.pair()
}

// feedRunes adds the runes of p to sd, keeping an incomplete sequence at
// its end for the next feed.
func (c *comparer) feedRunes(sd *side, p []byte) {
	for i := 0; i < len(p); {
		b := p[i]
		if b < utf8.RuneSelf {
			// ASCII: only digits matter; a letter or anything else ends
			// nothing (ZWNJ gaps are between non-ASCII letters).
			if '0' <= b && b <= '9' {
				sd.digits = append(sd.digits, rune(b))
			}
			i++
			continue
		}
		if !utf8.FullRune(p[i:]) {
			sd.partial = append(sd.partial, p[i:]...)
			return
		}
		r, size := utf8.DecodeRune(p[i:])
		sd.add(r)
		i += size
	}
}

const tatweel = '\u0640'

// add adds one non-ASCII rune.
func (sd *side) add(r rune) {
	switch {
	case r == '\u200c':
		sd.zwnj = true
	case unicode.IsDigit(r):
		sd.digits = append(sd.digits, r)
	case r == tatweel || !unicode.IsLetter(r):
	case isPresentationForm(r):
		first := true
		for _, l := range norm.NFKC.String(string(r)) {
			if l >= utf8.RuneSelf && l != tatweel && unicode.IsLetter(l) {
				sd.letters = append(sd.letters, letter{r: l, zwnjBefore: sd.zwnj && first, folded: first})
				first = false
			}
		}
		sd.zwnj = false
	default:
		sd.letters = append(sd.letters, letter{r: r, zwnjBefore: sd.zwnj})
		sd.zwnj = false
	}
}

// isPresentationForm reports whether r is an Arabic presentation form,
// which the normalizer folds to plain letters.
func isPresentationForm(r rune) bool {
	return 0xFB50 <= r && r <= 0xFDFF || 0xFE70 <= r && r <= 0xFEFF
}

// pair pairs the letters and digits that both sides have, and forgets
// them.
func (c *comparer) pair() {
	a, b := &c.side[in], &c.side[out]
	for a.lhead < len(a.letters) && b.lhead < len(b.letters) {
		x, y := a.letters[a.lhead], b.letters[b.lhead]
		if x.r != y.r || x.folded {
			c.tally.letters++
		}
		c.countGap(x.zwnjBefore, y.zwnjBefore)
		a.lhead++
		b.lhead++
	}
	for a.dhead < len(a.digits) && b.dhead < len(b.digits) {
		if a.digits[a.dhead] != b.digits[b.dhead] {
			c.tally.digits++
		}
		a.dhead++
		b.dhead++
	}
	for _, sd := range []*side{a, b} {
		sd.letters, sd.lhead = compact(sd.letters, sd.lhead)
		sd.digits, sd.dhead = compact(sd.digits, sd.dhead)
	}
}

// compact drops q[:head], the part of a queue already used, when it is
// most of the queue, so that a queue that never empties (the input side
// of a streamed line runs ahead of its output) does not grow.
func compact[T any](q []T, head int) ([]T, int) {
	if head == len(q) {
		return q[:0], 0
	}
	if head >= 1024 && head >= len(q)/2 {
		return q[:copy(q, q[head:])], 0
	}
	return q, head
}

func (c *comparer) countGap(before, after bool) {
	switch {
	case !before && after:
		c.tally.zwnjInserted++
	case before && !after:
		c.tally.zwnjRemoved++
	}
}

// compareRaw compares the bytes of the line so far, until they differ:
// the bytes of one side wait in raw for the other side's.
func (c *comparer) compareRaw(k int, p []byte) {
	mine, other := &c.side[k], &c.side[1-k]
	waiting := other.raw[other.rhead:]
	n := min(len(p), len(waiting))
	if !bytes.Equal(p[:n], waiting[:n]) {
		c.changed = true
		mine.raw, mine.rhead, other.raw, other.rhead = mine.raw[:0], 0, other.raw[:0], 0
		return
	}
	other.rhead += n
	other.raw, other.rhead = compact(other.raw, other.rhead)
	mine.raw = append(mine.raw, p[n:]...)
}

// endLine ends the line and adds its counts to s. A line whose letters or
// digits did not pair up adds only to s.unalignedLines.
func (c *comparer) endLine(s *stats) {
	a, b := &c.side[in], &c.side[out]
	if len(a.raw) > a.rhead || len(b.raw) > b.rhead {
		c.changed = true
	}
	if c.changed {
		s.changedLines++
	}
	c.countGap(a.zwnj, b.zwnj) // a ZWNJ after the last letter
	if a.lhead != len(a.letters) || b.lhead != len(b.letters) || a.dhead != len(a.digits) || b.dhead != len(b.digits) {
		s.unalignedLines++
		return
	}
	s.letters += c.tally.letters
	s.zwnjInserted += c.tally.zwnjInserted
	s.zwnjRemoved += c.tally.zwnjRemoved
	s.digits += c.tally.digits
}
