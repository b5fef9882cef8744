package normalize

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
)

// spaceRunLengths are around the window of segment.go and its multiples.
var spaceRunLengths = []int{1, 2046, 2047, 2048, 2049, 3000, 4095, 4096, 4097, 5000, 9000}

func TestSpacingOffKeepsEverySpace(t *testing.T) {
	n := New(WithSpacing(false))
	for _, k := range spaceRunLengths {
		for _, c := range []struct{ name, in, want string }{
			{"alone", strings.Repeat(" ", k), strings.Repeat(" ", k)},
			{"between words", "الف" + strings.Repeat(" ", k) + "ب", "الف" + strings.Repeat(" ", k) + "ب"},
			{"indentation", strings.Repeat(" ", k) + "متن\nبعد", strings.Repeat(" ", k) + "متن\nبعد"},
			{"trailing", "متن" + strings.Repeat(" ", k) + "\nبعد", "متن" + strings.Repeat(" ", k) + "\nبعد"},
			{"no-break spaces become spaces", "الف" + strings.Repeat("\u00a0", k) + "ب", "الف" + strings.Repeat(" ", k) + "ب"},
		} {
			t.Run(fmt.Sprintf("%s %d", c.name, k), func(t *testing.T) {
				got := n.String(c.in)
				assert.Equal(t, strings.Count(c.want, " "), strings.Count(got, " "), "spaces")
				assert.Equal(t, c.want, got)
				assertStreamsLikeString(t, n, c.in)
			})
		}
	}
}

func TestIndentationKeptExactly(t *testing.T) {
	n := New()
	for _, k := range spaceRunLengths {
		for _, c := range []struct{ name, in, want string }{
			{"spaces", strings.Repeat(" ", k) + "متن", strings.Repeat(" ", k) + "متن"},
			{"before a second line", "اول\n" + strings.Repeat(" ", k) + "- مورد\n", "اول\n" + strings.Repeat(" ", k) + "- مورد\n"},
			{"tab then spaces", "\t" + strings.Repeat(" ", k) + "متن", "\t" + strings.Repeat(" ", k) + "متن"},
			{"no-break spaces", strings.Repeat("\u00a0", k) + "متن", strings.Repeat(" ", k) + "متن"},
			{"crlf line", strings.Repeat(" ", k) + "متن\r\n", strings.Repeat(" ", k) + "متن\r\n"},
			{"blank line emptied", "اول\n" + strings.Repeat(" ", k) + "\nدوم", "اول\n\nدوم"},
			{"blank crlf line emptied", strings.Repeat(" ", k) + "\r\nدوم", "\r\nدوم"},
			{"run inside a line collapses", "الف" + strings.Repeat(" ", k) + "ب", "الف ب"},
			{"trailing run goes", "الف" + strings.Repeat(" ", k) + "\nب", "الف\nب"},
		} {
			t.Run(fmt.Sprintf("%s %d", c.name, k), func(t *testing.T) {
				assert.Equal(t, c.want, n.String(c.in))
				assertStreamsLikeString(t, n, c.in)
			})
		}
	}
}

// assertStreamsLikeString checks every streaming route against String.
func assertStreamsLikeString(t *testing.T, n *Normalizer, s string) {
	t.Helper()
	want := n.String(s)
	got := streamings(t, n, s, uint64(len(s)))
	for _, r := range streamRoutes {
		got[r.name] = r.run(t, n, s, uint32(len(s)))
	}
	for route, got := range got {
		if got != want {
			t.Errorf("%s differs from String on %d bytes: got %d bytes, want %d", route, len(s), len(got), len(want))
		}
	}
}

// spaceReader produces size spaces, then tail.
type spaceReader struct {
	left int64
	tail *strings.Reader
}

func (r *spaceReader) Read(p []byte) (int, error) {
	if r.left == 0 {
		return r.tail.Read(p)
	}
	k := int64(len(p))
	if k > r.left {
		k = r.left
	}
	fillSpaces(p[:k])
	r.left -= k
	return int(k), nil
}

// TestGigabyteOfSpacesStreamsInBoundedMemory streams 1 GiB of spaces (32
// MiB with -short or the race detector) through Reader, as indentation with
// the defaults and anywhere with spacing off, and checks that every space
// comes out while the bytes allocated do not grow with the input.
func TestGigabyteOfSpacesStreamsInBoundedMemory(t *testing.T) {
	size := int64(1 << 30)
	if testing.Short() || raceEnabled {
		size = 32 << 20
	}
	for _, c := range []struct {
		name string
		n    *Normalizer
	}{
		{"indentation", New()},
		{"spacing off", New(WithSpacing(false))},
	} {
		t.Run(c.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			r := c.n.Reader(&spaceReader{left: size, tail: strings.NewReader("متن\n")})
			buf := make([]byte, 32<<10)
			var spaces, total int64
			var last []byte
			for {
				k, err := r.Read(buf)
				total += int64(k)
				spaces += int64(bytes.Count(buf[:k], []byte{' '}))
				if k > 0 {
					last = append(last[:0], buf[max(0, k-16):k]...)
				}
				if err == io.EOF {
					break
				}
				require.NoError(t, err)
			}
			runtime.ReadMemStats(&after)
			assert.Equal(t, size, spaces, "spaces out")
			assert.Equal(t, size+int64(len("متن\n")), total, "bytes out")
			assert.True(t, bytes.HasSuffix(last, []byte("متن\n")), "ends with %q", last)
			allocated := after.TotalAlloc - before.TotalAlloc
			assert.Less(t, allocated, uint64(4<<20), "streaming %d spaces allocated %d bytes", size, allocated)
		})
	}
}

// A carriage return that is not before a newline is text, but once the
// spaces after it go it ends its line, where a second pass would read it as
// the CR of a CRLF: the first pass reads it so already.
func TestCarriageReturnLeftLastEndsTheLine(t *testing.T) {
	cases := []ruleCase{
		{"blank line with a stray cr", "   \r ", "\r"},
		{"blank line before a newline", "   \r \nب", "\r\nب"},
		{"text before it", "متن  \r  ", "متن\r"},
		{"removed mark after it", "متن \r\u200f", "متن\r"},
		{"cr inside a line stays", "الف\r ب", "الف\r ب"},
	}
	runCases(t, charOnly(), cases)
	runCases(t, New(), cases)
}

func TestTransformerResetDropsHeldIndentation(t *testing.T) {
	tr := New().Transformer()
	dst := make([]byte, 64)
	nDst, _, err := tr.Transform(dst, []byte(strings.Repeat(" ", 5000)), false)
	require.ErrorIs(t, err, transform.ErrShortSrc)
	assert.Zero(t, nDst, "indentation is held until the line goes on")
	tr.Reset()
	nDst, nSrc, err := tr.Transform(dst, []byte("متن"), true)
	require.NoError(t, err)
	assert.Equal(t, len("متن"), nSrc)
	assert.Equal(t, "متن", string(dst[:nDst]))
}

func TestAppendDoesNotAllocateForAStrayCarriageReturn(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes sync.Pool drop items")
	}
	n := New()
	src := []byte("متن  \r  \nبعد \r\u200f")
	buf := n.Append(make([]byte, 0, 256), src) // warm the scratch pool
	allocs := testing.AllocsPerRun(20, func() { buf = n.Append(buf[:0], src) })
	assert.Zero(t, allocs)
	assert.Equal(t, "متن\r\nبعد\r", string(buf))
}
