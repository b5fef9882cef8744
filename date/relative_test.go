package date

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// now is the reference time of these tests: Sunday 3 Farvardin 1404,
// 14:30 in Tehran.
var now = time.Date(2025, 3, 23, 14, 30, 0, 0, Tehran())

func TestDayWordsAgainstTheReferenceTime(t *testing.T) {
	p := Parser{Now: now}
	for _, c := range []struct{ in, want string }{
		{"امروز", "2025-03-23 00:00:00"},
		{"دیروز", "2025-03-22 00:00:00"},
		{"پریروز", "2025-03-21 00:00:00"},
		{"فردا", "2025-03-24 00:00:00"},
		{"پس‌فردا", "2025-03-25 00:00:00"},
		{"پس فردا", "2025-03-25 00:00:00"},
		{"امروز ساعت ۸:۱۵", "2025-03-23 08:15:00"},
		{"دیروز ساعت ۱۸", "2025-03-22 18:00:00"},
		{"ساعت ۸ صبح دیروز", "2025-03-22 08:00:00"},
		{"فردا ۶ بعدازظهر", "2025-03-24 18:00:00"},
		{"yesterday at 6 PM", "2025-03-22 18:00:00"},
	} {
		got, err := p.ParseLenient(c.in)
		if assert.NoError(t, err, c.in) {
			assert.Equal(t, c.want, got.Format(time.DateTime), c.in)
		}
	}
}

func TestAmountsMoveTheReferenceTime(t *testing.T) {
	p := Parser{Now: now}
	for _, c := range []struct{ in, want string }{
		{"۳۰ ثانیه پیش", "2025-03-23 14:29:30"},
		{"۵ دقیقه پیش", "2025-03-23 14:25:00"},
		{"۲ ساعت پیش", "2025-03-23 12:30:00"},
		{"دو ساعت پیش", "2025-03-23 12:30:00"},
		{"یک ساعت و ۲۰ دقیقه پیش", "2025-03-23 13:10:00"},
		{"۳ روز پیش", "2025-03-20 14:30:00"},
		{"۳ روز قبل", "2025-03-20 14:30:00"},
		{"۳ روز دیگر", "2025-03-26 14:30:00"},
		{"۲ هفته پیش", "2025-03-09 14:30:00"},
		{"یک ماه پیش", "2025-02-21 14:30:00"}, // 3 Esfand 1403: months are Solar Hijri
		{"۱ سال پیش", "2024-03-22 14:30:00"},  // 3 Farvardin 1403
		{"۱۰ سال بعد", "2035-03-23 14:30:00"},
		{"2 hours ago", "2025-03-23 12:30:00"},
	} {
		got, err := p.ParseLenient(c.in)
		if assert.NoError(t, err, c.in) {
			assert.Equal(t, c.want, got.Format(time.DateTime), c.in)
		}
	}
	_, hasClock, err := p.ParseLenientDate("۲ ساعت پیش")
	require.NoError(t, err)
	assert.True(t, hasClock)
	_, hasClock, err = p.ParseLenientDate("۲ روز پیش")
	require.NoError(t, err)
	assert.False(t, hasClock)
	_, err = p.ParseLenient("۵۰۰۰ سال پیش")
	assert.ErrorIs(t, err, ErrOutOfRange)
}

func TestMonthEndIsPinnedWhenMovingByMonths(t *testing.T) {
	p := Parser{Now: time.Date(2025, 9, 22, 9, 0, 0, 0, Tehran())} // 31 Shahrivar 1404
	got, err := p.ParseLenient("یک ماه دیگر")
	require.NoError(t, err)
	d, _ := FromTime(got)
	assert.Equal(t, "1404-07-30", d.String())
}

func TestDayWithoutYearIsTheNearestOccurrence(t *testing.T) {
	for _, c := range []struct {
		now      time.Time
		in, want string
	}{
		{now, "۳ فروردین", "2025-03-23"},
		{now, "۲۹ اسفند", "2025-03-19"},  // four days ago, not next year
		{now, "۱ شهریور", "2025-08-23"},  // five months ahead rather than seven behind
		{now, "۲۰ مهر", "2024-10-11"},    // nearer in the past
		{now, "۲۵ دسامبر", "2024-12-25"}, // Gregorian
		{now, "March 30", "2025-03-30"},  // a Latin month before the day
		{now, "۱ شوال", "2025-03-30"},    // Umm al-Qura
		{now, "یکشنبه ۳ فروردین", "2025-03-23"},
		{time.Date(2025, 1, 5, 0, 0, 0, 0, Tehran()), "۳۰ اسفند", "2025-03-20"}, // 1403 is leap
		{time.Date(2028, 3, 1, 0, 0, 0, 0, Tehran()), "۲۹ فوریه", "2028-02-29"},
	} {
		got, err := Parser{Now: c.now}.ParseLenient(c.in)
		if assert.NoError(t, err, c.in) {
			assert.Equal(t, c.want, got.Format(time.DateOnly), c.in)
		}
	}
	_, err := Parser{Now: now}.ParseLenient("دوشنبه ۳ فروردین")
	assert.ErrorIs(t, err, ErrMismatch)
}

func TestFindMarksRelativeDates(t *testing.T) {
	text := "این خبر ۲ ساعت پیش منتشر شد؛ نشست دیروز ساعت ۱۸ بود و دور بعدی ۱۵ فروردین است."
	got := Parser{Now: now}.Find(text)
	require.Len(t, got, 3)
	for i, w := range []struct{ span, when string }{
		{"۲ ساعت پیش", "2025-03-23 12:30:00"},
		{"دیروز ساعت ۱۸", "2025-03-22 18:00:00"},
		{"۱۵ فروردین", "2025-04-04 00:00:00"},
	} {
		assert.Equal(t, w.span, text[got[i].Start:got[i].End])
		assert.Equal(t, w.when, got[i].Time.Format(time.DateTime))
		assert.True(t, got[i].Relative)
	}
}

func TestZeroNowIsTheCurrentTime(t *testing.T) {
	before := time.Now()
	got, err := ParseLenient("امروز")
	require.NoError(t, err)
	today := before.In(Tehran())
	assert.Equal(t, today.Format(time.DateOnly), got.Format(time.DateOnly))
}

func TestAmountsCountedFromSomethingElseAreNotDates(t *testing.T) {
	p := Parser{Now: now}
	for _, in := range []string{"۲۰۰ سال قبل از میلاد", "سه ماه بعد از این قضیه", "دو سال پیش از انقلاب"} {
		assert.Empty(t, p.Find(in), in)
	}
	assert.Len(t, p.Find("دو سال پیش در این شهر"), 1)
}
