package tokenize_test

import (
	"fmt"
	"strings"

	"github.com/persiantext/persian/tokenize"
)

func Example() {
	for _, tok := range tokenize.Tokens("کتاب‌هایم را ۱۴۰۴/۰۱/۰۳ به ۱۲٫۵٪ تخفیف خریدم!") {
		fmt.Println(tok.Kind, tok.Text)
	}
	// Output:
	// Word کتاب‌هایم
	// Word را
	// Number ۱۴۰۴/۰۱/۰۳
	// Word به
	// Number ۱۲٫۵٪
	// Word تخفیف
	// Word خریدم
	// Punctuation !
}

func ExampleSentences() {
	text := "تهران - ایرنا: وزیر گفت: «جلسه فردا است.» خبرنگاران پرسیدند چرا؟!"
	for _, s := range tokenize.Sentences(text) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// تهران - ایرنا:
	// وزیر گفت: «جلسه فردا است.»
	// خبرنگاران پرسیدند چرا؟!
}

// A headline without a period that runs into a dateline, and an ellipsis
// that trails off a list inside a sentence.
func ExampleSentences_headline() {
	text := "بازگشایی مدارس پس از تعطیلات شیراز - ایرنا: دانش‌آموزان با کیف و کتاب و دفتر… به کلاس رفتند."
	for _, s := range tokenize.Sentences(text) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// بازگشایی مدارس پس از تعطیلات
	// شیراز - ایرنا:
	// دانش‌آموزان با کیف و کتاب و دفتر… به کلاس رفتند.
}

func ExampleScanner() {
	s := tokenize.NewScanner(strings.NewReader("سلام 👋🏽 به #روز_معلم! نشانی: https://example.ir"))
	for s.Scan() {
		tok := s.Token()
		fmt.Printf("%d-%d %s %s\n", tok.Start, tok.End, tok.Kind, s.Bytes())
	}
	if err := s.Err(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 0-8 Word سلام
	// 9-17 Emoji 👋🏽
	// 18-22 Word به
	// 23-39 Hashtag #روز_معلم
	// 39-40 Punctuation !
	// 41-51 Word نشانی
	// 51-52 Punctuation :
	// 53-71 URL https://example.ir
}

func ExampleUD() {
	t := tokenize.New(tokenize.UD())
	text := "خودش مرا معتقد کرد که کتاب‌هایشان اینجاست."
	for _, tok := range t.Tokens(text) {
		if !tok.IsMultiword() {
			fmt.Println(tok.Text)
			continue
		}
		var words []string
		for _, w := range tok.Words {
			words = append(words, text[w.Start:w.End])
		}
		fmt.Println(tok.Text, "=", strings.Join(words, " + "))
	}
	// Output:
	// خودش = خود + ش
	// مرا = م + را
	// معتقد
	// کرد
	// که
	// کتاب‌هایشان = کتاب‌های + شان
	// اینجاست = اینجا + ست
	// .
}

func ExampleJoinVerbs() {
	t := tokenize.New(tokenize.JoinVerbs())
	for _, tok := range t.Tokens("نامه فردا نوشته خواهد شد.") {
		fmt.Printf("[%s]", tok.Text)
	}
	fmt.Println()
	// Output: [نامه][فردا][نوشته خواهد شد][.]
}

func ExampleWords() {
	words := tokenize.Words("کتاب‌هایم را در ۱۴۰۴/۰۱/۰۳ خریدم!")
	fmt.Println(strings.Join(words, " | "))
	// Output: کتاب‌هایم | را | در | ۱۴۰۴/۰۱/۰۳ | خریدم | !
}

// In UD mode, Words gives the syntactic words of multiword tokens.
func ExampleTokenizer_Words() {
	t := tokenize.New(tokenize.UD())
	fmt.Println(strings.Join(t.Words("خودش کتاب‌هایشان را آورد."), " | "))
	// Output: خود | ش | کتاب‌های | شان | را | آورد | .
}

func ExampleSentenceWords() {
	for _, words := range tokenize.SentenceWords("هوا سرد است. کی می‌آیی؟") {
		fmt.Println(strings.Join(words, " | "))
	}
	// Output:
	// هوا | سرد | است | .
	// کی | می‌آیی | ؟
}

func ExampleSentenceTexts() {
	for _, s := range tokenize.SentenceTexts("فهرست\n۱. مقدمه\n۲. روش کار") {
		fmt.Println(s)
	}
	// Output:
	// فهرست
	// ۱. مقدمه
	// ۲. روش کار
}

func ExampleTokensSeq() {
	for tok := range tokenize.TokensSeq("ساعت 18:14 به #تهران رسیدیم 👍🏽") {
		fmt.Println(tok.Kind, tok.Text)
	}
	// Output:
	// Word ساعت
	// Number 18:14
	// Word به
	// Hashtag #تهران
	// Word رسیدیم
	// Emoji 👍🏽
}

func ExampleSentenceTokensSeq() {
	for sent := range tokenize.SentenceTokensSeq("باران آمد. همه رفتند!") {
		fmt.Println(len(sent), "tokens, ending with", sent[len(sent)-1].Text)
	}
	// Output:
	// 3 tokens, ending with .
	// 3 tokens, ending with !
}

func ExampleScanner_Tokens() {
	s := tokenize.NewScanner(strings.NewReader("نامه‌ات را info@example.ir فرستاد."))
	for tok := range s.Tokens() {
		fmt.Println(tok.Start, tok.End, tok.Kind, tok.Text)
	}
	if err := s.Err(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 0 15 Word نامه‌ات
	// 16 20 Word را
	// 21 36 Email info@example.ir
	// 37 49 Word فرستاد
	// 49 50 Punctuation .
}

func ExampleScanner_Sentences() {
	s := tokenize.NewScanner(strings.NewReader("عنوان خبر\n\nمتن خبر اینجاست. پایان."))
	for sent := range s.Sentences() {
		var words []string
		for _, tok := range sent {
			words = append(words, tok.Text)
		}
		fmt.Println(strings.Join(words, " | "))
	}
	if err := s.Err(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// عنوان | خبر
	// متن | خبر | اینجاست | .
	// پایان | .
}

// What stays one token, and the kind it gets: names and abbreviations with
// punctuation are Words, a bare domain is a URL, an emoticon a Symbol and
// an HTML tag Markup; © is an emoji only with U+FE0F after it.
func ExampleKind() {
	text := "C++ و Node.js در Amazon.com ساعت ۱۰ ق.ظ. نتیجه ۳-۲ :) <b> © ©️"
	for _, tok := range tokenize.Tokens(text) {
		fmt.Println(tok.Kind, tok.Text)
	}
	// Output:
	// Word C++
	// Word و
	// Word Node.js
	// Word در
	// URL Amazon.com
	// Word ساعت
	// Number ۱۰
	// Word ق.ظ.
	// Word نتیجه
	// Number ۳-۲
	// Symbol :)
	// Markup <b>
	// Symbol ©
	// Emoji ©️
}

// With Normalize the tokenizer normalizes first: the tokens are those of
// the clean text, and their offsets point into the raw text.
func ExampleNormalize() {
	raw := "كتاب هاي علي را در سال 1404 ميخوانم ."
	tz := tokenize.New(tokenize.Normalize(nil))
	for _, tok := range tz.Tokens(raw) {
		fmt.Printf("%s\t%q [%d:%d]\n", tok.Text, raw[tok.Start:tok.End], tok.Start, tok.End)
	}
	// Output:
	// کتاب‌های	"كتاب هاي" [0:15]
	// علی	"علي" [16:22]
	// را	"را" [23:27]
	// در	"در" [28:32]
	// سال	"سال" [33:39]
	// ۱۴۰۴	"1404" [40:44]
	// می‌خوانم	"ميخوانم" [45:59]
	// .	"." [60:61]
}

// A Scanner with Normalize reads a stream through the normalizer and
// reports raw offsets, with no allocation per token.
func ExampleNormalize_scanner() {
	raw := "او گفت : «ميروم»"
	s := tokenize.New(tokenize.Normalize(nil)).NewScanner(strings.NewReader(raw))
	for s.Scan() {
		tok := s.Token()
		fmt.Printf("%s %q\n", s.Bytes(), raw[tok.Start:tok.End])
	}
	// Output:
	// او "او"
	// گفت "گفت"
	// : ":"
	// « "«"
	// می‌روم "ميروم"
	// » "»"
}
