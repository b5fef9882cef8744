package date

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestSpelledOutDaysAndYears(t *testing.T) {
	// Relative to 1 Farvardin 1404 for the forms without a year.
	p := Parser{Now: time.Date(2025, 3, 21, 12, 0, 0, 0, Tehran())}
	for _, c := range []struct{ in, want string }{
		{"سوم فروردین ۱۴۰۴", "1404-01-03"},
		{"سوم فروردین", "1404-01-03"},
		{"بیست و سوم اسفند", "1403-12-23"},
		{"بیست‌وسوم اسفند ۱۴۰۳", "1403-12-23"},
		{"سی‌ام خرداد", "1404-03-30"},
		{"سی ام شهریور ۱۴۰۴", "1404-06-30"},
		{"سی و یکم شهریور ۱۴۰۴", "1404-06-31"},
		{"اول مهر هزار و چهارصد و چهار", "1404-07-01"},
		{"یکم مهر ۱۴۰۴", "1404-07-01"},
		{"نخست مهر ۱۴۰۴", "1404-07-01"},
		{"دهم دی ۱۴۰۳", "1403-10-10"},
		{"نوزدهم دی ۱۴۰۳", "1403-10-19"},
		{"هجدهم تیر ۱۴۰۴", "1404-04-18"},
		{"هیجدهم تیر ۱۴۰۴", "1404-04-18"},
		{"بیست و یک فروردین ۱۴۰۴", "1404-01-21"},
		{"سه فروردین هزار و چهارصد و چهار", "1404-01-03"},
		{"۳ فروردین سال هزار و چهارصد و چهار", "1404-01-03"},
		{"۳ فروردین یک هزار و چهارصد و چهار", "1404-01-03"},
		{"بیست و سوم مارس دو هزار و بیست و پنج", "1404-01-03"},
		{"۲۳ مارس دوهزار و بیست و پنج", "1404-01-03"},
		{"بیست و سوم رمضان هزار و چهارصد و چهل و شش", "1404-01-03"},
		{"پانزدهم خرداد هزار و سیصد و چهل و دو", "1342-03-15"},
	} {
		d, _, err := p.ParseLenientDate(c.in)
		if assert.NoError(t, err, c.in) {
			assert.Equal(t, c.want, d.String(), c.in)
		}
	}
}

func TestSpelledNumbersThatAreNotDates(t *testing.T) {
	for _, in := range []string{
		"بیست و یازده فروردین ۱۴۰۴", // a ten then a teen is not a number: «یازده» is left over
		"سی و دوم فروردین ۱۴۰۴",     // day 32
		"سوم فروردین سوم",           // an ordinal is no year
	} {
		_, err := ParseLenient(in)
		assert.Error(t, err, in)
	}
	_, err := ParseLenient("اول اسفند هشتاد و چهار")
	var pe *ParseError
	if assert.ErrorAs(t, err, &pe) {
		assert.Equal(t, "ambiguous two-digit year 84", pe.Reason)
	}
}

func TestSpelledNumbersInRunningText(t *testing.T) {
	text := "جلسه در بیست و سوم اسفند هزار و چهارصد و سه برگزار شد و سه نفر آمدند."
	got := Find(text)
	if assert.Len(t, got, 1) {
		assert.Equal(t, "بیست و سوم اسفند هزار و چهارصد و سه", text[got[0].Start:got[0].End])
		assert.Equal(t, "1403-12-23", got[0].Date.String())
	}
}
