package date

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFindReturnsDatesWithSpans(t *testing.T) {
	text := "جلسه روز یکشنبه ۳ فروردین ۱۴۰۴ ساعت ۱۸:۱۴ برگزار شد و گزارش آن در ۱۴۰۴/۰۱/۰۵ منتشر شد. " +
		"قرار بعدی ۳۱ مهر ۱۴۰۴ نیست؛ شماره ۱۲/۱۴۰۴/۰۱/۰۳ هم تاریخ نیست. نشست بعدی ۲۲ بهمن‌ماه ۱۴۰۳ بود."
	got := Find(text)
	require.Len(t, got, 3)
	want := []struct {
		span, instant string
		clock         bool
	}{
		{"روز یکشنبه ۳ فروردین ۱۴۰۴ ساعت ۱۸:۱۴", "2025-03-23T18:14:00+03:30", true},
		{"۱۴۰۴/۰۱/۰۵", "2025-03-25T00:00:00+03:30", false},
		{"۲۲ بهمن‌ماه ۱۴۰۳", "2025-02-10T00:00:00+03:30", false},
	}
	for i, w := range want {
		assert.Equal(t, w.span, text[got[i].Start:got[i].End])
		assert.Equal(t, w.instant, got[i].Time.Format(time.RFC3339))
		assert.Equal(t, w.clock, got[i].HasClock)
		d, err := FromTime(got[i].Time)
		require.NoError(t, err)
		assert.Equal(t, d, got[i].Date)
	}
}

func TestFindSeedLine(t *testing.T) {
	text := "بینالملل 18:14 - 03 فروردین 1404"
	got := Find(text)
	require.Len(t, got, 1)
	assert.Equal(t, "18:14 - 03 فروردین 1404", text[got[0].Start:got[0].End])
	assert.Equal(t, "2025-03-23T18:14:00+03:30", got[0].Time.Format(time.RFC3339))
}

func TestFindSkipsNonDates(t *testing.T) {
	for _, text := range []string{
		"",
		"سلام دنیا",
		"ساعت ۱۸:۱۴ رسید",
		"در سال ۱۴۰۴ و ماه مهر",
		"قیمت ۱۲/۰۵ است",
		"۳۰ اسفند ۱۴۰۴",         // common year
		"دوشنبه ۳ فروردین ۱۴۰۴", // wrong weekday
		"۳ فروردین ۰۴",          // two-digit year
		"\xff\xfe۳ \xff فروردین",
		"شابک 978-3-16 را ببینید",
		"شماره 12/05/78 است",
	} {
		assert.Empty(t, Find(text), text)
	}
}

func TestFindNumericYearWindow(t *testing.T) {
	got := Find("1200/01/01 و 1599/12/29 و ۳ فروردین ۲۰۲۵")
	require.Len(t, got, 3, "a month name makes any year a date")
	assert.Equal(t, "2025-01-03", got[2].Date.String())
}

func TestFindSentenceEndingDot(t *testing.T) {
	got := Find("این کتاب در ۱۴۰۴/۰۱/۰۳. منتشر شد و نسخهٔ دوم ۵ اردیبهشت ۱۴۰۴.")
	require.Len(t, got, 2)
	assert.Equal(t, "1404-02-05", got[1].Date.String())
}

func TestFindAcrossLongText(t *testing.T) {
	// Many tokens between dates move Find's token window many times.
	const filler = "و این جمله هیچ تاریخی ندارد، با ۱۲ و ۳۴ عدد. "
	const when = "۲۲ بهمن ۱۴۰۳ ساعت ۱۰:۰۰"
	var b strings.Builder
	for i := range 500 {
		b.WriteString(strings.Repeat(filler, i%7))
		b.WriteString(when)
		b.WriteString(" ")
	}
	text := b.String()
	got := Find(text)
	require.Len(t, got, 500)
	for _, m := range got {
		require.Equal(t, when, text[m.Start:m.End])
		require.Equal(t, "2025-02-10T10:00:00+03:30", m.Time.Format(time.RFC3339))
	}
}

func TestFindOnEnormousLineWithoutDates(t *testing.T) {
	text := strings.Repeat("۱۴۰۴/", 200000) + strings.Repeat("\xff", 1000)
	assert.Empty(t, Find(text))
}

func TestWordsJoinedByZWNJAreNotNames(t *testing.T) {
	// می‌تواند is no May, شنبه‌ها no Saturday: a ZWNJ joins the parts of one
	// word.
	for _, text := range []string{
		"کدام یک از این سه می‌تواند نجات‌بخش باشد",
		"در برنامهٔ پنج‌سالهٔ سوم می‌بینیم",
		"مجلس ششم می‌تواند",
		"۱۲ شنبه‌ها و ۳ مهر‌ها",
	} {
		assert.Empty(t, Find(text), text)
	}
	got := Find("نشست سوم می ۲۰۲۵ بود")
	require.Len(t, got, 1)
	assert.Equal(t, "2025-05-03", got[0].Time.Format("2006-01-02"))
}

func TestDariMonthNamesNeedAYearInRunningText(t *testing.T) {
	// عقرب is a scorpion and میزان an amount, unless a year follows.
	for _, text := range []string{"۲۰ عقرب را دزدیدند", "به ۳ میزان رسید", "۵ حوت"} {
		assert.Empty(t, Find(text), text)
	}
	got := Find("در ۲۰ عقرب ۱۴۰۳ برگزار شد")
	require.Len(t, got, 1)
	assert.Equal(t, "1403-08-20", got[0].Date.String())
	assert.NotEmpty(t, Parser{Now: time.Now()}.Find("در ۲۰ آبان برگزار شد"), "Iranian names are dates without a year")
}
