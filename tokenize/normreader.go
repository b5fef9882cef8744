package tokenize

import (
	"errors"
	"io"

	"golang.org/x/text/transform"
)

// normReader reads a stream through a normalizing transformer, as
// transform.Reader does, for a Scanner with the Normalize option. Unlike
// transform.Reader it can start over on a new stream, keeping its buffer
// and its transformer, so that Scanner.Reset allocates nothing.
type normReader struct {
	t        transform.Transformer
	r        io.Reader
	src      []byte
	lo, hi   int   // the unread source bytes are src[lo:hi]
	readErr  error // from r; io.EOF at its end
	finished bool  // the transformer has written everything
}

// srcSize is the source buffer: the normalizer needs at most a segment
// window (2 KB) at once, and consumes whole segments.
const srcSize = 4096

func (nr *normReader) reset(t transform.Transformer, r io.Reader) {
	t.Reset()
	if nr.src == nil {
		nr.src = make([]byte, srcSize)
	}
	*nr = normReader{t: t, r: r, src: nr.src}
}

func (nr *normReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for empty := 0; ; {
		if nr.finished {
			if nr.readErr == io.EOF {
				return 0, io.EOF
			}
			return 0, nr.readErr
		}
		atEOF := nr.readErr != nil
		nDst, nSrc, err := nr.t.Transform(p, nr.src[nr.lo:nr.hi], atEOF)
		nr.lo += nSrc
		switch {
		case err == nil:
			nr.finished = atEOF && nr.lo == nr.hi
		case errors.Is(err, transform.ErrShortDst):
			if nDst == 0 {
				return 0, err // cannot happen: the normalizer writes what fits
			}
		case errors.Is(err, transform.ErrShortSrc):
			if atEOF {
				return nDst, err
			}
		default:
			return nDst, err
		}
		if nDst > 0 {
			return nDst, nil
		}
		if nr.finished {
			continue
		}
		// More source is needed: keep what is left and read on.
		if nr.lo > 0 {
			nr.hi = copy(nr.src, nr.src[nr.lo:nr.hi])
			nr.lo = 0
		}
		if nr.hi == len(nr.src) {
			return 0, errors.New("tokenize: the normalizer needs more than a buffer of input")
		}
		n, err := nr.r.Read(nr.src[nr.hi:])
		if n < 0 || n > len(nr.src)-nr.hi {
			n, err = 0, errors.New("tokenize: reader returned an invalid count")
		}
		nr.hi += n
		if err != nil {
			nr.readErr = err
		}
		if n == 0 && err == nil {
			if empty++; empty >= 100 {
				return 0, io.ErrNoProgress
			}
		}
	}
}
