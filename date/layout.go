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
	elemMonth
	elemMonthName
	elemDay
	elemWeekday
	elemHour
	elemHour12
	elemPeriod
	elemMinute
	elemSecond
)

// nextElem splits the first element off layout. For literals, lit is the
// text to copy; width is 2 for the padded numeric forms and 4 for yyyy.
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
	switch c {
	case 'y':
		if run >= 4 {
			return elemYear, 4, "", layout[run:]
		}
		return elemYear, 0, "", layout[run:]
	case 'M':
		if run >= 3 {
			return elemMonthName, 0, "", layout[run:]
		}
		return elemMonth, run, "", layout[run:]
	case 'd':
		return elemDay, min(run, 2), "", layout[run:]
	case 'E':
		return elemWeekday, 0, "", layout[run:]
	case 'H':
		return elemHour, min(run, 2), "", layout[run:]
	case 'h':
		return elemHour12, min(run, 2), "", layout[run:]
	case 'a':
		return elemPeriod, 0, "", layout[run:]
	case 'm':
		return elemMinute, min(run, 2), "", layout[run:]
	case 's':
		return elemSecond, min(run, 2), "", layout[run:]
	}
	// Literal text up to the next element letter or quote.
	i := 0
	for i < len(layout) {
		switch layout[i] {
		case '\'', 'y', 'M', 'd', 'E', 'H', 'h', 'a', 'm', 's':
			if i > 0 {
				return elemLiteral, 0, layout[:i], layout[i:]
			}
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
// Persian names and Persian digits under the Official rule.
type Printer struct {
	Rule   Rule
	Names  Names
	Digits Digits
}

// Format returns d formatted by layout with Persian names and digits.
// Clock elements print as midnight.
func (d Date) Format(layout string) string {
	return Printer{Rule: d.rule}.FormatDate(d, layout)
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
//	MMMM   month name                     فروردین, حمل, وری, Farvardin
//	MM     month, two digits              01
//	M      month                          1
//	dd     day, two digits                03
//	d      day                            3
//	EEEE   weekday name                   یکشنبه, Sunday
//	HH, H  hour 0–23, two digits or as needed
//	hh, h  hour 1–12
//	a      before/after noon              ق.ظ. ب.ظ. (AM PM in Latin and Pashto)
//	mm, m  minute
//	ss, s  second
//	'...'  literal text; '' is a single quote
//
// Any other character is literal. Runs of a letter longer than listed
// mean the longest form (MMM is MMMM, EEE is EEEE). Letters that are not
// elements are literal, but quoting them keeps a layout safe from future
// elements. Printer chooses other names and digits; Parse reads the same
// language.
func Format(t time.Time, layout string) string {
	return Printer{}.Format(t, layout)
}

// outOfRange is what Format writes for an instant outside 1–3177 AP.
const outOfRange = "%!(date outside 1–3177)"

// Format returns the Solar Hijri form of t in t's location. For an
// instant outside years 1–3177 it returns "%!(date outside 1–3177)".
func (p Printer) Format(t time.Time, layout string) string {
	d, err := p.Rule.FromTime(t)
	if err != nil {
		return outOfRange
	}
	return string(p.appendFormat(nil, d, t.Hour(), t.Minute(), t.Second(), layout))
}

// FormatDate returns d formatted by layout; clock elements print as
// midnight. The zero Date formats as "%!(date outside 1–3177)".
func (p Printer) FormatDate(d Date, layout string) string {
	if d.IsZero() {
		return outOfRange
	}
	return string(p.appendFormat(nil, d, 0, 0, 0, layout))
}

// AppendFormat is like FormatDate but appends to b.
func (p Printer) AppendFormat(b []byte, d Date, layout string) []byte {
	if d.IsZero() {
		return append(b, outOfRange...)
	}
	return p.appendFormat(b, d, 0, 0, 0, layout)
}

func (p Printer) appendFormat(b []byte, d Date, hour, min, sec int, layout string) []byte {
	names := p.Names.valid()
	for layout != "" {
		kind, width, lit, rest := nextElem(layout)
		layout = rest
		switch kind {
		case elemLiteral:
			b = append(b, lit...)
		case elemYear:
			b = p.appendNum(b, d.Year(), width)
		case elemMonth:
			b = p.appendNum(b, int(d.month), width)
		case elemMonthName:
			b = append(b, d.Month().Name(names)...)
		case elemDay:
			b = p.appendNum(b, int(d.day), width)
		case elemWeekday:
			b = append(b, d.Weekday().Name(names)...)
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
		}
	}
	return b
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
