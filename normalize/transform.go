package normalize

import (
	"errors"
	"io"

	"golang.org/x/text/transform"
)

// Transformer returns a new transform.SpanningTransformer that normalizes
// like n. It holds the state of one stream (the segment in progress and
// the output not yet delivered), so each stream needs its own; the
// Normalizer itself stays shared. Chain it with other transformers:
//
//	t := transform.Chain(norm.NFC, n.Transformer())
//
// Its Span reports how much of the input is already normal, so text that
// needs no change costs only a read.
func (n *Normalizer) Transformer() transform.SpanningTransformer {
	n = n.orDefault()
	return &transformer{n: n, c: newLineCarry()}
}

// Reader returns a reader of r's content, normalized. Memory use is
// bounded whatever the input, even a line of gigabytes.
func (n *Normalizer) Reader(r io.Reader) io.Reader {
	return transform.NewReader(r, n.Transformer())
}

// Writer returns a writer that normalizes what is written to it and writes
// the result to w. It holds back the line in progress, so Close it to flush
// the last line; Close does not close w.
//
// Close may be called more than once, as in a deferred Close after an
// explicit one: a second Close writes nothing and returns what the first
// returned (nil, or the error of writing the last line to w), as
// compress/gzip's Writer does. Write after Close returns ErrClosed.
// A Writer is not safe for concurrent use.
func (n *Normalizer) Writer(w io.Writer) io.WriteCloser {
	return &writer{w: transform.NewWriter(w, n.Transformer())}
}

// ErrClosed is the error of a Write to a Writer that was closed.
var ErrClosed = errors.New("normalize: write to a closed Writer")

// writer guards x/text's transform.Writer, which would flush its held line
// again on a second Close and accept writes after Close.
type writer struct {
	w        *transform.Writer
	closed   bool
	closeErr error // the result of the first Close
}

func (w *writer) Write(p []byte) (int, error) {
	if w.closed {
		return 0, ErrClosed
	}
	return w.w.Write(p)
}

func (w *writer) Close() error {
	if !w.closed {
		w.closed = true
		w.closeErr = w.w.Close()
	}
	return w.closeErr
}

type transformer struct {
	n    *Normalizer
	m    *OffsetMap // filled as segments are consumed, or nil
	c    carry
	bufs buffers
	// indent counts the spaces of indentation to deliver before out: held
	// back over a long run (see segment.go), they are counted, not stored.
	indent int64
	out    []byte // output of the last segment, from pos on not yet delivered
	pos    int
	// scanned counts the bytes at the start of the next src known to hold
	// no newline: after ErrShortSrc, src starts again at the same segment.
	scanned int
}

func (t *transformer) Reset() {
	if t.m != nil {
		t.m.Reset()
	}
	t.c = newLineCarry()
	t.out, t.pos, t.scanned, t.indent = t.out[:0], 0, 0, 0
}

// Transform implements transform.Transformer. It consumes whole segments
// only, and keeps the output of the last one until dst has room for it.
func (t *transformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for {
		for t.indent > 0 {
			k := int(min(t.indent, int64(len(dst)-nDst)))
			if k == 0 {
				return nDst, nSrc, transform.ErrShortDst
			}
			fillSpaces(dst[nDst : nDst+k])
			nDst += k
			t.indent -= int64(k)
		}
		if t.pos < len(t.out) {
			k := copy(dst[nDst:], t.out[t.pos:])
			nDst += k
			t.pos += k
			if t.pos < len(t.out) {
				return nDst, nSrc, transform.ErrShortDst
			}
		}
		t.out, t.pos = t.out[:0], 0
		if nSrc == len(src) {
			return nDst, nSrc, nil
		}
		seg, adv, kind, ok := nextSegmentFrom(src[nSrc:], atEOF, t.scanned)
		if !ok {
			t.scanned = len(src) - nSrc
			return nDst, nSrc, transform.ErrShortSrc
		}
		t.scanned = 0
		// Write straight into dst when the segment cannot outgrow it;
		// otherwise through t.out.
		body := src[nSrc : nSrc+seg]
		var rec *recording
		if t.m != nil {
			rec = &t.bufs.rec
		}
		var out []byte
		var indent int64
		if room := len(dst) - nDst; room >= 2*seg+16 {
			out, indent = t.n.appendSegmentHeld(dst[nDst:nDst:len(dst)], body, kind, &t.c, &t.bufs, rec)
			if kind == segLine && adv > seg {
				out = append(out, '\n')
			}
			if len(out) > room || indent > 0 {
				// It did outgrow dst (many word ligatures), or held spaces
				// go first: deliver it from t.out.
				t.out = append(t.out[:0], out...)
				t.indent = indent
				out = t.out
			} else {
				nDst += len(out)
			}
		} else {
			t.out, t.indent = t.n.appendSegmentHeld(t.out[:0], body, kind, &t.c, &t.bufs, rec)
			indent = t.indent
			if kind == segLine && adv > seg {
				t.out = append(t.out, '\n')
			}
			out = t.out
		}
		if t.m != nil {
			segOut := out
			if kind == segLine && adv > seg {
				segOut = out[:len(out)-1]
			}
			t.m.addSegment(rec.seg, body, segOut, indent, adv, int(indent)+len(out))
		}
		nSrc += adv
	}
}

// Span implements transform.SpanningTransformer.
func (t *transformer) Span(src []byte, atEOF bool) (n int, err error) {
	if t.pos < len(t.out) || t.indent > 0 {
		return 0, transform.ErrEndOfSpan
	}
	bufs := &t.bufs
	for n < len(src) {
		seg, adv, kind, ok := nextSegment(src[n:], atEOF)
		if !ok {
			return n, transform.ErrShortSrc
		}
		t.scanned = 0
		if !t.n.segmentIsNormal(src[n:n+seg], kind, &t.c, &bufs) {
			return n, transform.ErrEndOfSpan
		}
		n += adv
	}
	return n, nil
}
