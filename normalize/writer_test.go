package normalize

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWriterSecondCloseWritesNothing(t *testing.T) {
	var buf bytes.Buffer
	w := New().Writer(&buf)
	_, err := io.WriteString(w, "کتاب ها") // a last line without '\n'
	require.NoError(t, err)
	require.NoError(t, w.Close())
	assert.NoError(t, w.Close(), "a second Close returns the result of the first")
	assert.Equal(t, "کتاب‌ها", buf.String())
}

func TestWriterWriteAfterCloseFails(t *testing.T) {
	var buf bytes.Buffer
	w := New().Writer(&buf)
	require.NoError(t, w.Close())
	n, err := io.WriteString(w, "کتاب ها\n")
	assert.ErrorIs(t, err, ErrClosed)
	assert.Zero(t, n)
	assert.Empty(t, buf.String())
}

// failingWriter fails every Write of some bytes.
type failingWriter struct{ err error }

func (f failingWriter) Write(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return 0, f.err
}

func TestWriterCloseReportsFlushErrorEveryTime(t *testing.T) {
	disk := errors.New("disk full")
	w := New().Writer(failingWriter{disk})
	_, err := io.WriteString(w, "کتاب ها")
	require.NoError(t, err, "the unterminated line is held until Close")
	assert.ErrorIs(t, w.Close(), disk)
	assert.ErrorIs(t, w.Close(), disk, "a second Close returns the first one's error")
	_, err = io.WriteString(w, "x")
	assert.ErrorIs(t, err, ErrClosed)
}

func TestWriterDoesNotCloseUnderlyingWriter(t *testing.T) {
	pr, pw := io.Pipe()
	done := make(chan []byte)
	go func() {
		b, _ := io.ReadAll(pr)
		done <- b
	}()
	w := New().Writer(pw)
	_, err := io.WriteString(w, "علي\n")
	require.NoError(t, err)
	require.NoError(t, w.Close())
	_, err = io.WriteString(pw, "ok")
	require.NoError(t, err, "the pipe must still be open")
	pw.Close()
	assert.Equal(t, "علی\nok", string(<-done))
}
