package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func runCmd(args []string, stdin string, interactive bool) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut, interactive)
	return code, out.String(), errOut.String()
}

func TestNormalizesStdinLineByLine(t *testing.T) {
	code, out, errOut := runCmd(nil, "علي  رفت .\n\nسال 1404\nبی‌پایان", false)
	assert.Equal(t, 0, code, errOut)
	assert.Equal(t, "علی رفت.\n\nسال ۱۴۰۴\nبی‌پایان", out)
}

func TestFlagsReachTheOptions(t *testing.T) {
	cases := []struct {
		args     []string
		in, want string
	}{
		{[]string{"-digits=latin"}, "سال ۱۴۰۴\n", "سال 1404\n"},
		{[]string{"-digits=keep"}, "سال 1404\n", "سال 1404\n"},
		{[]string{"-profile=search"}, "مسئله ۱۲\n", "مسیله 12\n"},
		{[]string{"-diacritics=false"}, "کِتاب\n", "کتاب\n"},
		{[]string{"-zwnj=false"}, "میروم\n", "میروم\n"},
		{nil, "میروم\n", "می\u200cروم\n"},
		{[]string{"-quotes=guillemets", "-ellipsis"}, "\"سلام\"...\n", "«سلام»…\n"},
		{[]string{"-spacing=false"}, "الف  ,ب\n", "الف  ,ب\n"},
		{[]string{"-bidi"}, "الف\u200fب\n", "الف\u200fب\n"},
	}
	for _, tc := range cases {
		code, out, errOut := runCmd(tc.args, tc.in, false)
		assert.Equal(t, 0, code, "%v: %s", tc.args, errOut)
		assert.Equal(t, tc.want, out, "%v", tc.args)
	}
}

func TestSampleShowsBeforeAndAfter(t *testing.T) {
	for _, c := range []struct {
		args        []string
		interactive bool
	}{{[]string{"-sample"}, false}, {nil, true}} {
		code, out, _ := runCmd(c.args, "", c.interactive)
		assert.Equal(t, 0, code)
		assert.Contains(t, out, "before:\n"+sample)
		assert.Contains(t, out, "after:\n")
		assert.Contains(t, out, "۰۹:۳۰ - ۱۲ اردیبهشت ۱۴۰۳")
	}
}

func TestBadFlagsFailClearly(t *testing.T) {
	for _, args := range [][]string{{"-digits=roman"}, {"-profile=fast"}, {"-quotes=curly"}, {"-nosuchflag"}, {"extra"}} {
		code, _, errOut := runCmd(args, "", false)
		assert.Equal(t, 2, code, "%v", args)
		assert.NotEmpty(t, errOut, "%v", args)
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("pipe closed") }

func TestIOErrorsExitNonZero(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Equal(t, 1, run(nil, failingReader{}, &out, &errOut, false))
	assert.Contains(t, errOut.String(), "reading input: disk on fire")

	errOut.Reset()
	assert.Equal(t, 1, run(nil, strings.NewReader("سلام\n"), failingWriter{}, &errOut, false))
	assert.Contains(t, errOut.String(), "writing output: pipe closed")
}
