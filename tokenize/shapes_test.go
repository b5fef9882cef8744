package tokenize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTokenShapesUsersExpectWhole(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []tk
	}{
		{"domain name", "از Amazon.com خریدم", []tk{{"از", Word}, {"Amazon.com", URL}, {"خریدم", Word}}},
		{"dotted name", "با Node.js و ASP.NET", []tk{{"با", Word}, {"Node.js", Word}, {"و", Word}, {"ASP.NET", Word}}},
		{"leading-dot name", "چارچوب .NET را", []tk{{"چارچوب", Word}, {".NET", Word}, {"را", Word}}},
		{"plus plus", "زبان C++ و C++17 و Notepad++", []tk{{"زبان", Word}, {"C++", Word}, {"و", Word}, {"C++17", Word}, {"و", Word}, {"Notepad++", Word}}},
		{"sharp", "زبان C# و F#.", []tk{{"زبان", Word}, {"C#", Word}, {"و", Word}, {"F#", Word}, {".", Punctuation}}},
		{"hash before a word is a hashtag, not a sharp", "C#tag", []tk{{"C", Word}, {"#tag", Hashtag}}},
		{"emoticon", "خوب بود :) و :-( و :)))", []tk{{"خوب", Word}, {"بود", Word}, {":)", Symbol}, {"و", Word}, {":-(", Symbol}, {"و", Word}, {":)))", Symbol}}},
		{"colon and bracket before a word", "گفت:(الف)", []tk{{"گفت", Word}, {":", Punctuation}, {"(", Punctuation}, {"الف", Word}, {")", Punctuation}}},
		{"honorific and colon", "امام (ره):", []tk{{"امام", Word}, {"(", Punctuation}, {"ره", Word}, {")", Punctuation}, {":", Punctuation}}},
		{"HTML tags", "<p>متن</p>", []tk{{"<p>", Markup}, {"متن", Word}, {"</p>", Markup}}},
		{"before noon", "ساعت ۱۰ ق.ظ. رسید", []tk{{"ساعت", Word}, {"۱۰", Number}, {"ق.ظ.", Word}, {"رسید", Word}}},
		{"afternoon", "ساعت ۵ ب.ظ.", []tk{{"ساعت", Word}, {"۵", Number}, {"ب.ظ.", Word}}},
		{"solar hijri with ZWJ", "سال ۱۴۰۰ ه‍.ش. بود", []tk{{"سال", Word}, {"۱۴۰۰", Number}, {"ه‍.ش.", Word}, {"بود", Word}}},
		{"before Christ without last period", "۵۰۰ ق.م و", []tk{{"۵۰۰", Number}, {"ق.م", Word}, {"و", Word}}},
		{"Latin abbreviations", "U.S. Army و e.g. this", []tk{{"U.S.", Word}, {"Army", Word}, {"و", Word}, {"e.g.", Word}, {"this", Word}}},
		{"one letter and a period is no abbreviation", "ص. ۱۲", []tk{{"ص", Word}, {".", Punctuation}, {"۱۲", Number}}},
		{"letter glued to a word", "ق.ظهر", []tk{{"ق", Word}, {".", Punctuation}, {"ظهر", Word}}},
		{"score", "نتیجه ۳-۲ شد", []tk{{"نتیجه", Word}, {"۳-۲", Number}, {"شد", Word}}},
		{"Latin score", "3-2", []tk{{"3-2", Number}}},
		{"range with en dash", "۱۳۹۸–۱۴۰۰", []tk{{"۱۳۹۸–۱۴۰۰", Number}}},
		{"ISO date", "2025-03-21.", []tk{{"2025-03-21", Number}, {".", Punctuation}}},
		{"spaced dash stays apart", "۳ - ۲", []tk{{"۳", Number}, {"-", Punctuation}, {"۲", Number}}},
		{"sentence that lost its space", "end.The", []tk{{"end", Word}, {".", Punctuation}, {"The", Word}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tokensOf(t, tt.in))
		})
	}
}

func TestProtectedSpansAreOneToken(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []tk
	}{
		{"any scheme", "به ssh://host/path123 بروید", []tk{{"به", Word}, {"ssh://host/path123", URL}, {"بروید", Word}}},
		{"opaque scheme", "mailto:ali@example.ir،", []tk{{"mailto:ali@example.ir", URL}, {"،", Punctuation}}},
		{"bare domain with query", "example.com/page?id=3 را", []tk{{"example.com/page?id=3", URL}, {"را", Word}}},
		{"bare domain before period", "سایت isna.ir.", []tk{{"سایت", Word}, {"isna.ir", URL}, {".", Punctuation}}},
		{"file name is no domain", "README.md", []tk{{"README.md", Word}}},
		{"Instagram handle", "@ali.rezaei گفت", []tk{{"@ali.rezaei", Mention}, {"گفت", Word}}},
		{"number sign and number", "#12", []tk{{"#", Punctuation}, {"12", Number}}},
		{"Arabic letters in a hashtag", "#كتاب_خواني", []tk{{"#كتاب_خواني", Hashtag}}},
		{"comment", "<!-- یادداشت --> متن", []tk{{"<!-- یادداشت -->", Markup}, {"متن", Word}}},
		{"tag with attributes", `<a href="x y">پیوند</a>`, []tk{{`<a href="x y">`, Markup}, {"پیوند", Word}, {"</a>", Markup}}},
		{"entity", "الف&nbsp;ب", []tk{{"الف", Word}, {"&nbsp;", Markup}, {"ب", Word}}},
		{"code span", "دستور `go test ./...` را", []tk{{"دستور", Word}, {"`go test ./...`", Markup}, {"را", Word}}},
		{"unclosed backtick", "علامت ` ۱۲", []tk{{"علامت", Word}, {"`", Symbol}, {"۱۲", Number}}},
		{"less-than sign", "۳ < ۴", []tk{{"۳", Number}, {"<", Symbol}, {"۴", Number}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tokensOf(t, tt.in))
		})
	}
}

func TestEmojiKindsFollowUnicodeData(t *testing.T) {
	tests := []struct {
		in   string
		want []tk
	}{
		{"© ™ ® ↔ ◻", []tk{{"©", Symbol}, {"™", Symbol}, {"®", Symbol}, {"↔", Symbol}, {"◻", Symbol}}},
		{"©️ ™️ ↔️ ◻️", []tk{{"©️", Emoji}, {"™️", Emoji}, {"↔️", Emoji}, {"◻️", Emoji}}},
		{"😀 ⌚ ⭐", []tk{{"😀", Emoji}, {"⌚", Emoji}, {"⭐", Emoji}}},
		{"⌚︎ ©︎", []tk{{"⌚︎", Symbol}, {"©︎", Symbol}}},
		{"☝🏽 ☝", []tk{{"☝🏽", Emoji}, {"☝", Symbol}}},
		{"1️⃣ 1⃣ #️⃣ *️⃣", []tk{{"1️⃣", Emoji}, {"1⃣", Emoji}, {"#️⃣", Emoji}, {"*️⃣", Emoji}}},
		{"‼️ ‼", []tk{{"‼️", Emoji}, {"‼", Punctuation}}},
		{"🏳️‍🌈🇮🇷", []tk{{"🏳️‍🌈", Emoji}, {"🇮🇷", Emoji}}},
		{"❤‍🔥", []tk{{"❤‍🔥", Emoji}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tokensOf(t, tt.in), "%q", tt.in)
	}
}
