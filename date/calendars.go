package date

import "strconv"

// A Calendar names one of the three calendars that Persian pages print.
// The zero Calendar means "not chosen": a Parser then decides from the
// text, and a Printer prints Solar Hijri.
type Calendar uint8

const (
	// SolarHijri is the Persian (Jalali) calendar of Iran and Afghanistan,
	// under a Rule.
	SolarHijri Calendar = 1 + iota

	// Gregorian is the proleptic Gregorian calendar, as in package time.
	Gregorian

	// LunarHijri is the Islamic calendar, under a HijriRule.
	LunarHijri
)

// String returns "solar hijri", "gregorian" or "lunar hijri".
func (c Calendar) String() string {
	switch c {
	case SolarHijri:
		return "solar hijri"
	case Gregorian:
		return "gregorian"
	case LunarHijri:
		return "lunar hijri"
	}
	return "Calendar(" + strconv.Itoa(int(c)) + ")"
}

// title returns the calendar's name for the start of an error message.
func (c Calendar) title() string {
	switch c {
	case Gregorian:
		return "Gregorian"
	case LunarHijri:
		return "Lunar Hijri"
	}
	return "Solar Hijri"
}
