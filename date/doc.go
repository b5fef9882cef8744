// Package date reads and writes the dates that Persian text carries, in
// the three calendars Iranian pages print: the Solar Hijri (Persian,
// Jalali) calendar, exactly, and the Gregorian and Lunar Hijri calendars
// beside it.
//
// # Reading dates
//
// The common case is a string from a web page or a program:
//
//	t, err := date.ParseLenient("18:14 - 03 فروردین 1404")
//	// t is 2025-03-23 18:14:00 +0330 (Asia/Tehran)
//
// ParseLenient accepts, in any mix of Persian (۱۲۳), Arabic-Indic (١٢٣)
// and Latin digits:
//
//   - Solar Hijri dates: day, month name, year, or year, month name, day:
//     ۳ فروردین ۱۴۰۴, ۱۴۰۴ فروردین ۳; month names in Persian, Dari
//     (حمل ...), Pashto (وری ...) or Latin (Farvardin ...), with or without
//     ZWNJ or a space inside (اردیبهشت, اردی‌بهشت, اردی بهشت), with the word
//     ماه after them, and with Arabic ي and ك in place of ی and ک;
//   - numbers joined by / - or .: ۱۴۰۴/۰۱/۰۳, 1404-1-3, 2025-03-23; with
//     the year last, the day comes first (03/01/1404) except after a Latin
//     era marker (1/3/1404 AP) or where only month first makes a date
//     (3/23/2025);
//   - Gregorian dates: ISO 8601 and RFC 3339 (2025-03-23T14:44:00Z),
//     Persian month names and their variants (ژانویه، فوریه، مارس، آوریل،
//     مه/می، ژوئن، ژوئیه/جولای، اوت/آگوست، سپتامبر، اکتبر، نوامبر، دسامبر),
//     in the ezafe form too (ژوئیهٔ, ژوئیه‌ی), Dari, Arabic and English
//     names, and an optional میلادی;
//   - Lunar Hijri dates: Persian and Arabic month names and their variants
//     (محرم، صفر، ربیع‌الاول، ربیع‌الثانی، جمادی‌الاول، جمادی‌الثانی، رجب،
//     شعبان، رمضان، شوال، ذی‌القعده، ذی‌الحجه; ربيع الأول, ذو القعدة,
//     ذیقعده, Rabiʻ I ...) and the era marks ه‍.ق., هـ, AH;
//   - the forms that ICU/CLDR print for fa-IR, fa-AF, ps and en with the
//     Persian calendar, for fa and en with the Gregorian calendar, and for
//     fa, ar and en with the Umm al-Qura calendar: ۱۴۰۴ فروردین ۳, یکشنبه
//     ساعت ۱۸:۱۴, Sunday, March 23, 2025 at 6:14 PM, الأحد، 23 رمضان 1446
//     هـ في 6:14 م;
//   - a header that gives the day in two or three calendars:
//     یکشنبه ۳ فروردین ۱۴۰۴ - ۲۳ رمضان ۱۴۴۶ - ۲۳ مارس ۲۰۲۵, joined by - | ،
//     / or برابر با, or with a calendar in brackets;
//   - days and years spelled out: سوم فروردین, بیست و سوم اسفند, سی‌ام
//     شهریور, اول مهر هزار و چهارصد و چهار;
//   - an optional weekday, which must agree with the date;
//   - an optional clock time before or after the date: 18:14, ۱۸:۱۴:۳۰,
//     ساعت ۱۸, ۱۸ و ۳۰ دقیقه, ۶ و نیم صبح, ۶ بعدازظهر, ۱۰ شب, 6:14 PM,
//     ۶:۱۴ ب.ظ., joined by - , ، ساعت at په في, or by a T (1404/01/03T10:00);
//   - an optional era marker: ه‍.ش., هجری شمسی, AP, ...;
//   - relative dates: امروز، دیروز، پریروز، فردا، پس‌فردا, with an optional
//     clock (امروز ساعت ۸:۱۵); amounts «N ثانیه/دقیقه/ساعت/روز/هفته/ماه/سال
//     پیش» and «N روز دیگر»; and a day and month without a year (۳ فروردین).
//
// It never guesses: an impossible date (30 Esfand of a common year, 31
// Mehr, 2025-02-30, month 13) does not roll over, a two-digit year (۰۴,
// هشتاد و چهار) is ambiguous, and any word it does not know is an error.
// Errors are *ParseError values that carry the input, the byte offset of
// the element that failed and the reason, and wrap ErrNoSuchDate,
// ErrOutOfRange or ErrMismatch when the input was read but named no valid
// date.
//
// Find returns every date expression in running text, with its byte span:
//
//	for _, m := range date.Find(text) {
//		fmt.Println(text[m.Start:m.End], m.Time, m.Calendar)
//	}
//
// # Which calendar
//
// A month name or an era mark names its calendar. An all-numeric date has
// none, so the year decides: a four-digit year in 1200–1599 is Solar Hijri
// (1404/01/03 is 1404 AP), any other four-digit year Gregorian
// (2025/03/23), and a three-digit year Solar Hijri. This is the Solar
// Hijri window of the lenient parser; Parser.Calendar reads every
// all-numeric date in one calendar instead. Find reads all-numeric dates
// only with a four-digit year, so that codes such as 978-3-16 are left
// alone. A Lunar Hijri year in the window (1446/09/23) needs an era mark.
//
// # Headers
//
// Find returns a header that prints the day in several calendars as one
// Match: Date and Time are those of the first Solar Hijri or Gregorian
// part, Parts holds every part with its span and the day it names, and
// Disagree reports a part that names another day. A Lunar Hijri part
// agrees within a day either way, because of the sighting (below).
// ParseLenient rejects a header whose parts disagree, with ErrMismatch.
//
// # Relative dates
//
// Relative dates count from Parser.Now, the current time if it is zero, in
// the Parser's location. A day word gives midnight of that day, or the
// clock given. An amount moves the reference time: seconds, minutes and
// hours as durations, days and weeks as calendar days keeping the clock,
// months and years in the Solar Hijri calendar with the day pinned to the
// end of a shorter month (as Date.AddDate). A day and month without a year
// is the occurrence nearest the reference time, in the calendar of its
// month name. Match.Relative marks such dates.
//
// # Layouts
//
// Format and Parse use a layout language in the style of CLDR patterns:
// yyyy, y, yy (year), MMMM (month name), MM, M (month), dd, d (day), EEEE,
// E, EEEEE (weekday, short and narrow), HH, H, hh, h, a (hour, before/after
// noon), mm, m (minute), ss, s (second), G (era), Z, ZZZZZ (zone), w (week)
// and 'quoted text'. A Printer chooses the calendar, the names (Persian,
// Dari, Pashto, Latin) and the digits (Persian, Latin, Arabic-Indic):
//
//	d, _ := date.New(1404, date.Farvardin, 3)
//	d.Format("EEEE d MMMM yyyy")                                       // یکشنبه ۳ فروردین ۱۴۰۴
//	date.Printer{Digits: date.LatinDigits}.FormatDate(d, "yyyy/MM/dd") // 1404/01/03
//	date.Printer{Calendar: date.Gregorian}.FormatDate(d, "d MMMM y")   // ۲۳ مارس ۲۰۲۵
//
// Parse is strict: the value must follow the layout exactly, though its
// digits may be of any of the three sets, and a field given twice must
// have one value.
//
// # The Solar Hijri calendar
//
// A Date is a year, a month and a day under a Rule. Official, the default,
// is Iran's official calendar: the 33-year arithmetic rule with the
// correction table that ICU 78 uses, which agrees with the astronomical
// calendar (the year begins on the day of the March equinox at 52.5°E)
// for 1178–3011 AP and with the University of Tehran Calendar Center's
// table for 1206–1498 AP. Jalaali reproduces jalaali-js (Borkowski's
// break-year rule) exactly; it agrees with Official for 1178–1501 AP and
// differs in some years before and after. Years that far ahead depend on
// future observations; treat every calendar's dates from 1502 AP on as
// uncertain.
//
// Both rules are exact over years 1–3177 AP (622–3799 CE); dates outside
// that range are errors. The Gregorian calendar is proleptic throughout,
// as in package time: 1 Farvardin 1 AP is 622-03-21, not the Julian date
// that some libraries read it as. Weeks begin on Saturday (Date.WeekStart,
// Date.Week, Weekday.DayOfWeek).
//
// # The Lunar Hijri calendar
//
// A HijriDate is a year, a month and a day under a HijriRule, for years
// 1–3274 AH. UmmAlQura, the default as in ICU and CLDR, follows ICU's
// table of month lengths for 1300–1600 AH and the civil rule outside it;
// HijriCivil is the tabular civil calendar. Both agree with ICU (Node's
// Intl islamic-umalqura and islamic-civil) on every day of their range.
//
// Iran's official lunar dates follow the sighting of the new moon,
// announced month by month, and can differ from any rule by a day. So a
// Lunar Hijri part of a header may be a day off the other parts, and a
// weekday written with a lunar date (دوشنبه ۲۳ رمضان ۱۴۴۶) picks the day
// within a day of the rule's.
//
// # Time zones
//
// Instants are in Asia/Tehran unless a Parser or a call names another
// location. The package embeds Asia/Tehran's rules from the IANA time zone
// database (812 bytes) and does not import time/tzdata, so it works on
// machines without zoneinfo and leaves the whole database (about 450 KB)
// to programs. Iran observed daylight saving time until 2022; a wall clock
// that fell in the hour skipped when clocks moved forward, or in the hour
// repeated when they moved back, resolves as time.Date documents: correct
// in one of the two zones of the transition, with no guarantee of which.
package date
