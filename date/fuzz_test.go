package date

import (
	"errors"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzNow is the reference time of relative dates in the fuzz targets, so
// that a match and its text read alone give the same instant.
var fuzzNow = time.Date(2025, 3, 23, 14, 30, 0, 0, Tehran())

var lenientSeeds = []string{
	"18:14 - 03 فروردین 1404",
	"۳ فروردین ۱۴۰۴",
	"۱۴۰۴/۰۱/۰۳",
	"یکشنبه ۳ فروردین ۱۴۰۴ ساعت ۱۸:۱۴",
	"۱۴۰۴ فروردین ۳, یکشنبه ساعت ۱۸:۱۴",
	"AP ۱۴۰۴ وری ۳, يونۍ په ۱۸:۱۴",
	"Sunday, Farvardin 3, 1404 AP at 6:14 PM",
	"1/3/1404 AP, 6:14 PM",
	"۳۰ اسفند ۱۴۰۳",
	"۱۰ اردی‌بهشت‌ماه سال ۱۴۰۴ ه‍.ش.",
	"\u200f۳\u200f حمل ۱۴۰۴",
	"3178/01/01",
	"1404/01/03\xff",
	// Issue 12: the other calendars, headers, spelled numbers, clocks and
	// relative dates.
	"یکشنبه ۳ فروردین ۱۴۰۴ - ۲۳ رمضان ۱۴۴۶ - ۲۳ مارس ۲۰۲۵",
	"۳ فروردین ۱۴۰۴ (۲۳ مارس ۲۰۲۵) برابر با ۲۲ رمضان ۱۴۴۶",
	"2025-03-23T14:44:00.123456789+03:30",
	"١٤٤٦/٩/٢٣ هـ، 6:14 م",
	"Sunday, Ramadan 23, 1446 AH at 6:14 PM",
	"اول مهر هزار و چهارصد و چهار ساعت شش و نیم بعدازظهر",
	"بیست‌وسوم اسفند",
	"یک ساعت و ۲۰ دقیقه پیش",
	"ساعت ۸ صبح دیروز",
	"۱۵ ژوئیهٔ ۲۰۲۵ میلادی",
	"۱۴۰۴/۰۱/۰۳T۱۰:۰۰Z",
	"۲۹ فوریه",
}

// checkError fails the test unless err is nil or a *ParseError that points
// into the input.
func checkError(t *testing.T, input string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("%q: error %v is not a *ParseError", input, err)
	}
	if pe.Offset < 0 || pe.Offset > len(input) || pe.Input != input || pe.Reason == "" {
		t.Fatalf("%q: bad ParseError %+v", input, pe)
	}
	if !utf8.ValidString(pe.Error()) && utf8.ValidString(input) {
		t.Fatalf("%q: error message is not valid UTF-8", input)
	}
}

func FuzzParseLenient(f *testing.F) {
	for _, s := range lenientSeeds {
		f.Add(s)
	}
	latin := Printer{Digits: LatinDigits}
	solar := Parser{Calendar: SolarHijri, Now: fuzzNow}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := Parser{Now: fuzzNow}.ParseLenient(s)
		checkError(t, s, err)
		if err != nil {
			return
		}
		// Whatever was accepted prints as a date that reads back the same.
		printed := latin.Format(got, "yyyy/MM/dd HH:mm:ss")
		again, err := solar.ParseLenient(printed)
		if err != nil {
			t.Fatalf("%q → %q: %v", s, printed, err)
		}
		if p2 := latin.Format(again, "yyyy/MM/dd HH:mm:ss"); p2 != printed {
			t.Fatalf("%q → %q → %q", s, printed, p2)
		}
	})
}

func FuzzParse(f *testing.F) {
	f.Add("yyyy/MM/dd", "1404/01/03")
	f.Add("EEEE d MMMM y 'ساعت' HH:mm", "یکشنبه ۳ فروردین ۱۴۰۴ ساعت ۱۸:۱۴")
	f.Add("h:mm a d/M/y", "6:14 PM 3/1/1404")
	f.Add("'it''s' yyyy-MM-dd", "it's 1404-12-30")
	f.Fuzz(func(t *testing.T, layout, value string) {
		d, err := Parser{}.ParseDate(layout, value)
		checkError(t, value, err)
		if err != nil {
			return
		}
		if _, err := New(d.Year(), d.Month(), d.Day()); err != nil {
			t.Fatalf("%q with %q gave invalid %v: %v", value, layout, d, err)
		}
		// The canonical form always reads back.
		if e, err := (Parser{}).ParseDate("yyyy-MM-dd", d.String()); err != nil || e != d {
			t.Fatalf("%v does not round-trip: %v %v", d, e, err)
		}
	})
}

func FuzzFind(f *testing.F) {
	for _, s := range lenientSeeds {
		f.Add("متن " + s + " و " + s + ".")
	}
	f.Add("۱۲/۱۴۰۴/۰۱/۰۳ و ۳۱ مهر ۱۴۰۴")
	p := Parser{Now: fuzzNow}
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, m := range p.Find(text) {
			if m.Start < last || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("%q: bad span %d–%d after %d", text, m.Start, m.End, last)
			}
			last = m.End
			// Each match, read on its own, is the same date (a header whose
			// calendars disagree is reported by Find and rejected alone).
			got, err := p.ParseLenient(text[m.Start:m.End])
			if m.Disagree {
				if !errors.Is(err, ErrMismatch) {
					t.Fatalf("%q: disagreeing header %q gives %v alone", text, text[m.Start:m.End], err)
				}
				continue
			}
			if err != nil {
				t.Fatalf("%q: match %q does not parse: %v", text, text[m.Start:m.End], err)
			}
			if !got.Equal(m.Time) {
				t.Fatalf("%q: match %q is %v alone, %v in text", text, text[m.Start:m.End], got, m.Time)
			}
		}
	})
}
