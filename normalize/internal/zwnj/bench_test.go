package zwnj

import (
	"strings"
	"testing"
)

// zwnjNewsText is a news-like paragraph written for these benchmarks, half of
// it with its ZWNJs and half with them glued or spaced, plus a URL.
var zwnjNewsText = strings.Repeat(
	"به گزارش خبرنگار ما، وزیران خارجه دو کشور روز گذشته در نشستی در تهران دیدار و گفت‌وگو کردند. "+
		"آنها درباره همکاری‌های اقتصادی، گسترش روابط فرهنگی و پروژه‌های مشترک زیربنایی سخن گفتند و "+
		"اعلام کردند که این دیدارها ادامه خواهد یافت. سخنگوی وزارت خارجه گفت: «ما میکوشیم تا پایان سال "+
		"قراردادهای تازهای امضا کنیم و نمیخواهیم فرصتها از دست برود.» کارشناسان بینالمللی این نشست را "+
		"یکی از مهمترین رویدادهای ماه های اخیر میدانند. رسانه ها نیز گزارش دادند که شمار گردشگران "+
		"در سال ۱۴۰۳ به بیش از ۶ میلیون نفر رسیده است. متن کامل در https://example.ir/news/1403 آمده است.\n", 40)

func BenchmarkZWNJRepair(b *testing.B) {
	z := New(Config{})
	lines := strings.Split(strings.TrimSuffix(zwnjNewsText, "\n"), "\n")
	segs := make([][]byte, len(lines))
	for i, l := range lines {
		segs[i] = []byte(l)
	}
	buf := make([]byte, 0, 2*len(zwnjNewsText))
	b.SetBytes(int64(len(zwnjNewsText)))
	b.ReportAllocs()
	for b.Loop() {
		buf = buf[:0]
		for _, s := range segs {
			buf = z.Append(buf, s)
		}
	}
}

// BenchmarkZWNJRepairCorrectText measures text that needs no repair.
func BenchmarkZWNJRepairCorrectText(b *testing.B) {
	z := New(Config{})
	seg := z.Append(nil, []byte(strings.ReplaceAll(zwnjNewsText, "\n", " ")))
	buf := make([]byte, 0, 2*len(seg))
	b.SetBytes(int64(len(seg)))
	b.ReportAllocs()
	for b.Loop() {
		buf = z.Append(buf[:0], seg)
	}
}
