package normalize

import (
	"sync"

	"github.com/persiantext/persian/normalize/internal/zwnj"
)

// Normalizer normalizes Persian text. Build one with New; it is immutable
// once built and safe for concurrent use. Per-stream state lives in the
// transformers, readers and writers that it hands out.
//
// A nil *Normalizer is the Normalizer of the default options: its methods
// behave as those of New(), so a Normalizer field left unset in a struct
// normalizes like String and Bytes.
type Normalizer struct {
	cfg     config
	letters [256]rune      // the letter table for U+0600–U+06FF (arabicMap)
	check   checkTables    // the tables of the already-normal test (check.go)
	fast    fastTables     // the tables of the fast paths of the character pass (fast.go)
	zwnj    *zwnj.Repairer // nil when the repair is off
	scratch sync.Pool      // *buffers, reused by Append so that it does not allocate
}

// buffers holds the scratch space of one pass over a segment.
type buffers struct {
	mapped []byte  // step 1 output
	shaped []byte  // step 2 output, when the ZWNJ repair follows
	spans  []pspan // protected spans of the segment
	redo   []byte  // a segment's output, to normalize again (segment.go)
	repair zwnj.Scratch
	rec    recording // the edits of a segment, when an OffsetMap is filled
}

// New returns a Normalizer with the default options changed by opts. A nil
// Option is ignored.
func New(opts ...Option) *Normalizer {
	n := &Normalizer{cfg: defaultConfig()}
	for _, o := range opts {
		if o != nil {
			o(&n.cfg)
		}
	}
	n.letters = *arabicMap(&n.cfg)
	n.check = newCheckTables(n)
	n.fast = newFastTables(n)
	if !n.cfg.zwnjOff {
		n.zwnj = zwnj.New(n.cfg.zwnj)
	}
	n.scratch.New = func() any { return new(buffers) }
	return n
}

// defaultNormalizer is built on first use and never changes.
var defaultNormalizer = sync.OnceValue(func() *Normalizer { return New() })

// String returns s normalized with the default options.
func String(s string) string { return defaultNormalizer().String(s) }

// Bytes returns b normalized with the default options, in a new slice.
func Bytes(b []byte) []byte { return defaultNormalizer().Bytes(b) }

// orDefault returns n, or the default Normalizer when n is nil.
func (n *Normalizer) orDefault() *Normalizer {
	if n == nil {
		return defaultNormalizer()
	}
	return n
}

// String returns s normalized.
func (n *Normalizer) String(s string) string {
	n = n.orDefault()
	if n.isNormalText([]byte(s)) {
		return s
	}
	return string(n.Append(make([]byte, 0, len(s)+len(s)/8), []byte(s)))
}

// Bytes returns b normalized, in a new slice.
func (n *Normalizer) Bytes(b []byte) []byte {
	n = n.orDefault()
	return n.Append(make([]byte, 0, len(b)+len(b)/8), b)
}

// Append appends src, normalized, to dst and returns the extended slice.
// When dst has room enough it does not allocate, which makes it the call
// for a hot loop that reuses one buffer:
//
//	buf = n.Append(buf[:0], line)
//
// src and dst must not overlap.
func (n *Normalizer) Append(dst, src []byte) []byte {
	n = n.orDefault()
	return n.appendText(dst, src, nil)
}

// AppendString is Append for a string source.
func (n *Normalizer) AppendString(dst []byte, src string) []byte {
	// The conversion does not allocate: Append neither keeps nor changes src.
	return n.Append(dst, []byte(src))
}

// isNormalText reports whether normalizing text leaves it unchanged, using
// the same segments as Append.
func (n *Normalizer) isNormalText(src []byte) bool {
	var bufs *buffers
	defer func() {
		if bufs != nil {
			n.scratch.Put(bufs)
		}
	}()
	c := newLineCarry()
	for len(src) > 0 {
		seg, adv, kind, _ := nextSegment(src, true)
		if !n.segmentIsNormal(src[:seg], kind, &c, &bufs) {
			return false
		}
		src = src[adv:]
	}
	return true
}

// segmentIsNormal reports whether the segment seg is left unchanged, and if
// so advances c past it. *bufs is fetched from the pool when the ZWNJ
// repair must be consulted.
func (n *Normalizer) segmentIsNormal(seg []byte, kind segKind, c *carry, bufs **buffers) bool {
	if kind == segSpaces || c.pendingSpace || c.indent > 0 {
		return false
	}
	body := seg
	if kind == segLine && len(body) > 0 && body[len(body)-1] == '\r' {
		body = body[:len(body)-1]
	}
	if !n.check.normal(body, kind == segLine, c) {
		return false
	}
	if n.zwnj != nil && len(body) > 0 {
		if *bufs == nil {
			*bufs = n.scratch.Get().(*buffers)
		}
		b := *bufs
		b.shaped = n.zwnj.AppendScratch(b.shaped[:0], body, &b.repair)
		if string(b.shaped) != string(body) {
			return false
		}
	}
	n.advanceCarry(body, kind, c)
	return true
}

// advanceCarry moves c past a segment whose character-pass output is out.
func (n *Normalizer) advanceCarry(out []byte, kind segKind, c *carry) {
	if kind == segLine {
		*c = newLineCarry()
		return
	}
	c.advance(out)
}

// appendSegment appends the normalized segment seg, a line or a piece of
// one (not a window of spaces: see appendSegmentHeld), to dst.
//
// With rec, it leaves in rec.seg the edits that turned seg into what it
// appended.
func (n *Normalizer) appendSegment(dst, seg []byte, kind segKind, c *carry, bufs *buffers, rec *recording) []byte {
	start := len(dst)
	cr := false
	if kind == segLine && len(seg) > 0 && seg[len(seg)-1] == '\r' {
		seg, cr = seg[:len(seg)-1], true
	}
	// The already-normal test vouches for seg[:prefix], but for the spaces
	// in drops, and the pass may start afresh after it.
	prefix := 0
	var drops spaceDrops
	if !c.pendingSpace {
		prefix = n.check.normalPrefix(seg, kind == segLine, c, &drops)
	}
	if prefix == len(seg) && drops.n == 0 && !c.pendingSpace {
		// Already normal for the character pass: only the repair may act.
		if n.zwnj != nil {
			dst = n.zwnj.AppendScratch(dst, seg, &bufs.repair)
			if rec != nil {
				rec.seg = alignRepair(rec.seg[:0], seg, dst[start:])
			}
		} else {
			dst = append(dst, seg...)
			if rec != nil {
				rec.seg = rec.seg[:0]
			}
		}
		n.advanceCarry(seg, kind, c)
		if cr {
			dst = append(dst, '\r')
		}
		return dst
	}
	if n.zwnj == nil {
		dst = n.charPassAfter(dst, seg, prefix, &drops, kind, c, bufs, rec)
		n.advanceCarry(dst[start:], kind, c)
	} else {
		bufs.shaped = n.charPassAfter(bufs.shaped[:0], seg, prefix, &drops, kind, c, bufs, rec)
		dst = n.zwnj.AppendScratch(dst, bufs.shaped, &bufs.repair)
		n.advanceCarry(bufs.shaped, kind, c)
		if rec != nil {
			rec.repaired = alignRepair(rec.repaired[:0], bufs.shaped, dst[start:])
			if len(rec.repaired) > 0 {
				rec.tmp = compose(rec.tmp[:0], rec.seg, rec.repaired)
				rec.seg, rec.tmp = rec.tmp, rec.seg
			}
		}
	}
	c.pendingSpace = false
	if cr {
		dst = append(dst, '\r')
	}
	return dst
}

// charPassAfter appends the character pass of seg to dst, given that the
// already-normal test vouched for seg[:prefix] but for the spaces in
// drops, and that the pass may start afresh after it (see
// checkTables.normalPrefix): the prefix is copied without those spaces,
// and the pass runs on the rest with the carry advanced over the copy. It
// does not advance c. With rec, it leaves the edits of seg in rec.seg.
func (n *Normalizer) charPassAfter(dst, seg []byte, prefix int, drops *spaceDrops, kind segKind, c *carry, bufs *buffers, rec *recording) []byte {
	if prefix == 0 {
		return n.charPass(dst, seg, kind, c, bufs, rec)
	}
	start := len(dst)
	if rec != nil {
		rec.seg = rec.seg[:0]
	}
	dst = drops.appendKept(dst, seg[:prefix], rec)
	if prefix == len(seg) {
		return dst
	}
	copied := len(dst) - start
	rc := *c
	rc.advance(dst[start:])
	if rec == nil {
		return n.charPass(dst, seg[prefix:], kind, &rc, bufs, nil)
	}
	rec.head = append(rec.head[:0], rec.seg...) // the removals in the prefix
	dst = n.charPass(dst, seg[prefix:], kind, &rc, bufs, rec)
	for _, e := range rec.seg {
		rec.head = append(rec.head, edit{e.in0 + prefix, e.in1 + prefix, e.out0 + copied, e.out1 + copied})
	}
	rec.seg, rec.head = rec.head, rec.seg
	return dst
}

// charPass appends the character pass of seg (both steps, without the fast
// path and without the ZWNJ repair) to dst. It does not advance c. With
// rec, it leaves the edits from seg to its output in rec.seg.
func (n *Normalizer) charPass(dst, seg []byte, kind segKind, c *carry, bufs *buffers, rec *recording) []byte {
	mapped := bufs.mapped[:0]
	if c.pendingSpace {
		mapped = append(mapped, ' ')
	}
	if rec != nil {
		rec.mapped, rec.shaped = rec.mapped[:0], rec.shaped[:0]
		if c.pendingSpace {
			// The space that stands for a run consumed by an earlier
			// segment: inserted here, it joins the removal of that run.
			rec.mapped = append(rec.mapped, edit{0, 0, 0, 1})
		}
	}
	var spans []pspan
	mc := *c
	if c.pendingSpace {
		mc.prev, mc.prevInvalid = ' ', false
	}
	mapped, spans = n.mapRunes(mapped, seg, &mc, bufs.spans[:0], rec)
	if c.pendingSpace && len(spans) > 0 {
		for i := range spans {
			spans[i].start++
			spans[i].end++
		}
	}
	bufs.mapped, bufs.spans = mapped, spans
	s := shaper{
		n: n, a: mapped, spans: spans, lineEnd: kind == segLine,
		prev: c.prev, prevPrev: c.prevPrev, prevBase: c.prevBase,
		strong: c.strong, lineStart: c.lineStart, prevInvalid: c.prevInvalid,
		quoteClose: -1, out: dst, rec: rec, base: len(dst),
	}
	out := s.shape()
	if rec != nil {
		rec.seg = compose(rec.seg[:0], rec.mapped, rec.shaped)
	}
	return out
}
