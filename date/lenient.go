package date

import (
	"time"
)

// maxLenientTokens bounds the elements of a string that ParseLenient
// accepts: the grammar of matchDate allows at most 23, and the longest
// CLDR form has 13.
const maxLenientTokens = 24

// ParseLenient reads a date as people and programs write it, under the
// Official rule, and returns the instant in Asia/Tehran (midnight when the
// string has no clock time). See Parser.ParseLenient.
func ParseLenient(value string) (time.Time, error) {
	return Parser{}.ParseLenient(value)
}

// ParseLenient reads one date, with an optional weekday and clock time,
// and returns the instant in p's location. The whole string must be the
// date; see the package documentation for the forms it accepts.
// Impossible dates, a weekday that does not match, and two-digit years
// are errors (*ParseError).
func (p Parser) ParseLenient(value string) (time.Time, error) {
	d, f, err := p.parseLenient(value)
	if err != nil {
		return time.Time{}, err
	}
	return d.At(f.hour, f.min, f.sec, 0, p.location()), nil
}

// ParseLenientDate is like ParseLenient but returns the date alone and
// whether the string held a clock time.
func (p Parser) ParseLenientDate(value string) (d Date, hasClock bool, err error) {
	d, f, err := p.parseLenient(value)
	return d, f.hasClock, err
}

func (p Parser) parseLenient(value string) (Date, fields, error) {
	var buf [maxLenientTokens + 1]token
	n := 0
	lx := lexer{s: value}
	for lx.next(&buf[n]) {
		if n == maxLenientTokens {
			return p.fail(value, int(buf[n].start), "too many elements for one date")
		}
		n++
	}
	toks := buf[:n]
	if len(toks) == 0 {
		return p.fail(value, 0, "no date in empty input")
	}
	var f fields
	end, failAt, reason := matchDate(toks, 0, &f)
	if reason != "" {
		return p.fail(value, failAt, reason)
	}
	if end < len(toks) {
		return p.fail(value, int(toks[end].start), "unexpected "+describe(value, toks[end]))
	}
	d, reason, at := p.resolve(&f)
	if reason != "" {
		return p.fail(value, at, reason)
	}
	return d, f, nil
}

func (p Parser) fail(value string, at int, reason string) (Date, fields, error) {
	return Date{}, fields{}, &ParseError{Input: value, Offset: at, Reason: reason}
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

// tokenAt returns toks[i], or an end token past the slice.
func tokenAt(toks []token, i int) token {
	if i < len(toks) {
		return toks[i]
	}
	end := 0
	if len(toks) > 0 {
		end = toks[len(toks)-1].end
	}
	return token{kind: tkEnd, start: end, end: end}
}

// matchDate reads one date expression at toks[i]:
//
//	[[joiner] clock joiner*] [era] [weekday [,]] core [era] [[,] weekday] [joiner* clock]
//
// where core is day month year, year month day, month day [,] year (the
// CLDR en form) or three numbers joined by the same / - or . with no
// space. It fills f and returns the index after the expression, or the
// byte offset and the reason it failed. It does not check the values.
// An expression takes at most 23 tokens.
func matchDate(toks []token, i int, f *fields) (end, failAt int, reason string) {
	*f = fields{period: -1}
	// at returns toks[k], or a token of kind tkEnd past the end; pointers
	// avoid copying tokens around.
	endTok := tokenAt(toks, len(toks))
	at := func(k int) *token {
		if k < len(toks) {
			return &toks[k]
		}
		return &endTok
	}
	clock := func(k int) int {
		t := at(k)
		f.hasClock, f.clockAt = true, int(t.start)
		f.hour, f.min, f.sec = int(t.hour), int(t.min), max(int(t.sec), 0)
		k++
		if p := at(k); p.kind == tkPeriod {
			f.period, f.periodAt = int8(p.val), int(p.start)
			k++
		}
		return k
	}
	// At most three joiners: "، ساعت" or " - " and the like. The bound
	// keeps every expression shorter than maxLenientTokens.
	skipJoiners := func(k int) int {
		for n := 0; n < 3; n++ {
			switch at(k).kind {
			case tkDash, tkComma, tkJoin:
				k++
			default:
				return k
			}
		}
		return k
	}
	weekday := func(k int) {
		f.hasWeekday, f.weekday, f.weekdayAt = true, Weekday(at(k).val), int(at(k).start)
	}

	if at(i).kind == tkJoin && at(i+1).kind == tkTime { // ساعت ۱۸:۱۴ روز ...
		i++
	}
	if at(i).kind == tkTime {
		i = skipJoiners(clock(i))
	}
	latinEra := false
	if t := at(i); t.kind == tkEra {
		latinEra = t.val == 1
		i++
	}
	if at(i).kind == tkJoin && at(i+1).kind == tkWeekday { // روز یکشنبه
		i++
	}
	if at(i).kind == tkWeekday {
		weekday(i)
		i++
		if at(i).kind == tkComma {
			i++
		}
	}

	a := at(i)
	switch {
	case a.kind == tkNum && at(i+1).kind == tkMonth:
		// day month [سال] year, or year month day (CLDR fa full form).
		k := i + 2
		if at(k).kind == tkYearWord {
			k++
		}
		b := at(k)
		if b.kind != tkNum {
			return 0, int(b.start), "expected a year after the month name"
		}
		f.month, f.monthAt = int(at(i+1).val), int(at(i+1).start)
		first, last := a, b
		if a.digits >= 3 {
			first, last = b, a // year month day
		}
		f.day, f.dayAt = int(first.val), int(first.start)
		f.year, f.yearAt, f.yearDigits = int(last.val), int(last.start), int(last.digits)
		i = k + 1
	case a.kind == tkMonth:
		// month day [,] year (CLDR en form: Farvardin 3, 1404 AP).
		d := at(i + 1)
		k := i + 2
		if at(k).kind == tkComma {
			k++
		}
		y := at(k)
		if d.kind != tkNum || y.kind != tkNum {
			return 0, int(at(i + 1).start), "expected day and year after the month name"
		}
		f.month, f.monthAt = int(a.val), int(a.start)
		f.day, f.dayAt = int(d.val), int(d.start)
		f.year, f.yearAt, f.yearDigits = int(y.val), int(y.start), int(y.digits)
		i = k + 1
	case a.kind == tkNum:
		sep := at(i + 1)
		b, sep2, c := at(i+2), at(i+3), at(i+4)
		if sep.kind != tkSlash && sep.kind != tkDash && sep.kind != tkDot || sep.space || b.space ||
			b.kind != tkNum || sep2.kind != sep.kind || sep2.space || c.space || c.kind != tkNum {
			return 0, int(a.start), "expected a date"
		}
		i += 5
		f.numeric = true
		switch {
		case a.digits >= 3 || c.digits < 3: // y/m/d; with two short ends, the Iranian year-first order
			f.year, f.yearAt, f.yearDigits = int(a.val), int(a.start), int(a.digits)
			f.month, f.monthAt = int(b.val), int(b.start)
			f.day, f.dayAt = int(c.val), int(c.start)
		default:
			f.year, f.yearAt, f.yearDigits = int(c.val), int(c.start), int(c.digits)
			dm := [2]*token{a, b} // day first, as Persian writes it
			if latinEra || at(i).kind == tkEra && at(i).val == 1 {
				dm = [2]*token{b, a} // CLDR en: month/day/year AP
			}
			f.day, f.dayAt = int(dm[0].val), int(dm[0].start)
			f.month, f.monthAt = int(dm[1].val), int(dm[1].start)
		}
	default:
		return 0, int(a.start), "expected a date"
	}

	if at(i).kind == tkEra {
		i++
	}
	if !f.hasWeekday {
		k := i
		if at(k).kind == tkComma {
			k++
		}
		if at(k).kind == tkWeekday {
			weekday(k)
			i = k + 1
		}
	}
	if !f.hasClock {
		if k := skipJoiners(i); at(k).kind == tkTime {
			i = clock(k)
		}
	}
	return i, 0, ""
}

// The years in which Find accepts an all-numeric date.
const (
	minFindNumericYear = 1200
	maxFindNumericYear = 1599
)

// A Match is a date found in running text.
type Match struct {
	Start, End int       // byte span of the whole expression in the text
	Date       Date      // the date
	HasClock   bool      // whether the text gave a clock time
	Time       time.Time // the instant in the parser's location; midnight without a clock
}

// Find returns every Solar Hijri date in text, under the Official rule and
// in Asia/Tehran. See Parser.Find.
func Find(text string) []Match {
	return Parser{}.Find(text)
}

// Find returns every date expression in text that ParseLenient would
// accept on its own, in order, with its byte span. Expressions that look
// like dates but are not (31 Mehr, a weekday that does not match, a
// two-digit year) are skipped, as are numbers that continue a longer
// numeric run (1/1404/01/03/5). All-numeric dates are found only with a
// four-digit year in 1200–1599 AP: in running text, 2025/03/23 is a
// Gregorian date and 978-3-16 a code. Dates with a month name are found
// in every year.
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
		case tkNum, tkTime, tkMonth, tkWeekday, tkEra, tkJoin:
		default:
			continue
		}
		if continuesNumber(toks, i-1, i) {
			continue
		}
		var f fields
		end, _, reason := matchDate(toks, i, &f)
		if reason != "" || continuesNumber(toks, end, end-1) {
			continue
		}
		if f.numeric && (f.yearDigits != 4 || f.year < minFindNumericYear || f.year > maxFindNumericYear) {
			// 2025/03/23 in Persian text is Gregorian; 978-3-16 is not a date.
			i = end - 1
			continue
		}
		d, reason, _ := p.resolve(&f)
		if reason != "" {
			// Skip the whole expression: a date inside it, such as the one
			// after a weekday that contradicts it, is not a date either.
			i = end - 1
			continue
		}
		out = append(out, Match{
			Start:    toks[i].start,
			End:      toks[end-1].end,
			Date:     d,
			HasClock: f.hasClock,
			Time:     d.At(f.hour, f.min, f.sec, 0, p.location()),
		})
		i = end - 1
	}
	return out
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
		if s.space {
			return false
		}
		far = sep + 1
		return far < len(toks) && !toks[far].space && toks[far].kind == tkNum
	}
	if toks[from].space {
		return false
	}
	far = sep - 1
	return far >= 0 && !s.space && toks[far].kind == tkNum
}
