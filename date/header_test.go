package date

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestThreeCalendarHeaderIsOneMatch(t *testing.T) {
	text := "سرویس خبر - " + header + " - ۱۸:۱۴ | کد خبر: ۱۲۳۴۵"
	got := Find(text)
	require.Len(t, got, 1, "%+v", got)
	m := got[0]
	assert.Equal(t, header+" - ۱۸:۱۴", text[m.Start:m.End])
	assert.Equal(t, sundayEvening, m.Time.Format(time.RFC3339))
	assert.True(t, m.HasClock)
	assert.Equal(t, SolarHijri, m.Calendar)
	assert.False(t, m.Disagree)
	require.Len(t, m.Parts, 3)
	want := []struct {
		text          string
		cal           Calendar
		year, mon, dd int
	}{
		{"یکشنبه ۳ فروردین ۱۴۰۴", SolarHijri, 1404, 1, 3},
		{"۲۳ رمضان ۱۴۴۶", LunarHijri, 1446, 9, 23},
		{"۲۳ مارس ۲۰۲۵", Gregorian, 2025, 3, 23},
	}
	for i, w := range want {
		p := m.Parts[i]
		assert.Equal(t, w.text, text[p.Start:p.End])
		assert.Equal(t, Part{Start: p.Start, End: p.End, Calendar: w.cal, Year: w.year, Month: w.mon, Day: w.dd}, p)
	}
	parsed, err := ParseLenient(header)
	require.NoError(t, err)
	assert.Equal(t, sundayMidnight, parsed.Format(time.RFC3339))
}

func TestHeaderSeparatorsAndOrders(t *testing.T) {
	for _, in := range []string{
		"یکشنبه ۳ فروردین ۱۴۰۴ | ۲۳ رمضان ۱۴۴۶ | ۲۳ مارس ۲۰۲۵",
		"یکشنبه ۳ فروردین ۱۴۰۴، ۲۳ رمضان ۱۴۴۶، ۲۳ مارس ۲۰۲۵",
		"یکشنبه ۳ فروردین ۱۴۰۴ / ۲۳ رمضان ۱۴۴۶ / ۲۳ مارس ۲۰۲۵",
		"یکشنبه ۳ فروردین ۱۴۰۴ ۲۳ رمضان ۱۴۴۶ ۲۳ مارس ۲۰۲۵",
		"۳ فروردین ۱۴۰۴ (۲۳ مارس ۲۰۲۵)",
		"۳ فروردین ۱۴۰۴ برابر با ۲۳ مارس ۲۰۲۵",
		"۳ فروردین ۱۴۰۴ مطابق با ۲۳ رمضان ۱۴۴۶",
		"۲۳ مارس ۲۰۲۵ - ۳ فروردین ۱۴۰۴",
		"۲۳ رمضان ۱۴۴۶ ه‍.ق. - ۳ فروردین ۱۴۰۴ ه‍.ش.",
		"۱۴۰۴/۰۱/۰۳ - 2025/03/23",
		"Sunday, Farvardin 3, 1404 AP - March 23, 2025",
	} {
		got := Find(in)
		if assert.Len(t, got, 1, in) {
			assert.Equal(t, len(in), got[0].End-got[0].Start, in)
			assert.GreaterOrEqual(t, len(got[0].Parts), 2, in)
			assert.False(t, got[0].Disagree, in)
			assert.Equal(t, sundayMidnight, got[0].Time.Format(time.RFC3339), in)
		}
		parsed, err := ParseLenient(in)
		if assert.NoError(t, err, in) {
			assert.Equal(t, sundayMidnight, parsed.Format(time.RFC3339), in)
		}
	}
}

func TestHeaderLunarPartMayBeOneDayOff(t *testing.T) {
	// Iran's Ramadan 1446 began a day after the Umm al-Qura calendar's, so
	// Iranian pages printed 22 Ramadan for Sunday 23 March 2025.
	for _, lunar := range []string{"۲۲ رمضان ۱۴۴۶", "۲۳ رمضان ۱۴۴۶", "۲۴ رمضان ۱۴۴۶"} {
		in := "یکشنبه ۳ فروردین ۱۴۰۴ - " + lunar + " - ۲۳ مارس ۲۰۲۵"
		got := Find(in)
		require.Len(t, got, 1, in)
		assert.False(t, got[0].Disagree, in)
		_, err := ParseLenient(in)
		assert.NoError(t, err, in)
	}
	got := Find("یکشنبه ۳ فروردین ۱۴۰۴ - ۲۲ رمضان ۱۴۴۶ - ۲۳ مارس ۲۰۲۵")
	assert.Equal(t, -1, got[0].Parts[1].Offset)
}

func TestHeaderPartsThatDisagreeAreReported(t *testing.T) {
	for _, c := range []struct {
		in     string
		part   int
		offset int
		reason string
		at     string // the part the error points at
	}{
		{"یکشنبه ۳ فروردین ۱۴۰۴ - ۲۳ رمضان ۱۴۴۶ - ۲۴ مارس ۲۰۲۵", 2, 1,
			"Gregorian part is 1 day after the Solar Hijri date 1404-01-03", "۲۴ مارس"},
		{"یکشنبه ۳ فروردین ۱۴۰۴ - ۲۵ رمضان ۱۴۴۶ - ۲۳ مارس ۲۰۲۵", 1, 2,
			"Lunar Hijri part is 2 days after the Solar Hijri date 1404-01-03", "۲۵ رمضان"},
		{"۳ فروردین ۱۴۰۴ - ۲۰ مارس ۲۰۲۵", 1, -3,
			"Gregorian part is 3 days before the Solar Hijri date 1404-01-03", "۲۰ مارس"},
	} {
		got := Find(c.in)
		require.Len(t, got, 1, c.in)
		assert.True(t, got[0].Disagree, c.in)
		assert.Equal(t, c.offset, got[0].Parts[c.part].Offset, c.in)
		assert.Equal(t, sundayMidnight, got[0].Time.Format(time.RFC3339), "the first Solar Hijri or Gregorian part gives the day")

		_, err := ParseLenient(c.in)
		var pe *ParseError
		if assert.ErrorAs(t, err, &pe, c.in) {
			assert.Equal(t, c.reason, pe.Reason, c.in)
			assert.Equal(t, strings.Index(c.in, c.at), pe.Offset, c.in)
			assert.ErrorIs(t, err, ErrMismatch)
		}
	}
}

func TestHeaderWeekdayChecksTheDay(t *testing.T) {
	_, err := ParseLenient("دوشنبه ۳ فروردین ۱۴۰۴ - ۲۳ رمضان ۱۴۴۶ - ۲۳ مارس ۲۰۲۵")
	assert.ErrorIs(t, err, ErrMismatch)
	assert.Empty(t, Find("دوشنبه ۳ فروردین ۱۴۰۴ - ۲۳ رمضان ۱۴۴۶ - ۲۳ مارس ۲۰۲۵"))
}

func TestTwoDatesOfOneCalendarAreTwoMatches(t *testing.T) {
	got := Find("از ۳ فروردین ۱۴۰۴ - ۵ فروردین ۱۴۰۴ و از 2025/03/23 - 2025/03/25")
	require.Len(t, got, 4)
	for _, m := range got {
		assert.Nil(t, m.Parts)
	}
}
