package normalize

import (
	"io"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// Offsets.
//
// Normalized text is what a program analyses; the raw text is what its
// user has, annotates and highlights. An OffsetMap connects the two: it
// tells which bytes of the raw input each part of the output came from,
// and back.
//
// Most of the output is the input byte for byte, or a rune replaced by a
// rune of the same length (ي → ی, ك → ک): there the two texts stay in step
// and the map stores nothing. It stores only the edits, the places where
// the lengths part: a rune removed (tatweel, a bidi mark), inserted (a
// ZWNJ put into a glued word), or replaced by one of another length (5 →
// ۵, a space run collapsed, ﻻ → لا). Its memory is proportional to the
// number of edits, not to the length of the text.
//
// An edit is atomic: a span that starts or ends inside one maps to the
// whole of it. A removed character that is not whitespace belongs to its
// neighbour in the same word, the letter before it or, at the start of a
// word, the one after it, so that the span of کتاب in «کتـــاب» or in
// «\u200fکتاب» covers the tatweel or the mark. An inserted character maps
// to the gap it filled: the ZWNJ of «کتاب‌ها» made from «كتاب ها» maps to
// the space it replaced, and one put into «میروم» to the empty span
// between «می» and «روم». A space removed between two tokens («کتاب .»)
// belongs to neither.
//
// The recording happens where the edits are made: the character pass
// notes them as it writes (charpass.go, shape.go), and the edits of the
// ZWNJ repair, which only ever inserts a ZWNJ, turns a space into one or
// removes a space, are found by aligning its input and output in one
// linear pass (alignRepair). The edits of each pass over a segment are
// composed into those of the segment (compose), whose offsets the map then
// shifts to the segment's place in the text. Normalizing without a map
// records nothing: every note is behind a nil test on a path that already
// changes the text.

// An OffsetMap maps between byte offsets of normalized text and of the
// raw text it was normalized from. Fill it with AppendOffsets,
// OffsetTransformer or OffsetReader, then ask it with Raw and Out. The
// zero value is an empty map, ready to use.
//
// Each call that fills a map extends it: the raw offsets count on from
// the raw bytes it already maps and the output offsets from the output
// bytes, so a map can follow a text normalized piece by piece (whole
// lines at a time: each call normalizes its input as a complete text).
// Reset empties it.
//
// Its memory is proportional to the number of edits that normalization
// made, not to the length of the text; Forget drops what a reader that
// moves forward no longer needs, so that a map following an endless
// stream stays small.
//
// Lookups do not change the map: any number of goroutines may call Raw
// and Out at once, as long as none fills, resets or trims the map.
type OffsetMap struct {
	edits []mapEdit // in order; those before head are forgotten
	head  int
	raw   int // raw bytes mapped so far
	out   int // output bytes mapped so far
	// The end of the last forgotten edit: after it, raw and output offsets
	// differ by baseRaw-baseOut until the next edit.
	baseRaw, baseOut int
}

// mapEdit says that raw[raw:raw+rawLen) became out[out:out+outLen).
type mapEdit struct {
	raw, out       int
	rawLen, outLen int32
}

func (e *mapEdit) rawEnd() int { return e.raw + int(e.rawLen) }
func (e *mapEdit) outEnd() int { return e.out + int(e.outLen) }

// maxEditLen bounds the length of a stored edit, so that it fits its
// int32 fields. A longer insertion or removal (held indentation of
// gigabytes) is stored as several.
const maxEditLen = 1 << 30

// Len returns the number of raw bytes and of output bytes that m maps.
func (m *OffsetMap) Len() (raw, out int) { return m.raw, m.out }

// Reset empties m, keeping its memory.
func (m *OffsetMap) Reset() {
	*m = OffsetMap{edits: m.edits[:0]}
}

// Forget drops the edits that only output offsets before out need. A
// reader that has moved past out calls it to keep the map small; after
// it, Raw and Out answer for offsets at or after out (and the raw offsets
// they map to) as before, and for earlier ones as if no edit had been made
// before out.
func (m *OffsetMap) Forget(out int) {
	for m.head < len(m.edits) && m.edits[m.head].outEnd() < out {
		e := &m.edits[m.head]
		m.baseRaw, m.baseOut = e.rawEnd(), e.outEnd()
		m.head++
	}
	if m.head >= 64 && 2*m.head >= len(m.edits) {
		n := copy(m.edits, m.edits[m.head:])
		m.edits = m.edits[:n]
		m.head = 0
	}
}

// Raw returns the span of the raw text that the output span [outStart,
// outEnd) came from. A span that starts or ends inside an edit is widened
// to all of it (see the package's notes on offsets): the span of an
// inserted ZWNJ is the empty span of the gap it filled. An empty span
// maps to an empty span. Offsets are clamped to the output that m maps,
// and outEnd to at least outStart.
func (m *OffsetMap) Raw(outStart, outEnd int) (rawStart, rawEnd int) {
	outStart = min(max(outStart, 0), m.out)
	outEnd = min(max(outEnd, outStart), m.out)
	rawStart = m.rawStart(outStart)
	if outEnd == outStart {
		return rawStart, rawStart
	}
	return rawStart, max(m.rawEndAt(outEnd), rawStart)
}

// Out returns the span of the output that the raw span [rawStart, rawEnd)
// became: the inverse of Raw. A span that starts or ends inside an edit
// is widened to all of it; the span of a removed character (a tatweel
// that belongs to no word, a space before punctuation) is an empty span.
// Offsets are clamped to the raw text that m maps, and rawEnd to at least
// rawStart.
func (m *OffsetMap) Out(rawStart, rawEnd int) (outStart, outEnd int) {
	rawStart = min(max(rawStart, 0), m.raw)
	rawEnd = min(max(rawEnd, rawStart), m.raw)
	outStart = m.outStart(rawStart)
	if rawEnd == rawStart {
		return outStart, outStart
	}
	return outStart, max(m.outEndAt(rawEnd), outStart)
}

// The lookups search the live edits from their start, doubling the step
// (galloping), then halving: a reader that moves forward and forgets what
// it passed, as tokenize's Scanner does, asks about the first few edits,
// and finds them in a step or two; any other offset costs two binary
// searches' worth.

// Keys of an edit that the lookups search by.
const (
	byOut = iota
	byOutEnd
	byRaw
	byRawEnd
)

func (e *mapEdit) key(by int) int {
	switch by {
	case byOut:
		return e.out
	case byOutEnd:
		return e.outEnd()
	case byRaw:
		return e.raw
	}
	return e.rawEnd()
}

// search returns the first index i of live whose key is greater than x
// (the keys do not decrease along live).
func search(live []mapEdit, by, x int) int {
	lo, hi := 0, 1
	for hi <= len(live) && live[hi-1].key(by) <= x {
		lo, hi = hi, 2*hi
	}
	hi = min(hi, len(live))
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if live[h].key(by) > x {
			hi = h
		} else {
			lo = h + 1
		}
	}
	return lo
}

// rawStart maps the output offset s, the start of a span, to the raw
// offset where the bytes from s on came from: after text removed at s,
// at the start of an edit that holds s.
func (m *OffsetMap) rawStart(s int) int {
	live := m.edits[m.head:]
	// The edit before k is the last one that starts at or before s.
	k := search(live, byOut, s)
	if k == 0 {
		return s + m.baseRaw - m.baseOut
	}
	e := &live[k-1]
	if s < e.outEnd() {
		return e.raw
	}
	return s - e.outEnd() + e.rawEnd()
}

// rawEndAt maps the output offset e, the end of a span, to the raw offset
// where the bytes before e end: before text removed at e, at the end of
// an edit that holds the byte before e.
func (m *OffsetMap) rawEndAt(e int) int {
	live := m.edits[m.head:]
	// k: the first edit that ends at or after e.
	k := search(live, byOutEnd, e-1)
	if k == len(live) {
		if k == 0 {
			return e + m.baseRaw - m.baseOut
		}
		last := &live[k-1]
		return e - last.outEnd() + last.rawEnd()
	}
	ed := &live[k]
	if ed.out < e {
		return ed.rawEnd()
	}
	return ed.raw - (ed.out - e)
}

// outStart is rawStart the other way.
func (m *OffsetMap) outStart(s int) int {
	live := m.edits[m.head:]
	k := search(live, byRaw, s)
	if k == 0 {
		return s + m.baseOut - m.baseRaw
	}
	e := &live[k-1]
	if s < e.rawEnd() {
		return e.out
	}
	return s - e.rawEnd() + e.outEnd()
}

// outEndAt is rawEndAt the other way.
func (m *OffsetMap) outEndAt(e int) int {
	live := m.edits[m.head:]
	k := search(live, byRawEnd, e-1)
	if k == len(live) {
		if k == 0 {
			return e + m.baseOut - m.baseRaw
		}
		last := &live[k-1]
		return e - last.rawEnd() + last.outEnd()
	}
	ed := &live[k]
	if ed.raw < e {
		return ed.outEnd()
	}
	return ed.out - (ed.raw - e)
}

// add appends the edit raw[r0:r1) → out[o0:o1), in m's offsets, after
// all edits added before. A removal or insertion that continues a removal,
// or an insertion that continues an insertion, merges with it: spaces
// removed over several segments and written back as one space, or as held
// indentation, become one edit. (Text removed after an insertion stays
// apart: it is no part of what was inserted.)
func (m *OffsetMap) add(r0, r1, o0, o1 int) {
	if r0 == r1 && o0 == o1 {
		return
	}
	if r0 == r1 || o0 == o1 {
		if n := len(m.edits); n > m.head {
			last := &m.edits[n-1]
			if (last.outLen == 0 || last.rawLen == 0 && r0 == r1) && last.rawEnd() == r0 && last.outEnd() == o0 &&
				int(last.rawLen)+r1-r0 <= maxEditLen && int(last.outLen)+o1-o0 <= maxEditLen {
				last.rawLen += int32(r1 - r0)
				last.outLen += int32(o1 - o0)
				return
			}
		}
		// A removal or insertion too long for one edit is stored in pieces.
		for r1-r0 > maxEditLen || o1-o0 > maxEditLen {
			dr, do := min(r1-r0, maxEditLen), min(o1-o0, maxEditLen)
			m.edits = append(m.edits, mapEdit{r0, o0, int32(dr), int32(do)})
			r0, o0 = r0+dr, o0+do
		}
	}
	m.edits = append(m.edits, mapEdit{r0, o0, int32(r1 - r0), int32(o1 - o0)})
}

// addSegment adds the edits of one segment: its raw bytes seg (without
// its '\n') became out, after held spaces of indentation that the caller
// writes before out. rawAdv and outAdv are what the segment consumed and
// wrote in all ('\n' and held spaces included); m's lengths move on by
// them.
func (m *OffsetMap) addSegment(edits []edit, seg, out []byte, held int64, rawAdv, outAdv int) {
	r, o := m.raw, m.out
	for held > 0 {
		k := int(min(held, maxEditLen))
		m.add(r, r, o, o+k)
		o += k
		held -= int64(k)
	}
	edits = attachRemovals(edits, seg, out)
	for _, e := range edits {
		m.add(r+e.in0, r+e.in1, o+e.out0, o+e.out1)
	}
	m.raw += rawAdv
	m.out += outAdv
}

// An edit says that in[in0:in1) of a pass's input became out[out0:out1)
// of its output. Edits of one pass are in order and do not overlap;
// between them the two texts are equal byte for byte.
type edit struct {
	in0, in1, out0, out1 int
}

// recording holds the edits of the passes over one segment while a map is
// filled. It lives in buffers; a nil *recording records nothing.
type recording struct {
	mapped   []edit // mapRunes: the segment → the mapped text, pending space included
	shaped   []edit // shape: the mapped text → the character pass's output
	repaired []edit // the ZWNJ repair's input → its output
	seg      []edit // the segment → its output
	first    []edit // the segment → its first output, when the line is read again
	head     []edit // the removals of the already-normal test, then the pass's edits
	tmp      []edit
}

// compose appends to c the edits of a pass a followed by a pass b: a
// maps x to y and b maps y to z. Edits of a and b whose spans in y overlap
// (or where one holds the other's empty span strictly inside) become one
// edit of x to z; the others carry over, shifted.
func compose(c, a, b []edit) []edit {
	if len(a) == 0 {
		return append(c, b...)
	}
	if len(b) == 0 {
		return append(c, a...)
	}
	ia, ib := 0, 0
	da, db := 0, 0 // y-x after the last edit of a used, z-y after that of b
	for ia < len(a) || ib < len(b) {
		// The group starts with the edit that starts first in y; at a tie
		// an empty span first, and a before b.
		var y0, y1 int
		useA := ib == len(b)
		if ia < len(a) && ib < len(b) {
			ya, yb := a[ia].out0, b[ib].in0
			emptyA, emptyB := a[ia].out0 == a[ia].out1, b[ib].in0 == b[ib].in1
			useA = ya < yb || ya == yb && (emptyA || !emptyB)
		}
		firstA, lastA, firstB, lastB := -1, -1, -1, -1
		if useA {
			y0, y1 = a[ia].out0, a[ia].out1
			firstA, lastA = ia, ia
			ia++
		} else {
			y0, y1 = b[ib].in0, b[ib].in1
			firstB, lastB = ib, ib
			ib++
		}
		// Take in every edit that overlaps the group, until none does. An
		// empty group (a removal in a, an insertion in b) stays alone.
		for y0 < y1 {
			grew := false
			if ia < len(a) && overlaps(a[ia].out0, a[ia].out1, y0, y1) {
				if firstA < 0 {
					firstA = ia
				}
				lastA = ia
				y1 = max(y1, a[ia].out1)
				ia++
				grew = true
			}
			if ib < len(b) && overlaps(b[ib].in0, b[ib].in1, y0, y1) {
				if firstB < 0 {
					firstB = ib
				}
				lastB = ib
				y1 = max(y1, b[ib].in1)
				ib++
				grew = true
			}
			if !grew {
				break
			}
		}
		x0, x1 := y0-da, y1-da
		if firstA >= 0 {
			x0 = y0 - (a[firstA].out0 - a[firstA].in0)
			da = a[lastA].out1 - a[lastA].in1
			x1 = y1 - da
		}
		z0, z1 := y0+db, y1+db
		if firstB >= 0 {
			z0 = y0 + (b[firstB].out0 - b[firstB].in0)
			db = b[lastB].out1 - b[lastB].in1
			z1 = y1 + db
		}
		if x0 != x1 || z0 != z1 {
			c = append(c, edit{x0, x1, z0, z1})
		}
	}
	return c
}

// overlaps reports whether the span [e0, e1) belongs to the non-empty
// group [g0, g1): it overlaps it, or it is empty and strictly inside.
func overlaps(e0, e1, g0, g1 int) bool {
	if e0 == e1 {
		return g0 < e0 && e0 < g1
	}
	return e0 < g1 && e1 > g0
}

// alignRepair appends to edits the edits that turn in into out, the ZWNJ
// repair's output for in. The repair only inserts a ZWNJ between letters,
// turns a space into a ZWNJ, or removes a space, so one walk finds them:
// where the texts part, a ZWNJ in out against a space in in is a space
// replaced, a ZWNJ against anything else is inserted, and a space in in
// against anything else is removed. Anything else (which the repair's
// contract rules out) ends the walk with one edit over the rest.
func alignRepair(edits []edit, in, out []byte) []edit {
	i, j := 0, 0
	for {
		k := commonPrefix(in[i:], out[j:])
		i, j = i+k, j+k
		// Compare whole runes: a ZWNJ inserted before a rune that shares
		// its lead byte must not be read from the middle.
		for k > 0 && j < len(out) && out[j]&0xC0 == 0x80 {
			i, j, k = i-1, j-1, k-1
		}
		switch {
		case i == len(in) && j == len(out):
			return edits
		case j+3 <= len(out) && out[j] == 0xE2 && out[j+1] == 0x80 && out[j+2] == 0x8C:
			if i < len(in) && in[i] == ' ' {
				edits = append(edits, edit{i, i + 1, j, j + 3})
				i++
			} else {
				edits = append(edits, edit{i, i, j, j + 3})
			}
			j += 3
		case i < len(in) && in[i] == ' ':
			edits = append(edits, edit{i, i + 1, j, j})
			i++
		default:
			return append(edits, edit{i, len(in), j, len(out)})
		}
	}
}

// commonPrefix returns the length of the longest common prefix of a and
// b, comparing eight bytes at a time.
func commonPrefix(a, b []byte) int {
	n := min(len(a), len(b))
	a, b = a[:n], b[:n]
	i := 0
	for ; i+8 <= n; i += 8 {
		x := le64(a[i:]) ^ le64(b[i:])
		if x != 0 {
			return i + trailingZeroBytes(x)
		}
	}
	for i < n && a[i] == b[i] {
		i++
	}
	return i
}

func le64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// trailingZeroBytes returns the number of zero bytes below the lowest set
// bit of x (x != 0).
func trailingZeroBytes(x uint64) int {
	n := 0
	for x&0xFF == 0 {
		x >>= 8
		n++
	}
	return n
}

// attachRemovals gives each removal of non-whitespace text in edits (the
// edits of a segment seg that became out) to the character next to it in
// the same word: the one before it, or at the start of a word the one
// after it. A removal between two spaces, or one that removed whitespace,
// stays on its own. It works in place and returns the edits.
func attachRemovals(edits []edit, seg, out []byte) []edit {
	w := 0
	for i := 0; i < len(edits); i++ {
		e := edits[i]
		if e.out0 != e.out1 || e.in0 == e.in1 || hasSpace(seg[e.in0:e.in1]) {
			edits[w] = e
			w++
			continue
		}
		// (Text inserted next to it, which came from no raw text, is no
		// neighbour.)
		before := w > 0 && edits[w-1].out1 == e.out0
		if r, size := utf8.DecodeLastRune(out[:e.out0]); size > 0 && !isSpaceLike(r) && !(before && edits[w-1].in0 == edits[w-1].in1) {
			if before {
				edits[w-1].in1 = e.in1 // the edit before ends at the removal
				continue
			}
			edits[w] = edit{e.in0 - size, e.in1, e.out0 - size, e.out0}
			w++
			continue
		}
		after := i+1 < len(edits) && edits[i+1].out0 == e.out0
		if r, size := utf8.DecodeRune(out[e.out0:]); size > 0 && !isSpaceLike(r) && !(after && edits[i+1].in0 == edits[i+1].in1) {
			if after {
				edits[i+1].in0 = e.in0 // the next edit starts there
				continue
			}
			edits[w] = edit{e.in0, e.in1 + size, e.out0, e.out0 + size}
			w++
			continue
		}
		edits[w] = e
		w++
	}
	return edits[:w]
}

// hasSpace reports whether b holds whitespace.
func hasSpace(b []byte) bool {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			if b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n' || b[i] == '\v' || b[i] == '\f' {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if unicode.IsSpace(r) {
			return true
		}
		i += size
	}
	return false
}

// isSpaceLike reports whether r separates words.
func isSpaceLike(r rune) bool {
	return r == ' ' || r == '\t' || r == '\r' || r == '\n' || r > utf8.RuneSelf && unicode.IsSpace(r) || r == utf8.RuneError
}

// AppendOffsets is Append that also records in m where each byte it
// appends came from in src. It extends m: src is taken to follow the raw
// text m already maps, and the output to follow the output m maps (not
// dst's earlier bytes), so that for a new or Reset map the output offsets
// are offsets into what AppendOffsets appended:
//
//	var m normalize.OffsetMap
//	out := n.AppendOffsets(nil, raw, &m)
//	rawStart, rawEnd := m.Raw(outStart, outEnd) // raw[rawStart:rawEnd] became out[outStart:outEnd]
//
// Each call normalizes src as a complete text, as Append does. To follow
// a text that arrives in pieces, give it whole lines per call, or use
// OffsetReader or OffsetTransformer, which cut it where Append would.
func (n *Normalizer) AppendOffsets(dst, src []byte, m *OffsetMap) []byte {
	n = n.orDefault()
	return n.appendText(dst, src, m)
}

// appendText is Append, recording into m when m is not nil.
func (n *Normalizer) appendText(dst, src []byte, m *OffsetMap) []byte {
	bufs := n.scratch.Get().(*buffers)
	var rec *recording
	if m != nil {
		rec = &bufs.rec
	}
	c := newLineCarry()
	for len(src) > 0 {
		seg, adv, kind, _ := nextSegment(src, true)
		start := len(dst)
		var indent int64
		dst, indent = n.appendSegmentHeld(dst, src[:seg], kind, &c, bufs, rec)
		if indent > 0 {
			dst = insertSpaces(dst, start, indent)
		}
		if kind == segLine && adv > seg {
			dst = append(dst, '\n')
		}
		if m != nil {
			m.addSegment(rec.seg, src[:seg], dst[start+int(indent):], indent, adv, len(dst)-start)
		}
		src = src[adv:]
	}
	n.scratch.Put(bufs)
	return dst
}

// OffsetTransformer returns a transform.Transformer that normalizes like
// Transformer's and records in m where each byte it writes came from in
// what it reads. m's raw offsets count the bytes the transformer
// consumes and its output offsets the bytes it produces, on from what m
// already maps; Reset resets m too, so transform.String and
// transform.Bytes, which reset the transformer first, fill it anew.
//
// In a transform.Chain, m maps this link's output to its input, not to
// the chain's. It does not implement SpanningTransformer: every byte goes
// through Transform, so that the map sees it.
func (n *Normalizer) OffsetTransformer(m *OffsetMap) transform.Transformer {
	n = n.orDefault()
	return &offsetTransformer{transformer{n: n, c: newLineCarry(), m: m}}
}

// offsetTransformer hides the Span of transformer.
type offsetTransformer struct{ t transformer }

func (t *offsetTransformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	return t.t.Transform(dst, src, atEOF)
}

func (t *offsetTransformer) Reset() { t.t.Reset() }

// OffsetReader returns a reader of r's content, normalized, as Reader
// does, and records in m where each byte read came from in r: the k-th
// byte read is output offset k of m (after what m already mapped), and
// the raw offsets count the bytes of r. The map may run a segment ahead
// of what has been read. Memory use stays bounded as with Reader, apart
// from m, which grows with the edits; a reader that moves forward trims it
// with Forget.
func (n *Normalizer) OffsetReader(r io.Reader, m *OffsetMap) io.Reader {
	return transform.NewReader(r, n.OffsetTransformer(m))
}
