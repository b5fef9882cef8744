package date

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func mustDate(t *testing.T, r Rule, y int, m Month, d int) Date {
	t.Helper()
	date, err := r.New(y, m, d)
	require.NoError(t, err)
	return date
}

func TestNewRejectsImpossibleDates(t *testing.T) {
	for _, c := range []struct {
		y, m, d int
		msg     string
	}{
		{1404, 12, 30, "date: day 30 of Esfand in common year 1404"},
		{1404, 7, 31, "date: day 31 of Mehr out of range"},
		{1404, 13, 1, "date: month 13 out of range"},
		{1404, 0, 1, "date: month 0 out of range"},
		{1404, 1, 0, "date: day 0 out of range"},
		{0, 1, 1, "date: year 0 outside 1–3177"},
		{3178, 1, 1, "date: year 3178 outside 1–3177"},
	} {
		_, err := New(c.y, Month(c.m), c.d)
		assert.EqualError(t, err, c.msg)
	}
	_, err := New(1403, Esfand, 30)
	assert.NoError(t, err, "1403 is leap")
}

func TestDateAccessors(t *testing.T) {
	d := mustDate(t, Official, 1403, Esfand, 30)
	assert.Equal(t, 1403, d.Year())
	assert.Equal(t, Esfand, d.Month())
	assert.Equal(t, 30, d.Day())
	assert.True(t, d.IsLeap())
	assert.Equal(t, 30, d.DaysInMonth())
	assert.Equal(t, 366, d.YearDay())
	assert.Equal(t, Thursday, d.Weekday())
	assert.Equal(t, Official, d.Rule())
	assert.Equal(t, "2025-03-20T00:00:00+03:30", d.Time(nil).Format(time.RFC3339))
	assert.Equal(t, "2025-03-20T09:30:00Z", d.At(9, 30, 0, 0, time.UTC).Format(time.RFC3339))
	assert.True(t, Date{}.IsZero())
	assert.True(t, Date{}.Time(nil).IsZero())
}

func TestTehranIsTheNamedZone(t *testing.T) {
	// The zone comes from the embedded database when the system has none.
	assert.Equal(t, "Asia/Tehran", Tehran().String())
	assert.Same(t, Tehran(), Tehran())
}

func TestTehranDaylightSavingBefore2022(t *testing.T) {
	// In 1401 (2022) Iran still observed DST: 1 Farvardin 1401 00:00 became
	// 01:00. From 1402 on it is +03:30 all year.
	d := mustDate(t, Official, 1400, Tir, 1)
	assert.Equal(t, "2021-06-22T00:00:00+04:30", d.Time(nil).Format(time.RFC3339))
	d = mustDate(t, Official, 1402, Tir, 1)
	assert.Equal(t, "2023-06-22T00:00:00+03:30", d.Time(nil).Format(time.RFC3339))
}

func TestAddDatePinsDayToMonthEnd(t *testing.T) {
	for _, c := range []struct {
		from            Date
		years, months   int
		days            int
		want            string
		wantErrContains string
	}{
		{mustDate(t, Official, 1404, Shahrivar, 31), 0, 1, 0, "1404-07-30", ""},
		{mustDate(t, Official, 1403, Esfand, 30), 1, 0, 0, "1404-12-29", ""},
		{mustDate(t, Official, 1404, Farvardin, 3), 0, -1, 0, "1403-12-03", ""},
		{mustDate(t, Official, 1404, Farvardin, 3), 0, 0, -3, "1403-12-30", ""},
		{mustDate(t, Official, 1404, Farvardin, 3), 0, 0, 365, "1405-01-03", ""},
		{mustDate(t, Official, 1404, Farvardin, 3), 0, 25, 0, "1406-02-03", ""},
		{mustDate(t, Official, 1, Farvardin, 1), 0, 0, -1, "", "outside"},
		{mustDate(t, Official, 3177, Esfand, 1), 0, 1, 0, "", "outside"},
		{mustDate(t, Official, 1404, Farvardin, 1), 1 << 40, 0, 0, "", "outside"},
	} {
		got, err := c.from.AddDate(c.years, c.months, c.days)
		if c.wantErrContains != "" {
			assert.ErrorContains(t, err, c.wantErrContains)
			continue
		}
		require.NoError(t, err)
		assert.Equal(t, c.want, got.String(), "%v + %d y %d m %d d", c.from, c.years, c.months, c.days)
	}
}

func TestCompareAndSub(t *testing.T) {
	a := mustDate(t, Official, 1404, Farvardin, 3)
	b := mustDate(t, Official, 1404, Farvardin, 10)
	assert.Equal(t, -1, a.Compare(b))
	assert.Equal(t, 1, b.Compare(a))
	assert.Equal(t, 0, a.Compare(a))
	assert.True(t, a.Before(b))
	assert.True(t, b.After(a))
	assert.Equal(t, 7, b.Sub(a))
	// The same day under the two rules compares equal even though the
	// values differ.
	j := mustDate(t, Jalaali, 1404, Farvardin, 3)
	assert.Equal(t, 0, a.Compare(j))
	assert.NotEqual(t, a, j)
}

func TestTextAndJSONRoundTrip(t *testing.T) {
	d := mustDate(t, Official, 1404, Farvardin, 3)
	text, err := d.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "1404-01-03", string(text))

	type event struct {
		On Date `json:"on"`
	}
	js, err := json.Marshal(event{d})
	require.NoError(t, err)
	assert.JSONEq(t, `{"on":"1404-01-03"}`, string(js))
	var back event
	require.NoError(t, json.Unmarshal(js, &back))
	assert.Equal(t, d, back.On)

	js, err = json.Marshal(event{})
	require.NoError(t, err)
	assert.JSONEq(t, `{"on":""}`, string(js))
	require.NoError(t, json.Unmarshal(js, &back))
	assert.True(t, back.On.IsZero())

	var p Date
	require.NoError(t, p.UnmarshalText([]byte("۱۴۰۴-۰۱-۰۳")))
	assert.Equal(t, d, p)
	assert.Error(t, p.UnmarshalText([]byte("1404-12-30")))
	assert.Error(t, p.UnmarshalText([]byte("1404/01/03")))

	j := Date{rule: Jalaali}
	require.NoError(t, j.UnmarshalText([]byte("1502-12-30")))
	assert.Equal(t, Jalaali, j.Rule(), "UnmarshalText keeps the receiver's rule")
}

func TestNames(t *testing.T) {
	assert.Equal(t, "فروردین", Farvardin.Name(Persian))
	assert.Equal(t, "حمل", Farvardin.Name(Dari))
	assert.Equal(t, "وری", Farvardin.Name(Pashto))
	assert.Equal(t, "Farvardin", Farvardin.Name(Latin))
	assert.Equal(t, "Esfand", Esfand.String())
	assert.Equal(t, "حوت", Esfand.Name(Dari))
	assert.Equal(t, "%!Month(13)", Month(13).String())
	assert.Equal(t, "", Month(0).Name(Persian))
	assert.Equal(t, "سه\u200cشنبه", Tuesday.Name(Persian))
	assert.Equal(t, "اونۍ", Saturday.Name(Pashto))
	assert.Equal(t, "Friday", Friday.String())
	assert.Equal(t, "jalaali", Jalaali.String())
	assert.Equal(t, time.Sunday.String(), Sunday.String())
}

func TestFormatLayouts(t *testing.T) {
	d := mustDate(t, Official, 1404, Farvardin, 3)
	for _, c := range []struct {
		p      Printer
		layout string
		want   string
	}{
		{Printer{}, "yyyy/MM/dd", "۱۴۰۴/۰۱/۰۳"},
		{Printer{Digits: LatinDigits}, "yyyy/MM/dd", "1404/01/03"},
		{Printer{Digits: ArabicIndicDigits}, "y/M/d", "١٤٠٤/١/٣"},
		{Printer{}, "EEEE d MMMM yyyy", "یکشنبه ۳ فروردین ۱۴۰۴"},
		{Printer{Names: Dari}, "d MMMM y", "۳ حمل ۱۴۰۴"},
		{Printer{Names: Pashto}, "EEEE d MMMM", "يونۍ ۳ وری"},
		{Printer{Names: Latin, Digits: LatinDigits}, "EEEE, MMMM d, y 'AP'", "Sunday, Farvardin 3, 1404 AP"},
		{Printer{Digits: LatinDigits}, "'it''s' d", "it's 3"},
	} {
		assert.Equal(t, c.want, c.p.FormatDate(d, c.layout), c.layout)
	}
	tm := time.Date(2025, 3, 23, 18, 4, 5, 0, Tehran())
	assert.Equal(t, "۱۴۰۴/۰۱/۰۳ ۱۸:۰۴:۰۵", Format(tm, "yyyy/MM/dd HH:mm:ss"))
	assert.Equal(t, "6:04 PM", Printer{Names: Latin, Digits: LatinDigits}.Format(tm, "h:mm a"))
	assert.Equal(t, "۶:۰۴ ب.ظ.", Format(tm, "h:mm a"))
	assert.Equal(t, "%!(date outside 1–3177)", Format(time.Date(600, 1, 1, 0, 0, 0, 0, time.UTC), "y"))
	assert.Equal(t, "۱۴۰۴-۰۱-۰۳", d.Format("yyyy-MM-dd"))
}

func TestParseWithLayout(t *testing.T) {
	for _, c := range []struct{ layout, value, want string }{
		{"yyyy/MM/dd", "1404/01/03", "2025-03-23T00:00:00+03:30"},
		{"yyyy/MM/dd", "۱۴۰۴/۰۱/۰۳", "2025-03-23T00:00:00+03:30"},
		{"d MMMM y HH:mm", "3 فروردین 1404 18:14", "2025-03-23T18:14:00+03:30"},
		{"EEEE, MMMM d, y 'AP' h:mm a", "Sunday, Farvardin 3, 1404 AP 6:14 PM", "2025-03-23T18:14:00+03:30"},
		{"d MMMM y", "۳ حمل ۱۴۰۴", "2025-03-23T00:00:00+03:30"},
	} {
		got, err := Parse(c.layout, c.value)
		if assert.NoError(t, err, c.value) {
			assert.Equal(t, c.want, got.Format(time.RFC3339))
		}
	}
}

func TestParseWithLayoutRejects(t *testing.T) {
	for _, c := range []struct {
		layout, value, reason string
		offset                int
	}{
		{"yyyy/MM/dd", "1404/1/03", "expected month", 5},
		{"yyyy/MM/dd", "1404-01-03", "expected \"/\"", 4},
		{"yyyy/MM/dd", "1404/12/30", "day 30 of Esfand in common year 1404", 8},
		{"yyyy/MM/dd", "1404/01/03 ", "unexpected text after the layout", 10},
		{"EEEE yyyy/MM/dd", "دوشنبه 1404/01/03", "weekday Monday does not match 1404-01-03, a Sunday", 0},
		{"MM/dd", "01/03", "layout has no year", 0},
		{"d MMMM y", "3 Farvardinn 1404", "expected \" \"", 11},
		{"yyyy/MM/dd", "1404/0\xff/03", "expected month", 5},
		{"yyyy/MM/dd", "", "expected year", 0},
	} {
		_, err := Parse(c.layout, c.value)
		var pe *ParseError
		if assert.ErrorAs(t, err, &pe, c.value) {
			assert.Equal(t, c.reason, pe.Reason, c.value)
			assert.Equal(t, c.offset, pe.Offset, c.value)
			assert.Equal(t, c.layout, pe.Layout)
		}
	}
}

func TestParseErrorMessage(t *testing.T) {
	_, err := ParseLenient("30 اسفند 1404")
	assert.EqualError(t, err, `date: day 30 of Esfand in common year 1404 at byte 0 of "30 اسفند 1404"`)
}

func TestWallClockInDaylightSavingGapFollowsTimeDate(t *testing.T) {
	// Clocks moved from 00:00 to 01:00 on 2 Farvardin 1400 (2021-03-22), so
	// 00:30 did not exist; the result is time.Date's.
	got, err := ParseLenient("۲ فروردین ۱۴۰۰ ساعت ۰۰:۳۰")
	require.NoError(t, err)
	want := time.Date(2021, time.March, 22, 0, 30, 0, 0, Tehran())
	assert.True(t, want.Equal(got), "%v vs %v", got, want)
	_, offset := got.Zone()
	assert.Contains(t, []int{3*3600 + 1800, 4*3600 + 1800}, offset)
	t.Logf("00:30 in the gap reads as %v", got)
}
