package date

import (
	"time"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/script"
)

// elemKind names the elements of the layout language that Format documents.
type elemKind uint8

const (
	elemLiteral elemKind = iota
	elemYear
	elemYear2 // yy: two digits, formatting only
	elemMonth
	elemMonthName
	elemDay
	elemWeekday       // EEEE
	elemWeekdayShort  // E, EE, EEE
	elemWeekdayNarrow // EEEEE
	elemHour
	elemHour12
	elemPeriod
	elemMinute
	elemSecond
	elemEra  // G (abbreviated), GGGG (wide)
	elemZone // Z (+0330), ZZZZZ (+03:30, Z for UTC), xxx (+03:30)
	elemWeek // w, ww: week of the year
)

// Widths of elemZone.
const (
	zoneBasic         = iota // +0330
	zoneExtended             // +03:30
	zoneExtendedUTCZ         // +03:30, and Z for UTC
	zoneExtendedWidth = 5
)

// isElemLetter reports whether c begins a layout element.
func isElemLetter(c byte) bool {
	switch c {
	case '\'', 'y', 'M', 'd', 'E', 'H', 'h', 'a', 'm', 's', 'G', 'Z', 'x', 'w':
		return true
	}
	return false
}

// nextElem splits the first element off layout. For literals, lit is the
// text to copy; width is 2 for the padded numeric forms, 4 for yyyy and
// GGGG, and a zone* for elemZone.
func nextElem(layout string) (kind elemKind, width int, lit, rest string) {
	c := layout[0]
	if c == '\'' {
		if len(layout) > 1 && layout[1] == '\'' {
			return elemLiteral, 0, "'", layout[2:]
		}
		for i := 1; i < len(layout); i++ {
			if layout[i] == '\'' {
				if i+1 < len(layout) && layout[i+1] == '\'' {
					// '' inside quotes: emit up to and including one quote.
					return elemLiteral, 0, layout[1 : i+1], "'" + layout[i+2:]
				}
				return elemLiteral, 0, layout[1:i], layout[i+1:]
			}
		}
		return elemLiteral, 0, layout[1:], "" // unterminated: quote to the end
	}
	run := 1
	for run < len(layout) && layout[run] == c {
		run++
	}
	rest = layout[run:]
	switch c {
	case 'y':
		switch {
		case run == 2:
			return elemYear2, 2, "", rest
		case run >= 4:
			return elemYear, 4, "", rest
		}
		return elemYear, 0, "", rest
	case 'M':
		if run >= 3 {
			return elemMonthName, 0, "", rest
		}
		return elemMonth, run, "", rest
	case 'd':
		return elemDay, min(run, 2), "", rest
	case 'E':
		switch {
		case run == 4:
			return elemWeekday, 0, "", rest
		case run >= 5:
			return elemWeekdayNarrow, 0, "", rest
		}
		return elemWeekdayShort, 0, "", rest
	case 'H':
		return elemHour, min(run, 2), "", rest
	case 'h':
		return elemHour12, min(run, 2), "", rest
	case 'a':
		return elemPeriod, 0, "", rest
	case 'm':
		return elemMinute, min(run, 2), "", rest
	case 's':
		return elemSecond, min(run, 2), "", rest
	case 'G':
		if run >= 4 {
			return elemEra, 4, "", rest
		}
		return elemEra, 0, "", rest
	case 'Z':
		if run >= zoneExtendedWidth {
			return elemZone, zoneExtendedUTCZ, "", rest
		}
		return elemZone, zoneBasic, "", rest
	case 'x':
		if run >= 3 {
			return elemZone, zoneExtended, "", rest
		}
		return elemZone, zoneBasic, "", rest
	case 'w':
		return elemWeek, min(run, 2), "", rest
	}
	// Literal text up to the next element letter or quote.
	i := 0
	for i < len(layout) {
		if isElemLetter(layout[i]) && i > 0 {
			return elemLiteral, 0, layout[:i], layout[i:]
		}
		_, n := utf8.DecodeRuneInString(layout[i:])
		i += n
	}
	return elemLiteral, 0, layout, ""
}

// Digits selects the digits that Format writes.
type Digits uint8

const (
	PersianDigits     Digits = iota // ۰۱۲۳۴۵۶۷۸۹ (U+06F0–U+06F9), the zero Digits
	LatinDigits                     // 0123456789
	ArabicIndicDigits               // ٠١٢٣٤٥٦٧٨٩ (U+0660–U+0669)
)

func (g Digits) set() script.DigitSet {
	switch g {
	case LatinDigits:
		return script.Latin
	case ArabicIndicDigits:
		return script.ArabicIndic
	}
	return script.Persian
}

// A Printer formats dates and times with a layout. The zero Printer writes
// the Solar Hijri calendar under the Official rule, with Persian names and
// Persian digits.
type Printer struct {
	Rule     Rule      // the Solar Hijri rule
	Hijri    HijriRule // the Lunar Hijri rule, for Calendar LunarHijri
	Calendar Calendar  // the calendar to print; zero means SolarHijri
	Names    Names
	Digits   Digits
}

// Format returns d formatted by layout with Persian names and digits.
// Clock elements print as midnight.
func (d Date) Format(layout string) string {
	return Printer{Rule: d.rule}.FormatDate(d, layout)
}

// Format returns the Lunar Hijri date h formatted by layout with Persian
// names and digits. Clock elements print as midnight.
func (h HijriDate) Format(layout string) string {
	return Printer{Calendar: LunarHijri, Hijri: h.rule}.FormatDate(h.Date(), layout)
}

// Format returns the Solar Hijri form of t, as it reads in t's location,
// formatted by layout with Persian names and digits under the Official
// rule.
//
// A layout is a string of elements and literal text, in the spirit of
// CLDR date patterns:
//
//	yyyy   year, at least four digits     1404
//	y      year, as many digits as needed 1404, 622
//	yy     year, last two digits          04 (Format only: Parse rejects it)
//	MMMM   month name                     فروردین, حمل, وری, Farvardin
//	MM     month, two digits              01
//	M      month                          1
//	dd     day, two digits                03
//	d      day                            3
//	EEEE   weekday name                   یکشنبه, Sunday
//	E      short weekday name             یکشنبه, Sun (also EE, EEE)
//	EEEEE  narrow weekday name            ی, S
//	HH, H  hour 0–23, two digits or as needed
//	hh, h  hour 1–12
//	a      before/after noon              ق.ظ. ب.ظ. (AM PM in Latin and Pashto)
//	mm, m  minute
//	ss, s  second
//	G      era                            ه‍.ش. م. ه‍.ق. (AP AD AH in Latin)
//	GGGG   era, wide                      هجری شمسی, میلادی, هجری قمری
//	Z      zone offset                    +0330
//	ZZZZZ  zone offset                    +03:30 (Z for UTC)
//	xxx    zone offset                    +03:30
//	ww, w  week of the year (Saturday-first weeks; see Date.Week)
//	'...'  literal text; '' is a single quote
//
// Any other character is literal. Runs of a letter longer than listed
// mean the longest form (MMM is MMMM, yyyyy is yyyy). Letters that are not
// elements are literal, but quoting them keeps a layout safe from future
// elements. Printer chooses the calendar, names and digits; Parse reads
// the same language.
func Format(t time.Time, layout string) string {
	return Printer{}.Format(t, layout)
}

// The strings Format writes for an instant outside the calendar's range.
const (
	outOfRange         = "%!(date outside 1–3177)"
	outOfGregorian     = "%!(date outside 1–9999)"
	outOfLunarHijri    = "%!(date outside 1–3274 AH)"
	printerMaxGregYear = 9999
)

// A civil is a day in one calendar, as Format prints it.
type civil struct {
	cal              Calendar
	year, month, day int
	dayNum           int // days since 1970-01-01
}

// civilOf returns day number n in the printer's calendar, or false
// outside its range.
func (p Printer) civilOf(n int) (civil, bool) {
	switch p.Calendar {
	case Gregorian:
		y, m, d := civilFromDays(n)
		if y < 1 || y > printerMaxGregYear {
			return civil{}, false
		}
		return civil{Gregorian, y, m, d, n}, true
	case LunarHijri:
		h, ok := p.Hijri.fromDays(n)
		if !ok {
			return civil{}, false
		}
		return civil{LunarHijri, h.Year(), int(h.month), int(h.day), n}, true
	}
	d, ok := p.Rule.fromDays(n)
	if !ok {
		return civil{}, false
	}
	return civil{SolarHijri, d.Year(), int(d.month), int(d.day), n}, true
}

func (p Printer) outOfRange() string {
	switch p.Calendar {
	case Gregorian:
		return outOfGregorian
	case LunarHijri:
		return outOfLunarHijri
	}
	return outOfRange
}

// Format returns t in the printer's calendar, as it reads in t's
// location. For an instant outside the calendar's range it returns
// "%!(date outside 1–3177)" (or the range of the calendar).
func (p Printer) Format(t time.Time, layout string) string {
	return string(p.AppendTime(nil, t, layout))
}

// AppendTime is like Format but appends to b.
func (p Printer) AppendTime(b []byte, t time.Time, layout string) []byte {
	if t.Year() < 1 || t.Year() > printerMaxGregYear {
		return append(b, p.outOfRange()...)
	}
	c, ok := p.civilOf(localDay(t))
	if !ok {
		return append(b, p.outOfRange()...)
	}
	return p.appendFormat(b, c, t, layout)
}

// FormatDate returns the day of d in the printer's calendar, formatted by
// layout; clock elements print as midnight, and zone elements Tehran's
// offset at that midnight. The zero Date formats as
// "%!(date outside 1–3177)".
func (p Printer) FormatDate(d Date, layout string) string {
	return string(p.AppendFormat(nil, d, layout))
}

// AppendFormat is like FormatDate but appends to b.
func (p Printer) AppendFormat(b []byte, d Date, layout string) []byte {
	if d.IsZero() {
		return append(b, outOfRange...)
	}
	c, ok := p.civilOf(d.days())
	if !ok {
		return append(b, p.outOfRange()...)
	}
	return p.appendFormat(b, c, time.Time{}, layout)
}

// appendFormat prints c by layout, with the clock and zone of t (midnight
// in Tehran for the zero t).
func (p Printer) appendFormat(b []byte, c civil, t time.Time, layout string) []byte {
	names := p.Names.valid()
	latin := 0
	if names == Latin {
		latin = 1
	}
	hour, min, sec := 0, 0, 0
	if !t.IsZero() {
		hour, min, sec = t.Clock()
	}
	for layout != "" {
		kind, width, lit, rest := nextElem(layout)
		layout = rest
		switch kind {
		case elemLiteral:
			b = append(b, lit...)
		case elemYear:
			b = p.appendNum(b, c.year, width)
		case elemYear2:
			b = p.appendNum(b, c.year%100, 2)
		case elemMonth:
			b = p.appendNum(b, c.month, width)
		case elemMonthName:
			b = append(b, monthName(c.cal, c.month, names)...)
		case elemDay:
			b = p.appendNum(b, c.day, width)
		case elemWeekday:
			b = append(b, weekdayOf(c.dayNum).Name(names)...)
		case elemWeekdayShort:
			b = append(b, weekdayOf(c.dayNum).ShortName(names)...)
		case elemWeekdayNarrow:
			b = append(b, narrowWeekdayNames[names][weekdayOf(c.dayNum)]...)
		case elemHour:
			b = p.appendNum(b, hour, width)
		case elemHour12:
			b = p.appendNum(b, (hour+11)%12+1, width)
		case elemPeriod:
			b = append(b, dayPeriods[names][hour/12]...)
		case elemMinute:
			b = p.appendNum(b, min, width)
		case elemSecond:
			b = p.appendNum(b, sec, width)
		case elemEra:
			b = append(b, eraNames[width/4][latin][c.cal]...)
		case elemZone:
			zt := t
			if zt.IsZero() {
				y, m, d := civilFromDays(c.dayNum)
				zt = time.Date(y, time.Month(m), d, 0, 0, 0, 0, Tehran())
			}
			_, offset := zt.Zone()
			b = p.appendZone(b, offset, width)
		case elemWeek:
			_, w := p.week(c)
			b = p.appendNum(b, w, width)
		}
	}
	return b
}

// appendZone appends a zone offset in seconds east of UTC.
func (p Printer) appendZone(b []byte, offset, width int) []byte {
	if offset == 0 && width == zoneExtendedUTCZ {
		return append(b, 'Z')
	}
	sign := byte('+')
	if offset < 0 {
		sign, offset = '-', -offset
	}
	b = append(b, sign)
	b = p.appendNum(b, offset/3600, 2)
	if width != zoneBasic {
		b = append(b, ':')
	}
	return p.appendNum(b, offset%3600/60, 2)
}

// appendNum appends n zero-padded to width in the printer's digits.
func (p Printer) appendNum(b []byte, n, width int) []byte {
	start := len(b)
	b = appendInt(b, n, width)
	set := p.Digits.set()
	if set == script.Latin {
		return b
	}
	var latin [20]byte
	k := copy(latin[:], b[start:])
	b = b[:start]
	for _, c := range latin[:k] {
		if c >= '0' && c <= '9' {
			b = utf8.AppendRune(b, script.DigitRune(int(c-'0'), set))
		} else {
			b = append(b, c)
		}
	}
	return b
}
