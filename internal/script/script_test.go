package script

import (
	"testing"

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
