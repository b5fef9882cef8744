package date

import (
	"os"
	"testing"
	"time"
)

var (
	sinkDate Date
	sinkInt  int
	sinkTime time.Time
)

func BenchmarkFromGregorian(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		d, _ := FromGregorian(2025, time.March, 1+i%28)
		sinkDate = d
	}
}

func BenchmarkGregorian(b *testing.B) {
	d, _ := New(1404, Farvardin, 3)
	b.ReportAllocs()
	for b.Loop() {
		y, m, dd := d.Gregorian()
		sinkInt += y + int(m) + dd
	}
}

func BenchmarkFromTime(b *testing.B) {
	t := time.Date(2025, 3, 23, 18, 14, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		sinkDate, _ = FromTime(t)
	}
}

func BenchmarkParseLenientSeed(b *testing.B) {
	const seed = "18:14 - 03 فروردین 1404"
	b.SetBytes(int64(len(seed)))
	b.ReportAllocs()
	for b.Loop() {
		t, err := ParseLenient(seed)
		if err != nil {
			b.Fatal(err)
		}
		sinkTime = t
	}
}

func BenchmarkParseLenientCLDRFull(b *testing.B) {
	const s = "۱۴۰۴ فروردین ۳, یکشنبه ساعت ۱۸:۱۴"
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		sinkTime, _ = ParseLenient(s)
	}
}

func BenchmarkParseLayout(b *testing.B) {
	const s = "1404/01/03 18:14"
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		sinkTime, _ = Parse("yyyy/MM/dd HH:mm", s)
	}
}

func BenchmarkFormat(b *testing.B) {
	d, _ := New(1404, Farvardin, 3)
	b.ReportAllocs()
	buf := make([]byte, 0, 64)
	for b.Loop() {
		buf = Printer{}.AppendFormat(buf[:0], d, "EEEE d MMMM yyyy")
	}
}

func BenchmarkFind(b *testing.B) {
	var text []byte
	for len(text) < 1<<16 {
		text = append(text, "خبرگزاری گزارش داد که نشست روز یکشنبه ۳ فروردین ۱۴۰۴ ساعت ۱۸:۱۴ برگزار شد و ادامهٔ آن به هفتهٔ بعد موکول شد. "...)
		text = append(text, "این متن هیچ تاریخی ندارد، ولی عددهایی مانند ۱۲ و ۳۴/۵ در آن آمده است. "...)
	}
	s := string(text)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		sinkInt += len(Find(s))
	}
}

// BenchmarkBaselineTimeDate is the standard library doing comparable work
// (a civil date to an instant and back to a day of year), to read the
// conversion figures against on a given machine.
func BenchmarkBaselineTimeDate(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sinkInt += time.Date(2025, time.March, 1+i%28, 0, 0, 0, 0, time.UTC).YearDay()
	}
}

// header is the three-calendar header of issue 12, as Iranian news pages
// print it.
const header = "یکشنبه ۳ فروردین ۱۴۰۴ - ۲۳ رمضان ۱۴۴۶ - ۲۳ مارس ۲۰۲۵"

func BenchmarkParseLenientHeader(b *testing.B) {
	b.SetBytes(int64(len(header)))
	b.ReportAllocs()
	for b.Loop() {
		t, err := ParseLenient(header)
		if err != nil {
			b.Fatal(err)
		}
		sinkTime = t
	}
}

func BenchmarkHijriFromGregorian(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		h, _ := UmmAlQura.FromGregorian(2025, time.March, 1+i%28)
		sinkInt += h.Day()
	}
}

func BenchmarkHijriCivilFromGregorian(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		h, _ := HijriCivil.FromGregorian(2025, time.March, 1+i%28)
		sinkInt += h.Day()
	}
}

func BenchmarkHijriGregorian(b *testing.B) {
	h, _ := NewHijri(1446, Ramadan, 23)
	b.ReportAllocs()
	for b.Loop() {
		y, m, d := h.Gregorian()
		sinkInt += y + int(m) + d
	}
}

// BenchmarkFindSeedPage runs Find over the project's sample news page,
// real text with the dates such pages carry (skipped without ../shared).
func BenchmarkFindSeedPage(b *testing.B) {
	data, err := os.ReadFile("../../shared/seed/news-page.txt")
	if err != nil {
		b.Skip("no ../shared/seed/news-page.txt")
	}
	text := string(data)
	p := Parser{Now: time.Date(2025, 3, 23, 12, 0, 0, 0, Tehran())}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		sinkInt += len(p.Find(text))
	}
}

func BenchmarkParseLenientRelative(b *testing.B) {
	const s = "۲ ساعت و ۳۰ دقیقه پیش"
	p := Parser{Now: time.Date(2025, 3, 23, 12, 0, 0, 0, Tehran())}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		sinkTime, _ = p.ParseLenient(s)
	}
}

func BenchmarkParseLenientRFC3339(b *testing.B) {
	const s = "2025-03-23T14:44:00.123Z"
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		sinkTime, _ = ParseLenient(s)
	}
}
