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
		{"an ellipsis after a list of nouns joined by و goes on",
			"در این باغ کاج و سرو و چنار… و درختان میوه‌ای چون انار کاشته‌اند. تمام.",
			[]string{"در این باغ کاج و سرو و چنار… و درختان میوه‌ای چون انار کاشته‌اند.", "تمام."}},
		{"an ellipsis after a noun and an unknown word joined by و goes on",
			"از پرندگان، گنجشک و سهره … در این دره فراوان است.",
			[]string{"از پرندگان، گنجشک و سهره … در این دره فراوان است."}},
		{"an ellipsis after a clause that ends with a verb and و ends the sentence",
			"پدر به خانه آمد و رفت… فردا دوباره می‌آید.",
			[]string{"پدر به خانه آمد و رفت…", "فردا دوباره می‌آید."}},
		{"an ellipsis after «verb و noun» ends the sentence",
			"باغ ما بزرگ است و حوض… بچه‌ها همیشه آنجا بازی می‌کنند.",
			[]string{"باغ ما بزرگ است و حوض…", "بچه‌ها همیشه آنجا بازی می‌کنند."}},
		{"an ellipsis after a verb with می‌ ends the sentence",
			"او کتاب و می‌خواند… ناگهان در زدند.",
			[]string{"او کتاب و می‌خواند…", "ناگهان در زدند."}},
		{"an ellipsis after a past participle ends the sentence",
			"نامه نوشته و رفته… هیچ‌کس ندید.",
			[]string{"نامه نوشته و رفته…", "هیچ‌کس ندید."}},
		{"an ellipsis after a single noun ends the sentence",
			"سکوت بود و سکوت. باران… همه به خانه رفتند.",
			[]string{"سکوت بود و سکوت.", "باران…", "همه به خانه رفتند."}},
		{"a list that trails off at the end of a line ends the sentence",
			"سیب و گلابی…\nفردا به بازار می‌رویم.",
			[]string{"سیب و گلابی…", "فردا به بازار می‌رویم."}},
		{"a list that trails off before a number ends the sentence",
			"سیب و گلابی… ۱۲ نفر آمدند.",
			[]string{"سیب و گلابی…", "۱۲ نفر آمدند."}},
		{"an ellipsis after a colon opens a quotation",
			"وزیر گفت: … این طرح تا پایان سال ادامه دارد. تمام.",
			[]string{"وزیر گفت: … این طرح تا پایان سال ادامه دارد.", "تمام."}},
		{"an ellipsis after an opening quote marks an elided start",
			"«… و سرانجام به خانه رسیدیم.» تمام.",
			[]string{"«… و سرانجام به خانه رسیدیم.»", "تمام."}},
		{"an omission in brackets inside a quotation",
			"مدیر گفت: «ما این طرح را […] تا پایان سال ادامه می‌دهیم.» تمام.",
			[]string{"مدیر گفت: «ما این طرح را […] تا پایان سال ادامه می‌دهیم.»", "تمام."}},
		{"an ellipsis that opens a sentence does not end it",
			"تهران - ایرنا: … و سرانجام قرارداد امضا شد.",
			[]string{"تهران - ایرنا:", "… و سرانجام قرارداد امضا شد."}},
		{"an ellipsis alone on its line stays a sentence",
			"فصل اول\n…\nفصل دوم آغاز شد.",
			[]string{"فصل اول", "…", "فصل دوم آغاز شد."}},
		{"a headline without a period runs into a dateline",
			"افزایش بارش برف در کوهستان تبریز - ایرنا: برف سنگین راه‌ها را بست.",
			[]string{"افزایش بارش برف در کوهستان", "تبریز - ایرنا:", "برف سنگین راه‌ها را بست."}},
		{"a short headline runs into a dateline",
			"زلزله در ژاپن توکیو - ایسنا: خسارتی گزارش نشد.",
			[]string{"زلزله در ژاپن", "توکیو - ایسنا:", "خسارتی گزارش نشد."}},
		{"a long headline line runs into a dateline on the next line",
			"نشست سران کشورهای حاشیهٔ دریای خزر پس از دو روز گفت‌وگو به پایان رسید\nباکو - ایرنا: بیانیهٔ پایانی امضا شد.",
			[]string{"نشست سران کشورهای حاشیهٔ دریای خزر پس از دو روز گفت‌وگو به پایان رسید", "باکو - ایرنا:", "بیانیهٔ پایانی امضا شد."}},
		{"a headline runs into a dateline that ends with a dash",
			"بازگشایی مدارس پس از تعطیلات شیراز - مهر - کلاس‌ها از امروز آغاز شد.",
			[]string{"بازگشایی مدارس پس از تعطیلات", "شیراز - مهر -", "کلاس‌ها از امروز آغاز شد."}},
		{"a dateline whose place has several words after a sentence end",
			"کشتی رسید. بندر امام خمینی - ایرنا: بار تخلیه شد.",
			[]string{"کشتی رسید.", "بندر امام خمینی - ایرنا:", "بار تخلیه شد."}},
		{"a run that ends with a preposition is not a headline",
			"سفر وزیر خارجهٔ چین به تهران - ایرنا: گزارش داد.",
			[]string{"سفر وزیر خارجهٔ چین به تهران - ایرنا: گزارش داد."}},
		{"an agency after a dash inside a sentence, without a colon",
			"گزارش مشترک دو خبرگزاری تهران - ایرنا را بخوانید.",
			[]string{"گزارش مشترک دو خبرگزاری تهران - ایرنا را بخوانید."}},
		{"a range of months is not a dateline",
			"مقایسهٔ قیمت‌ها در ماه‌های شهریور - مهر: هر دو گران بود.",
			[]string{"مقایسهٔ قیمت‌ها در ماه‌های شهریور - مهر: هر دو گران بود."}},
		{"a dash between words that is not a dateline",
			"مسابقهٔ دیروز تیم‌های ملی ایران - ژاپن: دو بر یک.",
			[]string{"مسابقهٔ دیروز تیم‌های ملی ایران - ژاپن: دو بر یک."}},
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
