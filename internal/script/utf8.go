package script

import "unicode/utf8"

// DecodeRune is utf8.DecodeRune with fast paths for ASCII and for the
// two-byte sequences that hold the Arabic script (U+0080–U+07FF): the hot
// loops of the packages read mostly those.
func DecodeRune(b []byte) (rune, int) {
	if len(b) >= 2 && b[0] >= 0xC2 && b[0] <= 0xDF && b[1]&0xC0 == 0x80 {
		return rune(b[0]&0x1F)<<6 | rune(b[1]&0x3F), 2
	}
	if len(b) > 0 && b[0] < utf8.RuneSelf {
		return rune(b[0]), 1
	}
	return utf8.DecodeRune(b)
}

// DecodeLastRune is utf8.DecodeLastRune with a fast path for a final
// two-byte sequence.
func DecodeLastRune(b []byte) (rune, int) {
	if n := len(b); n >= 2 && b[n-2] >= 0xC2 && b[n-2] <= 0xDF && b[n-1]&0xC0 == 0x80 {
		return rune(b[n-2]&0x1F)<<6 | rune(b[n-1]&0x3F), 2
	}
	return utf8.DecodeLastRune(b)
}

// DecodeRuneInString is DecodeRune for a string.
func DecodeRuneInString(s string) (rune, int) {
	if len(s) >= 2 && s[0] >= 0xC2 && s[0] <= 0xDF && s[1]&0xC0 == 0x80 {
		return rune(s[0]&0x1F)<<6 | rune(s[1]&0x3F), 2
	}
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRuneInString(s)
}
