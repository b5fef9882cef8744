package date_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/persiantext/persian/date"
)

func ExampleParseLenient() {
	for _, s := range []string{
		"18:14 - 03 فروردین 1404",
		"یکشنبه ۳ فروردین ۱۴۰۴ ساعت ۱۸:۱۴",
		"۱۴۰۴/۰۱/۰۳",
		"Farvardin 3, 1404 AP",
	} {
		t, err := date.ParseLenient(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(t.Format(time.RFC3339))
	}
	// Output:
	// 2025-03-23T18:14:00+03:30
	// 2025-03-23T18:14:00+03:30
	// 2025-03-23T00:00:00+03:30
	// 2025-03-23T00:00:00+03:30
}

func ExampleParseError() {
	_, err := date.ParseLenient("۳۰ اسفند ۱۴۰۴")
	var pe *date.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Reason, "at byte", pe.Offset)
	}
	// Output:
	// day 30 of Esfand in common year 1404 at byte 0
}

func ExampleFind() {
	text := "نمایشگاه از ۲۵ اردیبهشت ۱۴۰۴ تا ۱۴۰۴/۰۳/۰۵ برپاست."
	for _, m := range date.Find(text) {
		fmt.Println(text[m.Start:m.End], "→", m.Date)
	}
	// Output:
	// ۲۵ اردیبهشت ۱۴۰۴ → 1404-02-25
	// ۱۴۰۴/۰۳/۰۵ → 1404-03-05
}

func ExampleDate_Format() {
	d, _ := date.New(1404, date.Farvardin, 3)
	fmt.Println(d.Format("EEEE d MMMM yyyy"))
	fmt.Println(date.Printer{Names: date.Dari}.FormatDate(d, "d MMMM y"))
	fmt.Println(date.Printer{Names: date.Latin, Digits: date.LatinDigits}.FormatDate(d, "MMMM d, y"))
	// Output:
	// یکشنبه ۳ فروردین ۱۴۰۴
	// ۳ حمل ۱۴۰۴
	// Farvardin 3, 1404
}

func ExampleFromGregorian() {
	d, _ := date.FromGregorian(2025, time.March, 23)
	fmt.Println(d, d.Weekday(), d.YearDay())
	y, m, day := d.Gregorian()
	fmt.Println(y, m, day)
	// Output:
	// 1404-01-03 Sunday 3
	// 2025 March 23
}

func ExampleDate_AddDate() {
	d, _ := date.New(1404, date.Shahrivar, 31)
	next, _ := d.AddDate(0, 1, 0)
	fmt.Println(next) // Mehr has 30 days: the day is pinned, not rolled over
	// Output:
	// 1404-07-30
}

func ExampleRule() {
	// The two rules first disagree in 1502 AP.
	fmt.Println(date.Official.IsLeap(1502), date.Jalaali.IsLeap(1502))
	// Output:
	// false true
}

func ExampleParse() {
	t, err := date.Parse("yyyy/MM/dd HH:mm", "۱۴۰۴/۰۱/۰۳ ۱۸:۱۴")
	fmt.Println(t.Format(time.RFC3339), err)
	// Output:
	// 2025-03-23T18:14:00+03:30 <nil>
}

func ExampleParseLenient_calendars() {
	for _, s := range []string{
		"۲۳ مارس ۲۰۲۵",
		"2025-03-23T14:44:00Z",
		"۲۳ رمضان ۱۴۴۶ ه‍.ق.",
		"بیست و سوم اسفند ۱۴۰۳ ساعت ۶ بعدازظهر",
		"یکشنبه ۳ فروردین ۱۴۰۴ - ۲۳ رمضان ۱۴۴۶ - ۲۳ مارس ۲۰۲۵",
	} {
		t, err := date.ParseLenient(s)
		fmt.Println(t.Format(time.RFC3339), err)
	}
	// Output:
	// 2025-03-23T00:00:00+03:30 <nil>
	// 2025-03-23T18:14:00+03:30 <nil>
	// 2025-03-23T00:00:00+03:30 <nil>
	// 2025-03-13T18:00:00+03:30 <nil>
	// 2025-03-23T00:00:00+03:30 <nil>
}

func ExampleFind_header() {
	text := "تهران - یکشنبه ۳ فروردین ۱۴۰۴ - ۲۲ رمضان ۱۴۴۶ - ۲۳ مارس ۲۰۲۵"
	for _, m := range date.Find(text) {
		fmt.Println(m.Date, "disagree:", m.Disagree)
		for _, p := range m.Parts {
			fmt.Printf("  %s: %s (%d-%02d-%02d, %+d days)\n", p.Calendar, text[p.Start:p.End], p.Year, p.Month, p.Day, p.Offset)
		}
	}
	// Output:
	// 1404-01-03 disagree: false
	//   solar hijri: یکشنبه ۳ فروردین ۱۴۰۴ (1404-01-03, +0 days)
	//   lunar hijri: ۲۲ رمضان ۱۴۴۶ (1446-09-22, -1 days)
	//   gregorian: ۲۳ مارس ۲۰۲۵ (2025-03-23, +0 days)
}

func ExampleParser_relative() {
	p := date.Parser{Now: time.Date(2025, 3, 23, 14, 30, 0, 0, date.Tehran())}
	for _, s := range []string{"دیروز ساعت ۱۸", "۲ ساعت پیش", "۳ روز دیگر", "۱۵ فروردین"} {
		t, err := p.ParseLenient(s)
		fmt.Println(t.Format(time.DateTime), err)
	}
	// Output:
	// 2025-03-22 18:00:00 <nil>
	// 2025-03-23 12:30:00 <nil>
	// 2025-03-26 14:30:00 <nil>
	// 2025-04-04 00:00:00 <nil>
}

func ExampleParser_calendar() {
	// The year decides the calendar of an all-numeric date, unless the
	// Parser names one.
	for _, p := range []date.Parser{{}, {Calendar: date.SolarHijri}} {
		t, _ := p.ParseLenient("2025/01/03")
		fmt.Println(t.Format(time.DateOnly))
	}
	// Output:
	// 2025-01-03
	// 2646-03-23
}

func ExampleNewHijri() {
	h, _ := date.NewHijri(1446, date.Ramadan, 23)
	fmt.Println(h, h.Weekday(), h.Date())
	fmt.Println(h.Format("EEEE d MMMM y G"))
	civil, _ := date.HijriCivil.FromDate(h.Date())
	fmt.Println(civil, civil.DaysInMonth(), h.DaysInMonth())
	// Output:
	// 1446-09-23 Sunday 1404-01-03
	// یکشنبه ۲۳ رمضان ۱۴۴۶ ه‍.ق.
	// 1446-09-23 30 29
}

func ExamplePrinter_calendar() {
	d, _ := date.New(1404, date.Farvardin, 3)
	for _, c := range []date.Calendar{date.SolarHijri, date.LunarHijri, date.Gregorian} {
		fmt.Println(date.Printer{Calendar: c}.FormatDate(d, "d MMMM y G"))
	}
	// Output:
	// ۳ فروردین ۱۴۰۴ ه‍.ش.
	// ۲۳ رمضان ۱۴۴۶ ه‍.ق.
	// ۲۳ مارس ۲۰۲۵ م.
}

func ExampleDate_Week() {
	d, _ := date.New(1404, date.Farvardin, 3)
	year, week := d.Week()
	fmt.Println(d.WeekStart(), d.WeekStart().Weekday(), year, week, d.Weekday().DayOfWeek())
	// Output:
	// 1404-01-02 Saturday 1404 2 2
}

func ExampleDateError() {
	_, err := date.New(1404, date.Esfand, 30)
	var de *date.DateError
	fmt.Println(errors.As(err, &de), de.Op, errors.Is(err, date.ErrNoSuchDate))
	fmt.Println(err)
	// Output:
	// true New true
	// date: day 30 of Esfand in common year 1404
}

func ExampleDate_Value() {
	d, _ := date.New(1404, date.Farvardin, 3)
	v, _ := d.Value() // stored as the Gregorian day
	fmt.Println(v)
	var back date.Date
	_ = back.Scan(v)
	fmt.Println(back)
	// Output:
	// 2025-03-23 00:00:00 +0000 UTC
	// 1404-01-03
}
