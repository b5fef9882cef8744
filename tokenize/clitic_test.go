package tokenize

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// udWords returns, for each token, its words joined by "+".
func udWords(t *testing.T, text string) []string {
	t.Helper()
	var out []string
	for _, tok := range New(UD()).Tokens(text) {
		if !tok.IsMultiword() {
			out = append(out, tok.Text)
			continue
		}
		s := ""
		for i, w := range tok.Words {
			require.True(t, tok.Start <= w.Start && w.Start < w.End && w.End <= tok.End)
			if i > 0 {
				s += "+"
			}
			s += text[w.Start:w.End]
		}
		out = append(out, s)
	}
	return out
}

func TestUDSplitsEnclitics(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"خودش آمد", []string{"خود+ش", "آمد"}},
		{"مرا دید", []string{"م+را", "دید"}},
		{"خانه توست", []string{"خانه", "تو+ست"}},
		{"آنها معتقدند", []string{"آنها", "معتقد+ند"}},
		{"کتابم را بده", []string{"کتاب+م", "را", "بده"}},
		{"کشورمان زیباست", []string{"کشور+مان", "زیبا+ست"}},
		{"نامه‌اش رسید", []string{"نامه‌+اش", "رسید"}},
		{"نامه‌ات رسید", []string{"نامه+ات", "رسید"}}, // the ZWNJ falls in no word
		{"موهایش بلند است", []string{"موهای+ش", "بلند", "است"}},
		{"کتاب‌هایشان", []string{"کتاب‌های+شان"}},
		{"امیدوارم", []string{"امیدوار+م"}},
		{"بدین ترتیب", []string{"ب+دین", "ترتیب"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, udWords(t, tt.in), tt.in)
	}
}

func TestUDKeepsWordsThatLookLikeHostAndClitic(t *testing.T) {
	// Each of these ends like a clitic but is one word: a noun, a verb form,
	// a plural in ـان.
	for _, w := range []string{"دست", "کشش", "رفتند", "کودکان", "است", "چشم", "پیوند", "تیم", "دوست", "می‌روم", "مردمان"} {
		got := udWords(t, w)
		assert.Equal(t, []string{w}, got, w)
	}
}

func TestUDDoesNotChangeTokens(t *testing.T) {
	text := "خودش گفت: کتاب‌هایشان را به مرا دادند. معتقدند که ۱۲٫۵٪ کافیست!"
	plain := Tokens(text)
	ud := New(UD()).Tokens(text)
	require.Len(t, ud, len(plain))
	for i := range plain {
		assert.Equal(t, plain[i].Span, ud[i].Span)
		assert.Equal(t, plain[i].Kind, ud[i].Kind)
	}
}
