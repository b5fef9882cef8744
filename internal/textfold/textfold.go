// Package textfold folds text to what the normalize package treats as the
// same characters, whatever the context or the options, so that tests can
// check that a span of raw text and the normalized text it became say the
// same thing (the offset round trips of normalize and tokenize).
//
// Fold is written apart from the normalizer, from Unicode's compatibility
// decomposition and the letter decisions listed in normalize/letters.go,
// so that a test does not check the normalizer against itself.
package textfold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s folded: each rune decomposed by NFKD (presentation forms
// and ligatures to letters, … to three full stops, a letter with hamza
// above to the letter and the mark), then
//   - whitespace, format characters (ZWNJ, ZWJ, bidi controls, soft
//     hyphen), combining marks, tatweel and ¬ (a ZWNJ typed on some
//     keyboards) removed;
//   - the lookalike letters unified as the Search profile unifies them:
//     ي ى ۍ ې → ی, ك ڪ → ک, ہ ھ ە ۿ ة ۃ → ه, ٱ → ا;
//   - digits of the three sets to Latin digits, and ، ٬ ؛ ؟ ٫ ٪ « » “ ” to
//     , , ; ? . % " " " ";
//
// Invalid UTF-8 bytes stay as they are.
func Fold(s string) string {
	var sb strings.Builder
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			sb.WriteByte(s[i])
			i++
			continue
		}
		if r < utf8.RuneSelf {
			foldRune(&sb, r)
			i++
			continue
		}
		n := utf8.EncodeRune(buf[:], r)
		for _, d := range string(norm.NFKD.Bytes(buf[:n])) {
			foldRune(&sb, d)
		}
		i += size
	}
	return sb.String()
}

func foldRune(sb *strings.Builder, r rune) {
	switch {
	case unicode.IsSpace(r), unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf), r == 'ـ', r == '¬':
		return
	case r >= '۰' && r <= '۹':
		r = '0' + r - '۰'
	case r >= '٠' && r <= '٩':
		r = '0' + r - '٠'
	}
	switch r {
	case 'ي', 'ى', 'ۍ', 'ې':
		r = 'ی'
	case 'ك', 'ڪ':
		r = 'ک'
	case 'ہ', 'ھ', 'ە', 'ۿ', 'ة', 'ۃ':
		r = 'ه'
	case 'ٱ':
		r = 'ا'
	case '،', '٬':
		r = ','
	case '؛':
		r = ';'
	case '؟':
		r = '?'
	case '٫':
		r = '.'
	case '٪':
		r = '%'
	case '«', '»', '“', '”':
		r = '"'
	}
	sb.WriteRune(r)
}
