package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runEnv(args []string, e env) (int, string, string) {
	var out, errOut bytes.Buffer
	e.stdout, e.stderr = &out, &errOut
	if e.stdin == nil {
		e.stdin = strings.NewReader("")
	}
	code := run(args, e)
	return code, out.String(), errOut.String()
}

func runCmd(args []string, stdin string, interactive bool) (int, string, string) {
	return runEnv(args, env{stdin: strings.NewReader(stdin), stdinTerminal: interactive, stdinSize: -1})
}

// writeFiles writes name/content pairs into a new directory and returns
// their paths.
func writeFiles(t *testing.T, nameContent ...string) []string {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for i := 0; i < len(nameContent); i += 2 {
		p := filepath.Join(dir, nameContent[i])
		require.NoError(t, os.WriteFile(p, []byte(nameContent[i+1]), 0o644))
		paths = append(paths, p)
	}
	return paths
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
		{[]string{"-workers=1"}, "میروم\n", "می\u200cروم\n"},
		{[]string{"-workers", "7"}, "میروم\n", "می\u200cروم\n"},
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

func TestFilesNamedOnATerminalAreReadNotTheSample(t *testing.T) {
	files := writeFiles(t, "a.txt", "ميروم\n")
	code, out, errOut := runCmd(files, "", true)
	assert.Equal(t, 0, code, errOut)
	assert.Equal(t, "می\u200cروم\n", out)
}

func TestBadFlagsFailClearly(t *testing.T) {
	for _, args := range [][]string{{"-digits=roman"}, {"-profile=fast"}, {"-quotes=curly"}, {"-nosuchflag"}, {"-workers=0"}, {"-workers=-3"}} {
		code, _, errOut := runCmd(args, "", false)
		assert.Equal(t, 2, code, "%v", args)
		assert.NotEmpty(t, errOut, "%v", args)
	}
}

func TestHelpExplainsHowAccuracyWasMeasured(t *testing.T) {
	code, _, errOut := runCmd([]string{"-help"}, "", false)
	assert.Equal(t, 0, code)
	assert.Contains(t, errOut, "UPDT")
	assert.Contains(t, errOut, "delete every ZWNJ")
	assert.Contains(t, errOut, "compare each gap between letters")
	assert.NotContains(t, errOut, "zwnj_eval")
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("pipe closed") }

func TestIOErrorsExitNonZero(t *testing.T) {
	code, _, errOut := runEnv(nil, env{stdin: iotest.ErrReader(errors.New("disk on fire")), stdinSize: -1})
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "reading standard input: disk on fire")

	var errBuf bytes.Buffer
	code = run(nil, env{stdin: strings.NewReader("سلام\n"), stdout: failingWriter{}, stderr: &errBuf, stdinSize: -1})
	assert.Equal(t, 1, code)
	assert.Contains(t, errBuf.String(), "writing output: pipe closed")
}

func TestWhatWasReadBeforeAReadErrorIsWritten(t *testing.T) {
	in := io.MultiReader(strings.NewReader("ميروم\nكتاب"), iotest.ErrReader(errors.New("disk on fire")))
	code, out, errOut := runEnv(nil, env{stdin: in, stdinSize: -1})
	assert.Equal(t, 1, code)
	assert.Equal(t, "می\u200cروم\nکتاب", out)
	assert.Contains(t, errOut, "disk on fire")
}

func TestReadsFilesAndStdinInTurnLikeCat(t *testing.T) {
	files := writeFiles(t, "a.txt", "علي\n", "b.txt", "سال 1404\n")
	args := []string{files[0], "-", files[1]}
	code, out, errOut := runCmd(args, "ميروم\n", false)
	assert.Equal(t, 0, code, errOut)
	assert.Equal(t, "علی\nمی\u200cروم\nسال ۱۴۰۴\n", out)
}

func TestEachFileIsNormalizedOnItsOwn(t *testing.T) {
	// The first file's last line has no newline: like cat, nothing is
	// added, but it is normalized as a line of its own, not joined to the
	// next file's first line (which would give می‌روم).
	files := writeFiles(t, "a.txt", "مي", "b.txt", "روم\n")
	code, out, errOut := runCmd(files, "", false)
	assert.Equal(t, 0, code, errOut)
	assert.Equal(t, "می"+"روم\n", out)
	code, out, _ = runCmd(nil, "ميروم\n", false)
	assert.Equal(t, 0, code)
	assert.Equal(t, "می\u200cروم\n", out)
}

func TestMissingFileFailsButTheOthersAreNormalized(t *testing.T) {
	files := writeFiles(t, "a.txt", "علي\n", "c.txt", "ميروم\n")
	missing := filepath.Join(filepath.Dir(files[0]), "missing.txt")
	code, out, errOut := runCmd([]string{files[0], missing, files[1]}, "", false)
	assert.Equal(t, 1, code)
	assert.Equal(t, "علی\nمی\u200cروم\n", out)
	assert.Contains(t, errOut, "missing.txt")
	assert.Contains(t, errOut, "no such file")
}

func TestNullDeviceHasNoSize(t *testing.T) {
	f, err := os.Open(os.DevNull)
	require.NoError(t, err)
	defer f.Close()
	assert.Equal(t, int64(-1), regularSize(f), "no percentage for a device")
}

// TestMain runs the command itself when the test binary is started as
// the command, so that a test can give it a real standard input.
func TestMain(m *testing.M) {
	if os.Getenv("NORMALIZE_TEST_MAIN") == "1" {
		os.Args = append([]string{"normalize"}, strings.Fields(os.Getenv("NORMALIZE_TEST_ARGS"))...)
		main()
	}
	os.Exit(m.Run())
}

func runMain(t *testing.T, stdin *os.File, args string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "NORMALIZE_TEST_MAIN=1", "NORMALIZE_TEST_ARGS="+args)
	cmd.Stdin = stdin
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return code, out.String(), errOut.String()
}

func TestStdinFromNullDeviceGivesEmptyOutput(t *testing.T) {
	null, err := os.Open(os.DevNull)
	require.NoError(t, err)
	defer null.Close()
	code, out, errOut := runMain(t, null, "")
	assert.Equal(t, 0, code, errOut)
	assert.Empty(t, out)
	assert.Empty(t, errOut)
}

func TestStdinFromAFileIsNormalized(t *testing.T) {
	files := writeFiles(t, "a.txt", "ميروم\n")
	f, err := os.Open(files[0])
	require.NoError(t, err)
	defer f.Close()
	code, out, errOut := runMain(t, f, "-stats")
	assert.Equal(t, 0, code, errOut)
	assert.Equal(t, "می\u200cروم\n", out)
	assert.Contains(t, errOut, "ZWNJs           1 inserted, 0 removed")
}

func TestStatsReportWhatWasDone(t *testing.T) {
	in := "علي ميروم 12\nبدون تغییر\n\u200cكتاب\u200c ها\nﻻزم"
	code, out, errOut := runCmd([]string{"-stats"}, in, false)
	assert.Equal(t, 0, code, errOut)
	assert.Equal(t, "علی می\u200cروم ۱۲\nبدون تغییر\nکتاب\u200cها\nلازم", out)
	// Letters: ي ي ك ﻻ; ZWNJs: one inserted in میروم, the one at the
	// line's start removed, and the one before the space kept for ها;
	// digits: 1 2.
	for _, want := range []string{
		"lines           4 (3 changed)",
		"bytes           " + itoa(len(in)) + " in, " + itoa(len(out)) + " out",
		"letters unified 4",
		"ZWNJs           1 inserted, 1 removed",
		"digits          2 converted",
		"MB/s",
	} {
		assert.Contains(t, errOut, want)
	}
}

func TestProgressLineShowsBytesRateAndShare(t *testing.T) {
	files := writeFiles(t, "a.txt", strings.Repeat("ميروم\n", 1000))
	slow := &slowReader{r: strings.NewReader(strings.Repeat("ميروم\n", 10)), delay: 5 * time.Millisecond}
	e := env{stdin: slow, progress: true, stdinSize: -1, progressDelay: time.Millisecond, progressEvery: time.Millisecond}

	code, _, errOut := runEnv(nil, e)
	assert.Equal(t, 0, code)
	assert.Contains(t, errOut, "\rnormalize: 0.0 MB read, ")
	assert.NotContains(t, errOut, "%", "the size of a pipe is unknown")
	assert.True(t, strings.HasSuffix(errOut, "\r"), "the line is cleared at the end: %q", errOut)

	slow.r = strings.NewReader(strings.Repeat("ميروم\n", 10))
	code, _, errOut = runEnv([]string{files[0], "-"}, env{stdin: slow, progress: true, stdinSize: 200,
		progressDelay: time.Millisecond, progressEvery: time.Millisecond})
	assert.Equal(t, 0, code)
	assert.Regexp(t, `MB/s, \d+%`, errOut)

	code, _, errOut = runEnv([]string{"-progress=false"}, env{stdin: strings.NewReader("ميروم\n"), progress: true, stdinSize: -1,
		progressDelay: time.Nanosecond, progressEvery: time.Nanosecond})
	assert.Equal(t, 0, code)
	assert.Empty(t, errOut)
}

// slowReader returns a few bytes at a time, after a delay.
type slowReader struct {
	r     io.Reader
	delay time.Duration
}

func (s *slowReader) Read(p []byte) (int, error) {
	time.Sleep(s.delay)
	return s.r.Read(p[:min(len(p), 7)])
}

func itoa(n int) string { return strconv.Itoa(n) }
