package tokenize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func sentenceTexts(text string) []string {
	var out []string
	for _, s := range Sentences(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"period, question, exclamation",
			"هوا سرد است. کی می‌آیی؟ چه خوب!",
			[]string{"هوا سرد است.", "کی می‌آیی؟", "چه خوب!"}},
		{"combined terminators stay together",
			"واقعاً؟! باور نمی‌کنم...",
			[]string{"واقعاً؟!", "باور نمی‌کنم..."}},
		{"closing guillemet belongs to the sentence",
			"گفت: «فردا می‌آیم.» بعد رفت.",
			[]string{"گفت: «فردا می‌آیم.»", "بعد رفت."}},
		{"closing bracket belongs to the sentence",
			"(این نکته مهم است.) ادامه می‌دهیم.",
			[]string{"(این نکته مهم است.)", "ادامه می‌دهیم."}},
		{"a quotation of two sentences closes in the second",
			"گفت: «خسته‌ام. می‌روم.» و رفت.",
			[]string{"گفت: «خسته‌ام.", "می‌روم.»", "و رفت."}},
		{"a closing bracket with nothing open starts the next sentence",
			"این را نوشت. )جلد دوم( و بس.",
			[]string{"این را نوشت.", ")جلد دوم( و بس."}},
		{"mirrored guillemets",
			"»جمله‌ای نقل‌شده است.« و ادامه.",
			[]string{"»جمله‌ای نقل‌شده است.«", "و ادامه."}},
		{"an opening bracket glued to the next word opens the next sentence",
			"پایان بخش.(یادداشت) آغاز بخش.",
			[]string{"پایان بخش.", "(یادداشت) آغاز بخش."}},
		{"a mirrored bracket glued to the terminator closes the sentence",
			"او گفت )با لبخند.( و رفت.",
			[]string{"او گفت )با لبخند.(", "و رفت."}},
		{"straight quotes",
			`گفت "بله." سپس نشست.`,
			[]string{`گفت "بله."`, "سپس نشست."}},
		{"a straight quotation of two sentences",
			`گفت: "خسته‌ام. می‌روم." و رفت.`,
			[]string{`گفت: "خسته‌ام.`, `می‌روم."`, "و رفت."}},
		{"numbers do not split",
			"قیمت ۱۲٫۵ و 3.14 است. تمام.",
			[]string{"قیمت ۱۲٫۵ و 3.14 است.", "تمام."}},
		{"URLs do not split",
			"به www.example.com سر بزنید. ممنون.",
			[]string{"به www.example.com سر بزنید.", "ممنون."}},
		{"single-letter abbreviations",
			"در سال ۵۰۰ ق.م. شهر ساخته شد. خوب است.",
			[]string{"در سال ۵۰۰ ق.م. شهر ساخته شد.", "خوب است."}},
		{"Latin abbreviation",
			"Dr. Smith آمد. رفت.",
			[]string{"Dr. Smith آمد.", "رفت."}},
		{"period inside a file name",
			"فایل report.txt را ببین. تمام.",
			[]string{"فایل report.txt را ببین.", "تمام."}},
		{"blank line is a boundary",
			"عنوان خبر\n\nمتن خبر اینجاست",
			[]string{"عنوان خبر", "متن خبر اینجاست"}},
		{"a line break after a long line is not a boundary",
			"این جملهٔ بلند در روزنامه‌ای چاپ شد که سطرهایش را\nشکسته بود.",
			[]string{"این جملهٔ بلند در روزنامه‌ای چاپ شد که سطرهایش را\nشکسته بود."}},
		{"a line that ends with a conjunction goes on",
			"سیب، گلابی و\nموز خریدم.",
			[]string{"سیب، گلابی و\nموز خریدم."}},
		{"a short line without a terminator is a heading",
			"بین‌الملل ۱۸:۱۴ - ۰۳ فروردین ۱۴۰۴\nکرملین اعلام کرد که تماس‌ها ادامه دارد.",
			[]string{"بین‌الملل ۱۸:۱۴ - ۰۳ فروردین ۱۴۰۴", "کرملین اعلام کرد که تماس‌ها ادامه دارد."}},
		{"dateline with dash",
			"تهران - ایرنا: رئیس سازمان گفت: کار تمام شد.",
			[]string{"تهران - ایرنا:", "رئیس سازمان گفت: کار تمام شد."}},
		{"dateline of an agency",
			"واحد مرکزی خبر: باران آمد.",
			[]string{"واحد مرکزی خبر:", "باران آمد."}},
		{"dateline without a colon",
			"پکن - ایرنا رئیس‌جمهور وارد شد.",
			[]string{"پکن - ایرنا", "رئیس‌جمهور وارد شد."}},
		{"dateline with a trailing dash",
			"تهران - ایرنا - جلسه آغاز شد.",
			[]string{"تهران - ایرنا -", "جلسه آغاز شد."}},
		{"an agency in the middle of a sentence",
			"به گزارش ایرنا جلسه آغاز شد.",
			[]string{"به گزارش ایرنا جلسه آغاز شد."}},
		{"an ordinary colon does not end a sentence",
			"وزیر گفت: جلسه فردا است.",
			[]string{"وزیر گفت: جلسه فردا است."}},
		{"ellipsis after و means and so on",
			"سیب، گلابی و … خریدیم. بعد رفتیم.",
			[]string{"سیب، گلابی و … خریدیم.", "بعد رفتیم."}},
		{"a comma after the closing quote continues the sentence",
			"با عنوان «چرا؟»، مقاله‌ای نوشت. تمام.",
			[]string{"با عنوان «چرا؟»، مقاله‌ای نوشت.", "تمام."}},
		{"an editor's mark in brackets",
			"او گفت (!) که می‌آید. تمام.",
			[]string{"او گفت (!) که می‌آید.", "تمام."}},
		{"no terminator at the end",
			"جملهٔ بی‌نقطه",
			[]string{"جملهٔ بی‌نقطه"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, sentenceTexts(tt.in))
		})
	}
}

func TestSentenceTokensAgreeWithSentences(t *testing.T) {
	text := "تهران - ایرنا: هوا سرد است. «چرا؟» پرسید.\n\nپایان"
	spans := Sentences(text)
	groups := SentenceTokens(text)
	assert.Len(t, groups, len(spans))
	for i, g := range groups {
		assert.Equal(t, spans[i].Start, g[0].Start)
		assert.Equal(t, spans[i].End, g[len(g)-1].End)
	}
}
