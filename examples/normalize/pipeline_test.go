package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"testing/iotest"
	"time"

	"github.com/persiantext/persian/normalize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pipelineInputs are inputs that stress the cutting into chunks.
var pipelineInputs = []struct {
	name, text string
}{
	{"empty", ""},
	{"one newline", "\n"},
	{"lines", "علي  رفت .\n\nسال 1404\nبی‌پایان\n"},
	{"no final newline", "ميروم\nكتاب ها را خواندم"},
	{"CRLF", "ميروم\r\nكتاب ها \r\n\r\nسال 1404\r\n"},
	{"CRLF without final newline", "ميروم\r\nكتاب ها\r"},
	{"invalid UTF-8", "مي\xffروم\n\xd9\nكتاب\xe2\x80 ها\n\xf0\x9f"},
	{"blank lines only", "\n\n\n\n"},
	{"huge line", strings.Repeat("ميروم كتاب ها را 12 بار ", 3000)},
	{"huge line between lines", "سطر اول\n" + strings.Repeat("ميروم كتاب ها ", 5000) + "\nسطر آخر\n"},
	{"line longer than the default chunk", "سطر اول\n" + strings.Repeat("ميروم كتاب ها ", 30000) + "\nسطر آخر"},
	{"line longer than the longest held whole", "سطر اول\n" + strings.Repeat("ميروم كتاب ها ", 75000) + "\nسطر آخر"},
	{"huge line ending at a chunk end", strings.Repeat("a", 4095) + "\n" + strings.Repeat("ب", 3000)},
}

// normalizeWith runs the pipeline over the inputs, read by readers made
// by wrap.
func normalizeWith(t testing.TB, n *normalize.Normalizer, workers, chunkSize int, wrap func(io.Reader) io.Reader, texts ...string) string {
	p := &pipeline{n: n, workers: workers, chunkSize: chunkSize}
	var out bytes.Buffer
	inputs := func(yield func(input) bool) {
		for i, s := range texts {
			if !yield(input{name: fmt.Sprint(i), r: wrap(strings.NewReader(s))}) {
				return
			}
		}
	}
	err := p.run(inputs, &out, func(name string, err error) { t.Errorf("input %s: %v", name, err) })
	require.NoError(t, err)
	return out.String()
}

func identity(r io.Reader) io.Reader { return r }

func TestOutputDoesNotDependOnWorkersOrChunkSize(t *testing.T) {
	n := normalize.New()
	readers := map[string]func(io.Reader) io.Reader{
		"whole":    identity,
		"one byte": iotest.OneByteReader,
		"half":     iotest.HalfReader,
		"data+EOF": iotest.DataErrReader,
	}
	for _, in := range pipelineInputs {
		want := n.String(in.text)
		single := normalizeWith(t, n, 1, defaultChunkSize, identity, in.text)
		assert.Equal(t, want, single, "%s: -workers 1 differs from the library", in.name)
		for _, workers := range []int{1, 2, 3, 8} {
			for _, chunk := range []int{1, 7, 64, 4096, defaultChunkSize} {
				for rname, wrap := range readers {
					if raceEnabled && len(in.text) > 1000 && (rname == "one byte" || rname == "data+EOF") {
						continue // the race detector makes them slow; whole and half reads remain
					}
					if len(in.text) > 10000 && (chunk < 64 || rname == "one byte" && (chunk > 64 || raceEnabled)) ||
						len(in.text) > defaultChunkSize && (chunk < defaultChunkSize || rname != "whole" || raceEnabled) {
						continue // slow, and the other sizes cover it
					}
					got := normalizeWith(t, n, workers, chunk, wrap, in.text)
					if got != want {
						t.Errorf("%s: workers %d, chunk %d, %s reads: output differs from -workers 1", in.name, workers, chunk, rname)
					}
				}
			}
		}
	}
}

func TestOutputOfRealTextDoesNotDependOnWorkers(t *testing.T) {
	text := updtSample(t)
	stripped := strings.ReplaceAll(text, "\u200c", "")
	spaced := strings.ReplaceAll(text, "\u200c", " ")
	crlf := strings.ReplaceAll(stripped, "\n", "\r\n")
	opts := [][]normalize.Option{nil, {normalize.Search()}, {normalize.WithZWNJRepair(false)}}
	if raceEnabled {
		opts = opts[:1]
	}
	for _, opts := range opts {
		n := normalize.New(opts...)
		want := normalizeWith(t, n, 1, defaultChunkSize, identity, stripped, spaced, crlf)
		assert.Equal(t, n.String(stripped)+n.String(spaced)+n.String(crlf), want)
		for _, workers := range []int{2, 4} {
			for _, chunk := range []int{100, 1000, 64 << 10} {
				got := normalizeWith(t, n, workers, chunk, iotest.HalfReader, stripped, spaced, crlf)
				assert.True(t, got == want, "workers %d, chunk %d: output differs from -workers 1", workers, chunk)
			}
		}
	}
}

func updtSample(t testing.TB) string {
	b, err := os.ReadFile("../../normalize/testdata/updt-sample.txt")
	require.NoError(t, err)
	return string(b)
}

// repeatReader yields a text over and over, up to n bytes.
type repeatReader struct {
	text []byte
	pos  int
	n    int64
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > r.n {
		p = p[:r.n]
	}
	k := 0
	for k < len(p) {
		c := copy(p[k:], r.text[r.pos:])
		k += c
		r.pos = (r.pos + c) % len(r.text)
	}
	r.n -= int64(k)
	return k, nil
}

// countingWriter counts bytes and keeps the last few.
type countingWriter struct {
	n    int64
	tail []byte
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	w.tail = append(w.tail, p[max(0, len(p)-64):]...)
	w.tail = w.tail[max(0, len(w.tail)-64):]
	return len(p), nil
}

func TestHugeLineStreamsInBoundedMemory(t *testing.T) {
	// A 16 MB line without a newline, then a short line: the huge line
	// goes through the streaming normalizer, never held whole.
	size := int64(16 << 20)
	if raceEnabled {
		size = 2 << 20
	}
	line := &repeatReader{text: []byte("ميروم كتاب ها را 12 بار خواندم، "), n: size}
	in := io.MultiReader(line, strings.NewReader("\nپايان\n"))
	p := &pipeline{n: normalize.New(), workers: 2, chunkSize: 64 << 10, withStats: true}

	var peak atomic.Uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	go func() {
		defer close(sampled)
		var m runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Millisecond):
			}
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
		}
	}()
	var out countingWriter
	err := p.run(func(yield func(input) bool) { yield(input{name: "-", r: in}) }, &out, func(string, error) { t.Error("input failed") })
	close(stop)
	<-sampled
	require.NoError(t, err)
	assert.Greater(t, out.n, size)
	assert.True(t, strings.HasSuffix(string(out.tail), "\nپایان\n"), "%q", out.tail)
	grown := int64(peak.Load()) - int64(base.HeapInuse)
	assert.Less(t, grown, int64(8<<20), "heap grew by %d bytes while streaming a %d-byte line", grown, size)
	assert.Equal(t, int64(2), p.total.lines)
	assert.Equal(t, int64(1), p.total.longLines)
	assert.Zero(t, p.total.unalignedLines)
	assert.Equal(t, size/int64(len("ميروم كتاب ها را 12 بار خواندم، "))*2, p.total.digits, "digits converted")
}

func TestStatsDoNotDependOnWorkersOrChunkSize(t *testing.T) {
	text := strings.ReplaceAll(updtSample(t), "\u200c", "")
	text = strings.ReplaceAll(text, "ی", "ي") + strings.Repeat("ﻻزم ميروم 1404 ", 3000) + "\n"
	n := normalize.New()
	stats := func(workers, chunk int) stats {
		p := &pipeline{n: n, workers: workers, chunkSize: chunk, withStats: true}
		require.NoError(t, p.run(func(yield func(input) bool) {
			yield(input{name: "a", r: iotest.HalfReader(strings.NewReader(text))})
		}, io.Discard, func(string, error) {}))
		return p.total
	}
	want := stats(1, defaultChunkSize)
	assert.Zero(t, want.longLines)
	assert.Zero(t, want.unalignedLines)
	assert.Equal(t, int64(strings.Count(text, "\n")), want.lines)
	assert.Equal(t, int64(len(text)), want.bytesIn)
	assert.Equal(t, int64(len(n.String(text))), want.bytesOut)
	assert.Greater(t, want.letters, int64(strings.Count(text, "ي")))
	assert.Greater(t, want.zwnjInserted, int64(500))
	assert.GreaterOrEqual(t, want.digits, int64(3000*4))
	for _, c := range []struct{ workers, chunk int }{{2, 4096}, {3, 700}, {2, 50}} {
		got := stats(c.workers, c.chunk)
		assert.NotZero(t, got.longLines, "chunk %d", c.chunk)
		got.longLines = 0
		assert.Equal(t, want, got, "workers %d, chunk %d", c.workers, c.chunk)
	}
}

func TestComparerCountsEachKindOfChange(t *testing.T) {
	cases := []struct {
		in, out                       string
		letters, ins, del, digits, un int64
	}{
		{"علي", "علی", 1, 0, 0, 0, 0},
		{"ميروم", "می\u200cروم", 1, 1, 0, 0, 0},
		{"کتاب ها", "کتاب\u200cها", 0, 1, 0, 0, 0},
		{"رو\u200cدخانه", "رودخانه", 0, 0, 1, 0, 0},
		{"\u200cالف\u200c", "الف", 0, 0, 2, 0, 0},
		{"ﻻ", "لا", 1, 0, 0, 0, 0},
		{"ســلام", "سلام", 0, 0, 0, 0, 0},
		{"سال 1404 و ٤", "سال ۱۴۰۴ و ۴", 0, 0, 0, 5, 0},
		{"mp3 و 12", "mp3 و ۱۲", 0, 0, 0, 2, 0},
		{"الف", "الفب", 0, 0, 0, 0, 1},
		{"مي\xffروم", "می\xffروم", 1, 0, 0, 0, 0},
	}
	for _, tc := range cases {
		var c comparer
		var s stats
		c.chunk(&s, []byte(tc.in), []byte(tc.out))
		got := [...]int64{s.letters, s.zwnjInserted, s.zwnjRemoved, s.digits, s.unalignedLines}
		assert.Equal(t, [...]int64{tc.letters, tc.ins, tc.del, tc.digits, tc.un}, got, "%q → %q", tc.in, tc.out)
	}
}

func TestComparerReadsLinesInAnyPieces(t *testing.T) {
	in, out := "ميروم ﻻزم 12 \u200cكتاب\u200c ها", "می\u200cروم لازم ۱۲ کتاب\u200cها"
	var whole stats
	var c comparer
	c.chunk(&whole, []byte(in), []byte(out))
	for _, step := range []int{1, 2, 3, 5} {
		var s stats
		c.beginLine()
		for i, j := 0, 0; i < len(in) || j < len(out); i, j = i+step, j+step {
			c.feed(0, []byte(in[min(i, len(in)):min(i+step, len(in))]))
			c.feed(1, []byte(out[min(j, len(out)):min(j+step, len(out))]))
		}
		c.endLine(&s)
		s.lines, s.bytesIn, s.bytesOut = whole.lines, whole.bytesIn, whole.bytesOut
		assert.Equal(t, whole, s, "pieces of %d bytes", step)
	}
}

func TestAFailedOutputStopsTheReading(t *testing.T) {
	// An endless input: the run ends only because the output failed.
	endless := &repeatReader{text: []byte("ميروم\n"), n: 1 << 50}
	for _, text := range [][]byte{[]byte("ميروم\n"), []byte("ميروم ")} { // lines, and a line without end
		endless.text = text
		p := &pipeline{n: normalize.New(), workers: 2, chunkSize: 4096}
		err := p.run(func(yield func(input) bool) {
			if yield(input{name: "-", r: endless}) && yield(input{name: "next", r: strings.NewReader("x")}) {
				t.Error("the next input was read after the output failed")
			}
		}, failingWriter{}, func(string, error) {})
		assert.ErrorContains(t, err, "writing output: pipe closed")
	}
}

func TestOnlyLinesOverTheLimitAreStreamed(t *testing.T) {
	if raceEnabled {
		t.Skip("normalizes 2 MB of long lines")
	}
	held := strings.Repeat("كتاب ", defaultMaxLine/len("كتاب ")-1)     // under 1 MB: held whole
	streamed := strings.Repeat("كتاب ", defaultMaxLine/len("كتاب ")+1) // over 1 MB: streamed
	p := &pipeline{n: normalize.New(), workers: 2, withStats: true}
	var out bytes.Buffer
	text := held + "\n" + streamed + "\n" + held
	require.NoError(t, p.run(func(yield func(input) bool) { yield(input{name: "-", r: strings.NewReader(text)}) }, &out, func(string, error) {}))
	assert.Equal(t, int64(3), p.total.lines)
	assert.Equal(t, int64(1), p.total.longLines)
	assert.True(t, out.String() == p.n.String(text), "output differs from the library's")
}
