package normalize

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
)

func TestNewIgnoresNilOptions(t *testing.T) {
	const in = "علي  ميرود 12 ."
	var n *Normalizer
	require.NotPanics(t, func() { n = New(nil) })
	assert.Equal(t, New().String(in), n.String(in))

	n = New(WithDigits(LatinDigits), nil, WithZWNJRepair(false))
	assert.Equal(t, New(WithDigits(LatinDigits), WithZWNJRepair(false)).String(in), n.String(in))
}

// TestNilNormalizerActsAsDefault checks every method of a nil *Normalizer:
// each behaves as the Normalizer of the default options.
func TestNilNormalizerActsAsDefault(t *testing.T) {
	const in = "كتاب هاي  علي را خواندم .\nسال 1404"
	want := String(in)
	var n *Normalizer

	assert.Equal(t, want, n.String(in), "String")
	assert.Equal(t, want, string(n.Bytes([]byte(in))), "Bytes")
	assert.Equal(t, "> "+want, string(n.Append([]byte("> "), []byte(in))), "Append")
	assert.Equal(t, "> "+want, string(n.AppendString([]byte("> "), in)), "AppendString")

	got, err := io.ReadAll(n.Reader(strings.NewReader(in)))
	require.NoError(t, err)
	assert.Equal(t, want, string(got), "Reader")

	var buf bytes.Buffer
	w := n.Writer(&buf)
	_, err = io.WriteString(w, in)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	assert.Equal(t, want, buf.String(), "Writer")

	out, _, err := transform.String(n.Transformer(), in)
	require.NoError(t, err)
	assert.Equal(t, want, out, "Transformer")
}
