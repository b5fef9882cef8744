package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// charOnly returns a Normalizer with the ZWNJ repair off, so that a test
// sees the character pass alone.
func charOnly(opts ...Option) *Normalizer {
	return New(append([]Option{WithZWNJRepair(false)}, opts...)...)
}

type ruleCase struct {
	name, in, want string
}

func runCases(t *testing.T, n *Normalizer, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := n.String(tc.in)
			assert.Equal(t, tc.want, got, "input %q", tc.in)
			assert.Equal(t, got, n.String(got), "not idempotent on %q", tc.in)
		})
	}
}

func TestLetterLookalikesBecomePersian(t *testing.T) {
	runCases(t, charOnly(), []ruleCase{
		{"arabic yeh and kaf", "علي كتاب", "علی کتاب"},
		{"alef maksura", "موسى", "موسی"},
		{"urdu and kurdish heh", "ہمہ ھمه ەوه", "همه همه هوه"},
		{"alef wasla", "ٱلله", "الله"},
		{"tatweel removed", "ســـلام", "سلام"},
		{"teh marbuta kept", "دایرةالمعارف", "دایرةالمعارف"},
		{"heh with yeh above kept", "خانۀ من", "خانۀ من"},
		{"heh with hamza mark kept", "خانهٔ من", "خانهٔ من"},
		{"hamza carriers kept", "تأثیر مؤسسه مسئله إسلام جزء", "تأثیر مؤسسه مسئله إسلام جزء"},
	})
}

func TestSearchProfileFoldsHamzaAndTehMarbuta(t *testing.T) {
	runCases(t, New(Search(), WithZWNJRepair(false)), []ruleCase{
		{"hamza carriers", "تأثیر مؤسسه مسئله إسلام", "تاثیر موسسه مسیله اسلام"},
		{"teh marbuta and ezafe", "دایرةالمعارف خانۀ خانهٔ", "دایرهالمعارف خانه خانه"},
		{"alef madda", "آب", "اب"},
		{"diacritics", "کِتابٌ", "کتاب"},
		{"digits latin even in Persian text", "سال ۱۴۰۴ و ٣", "سال 1404 و 3"},
	})
}

func TestPresentationFormsFoldToLetters(t *testing.T) {
	runCases(t, charOnly(), []ruleCase{
		{"lam alef isolated", "ﻻ", "لا"},
		{"lam alef inside a word", "ﻻزم", "لازم"},
		{"lam alef with madda", "ﻵ", "لآ"},
		{"contextual forms", "ﺳﻼﻡ", "سلام"},
		{"arabic yeh form becomes persian", "ﻲ", "ی"},
		{"allah ligature", "ﷲ", "الله"},
		{"rial sign spelled out", "۱۰ ﷼", "۱۰ ریال"},
		{"isolated fatha keeps the mark", "ب\uFE76", "ب\u064E"},
		{"ornate parenthesis stays", "﴾متن﴿", "﴾متن﴿"},
		{"byte order mark stays", "\uFEFFمتن", "\uFEFFمتن"},
	})
}

func TestDigitsFollowTargetByContext(t *testing.T) {
	runCases(t, charOnly(), []ruleCase{
		{"latin to persian", "سال 1404", "سال ۱۴۰۴"},
		{"arabic-indic to persian", "سال ١٤٠٤", "سال ۱۴۰۴"},
		{"decimal separator", "عدد 3.14 است", "عدد ۳٫۱۴ است"},
		{"thousands separator", "قیمت 12,500 تومان", "قیمت ۱۲٬۵۰۰ تومان"},
		{"thousands and decimal", "مبلغ 1,234.5 دلار", "مبلغ ۱٬۲۳۴٫۵ دلار"},
		{"date keeps slashes", "تاریخ 1404/01/03", "تاریخ ۱۴۰۴/۰۱/۰۳"},
		{"time keeps colon", "ساعت 18:14 - 03 فروردین", "ساعت ۱۸:۱۴ - ۰۳ فروردین"},
		{"iso date keeps hyphens", "روز 1404-01-03", "روز ۱۴۰۴-۰۱-۰۳"},
		{"version keeps its digits", "نسخه 1.2.3", "نسخه 1.2.3"},
		{"bad grouping keeps comma", "عدد 12,5", "عدد ۱۲,۵"},
		{"latin word keeps digits", "فایل mp3 و user123", "فایل mp3 و user123"},
		{"hyphenated identifier", "بیماری COVID-19 شیوع", "بیماری COVID-19 شیوع"},
		{"unit suffix", "تصویر 3D و 10px", "تصویر 3D و 10px"},
		{"latin sentence keeps digits", "I have 3 apples", "I have 3 apples"},
		{"markdown list marker", "1. مورد اول", "1. مورد اول"},
		{"sentence full stop after number", "سال 1404.", "سال ۱۴۰۴."},
	})
	runCases(t, charOnly(WithDigits(LatinDigits)), []ruleCase{
		{"persian to latin", "سال ۱۴۰۴ و ٣", "سال 1404 و 3"},
		{"separators to latin", "۳٫۱۴ و ۱۲٬۵۰۰", "3.14 و 12,500"},
	})
	runCases(t, charOnly(WithDigits(KeepDigits)), []ruleCase{
		{"keep", "سال 1404 و ۳٫۱۴ و ٣", "سال 1404 و ۳٫۱۴ و ٣"},
	})
}

func TestDiacritics(t *testing.T) {
	runCases(t, charOnly(), []ruleCase{
		{"kept by default", "کِتابٌ مُحَمَّد", "کِتابٌ مُحَمَّد"},
	})
	runCases(t, charOnly(WithDiacritics(false)), []ruleCase{
		{"removed", "کِتابٌ مُحَمَّد", "کتاب محمد"},
		{"superscript alef", "موسیٰ", "موسی"},
		{"hamza above kept", "خانهٔ", "خانهٔ"},
	})
}

func TestInvisibleCharacters(t *testing.T) {
	runCases(t, charOnly(), []ruleCase{
		{"soft hyphen between letters", "می\u00adروم", "می\u200cروم"},
		{"zero width space between letters", "کتاب\u200bها", "کتاب\u200cها"},
		{"not sign from keyboard", "می¬روم", "می\u200cروم"},
		{"not sign elsewhere is a sign", "¬p", "¬p"},
		{"misused zwj", "می\u200dروم", "می\u200cروم"},
		{"zwj in emoji stays", "👨\u200d👩", "👨\u200d👩"},
		{"soft hyphen in latin removed", "hyph\u00adenation", "hyphenation"},
		{"zero width space at edge removed", "\u200bسلام", "سلام"},
		{"bidi marks removed", "سلام\u200f \u202bدنیا\u202c", "سلام دنیا"},
		{"arabic letter mark removed", "\u061cسلام", "سلام"},
	})
	runCases(t, charOnly(WithBidiControls(true)), []ruleCase{
		{"bidi marks kept", "سلام\u200f دنیا", "سلام\u200f دنیا"},
	})
}

func TestZWNJCleanup(t *testing.T) {
	runCases(t, charOnly(), []ruleCase{
		{"run collapses", "می\u200c\u200c\u200cروم", "می\u200cروم"},
		{"next to space", "می\u200c روم \u200cو", "می روم و"},
		{"at line edges", "\u200cسلام\u200c", "سلام"},
		{"after non-joining letter", "دارد\u200cکه", "داردکه"},
		{"before punctuation", "کتاب\u200c.", "کتاب."},
		{"before a digit", "کتاب\u200c۲", "کتاب۲"},
		{"kept between letters", "کتاب\u200cها", "کتاب\u200cها"},
		{"kept in devanagari", "क\u200cष", "क\u200cष"},
	})
}

func TestSpacingAndPunctuation(t *testing.T) {
	runCases(t, charOnly(), []ruleCase{
		{"runs collapse", "سلام    دنیا", "سلام دنیا"},
		{"unicode spaces", "سلام\u00a0\u2009دنیا", "سلام دنیا"},
		{"trailing spaces go", "سلام   ", "سلام"},
		{"indentation kept", "    - مورد", "    - مورد"},
		{"blank line emptied", "    ", ""},
		{"tab kept", "الف\tب", "الف\tب"},
		{"persian comma", "سیب , پرتقال", "سیب، پرتقال"},
		{"persian question", "چرا?", "چرا؟"},
		{"persian semicolon", "الف; ب", "الف؛ ب"},
		{"latin comma stays", "apples, pears", "apples, pears"},
		{"comma before latin word stays", "کلمه, word", "کلمه, word"},
		{"no space before full stop", "تمام شد .", "تمام شد."},
		{"space after full stop", "تمام شد.بعدی", "تمام شد. بعدی"},
		{"space after persian comma", "الف،ب", "الف، ب"},
		{"colon", "گفت : سلام", "گفت: سلام"},
		{"time colon untouched", "ساعت ۱۸:۱۴", "ساعت ۱۸:۱۴"},
		{"brackets", "( متن ) و [ متن ]", "(متن) و [متن]"},
		{"guillemets", "« متن »", "«متن»"},
		{"domain keeps its dot", "سایت example.com را", "سایت example.com را"},
		{"dot net keeps its space", "با .NET", "با .NET"},
		{"crlf kept", "سلام  \r", "سلام\r"},
	})
	runCases(t, charOnly(WithEllipsis(true)), []ruleCase{
		{"ellipsis", "و...", "و…"},
		{"four dots stay", "و....", "و...."},
	})
	runCases(t, charOnly(WithQuoteStyle(Guillemets)), []ruleCase{
		{"straight pair", `او گفت "سلام" و رفت`, "او گفت «سلام» و رفت"},
		{"curly pair", "او گفت “سلام” و رفت", "او گفت «سلام» و رفت"},
		{"latin pair stays", `عبارت "hello" را`, `عبارت "hello" را`},
		{"unpaired stays", `اینچ 5"`, `اینچ ۵"`},
	})
	runCases(t, charOnly(WithSpacing(false)), []ruleCase{
		{"spacing off", "سلام  , دنیا ?", "سلام  , دنیا ?"},
	})
}

func TestProtectedSpansPassThrough(t *testing.T) {
	runCases(t, charOnly(), []ruleCase{
		{"url", "ببینید https://fa.example.com/ايران?id=12,3 را", "ببینید https://fa.example.com/ايران?id=12,3 را"},
		{"url leaves unbalanced bracket", "( www.example.com/a_1 )", "(www.example.com/a_1)"},
		{"email", "نامه به ali.r-12@mail.example.ir بفرستید", "نامه به ali.r-12@mail.example.ir بفرستید"},
		{"mention", "سلام @user_12 و @first.last", "سلام @user_12 و @first.last"},
		{"hashtag", "برچسب #ایران_1404", "برچسب #ایران_1404"},
		{"html tag", `متن <a href="x?a=1,b=2">پيوند</a>`, `متن <a href="x?a=1,b=2">پیوند</a>`},
		{"entity", "الف&nbsp;ب &#1610;", "الف&nbsp;ب &#1610;"},
		{"code span", "دستور `ls  -l 12` را", "دستور `ls  -l 12` را"},
		{"unclosed backtick is text", "علامت ` 12", "علامت ` ۱۲"},
	})
}

func TestInvalidUTF8PassesThrough(t *testing.T) {
	runCases(t, charOnly(), []ruleCase{
		{"lone byte kept", "سلام\xff دنیا", "سلام\xff دنیا"},
		{"removable char after invalid byte kept apart", "\xd8\u0640\xa8", "\xd8\u0640\xa8"},
		{"zwnj after invalid byte kept", "\xd8\u200c\xa8", "\xd8\u200c\xa8"},
		{"truncated rune at end", "علي\xd8", "علی\xd8"},
	})
}

func TestPackageLevelFunctionsUseDefaults(t *testing.T) {
	in := "علي  ميرود ."
	assert.Equal(t, New().String(in), String(in))
	assert.Equal(t, New().Bytes([]byte(in)), Bytes([]byte(in)))
}

func TestAppendReusesBuffer(t *testing.T) {
	n := New()
	buf := make([]byte, 0, 256)
	got := n.Append(buf, []byte("علي رفت"))
	assert.Equal(t, "علی رفت", string(got))
	assert.Equal(t, &buf[:1][0], &got[:1][0], "Append reallocated although dst had room")
	got = n.AppendString([]byte("x:"), "علي")
	assert.Equal(t, "x:علی", string(got))
}

// A mapped letter followed by U+0654 is the decomposed form of a letter
// that Persian keeps: ي + ٔ is ئ, and must not become یٔ.
func TestDecomposedHamzaLettersAreKept(t *testing.T) {
	runCases(t, charOnly(), []ruleCase{
		{"yeh and hamza above", "مسي\u0654له", "مسئله"},
		{"presentation yeh and hamza above", "ﭘﺎﻳ\u0654ﻴﺰ", "پائیز"},
		{"harakat between", "سي\u064e\u0654ل", "سئ\u064eل"},
		{"kurdish heh and hamza above", "خانە\u0654 من", "خانۀ من"},
		{"urdu heh and hamza above", "خانہ\u0654 من", "خانۀ من"},
		{"heh goal with hamza above", "خانۂ من", "خانۀ من"},
		{"blocked by a tatweel", "سيـ\u0654ل", "سی\u0654ل"},
		{"persian yeh and hamza stay", "سی\u0654ل", "سی\u0654ل"},
	})
	runCases(t, New(Search(), WithZWNJRepair(false)), []ruleCase{
		{"search folds both spellings alike", "مسي\u0654له مسئله", "مسیله مسیله"},
	})
}

// A line of one huge word is cut at a rune boundary (rule 5 of
// segment.go), but never between a letter and its combining marks.
func TestLongWordCutKeepsLetterWithItsMarks(t *testing.T) {
	n := charOnly()
	for pad := maxSegment/2 - 6; pad < maxSegment/2+2; pad++ {
		for _, marks := range []string{"\u0654", "\u064e\u0654", "\u064e\u0650\u0654"} {
			in := strings.Repeat("ب", pad) + "ي" + marks + strings.Repeat("ب", 1000)
			out := n.String(in)
			assert.NotContains(t, out, "ی", "pad %d, marks %q", pad, marks)
			assert.Contains(t, out, "ئ", "pad %d, marks %q", pad, marks)
		}
	}
}

func TestZWNJRepairOptions(t *testing.T) {
	assert.Equal(t, "میکنیم", New(WithZWNJRepair(false)).String("میکنیم"), "repair switched off")
	assert.Equal(t, "می\u200cکنیم", New(WithZWNJRepair(false), WithZWNJRepair(true)).String("میکنیم"), "the last option wins")
	n := New(WithWords("ری‌استارت"), WithExceptions("کتاب ها"))
	assert.Equal(t, "ری\u200cاستارت کنید", n.String("ریاستارت کنید"))
	assert.Equal(t, "کتاب ها و نامه\u200cها", n.String("کتاب ها و نامه ها"))
}
