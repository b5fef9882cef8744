package date

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// The words the lenient parser knows, with their spelling variants. Every
// spelling is folded by foldRune when the table is built, so a variant
// that differs only in Arabic or Persian yeh and kaf, alef with hamza,
// ZWNJ, tatweel, diacritics or a space inside the word needs no entry of
// its own.

// gregorianMonthVariants lists the other spellings of the Gregorian months
// seen on Persian and Arabic pages, besides those of gregorianMonthNames.
var gregorianMonthVariants = [12][]string{
	{"Jan", "Jan.", "يناير"},
	{"فیبروری", "Feb", "Feb.", "فبراير"},
	{"Mar", "Mar."},
	{"آپریل", "Apr", "Apr.", "أبريل", "إبريل"},
	{"مای", "مایو"},
	{"ژوین", "Jun", "Jun.", "يونيو", "يونية"},
	{"ژوییه", "جولائی", "Jul", "Jul.", "يوليو", "يولية"},
	{"آگوست", "آگست", "اگوست", "Aug", "Aug.", "أغسطس"},
	{"Sep", "Sep.", "Sept", "Sept."},
	{"Oct", "Oct."},
	{"Nov", "Nov.", "نوفمبر"},
	{"Dec", "Dec.", "ديسمبر"},
}

// hijriMonthVariants lists the spellings of the Lunar Hijri months: the
// Persian and Arabic forms, the honorifics pages add (رمضان المبارک), the
// forms ICU prints for fa, ar and en (ذیقعده, ذو القعدة, Dhuʻl-Qiʻdah,
// Rab. I) and common transliterations.
var hijriMonthVariants = [12][]string{
	{"محرم الحرام", "Muharram", "Muharam", "Muh."},
	{"صفر المظفر", "Safar", "Saf."},
	{"ربیع الاول", "ربیع الاولی", "ربیع اول", "Rabiʻ I", "Rabi al-Awwal", "Rabi ul-Awwal", "Rabi I", "Rab. I"},
	{"ربیع الثانی", "ربیع الآخر", "ربیع الاخر", "ربیع ثانی", "Rabiʻ II", "Rabi al-Thani", "Rabi al-Akhir", "Rabi ul-Thani", "Rabi II", "Rab. II"},
	{"جمادی الاول", "جمادی الاولی", "جمادی اول", "Jumada I", "Jumada al-Awwal", "Jumada al-Ula", "Jum. I"},
	{"جمادی الثانی", "جمادی الثانیه", "جمادی الآخر", "جمادی الآخره", "جمادی الاخری", "جمادی ثانی", "Jumada II", "Jumada al-Thani",
		"Jumada al-Akhirah", "Jumada al-Akhira", "Jum. II"},
	{"رجب المرجب", "Rajab", "Raj."},
	{"شعبان المعظم", "Shaʻban", "Shaban", "Sha."},
	{"رمضان المبارک", "Ramadan", "Ramazan", "Ramadhan", "Ram."},
	{"شوال المکرم", "Shawwal", "Shawal", "Shaw."},
	{"ذیقعده", "ذی قعده", "ذی القعده", "ذوالقعده", "ذو القعده", "Dhuʻl-Qiʻdah", "Dhu al-Qadah", "Dhu al-Qidah", "Dhul-Qadah",
		"Dhu l-Qadah", "Zulqadah", "Dhuʻl-Q."},
	{"ذیحجه", "ذی حجه", "ذی الحجه", "ذوالحجه", "ذو الحجه", "Dhuʻl-Hijjah", "Dhu al-Hijjah", "Dhul-Hijjah", "Dhu l-Hijjah",
		"Zulhijjah", "Dhuʻl-H."},
}

// arabicWeekdayNames are the weekday names of CLDR ar, Sunday first.
var arabicWeekdayNames = [7][]string{
	{"الأحد"}, {"الاثنين", "الإثنين"}, {"الثلاثاء"}, {"الأربعاء"}, {"الخميس"}, {"الجمعة"}, {"السبت"},
}

// Cardinal and ordinal number words, by value.
var (
	unitWords = [10][]string{
		1: {"یک"}, 2: {"دو"}, 3: {"سه"}, 4: {"چهار"}, 5: {"پنج"}, 6: {"شش", "شیش"}, 7: {"هفت"}, 8: {"هشت"}, 9: {"نه"},
	}
	unitOrdinals = [10][]string{
		1: {"یکم", "اول", "نخست"}, 2: {"دوم"}, 3: {"سوم"}, 4: {"چهارم"}, 5: {"پنجم"}, 6: {"ششم"}, 7: {"هفتم"}, 8: {"هشتم"}, 9: {"نهم"},
	}
	teenWords = [10][]string{
		{"ده"}, {"یازده"}, {"دوازده"}, {"سیزده"}, {"چهارده"}, {"پانزده", "پونزده"}, {"شانزده"}, {"هفده", "هیفده"},
		{"هجده", "هیجده", "هژده"}, {"نوزده"},
	}
	teenOrdinals = [10][]string{
		{"دهم"}, {"یازدهم"}, {"دوازدهم"}, {"سیزدهم"}, {"چهاردهم"}, {"پانزدهم", "پونزدهم"}, {"شانزدهم"}, {"هفدهم", "هیفدهم"},
		{"هجدهم", "هیجدهم", "هژدهم"}, {"نوزدهم"},
	}
	tenWords    = [10][]string{2: {"بیست"}, 3: {"سی"}, 4: {"چهل"}, 5: {"پنجاه"}, 6: {"شصت"}, 7: {"هفتاد"}, 8: {"هشتاد"}, 9: {"نود"}}
	tenOrdinals = [10][]string{2: {"بیستم"}, 3: {"سی ام", "سیام"}}
	hundreds    = [10][]string{
		1: {"صد", "یکصد"}, 2: {"دویست"}, 3: {"سیصد"}, 4: {"چهارصد"}, 5: {"پانصد"}, 6: {"ششصد"}, 7: {"هفتصد"}, 8: {"هشتصد"}, 9: {"نهصد"},
	}
)

// knownNames is the table of words the lexer recognizes.
var knownNames = sync.OnceValue(func() *nameTable {
	var table nameTable
	add := func(e nameEntry, spellings ...string) {
		for _, s := range spellings {
			f := foldString(s)
			first, _ := utf8.DecodeRuneInString(f)
			slot := nameSlot(first)
			if slot < 0 {
				panic("date: known name " + s + " outside the name table")
			}
			g := &table[slot]
			if slices.ContainsFunc(g.entries, func(o nameEntry) bool {
				return o.folded == f && o.kind == e.kind && o.val == e.val && o.sub == e.sub
			}) {
				continue // the same word in another language's row
			}
			e.folded = f
			e.latin = first < utf8.RuneSelf
			k := nameKey{-1, -1}
			rs := []rune(f)
			if len(rs) > 1 {
				k.second = rs[1]
			}
			if len(rs) > 2 {
				k.third = rs[2]
			}
			g.entries = append(g.entries, e)
			g.next = append(g.next, k)
		}
	}
	month := func(c Calendar, m int) nameEntry { return nameEntry{kind: tkMonth, sub: uint8(c), val: m} }

	// Solar Hijri months, with the word ماه ("month") after them, joined or
	// not: مهرماه, مهر ماه. The Dari and Pashto names are also Persian
	// words (عقرب scorpion, میزان amount, جدی serious): in Persian text they
	// are dates only with a year.
	for n, row := range monthNames {
		for m, name := range row {
			e := month(SolarHijri, m+1)
			e.needsYear = Names(n) == Dari || Names(n) == Pashto
			add(e, name, name+"ماه")
		}
	}
	add(month(SolarHijri, 2), "Ordibehesht")
	add(nameEntry{kind: tkMonth, sub: uint8(SolarHijri), val: 3, needsYear: true}, "جوزاء")
	add(month(SolarHijri, 5), "امرداد", "Amordad")
	add(month(SolarHijri, 10), "Dei")

	// Gregorian months, also in the ezafe form written with ی (ژوئیه‌ی).
	for _, row := range gregorianMonthNames {
		for m, name := range row {
			add(month(Gregorian, m+1), name)
			if strings.HasSuffix(name, "ه") {
				add(month(Gregorian, m+1), name+"ی")
			}
		}
	}
	for m, names := range gregorianMonthVariants {
		add(month(Gregorian, m+1), names...)
	}

	for m := range 12 {
		add(month(LunarHijri, m+1), hijriMonthNames[0][m], hijriMonthNames[1][m])
		add(month(LunarHijri, m+1), hijriMonthVariants[m]...)
	}

	for _, row := range weekdayNames {
		for w, name := range row {
			add(nameEntry{kind: tkWeekday, val: w}, name)
		}
	}
	for w := range 7 {
		add(nameEntry{kind: tkWeekday, val: w}, shortWeekdayNames[Latin][w])
		add(nameEntry{kind: tkWeekday, val: w}, arabicWeekdayNames[w]...)
	}

	era := func(c Calendar) nameEntry { return nameEntry{kind: tkEra, sub: uint8(c)} }
	add(era(SolarHijri), "AP", "A.P.", "SH", "S.H.",
		"ه.ش.", "ه.ش", "ه ش", "هجری شمسی", "هجری خورشیدی", "شمسی", "خورشیدی")
	add(era(LunarHijri), "AH", "A.H.",
		"ه.ق.", "ه.ق", "ه ق", "ه", "ه.", "هجری قمری", "قمری")
	add(era(Gregorian), "AD", "A.D.", "CE", "C.E.", "میلادی")
	// The Arabic م (ميلادي) also means مساءً, after noon, after a clock.
	add(nameEntry{kind: tkEra, sub: uint8(Gregorian), val: 1}, "م.", "م")

	add(nameEntry{kind: tkJoin, sub: joinAt}, "at", "په", "في")
	add(nameEntry{kind: tkJoin, sub: joinHour}, "ساعت")
	add(nameEntry{kind: tkJoin, sub: joinDay}, "روز")
	add(nameEntry{kind: tkYearWord}, "سال")

	period := func(p int) nameEntry { return nameEntry{kind: tkPeriod, val: p} }
	add(period(periodAM), "AM", "A.M.", "ق.ظ.", "ق.ظ", "قبل از ظهر", "ص")
	add(period(periodPM), "PM", "P.M.", "ب.ظ.", "ب.ظ")
	add(period(periodMorning), "صبح", "بامداد")
	add(period(periodNoon), "ظهر")
	add(period(periodAfternoon), "عصر", "بعد از ظهر", "بعدازظهر")
	add(period(periodNight), "شب")

	day := func(shift int) nameEntry { return nameEntry{kind: tkDayWord, val: shift} }
	add(day(0), "امروز", "today")
	add(day(-1), "دیروز", "yesterday")
	add(day(-2), "پریروز")
	add(day(1), "فردا", "tomorrow")
	add(day(2), "پس فردا", "پسفردا")

	unit := func(u uint8) nameEntry { return nameEntry{kind: tkUnit, sub: u} }
	add(unit(unitSecond), "ثانیه", "second", "seconds")
	add(unit(unitMinute), "دقیقه", "minute", "minutes")
	add(unit(unitHour), "hour", "hours")
	add(unit(unitDay), "day", "days")
	add(unit(unitWeek), "هفته", "week", "weeks")
	add(unit(unitMonth), "ماه", "month", "months")
	add(unit(unitYear), "year", "years")
	add(nameEntry{kind: tkAgo, val: -1}, "پیش", "قبل", "ago")
	add(nameEntry{kind: tkAgo, val: 1}, "دیگر", "بعد", "later")
	add(nameEntry{kind: tkAnd}, "و", "and")
	add(nameEntry{kind: tkFraction, val: 30}, "نیم")
	add(nameEntry{kind: tkFraction, val: 15}, "ربع")
	add(nameEntry{kind: tkT}, "T")
	add(nameEntry{kind: tkEquals}, "برابر با", "مطابق با")
	add(nameEntry{kind: tkFrom}, "از")

	num := func(v int, mag uint8, ordinal bool) nameEntry {
		return nameEntry{kind: tkNumWord, sub: mag, val: v, ordinal: ordinal}
	}
	for v := range 10 {
		add(num(10+v, magTeen, false), teenWords[v]...)
		add(num(10+v, magTeen, true), teenOrdinals[v]...)
	}
	for v := 1; v <= 9; v++ {
		add(num(v, magUnit, false), unitWords[v]...)
		add(num(v, magUnit, true), unitOrdinals[v]...)
		add(num(10*v, magTen, false), tenWords[v]...)
		add(num(10*v, magTen, true), tenOrdinals[v]...)
		add(num(100*v, magHundred, false), hundreds[v]...)
	}
	add(num(1000, magThousand, false), "هزار")
	add(num(1000, magThousand, false), "یکهزار")
	add(num(2000, magThousand, false), "دوهزار")
	return &table
})

// unitOf returns the unit of time a token names, or unitNone: the
// dedicated unit words, and ساعت, روز and سال.
func unitOf(t *token) uint8 {
	switch t.kind {
	case tkUnit:
		return t.sub
	case tkJoin:
		switch t.sub {
		case joinHour:
			return unitHour
		case joinDay:
			return unitDay
		}
	case tkYearWord:
		return unitYear
	}
	return unitNone
}
