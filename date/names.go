package date

import "strconv"

// A Month specifies a month of the Solar Hijri year (Farvardin = 1, ...).
type Month int

const (
	Farvardin Month = 1 + iota
	Ordibehesht
	Khordad
	Tir
	Mordad
	Shahrivar
	Mehr
	Aban
	Azar
	Dey
	Bahman
	Esfand
)

// A Weekday specifies a day of the week. Its values are those of
// time.Weekday (Sunday = 0), so Weekday(t.Weekday()) converts; the Iranian
// week itself begins on Saturday.
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// Names selects the language of month and weekday names.
type Names uint8

const (
	Persian Names = iota // Iranian Persian: فروردین, یکشنبه (the zero Names)
	Dari                 // Dari of Afghanistan: حمل, ثور, ... (CLDR fa-AF writes سنبلهٔ for سنبله; both parse)
	Pashto               // Pashto: وری, غویی, ... as CLDR ps gives them
	Latin                // Latin transliteration as CLDR en gives it: Farvardin, Sunday
)

var monthNames = [4][12]string{
	Persian: {"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"},
	Dari:    {"حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"},
	Pashto:  {"وری", "غویی", "غبرگولی", "چنگاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ", "مرغومی", "سلواغه", "کب"},
	Latin:   {"Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"},
}

// Weekday names, Sunday first. Dari uses the Persian names (CLDR fa-AF).
var weekdayNames = [4][7]string{
	Persian: {"یکشنبه", "دوشنبه", "سه\u200cشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه"},
	Dari:    {"یکشنبه", "دوشنبه", "سه\u200cشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه"},
	Pashto:  {"يونۍ", "دونۍ", "درېنۍ", "څلرنۍ", "پينځنۍ", "جمعه", "اونۍ"},
	Latin:   {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
}

// Day-period markers (before noon, after noon) for the `a` layout element.
var dayPeriods = [4][2]string{
	Persian: {"ق.ظ.", "ب.ظ."},
	Dari:    {"ق.ظ.", "ب.ظ."},
	Pashto:  {"AM", "PM"},
	Latin:   {"AM", "PM"},
}

func (n Names) valid() Names {
	if n > Latin {
		return Persian
	}
	return n
}

// Name returns the month's name in the given language, or "" if m is not a
// month.
func (m Month) Name(n Names) string {
	if m < Farvardin || m > Esfand {
		return ""
	}
	return monthNames[n.valid()][m-1]
}

// String returns the Latin name of the month ("Farvardin"), or "%!Month(n)"
// if m is not a month.
func (m Month) String() string {
	if m < Farvardin || m > Esfand {
		return "%!Month(" + strconv.Itoa(int(m)) + ")"
	}
	return monthNames[Latin][m-1]
}

// Name returns the weekday's name in the given language, or "" if w is not a
// weekday.
func (w Weekday) Name(n Names) string {
	if w < Sunday || w > Saturday {
		return ""
	}
	return weekdayNames[n.valid()][w]
}

// String returns the English name of the day ("Sunday").
func (w Weekday) String() string {
	if w < Sunday || w > Saturday {
		return "%!Weekday(" + strconv.Itoa(int(w)) + ")"
	}
	return weekdayNames[Latin][w]
}
