package normalize_test

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/persiantext/persian/normalize"
)

func ExampleString() {
	fmt.Println(normalize.String("كتاب هاي  علي را خواندم ."))
	// Output: کتاب‌های علی را خواندم.
}

func ExampleNew() {
	n := normalize.New(
		normalize.WithDigits(normalize.LatinDigits),
		normalize.WithDiacritics(false),
	)
	fmt.Println(n.String("قیمت ۱۲٬۵۰۰ تومان برای کِتاب"))
	// Output: قیمت 12,500 تومان برای کتاب
}

func ExampleWithDigits() {
	n := normalize.New()
	fmt.Println(n.String("ساعت 18:14 روز 1404/01/03، عدد 3.14 و فایل mp3"))
	// Output: ساعت ۱۸:۱۴ روز ۱۴۰۴/۰۱/۰۳، عدد ۳٫۱۴ و فایل mp3
}

func ExampleSearch() {
	n := normalize.New(normalize.Search())
	fmt.Println(n.String("مسئلهٔ تأثیر ۱۴۰۴"))
	// Output: مسیله تاثیر 1404
}

func ExampleWithQuoteStyle() {
	n := normalize.New(normalize.WithQuoteStyle(normalize.Guillemets), normalize.WithEllipsis(true))
	fmt.Println(n.String(`او گفت "سلام" و رفت...`))
	// Output: او گفت «سلام» و رفت…
}

func ExampleNormalizer_Reader() {
	n := normalize.New()
	in := strings.NewReader("سلام  دنيا\nﻻزم است .\n")
	if _, err := io.Copy(os.Stdout, n.Reader(in)); err != nil {
		fmt.Println(err)
	}
	// Output:
	// سلام دنیا
	// لازم است.
}

func ExampleNormalizer_Writer() {
	w := normalize.New().Writer(os.Stdout)
	defer w.Close() // safe: a second Close writes nothing more
	fmt.Fprint(w, "كتاب ها")
	if err := w.Close(); err != nil { // flushes the last line, which has no '\n'
		fmt.Println(err)
	}
	_, err := fmt.Fprint(w, "more")
	fmt.Println()
	fmt.Println(errors.Is(err, normalize.ErrClosed))
	// Output:
	// کتاب‌ها
	// true
}

func ExampleNormalizer_Append() {
	n := normalize.New()
	buf := make([]byte, 0, 1024)
	for _, line := range []string{"علي", "ميروم"} {
		buf = n.AppendString(buf[:0], line) // no allocation: buf has room
		fmt.Println(string(buf))
	}
	// Output:
	// علی
	// می‌روم
}

func ExampleNormalizer_Transformer() {
	// Compose with NFC, which puts decomposed hamza forms together first.
	t := transform.Chain(norm.NFC, normalize.New().Transformer())
	out, _, err := transform.String(t, "مسا\u0654له")
	if err != nil {
		fmt.Println(err)
	}
	fmt.Println(out)
	// Output: مسأله
}

// URLs, addresses and markup pass through as written; hashtags and
// mentions keep their shape but get Persian letters, so that a search for
// the tag finds it.
func ExampleString_protectedSpans() {
	fmt.Println(normalize.String("برچسب #كتاب_خواني در example.com/page?id=3 و ssh://host/path123"))
	// Output: برچسب #کتاب_خوانی در example.com/page?id=3 و ssh://host/path123
}

// Normalize a text and find where a word of the output stands in the raw
// text the user has: here the glued plural of «كتاب ها» and a number.
func ExampleNormalizer_AppendOffsets() {
	raw := "كتاب ها را در سال 1404 خريدم ."
	var m normalize.OffsetMap
	out := normalize.New().AppendOffsets(nil, []byte(raw), &m)
	fmt.Println(string(out))
	for _, word := range []string{"کتاب‌ها", "۱۴۰۴", "خریدم"} {
		s := strings.Index(string(out), word)
		rs, re := m.Raw(s, s+len(word))
		fmt.Printf("%s ← %q [%d:%d]\n", word, raw[rs:re], rs, re)
	}
	// Output:
	// کتاب‌ها را در سال ۱۴۰۴ خریدم.
	// کتاب‌ها ← "كتاب ها" [0:13]
	// ۱۴۰۴ ← "1404" [31:35]
	// خریدم ← "خريدم" [36:46]
}

// Out maps the other way: a span of the raw text to the output it became.
func ExampleOffsetMap_Out() {
	raw := "او ميرود"
	var m normalize.OffsetMap
	out := normalize.New().AppendOffsets(nil, []byte(raw), &m)
	s, e := m.Out(len("او "), len(raw))
	fmt.Printf("%q → %q\n", raw[len("او "):], out[s:e])
	// Output: "ميرود" → "می\u200cرود"
}

// OffsetReader fills the map as the normalized text is read, at any
// chunking; Forget keeps it small for a reader that moves forward.
func ExampleNormalizer_OffsetReader() {
	raw := "سلام  دنيا\nكتاب ها\n"
	var m normalize.OffsetMap
	r := normalize.New().OffsetReader(strings.NewReader(raw), &m)
	out, err := io.ReadAll(r)
	if err != nil {
		fmt.Println(err)
		return
	}
	line2 := strings.Index(string(out), "\n") + 1
	rs, re := m.Raw(line2, len(out)-1)
	fmt.Printf("%q ← %q\n", out[line2:len(out)-1], raw[rs:re])
	// Output: "کتاب\u200cها" ← "كتاب ها"
}
