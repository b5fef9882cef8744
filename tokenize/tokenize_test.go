package tokenize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type tk struct {
	text string
	kind Kind
}

func tokensOf(t *testing.T, text string, opts ...Option) []tk {
	t.Helper()
	var out []tk
	for _, tok := range New(opts...).Tokens(text) {
		require.Equal(t, text[tok.Start:tok.End], tok.Text)
		out = append(out, tk{tok.Text, tok.Kind})
	}
	return out
}

func TestTokenKinds(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []tk
	}{
		{"words and period", "کتاب را خواندم.", []tk{{"کتاب", Word}, {"را", Word}, {"خواندم", Word}, {".", Punctuation}}},
		{"ZWNJ stays inside the word", "می‌خواهم کتاب‌ها را", []tk{{"می‌خواهم", Word}, {"کتاب‌ها", Word}, {"را", Word}}},
		{"trailing ZWNJ stays with its word", "نامه‌ ،", []tk{{"نامه‌", Word}, {"،", Punctuation}}},
		{"leading ZWNJ starts a word", "«\u200cها»", []tk{{"«", Punctuation}, {"\u200cها", Word}, {"»", Punctuation}}},
		{"lone ZWNJ is a symbol", "الف \u200c ب", []tk{{"الف", Word}, {"\u200c", Symbol}, {"ب", Word}}},
		{"Persian decimal", "نرخ ۱۲٫۵ درصد", []tk{{"نرخ", Word}, {"۱۲٫۵", Number}, {"درصد", Word}}},
		{"Persian thousands", "۱۲٬۵۰۰ تومان", []tk{{"۱۲٬۵۰۰", Number}, {"تومان", Word}}},
		{"both separators", "۱٬۲۳۴٬۵۶۷٫۸۹", []tk{{"۱٬۲۳۴٬۵۶۷٫۸۹", Number}}},
		{"Latin separators", "3.14 و 12,500", []tk{{"3.14", Number}, {"و", Word}, {"12,500", Number}}},
		{"percent signs", "۲۵٪ و 10% و ۵%", []tk{{"۲۵٪", Number}, {"و", Word}, {"10%", Number}, {"و", Word}, {"۵%", Number}}},
		{"date", "تاریخ ۱۴۰۴/۰۱/۰۳ بود", []tk{{"تاریخ", Word}, {"۱۴۰۴/۰۱/۰۳", Number}, {"بود", Word}}},
		{"time", "ساعت 18:14 رسید", []tk{{"ساعت", Word}, {"18:14", Number}, {"رسید", Word}}},
		{"number then period", "سال ۱۴۰۴.", []tk{{"سال", Word}, {"۱۴۰۴", Number}, {".", Punctuation}}},
		{"number then comma", "۱۲، ۱۳", []tk{{"۱۲", Number}, {"،", Punctuation}, {"۱۳", Number}}},
		{"digits glued by ZWNJ", "دههٔ ۱۳۶۰‌ها", []tk{{"دههٔ", Word}, {"۱۳۶۰‌ها", Word}}},
		{"URL with trailing period", "به https://example.com/a?b=1&c=۲ بروید.", []tk{{"به", Word}, {"https://example.com/a?b=1&c=۲", URL}, {"بروید", Word}, {".", Punctuation}}},
		{"URL before period", "سایت www.example.ir.", []tk{{"سایت", Word}, {"www.example.ir", URL}, {".", Punctuation}}},
		{"URL in parentheses", "(http://example.com/wiki/Foo_(bar))", []tk{{"(", Punctuation}, {"http://example.com/wiki/Foo_(bar)", URL}, {")", Punctuation}}},
		{"URL in guillemets", "«https://example.com»", []tk{{"«", Punctuation}, {"https://example.com", URL}, {"»", Punctuation}}},
		{"email", "نشانی ali.rezaei@example.co.ir است", []tk{{"نشانی", Word}, {"ali.rezaei@example.co.ir", Email}, {"است", Word}}},
		{"mention", "@sara_ahmadi گفت", []tk{{"@sara_ahmadi", Mention}, {"گفت", Word}}},
		{"Persian mention", "@سارا", []tk{{"@سارا", Mention}}},
		{"Persian hashtag with underscore", "#روز_معلم مبارک", []tk{{"#روز_معلم", Hashtag}, {"مبارک", Word}}},
		{"Persian hashtag with ZWNJ", "#کتاب‌خوانی", []tk{{"#کتاب‌خوانی", Hashtag}}},
		{"bare hash", "# و @", []tk{{"#", Punctuation}, {"و", Word}, {"@", Punctuation}}},
		{"emoji with skin tone", "سلام 👋🏽!", []tk{{"سلام", Word}, {"👋🏽", Emoji}, {"!", Punctuation}}},
		{"ZWJ family", "👨‍👩‍👧‍👦", []tk{{"👨‍👩‍👧‍👦", Emoji}}},
		{"flags", "🇮🇷🇫🇷", []tk{{"🇮🇷", Emoji}, {"🇫🇷", Emoji}}},
		{"keycap", "1️⃣ و #️⃣", []tk{{"1️⃣", Emoji}, {"و", Word}, {"#️⃣", Emoji}}},
		{"emoji with VS16 glued to word", "عالی❤️", []tk{{"عالی", Word}, {"❤️", Emoji}}},
		{"question and exclamation are two tokens", "چرا؟!", []tk{{"چرا", Word}, {"؟", Punctuation}, {"!", Punctuation}}},
		{"ellipsis run", "خب...", []tk{{"خب", Word}, {"...", Punctuation}}},
		{"harakat stay in the word", "عِلم", []tk{{"عِلم", Word}}},
		{"Latin word with digits", "فایل mp3 را", []tk{{"فایل", Word}, {"mp3", Word}, {"را", Word}}},
		{"symbols", "۵ $ + ۳", []tk{{"۵", Number}, {"$", Symbol}, {"+", Symbol}, {"۳", Number}}},
		{"invalid UTF-8 byte passes through", "الف\xffب", []tk{{"الف", Word}, {"\xff", Symbol}, {"ب", Word}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tokensOf(t, tt.in))
		})
	}
}

func TestKindString(t *testing.T) {
	assert.Equal(t, "Word", Word.String())
	assert.Equal(t, "Hashtag", Hashtag.String())
	assert.Equal(t, "Kind(0)", Kind(0).String())
	assert.Equal(t, "Kind(200)", Kind(200).String())
}

func TestEmptyAndSpaceOnlyInput(t *testing.T) {
	for _, in := range []string{"", " ", "\n\n\t ", "\u00a0\u2009"} {
		assert.Empty(t, Tokens(in), "%q", in)
		assert.Empty(t, Sentences(in), "%q", in)
	}
}

func TestLongTokenIsCutWithoutLoss(t *testing.T) {
	word := strings.Repeat("ب", MaxTokenSize) // 2 bytes a letter
	toks := Tokens(word)
	require.Len(t, toks, 2)
	assert.Equal(t, MaxTokenSize, toks[0].Len())
	assert.Equal(t, word, toks[0].Text+toks[1].Text)
}

func TestTokenizerIsSafeForConcurrentUse(t *testing.T) {
	tz := New(UD(), JoinVerbs())
	text := "خودش گفت: کتاب‌هایشان را خواهند فروخت. معتقدند که کافیست."
	want := tz.Tokens(text)
	done := make(chan []Token)
	for i := 0; i < 4; i++ {
		go func() { done <- New(UD()).Tokens(text) }()
	}
	for i := 0; i < 4; i++ {
		assert.Equal(t, want, <-done)
	}
}
