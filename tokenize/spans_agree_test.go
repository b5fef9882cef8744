package tokenize_test

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/persiantext/persian/internal/span"
	"github.com/persiantext/persian/normalize"
	"github.com/persiantext/persian/tokenize"
)

// TestNormalizeProtectsWhatTokenizeKeepsWhole checks the contract between
// the two packages: every span that normalize protects in its output is
// exactly one token.
func TestNormalizeProtectsWhatTokenizeKeepsWhole(t *testing.T) {
	for _, in := range []string{
		"به ssh://host/path123 و example.com/page?id=3 و mailto:ali@example.ir بروید.",
		"نشانی (https://fa.wikipedia.org/wiki/ایران_(کشور)) را ببینید، یا www.isna.ir/news را.",
		"سایت Amazon.com، isna.ir/fa و tel:+982188776655؛ ایمیل ali.rezaei@example.co.ir.",
		"برچسب #كتاب_خواني و #روز_معلم! به @علي و @ali.rezaei: سلام",
		"متن <a href=\"x?a=1,b=2\">پيوند</a> و <!-- یادداشت --> و &nbsp; و `ls  -l 12` و <br/>",
		"«https://example.com/a?b=1&c=2»، «#برچسب» و (@user_12).",
	} {
		text := normalize.String(in)
		tokens := map[tokenize.Span]bool{}
		for _, tok := range tokenize.Tokens(text) {
			tokens[tok.Span] = true
		}
		b := []byte(text)
		prev, found := rune(-1), 0
		for i := 0; i < len(b); {
			if e, k := span.At(b, i, prev); k != span.None {
				assert.True(t, tokens[tokenize.Span{Start: i, End: e}], "%v %q of %q is not one token", k, b[i:e], text)
				found++
				prev, _ = utf8.DecodeLastRune(b[i:e])
				i = e
				continue
			}
			r, size := utf8.DecodeRune(b[i:])
			if !span.IsInvisible(r) {
				prev = r
			}
			i += size
		}
		assert.NotZero(t, found, "no span in %q", text)
	}
}
