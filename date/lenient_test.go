package date

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseLenientAcceptsRealWorldForms(t *testing.T) {
	const sunday = "2025-03-23T00:00:00+03:30"
	const evening = "2025-03-23T18:14:00+03:30"
	for _, c := range []struct{ in, want string }{
		{"18:14 - 03 فروردین 1404", evening}, // the seed page
		{"۳ فروردین ۱۴۰۴", sunday},
		{"۱۴۰۴/۰۱/۰۳", sunday},
		{"یکشنبه ۳ فروردین ۱۴۰۴ ساعت ۱۸:۱۴", evening},
		{"1404-01-03", sunday},
		{"1404.1.3", sunday},
		{"۱۴۰۴-1-٣", sunday}, // three digit sets in one date
		{"03/01/1404", sunday},
		{"٣ فروردين ١٤٠٤", sunday},        // Arabic yeh and Arabic-Indic digits
		{"يكشنبه ٣ فروردين ١٤٠٤", sunday}, // Arabic yeh and kaf in the weekday
		{"۳ فروردین‌ماه ۱۴۰۴", sunday},
		{"۳ فروردین ماه ۱۴۰۴", sunday},
		{"۳ فروردینماه سال ۱۴۰۴", sunday},
		{"۳ فروردین ۱۴۰۴ ه‍.ش.", sunday},
		{"۳ فروردین ۱۴۰۴ هجری شمسی", sunday},
		{"۱۸:۱۴:۳۰ ۳ فروردین ۱۴۰۴", "2025-03-23T18:14:30+03:30"},
		{"۳ فروردین ۱۴۰۴ - ۱۸:۱۴", evening},
		{"روز یکشنبه ۳ فروردین ۱۴۰۴", sunday},
		{"ساعت ۱۸:۱۴ روز یکشنبه ۳ فروردین ۱۴۰۴", evening},
		{"۱۴۰۴/۰۱/۰۳ یکشنبه", sunday},
		{"۱۰ اردی بهشت ۱۴۰۴", "2025-04-30T00:00:00+03:30"},
		{"۱۰ اردی‌بهشت ۱۴۰۴", "2025-04-30T00:00:00+03:30"},
		{"۱ امرداد ۱۴۰۴", "2025-07-23T00:00:00+03:30"},
		{"سه شنبه ۵ فروردین ۱۴۰۴", "2025-03-25T00:00:00+03:30"},
		{"سه‌شنبه ۵ فروردین ۱۴۰۴", "2025-03-25T00:00:00+03:30"},
		{"۳۰ اسفند ۱۴۰۳", "2025-03-20T00:00:00+03:30"},
		// ICU 78 / CLDR 48 outputs with the Persian calendar.
		{"۱۴۰۴ فروردین ۳, یکشنبه ساعت ۱۸:۱۴", evening},
		{"۳ فروردین ۱۴۰۴ ساعت ۱۸:۱۴", evening},
		{"۳ فروردین ۱۴۰۴، ۱۸:۱۴", evening},
		{"۱۴۰۴/۱/۳, ۱۸:۱۴", evening},
		{"۱۴۰۴ حمل ۳, یکشنبه ساعت ۱۸:۱۴", evening},
		{"۳ حمل ۱۴۰۴", sunday},
		{"۳ سنبلهٔ ۱۴۰۴", "2025-08-25T00:00:00+03:30"},
		{"AP ۱۴۰۴ وری ۳, يونۍ په ۱۸:۱۴", evening},
		{"AP ۱۴۰۴/۱/۳ ۱۸:۱۴", evening},
		{"Sunday, Farvardin 3, 1404 AP at 6:14 PM", evening},
		{"Farvardin 3, 1404 AP, 6:14\u202fPM", evening},
		{"1/3/1404 AP, 6:14 PM", evening},
		{"farvardin 3 1404", sunday},
		{"۳فروردین۱۴۰۴", sunday}, // no spaces around the month
		{"3فروردین1404", sunday},
		{"۹:۰۰ ق.ظ. ۳ فروردین ۱۴۰۴", "2025-03-23T09:00:00+03:30"},
		{"\u200f۳ فروردین ۱۴۰۴\u200f", sunday}, // bidi marks around the date
	} {
		got, err := ParseLenient(c.in)
		if assert.NoError(t, err, c.in) {
			assert.Equal(t, c.want, got.Format(time.RFC3339), c.in)
		}
	}
}

func TestParseLenientRejects(t *testing.T) {
	for _, c := range []struct {
		in, reason string
		offset     int
	}{
		{"", "no date in empty input", 0},
		{"30 اسفند 1404", "day 30 of Esfand in common year 1404", 0},
		{"31 مهر 1404", "day 31 of Mehr out of range", 0},
		{"1404/13/01", "month 13 out of range", 5},
		{"1404/00/01", "month 0 out of range", 5},
		{"03 فروردین 04", "ambiguous two-digit year 4", 18},
		{"04/01/03", "ambiguous two-digit year 4", 0},
		{"دوشنبه ۳ فروردین ۱۴۰۴", "weekday Monday does not match 1404-01-03, a Sunday", 0},
		{"3 فروردین 1404 سلام", "unexpected word \"سلام\"", 22},
		{"25:00 3 فروردین 1404", "hour 25 out of range", 0},
		{"13:00 PM 3 فروردین 1404", "hour 13 with a 12-hour marker", 0},
		{"3178/01/01 ه.ش.", "year 3178 outside 1–3177", 0},
		{"سلام", "expected a date", 0},
		{"1404/01-03", "expected a date", 0},
		{"1404/01/03\xff", "unexpected \"\\xff\"", 10},
	} {
		_, err := ParseLenient(c.in)
		var pe *ParseError
		if assert.ErrorAs(t, err, &pe, c.in) {
			assert.Equal(t, c.reason, pe.Reason, c.in)
			assert.Equal(t, c.offset, pe.Offset, c.in)
			assert.Equal(t, c.in, pe.Input)
		}
	}
}

func TestParseLenientEnormousLine(t *testing.T) {
	line := strings.Repeat("۳ فروردین ۱۴۰۴ ", 100000)
	_, err := ParseLenient(line)
	var pe *ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "too many elements for one date", pe.Reason)
	assert.Less(t, len(pe.Error()), 300, "the message quotes only part of the input")
}

func TestParseLenientJalaaliRuleAndLocation(t *testing.T) {
	// 30 Esfand 1502 exists only under the jalaali rule.
	_, err := ParseLenient("۳۰ اسفند ۱۵۰۲")
	assert.Error(t, err)
	got, err := Parser{Rule: Jalaali, Location: time.UTC}.ParseLenient("۳۰ اسفند ۱۵۰۲")
	require.NoError(t, err)
	assert.Equal(t, "2124-03-20T00:00:00Z", got.Format(time.RFC3339))
}

// TestParseLenientReadsICUOutput reads back what ICU 78 prints for the
// Persian calendar in fa-IR, fa-AF, ps and en, in all four date styles,
// for 60 instants over 30 years (testdata/icu-formats.tsv).
func TestParseLenientReadsICUOutput(t *testing.T) {
	data, err := os.ReadFile("testdata/icu-formats.tsv")
	require.NoError(t, err)
	n, repeated := 0, 0
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		require.Len(t, cols, 4, line)
		got, err := ParseLenient(cols[2])
		n++
		if !assert.NoError(t, err, "%s %s", cols[0], cols[1]) {
			continue
		}
		want, err := time.Parse(time.RFC3339, cols[3])
		require.NoError(t, err)
		if got.Equal(want) {
			continue
		}
		// The hour repeated when daylight saving ended: ICU takes its first
		// occurrence, time.Date (as documented) may take the second.
		assert.Equal(t, want.In(Tehran()).Format(time.DateTime), got.Format(time.DateTime), cols[2])
		assert.Equal(t, time.Hour, got.Sub(want), cols[2])
		repeated++
	}
	assert.Equal(t, 60*16, n)
	t.Logf("%d lines, %d in a repeated hour", n, repeated)
}
