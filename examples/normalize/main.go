// Command normalize normalizes Persian text read from standard input and
// writes it to standard output, line by line, as the lines arrive.
//
//	normalize < in.txt > out.txt
//	normalize -digits=latin -diacritics=false < in.txt
//	normalize -profile=search < queries.txt
//	normalize -sample
//
// Run on a terminal with no input, or with -sample, it normalizes a
// built-in sample and shows it before and after.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/persiantext/persian/normalize"
)

// sample is a made-up news item with the faults of text copied from the
// web: Arabic letters, mixed digits, missing and misplaced ZWNJs, stray
// spaces, a presentation-form ligature and a kashida.
const sample = `اقتصادی 09:30 - 12 اردیبهشت 1403
بانک مرکزي اعلام کرد که نرخ تورم در ماههای اخیر به 3.5 درصد رسیده است .
به گفته کارشناسان ، قیمت مسکن در تهران  بیش از 12,500,000 تومان برای هر متر است
وزیر اقتصاد گفت : « ما برنامه هایی برای کنترل بازار داریم » و افزود که این طرح ها تا پایان سال اجرا میشوند?
گزارش کامل را در https://example.com/news?id=1403 بخوانید؛ تماس: info@example.com
ﻻزم است  که  مردم از شایعات دوری کنند ، زیرا بازار ســـرمایه حساس است .`

const usage = `usage: normalize [flags] < input > output

Normalizes Persian text from standard input, one line at a time.
With -sample, or when standard input is a terminal, it shows a built-in
sample before and after.

Flags:
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, stdinIsTerminal()))
}

// run is the whole command, apart from the process: it returns the exit
// status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, interactive bool) int {
	fs := flag.NewFlagSet("normalize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	var (
		showSample = fs.Bool("sample", false, "normalize the built-in sample and show it before and after")
		profile    = fs.String("profile", "default", "`profile`: default (for readers) or search (aggressive folding for indexing)")
		digits     = fs.String("digits", "", "digit set: persian, latin or keep (default persian; latin under -profile=search)")
		diacritics = fs.Bool("diacritics", true, "keep diacritics (harakat, tanvin, shadda, sukun)")
		bidi       = fs.Bool("bidi", false, "keep bidi control marks (LRM, RLM, ALM, embeddings, isolates)")
		quotes     = fs.String("quotes", "keep", "quotation marks: keep, or guillemets to turn \"…\" around Persian text into «…»")
		ellipsis   = fs.Bool("ellipsis", false, `turn "..." into "…"`)
		spacing    = fs.Bool("spacing", true, "apply the spacing and punctuation rules")
		zwnj       = fs.Bool("zwnj", true, "repair missing and misplaced ZWNJs (half spaces)")
	)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "normalize: unexpected argument %q (input comes from standard input)\n", fs.Arg(0))
		return 2
	}
	var opts []normalize.Option
	switch *profile {
	case "default":
	case "search":
		opts = append(opts, normalize.Search())
	default:
		fmt.Fprintf(stderr, "normalize: unknown -profile %q (want default or search)\n", *profile)
		return 2
	}
	switch *digits {
	case "":
	case "persian":
		opts = append(opts, normalize.WithDigits(normalize.PersianDigits))
	case "latin":
		opts = append(opts, normalize.WithDigits(normalize.LatinDigits))
	case "keep":
		opts = append(opts, normalize.WithDigits(normalize.KeepDigits))
	default:
		fmt.Fprintf(stderr, "normalize: unknown -digits %q (want persian, latin or keep)\n", *digits)
		return 2
	}
	switch *quotes {
	case "keep":
	case "guillemets":
		opts = append(opts, normalize.WithQuoteStyle(normalize.Guillemets))
	default:
		fmt.Fprintf(stderr, "normalize: unknown -quotes %q (want keep or guillemets)\n", *quotes)
		return 2
	}
	if !*diacritics {
		opts = append(opts, normalize.WithDiacritics(false))
	}
	opts = append(opts,
		normalize.WithBidiControls(*bidi),
		normalize.WithEllipsis(*ellipsis),
		normalize.WithSpacing(*spacing),
		normalize.WithZWNJRepair(*zwnj),
	)
	n := normalize.New(opts...)

	if *showSample || interactive {
		fmt.Fprintf(stdout, "before:\n%s\n\nafter:\n%s\n", sample, n.String(sample))
		return 0
	}
	if err := normalizeLines(n, stdin, stdout); err != nil {
		fmt.Fprintln(stderr, "normalize:", err)
		return 1
	}
	return 0
}

// normalizeLines copies in to out through n, flushing after each line so
// that a pipe sees a line as soon as it is done. Memory stays bounded even
// for a line without end.
func normalizeLines(n *normalize.Normalizer, in io.Reader, out io.Writer) error {
	bw := bufio.NewWriter(out)
	w := &lineFlusher{w: bw}
	nw := n.Writer(w)
	br := bufio.NewReaderSize(in, 64<<10)
	for {
		chunk, err := br.ReadSlice('\n')
		if len(chunk) > 0 {
			if _, werr := nw.Write(chunk); werr != nil {
				return fmt.Errorf("writing output: %w", werr)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("reading input: %w", err)
		}
	}
	if err := nw.Close(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	return nil
}

// lineFlusher flushes its buffered writer whenever a write ends a line.
type lineFlusher struct{ w *bufio.Writer }

func (f *lineFlusher) Write(p []byte) (int, error) {
	n, err := f.w.Write(p)
	if err == nil && len(p) > 0 && p[len(p)-1] == '\n' {
		err = f.w.Flush()
	}
	return n, err
}

// stdinIsTerminal reports whether standard input is a character device,
// that is, a terminal with nobody typing into a pipe.
func stdinIsTerminal() bool {
	fi, err := os.Stdin.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
