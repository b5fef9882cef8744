// Command persiandate converts date strings, one per line, to instants.
//
// It reads the files named as arguments, or standard input if there are
// none (like cat), and prints one line for each line read: the instant in
// RFC 3339 in Asia/Tehran (midnight when the line has no time), or
// "error: <reason>" in its place, so that output stays line-aligned with
// input. A line may be a date in any of the three calendars Persian pages
// print, as the date package's ParseLenient reads them:
//
//	$ echo '18:14 - 03 فروردین 1404' | go run ./examples/persiandate
//	2025-03-23T18:14:00+03:30
//	$ printf '۲۳ رمضان ۱۴۴۶\n2025-03-23\nدیروز\n' | go run ./examples/persiandate -now 2025-03-23T12:00:00+03:30
//	2025-03-23T00:00:00+03:30
//	2025-03-23T00:00:00+03:30
//	2025-03-22T00:00:00+03:30
//
// Flags:
//
//	-now RFC3339          the reference time of relative dates (دیروز, ۲ ساعت پیش)
//	                      and of days without a year (۳ فروردین); default: now
//	-hijri umalqura|civil the Lunar Hijri rule (default umalqura)
//	-rule official|jalaali the Solar Hijri rule (default official)
//	-calendar auto|solar|gregorian|lunar
//	                      the calendar of all-numeric dates (default auto: a
//	                      four-digit year in 1200–1599 is Solar Hijri, any
//	                      other Gregorian)
//	-to-jalali            read Gregorian YYYY-MM-DD lines and print the Solar
//	                      Hijri date YYYY/MM/DD in Latin digits
//
// Run on a terminal with no file and nothing piped in, it prints a short
// demonstration. The exit status is 0 when every line was read, 1 when any
// line was an error, a file could not be read or output could not be
// written, and 2 on a bad flag. The name keeps an installed binary from
// shadowing the system's date command.
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
	"github.com/persiantext/persian/examples/internal/term"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, term.IsTerminal(os.Stdin)))
}

// demoLines are shown, with their conversions, when the command runs on a
// terminal with nothing piped in.
var demoLines = []string{
	"18:14 - 03 فروردین 1404",
	"یکشنبه ۳ فروردین ۱۴۰۴ - ۲۳ رمضان ۱۴۴۶ - ۲۳ مارس ۲۰۲۵",
	"بیست و سوم اسفند ۱۴۰۳ ساعت ۶ بعدازظهر",
	"2025-03-23T14:44:00Z",
	"۲ ساعت پیش",
	"۳۰ اسفند ۱۴۰۴",
}

// maxLine bounds one input line; a longer line is an I/O error.
const maxLine = 1 << 24

// A converter turns one line into one line of output, and reports whether
// the line was read.
type converter func(line string) (string, bool)

// run is the whole command, apart from the process: it returns the exit
// status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, terminal bool) int {
	flags := flag.NewFlagSet("persiandate", flag.ContinueOnError)
	flags.SetOutput(stderr)
	toJalali := flags.Bool("to-jalali", false, "read Gregorian YYYY-MM-DD lines and print Solar Hijri YYYY/MM/DD")
	ruleName := flags.String("rule", "official", "Solar Hijri rule: official (Iran, ICU) or jalaali (jalaali-js)")
	hijriName := flags.String("hijri", "umalqura", "Lunar Hijri rule: umalqura (ICU, CLDR) or civil (tabular)")
	calName := flags.String("calendar", "auto", "calendar of all-numeric dates: auto, solar, gregorian or lunar")
	nowText := flags.String("now", "", "reference time of relative dates, RFC 3339 (default: the current time)")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: persiandate [flags] [file ...]")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	var p date.Parser
	switch *ruleName {
	case "official":
		p.Rule = date.Official
	case "jalaali":
		p.Rule = date.Jalaali
	default:
		fmt.Fprintf(stderr, "persiandate: unknown rule %q (want official or jalaali)\n", *ruleName)
		return 2
	}
	switch *hijriName {
	case "umalqura":
		p.Hijri = date.UmmAlQura
	case "civil":
		p.Hijri = date.HijriCivil
	default:
		fmt.Fprintf(stderr, "persiandate: unknown Hijri rule %q (want umalqura or civil)\n", *hijriName)
		return 2
	}
	switch *calName {
	case "auto":
	case "solar":
		p.Calendar = date.SolarHijri
	case "gregorian":
		p.Calendar = date.Gregorian
	case "lunar":
		p.Calendar = date.LunarHijri
	default:
		fmt.Fprintf(stderr, "persiandate: unknown calendar %q (want auto, solar, gregorian or lunar)\n", *calName)
		return 2
	}
	if *nowText != "" {
		now, err := time.Parse(time.RFC3339, *nowText)
		if err != nil {
			fmt.Fprintf(stderr, "persiandate: -now %q is not an RFC 3339 time\n", *nowText)
			return 2
		}
		p.Now = now
	}
	convert := converter(func(line string) (string, bool) { return fromText(p, line) })
	if *toJalali {
		convert = func(line string) (string, bool) { return toSolarHijri(p.Rule, line) }
	}

	out := bufio.NewWriter(stdout)
	if flags.NArg() == 0 && terminal {
		fmt.Fprintln(out, "Reads one date per line from the files named or standard input, for example:")
		for _, line := range demoLines {
			got, _ := fromText(p, line)
			fmt.Fprintf(out, "  %s\t→ %s\n", line, got)
		}
		got, _ := toSolarHijri(p.Rule, "2025-03-23")
		fmt.Fprintf(out, "  2025-03-23 with -to-jalali\t→ %s\n", got)
		return flush(out, stderr, 0)
	}

	status := 0
	convertAll := func(name string, r io.Reader) {
		st, err := convertLines(r, out, convert)
		status = max(status, st)
		if err != nil {
			out.Flush()
			fmt.Fprintf(stderr, "persiandate: reading %s: %v\n", name, err)
			status = 1
		}
	}
	if flags.NArg() == 0 {
		convertAll("standard input", stdin)
	}
	for _, name := range flags.Args() {
		if name == "-" {
			convertAll("standard input", stdin)
			continue
		}
		f, err := os.Open(name)
		if err != nil {
			out.Flush()
			fmt.Fprintln(stderr, "persiandate:", err)
			status = 1
			continue
		}
		convertAll(name, f)
		f.Close()
	}
	return flush(out, stderr, status)
}

// convertLines converts every line of r; its status is 1 if any line was
// an error.
func convertLines(r io.Reader, out *bufio.Writer, convert converter) (int, error) {
	status := 0
	in := bufio.NewScanner(r)
	in.Buffer(make([]byte, 64*1024), maxLine)
	for in.Scan() {
		line, ok := convert(strings.TrimSuffix(in.Text(), "\r"))
		if !ok {
			status = 1
		}
		out.WriteString(line)
		out.WriteByte('\n')
	}
	return status, in.Err()
}

func flush(out *bufio.Writer, stderr io.Writer, status int) int {
	if err := out.Flush(); err != nil {
		fmt.Fprintln(stderr, "persiandate: writing standard output:", err)
		return 1
	}
	return status
}

// fromText reads a date and returns its instant in RFC 3339, or
// "error: <reason>".
func fromText(p date.Parser, line string) (string, bool) {
	t, err := p.ParseLenient(line)
	if err != nil {
		return "error: " + reason(err), false
	}
	return t.Format(time.RFC3339Nano), true
}

// toSolarHijri reads a Gregorian YYYY-MM-DD and returns YYYY/MM/DD.
func toSolarHijri(rule date.Rule, line string) (string, bool) {
	g, err := time.Parse(time.DateOnly, strings.TrimSpace(line))
	if err != nil {
		return "error: not a Gregorian date YYYY-MM-DD: " + strings.TrimSpace(line), false
	}
	d, err := rule.FromTime(g)
	if err != nil {
		return "error: " + reason(err), false
	}
	return date.Printer{Rule: rule, Digits: date.LatinDigits}.FormatDate(d, "yyyy/MM/dd"), true
}

// reason is the message of err without the package prefix.
func reason(err error) string {
	var pe *date.ParseError
	if errors.As(err, &pe) {
		return pe.Reason
	}
	return strings.TrimPrefix(err.Error(), "date: ")
}
