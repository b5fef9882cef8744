// Package date converts between the Solar Hijri (Persian, Jalali) calendar
// and Go's time.Time, exactly, and reads the dates that Persian text
// carries.
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
//   - day, month name, year, or year, month name, day: ۳ فروردین ۱۴۰۴,
//     ۱۴۰۴ فروردین ۳; month names in Persian, Dari (حمل ...), Pashto
//     (وری ...) or Latin (Farvardin ...), with or without ZWNJ or a space
//     inside (اردیبهشت, اردی‌بهشت, اردی بهشت), with the word ماه after
//     them, and with Arabic ي and ك in place of ی and ک;
//   - numbers joined by / - or .: ۱۴۰۴/۰۱/۰۳, 1404-1-3; with the year
//     last, the day comes first (03/01/1404) except after the Latin era
//     marker AP, where CLDR en writes month/day/year (1/3/1404 AP);
//   - the forms that ICU/CLDR print for fa-IR, fa-AF, ps and en with the
//     Persian calendar: ۱۴۰۴ فروردین ۳, یکشنبه ساعت ۱۸:۱۴,
//     ۳ حمل ۱۴۰۴، ۱۸:۱۴, AP ۱۴۰۴ وری ۳, يونۍ په ۱۸:۱۴,
//     Sunday, Farvardin 3, 1404 AP at 6:14 PM;
//   - an optional weekday, which must agree with the date;
//   - an optional clock time (18:14, ۱۸:۱۴:۳۰, 6:14 PM, ۶:۱۴ ب.ظ.) before
//     or after the date, joined by - , ، ساعت at or په;
//   - an optional era marker: ه‍.ش., هجری شمسی, AP, ...
//
// It never guesses: an impossible date (30 Esfand of a common year,
// 31 Mehr, month 13) does not roll over, a year needs three or more
// digits (۰۴ is ambiguous), and any word it does not know is an error. Errors are *ParseError
// values that carry the input, the byte offset of the element that
// failed and the reason.
//
// Find returns every date expression in running text, with its byte span:
//
//	for _, m := range date.Find(text) {
//		fmt.Println(text[m.Start:m.End], m.Time)
//	}
//
// Find skips all-numeric dates outside 1200–1599 AP, which in Persian
// text are Gregorian dates (2025/03/23) or codes rather than Solar Hijri
// dates.
//
// # Layouts
//
// Format and Parse use a layout language in the style of CLDR patterns:
// yyyy, y (year), MMMM (month name), MM, M (month), dd, d (day), EEEE
// (weekday name), HH, H, hh, h, a (hour, before/after noon), mm, m
// (minute), ss, s (second) and 'quoted text'. A Printer chooses the names
// (Persian, Dari, Pashto, Latin) and the digits (Persian, Latin,
// Arabic-Indic):
//
//	d, _ := date.New(1404, date.Farvardin, 3)
//	d.Format("EEEE d MMMM yyyy")                                   // یکشنبه ۳ فروردین ۱۴۰۴
//	date.Printer{Digits: date.LatinDigits}.FormatDate(d, "yyyy/MM/dd") // 1404/01/03
//
// Parse is strict: the value must follow the layout exactly, though its
// digits may be of any of the three sets.
//
// # The calendar
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
// that some libraries read it as.
//
// # Time zones
//
// Instants are in Asia/Tehran unless a Parser or a call names another
// location. The zone database is embedded (time/tzdata), so this works
// on machines without zoneinfo. Iran observed daylight saving time until
// 2022; a wall clock that fell in the hour skipped when clocks moved
// forward, or in the hour repeated when they moved back, resolves as
// time.Date documents: correct in one of the two zones of the transition,
// with no guarantee of which.
package date
