// Package script holds what the packages of this module share about the
// Arabic script as Persian uses it: which runes are letters, which letters
// do not join the letter after them, and the three digit sets.
//
// It is deliberately small and table-free: every function is a switch or a
// range test that the compiler turns into a few comparisons, so the hot
// loops of normalize and tokenize can call it per rune.
package script

// Invisible characters that matter to Persian orthography.
const (
	ZWNJ = '\u200c' // zero-width non-joiner: the "half space" between parts of a word
	ZWJ  = '\u200d' // zero-width joiner
)

// IsLetter reports whether r is a letter of the Arabic script as used in
// Persian text: the Arabic block letters (U+0621–U+064A, U+066E–U+06D3,
// U+06D5, U+06EE–U+06EF, U+06FA–U+06FF) and the Arabic Supplement block.
// Presentation forms are not included; normalize folds them first.
func IsLetter(r rune) bool {
	switch {
	case r < 0x0621:
		return false
	case r <= 0x063F, r >= 0x0641 && r <= 0x064A: // U+0640 tatweel is not a letter
		return true
	case r >= 0x066E && r <= 0x066F, r >= 0x0671 && r <= 0x06D3, r == 0x06D5:
		return true
	case r >= 0x06EE && r <= 0x06EF, r >= 0x06FA && r <= 0x06FC, r == 0x06FF:
		return true
	case r >= 0x0750 && r <= 0x077F, r >= 0x08A0 && r <= 0x08C9:
		return true
	}
	return false
}

// IsNonJoining reports whether r is a letter that never joins the letter
// that follows it (joining type R, "right-joining", in Unicode's
// ArabicShaping.txt), such as ا د ذ ر ز ژ و. A ZWNJ after such a letter has
// no visible effect, so Persian orthography never writes one there.
func IsNonJoining(r rune) bool {
	switch r {
	case 'آ', 'أ', 'ؤ', 'إ', 'ا', 'ة', 'د', 'ذ', 'ر', 'ز', 'و', 'ٱ', 'ٲ', 'ٳ', 'ٵ', 'ٶ', 'ٷ',
		'ڈ', 'ډ', 'ڊ', 'ڋ', 'ڌ', 'ڍ', 'ڎ', 'ڏ', 'ڐ', 'ڑ', 'ڒ', 'ړ', 'ڔ', 'ڕ', 'ږ', 'ڗ', 'ژ', 'ڙ',
		'ۀ', 'ۃ', 'ۄ', 'ۅ', 'ۆ', 'ۇ', 'ۈ', 'ۉ', 'ۊ', 'ۋ', 'ۍ', 'ۏ', 'ے', 'ۓ', 'ە', 'ۮ', 'ۯ',
		'ء': // hamza is non-joining on both sides (type U)
		return true
	}
	return false
}

// IsJoiningLetter reports whether r is a letter that joins the letter after
// it, so that a ZWNJ after r changes how the word looks.
func IsJoiningLetter(r rune) bool {
	return IsLetter(r) && !IsNonJoining(r)
}

// DigitSet names one of the three digit sets found in Persian text.
type DigitSet uint8

const (
	NotDigit    DigitSet = iota
	Latin                // 0–9, U+0030–U+0039
	ArabicIndic          // ٠–٩, U+0660–U+0669
	Persian              // ۰–۹, U+06F0–U+06F9 (Extended Arabic-Indic)
)

// Digit returns the value of r if it is a digit of one of the three sets,
// and which set it belongs to. For any other rune it returns (-1, NotDigit).
func Digit(r rune) (int, DigitSet) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), Latin
	case r >= 0x0660 && r <= 0x0669:
		return int(r - 0x0660), ArabicIndic
	case r >= 0x06F0 && r <= 0x06F9:
		return int(r - 0x06F0), Persian
	}
	return -1, NotDigit
}

// IsDigit reports whether r is a digit of any of the three sets.
func IsDigit(r rune) bool {
	_, s := Digit(r)
	return s != NotDigit
}

// DigitRune returns the rune for digit value v (0–9) in set s.
// It panics if v is out of range or s is NotDigit.
func DigitRune(v int, s DigitSet) rune {
	if v < 0 || v > 9 {
		panic("script: digit value out of range")
	}
	switch s {
	case Latin:
		return '0' + rune(v)
	case ArabicIndic:
		return 0x0660 + rune(v)
	case Persian:
		return 0x06F0 + rune(v)
	}
	panic("script: DigitRune of NotDigit")
}

// Decimal and thousands separators of the Arabic script (U+066B, U+066C).
const (
	DecimalSeparator   = '٫'
	ThousandsSeparator = '٬'
)
