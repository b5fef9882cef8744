package normalize

import (
	"unicode"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/span"
)

// Protected spans.
//
// URLs, e-mail addresses, @mentions, #hashtags, HTML markup and Markdown
// code spans are recognized by internal/span, the recognizer that tokenize
// uses too, so what this package protects the tokenizer keeps whole. The
// character pass copies a span verbatim, with one exception: the Arabic
// letters of a mention or hashtag are unified like the letters of the text
// (#كتاب_خواني → #کتاب_خوانی), since a reader who searches for the tag types
// it with a Persian keyboard. The tag's shape (# @ _ . digits, ZWNJs,
// presentation forms) stays as written, and Latin names stay byte for byte.
// A handle with a period (@first.last) runs to the end of its token, like
// a URL; only its name (span.NameEnd) has its letters unified.
//
// Spans are found on the raw text of a segment, so a span never reaches
// across a segment cut (a span that would, possible only in a line longer
// than the segment window, is normalized as two pieces of text), and
// streaming gives the same spans as String.
//
// A second pass must find the same spans, or larger ones: span.At decides
// from the span's own bytes, which the pass copies (letters map to
// letters), from the rune before it, which the pass keeps a delimiter or
// punctuation if it was one, and from the rune after it. The invisible
// characters that the pass removes belong to a name they stand in
// (span.IsInvisible), so removing them cannot turn a protected name into
// text. TestInvisibleRunesAgreeWithSpan checks that the two packages mean
// the same characters.

// appendSpan appends the protected span sp, of kind k, to dst.
func (n *Normalizer) appendSpan(dst, sp []byte, k span.Kind) []byte {
	if k != span.Mention && k != span.Hashtag {
		return append(dst, sp...)
	}
	name := span.NameEnd(sp)
	letters := &n.letters
	for i := 0; i < name; {
		b := sp[i]
		if b < 0xD8 || b > 0xDB || i+1 >= name {
			dst = append(dst, b)
			i++
			continue
		}
		r := rune(b&0x1F)<<6 | rune(sp[i+1]&0x3F) // U+0600–U+06FF
		m := letters[r-0x0600]
		if m == mapKeep {
			dst = append(dst, sp[i:i+2]...)
			i += 2
			continue
		}
		i += 2
		if comp := hamzaComposite(r); comp != 0 {
			if h := hamzaAbove(sp[:name], i); h >= 0 {
				dst, _ = n.appendHamzaComposite(dst, comp, sp[i:h])
				i = h + 2
				continue
			}
		}
		if m != mapRemove {
			dst = utf8.AppendRune(dst, m)
		}
	}
	return append(dst, sp[name:]...)
}

// asciiWord reports whether b may appear inside an ASCII word or identifier.
func asciiWord(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}

// wordRune reports whether r is a letter, digit or underscore of any script.
func wordRune(r rune) bool {
	if r < 0 {
		return false
	}
	if r < utf8.RuneSelf {
		return asciiWord(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}
