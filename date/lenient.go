package date

import (
	"time"
)

// maxLenientTokens bounds the elements of a string that ParseLenient
// accepts: a three-calendar header with weekdays, era marks and a clock
// takes about 30, and a spelled-out number counts as one.
const maxLenientTokens = 40

// ParseLenient reads a date as people and programs write it and returns
// the instant in Asia/Tehran (midnight when the string has no clock
// time). See Parser.ParseLenient.
func ParseLenient(value string) (time.Time, error) {
	return Parser{}.ParseLenient(value)
}

// ParseLenient reads one date expression, in any of the three calendars,
// with an optional weekday and clock time, and returns the instant in p's
// location. The whole string must be the expression; see the package
// documentation for the forms it accepts. Impossible dates, a weekday
// that does not match, a header whose calendars name different days, and
// two-digit years are errors (*ParseError).
func (p Parser) ParseLenient(value string) (time.Time, error) {
	var r reading
	if err := p.parseLenient(value, &r); err != nil {
		return time.Time{}, err
	}
	return r.instant, nil
}

// ParseLenientDate is like ParseLenient but returns the Solar Hijri date
// of the day the expression names (under p.Rule) and whether the string
// held a clock time.
func (p Parser) ParseLenientDate(value string) (d Date, hasClock bool, err error) {
	var r reading
	err = p.parseLenient(value, &r)
	return r.date, r.hasClock, err
}

func (p Parser) parseLenient(value string, r *reading) error {
	var buf [maxLenientTokens + 1]token
	n := 0
	lx := lexer{s: value}
	for lx.next(&buf[n]) {
		if n == maxLenientTokens {
			return p.fail(value, buf[n].start, failure{reason: "too many elements for one date"})
		}
		n++
	}
	toks := buf[:n]
	if len(toks) == 0 {
		return p.fail(value, 0, failure{reason: "no date in empty input"})
	}
	var e expr
	m := newMatcher(value, toks, p.Calendar)
	end, failAt, reason := m.match(0, &e)
	if reason != "" {
		return p.fail(value, failAt, failure{reason: reason})
	}
	if end < len(toks) {
		return p.fail(value, toks[end].start, failure{reason: "unexpected " + describe(value, toks[end])})
	}
	if at, f := p.resolve(value, &e, p.Calendar, r); !f.ok() {
		return p.fail(value, at, f)
	}
	if r.disagree {
		for _, pt := range r.parts[:r.nparts] {
			if pt.Offset != 0 && !(pt.Calendar == LunarHijri && pt.Offset >= -1 && pt.Offset <= 1) {
				return p.fail(value, pt.Start, mismatch(pt.Calendar.title()+" part is "+daysApart(pt.Offset)+
					" the "+r.cal.title()+" date "+p.describeDate(r)))
			}
		}
	}
	return nil
}

// daysApart says "3 days after" or "1 day before".
func daysApart(offset int) string {
	word := " days "
	if offset == 1 || offset == -1 {
		word = " day "
	}
	if offset < 0 {
		return itoa(-offset) + word + "before"
	}
	return itoa(offset) + word + "after"
}

// describeDate names the day of a reading in its own calendar.
func (p Parser) describeDate(r *reading) string {
	pt := datePart{}
	return p.describeDay(r.cal, &pt, r.date.days())
}

func (p Parser) fail(value string, at int, f failure) error {
	return &ParseError{Input: value, Offset: at, Reason: f.reason, Err: f.err}
}

// describe names a token for an error message.
func describe(s string, t token) string {
	text := s[t.start:t.end]
	switch t.kind {
	case tkWord:
		return "word " + quoteShort(text)
	case tkNum:
		return "number " + quoteShort(text)
	}
	return quoteShort(text)
}

// A Match is a date found in running text.
type Match struct {
	Start, End int       // byte span of the whole expression in the text
	Date       Date      // the Solar Hijri date of the day it names, under the Parser's rule
	HasClock   bool      // whether the text gave a clock time (or an amount of hours, minutes or seconds)
	Time       time.Time // the instant in the parser's location; midnight without a clock
	Calendar   Calendar  // the calendar of the part that gave Date and Time

	// Relative reports that the date was computed from the reference time
	// (Parser.Now): a relative expression (دیروز, ۲ ساعت پیش) or a day and
	// month without a year (۳ فروردین).
	Relative bool

	// Parts holds the dates of a header that prints the day in more than
	// one calendar, in text order; it is nil for a date in one calendar.
	// Date and Time are those of the first Solar Hijri or Gregorian part.
	Parts []Part

	// Disagree reports that a part of the header names another day than
	// Date: a Solar Hijri or Gregorian part that differs at all, or a
	// Lunar Hijri part more than a day away. ParseLenient rejects such a
	// header; Find reports it, since the page printed it.
	Disagree bool
}

// Find returns every date in text, under the Official and Umm al-Qura
// rules, in Asia/Tehran, relative to the current time. See Parser.Find.
func Find(text string) []Match {
	return Parser{}.Find(text)
}

// Find returns every date expression in text that ParseLenient would
// accept on its own, in order, with its byte span, except that a header
// whose calendars disagree is returned with Disagree set. Expressions that
// look like dates but are not (31 Mehr, a weekday that does not match, a
// two-digit year) are skipped, as are numbers that continue a longer
// numeric run (1/1404/01/03/5). All-numeric dates are found only with a
// four-digit year: in 1200–1599 AP it is a Solar Hijri year, otherwise a
// Gregorian one (2025/03/23), unless an era mark or p.Calendar says
// otherwise; 978-3-16 is not a date. Relative expressions (امروز, ۲ روز
// پیش) and days without a year are found too, and marked Relative.
func (p Parser) Find(text string) []Match {
	// Tokens are read into a window that always holds two tokens before
	// toks[i] and findAhead from it on: any expression and the two tokens
	// after it that continuesNumber looks at. Memory stays constant
	// however long the text.
	const findAhead = maxLenientTokens + 2
	lx := lexer{s: text}
	toks := make([]token, 0, 4*maxLenientTokens)
	done := false
	var out []Match
	var e expr
	var r reading
	for i := 0; ; i++ {
		if !done && i+findAhead > len(toks) {
			keep := max(i-2, 0)
			toks = toks[:copy(toks, toks[keep:])]
			i -= keep
			for len(toks) < cap(toks) {
				toks = toks[:len(toks)+1]
				if !lx.next(&toks[len(toks)-1]) {
					toks = toks[:len(toks)-1]
					done = true
					break
				}
			}
		}
		if i >= len(toks) {
			break
		}
		switch toks[i].kind {
		case tkNum, tkTime, tkMonth, tkWeekday, tkEra, tkJoin, tkDayWord:
		default:
			continue
		}
		if continuesNumber(toks, i-1, i) {
			continue
		}
		m := newMatcher(text, toks, p.Calendar)
		end, _, reason := m.match(i, &e)
		if reason != "" || continuesNumber(toks, end, end-1) {
			continue
		}
		if skipNumeric(&e, &m) {
			i = end - 1
			continue
		}
		if _, f := p.resolve(text, &e, p.Calendar, &r); !f.ok() {
			// Skip the whole expression: a date inside it, such as the one
			// after a weekday that contradicts it, is not a date either.
			i = end - 1
			continue
		}
		match := Match{
			Start:    toks[i].start,
			End:      toks[end-1].end,
			Date:     r.date,
			HasClock: r.hasClock,
			Time:     r.instant,
			Calendar: r.cal,
			Relative: r.relative,
			Disagree: r.disagree,
		}
		if r.nparts > 1 {
			match.Parts = append([]Part(nil), r.parts[:r.nparts]...)
		}
		out = append(out, match)
		i = end - 1
	}
	return out
}

// skipNumeric reports whether Find skips an expression for an all-numeric
// part that running text does not use as a date: one without a four-digit
// year (978-3-16), unless an era mark names its calendar.
func skipNumeric(e *expr, m *matcher) bool {
	for i := range e.nparts {
		pt := &e.parts[i]
		if pt.numeric && pt.eraCal == 0 && pt.yearDigits != 4 {
			return true
		}
	}
	return false
}

// continuesNumber reports whether the separator toks[sep], touching
// toks[from], links it to a further number: 5/ before a date or /5 after
// one.
func continuesNumber(toks []token, sep, from int) bool {
	if sep < 0 || sep >= len(toks) || from < 0 || from >= len(toks) {
		return false
	}
	s := toks[sep]
	switch s.kind {
	case tkSlash, tkDash, tkDot, tkOther:
	default:
		return false
	}
	var far int
	if sep > from { // after the date
		if s.space() {
			return false
		}
		far = sep + 1
		return far < len(toks) && !toks[far].space() && toks[far].kind == tkNum
	}
	if toks[from].space() {
		return false
	}
	far = sep - 1
	return far >= 0 && !s.space() && toks[far].kind == tkNum
}
