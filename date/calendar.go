package date

//go:generate go run gen.go -src ../third_party/calendar

import (
	"slices"
	"strconv"
	"sync/atomic"
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
	return "Rule(" + strconv.Itoa(int(r)) + ")"
}

// yearStarts holds, for one rule, the day number (days since 1970-01-01,
// proleptic Gregorian) of 1 Farvardin of every year MinYear..MaxYear+1.
// Index y is year y; index 0 is unused. The extra year closes the last one.
type yearStarts [MaxYear + 2]int32

func (t *yearStarts) isLeap(y int) bool { return t[y+1]-t[y] == 366 }

// The tables are built on first use (the jalaali one takes some 70µs)
// and never change afterwards. Two goroutines may both build one; they
// build the same table and either may win.
var officialTable, jalaaliTable atomic.Pointer[yearStarts]

func officialStarts() *yearStarts {
	if t := officialTable.Load(); t != nil {
		return t
	}
	officialTable.CompareAndSwap(nil, buildOfficialStarts())
	return officialTable.Load()
}

func jalaaliStarts() *yearStarts {
	if t := jalaaliTable.Load(); t != nil {
		return t
	}
	jalaaliTable.CompareAndSwap(nil, buildJalaaliStarts())
	return jalaaliTable.Load()
}

func buildOfficialStarts() *yearStarts {
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
}

func buildJalaaliStarts() *yearStarts {
	var t yearStarts
	for y := MinYear; y <= MaxYear+1; y++ {
		march, _ := borkowski(y)
		t[y] = int32(daysFromCivil(y+621, 3, march))
	}
	return &t
}

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

// unixToMarch0 is the number of days from 0000-03-01 to 1970-01-01 in the
// proleptic Gregorian calendar. Counting from a March 1 puts the leap day
// at the end of the year, which makes the arithmetic below branch-free.
const unixToMarch0 = 719468

// daysFromCivil returns the number of days from 1970-01-01 to the proleptic
// Gregorian date y-m-d, for years 1 to 9999. It uses the Euclidean affine
// functions of C. Neri and L. Schneider ("Euclidean affine functions and
// their application to calendar algorithms", 2022).
func daysFromCivil(y, m, d int) int {
	yy, mm := uint32(y), uint32(m)
	if mm <= 2 { // January and February end the computational year
		yy--
		mm += 12
	}
	century := yy / 100
	yearDays := 1461*yy/4 - century + century/4
	monthDays := (979*mm - 2919) / 32
	return int(yearDays+monthDays+uint32(d)-1) - unixToMarch0
}

// civilFromDays is the inverse of daysFromCivil (Neri and Schneider).
func civilFromDays(n int) (y, m, d int) {
	n1 := 4*uint32(n+unixToMarch0) + 3
	century := n1 / 146097
	n2 := n1%146097 | 3 // 4*(day of century)+3, as (n1%146097)/4*4+3
	p := uint64(2939745) * uint64(n2)
	yearOfCentury := uint32(p >> 32)
	dayOfYear := uint32(p) / 2939745 / 4
	n3 := 2141*dayOfYear + 197913
	y = int(100*century + yearOfCentury)
	m = int(n3 >> 16)
	d = int((n3&0xFFFF)/2141) + 1
	if dayOfYear >= 306 { // January or February of the next civil year
		y++
		m -= 12
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
	first := int(t[MinYear])
	days := n - first
	if days < 0 || days >= int(t[MaxYear+1])-first {
		return 0, 0, 0, false
	}
	// 12053 days make 33 years; the estimate is off by at most one year.
	// days*33 < 2^26, so this is safe on 32-bit platforms too.
	y = min(days*33/12053+MinYear, MaxYear)
	if n < int(t[y]) {
		y--
	} else if n >= int(t[y+1]) {
		y++
	}
	doy := n - int(t[y])
	if doy < 186 {
		return y, Month(doy/31 + 1), doy%31 + 1, true
	}
	doy -= 186
	return y, Month(doy/30 + 7), doy%30 + 1, true
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
