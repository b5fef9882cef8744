package date

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Issue 11, item 6: a layout that reads a field twice accepts the value
// only if both readings agree; otherwise the last one used to win.
func TestParseRejectsRepeatedFieldsThatDisagree(t *testing.T) {
	for _, c := range []struct {
		layout, value, reason string
		offset                int
	}{
		{"yyyy/MM/dd d", "1404/01/03 4", "day 4 conflicts with day 3", 11},
		{"yyyy/MM/dd M", "1404/01/03 2", "month 2 conflicts with month 1", 11},
		{"yyyy/MM/dd MMMM", "1404/01/03 اردیبهشت", "month 2 conflicts with month 1", 11},
		{"yyyy/MM/dd y", "1404/01/03 1405", "year 1405 conflicts with year 1404", 11},
		{"h a HH yyyy/MM/dd", "5 PM 03 1404/01/03", "hour 3 conflicts with 5 after noon", 5},
		{"HH h a yyyy/MM/dd", "03 5 PM 1404/01/03", "hour 3 conflicts with 5 after noon", 0},
		{"HH a yyyy/MM/dd", "03 PM 1404/01/03", "hour 3 conflicts with the before/after noon marker", 0},
		{"EEEE E yyyy/MM/dd", "یکشنبه دوشنبه 1404/01/03", "weekday Monday conflicts with weekday Sunday", 13},
		{"mm yyyy/MM/dd mm", "05 1404/01/03 06", "minute 6 conflicts with minute 5", 14},
	} {
		_, err := Parse(c.layout, c.value)
		var pe *ParseError
		if assert.ErrorAs(t, err, &pe, c.value) {
			assert.Equal(t, c.reason, pe.Reason, c.value)
			assert.Equal(t, c.offset, pe.Offset, c.value)
			assert.ErrorIs(t, err, ErrMismatch, c.value)
		}
	}
	// The same value twice is no conflict.
	for _, c := range []struct{ layout, value string }{
		{"yyyy/MM/dd d", "1404/01/03 3"},
		{"d MMMM (yyyy/MM/dd)", "3 فروردین (1404/01/03)"},
		{"h a HH:mm yyyy/MM/dd", "6 PM 18:14 1404/01/03"},
	} {
		_, err := Parse(c.layout, c.value)
		assert.NoError(t, err, c.value)
	}
}

// Issue 11, item 7: an error names the value that failed as written and
// points at it.
func TestParseErrorsReportTheYearAsWritten(t *testing.T) {
	nineteen := "1234567890123456789"
	hundred := strings.Repeat("9876543210", 10)
	for _, c := range []struct {
		parse  func(string) error
		value  string
		reason string
	}{
		{lenient, nineteen + "/01/01", "year 1234567890123456789 outside 1–3177"},
		{lenient, "3 فروردین " + nineteen, "year 1234567890123456789 outside 1–3177"},
		{lenient, hundred + "/01/01", "year 98765432109876543210… (100 digits) outside 1–3177"},
		{lenient, "۳ فروردین ۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹", "year 1234567890123456789 outside 1–3177"},
		{lenient, "3 March " + nineteen, "Gregorian year 1234567890123456789 outside 622–3799"},
		{lenient, "3 رمضان " + nineteen, "Hijri year 1234567890123456789 outside 1–3274"},
		{layout("yyyy/MM/dd"), nineteen + "/01/01", "year 1234567890123456789 outside 1–3177"},
		{layout("y/M/d"), hundred + "/1/1", "year 98765432109876543210… (100 digits) outside 1–3177"},
		{layout("d MMMM y"), "3 فروردین " + nineteen, "year 1234567890123456789 outside 1–3177"},
	} {
		err := c.parse(c.value)
		var pe *ParseError
		if assert.ErrorAs(t, err, &pe, c.value) {
			assert.Equal(t, c.reason, pe.Reason, c.value)
			assert.Equal(t, yearOffset(c.value), pe.Offset, c.value)
			assert.ErrorIs(t, err, ErrOutOfRange)
		}
	}
}

// yearOffset returns the offset of the longest run of digits in s, where
// these tests put the year.
func yearOffset(s string) int {
	best, bestLen := 0, 0
	for i := 0; i < len(s); {
		j := i
		for j < len(s) {
			v, size := digitAt(s, j)
			if v < 0 {
				break
			}
			j += size
		}
		if j-i > bestLen {
			best, bestLen = i, j-i
		}
		if j == i {
			j++
		}
		i = j
	}
	return best
}

func lenient(s string) error { _, err := ParseLenient(s); return err }

func layout(l string) func(string) error {
	return func(s string) error { _, err := Parse(l, s); return err }
}

func TestParseErrorReportsAnOutOfRangeClockAtItsOffset(t *testing.T) {
	for _, c := range []struct {
		layout, value, reason string
		offset                int
	}{
		{"yyyy/MM/dd mm", "1404/01/03 61", "minute 61 out of range", 11},
		{"yyyy/MM/dd HH:mm", "1404/01/03 18:61", "minute 61 out of range", 14},
		{"yyyy/MM/dd HH:mm:ss", "1404/01/03 18:14:75", "second 75 out of range", 17},
		{"yyyy/MM/dd HH:mm", "1404/01/03 24:00", "hour 24 out of range", 11},
		{"yyyy/MM/dd h:mm a", "1404/01/03 13:00 PM", "hour 13 out of range 1–12", 11},
	} {
		_, err := Parse(c.layout, c.value)
		var pe *ParseError
		if assert.ErrorAs(t, err, &pe, c.value) {
			assert.Equal(t, c.reason, pe.Reason, c.value)
			assert.Equal(t, c.offset, pe.Offset, c.value)
		}
	}
	_, err := ParseLenient("1404/01/03 18:61")
	var pe *ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "minute 61 out of range", pe.Reason)
	assert.Equal(t, 14, pe.Offset)
}
