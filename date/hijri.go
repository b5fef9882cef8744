package date

//go:generate go run gen_hijri.go

import (
	"math/bits"
	"strconv"
	"time"
)

// HijriMinYear and HijriMaxYear bound the Lunar Hijri years this package
// converts: 1 Muharram 1 AH is 0622-07-19 and the end of 3274 AH falls in
// January 3799, inside the Solar Hijri range.
const (
	HijriMinYear = 1
	HijriMaxYear = 3274
)

// A HijriRule decides the lengths of the months of the Lunar Hijri
// calendar.
//
// No rule can say what Iran's official lunar dates will be: Iran begins
// its months on the sighting of the new moon, as announced by the
// Supreme Leader's office, so an official date can differ from either rule
// by a day (sometimes two). Lunar dates read from a page that prints them
// beside a Solar Hijri or Gregorian date are checked with a day's margin
// for that reason.
type HijriRule uint8

const (
	// UmmAlQura is the calendar of Saudi Arabia, the default of ICU and
	// CLDR (islamic-umalqura): a table of month lengths for 1300–1600 AH,
	// generated from ICU 78's data, and the civil rule outside it, as ICU
	// does. It is the zero HijriRule.
	UmmAlQura HijriRule = iota

	// HijriCivil is the tabular Islamic calendar (ICU's islamic-civil):
	// months alternate 30 and 29 days, and 11 years of each 30-year cycle
	// (2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29) end with a 30-day Dhu
	// al-Hijjah. Its epoch is Friday 1 Muharram 1 AH, 0622-07-19 (proleptic
	// Gregorian; 16 July 622 Julian).
	HijriCivil
)

// String returns "umalqura" or "civil".
func (r HijriRule) String() string {
	switch r {
	case UmmAlQura:
		return "umalqura"
	case HijriCivil:
		return "civil"
	}
	return "HijriRule(" + strconv.Itoa(int(r)) + ")"
}

// A HijriMonth specifies a month of the Lunar Hijri year (Muharram = 1, ...).
type HijriMonth int

const (
	Muharram HijriMonth = 1 + iota
	Safar
	RabiAlAwwal
	RabiAlThani
	JumadaAlAwwal
	JumadaAlThani
	Rajab
	Shaban
	Ramadan
	Shawwal
	DhuAlQadah
	DhuAlHijjah
)

// Name returns the month's name in the given language, or "" if m is not a
// month. Persian, Dari and Pashto get the Persian spelling (ربیع‌الاول,
// ذی‌القعده); Latin gets CLDR's English name (Rabiʻ I, Dhuʻl-Qiʻdah).
func (m HijriMonth) Name(n Names) string {
	if m < Muharram || m > DhuAlHijjah {
		return ""
	}
	if n.valid() == Latin {
		return hijriMonthNames[1][m-1]
	}
	return hijriMonthNames[0][m-1]
}

// String returns the English name of the month as CLDR gives it
// ("Ramadan"), or "%!HijriMonth(n)" if m is not a month.
func (m HijriMonth) String() string {
	if m < Muharram || m > DhuAlHijjah {
		return "%!HijriMonth(" + strconv.Itoa(int(m)) + ")"
	}
	return hijriMonthNames[1][m-1]
}

// A HijriDate is a day of the Lunar Hijri calendar under a HijriRule. Like
// Date it is a value with no time of day and no location; the zero
// HijriDate is not a valid date.
type HijriDate struct {
	year  int16
	month uint8
	day   uint8
	rule  HijriRule
}

// NewHijri returns the Umm al-Qura date year-month-day. Impossible dates
// (day 30 of a 29-day month) are errors, as for New.
func NewHijri(year int, month HijriMonth, day int) (HijriDate, error) {
	return UmmAlQura.New(year, month, day)
}

// New returns the date year-month-day under rule r.
func (r HijriRule) New(year int, month HijriMonth, day int) (HijriDate, error) {
	if f := r.check(year, int(month), day); !f.ok() {
		return HijriDate{}, f.dateError("New")
	}
	return HijriDate{int16(year), uint8(month), uint8(day), r}, nil
}

func (r HijriRule) check(year, month, day int) failure {
	switch {
	case r > HijriCivil:
		return noSuchDate("unknown Hijri rule " + r.String())
	case year < HijriMinYear || year > HijriMaxYear:
		return outside("Hijri year " + strconv.Itoa(year) + " outside 1–3274")
	case month < 1 || month > 12:
		return noSuchDate("Hijri month " + strconv.Itoa(month) + " out of range")
	case day < 1 || day > r.daysIn(year, month):
		return noSuchDate("day " + strconv.Itoa(day) + " of " + HijriMonth(month).String() + " " +
			strconv.Itoa(year) + " out of range (" + r.String() + ")")
	}
	return failure{}
}

// DaysIn returns the number of days (29 or 30) of month m of year under r,
// or 0 if year or m is out of range.
func (r HijriRule) DaysIn(year int, m HijriMonth) int {
	if r > HijriCivil || year < HijriMinYear || year > HijriMaxYear || m < Muharram || m > DhuAlHijjah {
		return 0
	}
	return r.daysIn(year, int(m))
}

func (r HijriRule) daysIn(year, month int) int {
	if r == UmmAlQura && year >= umalquraFirstYear && year <= umalquraLastYear {
		return 29 + int(umalquraMonths[year-umalquraFirstYear]>>(12-month)&1)
	}
	if month == 12 && civilLeap(year) {
		return 30
	}
	return 29 + month%2
}

// civilLeap reports whether year of the civil rule has 355 days.
func civilLeap(year int) bool { return (14+11*year)%30 < 11 }

// hijriEpoch is the day number of 1 Muharram 1 AH under the civil rule,
// 0622-07-19 (proleptic Gregorian).
var hijriEpoch = daysFromCivil(622, 7, 19)

// civilYearStart returns the days from 1 Muharram 1 AH to 1 Muharram of
// year (year >= 1).
func civilYearStart(year int) int { return 354*(year-1) + (3+11*year)/30 }

// civilMonthStart returns the days from 1 Muharram to the first of month
// m0+1 (m0 is 0-based): ceil(29.5*m0).
func civilMonthStart(m0 int) int { return (59*m0 + 1) / 2 }

// tableMonthStart returns the days from 1 Muharram to the first of month
// m0+1 of a year of the Umm al-Qura table with month-length mask mask.
func tableMonthStart(mask uint16, m0 int) int {
	return 29*m0 + bits.OnesCount16(mask>>(12-m0))
}

// days returns the day number of h (days since 1970-01-01).
func (h HijriDate) days() int {
	y, m0 := int(h.year), int(h.month)-1
	if h.rule == UmmAlQura && y >= umalquraFirstYear && y <= umalquraLastYear {
		i := y - umalquraFirstYear
		return int(umalquraStarts[i]) + tableMonthStart(umalquraMonths[i], m0) + int(h.day) - 1
	}
	return hijriEpoch + civilYearStart(y) + civilMonthStart(m0) + int(h.day) - 1
}

// The day numbers of the first and last day of the supported range.
var (
	hijriFirstDay = hijriEpoch
	hijriLastDay  = hijriEpoch + civilYearStart(HijriMaxYear+1) - 1
)

// fromDays converts a day number to a date under r; ok is false outside
// HijriMinYear..HijriMaxYear.
func (r HijriRule) fromDays(n int) (HijriDate, bool) {
	if n < hijriFirstDay || n > hijriLastDay || r > HijriCivil {
		return HijriDate{}, false
	}
	if r == UmmAlQura && n >= int(umalquraStarts[0]) && n < int(umalquraStarts[len(umalquraStarts)-1]) {
		// The table: estimate the year from the mean year of 354.367 days
		// (off by at most one), then the month from the shortest month.
		k := n - int(umalquraStarts[0])
		i := min(k*1000/354367, len(umalquraMonths)-1)
		if n < int(umalquraStarts[i]) {
			i--
		} else if n >= int(umalquraStarts[i+1]) {
			i++
		}
		doy := n - int(umalquraStarts[i])
		mask := umalquraMonths[i]
		m0 := doy / 30
		for m0 < 11 && tableMonthStart(mask, m0+1) <= doy {
			m0++
		}
		return HijriDate{int16(umalquraFirstYear + i), uint8(m0 + 1), uint8(doy - tableMonthStart(mask, m0) + 1), r}, true
	}
	k := n - hijriEpoch // >= 0
	y := (30*k + 10646) / 10631
	doy := k - civilYearStart(y)
	m0 := min(2*doy/59, 11)
	return HijriDate{int16(y), uint8(m0 + 1), uint8(doy - civilMonthStart(m0) + 1), r}, true
}

// FromGregorian returns the date under r of the proleptic Gregorian date
// year-month-day. Days before 1 Muharram 1 AH or after 3274 AH are errors.
func (r HijriRule) FromGregorian(year int, month time.Month, day int) (HijriDate, error) {
	if !isGregorian(year, int(month), day) {
		return HijriDate{}, checkGregorian(year, int(month), day).dateError("FromGregorian")
	}
	h, ok := r.fromDays(daysFromCivil(year, int(month), day))
	if !ok {
		return HijriDate{}, outside("Gregorian " + strconv.Itoa(year) + "-" + strconv.Itoa(int(month)) + "-" +
			strconv.Itoa(day) + " outside Hijri years 1–3274").dateError("FromGregorian")
	}
	return h, nil
}

// FromTime returns the date under r of the day on which t falls in t's
// location.
func (r HijriRule) FromTime(t time.Time) (HijriDate, error) {
	y, m, d := t.Date()
	return r.FromGregorian(y, m, d)
}

// FromDate returns the date under r of the day d names.
func (r HijriRule) FromDate(d Date) (HijriDate, error) {
	if d.IsZero() {
		return HijriDate{}, noSuchDate("the zero Date has no Hijri date").dateError("FromDate")
	}
	h, ok := r.fromDays(d.days())
	if !ok {
		return HijriDate{}, outside(d.String() + " outside Hijri years 1–3274").dateError("FromDate")
	}
	return h, nil
}

// Year returns the Hijri year of h.
func (h HijriDate) Year() int { return int(h.year) }

// Month returns the month of h.
func (h HijriDate) Month() HijriMonth { return HijriMonth(h.month) }

// Day returns the day of the month of h.
func (h HijriDate) Day() int { return int(h.day) }

// Rule returns the rule under which h was made.
func (h HijriDate) Rule() HijriRule { return h.rule }

// IsZero reports whether h is the zero HijriDate.
func (h HijriDate) IsZero() bool { return h == HijriDate{} }

// DaysInMonth returns the number of days (29 or 30) of the month of h.
func (h HijriDate) DaysInMonth() int { return h.rule.DaysIn(int(h.year), HijriMonth(h.month)) }

// Weekday returns the day of the week of h (Sunday for the zero HijriDate).
func (h HijriDate) Weekday() Weekday {
	if h.IsZero() {
		return Sunday
	}
	return weekdayOf(h.days())
}

// Gregorian returns the proleptic Gregorian date of h, or (0, 0, 0) for the
// zero HijriDate.
func (h HijriDate) Gregorian() (year int, month time.Month, day int) {
	if h.IsZero() {
		return 0, 0, 0
	}
	y, m, d := civilFromDays(h.days())
	return y, time.Month(m), d
}

// Date returns the Solar Hijri date, under the Official rule, of the day h
// names, or the zero Date for the zero HijriDate.
func (h HijriDate) Date() Date {
	if h.IsZero() {
		return Date{}
	}
	d, _ := Official.fromDays(h.days()) // every Hijri day is inside the Solar range
	return d
}

// Time returns midnight at the start of h in loc (Asia/Tehran if nil), or
// the zero time.Time for the zero HijriDate.
func (h HijriDate) Time(loc *time.Location) time.Time {
	return h.At(0, 0, 0, 0, loc)
}

// At returns the instant of the given wall clock on h in loc (Asia/Tehran
// if nil), as Date.At does.
func (h HijriDate) At(hour, min, sec, nsec int, loc *time.Location) time.Time {
	if h.IsZero() {
		return time.Time{}
	}
	if loc == nil {
		loc = Tehran()
	}
	y, m, d := h.Gregorian()
	return time.Date(y, m, d, hour, min, sec, nsec, loc)
}

// Sub returns the number of days from e to h (h - e), whatever their rules.
func (h HijriDate) Sub(e HijriDate) int { return h.days() - e.days() }

// String returns h as "1446-09-23" (year, month, day, Latin digits).
func (h HijriDate) String() string {
	var b [16]byte
	r := appendInt(b[:0], int(h.year), 4)
	r = append(r, '-')
	r = appendInt(r, int(h.month), 2)
	r = append(r, '-')
	return string(appendInt(r, int(h.day), 2))
}
