package normalize

import (
	"unicode"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/script"
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
// protected span. It is the cheap test done on every ASCII byte.
func mayStartSpan(b byte) bool {
	switch b {
	case '@', '#', '<', '&', '`':
		return true
	}
	return asciiWord(b)
}

// protectedEnd returns the end of the protected span that starts at s[i],
// or -1 if none does. prev is the rune before s[i] (-1 at the segment
// start); spans begin only at a word boundary.
func protectedEnd(s []byte, i int, prev rune) int {
	b := s[i]
	switch b {
	case '@':
		if wordRune(prev) {
			return -1 // the @ of an e-mail address, handled from its start
		}
		return tagEnd(s, i+1)
	case '#':
		if wordRune(prev) {
			return -1
		}
		return tagEnd(s, i+1)
	case '<':
		return htmlTagEnd(s, i)
	case '&':
		return entityEnd(s, i)
	case '`':
		return codeSpanEnd(s, i)
	}
	if prev >= 0 && (prev < utf8.RuneSelf && (asciiWord(byte(prev)) || prev == '.' || prev == '-' || prev == '+' || prev == '%') || prev == utf8.RuneError) {
		return -1
	}
	if e := urlEnd(s, i); e > 0 {
		return e
	}
	return emailEnd(s, i)
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

// tagEnd returns the end of the name of a mention or hashtag whose body
// starts at s[i]: letters and digits of any script, '_' and ZWNJ. It returns
// -1 if the body is empty.
func tagEnd(s []byte, i int) int {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRune(s[j:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		if !wordRune(r) && !(r == script.ZWNJ && j > i) {
			break
		}
		j += size
	}
	// A ZWNJ cannot end a name.
	for j > i && j >= 3 && s[j-3] == 0xE2 && s[j-2] == 0x80 && s[j-1] == 0x8C {
		j -= 3
	}
	if j == i {
		return -1
	}
	return j
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
// run of n backticks closed by the next run of exactly n backticks in the
// segment. Without a closing run, it returns -1.
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
		if k-j == n {
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

// urlEnd returns the end of a URL starting at s[i] (http://, https://,
// ftp:// or www.), or -1. The URL runs to the next space or a character
// that cannot belong to it in running text (« » " < > ، ؛), and a final
// full stop, comma, colon, semicolon, question or exclamation mark, or an
// unbalanced closing bracket, is left to the sentence.
func urlEnd(s []byte, i int) int {
	var j int
	switch {
	case hasPrefixFold(s, i, "https://"):
		j = i + 8
	case hasPrefixFold(s, i, "http://"):
		j = i + 7
	case hasPrefixFold(s, i, "ftp://"):
		j = i + 6
	case hasPrefixFold(s, i, "www."):
		j = i + 4
	default:
		return -1
	}
	open := 0
	for j < len(s) {
		r, size := utf8.DecodeRune(s[j:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		if r <= ' ' || isSpaceRune(r) || r == '<' || r == '>' || r == '"' || r == '«' || r == '»' ||
			r == '،' || r == '؛' || r == script.ZWNJ || r == 0x200B {
			break
		}
		if r == '(' {
			open++
		}
		if r == ')' {
			if open == 0 {
				break
			}
			open--
		}
		j += size
	}
	for j > i {
		c := s[j-1]
		if c == '.' || c == ',' || c == ':' || c == ';' || c == '!' || c == '?' || c == '\'' {
			j--
			continue
		}
		if j-i >= 2 && s[j-2] == 0xD8 && s[j-1] == 0x9F { // ؟
			j -= 2
			continue
		}
		break
	}
	return j
}

// emailEnd returns the end of an e-mail address starting at s[i], or -1:
// an ASCII local part, '@', and a domain with at least one dot.
func emailEnd(s []byte, i int) int {
	j := i
	for j < len(s) && (asciiWord(s[j]) || s[j] == '.' || s[j] == '-' || s[j] == '+' || s[j] == '%') {
		j++
	}
	if j == i || j >= len(s) || s[j] != '@' {
		return -1
	}
	j++
	start, lastDot := j, -1
	for j < len(s) && (asciiWord(s[j]) || s[j] == '-' || s[j] == '.') {
		if s[j] == '.' {
			lastDot = j
		}
		j++
	}
	for j > start && (s[j-1] == '.' || s[j-1] == '-') {
		j--
	}
	if lastDot <= start || lastDot >= j-1 {
		return -1
	}
	return j
}
