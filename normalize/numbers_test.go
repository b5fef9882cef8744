package normalize

import "testing"

// A digit followed by U+FE0F (emoji presentation) or U+20E3 (combining
// enclosing keycap) is part of an emoji, not a number.
func TestKeycapDigitsStayAsWritten(t *testing.T) {
	cases := []ruleCase{
		{"keycap alone", "1\uFE0F\u20E3", "1\uFE0F\u20E3"},
		{"keycap in persian text", "گزینهٔ 1\uFE0F\u20E3 را بزنید", "گزینهٔ 1\uFE0F\u20E3 را بزنید"},
		{"keycap without variation selector", "مرحلهٔ 2\u20E3 تمام شد", "مرحلهٔ 2\u20E3 تمام شد"},
		{"digit with emoji presentation", "عدد 7\uFE0F", "عدد 7\uFE0F"},
		{"keycaps in a row", "کد 1\uFE0F\u20E32\uFE0F\u20E3", "کد 1\uFE0F\u20E32\uFE0F\u20E3"},
		{"a number ending in a keycap stays whole", "رتبهٔ 10\uFE0F\u20E3", "رتبهٔ 10\uFE0F\u20E3"},
		{"plain number beside it still converts", "1\uFE0F\u20E3 و 2", "1\uFE0F\u20E3 و ۲"},
	}
	runCases(t, charOnly(), cases)
	runCases(t, New(), cases)
	runCases(t, charOnly(WithDigits(LatinDigits)), []ruleCase{
		{"persian digit before a keycap mark stays too", "عدد ۱\u20E3 و ۲", "عدد ۱\u20E3 و 2"},
	})
}

// In a number whose digits are written Persian, % becomes the Arabic
// percent sign ٪ (U+066A); in one written with Latin digits, ٪ becomes %.
func TestPercentSignFollowsTheDigits(t *testing.T) {
	runCases(t, charOnly(), []ruleCase{
		{"latin number in persian text", "قیمت 50% کم شد", "قیمت ۵۰٪ کم شد"},
		{"persian digits already", "رشد ۵۰% بود", "رشد ۵۰٪ بود"},
		{"decimal", "نرخ 12.5% است", "نرخ ۱۲٫۵٪ است"},
		{"arabic percent kept", "رشد ۵۰٪ بود", "رشد ۵۰٪ بود"},
		{"range", "بین 10%-20%", "بین ۱۰٪-۲۰٪"},
		{"latin sentence keeps %", "a discount of 50% today", "a discount of 50% today"},
		{"identifier keeps %", "متغیر x50%", "متغیر x50%"},
		{"percent sign alone stays", "علامت % در متن", "علامت % در متن"},
		{"percent before a number stays", "کد %50", "کد %۵۰"},
		{"after a space", "قیمت 50 % کم شد", "قیمت ۵۰ ٪ کم شد"},
		{"after spaces, which collapse", "رشد ۵۰   %", "رشد ۵۰ ٪"},
		{"after a space and a zwnj", "رشد ۵۰ \u200c%", "رشد ۵۰ ٪"},
		{"after a zwnj", "رشد ٨\u200c%", "رشد ۸٪"},
		{"after a word stays", "رشد ۵۰ درصد %", "رشد ۵۰ درصد %"},
	})
	runCases(t, charOnly(WithSpacing(false)), []ruleCase{
		{"spacing off keeps the spaces", "رشد 50  %", "رشد ۵۰  ٪"},
	})
	runCases(t, charOnly(WithDigits(LatinDigits)), []ruleCase{
		{"latin target keeps %", "قیمت 50% کم شد", "قیمت 50% کم شد"},
		{"latin target turns ٪ into %", "رشد ۵۰٪ بود", "رشد 50% بود"},
		{"latin target, after a space", "رشد ۵۰ ٪ بود", "رشد 50 % بود"},
	})
	runCases(t, New(Search(), WithZWNJRepair(false)), []ruleCase{
		{"search writes %", "رشد ۵۰٪ و 20%", "رشد 50% و 20%"},
	})
	runCases(t, charOnly(WithDigits(KeepDigits)), []ruleCase{
		{"keep digits keeps the sign", "رشد ۵۰% و 20٪", "رشد ۵۰% و 20٪"},
	})
}

// Three or more numeric groups joined by full stops are an address or a
// version, an identifier whose digits stay as written; a dotted date is a
// number.
func TestDottedIdentifiersKeepTheirDigits(t *testing.T) {
	runCases(t, charOnly(), []ruleCase{
		{"ipv4 address", "نشانی 192.168.1.1 است", "نشانی 192.168.1.1 است"},
		{"version", "نسخهٔ 1.2.3 آمد", "نسخهٔ 1.2.3 آمد"},
		{"version in persian digits", "نسخهٔ ۱.۲.۳ آمد", "نسخهٔ ۱.۲.۳ آمد"},
		{"address and port", "سرور 10.0.0.1:8080 را", "سرور 10.0.0.1:8080 را"},
		{"version before a full stop", "نسخهٔ 2.0.1.", "نسخهٔ 2.0.1."},
		{"two groups are a decimal", "عدد 3.14 است", "عدد ۳٫۱۴ است"},
		{"dotted date year first", "تاریخ 1404.01.03 است", "تاریخ ۱۴۰۴.۰۱.۰۳ است"},
		{"dotted date day first", "تاریخ 03.01.1404 است", "تاریخ ۰۳.۰۱.۱۴۰۴ است"},
		{"not a date: month 13", "کد 1404.13.03 است", "کد 1404.13.03 است"},
	})
	runCases(t, charOnly(WithDigits(LatinDigits)), []ruleCase{
		{"latin target writes latin digits", "نسخهٔ ۱.۲.۳ آمد", "نسخهٔ 1.2.3 آمد"},
	})
}
