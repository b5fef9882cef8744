package date

import "strconv"

// A ParseError describes why a string is not a date. Offset is the byte
// offset in Input of the element that failed, so callers can point at it.
type ParseError struct {
	Input  string // the whole input
	Layout string // the layout, for Parser.Parse; empty for lenient parsing
	Offset int    // byte offset in Input of the failing element
	Reason string // what was wrong, e.g. "day 30 of Esfand in common year 1403"
}

// maxQuoted bounds how much of the input an error message repeats.
const maxQuoted = 64

// Error returns "date: <reason> at byte <offset> of <quoted input>", with
// long inputs shortened around the offset.
func (e *ParseError) Error() string {
	in := e.Input
	if len(in) > maxQuoted {
		start := max(0, min(e.Offset-maxQuoted/2, len(in)-maxQuoted))
		in = validPrefix(in[start:], maxQuoted)
		if start > 0 {
			in = "…" + in
		}
		in += "…"
	}
	return "date: " + e.Reason + " at byte " + strconv.Itoa(e.Offset) + " of " + strconv.Quote(in)
}

// validPrefix cuts s to at most n bytes without splitting a UTF-8 sequence
// at either end.
func validPrefix(s string, n int) string {
	for len(s) > 0 && s[0]&0xC0 == 0x80 {
		s = s[1:]
	}
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}
