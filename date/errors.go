package date

import (
	"errors"
	"strconv"
)

// The kinds of failure that errors of this package wrap, for errors.Is:
//
//	if errors.Is(err, date.ErrOutOfRange) { ... }
//
// A *DateError or *ParseError names the values and the input; these say
// which kind of failure it was.
var (
	// ErrNoSuchDate: the date does not exist in its calendar (31 Mehr,
	// 30 Esfand of a common year, 2025-02-30, month 13, hour 25).
	ErrNoSuchDate = errors.New("date: no such date")

	// ErrOutOfRange: the date exists but lies outside the years this
	// package converts (1–3177 AP, 1–3274 AH, 622–3799 CE).
	ErrOutOfRange = errors.New("date: outside the supported range")

	// ErrMismatch: parts of the input contradict each other: a weekday that
	// is not the date's, a field given twice with two values, the calendars
	// of a header naming different days.
	ErrMismatch = errors.New("date: parts disagree")
)

// A DateError reports why New, FromGregorian, AddDate or a conversion
// between calendars failed. It wraps ErrNoSuchDate or ErrOutOfRange.
type DateError struct {
	Op     string // the function that failed: "New", "FromGregorian", "AddDate", ...
	Reason string // what was wrong, e.g. "day 30 of Esfand in common year 1404"
	Err    error  // ErrNoSuchDate or ErrOutOfRange
}

// Error returns "date: <reason>".
func (e *DateError) Error() string { return "date: " + e.Reason }

// Unwrap returns the kind of failure, for errors.Is.
func (e *DateError) Unwrap() error { return e.Err }

// A ParseError describes why a string is not a date. Offset is the byte
// offset in Input of the element that failed, so callers can point at it.
// It wraps ErrNoSuchDate, ErrOutOfRange or ErrMismatch when the input was
// read but named no valid date; a syntax error wraps nothing.
type ParseError struct {
	Input  string // the whole input
	Layout string // the layout, for Parser.Parse; empty for lenient parsing
	Offset int    // byte offset in Input of the failing element
	Reason string // what was wrong, e.g. "day 30 of Esfand in common year 1403"
	Err    error  // ErrNoSuchDate, ErrOutOfRange, ErrMismatch or nil
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

// Unwrap returns the kind of failure, or nil for a syntax error.
func (e *ParseError) Unwrap() error { return e.Err }

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

// A failure is a reason with its kind, as the checks of this package
// return them before the caller wraps them in a *DateError or *ParseError.
// The zero failure means no failure.
type failure struct {
	reason string
	err    error
}

func (f failure) ok() bool { return f.reason == "" }

func noSuchDate(reason string) failure { return failure{reason, ErrNoSuchDate} }
func outside(reason string) failure    { return failure{reason, ErrOutOfRange} }
func mismatch(reason string) failure   { return failure{reason, ErrMismatch} }

func (f failure) dateError(op string) error {
	return &DateError{Op: op, Reason: f.reason, Err: f.err}
}
