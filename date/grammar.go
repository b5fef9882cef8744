package date

// The grammar of date expressions, read over the tokens of lex.go. An
// expression is one of
//
//	[clock joiner*] part {separator part} [joiner* clock]   a date, or a header of up to three calendars
//	[clock joiner*] dayword [joiner* clock]                 امروز ساعت ۸:۱۵, ساعت ۸ صبح دیروز
//	amount {و amount} ago                                   ۲ ساعت و ۳۰ دقیقه پیش, سه روز دیگر
//
// and a part is
//
//	[era] [روز] [weekday [,]] core [era] [[,] weekday]
//
// where core is day month [year] (۳ فروردین ۱۴۰۴, سوم فروردین, ۲۳ مارس
// ۲۰۲۵), year month day (the CLDR fa full form ۱۴۰۴ فروردین ۳), month day
// [,] year (the CLDR en form March 23, 2025) or three numbers joined by
// the same / - or . with no space. The matcher fills an expr and checks no
// values; resolve.go does.

// maxParts bounds the calendars of one header.
const maxParts = 3

// A datePart is one calendar's date as written.
type datePart struct {
	start, end int // byte span

	year, month, day       int
	yearAt, monthAt, dayAt int
	yearEnd                int      // end of the year's token, to quote a long year
	yearDigits             int      // digits of the year; 0 for none
	hasYear                bool     // false for a day and month alone (۳ فروردین)
	numeric                bool     // all numbers (y/m/d), no month name
	monthCal               Calendar // calendar of the month name, or 0
	eraCal                 Calendar // calendar named by an era mark, or 0
	eraAt                  int
	latinOrder             bool // month/day/year, as CLDR en writes after a Latin era mark
	yearLast               bool // numeric with the year last: d/m/y or m/d/y

	hasWeekday bool
	weekday    Weekday
	weekdayAt  int
}

// An expr is what the matcher read.
type expr struct {
	parts  [maxParts]datePart // parts[:nparts] are set; part() resets each
	nparts int
	exprHead
}

// exprHead is what an expr holds besides its parts; match resets it.
type exprHead struct {
	hasDayWord bool // امروز, دیروز, ...
	dayShift   int
	relAt      int

	namounts int // N unit ... پیش
	amounts  [3]struct {
		n    int
		unit uint8
		at   int
	}
	direction int // -1 past (پیش), +1 future (دیگر)

	hasClock      bool
	hour, min     int
	sec, nsec     int
	clockAt       int
	minAt, secAt  int
	period        int8 // -1: none; else a period*
	periodAt      int
	hasZone       bool
	zone          int // minutes east of UTC
	clockFromWord bool
}

// A matcher reads expressions from a slice of tokens.
type matcher struct {
	src    string // the text the tokens come from
	toks   []token
	end    token    // a tkEnd token after the last one
	forced Calendar // Parser.Calendar
}

func newMatcher(src string, toks []token, forced Calendar) matcher {
	m := matcher{src: src, toks: toks, forced: forced}
	m.end = tokenAt(toks, len(toks))
	return m
}

// at returns toks[k], or a token of kind tkEnd past the end; pointers
// avoid copying tokens around.
func (m *matcher) at(k int) *token {
	if k < len(m.toks) {
		return &m.toks[k]
	}
	return &m.end
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

// isPlainNum reports whether t is a number written in digits.
func isPlainNum(t *token) bool { return t.kind == tkNum && !t.spelled() }

// isDayNum reports whether t can be the day of a month: a number of one or
// two digits, or a spelled number.
func isDayNum(t *token) bool { return t.kind == tkNum && (t.spelled() || t.digits <= 2) }

// isCardinal reports whether t is a number that can count: not an ordinal.
func isCardinal(t *token) bool { return t.kind == tkNum && !t.ordinal() }

// match reads one expression at toks[i]. It fills e and returns the index
// after the expression, or the byte offset and the reason it failed.
func (m *matcher) match(i int, e *expr) (end, failAt int, reason string) {
	e.exprHead = exprHead{period: -1}
	e.nparts = 0
	start := i

	// A leading clock: ساعت ۱۸:۱۴ روز یکشنبه ..., ۸ صبح دیروز.
	k := i
	bare := false
	if t := m.at(k); t.kind == tkJoin && t.sub == joinHour {
		bare = true
		k++
	}
	if c := m.clock(k, bare, e); c > k {
		i = m.skipJoiners(c)
	} else {
		e.hasClock = false
	}

	switch t := m.at(i); {
	case t.kind == tkDayWord:
		e.hasDayWord, e.dayShift, e.relAt = true, int(t.val), t.start
		i++
		if !e.hasClock {
			i = m.trailingClock(i, e)
		}
		return i, 0, ""
	case isCardinal(t) && unitOf(m.at(i+1)) != unitNone && !e.hasClock:
		if end, ok := m.amounts(i, e); ok {
			return end, 0, ""
		}
	}

	end, failAt, reason = m.part(i, &e.parts[0])
	if reason != "" {
		if i > start && e.hasClock {
			// A clock with no date after it is no date.
			return 0, m.at(i).start, reason
		}
		return 0, failAt, reason
	}
	e.nparts = 1
	i = end
	for e.nparts < maxParts {
		next, ok := m.nextPart(i, e)
		if !ok {
			break
		}
		i = next
	}
	if !e.hasClock {
		i = m.trailingClock(i, e)
	}
	return i, 0, ""
}

// nextPart reads a separator and another calendar's date after a part:
// «۳ فروردین ۱۴۰۴ - ۲۳ مارس ۲۰۲۵», «... (۲۳ مارس ۲۰۲۵)», «... برابر با ...».
func (m *matcher) nextPart(i int, e *expr) (int, bool) {
	k := i
	paren := false
	for n := 0; n < 2; n++ {
		t := m.at(k)
		switch t.kind {
		case tkDash, tkComma, tkBar, tkSlash, tkEquals:
			k++
			continue
		case tkOpen:
			k++
			paren = true
		}
		break
	}
	p := &e.parts[e.nparts]
	end, _, reason := m.part(k, p)
	if reason != "" || !p.hasYear || !e.parts[0].hasYear {
		return i, false // the parts of a header are whole dates
	}
	c := m.calendarOf(p)
	for j := range e.nparts {
		if m.calendarOf(&e.parts[j]) == c {
			return i, false // a second date of the same calendar is another date
		}
	}
	if paren {
		if m.at(end).kind != tkClose {
			return i, false
		}
		end++
	}
	p.end = m.at(end - 1).end
	e.nparts++
	return end, true
}

// calendarOf returns the calendar a part is written in: its month name's,
// its era mark's, the Parser's, or for an all-numeric date the one the
// year's window gives.
func (m *matcher) calendarOf(p *datePart) Calendar {
	switch {
	case p.monthCal != 0:
		return p.monthCal
	case p.eraCal != 0:
		return p.eraCal
	case m.forced != 0:
		return m.forced
	}
	return windowCalendar(p)
}

// The Solar Hijri window of all-numeric dates: a four-digit year in it is
// Solar Hijri, any other four-digit year Gregorian (2025-03-23).
const (
	minSolarWindow = 1200
	maxSolarWindow = 1599
)

func windowCalendar(p *datePart) Calendar {
	if p.yearDigits == 4 && (p.year < minSolarWindow || p.year > maxSolarWindow) {
		return Gregorian
	}
	return SolarHijri
}

// part reads one calendar's date at toks[i].
func (m *matcher) part(i int, p *datePart) (end, failAt int, reason string) {
	*p = datePart{start: m.at(i).start}
	weekday := func(k int) {
		p.hasWeekday, p.weekday, p.weekdayAt = true, Weekday(m.at(k).val), m.at(k).start
	}
	if t := m.at(i); t.kind == tkEra {
		p.eraCal, p.eraAt, p.latinOrder = Calendar(t.sub), t.start, t.latin()
		i++
	}
	if t := m.at(i); t.kind == tkJoin && t.sub == joinDay && m.at(i+1).kind == tkWeekday { // روز یکشنبه
		i++
	}
	if m.at(i).kind == tkWeekday {
		weekday(i)
		i++
		if m.at(i).kind == tkComma {
			i++
		}
	}

	a := m.at(i)
	switch {
	case a.kind == tkNum && (m.at(i+1).kind == tkMonth ||
		unitOf(m.at(i+1)) == unitMonth && m.at(i+1).kind == tkUnit && m.at(i+2).kind == tkMonth):
		// day month [سال] year, year month day (CLDR fa full form), or a
		// day and month alone; ماه may stand before the month (۲۳ ماه رمضان).
		k := i + 1
		if m.at(k).kind == tkUnit {
			k++
		}
		mo := m.at(k)
		p.month, p.monthAt, p.monthCal = int(mo.val), mo.start, Calendar(mo.sub)
		k = m.skipShortDot(k+1, mo)
		y := k
		if m.at(y).kind == tkYearWord {
			y++
		}
		b := m.at(y)
		switch {
		case isPlainNum(a) && a.digits >= 3:
			// ۱۴۰۴ فروردین ۳
			if !isDayNum(b) {
				return 0, b.start, "expected a day after the month name"
			}
			p.setYear(a)
			p.day, p.dayAt = int(b.val), b.start
			k = y + 1
		case b.kind == tkNum && !b.ordinal():
			p.day, p.dayAt = int(a.val), a.start
			p.setYear(b)
			k = y + 1
		case y > k:
			return 0, b.start, "expected a year after سال"
		default:
			p.day, p.dayAt = int(a.val), a.start // a day and month alone
			if !isDayNum(a) {
				return 0, a.start, "expected a day before the month name"
			}
			if mo.flags&tfNeedsYear != 0 {
				return 0, b.start, "expected a year after the month name"
			}
		}
		i = k
	case a.kind == tkMonth:
		// month day [,] year (CLDR en form: Farvardin 3, 1404 AP), or, with
		// a Latin name, a month and day alone (March 23).
		p.month, p.monthAt, p.monthCal = int(a.val), a.start, Calendar(a.sub)
		k := m.skipShortDot(i+1, a)
		d := m.at(k)
		if !isDayNum(d) {
			return 0, d.start, "expected day and year after the month name"
		}
		p.day, p.dayAt = int(d.val), d.start
		k++
		y := k
		if m.at(y).kind == tkComma {
			y++
		}
		if b := m.at(y); b.kind == tkNum && !b.ordinal() {
			p.setYear(b)
			k = y + 1
		} else if !a.latin() {
			return 0, b.start, "expected day and year after the month name"
		}
		i = k
	case isPlainNum(a):
		sep := m.at(i + 1)
		b, sep2, c := m.at(i+2), m.at(i+3), m.at(i+4)
		if sep.kind != tkSlash && sep.kind != tkDash && sep.kind != tkDot || sep.space() || b.space() ||
			!isPlainNum(b) || sep2.kind != sep.kind || sep2.space() || c.space() || !isPlainNum(c) {
			return 0, a.start, "expected a date"
		}
		i += 5
		p.numeric = true
		if at := m.at(i); at.kind == tkEra && p.eraCal == 0 {
			p.latinOrder = at.latin()
		}
		switch {
		case a.digits >= 3 || c.digits < 3: // y/m/d; with two short ends, the Iranian year-first order
			p.setYear(a)
			p.month, p.monthAt = int(b.val), b.start
			p.day, p.dayAt = int(c.val), c.start
		default:
			p.setYear(c)
			p.yearLast = true
			dm := [2]*token{a, b} // day first, as Persian writes it
			if p.latinOrder {
				dm = [2]*token{b, a} // CLDR en: month/day/year AP
			}
			p.day, p.dayAt = int(dm[0].val), dm[0].start
			p.month, p.monthAt = int(dm[1].val), dm[1].start
		}
	default:
		return 0, a.start, "expected a date"
	}

	if t := m.at(i); t.kind == tkEra {
		if p.eraCal == 0 {
			p.eraCal, p.eraAt = Calendar(t.sub), t.start
		}
		i++
	}
	if !p.hasWeekday {
		k := i
		if m.at(k).kind == tkComma {
			k++
		}
		if m.at(k).kind == tkWeekday {
			weekday(k)
			i = k + 1
		}
	}
	p.end = m.at(i - 1).end
	return i, 0, ""
}

// setYear takes the year from t.
func (p *datePart) setYear(t *token) {
	p.hasYear = true
	p.year, p.yearAt, p.yearEnd = int(t.val), t.start, t.end
	p.yearDigits = int(t.digits) // of the value, for a spelled year: هشتاد و چهار is as ambiguous as ۸۴
}

// skipShortDot skips the dot after an abbreviated Latin month (Mar. 23).
func (m *matcher) skipShortDot(k int, month *token) int {
	if t := m.at(k); month.latin() && t.kind == tkDot && !t.space() {
		return k + 1
	}
	return k
}

// skipJoiners skips at most three joining tokens: "، ساعت", " - " and the
// like. The bound keeps every expression short.
func (m *matcher) skipJoiners(k int) int {
	for n := 0; n < 3; n++ {
		switch m.at(k).kind {
		case tkDash, tkComma, tkJoin:
			k++
		default:
			return k
		}
	}
	return k
}

// trailingClock reads a clock after a date: joined by - , ، ساعت at په في,
// or by a T with no space (ISO 8601). It returns i when there is none.
func (m *matcher) trailingClock(i int, e *expr) int {
	if t := m.at(i); t.kind == tkT && !t.space() && m.at(i+1).kind == tkTime && !m.at(i+1).space() {
		if c := m.clock(i+1, false, e); c > i+1 {
			return c
		}
	}
	bare := false
	k := i
	for n := 0; n < 3; n++ {
		t := m.at(k)
		if t.kind != tkDash && t.kind != tkComma && t.kind != tkJoin {
			break
		}
		bare = bare || t.kind == tkJoin && t.sub != joinDay
		k++
	}
	if c := m.clock(k, bare, e); c > k {
		return c
	}
	e.hasClock = false
	return i
}

// clock reads a clock time at toks[k] into e and returns the index after
// it, or k if there is none:
//
//	H:MM[:SS] [period]                 ۱۸:۱۴, 6:14 PM, ۶:۱۴ ب.ظ.
//	H [period]                         ۱۸ after ساعت or at; ۶ بعدازظهر
//	H و M دقیقه [و S ثانیه] [period]    ۱۸ و ۳۰ دقیقه
//	H و نیم|ربع [period]                ۶ و نیم صبح
//
// A bare hour needs ساعت or at before it (bare) or a part of the day
// after it: ۳ فروردین ۱۴۰۴ - ۱۸ is not a clock.
func (m *matcher) clock(k int, bare bool, e *expr) int {
	t := m.at(k)
	e.hasClock = true
	e.clockAt, e.minAt, e.secAt = t.start, t.start, t.start
	e.nsec, e.hasZone, e.zone = 0, false, 0
	var next int
	switch {
	case t.kind == tkTime:
		e.hour, e.min, e.sec = int(t.hour), int(t.min), max(int(t.sec), 0)
		if t.flags&(tfFraction|tfZone) != 0 {
			e.nsec, e.zone = clockExtras(m.src, t)
			e.hasZone = t.flags&tfZone != 0
		}
		e.minAt, e.secAt = t.start+int(t.minOff), t.start+int(t.secOff)
		e.clockFromWord = false
		next = k + 1
	case isCardinal(t) && (t.spelled() && t.val <= 24 || !t.spelled() && t.digits <= 2):
		e.hour, e.min, e.sec = int(t.val), 0, 0
		e.clockFromWord = true
		next = k + 1
		words := false
		if m.at(next).kind == tkAnd {
			switch a, u := m.at(next+1), m.at(next+2); {
			case a.kind == tkFraction:
				e.min, e.minAt = int(a.val), a.start
				next += 2
				words = true
			case isCardinal(a) && u.kind == tkUnit && u.sub == unitMinute:
				e.min, e.minAt = int(a.val), a.start
				next += 3
				words = true
				if s, u := m.at(next+1), m.at(next+2); m.at(next).kind == tkAnd && isCardinal(s) &&
					u.kind == tkUnit && u.sub == unitSecond {
					e.sec, e.secAt = int(s.val), s.start
					next += 3
				}
			}
		}
		if !bare && !words && m.at(next).kind != tkPeriod {
			return k
		}
	default:
		return k
	}
	e.period = -1
	if p := m.at(next); p.kind == tkPeriod {
		e.period, e.periodAt = int8(p.val), p.start
		next++
	} else if p.kind == tkEra && p.sub == uint8(Gregorian) && p.val == 1 {
		e.period, e.periodAt = periodPM, p.start // Arabic م after a clock: مساءً
		next++
	}
	return next
}

// amounts reads N unit {و N unit} پیش|دیگر at toks[i].
func (m *matcher) amounts(i int, e *expr) (end int, ok bool) {
	defer func() {
		if !ok {
			e.namounts = 0
		}
	}()
	k := i
	for e.namounts < len(e.amounts) {
		n, u := m.at(k), m.at(k+1)
		unit := unitOf(u)
		if !isCardinal(n) || unit == unitNone {
			return i, false
		}
		a := &e.amounts[e.namounts]
		a.n, a.unit, a.at = int(n.val), unit, n.start
		e.namounts++
		k += 2
		if t := m.at(k); t.kind == tkAgo {
			if m.at(k+1).kind == tkFrom {
				// ۲۰۰ سال قبل از میلاد, سه ماه بعد از آن: counted from
				// something else than the reference time.
				return i, false
			}
			e.direction, e.relAt = int(t.val), n.start
			return k + 1, true
		}
		if m.at(k).kind != tkAnd {
			return i, false
		}
		k++
	}
	return i, false
}
