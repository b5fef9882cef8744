package date

import (
	"strconv"
	"time"
)

// A reading is an expression resolved to a day and an instant.
type reading struct {
	date     Date     // the Solar Hijri date of the day the expression names
	cal      Calendar // the calendar of the part that gave the day
	hasClock bool
	instant  time.Time
	relative bool // computed from the reference time
	parts    [maxParts]Part
	nparts   int
	disagree bool
}

// A Part is one calendar's date in a header that prints several, such as
// «یکشنبه ۳ فروردین ۱۴۰۴ - ۲۳ رمضان ۱۴۴۶ - ۲۳ مارس ۲۰۲۵».
type Part struct {
	Start, End int      // byte span of the part in the text
	Calendar   Calendar // the calendar it is written in
	Year       int      // the year, month and day as written, in that calendar
	Month      int
	Day        int
	// Offset is the number of days from the match's Date to the day this
	// part names: 0 when the part agrees. A Lunar Hijri part agrees with
	// an Offset of -1, 0 or +1 (see HijriRule).
	Offset int
}

// reference returns the time relative dates count from, in loc.
func (p Parser) reference(loc *time.Location) time.Time {
	if p.Now.IsZero() {
		return time.Now().In(loc)
	}
	return p.Now.In(loc)
}

// localDay returns the day number of the date of t in its location.
func localDay(t time.Time) int {
	y, m, d := t.Date()
	return daysFromCivil(y, int(m), d)
}

// resolve checks what the matcher read and computes the day and instant.
// On failure it returns the byte offset in s of the element at fault.
func (p Parser) resolve(s string, e *expr, forced Calendar, r *reading) (int, failure) {
	*r = reading{}
	loc := p.location()
	if e.namounts > 0 {
		return p.resolveAmounts(e, loc, r)
	}
	hour, at, f := e.clockHour()
	if !f.ok() {
		return at, f
	}
	var day int
	switch {
	case e.hasDayWord:
		day = localDay(p.reference(loc)) + e.dayShift
		r.relative, r.cal = true, SolarHijri
		d, ok := p.Rule.fromDays(day)
		if !ok {
			return e.relAt, outside("the day is outside Solar Hijri years 1–3177")
		}
		r.date = d
	default:
		var ok bool
		day, ok, at, f = p.resolveParts(s, e, forced, hour, r)
		if !f.ok() || !ok {
			return at, f
		}
	}
	r.hasClock = e.hasClock
	if e.hasZone {
		secs := int64(day)*86400 + int64(hour*3600+e.min*60+e.sec) - int64(e.zone)*60
		r.instant = time.Unix(secs, int64(e.nsec)).In(loc)
	} else {
		y, m, d := civilFromDays(day)
		r.instant = time.Date(y, time.Month(m), d, hour, e.min, e.sec, e.nsec, loc)
	}
	return 0, failure{}
}

// clockHour returns the 24-hour hour of e's clock, with the part of the
// day applied, and checks the clock's fields.
func (e *expr) clockHour() (int, int, failure) {
	if !e.hasClock {
		return 0, 0, failure{}
	}
	hour := e.hour
	if e.period >= 0 {
		h, ok := applyPeriod(hour, int(e.period))
		if !ok {
			if e.period == periodAM || e.period == periodPM {
				return 0, e.clockAt, noSuchDate("hour " + strconv.Itoa(hour) + " with a 12-hour marker")
			}
			return 0, e.clockAt, noSuchDate("hour " + strconv.Itoa(hour) + " does not fit the part of the day")
		}
		hour = h
	}
	switch {
	case hour > 23:
		return 0, e.clockAt, noSuchDate("hour " + strconv.Itoa(hour) + " out of range")
	case e.min > 59:
		return 0, e.minAt, noSuchDate("minute " + strconv.Itoa(e.min) + " out of range")
	case e.sec > 59:
		return 0, e.secAt, noSuchDate("second " + strconv.Itoa(e.sec) + " out of range")
	}
	return hour, 0, failure{}
}

// applyPeriod returns the 24-hour hour of hour h said with a part of the
// day, or false if the two do not fit together. Hours written on the
// 24-hour clock keep their value with the Persian words (ساعت ۲۲ شب).
func applyPeriod(h, period int) (int, bool) {
	switch period {
	case periodAM, periodPM:
		if h < 1 || h > 12 {
			return 0, false
		}
		return h%12 + 12*period, true
	case periodMorning: // صبح, بامداد: 12 is midnight
		if h > 12 {
			return 0, false
		}
		return h % 12, true
	case periodNoon: // ظهر: 11 and 12, and the first hours after noon
		switch {
		case h == 11 || h == 12 || h >= 13 && h <= 15:
			return h, true
		case h >= 1 && h <= 3:
			return h + 12, true
		}
		return 0, false
	case periodAfternoon: // عصر, بعدازظهر
		switch {
		case h >= 1 && h <= 11:
			return h + 12, true
		case h >= 12 && h <= 23:
			return h, true
		}
		return 0, false
	case periodNight: // شب: the evening, midnight, and the small hours
		switch {
		case h == 12 || h == 0:
			return 0, true
		case h >= 1 && h <= 5:
			return h, true
		case h >= 6 && h <= 11:
			return h + 12, true
		case h >= 18 && h <= 23:
			return h, true
		}
	}
	return 0, false
}

// resolveAmounts moves the reference time by the amounts of e.
func (p Parser) resolveAmounts(e *expr, loc *time.Location, r *reading) (int, failure) {
	r.relative, r.cal = true, SolarHijri
	t := p.reference(loc)
	smallest := unitYear
	for _, a := range e.amounts[:e.namounts] {
		n := a.n * e.direction
		smallest = min(smallest, a.unit)
		switch a.unit {
		case unitSecond:
			t = t.Add(time.Duration(n) * time.Second)
		case unitMinute:
			t = t.Add(time.Duration(n) * time.Minute)
		case unitHour:
			t = t.Add(time.Duration(n) * time.Hour)
		case unitDay, unitWeek:
			if a.unit == unitWeek {
				n *= 7
			}
			y, m, d := t.Date()
			t = time.Date(y, m, d+n, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
		case unitMonth, unitYear:
			d, err := p.Rule.FromTime(t)
			if err == nil {
				if a.unit == unitYear {
					d, err = d.AddDate(n, 0, 0)
				} else {
					d, err = d.AddDate(0, n, 0)
				}
			}
			if err != nil {
				return a.at, outside("the date is outside Solar Hijri years 1–3177")
			}
			t = d.At(t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
		}
	}
	d, err := p.Rule.FromTime(t)
	if err != nil {
		return e.relAt, outside("the date is outside Solar Hijri years 1–3177")
	}
	r.date, r.instant, r.hasClock = d, t, smallest <= unitHour
	return 0, failure{}
}

// resolveParts checks the dates of e's parts, and that they name the same
// day, and returns that day's number.
func (p Parser) resolveParts(s string, e *expr, forced Calendar, hour int, r *reading) (int, bool, int, failure) {
	var days [maxParts]int
	var cals [maxParts]Calendar
	m := matcher{forced: forced}
	var ref time.Time
	for i := range e.nparts {
		pt := &e.parts[i]
		c := m.calendarOf(pt)
		cals[i] = c
		if pt.monthCal != 0 && pt.eraCal != 0 && pt.monthCal != pt.eraCal {
			return 0, false, pt.eraAt, mismatch(pt.eraCal.title() + " era mark after a " + pt.monthCal.title() + " month name")
		}
		if pt.numeric && c == Gregorian && pt.yearLast && !pt.latinOrder && pt.month > 12 && pt.day <= 12 {
			// 3/23/2025: only month first makes a date (CLDR en).
			pt.day, pt.month, pt.dayAt, pt.monthAt = pt.month, pt.day, pt.monthAt, pt.dayAt
		}
		if !pt.hasYear {
			if ref.IsZero() {
				ref = p.reference(p.location())
			}
			n, f := p.nearest(c, pt, ref, hour*3600+e.min*60+e.sec)
			if !f.ok() {
				return 0, false, pt.dayAt, f
			}
			days[i] = n
			r.relative = true
			continue
		}
		n, at, f := p.dayOf(s, c, pt)
		if !f.ok() {
			return 0, false, at, f
		}
		days[i] = n
	}

	// The day is the first Solar Hijri or Gregorian part's; a lunar date
	// is the day's only when nothing else names it.
	primary := 0
	for i := range e.nparts {
		if cals[i] != LunarHijri {
			primary = i
			break
		}
	}
	day := days[primary]
	if e.nparts == 1 && cals[0] == LunarHijri && e.parts[0].hasWeekday {
		// Official lunar dates follow the sighting of the moon and can be a
		// day off the rule: the weekday picks the day within that margin.
		for _, shift := range [...]int{0, 1, -1} {
			if weekdayOf(day+shift) == e.parts[0].weekday {
				day += shift
				days[0] = day
				break
			}
		}
	}
	for i := range e.nparts {
		pt := &e.parts[i]
		if pt.hasWeekday {
			if w := weekdayOf(day); w != pt.weekday {
				return 0, false, pt.weekdayAt, mismatch("weekday " + pt.weekday.String() + " does not match " +
					p.describeDay(cals[primary], &e.parts[primary], days[primary]) + ", a " + w.String())
			}
		}
	}
	d, ok := p.Rule.fromDays(day)
	if !ok {
		return 0, false, e.parts[primary].start, outside(p.describeDay(cals[primary], &e.parts[primary], day) +
			" is outside Solar Hijri years 1–3177")
	}
	r.date, r.cal, r.nparts = d, cals[primary], e.nparts
	for i := range e.nparts {
		pt := &e.parts[i]
		offset := days[i] - day
		r.parts[i] = Part{Start: pt.start, End: pt.end, Calendar: cals[i], Year: pt.year, Month: pt.month, Day: pt.day, Offset: offset}
		if offset != 0 && !(cals[i] == LunarHijri && cals[primary] != LunarHijri && offset >= -1 && offset <= 1) {
			r.disagree = true
		}
	}
	return day, true, 0, failure{}
}

// dayOf returns the day number of a part with a year, in calendar c.
func (p Parser) dayOf(s string, c Calendar, pt *datePart) (int, int, failure) {
	if pt.yearDigits == 1 || pt.yearDigits == 2 {
		return 0, pt.yearAt, failure{reason: "ambiguous two-digit year " + strconv.Itoa(pt.year)}
	}
	year := pt.year
	if pt.yearDigits > 7 || year >= maxNumber {
		year = -1 // too large to hold: reported as written
	}
	switch c {
	case Gregorian:
		if year < 1 || year > 9999 {
			return 0, pt.yearAt, outside("Gregorian year " + yearText(s, pt) + " outside 622–3799")
		}
		if pt.month < 1 || pt.month > 12 {
			return 0, pt.monthAt, noSuchDate("month " + strconv.Itoa(pt.month) + " out of range")
		}
		if f := checkGregorian(year, pt.month, pt.day); !f.ok() {
			return 0, pt.dayAt, f
		}
		n := daysFromCivil(year, pt.month, pt.day)
		if _, ok := p.Rule.fromDays(n); !ok {
			return 0, pt.yearAt, outside("Gregorian " + strconv.Itoa(year) + "-" + strconv.Itoa(pt.month) + "-" +
				strconv.Itoa(pt.day) + " outside Solar Hijri years 1–3177")
		}
		return n, 0, failure{}
	case LunarHijri:
		if year < HijriMinYear || year > HijriMaxYear {
			return 0, pt.yearAt, outside("Hijri year " + yearText(s, pt) + " outside 1–3274")
		}
		if pt.month < 1 || pt.month > 12 {
			return 0, pt.monthAt, noSuchDate("month " + strconv.Itoa(pt.month) + " out of range")
		}
		if f := p.Hijri.check(year, pt.month, pt.day); !f.ok() {
			return 0, pt.dayAt, f
		}
		return HijriDate{int16(year), uint8(pt.month), uint8(pt.day), p.Hijri}.days(), 0, failure{}
	}
	if year < MinYear || year > MaxYear {
		return 0, pt.yearAt, outside("year " + yearText(s, pt) + " outside 1–3177")
	}
	if pt.month < 1 || pt.month > 12 {
		return 0, pt.monthAt, noSuchDate("month " + strconv.Itoa(pt.month) + " out of range")
	}
	if f := p.Rule.check(year, pt.month, pt.day); !f.ok() {
		return 0, pt.dayAt, f
	}
	return Date{int16(year), uint8(pt.month), uint8(pt.day), p.Rule}.days(), 0, failure{}
}

// nearest returns the day number of the occurrence of a day and month
// without a year that is nearest the reference time (the earlier one on
// a tie), at the clock given in seconds.
func (p Parser) nearest(c Calendar, pt *datePart, ref time.Time, clock int) (int, failure) {
	refDay := localDay(ref)
	var year int
	switch c {
	case Gregorian:
		year = ref.Year()
	case LunarHijri:
		h, ok := p.Hijri.fromDays(refDay)
		if !ok {
			return 0, outside("the reference time is outside Hijri years 1–3274")
		}
		year = h.Year()
	default:
		d, ok := p.Rule.fromDays(refDay)
		if !ok {
			return 0, outside("the reference time is outside Solar Hijri years 1–3177")
		}
		year = d.Year()
	}
	if pt.month < 1 || pt.month > 12 {
		return 0, noSuchDate("month " + strconv.Itoa(pt.month) + " out of range")
	}
	refSec := int64(refDay)*86400 + int64(ref.Hour()*3600+ref.Minute()*60+ref.Second())
	best, bestDist := 0, int64(-1)
	var first failure
	for _, y := range [...]int{year - 1, year, year + 1} {
		var f failure
		var n int
		switch c {
		case Gregorian:
			if f = checkGregorian(y, pt.month, pt.day); f.ok() {
				n = daysFromCivil(y, pt.month, pt.day)
			}
		case LunarHijri:
			if f = p.Hijri.check(y, pt.month, pt.day); f.ok() {
				n = HijriDate{int16(y), uint8(pt.month), uint8(pt.day), p.Hijri}.days()
			}
		default:
			if f = p.Rule.check(y, pt.month, pt.day); f.ok() {
				n = Date{int16(y), uint8(pt.month), uint8(pt.day), p.Rule}.days()
			}
		}
		if !f.ok() {
			if first.ok() {
				first = f
			}
			continue
		}
		dist := int64(n)*86400 + int64(clock) - refSec
		if dist < 0 {
			dist = -dist
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = n, dist
		}
	}
	if bestDist < 0 {
		return 0, first
	}
	return best, failure{}
}

// describeDay names the date of a part for an error message:
// "1404-01-03", "Gregorian 2025-03-23", "Lunar Hijri 1446-09-23".
func (p Parser) describeDay(c Calendar, pt *datePart, day int) string {
	switch c {
	case Gregorian:
		y, m, d := civilFromDays(day)
		return "Gregorian " + ymd(y, m, d)
	case LunarHijri:
		h, _ := p.Hijri.fromDays(day)
		return "Lunar Hijri " + h.String()
	}
	d, _ := p.Rule.fromDays(day)
	return d.String()
}

func ymd(y, m, d int) string {
	var b [16]byte
	r := appendInt(b[:0], y, 4)
	r = append(r, '-')
	r = appendInt(r, m, 2)
	r = append(r, '-')
	return string(appendInt(r, d, 2))
}

// yearText returns the year of pt as written, in Latin digits, for an
// error message: exact up to 20 digits, shortened with its length beyond.
func yearText(s string, pt *datePart) string {
	if pt.yearDigits <= 7 && pt.year < maxNumber {
		return strconv.Itoa(pt.year)
	}
	var b []byte
	n := 0
	for i := pt.yearAt; i < pt.yearEnd && i < len(s); {
		v, size := digitAt(s, i)
		if v < 0 {
			break
		}
		if n < 20 {
			b = append(b, byte('0'+v))
		}
		n++
		i += size
	}
	if n > 20 {
		return string(b) + "… (" + strconv.Itoa(n) + " digits)"
	}
	return string(b)
}
