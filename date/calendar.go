package date

//go:generate go run gen.go -src ../../shared/data/calendar

import (
	"slices"
	"sync"
)

// MinYear and MaxYear bound the years this package converts exactly. Both
// rules are defined over this range; dates outside it are errors.
const (
	MinYear = 1
	MaxYear = 3177
)

// A Rule decides which Solar Hijri years are leap years, and so on which
// Gregorian day each year begins.
type Rule uint8

const (
	// Official is Iran's official calendar: the 33-year arithmetic rule
	// corrected, as ICU 78 does, so that every year begins on the day of the
	// March equinox as seen at 52.5°E. It agrees with the astronomical
	// calendar for 1178–3011 AP and with the University of Tehran Calendar
	// Center's published table for 1206–1498 AP. It is the zero Rule.
	Official Rule = iota

	// Jalaali is Borkowski's break-year rule as implemented by jalaali-js
	// and the libraries derived from it. It agrees with Official for
	// 1178–1501 AP, the years of the modern calendar so far. Before 1178
	// and from 1502 AP on the two rules differ in some years; dates that far
	// ahead are predictions, not facts, under any rule.
	Jalaali
)

// String returns "official" or "jalaali".
func (r Rule) String() string {
	switch r {
	case Official:
		return "official"
	case Jalaali:
		return "jalaali"
	}
	return "Rule(" + itoa(int(r)) + ")"
}

// yearStarts holds, for one rule, the day number (days since 1970-01-01,
// proleptic Gregorian) of 1 Farvardin of every year MinYear..MaxYear+1.
// Index y is year y; index 0 is unused. The extra year closes the last one.
type yearStarts [MaxYear + 2]int32

func (t *yearStarts) isLeap(y int) bool { return t[y+1]-t[y] == 366 }

var (
	officialStarts = sync.OnceValue(func() *yearStarts {
		var t yearStarts
		t[MinYear] = int32(daysFromCivil(officialEpochYear, officialEpochMonth, officialEpochDay))
		for y := MinYear; y <= MaxYear; y++ {
			leap := (25*y+11)%33 < 8
			if _, corrected := slices.BinarySearch(officialLeapCorrections[:], uint16(y)); corrected {
				leap = !leap
			}
			t[y+1] = t[y] + 365
			if leap {
				t[y+1]++
			}
		}
		return &t
	})
	jalaaliStarts = sync.OnceValue(func() *yearStarts {
		var t yearStarts
		for y := MinYear; y <= MaxYear+1; y++ {
			march, _ := borkowski(y)
			t[y] = int32(daysFromCivil(y+621, 3, march))
		}
		return &t
	})
)

func (r Rule) starts() *yearStarts {
	if r == Jalaali {
		return jalaaliStarts()
	}
	return officialStarts()
}

// IsLeap reports whether year has 366 days (a 30-day Esfand) under r.
// Years outside MinYear..MaxYear are reported as common.
func (r Rule) IsLeap(year int) bool {
	if year < MinYear || year > MaxYear {
		return false
	}
	return r.starts().isLeap(year)
}

// jalaaliBreaks are the years at which Borkowski's leap pattern restarts;
// between two breaks, leap years recur in 33-year cycles.
var jalaaliBreaks = [...]int{
	-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210,
	1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178,
}

// borkowski returns, for Solar Hijri year y (-61 <= y <= 3177), the March
// day of Gregorian year y+621 on which y begins, and whether y is leap. It
// follows K. M. Borkowski, "The Persian calendar for 3000 years" (Earth,
// Moon and Planets 74, 1996): count the leap years since the first break,
// then subtract the Gregorian leap days of the same span. All divisions
// here are on non-negative operands, so Go's truncation equals flooring,
// except the last remainder, handled explicitly.
func borkowski(y int) (marchDay int, leap bool) {
	leaps := -14 // leap years before the first break, relative to the count origin
	start := jalaaliBreaks[0]
	cycle := 0 // length of the break interval holding y
	for _, next := range jalaaliBreaks[1:] {
		cycle = next - start
		if y < next {
			break
		}
		leaps += cycle/33*8 + cycle%33/4
		start = next
	}
	into := y - start // years from the interval's start to y
	leaps += into/33*8 + (into%33+3)/4
	if cycle%33 == 4 && cycle-into == 4 {
		// An interval ending in a 4-year stub gets its leap one year late.
		leaps++
	}
	gy := y + 621
	gregorianLeaps := gy/4 - (gy/100+1)*3/4 - 150
	marchDay = 20 + leaps - gregorianLeaps

	// Position of y in its 33-year cycle, counted so that the last years of
	// an interval join the cycle that the next interval continues.
	if cycle-into < 6 {
		into = into - cycle + (cycle+4)/33*33
	}
	pos := ((into+1)%33 - 1) % 4 // may be -1, which means position 4: not leap
	return marchDay, pos == 0
}

// daysFromCivil returns the number of days from 1970-01-01 to the proleptic
// Gregorian date y-m-d, for y >= 1 (H. Hinnant's algorithm, with the year
// starting in March so that the leap day comes last).
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	yearOfEra := y - era*400
	mp := (m + 9) % 12 // March is 0
	dayOfYear := (153*mp+2)/5 + d - 1
	dayOfEra := yearOfEra*365 + yearOfEra/4 - yearOfEra/100 + dayOfYear
	return era*146097 + dayOfEra - 719468
}

// civilFromDays is the inverse of daysFromCivil, for days on or after
// 0001-03-01.
func civilFromDays(n int) (y, m, d int) {
	n += 719468
	era := n / 146097
	dayOfEra := n - era*146097
	yearOfEra := (dayOfEra - dayOfEra/1460 + dayOfEra/36524 - dayOfEra/146096) / 365
	dayOfYear := dayOfEra - (365*yearOfEra + yearOfEra/4 - yearOfEra/100)
	mp := (5*dayOfYear + 2) / 153
	d = dayOfYear - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	y = yearOfEra + era*400
	if m <= 2 {
		y++
	}
	return y, m, d
}

// monthStart is the day of year (0-based) on which each month begins: the
// first six months have 31 days, the next five 30, and Esfand 29 or 30.
func monthStart(m Month) int {
	if m <= 6 {
		return int(m-1) * 31
	}
	return 186 + int(m-7)*30
}

// fromDays converts a day number to a Solar Hijri date under the year
// table t. ok is false outside the table.
func (t *yearStarts) fromDays(n int) (y int, m Month, d int, ok bool) {
	if n < int(t[MinYear]) || n >= int(t[MaxYear+1]) {
		return 0, 0, 0, false
	}
	// 12053 days make 33 years; the estimate is off by at most one year.
	y = int(int64(n-int(t[MinYear]))*33/12053) + MinYear
	y = min(max(y, MinYear), MaxYear)
	for n < int(t[y]) {
		y--
	}
	for n >= int(t[y+1]) {
		y++
	}
	doy := n - int(t[y])
	if doy < 186 {
		return y, Month(doy/31 + 1), doy%31 + 1, true
	}
	doy -= 186
	return y, Month(doy/30 + 7), doy%30 + 1, true
}

// itoa formats a small non-negative integer without importing strconv
// into every error path.
func itoa(n int) string {
	var b [20]byte
	return string(appendInt(b[:0], n, 0))
}

// appendInt appends n in Latin digits, zero-padded to width (at most 20).
func appendInt(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var tmp [20]byte
	i := len(tmp)
	for {
		i--
		tmp[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	for len(tmp)-i < width && i > 0 {
		i--
		tmp[i] = '0'
	}
	return append(b, tmp[i:]...)
}
