package script

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestIsNonJoiningPersianLetters(t *testing.T) {
	for _, r := range "اآدذرزژو" {
		assert.True(t, IsNonJoining(r), "%c joins no letter after it", r)
		assert.True(t, IsLetter(r), "%c is a letter", r)
		assert.False(t, IsJoiningLetter(r), "%c", r)
	}
	for _, r := range "بپتثجچحخسشصضطظعغفقکگلمنهیئ" {
		assert.False(t, IsNonJoining(r), "%c joins the next letter", r)
		assert.True(t, IsJoiningLetter(r), "%c", r)
	}
}

func TestIsLetterExcludesNonLetters(t *testing.T) {
	for _, r := range "\u0640\u064B\u0651\u0670،؛؟۰٠a \u200c" {
		assert.False(t, IsLetter(r), "%U is not a letter", r)
	}
}

func TestDigitSets(t *testing.T) {
	tests := []struct {
		r   rune
		v   int
		set DigitSet
	}{
		{'7', 7, Latin}, {'٧', 7, ArabicIndic}, {'۷', 7, Persian},
		{'0', 0, Latin}, {'۹', 9, Persian}, {'x', -1, NotDigit}, {'٫', -1, NotDigit},
	}
	for _, tt := range tests {
		v, s := Digit(tt.r)
		assert.Equal(t, tt.v, v, "%c", tt.r)
		assert.Equal(t, tt.set, s, "%c", tt.r)
		if s != NotDigit {
			assert.Equal(t, tt.r, DigitRune(v, s))
			assert.True(t, IsDigit(tt.r))
		}
	}
	assert.Panics(t, func() { DigitRune(10, Latin) })
	assert.Panics(t, func() { DigitRune(1, NotDigit) })
}

func TestFoldMapsLookalikesToPersianLetters(t *testing.T) {
	tests := []struct{ in, fold, search rune }{
		{'ي', 'ی', 'ی'}, {'ى', 'ی', 'ی'}, {'ې', 'ی', 'ی'}, {'ۍ', 'ی', 'ی'},
		{'ك', 'ک', 'ک'}, {'ڪ', 'ک', 'ک'},
		{'ہ', 'ه', 'ه'}, {'ھ', 'ه', 'ه'}, {'ە', 'ه', 'ه'}, {'ۿ', 'ه', 'ه'},
		{'ٱ', 'ا', 'ا'}, {'ۂ', 'ۀ', 'ه'}, {'ۃ', 'ة', 'ه'},
		// spelling letters: kept by Fold, folded for search
		{'أ', 'أ', 'ا'}, {'إ', 'إ', 'ا'}, {'آ', 'آ', 'ا'}, {'ؤ', 'ؤ', 'و'}, {'ئ', 'ئ', 'ی'},
		{'ة', 'ة', 'ه'}, {'ۀ', 'ۀ', 'ه'},
		// letters and runes that stay
		{'ی', 'ی', 'ی'}, {'ک', 'ک', 'ک'}, {'ء', 'ء', 'ء'}, {'a', 'a', 'a'}, {'۱', '۱', '۱'}, {'\u200c', '\u200c', '\u200c'},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.fold, Fold(tt.in), "Fold(%c)", tt.in)
		assert.Equal(t, tt.search, FoldSearch(tt.in), "FoldSearch(%c)", tt.in)
	}
}

func TestDiacriticsAreMarksButNotLetters(t *testing.T) {
	for _, r := range "\u064B\u064E\u0650\u0651\u0652\u0654\u0670" {
		assert.True(t, IsDiacritic(r), "%U", r)
		assert.True(t, IsMark(r), "%U", r)
		assert.False(t, IsLetter(r), "%U", r)
	}
	for _, r := range "\u0640ابی\u200c" {
		assert.False(t, IsDiacritic(r), "%U", r)
	}
	assert.True(t, IsMark('\u06D6'))
	assert.False(t, IsDiacritic('\u06D6'))
}

func TestDecodeRuneMatchesUTF8(t *testing.T) {
	for _, s := range []string{"ک", "a", "\u200c", "😀", "\xff", "\xd9", "", "ی\xbf"} {
		r1, n1 := DecodeRune([]byte(s))
		r2, n2 := utf8.DecodeRune([]byte(s))
		assert.Equal(t, r2, r1, "%q", s)
		assert.Equal(t, n2, n1, "%q", s)
		r1, n1 = DecodeRuneInString(s)
		assert.Equal(t, r2, r1, "string %q", s)
		assert.Equal(t, n2, n1, "string %q", s)
		r1, n1 = DecodeLastRune([]byte(s))
		r2, n2 = utf8.DecodeLastRuneInString(s)
		assert.Equal(t, r2, r1, "last %q", s)
		assert.Equal(t, n2, n1, "last %q", s)
	}
}
