package zwnj

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/persiantext/persian/internal/sharedtest"
)

// The rules of the standard orthography (the project's ORTHOGRAPHY.md),
// each in sentences of our own, glued and written apart.
func TestStandardOrthography(t *testing.T) {
	z := New(Config{})
	tests := []struct {
		rule, in, want string
	}{
		// می and نمی always take a ZWNJ, glued or apart
		{"mi glued", "ما هر شب کتاب میخوانیم", "ما هر شب کتاب می‌خوانیم"},
		{"mi apart", "این کار انجام می شود", "این کار انجام می‌شود"},
		{"nemi glued", "آنها نمیتوانند بیایند", "آن‌ها نمی‌توانند بیایند"},
		{"preverb keeps its glue", "سقف فرومیریزد", "سقف فرومی‌ریزد"},
		// the plural ها and its forms, after a letter that joins
		{"plural glued", "کتابها را خواندم", "کتاب‌ها را خواندم"},
		{"plural of a host the corpus glues", "در ماههای گذشته", "در ماه‌های گذشته"},
		{"plural with indefinite", "گزارشهایی رسید", "گزارش‌هایی رسید"},
		{"plural with copula", "این ارزشهاست", "این ارزش‌هاست"},
		{"plural with possessive", "کتابهایم را آوردم", "کتاب‌هایم را آوردم"},
		{"pronoun plurals", "آنها و اینها آمدند", "آن‌ها و این‌ها آمدند"},
		{"plural apart", "درخت ها سبز شدند", "درخت‌ها سبز شدند"},
		{"plural after a non-joiner is glued", "روز ها گذشت و صد ها نفر آمدند", "روزها گذشت و صدها نفر آمدند"},
		// the comparative and the superlative
		{"superlative glued", "مهمترین خبر امروز", "مهم‌ترین خبر امروز"},
		{"comparative glued", "این راه بزرگتر است", "این راه بزرگ‌تر است"},
		{"comparative with indefinite", "کار سختتری داریم", "کار سخت‌تری داریم"},
		{"superlative apart", "بزرگ ترین شهر", "بزرگ‌ترین شهر"},
		{"chain of superlative and plural", "بزرگ ترین ها آمدند", "بزرگ‌ترین‌ها آمدند"},
		{"joined comparatives stay joined", "بهترین و بیشترین و کمتر", "بهترین و بیشترین و کمتر"},
		// clitics, the ezafe and یی after a silent ه
		{"verb endings after heh", "آنها رفتهاند و ما گفتهایم", "آن‌ها رفته‌اند و ما گفته‌ایم"},
		{"possessive after heh", "خانهام را فروختم", "خانه‌ام را فروختم"},
		{"indefinite after heh", "نامهای نوشتم", "نامه‌ای نوشتم"},
		{"ezafe apart after heh", "در خانه ی من", "در خانه‌ی من"},
		{"ezafe with hamza stays", "در خانهٔ من", "در خانهٔ من"},
		{"ezafe glued after silent heh", "لایحهی بودجه در مرحلهی نهایی", "لایحه‌ی بودجه در مرحله‌ی نهایی"},
		{"ی after a pronounced heh stays glued", "راهی کوهی سپاهی توجیهی", "راهی کوهی سپاهی توجیهی"},
		{"yi after heh", "در گوشهیی نشست", "در گوشه‌یی نشست"},
		// glued by the standard
		{"pronoun clitics after other letters", "کتابم و دستش و کتابشان", "کتابم و دستش و کتابشان"},
		{"ی after other letters", "کتابی ایرانی", "کتابی ایرانی"},
		{"words the lexicon writes as one", "کتابخانه دانشگاه بنابراین", "کتابخانه دانشگاه بنابراین"},
		// compounds as the lexicon writes them
		{"glued compound gets its ZWNJ", "رئیسجمهور آمد", "رئیس‌جمهور آمد"},
		{"glued compound with a plural", "شهرکنشینان آمدند", "شهرک‌نشینان آمدند"},
		{"compound with a bound part", "همایش بین المللی", "همایش بین‌المللی"},
		{"compound whose part is never alone", "نقاشی خیال پرداز", "نقاشی خیال‌پرداز"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			got := repairString(z, tt.in)
			assert.Equal(t, showZWNJ(tt.want), showZWNJ(got))
			assert.Equal(t, showZWNJ(got), showZWNJ(repairString(z, got)), "repairing again changes nothing")
		})
	}
}

// A word that is a lexeme of its own is never split, though it ends like
// a plural or a comparative or starts like a verb.
func TestLexemesAreNeverSplit(t *testing.T) {
	z := New(Config{})
	for _, w := range []string{"تنها", "اژدها", "اشتها", "انتها", "دختر", "دفتر", "کبوتر", "بستر", "میخک", "میز", "میوه", "میدان"} {
		in := "او " + w + " را دید"
		assert.Equal(t, in, repairString(z, in), w)
	}
}

// Text that already writes its ZWNJs keeps its compounds as written:
// written apart, رئیس جمهور and به زودی are standard too. The same words,
// in text whose ZWNJs became spaces, are joined.
func TestCarefulTextKeepsItsCompounds(t *testing.T) {
	z := New(Config{})
	careful := []string{
		"رئیس جمهور به زودی به شهرهای شمالی می‌رود",
		"رئیس جمهور در این باره سخن گفت و گفت‌وگو را ادامه داد",
		"او موضعگیری تازه‌ای کرد", // a glued compound the corpus also writes glued
	}
	for _, in := range careful {
		assert.Equal(t, showZWNJ(in), showZWNJ(repairString(z, in)), in)
	}
	// a preposition and a word make a phrase, in damaged text too
	assert.Equal(t, showZWNJ("به زودی نتایج اعلام می‌شود"), showZWNJ(repairString(z, "به زودی نتایج اعلام می شود")))
	// a noun and a word of its own made from a compound verb's stem
	assert.Equal(t, showZWNJ("در حال بارگذاری داده‌ها"), showZWNJ(repairString(z, "در حال بارگذاری داده ها")))
	damaged := "رئیس جمهور در این باره سخن گفت و گفت وگو را ادامه داد و می گوید کتاب ها را خوانده است"
	want := "رئیس‌جمهور در این باره سخن گفت و گفت‌وگو را ادامه داد و می‌گوید کتاب‌ها را خوانده است"
	assert.Equal(t, showZWNJ(want), showZWNJ(repairString(z, damaged)))
}

// ها said twice stays two words, however often it is said, and costs no
// more than any other word.
func TestRepeatedParticlesStayApart(t *testing.T) {
	z := New(Config{})
	for _, in := range []string{"ها ها", "ها ها ها ها ها ها", "تر تر", "ای ای ای", "ترین ها ها"} {
		assert.Equal(t, in, repairString(z, in))
	}
	long := strings.Repeat("ها ", 5000)
	assert.Equal(t, long, repairString(z, long))
}

// The words of the sample news page that the library exists for, in
// sentences of our own.
func TestNewsPageWordsAreRepaired(t *testing.T) {
	z := New(Config{})
	in := "در ماههای اخیر گزارشها از تلاشهای تازه و تحریمهای جدید گروههای مختلف خبر دادند و مهمترین آنها پر بحث ترین ها بود"
	got := repairString(z, in)
	for _, w := range []string{"ماه‌های", "گزارش‌ها", "تلاش‌های", "تحریم‌های", "گروه‌های", "مهم‌ترین", "آن‌ها", "بحث‌ترین‌ها"} {
		assert.Contains(t, showZWNJ(got), showZWNJ(w))
	}
}

// TestSeedPage runs the repair on the scraped page in the shared data,
// when it is there, and checks the words the orthography issue named.
func TestSeedPage(t *testing.T) {
	data, err := os.ReadFile(sharedtest.Path(t, "seed/news-page.txt"))
	require.NoError(t, err)
	z := New(Config{})
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		out = append(out, repairString(z, line))
	}
	page := strings.Join(out, "\n")
	for _, w := range []string{"ماه‌های", "گزارش‌ها", "تلاش‌های", "تحریم‌های", "گروه‌های", "مهم‌ترین", "بحث‌ترین‌ها"} {
		assert.Contains(t, page, w)
	}
	for _, w := range []string{"ماههای", "گزارشها", "تلاشهای", "تحریمهای", "گروههای", "مهمترین"} {
		assert.NotContains(t, page, w)
	}
}
