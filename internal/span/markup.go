package span

import "bytes"

// maxMarkup is the longest tag, comment or code span looked for, in bytes:
// a search that finds no end stops there, so that text full of < or `
// costs a bounded amount per byte.
const maxMarkup = 2048

// markupEnd returns the end of the HTML tag, comment or declaration that
// starts at s[i] ('<'), or -1. A tag is < or </, a name of ASCII letters,
// digits, - and :, then > or /> at once, or white space and attributes up
// to the next >. A comment runs to -->, a declaration (<!DOCTYPE html>) to
// the next >. None holds a line feed or, outside a comment, another <.
func markupEnd(s []byte, i int) int {
	s = s[:min(len(s), i+maxMarkup)]
	j := i + 1
	if j >= len(s) {
		return -1
	}
	if s[j] == '!' {
		if bytes.HasPrefix(s[j:], []byte("!--")) {
			return commentEnd(s, j+3)
		}
		if j+1 >= len(s) || !asciiLetter(s[j+1]) {
			return -1
		}
		return closeAngle(s, j+1)
	}
	if s[j] == '/' {
		j++
	}
	if j >= len(s) || !asciiLetter(s[j]) {
		return -1
	}
	for j < len(s) && (asciiAlnum(s[j]) || s[j] == '-' || s[j] == ':') {
		j++
	}
	switch {
	case j >= len(s):
		return -1
	case s[j] == '>':
		return j + 1
	case s[j] == '/' && j+1 < len(s) && s[j+1] == '>':
		return j + 2
	case s[j] == ' ' || s[j] == '\t' || s[j] == '\r':
		return closeAngle(s, j)
	}
	return -1
}

// commentEnd returns the index after the --> that closes the comment
// whose text starts at s[j], or -1 if a line feed or another <!-- comes
// first (comments do not nest).
func commentEnd(s []byte, j int) int {
	for ; j < len(s); j++ {
		switch s[j] {
		case '-':
			if bytes.HasPrefix(s[j:], []byte("-->")) {
				return j + 3
			}
		case '<':
			if bytes.HasPrefix(s[j:], []byte("<!--")) {
				return -1
			}
		case '\n':
			return -1
		}
	}
	return -1
}

// closeAngle returns the index after the first > at or after s[j], or -1
// if a < or a line feed comes first.
func closeAngle(s []byte, j int) int {
	for ; j < len(s); j++ {
		switch s[j] {
		case '>':
			return j + 1
		case '<', '\n':
			return -1
		}
	}
	return -1
}

// entityEnd returns the end of the HTML character reference (&amp;
// &#1604; &#x6cc;) that starts at s[i], or -1.
func entityEnd(s []byte, i int) int {
	j := i + 1
	if j < len(s) && s[j] == '#' {
		j++
		hex := j < len(s) && s[j]|0x20 == 'x'
		if hex {
			j++
		}
		start := j
		for j < len(s) && j-start < 8 && (s[j] >= '0' && s[j] <= '9' || hex && s[j]|0x20 >= 'a' && s[j]|0x20 <= 'f') {
			j++
		}
		if j == start || j >= len(s) || s[j] != ';' {
			return -1
		}
		return j + 1
	}
	start := j
	for j < len(s) && j-start < 32 && (asciiLetter(s[j]) || j > start && s[j] >= '0' && s[j] <= '9') {
		j++
	}
	if j == start || j >= len(s) || s[j] != ';' {
		return -1
	}
	return j + 1
}

// codeEnd returns the end of the Markdown code span that starts at s[i]:
// a run of n backticks closed by the next run of at least n on the same
// line. Without one, it returns -1. Invisible characters and marks
// between two backticks belong to their run: normalize removes them, and the runs
// that a second pass sees must be the runs of the first.
func codeEnd(s []byte, i int) int {
	s = s[:min(len(s), i+maxMarkup)]
	j, n := backtickRun(s, i)
	for j < len(s) {
		switch s[j] {
		case '\n':
			return -1
		case '`':
			k, m := backtickRun(s, j)
			if m >= n {
				return k
			}
			j = k
		default:
			j++
		}
	}
	return -1
}

// backtickRun returns the end of the run of backticks at s[j] and how
// many backticks it holds.
func backtickRun(s []byte, j int) (end, n int) {
	for j < len(s) && s[j] == '`' {
		n++
		j++
		end = j
		for j < len(s) {
			k := transparentAt(s, j)
			if k == 0 {
				break
			}
			j += k
		}
	}
	return end, n
}
