package normalize

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/transform"
)

// newsSentences are written for the benchmarks in the style of a Persian
// news page copied from the web: Arabic yeh and kaf, Latin digits, glued
// and spaced half-spaces, a space before punctuation.
var newsSentences = []string{
	"به گزارش خبرگزاري ما، وزير اقتصاد روز دوشنبه در نشست خبري اعلام كرد که نرخ تورم ماهانه به %d درصد رسیده است .",
	"این مقام مسئول افزود که برنامه های دولت برای کنترل بازار ارز تا پایان سال %d اجرا میشود و نتایج آن به زودی مشخص خواهد شد.",
	"کارشناسان اقتصادی میگویند که قیمت مسکن در تهران طی ماههای اخیر بیش از %d,500 تومان برای هر متر مربع افزایش یافته است.",
	"بانک مرکزی در گزارشی که روز 03 فروردین منتشر شد ، از رشد %d.5 درصدی نقدینگی در سه ماه نخست سال خبر داد.",
	"نمایندگان مجلس نیز در جلسه علنی امروز درباره لایحه بودجه سال آینده و ردیفهای مربوط به آموزش و پرورش گفتوگو کردند.",
	"سخنگوی وزارت امور خارجه گفت : « ما به هیچ وجه اجازه نخواهیم داد که منافع ملی کشور در مذاکرات نادیده گرفته شود ».",
	"تیم ملی فوتبال ایران در دیدار دوستانه خود با نتیجه %d بر یک به پیروزی رسید و به مرحله بعدی رقابتها راه یافت.",
	"به گفته مسئولان شهرداری، عملیات ساخت خط جدید مترو از ساعت 18:30 روز شنبه آغاز شده و تا سال 1405 ادامه خواهد داشت.",
	"رئیس سازمان هواشناسی هشدار داد که بارشهای شدید در استانهای شمالی ممکن است باعث جاری شدن سیلاب در مناطق کم ارتفاع شود.",
	"دانشگاه تهران اعلام کرد که ثبتنام دانشجویان جدید از طریق سامانه اینترنتی انجام میشود و نیازی به مراجعه حضوری نیست.",
}

// newsText returns about size bytes of news-like text: paragraphs of three
// to six sentences, one paragraph per line.
func newsText(size int) []byte {
	var sb strings.Builder
	for i := 0; sb.Len() < size; i++ {
		s := newsSentences[i%len(newsSentences)]
		if strings.Contains(s, "%d") {
			s = fmt.Sprintf(s, 10+i%90)
		}
		sb.WriteString(s)
		if i%(3+i%4) == 2 {
			sb.WriteByte('\n')
		} else {
			sb.WriteByte(' ')
		}
	}
	return []byte(sb.String())
}

func benchmarkAppend(b *testing.B, n *Normalizer, src []byte) {
	buf := n.Append(nil, src)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		buf = n.Append(buf[:0], src)
	}
}

// BenchmarkAppend measures the whole normalizer on text that needs work,
// writing into a reused buffer.
func BenchmarkAppend(b *testing.B) {
	src := newsText(1 << 20)
	b.Run("default", func(b *testing.B) { benchmarkAppend(b, New(), src) })
	b.Run("repair-off", func(b *testing.B) { benchmarkAppend(b, New(WithZWNJRepair(false)), src) })
	b.Run("search", func(b *testing.B) { benchmarkAppend(b, New(Search()), src) })
}

// BenchmarkAppendNormal measures text that is already normal.
func BenchmarkAppendNormal(b *testing.B) {
	n := New(WithZWNJRepair(false))
	benchmarkAppend(b, n, n.Bytes(newsText(1<<20)))
}

func benchmarkSpan(b *testing.B, n *Normalizer) {
	src := n.Bytes(newsText(1 << 20))
	t := n.Transformer()
	if k, err := t.Span(src, true); err != nil || k != len(src) {
		b.Fatalf("Span stopped at %d of %d: %v", k, len(src), err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		t.Reset()
		t.Span(src, true)
	}
}

// BenchmarkSpan measures Span over already-normal text.
func BenchmarkSpan(b *testing.B) {
	b.Run("repair-off", func(b *testing.B) { benchmarkSpan(b, New(WithZWNJRepair(false))) })
	b.Run("default", func(b *testing.B) { benchmarkSpan(b, New()) })
}

// BenchmarkTransformer measures the streaming path through transform.
func BenchmarkTransformer(b *testing.B) {
	src := newsText(1 << 20)
	n := New()
	dst := make([]byte, 2*len(src))
	t := n.Transformer()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		t.Reset()
		if _, _, err := t.Transform(dst, src, true); err != nil && err != transform.ErrShortDst {
			b.Fatal(err)
		}
	}
}

// BenchmarkNormalizeDefaultWithZWNJRepair measures the whole default
// Normalizer, the ZWNJ repair included.
func BenchmarkNormalizeDefaultWithZWNJRepair(b *testing.B) {
	n := New()
	in := newsText(1 << 20)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		n.Bytes(in)
	}
}
