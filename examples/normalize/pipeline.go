package main

import (
	"bufio"
	"bytes"
	"io"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/persiantext/persian/normalize"
)

// The normalizer is line-local: a line's output depends on that line
// alone. So the input can be cut into chunks of whole lines, the chunks
// normalized on several goroutines, and the outputs written in input order:
// the bytes are the same as a single stream's, for any number of workers
// and any chunk size.
//
//	reader ──chunks──► workers (n.Append) ──► writer, in input order
//
// Memory is bounded by the number of chunks, which are recycled: at most
// 2×workers+2 are alive. A chunk is cut at the last newline after
// chunkSize bytes; a line longer than that is read on into its chunk, up
// to maxLine. A line longer than maxLine is not held whole: it is streamed
// through one normalize.Writer, piece by piece, by the writer goroutine
// itself, so it takes a single core but no more memory than a chunk.

const (
	// defaultChunkSize is the size of the chunks the input is cut into.
	// Small chunks balance the workers at the end of an input; large ones
	// cost fewer handovers. 256 KB is both.
	defaultChunkSize = 256 << 10
	// defaultMaxLine is the longest line normalized in parallel with
	// others; a longer one is streamed on a single core.
	defaultMaxLine = 4 * defaultChunkSize
)

// chunkKind says what a chunk holds.
type chunkKind uint8

const (
	wholeLines   chunkKind = iota // lines, each with its newline except maybe the last of an input
	linePiece                     // a piece of a line longer than maxLine, not its end
	linePieceEnd                  // the last piece of such a line: up to its newline or the end of input
)

type chunk struct {
	kind  chunkKind
	in    []byte
	out   []byte
	stats stats         // what normalizing in did, when stats are wanted
	done  chan struct{} // receives when out is ready (wholeLines only)
}

// A pipeline normalizes inputs with a number of worker goroutines and
// writes the output in input order.
type pipeline struct {
	n         *normalize.Normalizer
	workers   int
	chunkSize int // defaultChunkSize if 0
	maxLine   int // 4×chunkSize if 0
	withStats bool

	// bytesRead counts the input read so far, for the progress line.
	bytesRead atomic.Int64
	// outputFailed tells the reader to stop: the output cannot be written.
	outputFailed atomic.Bool
	// Total is what was done, when withStats is set. It is complete once
	// run returns.
	total stats
}

// An input is one file, or standard input.
type input struct {
	name string // for error messages
	r    io.Reader
}

// errOutput marks an error writing the output, after which nothing more can
// be done.
type errOutput struct{ err error }

func (e errOutput) Error() string { return "writing output: " + e.err.Error() }
func (e errOutput) Unwrap() error { return e.err }

// run normalizes each input in turn to out. A failing input is reported to
// inputFailed and skipped; the others are still normalized. Each input is
// normalized on its own: its end ends its last line. The error is a
// failure to write the output.
func (p *pipeline) run(inputs func(yield func(input) bool), out io.Writer, inputFailed func(name string, err error)) error {
	workers := max(p.workers, 1)
	chunkSize := p.chunkSize
	if chunkSize <= 0 {
		chunkSize = defaultChunkSize
	}
	maxLine := p.maxLine
	if maxLine < chunkSize {
		maxLine = 4 * chunkSize
	}
	maxChunks := 2*workers + 2

	free := make(chan *chunk, maxChunks)
	for range maxChunks {
		free <- &chunk{done: make(chan struct{}, 1)} // buffers come on first use
	}
	order := make(chan *chunk, maxChunks) // every chunk, in input order, to the writer
	work := make(chan *chunk, maxChunks)  // whole-line chunks, to the workers

	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			var cmp comparer
			for c := range work {
				c.out = p.n.Append(c.out[:0], c.in)
				if p.withStats {
					c.stats = stats{}
					cmp.chunk(&c.stats, c.in, c.out)
				}
				c.done <- struct{}{}
			}
		})
	}

	var writeErr error
	writerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		writeErr = p.write(order, free, out)
	}()

	// The reader: this goroutine.
	r := reader{p: p, chunkSize: chunkSize, maxLine: maxLine, free: free, order: order, work: work}
	for in := range inputs {
		if p.outputFailed.Load() {
			break
		}
		if err := r.read(in.r); err != nil {
			inputFailed(in.name, err)
		}
	}
	close(work)
	close(order)
	wg.Wait()
	<-writerDone
	return writeErr
}

// reader cuts inputs into chunks.
type reader struct {
	p         *pipeline
	chunkSize int
	maxLine   int
	free      chan *chunk
	order     chan<- *chunk
	work      chan<- *chunk
}

func (r *reader) get() *chunk {
	c := <-r.free
	if cap(c.in) < r.chunkSize {
		c.in = make([]byte, 0, r.chunkSize)
	}
	c.in = c.in[:0]
	return c
}

// send hands c to the writer, and whole lines also to the workers.
func (r *reader) send(c *chunk, kind chunkKind) {
	c.kind = kind
	r.order <- c
	if kind == wholeLines {
		r.work <- c
	}
}

// read cuts one input into chunks and sends them on. It returns the
// input's read error; what was read before it is normalized as if the
// input ended there.
func (r *reader) read(src io.Reader) error {
	cur := r.get()
	streaming := false // inside a line longer than maxLine
	for {
		if r.p.outputFailed.Load() {
			r.free <- cur
			return nil
		}
		start := len(cur.in)
		limit := r.chunkSize
		if start >= r.chunkSize && !streaming {
			// A line longer than a chunk: read on, up to maxLine.
			limit = r.maxLine
			cur.in = slices.Grow(cur.in, limit-start)
		}
		n, err := src.Read(cur.in[start:limit])
		cur.in = cur.in[:start+n]
		r.p.bytesRead.Add(int64(n))
		atEnd := err != nil // io.EOF or a failure: this input ends here
		// Hand on lines as soon as a read brings a newline, so that a
		// pipe that trickles sees each line promptly; files fill chunks.
		if !atEnd && len(cur.in) < limit && bytes.IndexByte(cur.in[start:], '\n') < 0 {
			continue
		}
		cur = r.cut(cur, &streaming, atEnd)
		if atEnd {
			if cur != nil {
				r.free <- cur
			}
			if err == io.EOF {
				return nil
			}
			return err
		}
	}
}

// cut sends what cur holds that can be sent, and returns the chunk to
// read on into (nil at the end of the input).
func (r *reader) cut(cur *chunk, streaming *bool, atEnd bool) *chunk {
	if *streaming {
		i := bytes.IndexByte(cur.in, '\n')
		if i < 0 {
			if atEnd {
				r.send(cur, linePieceEnd)
				*streaming = false
				return nil
			}
			r.send(cur, linePiece) // cur holds a chunk of the line
			return r.get()
		}
		next := r.get()
		next.in = append(next.in, cur.in[i+1:]...)
		cur.in = cur.in[:i+1]
		r.send(cur, linePieceEnd)
		cur, *streaming = next, false
		// The rest may already hold whole lines.
	}
	if atEnd {
		// The last line may lack its newline: the chunk ends where the
		// input does, so it is normalized as a last line.
		if len(cur.in) > 0 {
			r.send(cur, wholeLines)
			return nil
		}
		return cur
	}
	if i := bytes.LastIndexByte(cur.in, '\n'); i >= 0 {
		next := r.get()
		next.in = append(next.in, cur.in[i+1:]...)
		cur.in = cur.in[:i+1]
		r.send(cur, wholeLines)
		return next
	}
	if len(cur.in) >= r.maxLine {
		r.send(cur, linePiece) // a line longer than maxLine begins
		*streaming = true
		return r.get()
	}
	return cur
}

// write writes the chunks of order in turn to out, and recycles them. A
// line longer than maxLine is normalized here, as its pieces arrive, so
// that no more than a piece of it is held. After a write error it goes on
// draining order, so that the reader never blocks.
func (p *pipeline) write(order <-chan *chunk, free chan<- *chunk, out io.Writer) error {
	bw := bufio.NewWriterSize(out, 64<<10)
	var (
		err  error
		long io.WriteCloser // the line being streamed, if any
		cmp  comparer       // and its comparison, with -stats
		tee  = &compareWriter{w: bw, cmp: &cmp}
	)
	fail := func(e error) {
		if e != nil && err == nil {
			err = errOutput{e}
			p.outputFailed.Store(true)
		}
	}
	for c := range order {
		switch {
		case c.kind == wholeLines:
			<-c.done
			if err == nil {
				_, werr := bw.Write(c.out)
				fail(werr)
				p.total.add(&c.stats)
			}
		case err != nil:
			long = nil
		default:
			if long == nil {
				if p.withStats {
					cmp.beginLine()
					long = p.n.Writer(tee)
				} else {
					long = p.n.Writer(bw)
				}
			}
			if p.withStats {
				cmp.feed(in, c.in)
				p.total.bytesIn += int64(len(c.in))
			}
			_, werr := long.Write(c.in)
			fail(werr)
			if c.kind == linePieceEnd {
				fail(long.Close())
				long = nil
				if p.withStats {
					cmp.endLine(&p.total)
					p.total.lines++
					p.total.longLines++
					p.total.bytesOut += tee.n
					tee.n = 0
				}
			}
		}
		free <- c
		// Flush when nothing else is queued: when input trickles through
		// a pipe, each line appears as soon as it is done.
		if err == nil && len(order) == 0 {
			fail(bw.Flush())
		}
	}
	if err == nil {
		fail(bw.Flush())
	}
	return err
}

// compareWriter passes the output of a long line on to w, and to the
// comparer.
type compareWriter struct {
	w   io.Writer
	cmp *comparer
	n   int64
}

func (t *compareWriter) Write(p []byte) (int, error) {
	t.cmp.feed(out, p)
	t.n += int64(len(p))
	return t.w.Write(p)
}
