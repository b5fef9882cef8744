package zwnj

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/persiantext/persian/internal/script"
)

// showZWNJ makes ZWNJs visible in failure messages.
func showZWNJ(s string) string { return strings.ReplaceAll(s, "\u200c", "[ZWNJ]") }

func repairString(z *Repairer, s string) string {
	return string(z.Append(nil, []byte(s)))
}

func TestZWNJRepairRestoresGluedAndSpacedForms(t *testing.T) {
	z := New(Config{})
	tests := []struct {
		name, in, want string
	}{
		// the prefixes می، نمی and بی
		{"mi glued", "دانشجویان هر هفته کتاب میخوانند", "دانشجویان هر هفته کتاب می‌خوانند"},
		{"nemi glued", "او نمیدانست که باران میبارد", "او نمی‌دانست که باران می‌بارد"},
		{"mi spaced", "ما هر روز ورزش می کنیم", "ما هر روز ورزش می‌کنیم"},
		{"mi spaced before a verb the lexicon lacks", "آنان روزها را می گذرانیدند", "آنان روزها را می‌گذرانیدند"},
		{"preverb before mi", "آنان فردا برمیگردند و دیوار فرومیریزد", "آنان فردا برمی‌گردند و دیوار فرومی‌ریزد"},
		{"bi spaced and glued", "او بی معنا و بیهدف سخن گفت", "او بی‌معنا و بی‌هدف سخن گفت"},
		{"bi before a function word", "بیآنکه بداند رفت", "بی‌آنکه بداند رفت"},
		// plural ها after a joining letter, and after a non-joining one
		{"plural after heh", "خانهها را دیدیم", "خانه‌ها را دیدیم"},
		{"plural spaced", "کتاب ها و نامه ها رسید", "کتاب‌ها و نامه‌ها رسید"},
		{"plural after non-joiner loses its space", "مطالب پربازدید ها", "مطالب پربازدیدها"},
		// تر and ترین
		{"superlative spaced", "این بزرگ ترین و مهم ترین خبر است", "این بزرگ‌ترین و مهم‌ترین خبر است"},
		// clitics after a host ending in silent ه
		{"clitics after heh", "آنان رفتهاند و نامهای نوشتهاند", "آنان رفته‌اند و نامه‌ای نوشته‌اند"},
		{"clitic spaced", "دوستان آمده اند", "دوستان آمده‌اند"},
		{"possessive after heh", "به خانهام آمدند", "به خانه‌ام آمدند"},
		{"yi after heh glued", "در گوشهیی از باغ نشستیم", "در گوشه‌یی از باغ نشستیم"},
		{"yi after heh spaced", "او خانه یی کوچک خرید", "او خانه‌یی کوچک خرید"},
		{"yi after a non-joiner loses its space", "دانشجو یی از شهر دیگر آمد", "دانشجویی از شهر دیگر آمد"},
		// compounds of the lexicon
		{"compounds glued", "همایش بینالمللی برای جمعآوری کمک", "همایش بین‌المللی برای جمع‌آوری کمک"},
		{"compound with suffix", "گفتوگوهایی انجام شد", "گفت‌وگوهایی انجام شد"},
		{"compound with glued plural", "شهرکنشینان به روستا رفتند", "شهرک‌نشینان به روستا رفتند"},
		{"compound spaced", "همایش بین المللی", "همایش بین‌المللی"},
		{"compound and plural spaced", "سرمایه گذاری ها بیشتر شد", "سرمایه‌گذاری‌ها بیشتر شد"},
		{"plural of a host with a ZWNJ", "جلسات هماندیشیها برگزار شد", "جلسات هم‌اندیشی‌ها برگزار شد"},
		{"compound spaced after non-joiner part", "گفت وگو ادامه دارد", "گفت‌وگو ادامه دارد"},
		{"resolution", "قطعنامهای صادر شد", "قطعنامه‌ای صادر شد"},
		{"clitic against a plural the corpus never saw", "واقعهای عجیب رخ داد", "واقعه‌ای عجیب رخ داد"},
		// a bound second part of compounds written apart
		{"bound part spaced", "این فیلم شگفت انگیز بود", "این فیلم شگفت‌انگیز بود"},
		{"bound part after heh", "پدرم علاقه مند به ورزش است", "پدرم علاقه‌مند به ورزش است"},
		{"bound part after a noun", "داروی خواب آور خورد", "داروی خواب‌آور خورد"},
		{"bound part Lilak lacks as a word", "در برنامه سازی و تصمیم گیری", "در برنامه‌سازی و تصمیم‌گیری"},
		{"bound part with no part of speech", "عوامل بیماری زا را شناختند", "عوامل بیماری‌زا را شناختند"},
		// a compound of the lexicon whose second part the corpus never wrote alone
		{"compound with a part never written alone", "هنرمندی خیال پرداز بود و کار سوزن دوزی کرد", "هنرمندی خیال‌پرداز بود و کار سوزن‌دوزی کرد"},
		// a compound whose family the corpus writes as one word
		{"compound known by its family", "برادرم روزنامه نگار و دوچرخه سوار است", "برادرم روزنامه‌نگار و دوچرخه‌سوار است"},
		// diacritics stay on their letter; the ZWNJ comes after them
		{"diacritic inside", "ما میکُنیم", "ما می‌کُنیم"},
		{"diacritic before gap", "مِیکنیم", "مِی‌کنیم"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := repairString(z, tt.in)
			assert.Equal(t, showZWNJ(tt.want), showZWNJ(got))
			assert.Equal(t, showZWNJ(got), showZWNJ(repairString(z, got)), "repairing again changes nothing")
		})
	}
}

func TestZWNJRepairLeavesCorrectAndAmbiguousTextAlone(t *testing.T) {
	z := New(Config{})
	for _, in := range []string{
		"در ماه می سال گذشته باران بارید",        // می is the month, not the prefix
		"بیشتر مردم میز و میوه و همین را خریدند", // common words that start like می or end like تر
		"او تنها به بیمارستان رفت",               // تنها is not تن + ها
		"می‌خواهیم کتاب‌ها را به خانه‌ها ببریم",  // already correct
		"سفر به شهر و روستا",                     // nothing to do
		"به امید دیدار",                          // به takes no clitic
		"ای دوست",                                // a lone ای after no host
		"میرمحمد و میرزاد آمدند",                 // names that start like می
		"او درمیانه راه ایستاد",                  // در + میانه: no verb after the preverb
		"از دروغ بیزار است و بیکار نماند",        // glued بی words of the dictionary
		"حرفهای او را شنیدیم",                    // حرف‌های or حرفه‌ای: the corpus is split
		"کیمیای سعادت را خواند",                  // کیمیا + ی, not کیمی + ای
		"دربارهای شاهان را دیدیم",                // دربار + های: درباره is no host of ای
		"نهادهای دولتی تصمیم گرفتند",             // نهاد + های after a non-joiner: no ZWNJ either way
		"او از دوستش پول طلب کرد",                // طلب stands alone too: not a bound part
		"تولید کننده و مصرف‌کننده",               // no ZWNJ after د، and a correct word
		"این برنامه قابل تغییر است",              // compounds of the dictionary that the corpus writes apart
		"جمعه شب به سینما رفتیم",
		"پاره پاره و یواش یواش",              // a word said twice stays two words
		"گزارش شبکه بی بی سی و خودروی بی ام", // names of Latin letters, not a host and a clitic
		"نماینده تی ای در جلسه بود",
		"",
	} {
		assert.Equal(t, showZWNJ(in), showZWNJ(repairString(z, in)), "input %q", in)
	}
}

func TestZWNJNeverAfterNonJoiningLetter(t *testing.T) {
	z := New(Config{})
	for _, in := range []string{"پربازدید ها", "کشورها", "کشور ها", "دیوارهای بلند", "گفتوگو", "روزهای خوب"} {
		out := repairString(z, in)
		var prev rune
		for _, r := range out {
			if r == script.ZWNJ {
				assert.False(t, script.IsNonJoining(prev), "ZWNJ after %c in %s", prev, showZWNJ(out))
			}
			prev = r
		}
	}
}

func TestZWNJRepairLeavesProtectedTokensAlone(t *testing.T) {
	z := New(Config{})
	tests := []struct{ in, want string }{
		{"https://example.ir/میکنیم", "https://example.ir/میکنیم"},
		{"نشانی user@میکنیم است", "نشانی user@میکنیم است"},
		{"#میکنیم و میکنیم", "#میکنیم و می‌کنیم"},
		{"abcمیکنیم", "abcمیکنیم"},
		{"Hello world", "Hello world"},
		{"۱۴۰۴ میکنیم", "۱۴۰۴ می‌کنیم"},
		{"«میکنیم»، گفت", "«می‌کنیم»، گفت"},
		{"کتاب ها.", "کتاب‌ها."},
		{"او میگوید: بله", "او می‌گوید: بله"},
		{"ساعت۱۲:۳۰ میکنیم", "ساعت۱۲:۳۰ می‌کنیم"},
		{"https:میکنیم", "https:میکنیم"},
		{"نشانی:http://x.ir", "نشانی:http://x.ir"},
		{"کتاب ،ها", "کتاب ،ها"}, // punctuation between the parts: no join
		{"کتاب  ها", "کتاب  ها"}, // two spaces: no join
		{"کتاب\tها", "کتاب\tها"},
	}
	for _, tt := range tests {
		assert.Equal(t, showZWNJ(tt.want), showZWNJ(repairString(z, tt.in)), "input %q", tt.in)
	}
}

func TestZWNJRepairPassesInvalidUTF8Through(t *testing.T) {
	z := New(Config{})
	assert.Equal(t, "میکنیم\xff", repairString(z, "میکنیم\xff"), "a token with invalid UTF-8 is untouched")
	assert.Equal(t, showZWNJ("\xff می‌کنیم"), showZWNJ(repairString(z, "\xff میکنیم")))
	assert.Equal(t, "\xd9", repairString(z, "\xd9"))
}

func TestZWNJRepairHandlesEnormousLines(t *testing.T) {
	z := New(Config{})
	in := strings.Repeat("ما هر روز کتاب ها را می خوانیم ", 20000) // no punctuation: one long run
	want := strings.Repeat("ما هر روز کتاب‌ها را می‌خوانیم ", 20000)
	assert.True(t, want == repairString(z, in))
	long := strings.Repeat("م", 100000) // a "word" far longer than any key
	assert.Equal(t, long, repairString(z, long))
}

func TestUserWordsAndExceptions(t *testing.T) {
	z := New(Config{Words: []string{"ری‌استارت", "کتاب‌خوان", "not a word"}})
	assert.Equal(t, showZWNJ("ری‌استارت کنید"), showZWNJ(repairString(z, "ریاستارت کنید")))
	assert.Equal(t, showZWNJ("ری‌استارت کنید"), showZWNJ(repairString(z, "ری استارت کنید")), "parts of a user word are joined")

	glued := New(Config{Words: []string{"میکنیم"}})
	assert.Equal(t, "میکنیم", repairString(glued, "میکنیم"), "a user word without ZWNJ is never split")

	z = New(Config{Exceptions: []string{"میکنیم", "کتاب ها"}})
	assert.Equal(t, "میکنیم و کتاب ها", repairString(z, "میکنیم و کتاب ها"))
	assert.Equal(t, showZWNJ("می‌خوانیم"), showZWNJ(repairString(z, "میخوانیم")), "other words are still repaired")
}

func TestZWNJRepairIsSafeForConcurrentUse(t *testing.T) {
	z := New(Config{})
	in := []byte("دانشجویان کتاب ها را میخوانند و بین المللی")
	want := repairString(z, string(in))
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := make([]byte, 0, 256)
			for range 200 {
				assert.Equal(t, want, string(z.Append(buf[:0], in)))
			}
		}()
	}
	wg.Wait()
}

func TestZWNJRepairDoesNotAllocate(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes sync.Pool drop its contents")
	}
	z := New(Config{})
	in := []byte("ما هر روز کتاب ها را میخوانیم و گفت وگوهایی در همایش بینالمللی داریم، https://example.ir")
	buf := make([]byte, 0, 4*len(in))
	allocs := testing.AllocsPerRun(100, func() { buf = z.Append(buf[:0], in) })
	assert.Zero(t, allocs)
}

// checkRepairInvariants holds for any input: the letters and everything
// else are kept in order, only gaps change, the result is stable, and no
// ZWNJ appears after a non-joining letter that was not there before.
func checkRepairInvariants(t *testing.T, z *Repairer, in []byte) {
	out := z.Append(nil, in)
	strip := func(b []byte) []byte {
		b = bytes.ReplaceAll(b, []byte("\u200c"), nil)
		return bytes.ReplaceAll(b, []byte(" "), nil)
	}
	require.Equal(t, strip(in), strip(out), "only gaps change: %q -> %q", in, out)
	again := z.Append(nil, out)
	require.Equal(t, string(out), string(again), "idempotent: %q", in)
	require.LessOrEqual(t, zwnjAfterNonJoiner(out), zwnjAfterNonJoiner(in), "%q -> %q", in, out)
	require.LessOrEqual(t, len(in)-len(out), bytes.Count(in, []byte(" ")), "at most the spaces go")
	if utf8.Valid(in) {
		require.True(t, utf8.Valid(out))
	}
}

func zwnjAfterNonJoiner(b []byte) int {
	n := 0
	var prev rune
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == script.ZWNJ && script.IsNonJoining(prev) {
			n++
		}
		prev = r
		b = b[size:]
	}
	return n
}

func FuzzZWNJRepair(f *testing.F) {
	for _, s := range []string{
		"میکنیم", "می کنیم", "کتاب ها", "پربازدید ها", "بین المللی", "گفت وگو ها",
		"خانه ای", "ماه می سال", "مِیکنیم", "کتاب\u200c ها", "\u200cها", "ها ها ها",
		"نامه ای ها", "بزرگ ترین ها", "https://x.ir/میکنیم", "\xffمیکنیم", "می می کنیم",
		"گفت و گو", "ری استارت", "a b", "",
	} {
		f.Add([]byte(s))
	}
	z := New(Config{Words: []string{"ری‌استارت"}, Exceptions: []string{"ماه می"}})
	f.Fuzz(func(t *testing.T, in []byte) {
		// Long inputs make the minimizer slow and find nothing short ones do not.
		checkRepairInvariants(t, z, in[:min(len(in), 256)])
	})
}

func TestCodeSpansAndCommentsAreNotProse(t *testing.T) {
	z := New(Config{})
	for _, in := range []string{
		"در `این کتاب ها است` نوشت",
		"متن <!-- کتاب ها --> پایان",
		"```میخوانیم```",
	} {
		assert.Equal(t, in, repairString(z, in))
	}
	assert.Equal(t, showZWNJ("`کد` و کتاب‌ها"), showZWNJ(repairString(z, "`کد` و کتاب ها")), "prose after a code span is repaired")
}
