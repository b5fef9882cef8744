package date

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTodayAndNowAreInTehran(t *testing.T) {
	n := Now()
	assert.Equal(t, Tehran(), n.Location())
	today := Today()
	want, err := FromTime(time.Now().In(Tehran()))
	require.NoError(t, err)
	// The day may turn between the two calls; allow it.
	assert.LessOrEqual(t, today.Sub(want), 1)
	assert.GreaterOrEqual(t, today.Sub(want), 0)
}

func TestWeeksBeginOnSaturday(t *testing.T) {
	d := mustDate(t, Official, 1404, Farvardin, 3) // a Sunday
	assert.Equal(t, "1404-01-02", d.WeekStart().String())
	assert.Equal(t, Saturday, d.WeekStart().Weekday())
	assert.Equal(t, 1, Saturday.DayOfWeek())
	assert.Equal(t, 2, Sunday.DayOfWeek())
	assert.Equal(t, 7, Friday.DayOfWeek())
	assert.Equal(t, 0, Weekday(9).DayOfWeek())
	sat := mustDate(t, Official, 1404, Farvardin, 2)
	assert.Equal(t, sat, sat.WeekStart())
	assert.True(t, Date{}.WeekStart().IsZero())
}

func TestWeekOfYear(t *testing.T) {
	for _, c := range []struct {
		y, m, d    int
		year, week int
		comment    string
	}{
		{1404, 1, 1, 1404, 1, "1 Farvardin 1404 is a Friday: a week of one day"},
		{1404, 1, 2, 1404, 2, "the Saturday after starts week 2"},
		{1404, 1, 8, 1404, 2, ""},
		{1404, 1, 9, 1404, 3, ""},
		{1403, 12, 24, 1403, 52, "Friday 24 Esfand"},
		{1403, 12, 25, 1404, 1, "Saturday 25 Esfand begins the week of 1 Farvardin 1404"},
		{1403, 12, 30, 1404, 1, "the last days of Esfand in the week of 1 Farvardin"},
		{1403, 1, 1, 1403, 1, "1 Farvardin 1403 is a Wednesday"},
		{1403, 1, 4, 1403, 2, "Saturday 4 Farvardin 1403"},
	} {
		year, week := mustDate(t, Official, c.y, Month(c.m), c.d).Week()
		assert.Equal(t, [2]int{c.year, c.week}, [2]int{year, week}, "%d-%d-%d %s", c.y, c.m, c.d, c.comment)
	}
	// Every week number is in 1–53 and weeks run on one by one.
	prevYear, prevWeek := 0, 0
	for n := int(Official.starts()[1300]); n < int(Official.starts()[1500]); n++ {
		d, _ := Official.fromDays(n)
		y, w := d.Week()
		require.True(t, w >= 1 && w <= 53, "%v: week %d", d, w)
		if d.Weekday() == Saturday {
			require.True(t, y == prevYear && w == prevWeek+1 || y == prevYear+1 && w == 1 || prevYear == 0, "%v: %d/%d after %d/%d", d, y, w, prevYear, prevWeek)
		} else if prevYear != 0 {
			require.Equal(t, [2]int{prevYear, prevWeek}, [2]int{y, w}, "%v", d)
		}
		prevYear, prevWeek = y, w
	}
	y, w := Date{}.Week()
	assert.Zero(t, y+w)
}

func TestNewLayoutElements(t *testing.T) {
	tm := time.Date(2025, 3, 23, 18, 4, 5, 0, Tehran())
	latin := Printer{Digits: LatinDigits}
	for _, c := range []struct {
		p      Printer
		layout string
		want   string
	}{
		{latin, "yy/MM/dd", "04/01/03"},
		{latin, "Z", "+0330"},
		{latin, "ZZZZZ", "+03:30"},
		{latin, "xxx", "+03:30"},
		{Printer{Names: Latin, Digits: LatinDigits}, "E EE EEE EEEE EEEEE", "Sun Sun Sun Sunday S"},
		{Printer{}, "E EEEEE", "یکشنبه ی"},
		{latin, "w ww", "2 02"},
		{Printer{}, "G GGGG", "ه\u200d.ش. هجری شمسی"},
		{Printer{Names: Latin}, "G", "AP"},
	} {
		assert.Equal(t, c.want, c.p.Format(tm, c.layout), c.layout)
	}
	utc := time.Date(2025, 3, 23, 14, 34, 5, 0, time.UTC)
	assert.Equal(t, "Z +00:00 +0000", latin.Format(utc, "ZZZZZ xxx Z"))
	assert.Equal(t, "-0500", latin.Format(utc.In(time.FixedZone("", -5*3600)), "Z"))
	d := mustDate(t, Official, 1400, Tir, 1)
	assert.Equal(t, "+0430", latin.FormatDate(d, "Z"), "a date alone prints Tehran's offset at its midnight")
}

func TestParseNewLayoutElements(t *testing.T) {
	for _, c := range []struct{ layout, value, want string }{
		{"yyyy-MM-dd'T'HH:mm:ssZZZZZ", "1404-01-03T18:14:00+03:30", sundayEvening},
		{"yyyy-MM-dd'T'HH:mm:ssZZZZZ", "1404-01-03T14:44:00Z", sundayEvening},
		{"yyyy/MM/dd HH:mm Z", "1404/01/03 09:44 -0500", sundayEvening},
		{"E d MMMM y", "یکشنبه ۳ فروردین ۱۴۰۴", sundayMidnight},
		{"E, MMMM d, y", "Sun, Farvardin 3, 1404", sundayMidnight},
		{"EEEEE yyyy/MM/dd", "ی 1404/01/03", sundayMidnight},
		{"yyyy/MM/dd 'هفته' w", "1404/01/03 هفته 2", sundayMidnight},
		{"d MMMM y G", "۳ فروردین ۱۴۰۴ ه\u200d.ش.", sundayMidnight},
	} {
		got, err := Parse(c.layout, c.value)
		if assert.NoError(t, err, c.value) {
			assert.Equal(t, c.want, got.Format(time.RFC3339), c.value)
		}
	}
	for _, c := range []struct {
		cal                 Calendar
		layout, value, want string
	}{
		{Gregorian, "d MMMM y", "۲۳ مارس ۲۰۲۵", sundayMidnight},
		{Gregorian, "MMMM d, y", "March 23, 2025", sundayMidnight},
		{LunarHijri, "d MMMM y G", "۲۳ رمضان ۱۴۴۶ ه\u200d.ق.", sundayMidnight},
	} {
		got, err := Parser{Calendar: c.cal}.Parse(c.layout, c.value)
		if assert.NoError(t, err, c.value) {
			assert.Equal(t, c.want, got.Format(time.RFC3339), c.value)
		}
	}
	for _, c := range []struct{ layout, value, reason string }{
		{"yy/MM/dd", "04/01/03", "the two-digit year yy is for formatting only"},
		{"EEEEE yyyy/MM/dd", "د 1404/01/03", "weekday \"د\" does not match 1404-01-03, a Sunday"},
		{"yyyy/MM/dd w", "1404/01/03 3", "week 3 does not match 1404-01-03, in week 2"},
		{"d MMMM y G", "۳ فروردین ۱۴۰۴ ه\u200d.ق.", "era " + strconv.Quote("ه\u200d.ق.") + " is not of the Solar Hijri calendar"},
	} {
		_, err := Parse(c.layout, c.value)
		var pe *ParseError
		if assert.ErrorAs(t, err, &pe, c.value) {
			assert.Equal(t, c.reason, pe.Reason, c.value)
		}
	}
}

func TestDateIsASQLValue(t *testing.T) {
	var _ driver.Valuer = Date{}
	var _ sql.Scanner = (*Date)(nil)
	d := mustDate(t, Official, 1404, Farvardin, 3)
	v, err := d.Value()
	require.NoError(t, err)
	assert.Equal(t, time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC), v)
	v, err = Date{}.Value()
	require.NoError(t, err)
	assert.Nil(t, v)

	for _, src := range []any{
		time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC),
		time.Date(2025, 3, 23, 23, 59, 0, 0, Tehran()),
		"1404-01-03",
		[]byte("2025-03-23"),
		"2025-03-23 00:00:00",
		"۱۴۰۴-۰۱-۰۳",
	} {
		var got Date
		if assert.NoError(t, got.Scan(src), "%v", src) {
			assert.Equal(t, d, got, "%v", src)
		}
	}
	var got Date
	require.NoError(t, got.Scan(nil))
	assert.True(t, got.IsZero())
	err = got.Scan(int64(5))
	var de *DateError
	assert.ErrorAs(t, err, &de)
	assert.Error(t, got.Scan("دیروز"), "a relative date is not a stored date")
	assert.Error(t, got.Scan("1404-12-30"))
	j := Date{rule: Jalaali}
	require.NoError(t, j.Scan("1502-12-30"))
	assert.Equal(t, Jalaali, j.Rule())
}

func TestTypedErrorsFromNewFromGregorianAndAddDate(t *testing.T) {
	for _, c := range []struct {
		name string
		err  func() error
		op   string
		kind error
	}{
		{"New 30 Esfand 1404", func() error { _, err := New(1404, Esfand, 30); return err }, "New", ErrNoSuchDate},
		{"New year 0", func() error { _, err := New(0, Farvardin, 1); return err }, "New", ErrOutOfRange},
		{"FromGregorian 2025-02-30", func() error { _, err := FromGregorian(2025, time.February, 30); return err }, "FromGregorian", ErrNoSuchDate},
		{"FromGregorian 600", func() error { _, err := FromGregorian(600, time.January, 1); return err }, "FromGregorian", ErrOutOfRange},
		{"AddDate past 3177", func() error {
			_, err := mustDate(t, Official, 3177, Esfand, 1).AddDate(0, 1, 0)
			return err
		}, "AddDate", ErrOutOfRange},
		{"AddDate on zero", func() error { _, err := Date{}.AddDate(0, 0, 1); return err }, "AddDate", ErrNoSuchDate},
	} {
		err := c.err()
		var de *DateError
		if assert.ErrorAs(t, err, &de, c.name) {
			assert.Equal(t, c.op, de.Op, c.name)
			assert.True(t, errors.Is(err, c.kind), c.name)
			assert.True(t, strings.HasPrefix(err.Error(), "date: "), c.name)
		}
	}
	_, err := ParseLenient("۳۱ مهر ۱۴۰۴")
	assert.ErrorIs(t, err, ErrNoSuchDate, "a ParseError wraps the kind too")
	_, err = ParseLenient("سلام")
	assert.False(t, errors.Is(err, ErrNoSuchDate) || errors.Is(err, ErrOutOfRange) || errors.Is(err, ErrMismatch),
		"a syntax error wraps no kind")
}

// TestPackageNeedsNoZoneDatabase: the package does not link time/tzdata and
// reads Tehran's rules from its own data, so it gives the same instants on
// a machine without zoneinfo. The child process runs with ZONEINFO naming
// an empty directory, so that time.LoadLocation fails there (where the
// machine has no /usr/share/zoneinfo either, as in minimal containers).
func TestPackageNeedsNoZoneDatabase(t *testing.T) {
	if os.Getenv("DATE_TEST_CHILD") == "1" {
		d := mustDate(t, Official, 1400, Tir, 1)
		if got := d.Time(nil).Format(time.RFC3339); got != "2021-06-22T00:00:00+04:30" {
			t.Fatalf("Tir 1400 begins at %s", got)
		}
		if Tehran().String() != "Asia/Tehran" {
			t.Fatalf("zone %s", Tehran())
		}
		return
	}
	if testing.Short() {
		t.Skip("runs go list and a child test process")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	out, err := exec.Command(goTool, "list", "-deps", ".").Output()
	require.NoError(t, err)
	assert.NotContains(t, strings.Fields(string(out)), "time/tzdata", "package date must leave time/tzdata to programs")

	cmd := exec.Command(os.Args[0], "-test.run=^TestPackageNeedsNoZoneDatabase$", "-test.v")
	cmd.Env = append(os.Environ(), "DATE_TEST_CHILD=1", "ZONEINFO="+t.TempDir())
	child, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", child)
	assert.Contains(t, string(child), "PASS")
}

// TestEmbeddedTehranMatchesSystemZone compares the embedded rules with the
// machine's zoneinfo, where there is one, hour by hour over 1900–2040.
func TestEmbeddedTehranMatchesSystemZone(t *testing.T) {
	sys, err := time.LoadLocation("Asia/Tehran")
	if err != nil {
		t.Skip("no system zoneinfo for Asia/Tehran")
	}
	// Zone databases before 2022b still have DST after 2022; compare up to
	// the end of the embedded data's agreement with a recent database.
	if _, off := time.Date(2023, 7, 1, 0, 0, 0, 0, sys).Zone(); off != 3*3600+1800 {
		t.Skip("the system zoneinfo predates Iran's abolition of daylight saving time")
	}
	differ := 0
	for tm := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC); tm.Year() < 2040; tm = tm.Add(time.Hour) {
		_, a := tm.In(Tehran()).Zone()
		_, b := tm.In(sys).Zone()
		if a != b {
			differ++
		}
	}
	assert.Zero(t, differ, "hours in which the embedded zone and the system's disagree")
}
