package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func runWith(t *testing.T, args []string, input string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errOut bytes.Buffer
	status = run(args, strings.NewReader(input), &out, &errOut, false)
	return out.String(), errOut.String(), status
}

func TestDefaultPrintsRFC3339InTehran(t *testing.T) {
	out, _, status := runWith(t, nil, strings.Join([]string{
		"18:14 - 03 فروردین 1404",
		"۳ فروردین ۱۴۰۴",
		"۱۴۰۴ فروردین ۳, یکشنبه ساعت ۱۸:۱۴",
		"Farvardin 3, 1404 AP",
		"۳۰ اسفند ۱۴۰۴",
		"سلام",
		"",
		"۱۴۰۰/۰۴/۰۱\r",
	}, "\n"))
	assert.Equal(t, 0, status)
	assert.Equal(t, strings.Join([]string{
		"2025-03-23T18:14:00+03:30",
		"2025-03-23T00:00:00+03:30",
		"2025-03-23T18:14:00+03:30",
		"2025-03-23T00:00:00+03:30",
		"error: day 30 of Esfand in common year 1404",
		"error: expected a date",
		"error: no date in empty input",
		"2021-06-22T00:00:00+04:30",
	}, "\n")+"\n", out)
}

func TestToJalaliPrintsLatinZeroPadded(t *testing.T) {
	out, _, status := runWith(t, []string{"-to-jalali"}, "2025-03-23\n0622-03-21\n2025-02-30\n0600-01-01\n2124-03-20\n")
	assert.Equal(t, 0, status)
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

func TestBadFlagsExitTwo(t *testing.T) {
	_, errOut, status := runWith(t, []string{"-rule", "julian"}, "")
	assert.Equal(t, 2, status)
	assert.Contains(t, errOut, `unknown rule "julian"`)
	_, errOut, status = runWith(t, []string{"-nope"}, "")
	assert.Equal(t, 2, status)
	assert.Contains(t, errOut, "-nope")
	_, _, status = runWith(t, []string{"extra"}, "")
	assert.Equal(t, 2, status)
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
	assert.Contains(t, out.String(), "→ 1404/01/03")
}
