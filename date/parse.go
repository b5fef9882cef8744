package date

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/script"
)

// A Parser turns strings into dates and instants. The zero Parser uses the
// Official and Umm al-Qura rules, decides the calendar from the text,
// returns instants in Asia/Tehran and reads relative dates against the
// current time.
type Parser struct {
	Rule  Rule      // the Solar Hijri rule
	Hijri HijriRule // the Lunar Hijri rule

	// Calendar, if set, is the calendar of dates that do not name their
	// own: all-numeric dates without an era mark (1404/01/03, 2025-03-23),
	// and every date Parse reads. Month names and era marks always name
	// theirs. The zero Calendar reads an all-numeric date with a
	// four-digit year in 1200–1599 as Solar Hijri, with another
	// four-digit year as Gregorian, and with three digits as Solar Hijri;
	// Parse reads Solar Hijri.
	Calendar Calendar

	Location *time.Location // nil means Asia/Tehran

	// Now is the reference time of relative dates (دیروز, ۲ ساعت پیش) and
	// of days written without a year (۳ فروردین), in Location. The zero
	// Now means the current time at each call.
	Now time.Time
}

func (p Parser) location() *time.Location {
	if p.Location == nil {
		return Tehran()
	}
	return p.Location
}

// Parse parses value with layout (see Format for the layout language)
// under the Official rule and returns the instant in Asia/Tehran.
func Parse(layout, value string) (time.Time, error) {
	return Parser{}.Parse(layout, value)
}

// Parse parses value with layout, in the calendar p.Calendar (Solar Hijri
// if zero), and returns the instant in p's location, or at the offset a
// zone element gave. The layout must hold a year, a month and a day; clock
// elements are optional (midnight), and an hour read with h or hh is
// before noon unless an a element says otherwise. Digits may be Persian,
// Arabic-Indic or Latin in any mix; names must be spelled as the Name
// methods give them, in any of the four languages. An element may appear
// twice only with the same value, and a weekday, week or era must agree
// with the date; otherwise the error wraps ErrMismatch. The yy element is
// for formatting only.
func (p Parser) Parse(layout, value string) (time.Time, error) {
	r, err := p.parseLayout(layout, value)
	if err != nil {
		return time.Time{}, err
	}
	return r.instant, nil
}

// ParseDate is like Parse but returns the Solar Hijri date of the day
// alone, ignoring any clock.
func (p Parser) ParseDate(layout, value string) (Date, error) {
	r, err := p.parseLayout(layout, value)
	return r.date, err
}

// layoutFields collects what a layout parse found. Each field is set once;
// a second element of the same field must give the same value.
type layoutFields struct {
	part     datePart
	cal      Calendar
	hour24   int  // from H
	has24    bool // H seen
	hour12   int  // from h
	has12    bool // h seen
	hourAt   int
	hour12At int
	period   int8 // -1: none
	min, sec int
	hasMin   bool
	hasSec   bool
	minAt    int
	secAt    int
	narrow   string // a narrow weekday as read
	narrowAt int
	week     int
	hasWeek  bool
	weekAt   int
	hasZone  bool
	zone     int // seconds east of UTC
	seenYear bool
	seenMon  bool
	seenDay  bool
}

// set records field name's value v read at offset at, or returns a
// mismatch if the field was already read with another value.
func set(field *int, seen *bool, v int, name string, at int) (failure, int) {
	if *seen && *field != v {
		return mismatch(name + " " + strconv.Itoa(v) + " conflicts with " + name + " " + strconv.Itoa(*field)), at
	}
	*field, *seen = v, true
	return failure{}, 0
}

func (p Parser) parseLayout(layout, value string) (reading, error) {
	lf := layoutFields{period: -1, cal: p.Calendar}
	if lf.cal == 0 {
		lf.cal = SolarHijri
	}
	pt := &lf.part
	pt.hasYear = true
	fail := func(at int, f failure) (reading, error) {
		return reading{}, &ParseError{Input: value, Layout: layout, Offset: at, Reason: f.reason, Err: f.err}
	}
	syntax := func(at int, reason string) (reading, error) { return fail(at, failure{reason: reason}) }
	i := 0
	for l := layout; l != ""; {
		kind, width, lit, rest := nextElem(l)
		l = rest
		at := i
		var ok bool
		var f failure
		var fAt int
		switch kind {
		case elemLiteral:
			if !strings.HasPrefix(value[i:], lit) {
				return syntax(at, "expected "+quoteShort(lit))
			}
			i += len(lit)
			continue
		case elemYear2:
			return syntax(at, "the two-digit year yy is for formatting only")
		case elemYear:
			lo, hi := 1, 4
			if width == 4 {
				lo = 4
			}
			if rest == "" || !startsNumeric(rest) {
				hi = 255 // nothing numeric follows: read the whole year as written
			}
			var y, end int
			y, end, ok = readNumber(value, i, lo, hi)
			if ok {
				digits := countDigits(value, i, end)
				if f, fAt = set(&pt.year, &lf.seenYear, y, "year", at); f.ok() {
					pt.yearAt, pt.yearEnd, pt.yearDigits = at, end, max(digits, 3)
				}
			}
			i = end
		case elemMonth:
			var v int
			v, i, ok = readNumber(value, i, width, 2)
			if ok {
				f, fAt = set(&pt.month, &lf.seenMon, v, "month", at)
				pt.monthAt = at
			}
		case elemMonthName:
			var k int
			k, i, ok = readName(value, i, monthRowsOf(lf.cal))
			if ok {
				f, fAt = set(&pt.month, &lf.seenMon, k+1, "month", at)
				pt.monthAt = at
			}
		case elemDay:
			var v int
			v, i, ok = readNumber(value, i, width, 2)
			if ok {
				f, fAt = set(&pt.day, &lf.seenDay, v, "day", at)
				pt.dayAt = at
			}
		case elemWeekday, elemWeekdayShort:
			var w int
			w, i, ok = readName(value, i, weekdayRows)
			if ok {
				seen := pt.hasWeekday
				var v int
				if seen {
					v = int(pt.weekday)
				}
				if f, fAt = set(&v, &seen, w, "weekday", at); f.ok() {
					pt.hasWeekday, pt.weekday, pt.weekdayAt = true, Weekday(w), at
				} else {
					f = mismatch("weekday " + Weekday(w).String() + " conflicts with weekday " + pt.weekday.String())
				}
			}
		case elemWeekdayNarrow:
			_, size := utf8.DecodeRuneInString(value[i:])
			if i < len(value) && size > 0 {
				lf.narrow, lf.narrowAt = value[i:i+size], at
				i += size
				ok = true
			}
		case elemHour:
			var v int
			v, i, ok = readNumber(value, i, width, 2)
			if ok {
				f, fAt = set(&lf.hour24, &lf.has24, v, "hour", at)
				lf.hourAt = at
			}
		case elemHour12:
			var v int
			v, i, ok = readNumber(value, i, width, 2)
			if ok {
				f, fAt = set(&lf.hour12, &lf.has12, v, "hour", at)
				lf.hour12At = at
			}
		case elemPeriod:
			var k int
			k, i, ok = readName(value, i, periodRows)
			if ok {
				v, seen := int(lf.period), lf.period >= 0
				f, fAt = set(&v, &seen, k%2, "before/after noon marker", at)
				lf.period = int8(v)
			}
		case elemMinute:
			var v int
			v, i, ok = readNumber(value, i, width, 2)
			if ok {
				f, fAt = set(&lf.min, &lf.hasMin, v, "minute", at)
				lf.minAt = at
			}
		case elemSecond:
			var v int
			v, i, ok = readNumber(value, i, width, 2)
			if ok {
				f, fAt = set(&lf.sec, &lf.hasSec, v, "second", at)
				lf.secAt = at
			}
		case elemEra:
			var k int
			k, i, ok = readName(value, i, eraRows)
			if ok && Calendar(k%4) != lf.cal {
				f, fAt = mismatch("era "+quoteShort(value[at:i])+" is not of the "+lf.cal.title()+" calendar"), at
			}
		case elemZone:
			var z int
			z, i, ok = readZone(value, i)
			if ok {
				v, seen := lf.zone, lf.hasZone
				f, fAt = set(&v, &seen, z, "zone offset", at)
				lf.zone, lf.hasZone = v, true
			}
		case elemWeek:
			var v int
			v, i, ok = readNumber(value, i, width, 2)
			if ok {
				f, fAt = set(&lf.week, &lf.hasWeek, v, "week", at)
				lf.weekAt = at
			}
		}
		if !ok {
			return syntax(at, "expected "+elemNames[kind])
		}
		if !f.ok() {
			return fail(fAt, f)
		}
	}
	if i < len(value) {
		return syntax(i, "unexpected text after the layout")
	}
	switch {
	case !lf.seenYear:
		return syntax(0, "layout has no year")
	case !lf.seenMon:
		return syntax(0, "layout has no month")
	case !lf.seenDay:
		return syntax(0, "layout has no day")
	}
	return p.resolveLayout(value, &lf, fail)
}

// startsNumeric reports whether a layout starts with an element that
// reads digits, so that a year before it has a fixed width.
func startsNumeric(layout string) bool {
	switch kind, _, _, _ := nextElem(layout); kind {
	case elemYear, elemYear2, elemMonth, elemDay, elemHour, elemHour12, elemMinute, elemSecond, elemWeek:
		return true
	}
	return false
}

// countDigits counts the digits in s[i:end].
func countDigits(s string, i, end int) int {
	n := 0
	for i < end {
		_, size := digitAt(s, i)
		i += size
		n++
	}
	return n
}

func (p Parser) resolveLayout(value string, lf *layoutFields, fail func(int, failure) (reading, error)) (reading, error) {
	pt := &lf.part
	day, at, f := p.dayOf(value, lf.cal, pt)
	if !f.ok() {
		return fail(at, f)
	}
	if pt.hasWeekday {
		if w := weekdayOf(day); w != pt.weekday {
			return fail(pt.weekdayAt, mismatch("weekday "+pt.weekday.String()+" does not match "+
				p.describeDay(lf.cal, pt, day)+", a "+w.String()))
		}
	}
	if lf.narrow != "" {
		w := weekdayOf(day)
		okNarrow := false
		for _, row := range narrowWeekdayNames {
			okNarrow = okNarrow || row[w] == lf.narrow
		}
		if !okNarrow {
			return fail(lf.narrowAt, mismatch("weekday "+quoteShort(lf.narrow)+" does not match "+
				p.describeDay(lf.cal, pt, day)+", a "+w.String()))
		}
	}
	if lf.hasWeek {
		c, _ := Printer{Rule: p.Rule, Hijri: p.Hijri, Calendar: lf.cal}.civilOf(day)
		if _, w := (Printer{Rule: p.Rule, Hijri: p.Hijri}).week(c); w != lf.week {
			return fail(lf.weekAt, mismatch("week "+strconv.Itoa(lf.week)+" does not match "+
				p.describeDay(lf.cal, pt, day)+", in week "+strconv.Itoa(w)))
		}
	}

	hour := lf.hour24
	if lf.has12 {
		if lf.hour12 < 1 || lf.hour12 > 12 {
			return fail(lf.hour12At, noSuchDate("hour "+strconv.Itoa(lf.hour12)+" out of range 1–12"))
		}
		h := lf.hour12 % 12
		if lf.period == 1 {
			h += 12
		}
		if lf.has24 && h != lf.hour24 {
			return fail(lf.hourAt, mismatch("hour "+strconv.Itoa(lf.hour24)+" conflicts with "+
				strconv.Itoa(lf.hour12)+" "+[2]string{"before", "after"}[max(lf.period, 0)]+" noon"))
		}
		hour = h
	} else if lf.period >= 0 && lf.has24 && (lf.hour24 >= 12) != (lf.period == 1) {
		return fail(lf.hourAt, mismatch("hour "+strconv.Itoa(lf.hour24)+" conflicts with the before/after noon marker"))
	}
	switch {
	case hour > 23:
		return fail(lf.hourAt, noSuchDate("hour "+strconv.Itoa(hour)+" out of range"))
	case lf.min > 59:
		return fail(lf.minAt, noSuchDate("minute "+strconv.Itoa(lf.min)+" out of range"))
	case lf.sec > 59:
		return fail(lf.secAt, noSuchDate("second "+strconv.Itoa(lf.sec)+" out of range"))
	}
	d, ok := p.Rule.fromDays(day)
	if !ok {
		return fail(pt.yearAt, outside(p.describeDay(lf.cal, pt, day)+" is outside Solar Hijri years 1–3177"))
	}
	r := reading{date: d, cal: lf.cal, hasClock: lf.has24 || lf.has12}
	if lf.hasZone {
		secs := int64(day)*86400 + int64(hour*3600+lf.min*60+lf.sec) - int64(lf.zone)
		r.instant = time.Unix(secs, 0).In(p.location())
	} else {
		y, m, dd := civilFromDays(day)
		r.instant = time.Date(y, time.Month(m), dd, hour, lf.min, lf.sec, 0, p.location())
	}
	return r, nil
}

var elemNames = [...]string{
	elemLiteral:       "literal",
	elemYear:          "year",
	elemYear2:         "year",
	elemMonth:         "month",
	elemMonthName:     "month name",
	elemDay:           "day",
	elemWeekday:       "weekday name",
	elemWeekdayShort:  "weekday name",
	elemWeekdayNarrow: "weekday",
	elemHour:          "hour",
	elemHour12:        "hour",
	elemPeriod:        "before/after noon marker",
	elemMinute:        "minute",
	elemSecond:        "second",
	elemEra:           "era",
	elemZone:          "zone offset",
	elemWeek:          "week",
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
	monthRows = [][]string{monthNames[0][:], monthNames[1][:], monthNames[2][:], monthNames[3][:]}
	gregRows  = [][]string{gregorianMonthNames[0][:], gregorianMonthNames[1][:], gregorianMonthNames[2][:],
		gregorianMonthNames[3][:]}
	hijriRows   = [][]string{hijriMonthNames[0][:], hijriMonthNames[1][:]}
	weekdayRows = [][]string{weekdayNames[0][:], weekdayNames[1][:], weekdayNames[2][:], weekdayNames[3][:],
		shortWeekdayNames[Latin][:]}
	// eraRows puts each era at the index of its calendar, modulo 4.
	eraRows = [][]string{
		{"", eraNames[0][0][1], eraNames[0][0][2], eraNames[0][0][3]},
		{"", eraNames[0][1][1], eraNames[0][1][2], eraNames[0][1][3]},
		{"", eraNames[1][0][1], eraNames[1][0][2], eraNames[1][0][3]},
		{"", eraNames[1][1][1], eraNames[1][1][2], eraNames[1][1][3]},
	}
)

func monthRowsOf(c Calendar) [][]string {
	switch c {
	case Gregorian:
		return gregRows
	case LunarHijri:
		return hijriRows
	}
	return monthRows
}

// readZone reads Z, ±HH:MM or ±HHMM at s[i:] and returns the offset in
// seconds east of UTC.
func readZone(s string, i int) (offset, next int, ok bool) {
	if i >= len(s) {
		return 0, i, false
	}
	if s[i] == 'Z' {
		return 0, i + 1, true
	}
	sign := 1
	switch s[i] {
	case '+':
	case '-':
		sign = -1
	default:
		return 0, i, false
	}
	hh, j, ok := readNumber(s, i+1, 2, 2)
	if !ok {
		return 0, i, false
	}
	if j < len(s) && s[j] == ':' {
		j++
	}
	mm, j, ok := readNumber(s, j, 2, 2)
	if !ok || hh > 23 || mm > 59 {
		return 0, i, false
	}
	return sign * (hh*3600 + mm*60), j, true
}

// readNumber reads lo to hi digits (any digit set) at s[i:]. It returns
// the value, saturated at maxNumber, and the offset after the digits.
func readNumber(s string, i, lo, hi int) (n, next int, ok bool) {
	count := 0
	for count < hi && i < len(s) {
		v, size := digitAt(s, i)
		if v < 0 {
			break
		}
		n = min(n*10+v, maxNumber)
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
