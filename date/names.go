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

// Gregorian month names as CLDR gives them: fa, fa-AF (Dari), ps and en.
var gregorianMonthNames = [4][12]string{
	Persian: {"ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"},
	Dari:    {"جنوری", "فبروری", "مارچ", "اپریل", "می", "جون", "جولای", "اگست", "سپتمبر", "اکتوبر", "نومبر", "دسمبر"},
	Pashto:  {"جنوري", "فېبروري", "مارچ", "اپریل", "مۍ", "جون", "جولای", "اګست", "سپتمبر", "اکتوبر", "نومبر", "دسمبر"},
	Latin:   {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
}

// Lunar Hijri month names: the Persian spelling (with ZWNJ, as the Academy
// writes compounds of ال) and CLDR en.
var hijriMonthNames = [2][12]string{
	{"محرم", "صفر", "ربیع\u200cالاول", "ربیع\u200cالثانی", "جمادی\u200cالاول", "جمادی\u200cالثانی",
		"رجب", "شعبان", "رمضان", "شوال", "ذی\u200cالقعده", "ذی\u200cالحجه"},
	{"Muharram", "Safar", "Rabiʻ I", "Rabiʻ II", "Jumada I", "Jumada II",
		"Rajab", "Shaʻban", "Ramadan", "Shawwal", "Dhuʻl-Qiʻdah", "Dhuʻl-Hijjah"},
}

// Era markers for the G layout element, by calendar, as CLDR gives them:
// abbreviated and wide, in Persian (also for Dari and Pashto) and Latin.
var eraNames = [2][2][4]string{
	{
		{SolarHijri: "ه\u200d.ش.", Gregorian: "م.", LunarHijri: "ه\u200d.ق."},
		{SolarHijri: "AP", Gregorian: "AD", LunarHijri: "AH"},
	},
	{
		{SolarHijri: "هجری شمسی", Gregorian: "میلادی", LunarHijri: "هجری قمری"},
		{SolarHijri: "Anno Persico", Gregorian: "Anno Domini", LunarHijri: "Anno Hegirae"},
	},
}

// Short weekday names (CLDR abbreviated), Sunday first. CLDR fa and ps
// abbreviate nothing.
var shortWeekdayNames = [4][7]string{
	Persian: weekdayNames[Persian],
	Dari:    weekdayNames[Dari],
	Pashto:  weekdayNames[Pashto],
	Latin:   {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"},
}

// Narrow weekday names (CLDR), Sunday first.
var narrowWeekdayNames = [4][7]string{
	Persian: {"ی", "د", "س", "چ", "پ", "ج", "ش"},
	Dari:    {"ی", "د", "س", "چ", "پ", "ج", "ش"},
	Pashto:  {"S", "M", "T", "W", "T", "F", "S"},
	Latin:   {"S", "M", "T", "W", "T", "F", "S"},
}

// ShortName returns the weekday's abbreviated name (CLDR): "Sun" in Latin;
// Persian, Dari and Pashto write the full name.
func (w Weekday) ShortName(n Names) string {
	if w < Sunday || w > Saturday {
		return ""
	}
	return shortWeekdayNames[n.valid()][w]
}

// monthName returns the name of month m of calendar c in language n.
func monthName(c Calendar, m int, n Names) string {
	switch c {
	case Gregorian:
		return gregorianMonthNames[n.valid()][m-1]
	case LunarHijri:
		return HijriMonth(m).Name(n)
	}
	return monthNames[n.valid()][m-1]
}
