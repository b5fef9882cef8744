package date

import (
	"strconv"
	"time"
)

// A Date is a day of the Solar Hijri calendar under a Rule: a year, a month
// and a day, with no time of day and no location.
//
// Dates are values: compare them with Compare, Before and After (== also
// works between dates of the same rule). The zero Date is not a valid date;
// IsZero reports it, and its conversions return the zero time.Time.
type Date struct {
	year  int16
	month uint8
	day   uint8
	rule  Rule
}

// New returns the date year-month-day under the Official rule. Impossible
// dates (month 13, 31 Mehr, 30 Esfand of a common year) are errors; nothing
// rolls over into the next month. Errors are *DateError values wrapping
// ErrNoSuchDate or ErrOutOfRange.
func New(year int, month Month, day int) (Date, error) {
	return Official.New(year, month, day)
}

// New returns the date year-month-day under rule r.
func (r Rule) New(year int, month Month, day int) (Date, error) {
	if f := r.check(year, int(month), day); !f.ok() {
		return Date{}, f.dateError("New")
	}
	return Date{int16(year), uint8(month), uint8(day), r}, nil
}

// check returns why year-month-day is not a date under r, or the zero
// failure.
func (r Rule) check(year, month, day int) failure {
	switch {
	case r > Jalaali:
		return noSuchDate("unknown rule " + r.String())
	case year < MinYear || year > MaxYear:
		return outside("year " + strconv.Itoa(year) + " outside 1–3177")
	case month < 1 || month > 12:
		return noSuchDate("month " + strconv.Itoa(month) + " out of range")
	case day < 1:
		return noSuchDate("day " + strconv.Itoa(day) + " out of range")
	case day > r.daysIn(year, Month(month)):
		if month == 12 && day == 30 {
			return noSuchDate("day 30 of Esfand in common year " + strconv.Itoa(year))
		}
		return noSuchDate("day " + strconv.Itoa(day) + " of " + Month(month).String() + " out of range")
	}
	return failure{}
}

func (r Rule) daysIn(year int, m Month) int {
	switch {
	case m <= 6:
		return 31
	case m <= 11:
		return 30
	case r.IsLeap(year):
		return 30
	}
	return 29
}

// DaysIn returns the number of days in month m of year under r (29 or 30
// for Esfand), or 0 if year or m is out of range.
func (r Rule) DaysIn(year int, m Month) int {
	if year < MinYear || year > MaxYear || m < Farvardin || m > Esfand {
		return 0
	}
	return r.daysIn(year, m)
}

// FromGregorian returns the Official date of the proleptic Gregorian date
// year-month-day. Gregorian dates before 0622-03-21 or after the end of
// 3177 AP are errors, as are impossible Gregorian dates.
func FromGregorian(year int, month time.Month, day int) (Date, error) {
	return Official.FromGregorian(year, month, day)
}

// FromGregorian returns the date under r of the proleptic Gregorian date
// year-month-day.
func (r Rule) FromGregorian(year int, month time.Month, day int) (Date, error) {
	if !isGregorian(year, int(month), day) {
		return Date{}, checkGregorian(year, int(month), day).dateError("FromGregorian")
	}
	d, ok := r.fromDays(daysFromCivil(year, int(month), day))
	if !ok {
		return Date{}, outside("Gregorian " + strconv.Itoa(year) + "-" + strconv.Itoa(int(month)) + "-" + strconv.Itoa(day) +
			" outside Solar Hijri years 1–3177").dateError("FromGregorian")
	}
	return d, nil
}

// isGregorian reports whether year-month-day is a proleptic Gregorian date
// of years 1–9999: the fast test before checkGregorian says why not.
func isGregorian(year, month, day int) bool {
	return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= gregorianDaysIn(year, time.Month(month))
}

// checkGregorian returns why year-month-day is not a proleptic Gregorian
// date of years 1–9999, or the zero failure.
func checkGregorian(year, month, day int) failure {
	switch {
	case year < 1 || year > 9999:
		return outside("Gregorian year " + strconv.Itoa(year) + " outside 1–9999")
	case month < 1 || month > 12:
		return noSuchDate("no Gregorian month " + strconv.Itoa(month))
	case day < 1 || day > gregorianDaysIn(year, time.Month(month)):
		return noSuchDate("no Gregorian date " + strconv.Itoa(year) + "-" + strconv.Itoa(month) + "-" + strconv.Itoa(day))
	}
	return failure{}
}

func gregorianDaysIn(year int, m time.Month) int {
	switch m {
	case time.February:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// FromTime returns the Official date of the day on which t falls in t's
// own location. Use t.In(loc) first to choose another location.
func FromTime(t time.Time) (Date, error) {
	return Official.FromTime(t)
}

// FromTime returns the date under r of the day on which t falls in t's
// location.
func (r Rule) FromTime(t time.Time) (Date, error) {
	y, m, d := t.Date()
	return r.FromGregorian(y, m, d)
}

func (r Rule) fromDays(n int) (Date, bool) {
	if r > Jalaali {
		return Date{}, false
	}
	y, m, d, ok := r.starts().fromDays(n)
	if !ok {
		return Date{}, false
	}
	return Date{int16(y), uint8(m), uint8(d), r}, true
}

// days returns the day number of d (days since 1970-01-01).
func (d Date) days() int {
	return int(d.rule.starts()[d.year]) + monthStart(Month(d.month)) + int(d.day) - 1
}

// Year returns the Solar Hijri year of d.
func (d Date) Year() int { return int(d.year) }

// Month returns the month of d.
func (d Date) Month() Month { return Month(d.month) }

// Day returns the day of the month of d.
func (d Date) Day() int { return int(d.day) }

// Rule returns the rule under which d was made.
func (d Date) Rule() Rule { return d.rule }

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// IsLeap reports whether the year of d has 366 days.
func (d Date) IsLeap() bool { return d.rule.IsLeap(int(d.year)) }

// DaysInMonth returns the number of days of the month of d.
func (d Date) DaysInMonth() int { return d.rule.DaysIn(int(d.year), Month(d.month)) }

// YearDay returns the day of the year of d, in 1–365 or 1–366 (1 for
// 1 Farvardin), or 0 for the zero Date.
func (d Date) YearDay() int {
	if d.IsZero() {
		return 0
	}
	return monthStart(Month(d.month)) + int(d.day)
}

// Weekday returns the day of the week of d (Sunday for the zero Date).
func (d Date) Weekday() Weekday {
	if d.IsZero() {
		return Sunday
	}
	return weekdayOf(d.days())
}

// weekdayOf returns the weekday of day number n; 1970-01-01 was a Thursday.
func weekdayOf(n int) Weekday {
	w := (n + int(Thursday)) % 7
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

// Gregorian returns the proleptic Gregorian date of d, or (0, 0, 0) for
// the zero Date.
func (d Date) Gregorian() (year int, month time.Month, day int) {
	if d.IsZero() {
		return 0, 0, 0
	}
	y, m, dd := civilFromDays(d.days())
	return y, time.Month(m), dd
}

// Time returns midnight at the start of d in loc (Asia/Tehran if loc is
// nil). For the zero Date it returns the zero time.Time.
func (d Date) Time(loc *time.Location) time.Time {
	return d.At(0, 0, 0, 0, loc)
}

// At returns the instant of the given wall clock on d in loc (Asia/Tehran
// if loc is nil), with time.Date's normalization of out-of-range clock
// values. A wall clock that does not exist (it falls in the gap when Iran
// moved its clocks forward for daylight saving, which it did until 2022)
// or exists twice is resolved as time.Date does: the result is correct in
// one of the two zones of the transition, without a guarantee of which.
// For the zero Date At returns the zero time.Time.
func (d Date) At(hour, min, sec, nsec int, loc *time.Location) time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	if loc == nil {
		loc = Tehran()
	}
	y, m, dd := d.Gregorian()
	return time.Date(y, m, dd, hour, min, sec, nsec, loc)
}

// AddDate returns d moved by years, months and days, in that order, in
// the Solar Hijri calendar. Moving by years and months keeps the day of
// the month unless the target month is shorter, in which case the day is
// pinned to its last day (31 Shahrivar plus one month is 30 Mehr; 30
// Esfand of a leap year plus one year is 29 Esfand); days are then added
// as a count of days. A result outside years 1–3177 is an error.
func (d Date) AddDate(years, months, days int) (Date, error) {
	if d.IsZero() {
		return Date{}, noSuchDate("AddDate on the zero Date").dateError("AddDate")
	}
	beyond := outside("AddDate result outside 1–3177")
	const maxShift = 12 * (MaxYear + 1)
	if years < -MaxYear || years > MaxYear || months < -maxShift || months > maxShift {
		return Date{}, outside("AddDate shift outside 1–3177").dateError("AddDate")
	}
	total := int(d.year)*12 + int(d.month) - 1 + years*12 + months
	y, m := total/12, Month(total%12+1)
	if total < 0 || y < MinYear || y > MaxYear {
		return Date{}, beyond.dateError("AddDate")
	}
	day := min(int(d.day), d.rule.daysIn(y, m))
	e := Date{int16(y), uint8(m), uint8(day), d.rule}
	if days == 0 {
		return e, nil
	}
	const maxDays = 366 * (MaxYear + 1)
	if days < -maxDays || days > maxDays {
		return Date{}, beyond.dateError("AddDate")
	}
	e, ok := d.rule.fromDays(e.days() + days)
	if !ok {
		return Date{}, beyond.dateError("AddDate")
	}
	return e, nil
}

// Sub returns the number of days from e to d (d - e). The two dates may be
// of different rules: the difference is between the days they name.
func (d Date) Sub(e Date) int { return d.days() - e.days() }

// Compare returns -1 if d is before e, 0 if they name the same day, and +1
// if d is after e.
func (d Date) Compare(e Date) int {
	a, b := d.ordinal(), e.ordinal()
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// ordinal orders dates by the day they name, with the zero Date first.
func (d Date) ordinal() int {
	if d.IsZero() {
		return -1 << 31
	}
	return d.days()
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// String returns d as "1404-01-03" (year, month, day, Latin digits).
func (d Date) String() string {
	var b [16]byte
	return string(d.appendISO(b[:0]))
}

func (d Date) appendISO(b []byte) []byte {
	b = appendInt(b, int(d.year), 4)
	b = append(b, '-')
	b = appendInt(b, int(d.month), 2)
	b = append(b, '-')
	return appendInt(b, int(d.day), 2)
}

// AppendText implements encoding.TextAppender with the MarshalText form.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.IsZero() {
		return b, nil
	}
	return d.appendISO(b), nil
}

// MarshalText implements encoding.TextMarshaler with the String form,
// which JSON then quotes: "1404-01-03". The zero Date marshals as an
// empty string, which UnmarshalText reads back as the zero Date.
func (d Date) MarshalText() ([]byte, error) {
	return d.AppendText(make([]byte, 0, 10))
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the
// String form (YYYY-MM-DD, in any of the three digit sets) and keeps the
// rule of the receiver, so a zero Date receives an Official date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	s := string(text)
	p := Parser{Rule: d.rule}
	e, err := p.ParseDate("yyyy-MM-dd", s)
	if err != nil {
		return err
	}
	*d = e
	return nil
}
