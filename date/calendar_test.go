package date

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// yearFact is one row of testdata/nowruz.tsv for one rule.
type yearFact struct {
	year   int
	nowruz time.Time // proleptic Gregorian, UTC midnight
	leap   bool
}

// readYearFacts reads the committed facts (derived by gen.go from the
// shared calendar data) for both rules.
func readYearFacts(t testing.TB, path string, columns ...int) [][]yearFact {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	out := make([][]yearFact, len(columns)/2)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] < '0' || line[0] > '9' {
			continue
		}
		cols := strings.Split(line, "\t")
		y, err := strconv.Atoi(cols[0])
		require.NoError(t, err)
		for k := 0; k < len(columns); k += 2 {
			day, err := time.Parse(time.DateOnly, cols[columns[k]])
			require.NoError(t, err)
			out[k/2] = append(out[k/2], yearFact{y, day, cols[columns[k+1]] == "1"})
		}
	}
	require.NoError(t, sc.Err())
	return out
}

func TestEveryYearMatchesReferenceData(t *testing.T) {
	facts := readYearFacts(t, "testdata/nowruz.tsv", 1, 2, 3, 4)
	for k, rule := range []Rule{Official, Jalaali} {
		require.Len(t, facts[k], MaxYear, rule.String())
		for _, f := range facts[k] {
			d, err := rule.New(f.year, Farvardin, 1)
			require.NoError(t, err)
			y, m, day := d.Gregorian()
			require.Equal(t, f.nowruz, time.Date(y, m, day, 0, 0, 0, 0, time.UTC), "%s year %d", rule, f.year)
			require.Equal(t, f.leap, rule.IsLeap(f.year), "%s leap %d", rule, f.year)
			back, err := rule.FromGregorian(f.nowruz.Date())
			require.NoError(t, err)
			require.Equal(t, d, back)
			// time.Weekday is proleptic Gregorian too, so it is an independent check.
			require.Equal(t, Weekday(f.nowruz.Weekday()), d.Weekday(), "%s weekday of %d", rule, f.year)
			require.Equal(t, map[bool]int{true: 30, false: 29}[f.leap], rule.DaysIn(f.year, Esfand))
		}
	}
}

func TestOfficialMatchesCalendarCenterTable(t *testing.T) {
	facts := readYearFacts(t, "testdata/official-1206-1498.tsv", 1, 2)[0]
	require.Len(t, facts, 1498-1206+1)
	for _, f := range facts {
		d, err := FromGregorian(f.nowruz.Date())
		require.NoError(t, err)
		assert.Equal(t, Date{int16(f.year), 1, 1, Official}, d)
		assert.Equal(t, f.leap, Official.IsLeap(f.year), "year %d", f.year)
	}
}

func TestRulesAgreeFrom1178To1501(t *testing.T) {
	for y := 1178; y <= 1501; y++ {
		require.Equal(t, Official.IsLeap(y), Jalaali.IsLeap(y), "year %d", y)
		o, j := mustDate(t, Official, y, Farvardin, 1), mustDate(t, Jalaali, y, Farvardin, 1)
		require.Equal(t, 0, o.Compare(j), "year %d", y)
	}
	assert.NotEqual(t, Official.IsLeap(1502), Jalaali.IsLeap(1502))
	assert.NotEqual(t, Official.IsLeap(1177), Jalaali.IsLeap(1177))
}

// TestEveryDayRoundTrips walks every day of both rules' ranges through
// Gregorian and back, and checks the weekday against the time package.
func TestEveryDayRoundTrips(t *testing.T) {
	if testing.Short() {
		t.Skip("walks 1.16 million days per rule")
	}
	for _, rule := range []Rule{Official, Jalaali} {
		first, err := rule.New(MinYear, Farvardin, 1)
		require.NoError(t, err)
		gy, gm, gd := first.Gregorian()
		g := time.Date(gy, gm, gd, 12, 0, 0, 0, time.UTC)
		count := 0
		for y := MinYear; y <= MaxYear; y++ {
			yearDays := 0
			for m := Farvardin; m <= Esfand; m++ {
				for day := 1; day <= rule.DaysIn(y, m); day++ {
					want := Date{int16(y), uint8(m), uint8(day), rule}
					got, err := rule.FromGregorian(g.Date())
					if err != nil || got != want {
						t.Fatalf("%s: %v is %v (%v), want %v", rule, g.Format(time.DateOnly), got, err, want)
					}
					if wy, wm, wd := want.Gregorian(); wy != g.Year() || wm != g.Month() || wd != g.Day() {
						t.Fatalf("%s: %v.Gregorian() = %d-%d-%d, want %v", rule, want, wy, wm, wd, g)
					}
					if want.Weekday() != Weekday(g.Weekday()) {
						t.Fatalf("%s: weekday of %v", rule, want)
					}
					yearDays++
					if want.YearDay() != yearDays {
						t.Fatalf("%s: YearDay of %v = %d", rule, want, want.YearDay())
					}
					g = g.AddDate(0, 0, 1)
					count++
				}
			}
			require.Equal(t, map[bool]int{true: 366, false: 365}[rule.IsLeap(y)], yearDays)
		}
		_, err = rule.FromGregorian(g.Date())
		require.Error(t, err, "the day after 3177 AP ends")
		_, err = rule.FromGregorian(first.Gregorian())
		require.NoError(t, err)
		t.Logf("%s: %d days", rule, count)
	}
}

func TestBeforeGregorianReformIsProleptic(t *testing.T) {
	// 1 Farvardin 1 AP is 622-03-21 in the proleptic Gregorian calendar
	// (622-03-17 Julian); a Julian reading would put it days away.
	d, err := FromGregorian(622, time.March, 21)
	require.NoError(t, err)
	assert.Equal(t, "0001-01-01", d.String())
	d, err = FromGregorian(1582, time.October, 10) // did not exist in the Julian-to-Gregorian switch
	require.NoError(t, err)
	assert.Equal(t, "0961-07-18", d.String())
	_, err = FromGregorian(622, time.March, 20)
	assert.ErrorContains(t, err, "outside Solar Hijri years")
}

func TestGregorianKnownDates(t *testing.T) {
	for _, c := range []struct {
		rule      Rule
		y, m, d   int
		gregorian string
	}{
		{Official, 1404, 1, 3, "2025-03-23"},
		{Official, 1403, 12, 30, "2025-03-20"},
		{Official, 1357, 11, 22, "1979-02-11"},
		{Official, 1, 1, 1, "0622-03-21"},
		{Jalaali, 1, 1, 1, "0622-03-22"},
		{Official, 1503, 12, 30, "2125-03-20"},
		{Jalaali, 1502, 12, 30, "2124-03-20"},
	} {
		d, err := c.rule.New(c.y, Month(c.m), c.d)
		require.NoError(t, err, "%v", c)
		y, m, day := d.Gregorian()
		assert.Equal(t, c.gregorian, time.Date(y, m, day, 0, 0, 0, 0, time.UTC).Format(time.DateOnly), "%v", c)
	}
}

func TestBorkowskiMatchesJalaaliTableForEveryYear(t *testing.T) {
	facts := readYearFacts(t, "testdata/nowruz.tsv", 3, 4)[0]
	for _, f := range facts {
		march, leap := borkowski(f.year)
		require.Equal(t, f.nowruz.Day(), march, "year %d", f.year)
		require.Equal(t, time.March, f.nowruz.Month())
		require.Equal(t, f.leap, leap, "year %d", f.year)
	}
}
