package date

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestClockForms(t *testing.T) {
	day := "۳ فروردین ۱۴۰۴ "
	for _, c := range []struct{ in, want string }{
		{"ساعت ۱۸", "18:00:00"},
		{"ساعت ۱۸:۱۴", "18:14:00"},
		{"ساعت ۱۸ و ۳۰ دقیقه", "18:30:00"},
		{"ساعت ۱۸ و ۳۰ دقیقه و ۱۵ ثانیه", "18:30:15"},
		{"۱۸ و ۳۰ دقیقه", "18:30:00"},
		{"ساعت ۶ و نیم صبح", "06:30:00"},
		{"ساعت شش و ربع بعدازظهر", "18:15:00"},
		{"۶ بعدازظهر", "18:00:00"},
		{"ساعت ۶ بعد از ظهر", "18:00:00"},
		{"ساعت ۶ عصر", "18:00:00"},
		{"ساعت ۱۰ شب", "22:00:00"},
		{"ساعت ۲۲ شب", "22:00:00"},
		{"ساعت ۲ بامداد", "02:00:00"},
		{"ساعت ۱۲ ظهر", "12:00:00"},
		{"ساعت ۸ صبح", "08:00:00"},
		{"۶:۱۴ ب.ظ.", "18:14:00"},
		{"۶:۱۴ ق.ظ.", "06:14:00"},
		{"۱۲:۳۰ ق.ظ.", "00:30:00"},
		{"ساعت ۶:۱۴ ب.ظ", "18:14:00"},
		{"at 6 PM", "18:00:00"},
		{"- ۱۸:۱۴:۳۰", "18:14:30"},
		{"، ۱۸:۱۴", "18:14:00"},
	} {
		got, err := ParseLenient(day + c.in)
		if assert.NoError(t, err, c.in) {
			assert.Equal(t, "2025-03-23 "+c.want, got.Format(time.DateTime), c.in)
		}
	}
	// Before the date.
	for _, in := range []string{"ساعت ۱۸ روز یکشنبه ۳ فروردین ۱۴۰۴", "۶ بعدازظهر ۳ فروردین ۱۴۰۴", "18:00 - 03 فروردین 1404"} {
		got, err := ParseLenient(in)
		if assert.NoError(t, err, in) {
			assert.Equal(t, "2025-03-23 18:00:00", got.Format(time.DateTime), in)
		}
	}
}

func TestTBetweenDateAndTime(t *testing.T) {
	for _, in := range []string{"۱۴۰۴/۰۱/۰۳T۱۰:۰۰", "1404-01-03T10:00", "2025-03-23T10:00:00", "۱۴۰۴/۰۱/۰۳ ۱۰:۰۰"} {
		got, err := ParseLenient(in)
		if assert.NoError(t, err, in) {
			assert.Equal(t, "2025-03-23T10:00:00+03:30", got.Format(time.RFC3339), in)
		}
	}
	_, err := ParseLenient("۱۴۰۴/۰۱/۰۳ T۱۰:۰۰")
	assert.Error(t, err, "the T joins without spaces")
}

func TestClocksThatAreNotClocks(t *testing.T) {
	for _, c := range []struct{ in, reason string }{
		{"۳ فروردین ۱۴۰۴ ساعت ۲۵", "hour 25 out of range"},
		{"۳ فروردین ۱۴۰۴ ۱۳:۰۰ ب.ظ.", "hour 13 with a 12-hour marker"},
		{"۳ فروردین ۱۴۰۴ ساعت ۱۵ صبح", "hour 15 does not fit the part of the day"},
		{"۳ فروردین ۱۴۰۴ ساعت ۱۸ و ۶۱ دقیقه", "minute 61 out of range"},
		{"۳ فروردین ۱۴۰۴ ۱۸:۶۱", "minute 61 out of range"},
	} {
		_, err := ParseLenient(c.in)
		var pe *ParseError
		if assert.ErrorAs(t, err, &pe, c.in) {
			assert.Equal(t, c.reason, pe.Reason, c.in)
			assert.ErrorIs(t, err, ErrNoSuchDate)
		}
	}
	// A number after a date is no clock without ساعت or a part of the day.
	_, err := ParseLenient("۳ فروردین ۱۴۰۴ - ۱۸")
	assert.Error(t, err)
	got := Find("بازه ۳ فروردین ۱۴۰۴ - ۱۸ فروردین ۱۴۰۴")
	assert.Len(t, got, 2)
}

func TestClockMinuteOutOfRangeAtItsOffset(t *testing.T) {
	const in = "۳ فروردین ۱۴۰۴ ۱۸:۶۱"
	_, err := ParseLenient(in)
	var pe *ParseError
	if assert.ErrorAs(t, err, &pe) {
		assert.Equal(t, len("۳ فروردین ۱۴۰۴ ۱۸:"), pe.Offset)
	}
}
