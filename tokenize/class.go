package tokenize

import (
	"unicode"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/emoji"
	"github.com/persiantext/persian/internal/script"
)

// class is what the lexer needs to know about a rune.
type class uint8

const (
	cOther     class = iota // a symbol or anything else: a token of its own
	cSpace                  // whitespace other than a line feed
	cNewline                // line feed: two of them make a blank line
	cLetter                 // a letter of any script
	cMark                   // a combining mark (harakat): stays in the word
	cJoin                   // ZWNJ, ZWJ, soft hyphen, tatweel: glue inside a word
	cDigit                  // a digit of the Latin, Arabic-Indic or Persian set
	cPunct                  // punctuation other than a sentence terminator
	cTerm                   // . ! ? ؟ … ۔: ends a sentence
	cPicto                  // a pictograph shown as an emoji by default (😀 ⌚)
	cPictoText              // a pictograph shown as text unless U+FE0F follows (© ™ ↔ ❤)
	cRegional               // a regional indicator: two make a flag
	cEmojiMod               // skin tone, variation selector, keycap, tag: extends an emoji
)

// smallClass covers U+0000–U+07FF, which holds ASCII, Latin-1 and the whole
// Arabic block, so the hot loop of Persian text is a table lookup.
var smallClass = buildSmallClass()

func buildSmallClass() *[0x800]class {
	var t [0x800]class
	for r := rune(0); r < 0x800; r++ {
		t[r] = slowClass(r)
	}
	return &t
}

// slowClass classifies any rune from the Unicode tables.
func slowClass(r rune) class {
	switch r {
	case '\n', '\u2029':
		return cNewline
	case '.', '!', '?', '؟', '…', '۔', '‼', '⁇', '⁈', '⁉':
		return cTerm
	case script.ZWNJ, script.ZWJ, '\u00ad', '\u0640':
		return cJoin
	case '\ufe0f', '\ufe0e', '\u20e3':
		return cEmojiMod
	}
	switch {
	case r >= 0x1c && r <= 0x1f: // separators that Python's isspace counts as space
		return cSpace
	case unicode.IsSpace(r):
		return cSpace
	case script.IsDigit(r):
		return cDigit
	case r >= 0x1F1E6 && r <= 0x1F1FF:
		return cRegional
	case emoji.IsModifier(r), r >= 0xE0020 && r <= 0xE007F:
		return cEmojiMod
	case emoji.IsDefaultEmoji(r):
		return cPicto
	case emoji.IsPictographic(r):
		return cPictoText
	case unicode.IsLetter(r):
		return cLetter
	case unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me):
		return cMark
	case unicode.IsPunct(r):
		return cPunct
	}
	return cOther
}

// asciiClass is the class of each ASCII byte.
var asciiClass = func() (t [128]class) {
	for i := range t {
		t[i] = smallClass[i]
	}
	return t
}()

// decode returns the rune at the start of b, its size and its class. An
// invalid byte comes back as utf8.RuneError of size 1 and class cOther.
func decode(b []byte) (rune, int, class) {
	c0 := b[0]
	if c0 < utf8.RuneSelf {
		return rune(c0), 1, asciiClass[c0]
	}
	if c0 >= 0xC2 && c0 <= 0xDF && len(b) > 1 && b[1]&0xC0 == 0x80 {
		r := rune(c0&0x1F)<<6 | rune(b[1]&0x3F)
		return r, 2, smallClass[r]
	}
	if c0 == 0xE2 && len(b) > 2 && b[1] == 0x80 && (b[2] == 0x8C || b[2] == 0x8D) {
		return rune(0x2000 | rune(b[2]&0x3F)), 3, cJoin // ZWNJ or ZWJ, frequent in Persian
	}
	r, n := utf8.DecodeRune(b)
	if r == utf8.RuneError && n == 1 {
		return r, 1, cOther
	}
	return r, n, slowClass(r)
}

// isInvalidAt reports whether b starts with a byte that is not valid UTF-8.
func isInvalidAt(b []byte) bool {
	if b[0] < utf8.RuneSelf {
		return false
	}
	r, n := utf8.DecodeRune(b)
	return r == utf8.RuneError && n == 1
}
