package date

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The examples, fixed in time: Sunday 3 Farvardin 1404 is
// 23 Ramadan 1446 and 23 March 2025.
const (
	sundayMidnight = "2025-03-23T00:00:00+03:30"
	sundayEvening  = "2025-03-23T18:14:00+03:30"
)

func TestISODateOutsideSolarWindowIsGregorian(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2025-03-23", sundayMidnight},
		{"2025/03/23", sundayMidnight},
		{"۲۰۲۵/۰۳/۲۳", sundayMidnight},
		{"٢٠٢٥-٠٣-٢٣", sundayMidnight},
		{"2025.3.23", sundayMidnight},
		{"23/03/2025", sundayMidnight}, // day first, as Persian writes it
		{"3/23/2025", sundayMidnight},  // only month first makes a date (CLDR en)
		{"۱۴۰۴/۰۱/۰۳", sundayMidnight}, // inside the window: Solar Hijri
		{"1599/12/29", "2221-03-20T00:00:00+03:30"},
		{"1600/01/01", "1600-01-01T00:00:00+03:25"}, // just outside: Gregorian (Tehran's local mean time then)
		{"1199/01/01", "1199-01-01T00:00:00+03:25"},
		{"2025-03-23 18:14", sundayEvening},
		{"2025-03-23T18:14", sundayEvening},
		{"2025-03-23T18:14:00+03:30", sundayEvening},
		{"2025-03-23T14:44:00Z", sundayEvening},
		{"2025-03-23T14:44:00.5Z", "2025-03-23T18:14:00.5+03:30"},
		{"2025-03-23T09:44:00-05:00", sundayEvening},
		{"2025-03-23T14:44:00+0000", sundayEvening},
		{"۱۴۰۴/۰۱/۰۳T۱۸:۱۴", sundayEvening},
		{"2025-03-23 میلادی", sundayMidnight},
	} {
		got, err := ParseLenient(c.in)
		if assert.NoError(t, err, c.in) {
			assert.Equal(t, c.want, got.Format(time.RFC3339Nano), c.in)
		}
	}
}

func TestGregorianMonthNames(t *testing.T) {
	for _, in := range []string{
		"۲۳ مارس ۲۰۲۵",
		"۲۳ مارس ۲۰۲۵ میلادی",
		"یکشنبه ۲۳ مارس ۲۰۲۵",
		"یکشنبه، ۲۳ مارس ۲۰۲۵ م.",
		"23 مارس 2025",
		"۲۳ مارچ ۲۰۲۵", // Dari
		"March 23, 2025",
		"Sunday, March 23, 2025",
		"Sunday, 23 March 2025",
		"23 March 2025 AD",
		"Mar 23, 2025",
		"Mar. 23, 2025",
		"march 23 2025",
		"٢٣ مارس ٢٠٢٥", // Arabic
		"الأحد، 23 مارس 2025",
	} {
		got, err := ParseLenient(in)
		if assert.NoError(t, err, in) {
			assert.Equal(t, sundayMidnight, got.Format(time.RFC3339), in)
		}
	}
}

func TestGregorianMonthSpellingVariants(t *testing.T) {
	for _, c := range []struct {
		in    string
		month time.Month
	}{
		{"ژانویه", time.January}, {"ژانویهٔ", time.January}, {"ژانویه‌ی", time.January}, {"جنوری", time.January},
		{"فوریه", time.February}, {"فوریهٔ", time.February}, {"فبروری", time.February},
		{"مارس", time.March}, {"مارچ", time.March},
		{"آوریل", time.April}, {"اوریل", time.April}, {"آپریل", time.April}, {"اپریل", time.April},
		{"مه", time.May}, {"می", time.May}, {"مهٔ", time.May}, {"مۍ", time.May},
		{"ژوئن", time.June}, {"ژوین", time.June}, {"جون", time.June},
		{"ژوئیه", time.July}, {"ژوئیهٔ", time.July}, {"ژوئیه‌ی", time.July}, {"ژوییه", time.July}, {"جولای", time.July},
		{"اوت", time.August}, {"آگوست", time.August}, {"اگوست", time.August}, {"اگست", time.August},
		{"سپتامبر", time.September}, {"سپتمبر", time.September},
		{"اکتبر", time.October}, {"اکتوبر", time.October}, {"اكتبر", time.October},
		{"نوامبر", time.November}, {"نومبر", time.November},
		{"دسامبر", time.December}, {"دسمبر", time.December},
		{"January", time.January}, {"Sept", time.September}, {"Dec.", time.December},
		{"يناير", time.January}, {"أغسطس", time.August},
	} {
		in := "۱۵ " + c.in + " ۲۰۲۴"
		got, err := ParseLenient(in)
		if assert.NoError(t, err, in) {
			assert.Equal(t, time.Date(2024, c.month, 15, 0, 0, 0, 0, Tehran()), got, in)
		}
	}
}

func TestImpossibleGregorianDatesAreErrors(t *testing.T) {
	for _, c := range []struct {
		in, reason string
		offset     int
	}{
		{"2025-02-30", "no Gregorian date 2025-2-30", 8},
		{"2025-02-29", "no Gregorian date 2025-2-29", 8},
		{"۳۱ آوریل ۲۰۲۵", "no Gregorian date 2025-4-31", 0},
		{"2025-13-01", "month 13 out of range", 5},
		{"0500-01-01", "Gregorian 500-1-1 outside Solar Hijri years 1–3177", 0},
		{"یکشنبه ۲۴ مارس ۲۰۲۵", "weekday Sunday does not match Gregorian 2025-03-24, a Monday", 0},
		{"۲۳ مارس ۲۰۲۵ ه.ش.", "Solar Hijri era mark after a Gregorian month name", 23},
	} {
		_, err := ParseLenient(c.in)
		var pe *ParseError
		if assert.ErrorAs(t, err, &pe, c.in) {
			assert.Equal(t, c.reason, pe.Reason, c.in)
			assert.Equal(t, c.offset, pe.Offset, c.in)
		}
	}
	_, err := ParseLenient("2025-02-29")
	assert.ErrorIs(t, err, ErrNoSuchDate)
	_, err = ParseLenient("0500-01-01")
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = ParseLenient("یکشنبه ۲۴ مارس ۲۰۲۵")
	assert.ErrorIs(t, err, ErrMismatch)
	assert.True(t, errors.Is(err, ErrMismatch))
}

func TestParserCalendarForcesNumericDates(t *testing.T) {
	// The window reads 2025 as Gregorian and 1404 as Solar Hijri; the
	// Calendar option reads every all-numeric date in one calendar.
	for _, c := range []struct {
		cal      Calendar
		in, want string
	}{
		{Gregorian, "1404/01/03", "1404-01-03T00:00:00+03:25"},
		{SolarHijri, "2025/01/03", "2646-03-23T00:00:00+03:30"},
		{LunarHijri, "1446/09/23", sundayMidnight},
		{Gregorian, "۳ فروردین ۱۴۰۴", sundayMidnight},   // a month name names its own calendar
		{SolarHijri, "1446/09/23 ه.ق.", sundayMidnight}, // and so does an era mark
	} {
		got, err := Parser{Calendar: c.cal}.ParseLenient(c.in)
		if assert.NoError(t, err, c.in) {
			assert.Equal(t, c.want, got.Format(time.RFC3339), "%v %s", c.cal, c.in)
		}
	}
}

func TestFindGregorianDates(t *testing.T) {
	text := "این رویداد در 2025/03/23 میلادی بود و گزارش آن ۲۵ مارس منتشر شد. سال 1000/01/01 هم تاریخ است."
	p := Parser{Now: time.Date(2025, 4, 1, 12, 0, 0, 0, Tehran())}
	got := p.Find(text)
	require.Len(t, got, 3)
	assert.Equal(t, "2025/03/23 میلادی", text[got[0].Start:got[0].End])
	assert.Equal(t, Gregorian, got[0].Calendar)
	assert.Equal(t, "1404-01-03", got[0].Date.String())
	assert.Equal(t, "۲۵ مارس", text[got[1].Start:got[1].End])
	assert.True(t, got[1].Relative, "a day without a year")
	assert.Equal(t, "2025-03-25", got[1].Time.Format(time.DateOnly))
	assert.Equal(t, "1000-01-01", got[2].Time.Format(time.DateOnly))
}

func TestGregorianFormat(t *testing.T) {
	tm := time.Date(2025, 3, 23, 18, 14, 5, 0, Tehran())
	for _, c := range []struct {
		p      Printer
		layout string
		want   string
	}{
		{Printer{Calendar: Gregorian}, "EEEE d MMMM y", "یکشنبه ۲۳ مارس ۲۰۲۵"},
		{Printer{Calendar: Gregorian}, "d MMMM y G", "۲۳ مارس ۲۰۲۵ م."},
		{Printer{Calendar: Gregorian}, "d MMMM y GGGG", "۲۳ مارس ۲۰۲۵ میلادی"},
		{Printer{Calendar: Gregorian, Names: Dari}, "d MMMM y", "۲۳ مارچ ۲۰۲۵"},
		{Printer{Calendar: Gregorian, Names: Latin, Digits: LatinDigits}, "EEEE, MMMM d, y G", "Sunday, March 23, 2025 AD"},
		{Printer{Calendar: Gregorian, Digits: LatinDigits}, "yyyy-MM-dd'T'HH:mm:ssZZZZZ", "2025-03-23T18:14:05+03:30"},
		{Printer{Calendar: LunarHijri}, "EEEE d MMMM y G", "یکشنبه ۲۳ رمضان ۱۴۴۶ ه\u200d.ق."},
		{Printer{Calendar: LunarHijri, Names: Latin, Digits: LatinDigits}, "MMMM d, y G", "Ramadan 23, 1446 AH"},
		{Printer{Calendar: LunarHijri, Hijri: HijriCivil, Digits: LatinDigits}, "y/M/d", "1446/9/23"},
	} {
		assert.Equal(t, c.want, c.p.Format(tm, c.layout), c.layout)
	}
	assert.Equal(t, "%!(date outside 1–3274 AH)", Printer{Calendar: LunarHijri}.Format(time.Date(622, 1, 1, 0, 0, 0, 0, time.UTC), "y"))
	assert.Equal(t, "۰۵۰۰", Printer{Calendar: Gregorian}.Format(time.Date(500, 1, 1, 0, 0, 0, 0, time.UTC), "yyyy"))
}
