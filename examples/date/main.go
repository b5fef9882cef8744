// Command date converts Solar Hijri date strings, one per line, to instants.
//
// By default each line of standard input is read as a Solar Hijri date as
// people and programs write it (۳ فروردین ۱۴۰۴, 1404/01/03, 18:14 - 03
// فروردین 1404, Farvardin 3, 1404 AP, ...) and one line is printed for
// it: the instant in RFC 3339 in Asia/Tehran (midnight when the line has
// no time), or "error: <reason>".
//
//	$ echo '18:14 - 03 فروردین 1404' | go run ./examples/date
//	2025-03-23T18:14:00+03:30
//
// With -to-jalali each line is a Gregorian date YYYY-MM-DD and the output
// is the Solar Hijri date YYYY/MM/DD in Latin digits.
//
//	$ echo 2025-03-23 | go run ./examples/date -to-jalali
//	1404/01/03
//
// -rule jalaali selects the jalaali-js compatible rule instead of Iran's
// official calendar; the two differ from 1502 AP on. Run on a terminal
// with no input, the command prints a short demonstration. It exits with
// status 1 on an I/O error and 2 on a bad flag.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/persiantext/persian/date"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, stdinIsTerminal()))
}

// stdinIsTerminal reports whether standard input is an interactive
// terminal: a character device other than the null device (input
// redirected from /dev/null is empty input, not a terminal).
func stdinIsTerminal() bool {
	fi, err := os.Stdin.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(fi, null)
}

// demoLines are shown, with their conversions, when the command runs on a
// terminal with nothing piped in.
var demoLines = []string{
	"18:14 - 03 فروردین 1404",
	"یکشنبه ۳ فروردین ۱۴۰۴ ساعت ۱۸:۱۴",
	"۱۴۰۴/۰۱/۰۳",
	"Farvardin 3, 1404 AP",
	"۳۰ اسفند ۱۴۰۴",
}

// maxLine bounds one input line; a longer line is an I/O error.
const maxLine = 1 << 24

// run is the whole command, apart from the process: it returns the exit
// status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, terminal bool) int {
	flags := flag.NewFlagSet("date", flag.ContinueOnError)
	flags.SetOutput(stderr)
	toJalali := flags.Bool("to-jalali", false, "read Gregorian YYYY-MM-DD lines and print Solar Hijri YYYY/MM/DD")
	ruleName := flags.String("rule", "official", "calendar rule: official (Iran, ICU) or jalaali (jalaali-js)")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: date [-to-jalali] [-rule official|jalaali] < lines")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if flags.NArg() > 0 {
		fmt.Fprintf(stderr, "date: unexpected argument %q; input is read from standard input\n", flags.Arg(0))
		return 2
	}
	var rule date.Rule
	switch *ruleName {
	case "official":
		rule = date.Official
	case "jalaali":
		rule = date.Jalaali
	default:
		fmt.Fprintf(stderr, "date: unknown rule %q (want official or jalaali)\n", *ruleName)
		return 2
	}
	convert := func(line string) string { return fromSolarHijri(rule, line) }
	if *toJalali {
		convert = func(line string) string { return toSolarHijri(rule, line) }
	}

	out := bufio.NewWriter(stdout)
	if terminal {
		fmt.Fprintln(out, "Reads one date per line from standard input, for example:")
		for _, line := range demoLines {
			fmt.Fprintf(out, "  %s\t→ %s\n", line, fromSolarHijri(rule, line))
		}
		fmt.Fprintf(out, "  2025-03-23 with -to-jalali\t→ %s\n", toSolarHijri(rule, "2025-03-23"))
		return flush(out, stderr)
	}
	in := bufio.NewScanner(stdin)
	in.Buffer(make([]byte, 64*1024), maxLine)
	for in.Scan() {
		out.WriteString(convert(strings.TrimSuffix(in.Text(), "\r")))
		out.WriteByte('\n')
	}
	if err := in.Err(); err != nil {
		out.Flush()
		fmt.Fprintln(stderr, "date: reading standard input:", err)
		return 1
	}
	return flush(out, stderr)
}

func flush(out *bufio.Writer, stderr io.Writer) int {
	if err := out.Flush(); err != nil {
		fmt.Fprintln(stderr, "date: writing standard output:", err)
		return 1
	}
	return 0
}

// fromSolarHijri reads a Solar Hijri date string and returns its instant
// in Asia/Tehran, or "error: <reason>".
func fromSolarHijri(rule date.Rule, line string) string {
	t, err := date.Parser{Rule: rule}.ParseLenient(line)
	if err != nil {
		return "error: " + reason(err)
	}
	return t.Format(time.RFC3339)
}

// toSolarHijri reads a Gregorian YYYY-MM-DD and returns YYYY/MM/DD.
func toSolarHijri(rule date.Rule, line string) string {
	g, err := time.Parse(time.DateOnly, strings.TrimSpace(line))
	if err != nil {
		return "error: not a Gregorian date YYYY-MM-DD: " + strings.TrimSpace(line)
	}
	d, err := rule.FromTime(g)
	if err != nil {
		return "error: " + reason(err)
	}
	return date.Printer{Rule: rule, Digits: date.LatinDigits}.FormatDate(d, "yyyy/MM/dd")
}

// reason is the message of err without the package prefix.
func reason(err error) string {
	var pe *date.ParseError
	if errors.As(err, &pe) {
		return pe.Reason
	}
	return strings.TrimPrefix(err.Error(), "date: ")
}
