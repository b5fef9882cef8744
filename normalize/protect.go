package normalize

import (
	"unicode"
	"unicode/utf8"
)

// Protected spans are copied verbatim: a URL, an e-mail address, an
// @mention, a #hashtag, an HTML tag or character entity, or a Markdown code
// span. They are found on the raw text of a segment, so a span never
// reaches across a segment cut; a span that would (possible only in a line
// longer than the segment window) is normalized as two pieces of text.

// asciiWord reports whether b may appear inside an ASCII word or identifier.
func asciiWord(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}

// mayStartSpan reports whether b, the first byte of a rune, can start a
// protected span. It is the cheap test done on every byte.
func mayStartSpan(b byte) bool {
	return b >= 0x21 && b != 0x7F && !(b >= 0x80 && b < 0xC0)
}

// protectedEnd returns the end of the protected span that starts at s[i],
// or -1 if none does. prev is the rune before s[i] (-1 at the segment
// start).
//
// URLs, e-mail addresses, mentions and hashtags are protected as whole
// tokens: a token starts after a delimiter (see isTokenDelim) and runs to
// the next one, and it is protected when it holds "://" or an '@' before a
// word character, or starts with "www." or with '#' and a word character.
// Taking whole tokens, with any invisible characters inside them, makes
// the span a function of characters that the pass never changes, so a
// second pass finds the same spans.
func protectedEnd(s []byte, i int, prev rune) int {
	switch s[i] {
	case '<':
		return htmlTagEnd(s, i)
	case '&':
		return entityEnd(s, i)
	case '`':
		return codeSpanEnd(s, i)
	}
	if prev >= 0 && !tokenMayFollow(prev) {
		return -1
	}
	return protectedTokenEnd(s, i)
}

// tokenMayFollow reports whether a token may start after r.
func tokenMayFollow(r rune) bool {
	return isTokenDelim(r) || isOpener(r) || isTokenPunct(r)
}

// isTokenPunct reports whether r is punctuation that a protected token
// neither starts with nor needs a space after.
func isTokenPunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', '؟', ')', ']', '}', '…', '\'':
		return true
	}
	return false
}

// isTokenDelim reports whether r ends a token: a space, a control
// character, or one of « » " < > ` ، ؛.
func isTokenDelim(r rune) bool {
	if r < 0x21 {
		return true
	}
	switch r {
	case '«', '»', '"', '<', '>', '`', '،', '؛', 0x7F:
		return true
	}
	return isSpaceRune(r) || r == 0x2028 || r == 0x2029
}

// protectedTokenEnd returns the end of the token starting at s[i] if it is
// to be protected, or -1.
func protectedTokenEnd(s []byte, i int) int {
	// Quick scan over ASCII delimiters only; most tokens have no trigger.
	// Every byte that matters is below 'A' except the backtick.
	trigger := s[i] == 'w' || s[i] == 'W' || s[i] == '#'
	for j := i; j < len(s) && !trigger; j++ {
		b := s[j]
		if b >= 'A' && b != '`' {
			continue
		}
		if b < 0x21 || b == '"' || b == '<' || b == '>' || b == '`' {
			break
		}
		trigger = b == '@' || b == ':'
	}
	if !trigger {
		return -1
	}
	if r, _ := utf8.DecodeRune(s[i:]); isInvisible(r) || isTokenPunct(r) {
		// The token starts after it: invisible runes do not move prev, and
		// punctuation may gain or lose the space before it.
		return -1
	}
	end := i
	for end < len(s) {
		r, size := utf8.DecodeRune(s[end:])
		if isTokenDelim(r) {
			break
		}
		end += size
	}
	end = trimTokenEnd(s, i, end)
	tok := s[i:end]
	// Skip leading invisible characters for the start tests.
	k := 0
	for k < len(tok) {
		r, size := utf8.DecodeRune(tok[k:])
		if !isInvisible(r) {
			break
		}
		k += size
	}
	switch {
	case hasPrefixFold(tok, k, "www."):
		return end
	case k < len(tok) && tok[k] == '#' && wordAfter(tok, k+1):
		return end
	}
	for j := 0; j < len(tok); j++ {
		switch tok[j] {
		case '@':
			if wordAfter(tok, j+1) {
				return end
			}
		case ':':
			if j > 0 && j+2 < len(tok) && tok[j+1] == '/' && tok[j+2] == '/' {
				return end
			}
		}
	}
	return -1
}

// wordAfter reports whether a word character follows s[j], after any
// invisible characters.
func wordAfter(s []byte, j int) bool {
	for j < len(s) {
		r, size := utf8.DecodeRune(s[j:])
		if !isInvisible(r) {
			return wordRune(r)
		}
		j += size
	}
	return false
}

// trimTokenEnd leaves to the sentence the punctuation that ends a token
// (. , ; : ! ? ؟ ' and a closing bracket without its opener).
func trimTokenEnd(s []byte, i, end int) int {
	for end > i {
		r, size := utf8.DecodeLastRune(s[i:end])
		switch r {
		case '.', ',', ';', ':', '!', '?', '؟', '\'', '…':
			end -= size
			continue
		case ')', ']', '}':
			open, close := byte('('), byte(r)
			if r == ']' {
				open = '['
			} else if r == '}' {
				open = '{'
			}
			if bytesCount(s[i:end], open) < bytesCount(s[i:end], close) {
				end -= size
				continue
			}
		}
		break
	}
	return end
}

func bytesCount(s []byte, b byte) int {
	n := 0
	for _, c := range s {
		if c == b {
			n++
		}
	}
	return n
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

// htmlTagEnd returns the end of an HTML tag or comment starting at s[i]
// ('<'), or -1. A tag must start with a letter, '/' or '!' and close with
// '>' in the same segment.
func htmlTagEnd(s []byte, i int) int {
	if i+1 >= len(s) {
		return -1
	}
	c := s[i+1]
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!') {
		return -1
	}
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '>':
			return j + 1
		case '<':
			return -1
		}
	}
	return -1
}

// entityEnd returns the end of an HTML character reference (&amp; &#1604;
// &#x6cc;) starting at s[i], or -1.
func entityEnd(s []byte, i int) int {
	j := i + 1
	if j < len(s) && s[j] == '#' {
		j++
		hex := j < len(s) && (s[j] == 'x' || s[j] == 'X')
		if hex {
			j++
		}
		start := j
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || hex && (s[j]|0x20 >= 'a' && s[j]|0x20 <= 'f')) {
			j++
		}
		if j == start || j >= len(s) || s[j] != ';' {
			return -1
		}
		return j + 1
	}
	start := j
	for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || j > start && s[j] >= '0' && s[j] <= '9') {
		j++
	}
	if j == start || j >= len(s) || s[j] != ';' {
		return -1
	}
	return j + 1
}

// codeSpanEnd returns the end of a Markdown code span starting at s[i]: a
// run of n backticks closed by the next run of at least n backticks in the
// segment (at least, not exactly as in CommonMark, so that removing a
// character between two runs cannot change the pairing on a second pass).
// Without a closing run, it returns -1.
func codeSpanEnd(s []byte, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] == '`' {
		n++
	}
	j := i + n
	for j < len(s) {
		if s[j] != '`' {
			j++
			continue
		}
		k := j
		for k < len(s) && s[k] == '`' {
			k++
		}
		if k-j >= n {
			return k
		}
		j = k
	}
	return -1
}

// hasPrefixFold reports whether s[i:] starts with the lower-case ASCII
// prefix p, ignoring ASCII case.
func hasPrefixFold(s []byte, i int, p string) bool {
	if len(s)-i < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		if s[i+k]|0x20 != p[k] && s[i+k] != p[k] {
			return false
		}
	}
	return true
}
