package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/persiantext/persian/examples/internal/term"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runWith(t *testing.T, args []string, input string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errOut bytes.Buffer
	status = run(args, strings.NewReader(input), &out, &errOut, false)
	return out.String(), errOut.String(), status
}

func TestDefaultPrintsRFC3339InTehran(t *testing.T) {
	out, _, status := runWith(t, []string{"-now", "2025-03-23T12:00:00+03:30"}, strings.Join([]string{
		"18:14 - 03 فروردین 1404",
		"۳ فروردین ۱۴۰۴",
		"۱۴۰۴ فروردین ۳, یکشنبه ساعت ۱۸:۱۴",
		"Farvardin 3, 1404 AP",
		"یکشنبه ۳ فروردین ۱۴۰۴ - ۲۳ رمضان ۱۴۴۶ - ۲۳ مارس ۲۰۲۵",
		"2025-03-23",
		"۲۳ رمضان ۱۴۴۶",
		"دیروز",
		"۱۴۰۰/۰۴/۰۱\r",
	}, "\n"))
	assert.Equal(t, 0, status)
	assert.Equal(t, strings.Join([]string{
		"2025-03-23T18:14:00+03:30",
		"2025-03-23T00:00:00+03:30",
		"2025-03-23T18:14:00+03:30",
		"2025-03-23T00:00:00+03:30",
		"2025-03-23T00:00:00+03:30",
		"2025-03-23T00:00:00+03:30",
		"2025-03-23T00:00:00+03:30",
		"2025-03-22T00:00:00+03:30",
		"2021-06-22T00:00:00+04:30",
	}, "\n")+"\n", out)
}

func TestErrorLinesStayInPlaceAndTheStatusIsOne(t *testing.T) {
	out, errOut, status := runWith(t, nil, "۳ فروردین ۱۴۰۴\n۳۰ اسفند ۱۴۰۴\nسلام\n\n۲۳ مارس ۲۰۲۵\n")
	assert.Equal(t, 1, status, "a line that is not a date fails the run")
	assert.Empty(t, errOut)
	assert.Equal(t, strings.Join([]string{
		"2025-03-23T00:00:00+03:30",
		"error: day 30 of Esfand in common year 1404",
		"error: expected a date",
		"error: no date in empty input",
		"2025-03-23T00:00:00+03:30",
	}, "\n")+"\n", out)
}

func TestNowSetsTheReferenceTime(t *testing.T) {
	out, _, status := runWith(t, []string{"-now", "2025-03-23T14:30:00+03:30"}, "۲ ساعت پیش\nفردا ساعت ۸\n۱۵ فروردین\n")
	assert.Equal(t, 0, status)
	assert.Equal(t, "2025-03-23T12:30:00+03:30\n2025-03-24T08:00:00+03:30\n2025-04-04T00:00:00+03:30\n", out)
	_, errOut, status := runWith(t, []string{"-now", "yesterday"}, "")
	assert.Equal(t, 2, status)
	assert.Contains(t, errOut, "RFC 3339")
}

func TestHijriFlagPicksTheLunarRule(t *testing.T) {
	out, _, status := runWith(t, []string{"-hijri", "civil"}, "۳۰ رمضان ۱۴۴۶\n")
	assert.Equal(t, 0, status)
	assert.Equal(t, "2025-03-30T00:00:00+03:30\n", out)
	out, _, status = runWith(t, []string{"-hijri", "umalqura"}, "۳۰ رمضان ۱۴۴۶\n")
	assert.Equal(t, 1, status, "Ramadan 1446 has 29 days under Umm al-Qura")
	assert.Contains(t, out, "error: day 30 of Ramadan 1446")
}

func TestCalendarFlagForcesNumericDates(t *testing.T) {
	out, _, _ := runWith(t, []string{"-calendar", "solar"}, "2025/01/03\n")
	assert.Equal(t, "2646-03-23T00:00:00+03:30\n", out)
	out, _, _ = runWith(t, []string{"-calendar", "lunar"}, "1446/09/23\n")
	assert.Equal(t, "2025-03-23T00:00:00+03:30\n", out)
}

func TestToJalaliPrintsLatinZeroPadded(t *testing.T) {
	out, _, status := runWith(t, []string{"-to-jalali"}, "2025-03-23\n0622-03-21\n2025-02-30\n0600-01-01\n2124-03-20\n")
	assert.Equal(t, 1, status)
	assert.Equal(t, "1404/01/03\n0001/01/01\nerror: not a Gregorian date YYYY-MM-DD: 2025-02-30\n"+
		"error: Gregorian 600-1-1 outside Solar Hijri years 1–3177\n1503/01/01\n", out)
}

func TestRuleJalaali(t *testing.T) {
	out, _, status := runWith(t, []string{"-rule", "jalaali", "-to-jalali"}, "2124-03-20\n")
	assert.Equal(t, 0, status)
	assert.Equal(t, "1502/12/30\n", out)
	out, _, _ = runWith(t, []string{"-rule", "jalaali"}, "۳۰ اسفند ۱۵۰۲\n")
	assert.Equal(t, "2124-03-20T00:00:00+03:30\n", out)
}

func TestReadsTheFilesNamedLikeCat(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	require.NoError(t, os.WriteFile(a, []byte("۳ فروردین ۱۴۰۴\n"), 0o644))
	require.NoError(t, os.WriteFile(b, []byte("2025-03-24\n"), 0o644))
	var out, errOut bytes.Buffer
	status := run([]string{a, "-", b}, strings.NewReader("۵ فروردین ۱۴۰۴\n"), &out, &errOut, true)
	assert.Equal(t, 0, status)
	assert.Equal(t, "2025-03-23T00:00:00+03:30\n2025-03-25T00:00:00+03:30\n2025-03-24T00:00:00+03:30\n", out.String(),
		"files in order, - for standard input, and no demonstration when files are named")
}

func TestMissingFileIsAnError(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(a, []byte("۳ فروردین ۱۴۰۴\n"), 0o644))
	out, errOut, status := runWith(t, []string{filepath.Join(dir, "missing.txt"), a}, "")
	assert.Equal(t, 1, status)
	assert.Contains(t, errOut, "missing.txt")
	assert.Equal(t, "2025-03-23T00:00:00+03:30\n", out, "the other files are still read")
}

func TestBadFlagsExitTwo(t *testing.T) {
	for _, args := range [][]string{
		{"-rule", "julian"}, {"-hijri", "saudi"}, {"-calendar", "julian"}, {"-nope"},
	} {
		_, errOut, status := runWith(t, args, "")
		assert.Equal(t, 2, status, "%v", args)
		assert.NotEmpty(t, errOut)
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("pipe closed") }

func TestIOErrorsExitOne(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Equal(t, 1, run(nil, failingReader{}, &out, &errOut, false))
	assert.Contains(t, errOut.String(), "disk on fire")

	errOut.Reset()
	assert.Equal(t, 1, run(nil, strings.NewReader("1404/01/03\n"), failingWriter{}, &errOut, false))
	assert.Contains(t, errOut.String(), "pipe closed")

	errOut.Reset()
	huge := strings.Repeat("۱", maxLine+1)
	assert.Equal(t, 1, run(nil, strings.NewReader(huge), &out, &errOut, false))
	assert.Contains(t, errOut.String(), "too long")
}

func TestTerminalPrintsDemonstration(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Equal(t, 0, run(nil, strings.NewReader(""), &out, &errOut, true))
	assert.Contains(t, out.String(), "18:14 - 03 فروردین 1404\t→ 2025-03-23T18:14:00+03:30")
	assert.Contains(t, out.String(), "۲۳ مارس ۲۰۲۵\t→ 2025-03-23T00:00:00+03:30")
	assert.Contains(t, out.String(), "→ 1404/01/03")
}

// TestDevNullIsNotATerminal runs the built command with standard input
// from /dev/null, as cron jobs and services do: it must print nothing and
// succeed, not the demonstration.
func TestDevNullIsNotATerminal(t *testing.T) {
	if os.Getenv("PERSIANDATE_CHILD") == "1" {
		os.Exit(run(nil, os.Stdin, os.Stdout, os.Stderr, term.IsTerminal(os.Stdin)))
	}
	null, err := os.Open(os.DevNull)
	require.NoError(t, err)
	defer null.Close()
	cmd := exec.Command(os.Args[0], "-test.run=^TestDevNullIsNotATerminal$")
	cmd.Env = append(os.Environ(), "PERSIANDATE_CHILD=1")
	cmd.Stdin = null
	out, err := cmd.Output()
	require.NoError(t, err)
	assert.Empty(t, string(out))
}
