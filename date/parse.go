package date

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/script"
)

// A Parser turns strings into dates and instants. The zero Parser uses the
// Official rule and Asia/Tehran.
type Parser struct {
	Rule     Rule
	Location *time.Location // nil means Asia/Tehran
}

func (p Parser) location() *time.Location {
	if p.Location == nil {
		return Tehran()
	}
	return p.Location
}

// fields collects what a parse found, with the byte offset of each part
// so that errors can point at it.
type fields struct {
	year, month, day       int
	yearAt, monthAt, dayAt int
	yearDigits             int  // digits the year was written with; 0 if it was not a number
	numeric                bool // the date was all numbers (y/m/d), with no month name

	hasWeekday bool
	weekday    Weekday
	weekdayAt  int

	hasClock          bool
	hour, min, sec    int
	clockAt, periodAt int
	period            int8 // -1: none, 0: before noon, 1: after noon
}

// resolve checks f and returns the date and the 24-hour clock it names.
func (p Parser) resolve(f *fields) (Date, string, int) {
	if f.yearDigits == 1 || f.yearDigits == 2 {
		return Date{}, "ambiguous two-digit year " + strconv.Itoa(f.year), f.yearAt
	}
	if reason := p.Rule.check(f.year, MinYear, 1); reason != "" {
		return Date{}, reason, f.yearAt
	}
	if f.month < 1 || f.month > 12 {
		return Date{}, "month " + strconv.Itoa(f.month) + " out of range", f.monthAt
	}
	if reason := p.Rule.check(f.year, f.month, f.day); reason != "" {
		return Date{}, reason, f.dayAt
	}
	d := Date{int16(f.year), uint8(f.month), uint8(f.day), p.Rule}
	if f.hasWeekday {
		if w := d.Weekday(); w != f.weekday {
			return Date{}, "weekday " + f.weekday.String() + " does not match " + d.String() +
				", a " + w.String(), f.weekdayAt
		}
	}
	if f.period >= 0 {
		if f.hour < 1 || f.hour > 12 {
			return Date{}, "hour " + strconv.Itoa(f.hour) + " with a 12-hour marker", f.clockAt
		}
		f.hour = f.hour%12 + 12*int(f.period)
	}
	switch {
	case f.hour > 23:
		return Date{}, "hour " + strconv.Itoa(f.hour) + " out of range", f.clockAt
	case f.min > 59:
		return Date{}, "minute " + strconv.Itoa(f.min) + " out of range", f.clockAt
	case f.sec > 59:
		return Date{}, "second " + strconv.Itoa(f.sec) + " out of range", f.clockAt
	}
	return d, "", 0
}

// Parse parses value with layout (see Format for the layout language)
// under the Official rule and returns the instant in Asia/Tehran.
func Parse(layout, value string) (time.Time, error) {
	return Parser{}.Parse(layout, value)
}

// Parse parses value with layout and returns the instant in p's location.
// The layout must hold a year, a month and a day; clock elements are
// optional (midnight), and an hour read with h or hh is before noon unless
// an a element says otherwise. Digits may be Persian, Arabic-Indic or
// Latin in any mix; names must be spelled as Month.Name and Weekday.Name
// give them, in any of the four languages. A weekday must agree with the
// date.
func (p Parser) Parse(layout, value string) (time.Time, error) {
	d, f, err := p.parseLayout(layout, value)
	if err != nil {
		return time.Time{}, err
	}
	return d.At(f.hour, f.min, f.sec, 0, p.location()), nil
}

// ParseDate is like Parse but returns the date alone, ignoring any clock.
func (p Parser) ParseDate(layout, value string) (Date, error) {
	d, _, err := p.parseLayout(layout, value)
	return d, err
}

func (p Parser) parseLayout(layout, value string) (Date, fields, error) {
	f := fields{period: -1}
	fail := func(at int, reason string) (Date, fields, error) {
		return Date{}, f, &ParseError{Input: value, Layout: layout, Offset: at, Reason: reason}
	}
	var haveYear, haveMonth, haveDay bool
	i := 0
	for l := layout; l != ""; {
		kind, width, lit, rest := nextElem(l)
		l = rest
		at := i
		var ok bool
		switch kind {
		case elemLiteral:
			if !strings.HasPrefix(value[i:], lit) {
				return fail(at, "expected "+quoteShort(lit))
			}
			i += len(lit)
			continue
		case elemYear:
			lo, hi := 1, 4
			if width == 4 {
				lo = 4
			}
			f.year, i, ok = readNumber(value, i, lo, hi)
			f.yearAt, haveYear = at, true
		case elemMonth:
			f.month, i, ok = readNumber(value, i, width, 2)
			f.monthAt, haveMonth = at, true
		case elemMonthName:
			var m int
			m, i, ok = readName(value, i, monthRows)
			f.month, f.monthAt, haveMonth = m+1, at, true
		case elemDay:
			f.day, i, ok = readNumber(value, i, width, 2)
			f.dayAt, haveDay = at, true
		case elemWeekday:
			var w int
			w, i, ok = readName(value, i, weekdayRows)
			f.weekday, f.weekdayAt, f.hasWeekday = Weekday(w), at, true
		case elemHour, elemHour12:
			f.hour, i, ok = readNumber(value, i, width, 2)
			f.clockAt, f.hasClock = at, true
			if ok && kind == elemHour12 && f.period < 0 {
				f.period = 0 // until an `a` element says otherwise
			}
		case elemPeriod:
			var k int
			k, i, ok = readName(value, i, periodRows)
			f.period, f.periodAt = int8(k%2), at
		case elemMinute:
			f.min, i, ok = readNumber(value, i, width, 2)
		case elemSecond:
			f.sec, i, ok = readNumber(value, i, width, 2)
		}
		if !ok {
			return fail(at, "expected "+elemNames[kind])
		}
	}
	if i < len(value) {
		return fail(i, "unexpected text after the layout")
	}
	switch {
	case !haveYear:
		return fail(0, "layout has no year")
	case !haveMonth:
		return fail(0, "layout has no month")
	case !haveDay:
		return fail(0, "layout has no day")
	}
	d, reason, at := p.resolve(&f)
	if reason != "" {
		return fail(at, reason)
	}
	return d, f, nil
}

var elemNames = [...]string{
	elemLiteral:   "literal",
	elemYear:      "year",
	elemMonth:     "month",
	elemMonthName: "month name",
	elemDay:       "day",
	elemWeekday:   "weekday name",
	elemHour:      "hour",
	elemHour12:    "hour",
	elemPeriod:    "before/after noon marker",
	elemMinute:    "minute",
	elemSecond:    "second",
}

// periodNames lists the accepted day-period markers, before noon at even
// positions and after noon at odd ones.
var periodRows = [][]string{
	{"ق.ظ.", "ب.ظ."},
	{"AM", "PM"},
	{"am", "pm"},
}

// The canonical names of every language, as readName wants them.
var (
	monthRows   = [][]string{monthNames[0][:], monthNames[1][:], monthNames[2][:], monthNames[3][:]}
	weekdayRows = [][]string{weekdayNames[0][:], weekdayNames[1][:], weekdayNames[2][:], weekdayNames[3][:]}
)

// readNumber reads lo to hi digits (any digit set) at s[i:]. It returns
// the value and the offset after the digits.
func readNumber(s string, i, lo, hi int) (n, next int, ok bool) {
	count := 0
	for count < hi && i < len(s) {
		v, size := digitAt(s, i)
		if v < 0 {
			break
		}
		n = n*10 + v
		i += size
		count++
	}
	return n, i, count >= lo && count > 0
}

// digitAt returns the value of the digit at s[i] and its size in bytes,
// or (-1, 0).
func digitAt(s string, i int) (int, int) {
	if c := s[i]; c < utf8.RuneSelf {
		if c >= '0' && c <= '9' {
			return int(c - '0'), 1
		}
		return -1, 0
	}
	r, size := decodeRune(s[i:])
	if v, set := script.Digit(r); set != script.NotDigit {
		return v, size
	}
	return -1, 0
}

// readName finds the longest name in table that s[i:] starts with. It
// returns the name's index within its row.
func readName(s string, i int, table [][]string) (index, next int, ok bool) {
	best := -1
	bestLen := 0
	for _, row := range table {
		for k, name := range row {
			if len(name) > bestLen && strings.HasPrefix(s[i:], name) {
				best, bestLen = k, len(name)
			}
		}
	}
	return best, i + bestLen, best >= 0
}

// quoteShort quotes s for an error message, shortening it if long.
func quoteShort(s string) string {
	if len(s) > maxQuoted {
		s = validPrefix(s, maxQuoted) + "…"
	}
	return strconv.Quote(s)
}
