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
