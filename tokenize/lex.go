package tokenize

import (
	"unicode/utf8"

	"github.com/persiantext/persian/internal/emoji"
	"github.com/persiantext/persian/internal/span"
)

// lex returns the length and kind of the token at the start of b, which
// must not start with whitespace. It never returns 0 for a non-empty b.
// b must hold the whole token plus a few bytes of lookahead, or reach the
// end of the input; the Scanner guarantees that.
func lex(b []byte) (int, Kind) {
	c0 := b[0]
	if c0 < utf8.RuneSelf {
		if n := keycap(b); n > 0 {
			return n, Emoji
		}
		if span.MayStart(c0) {
			if n, k := lexSpan(b); n > 0 {
				return n, k
			}
		}
		switch asciiClass[c0] {
		case cLetter:
			return lexLatinWord(b), Word
		case cDigit:
			return lexNumber(b)
		case cTerm:
			if n := dottedName(b); n > 0 {
				return n, Word
			}
			return lexTerminators(b), Punctuation
		}
		if n := emoticon(b); n > 0 {
			return n, Symbol
		}
		if asciiClass[c0] == cPunct {
			return 1, Punctuation
		}
		return 1, Symbol
	}
	r, n, c := decode(b)
	switch c {
	case cLetter, cMark:
		i := lexWord(b)
		if i < len(b) && b[i] == '.' && c == cLetter {
			// A word of one letter before a period may start an
			// abbreviation (ق.ظ.).
			if n := abbreviation(b); n > 0 {
				return n, Word
			}
		}
		return i, Word
	case cDigit:
		return lexNumber(b)
	case cJoin:
		j := skipJoiners(b)
		if j < len(b) {
			if _, _, c := decode(b[j:]); c == cLetter || c == cMark || c == cDigit {
				return lexWord(b), Word
			}
		}
		return j, Symbol
	case cTerm:
		if n+3 <= len(b) && isVS16(b[n:]) && emoji.IsPictographic(r) {
			return n + 3, Emoji // ‼️ ⁉️
		}
		return lexTerminators(b), Punctuation
	case cPunct:
		return n, Punctuation
	case cPicto, cPictoText, cRegional:
		return lexEmoji(b)
	}
	return n, Symbol
}

// lexSpan returns the length and kind of the protected span (see
// internal/span) at the start of b, or 0: the URLs, addresses, mentions,
// hashtags and markup that normalize leaves as written are one token
// here. The recognizer sees a fixed window, so that a Scanner reading a
// stream finds the same spans as one reading the bytes in memory.
func lexSpan(b []byte) (int, Kind) {
	n, k := span.At(b[:min(len(b), minWindow)], 0, -1)
	switch k {
	case span.URL:
		return n, URL
	case span.Email:
		return n, Email
	case span.Mention:
		return n, Mention
	case span.Hashtag:
		return n, Hashtag
	case span.Markup, span.Code:
		return n, Markup
	}
	return 0, 0
}

// skipJoiners returns the length of the run of ZWNJ, ZWJ, soft hyphens and
// tatweels at the start of b.
func skipJoiners(b []byte) int {
	i := 0
	for i < len(b) {
		_, n, c := decode(b[i:])
		if c != cJoin {
			break
		}
		i += n
	}
	return i
}

// lexWord returns the length of the word at the start of b: letters, marks
// and joiners. A word never ends at a joiner that has a letter or digit
// after it, so a ZWNJ never splits a token. A word that starts with an
// ASCII letter keeps ASCII digits and inner apostrophes (mp3, don't).
func lexWord(b []byte) int {
	latin := b[0] < utf8.RuneSelf
	i := 0
	for i < len(b) {
		c0 := b[i]
		if c0 < utf8.RuneSelf {
			switch asciiClass[c0] {
			case cLetter:
				i++
				continue
			case cDigit:
				if latin {
					i++
					continue
				}
			}
			if c0 == '\'' && latin && i+1 < len(b) && b[i+1] < utf8.RuneSelf && asciiClass[b[i+1]] == cLetter {
				i++
				continue
			}
			return i
		}
		_, n, c := decode(b[i:])
		switch c {
		case cLetter, cMark:
			i += n
		case cJoin:
			i += n
			// Digits glued to a word by a ZWNJ (۱۰‌ها, ساعت‌۱۰) stay with it.
			for i < len(b) {
				_, m, c := decode(b[i:])
				if c == cJoin {
					i += m
					continue
				}
				if c == cDigit {
					i += digitRun(b[i:])
				}
				break
			}
		default:
			return i
		}
	}
	return i
}

// digitRun returns the length of the run of digits at the start of b.
func digitRun(b []byte) int {
	i := 0
	for i < len(b) {
		if c0 := b[i]; c0 < utf8.RuneSelf {
			if c0 < '0' || c0 > '9' {
				break
			}
			i++
			continue
		}
		_, n, c := decode(b[i:])
		if c != cDigit {
			break
		}
		i += n
	}
	return i
}

// isNumberSeparator reports whether r may stand between two digits inside
// one number: decimal and thousands separators of both scripts, the / : of
// dates and times, and the hyphen or en dash of scores, ranges and dates
// (۳-۲، ۱۳۹۸–۱۴۰۰، 2025-03-21), which the UD Persian treebanks keep whole.
func isNumberSeparator(r rune) bool {
	switch r {
	case '.', ',', '٫', '٬', '/', ':', '-', '–':
		return true
	}
	return false
}

// lexNumber lexes digits with inner separators (۱۲٬۵۰۰٫۷۵, 3.14, ۱۴۰۴/۰۱/۰۳,
// 18:14, ۳-۲) and a percent or per-mille sign right after them. Digits
// glued to letters by a ZWNJ are recognized too.
func lexNumber(b []byte) (int, Kind) {
	i := digitRun(b)
	for i < len(b) {
		r, n, _ := decode(b[i:])
		if !isNumberSeparator(r) || i+n >= len(b) {
			break
		}
		d := digitRun(b[i+n:])
		if d == 0 {
			break
		}
		i += n + d
	}
	if i < len(b) {
		r, n, c := decode(b[i:])
		switch {
		case r == '%' || r == '٪' || r == '‰' || r == '؉':
			i += n
		case c == cJoin:
			j := i + skipJoiners(b[i:])
			if j < len(b) {
				if _, _, c := decode(b[j:]); c == cLetter || c == cMark {
					return j + lexWord(b[j:]), Word
				}
			}
			return j, Number // a joiner after a number stays with it
		}
	}
	return i, Number
}

// lexTerminators returns the length of a run of one sentence terminator,
// such as "..." or "!!!", which is one token. Different terminators are
// tokens of their own (؟! is ؟ and !), as the UD treebanks have them.
func lexTerminators(b []byte) int {
	r0, i, _ := decode(b)
	for i < len(b) {
		r, n, _ := decode(b[i:])
		if r != r0 {
			break
		}
		i += n
	}
	return i
}

// keycap returns the length of a keycap emoji (a digit, # or * followed by
// an optional U+FE0F and U+20E3: 1️⃣ #️⃣) at the start of b, or 0.
func keycap(b []byte) int {
	if len(b) < 4 || !(b[0] >= '0' && b[0] <= '9' || b[0] == '#' || b[0] == '*') {
		return 0
	}
	i := 1
	if isVS16(b[i:]) {
		i += 3
	}
	if len(b) >= i+3 && b[i] == 0xe2 && b[i+1] == 0x83 && b[i+2] == 0xa3 { // U+20E3
		return i + 3
	}
	return 0
}

// isVS16 reports whether b starts with U+FE0F VARIATION SELECTOR-16, which
// asks for the emoji presentation of the character before it.
func isVS16(b []byte) bool {
	return len(b) >= 3 && b[0] == 0xef && b[1] == 0xb8 && b[2] == 0x8f
}

// isVS15 reports whether b starts with U+FE0E VARIATION SELECTOR-15, which
// asks for the text presentation.
func isVS15(b []byte) bool {
	return len(b) >= 3 && b[0] == 0xef && b[1] == 0xb8 && b[2] == 0x8e
}

// lexEmoji lexes the pictograph or regional indicator at the start of b.
// Emoji membership follows Unicode's emoji data (internal/emoji): a
// pictograph with Emoji_Presentation (😀) is an emoji, one without it (©
// ™ ↔) only when U+FE0F, a skin tone or a ZWJ and another pictograph
// follows; otherwise it is a Symbol, together with a U+FE0E after it, as
// is 😀︎. An emoji token is one whole sequence: a pictograph or a pair of
// regional indicators (a flag), its modifiers (skin tone, variation
// selector, tags), and the pictographs joined to it by ZWJ.
func lexEmoji(b []byte) (int, Kind) {
	i, isEmoji := emojiElement(b)
	for i+3 < len(b) && b[i] == 0xe2 && b[i+1] == 0x80 && b[i+2] == 0x8d { // ZWJ
		_, _, c := decode(b[i+3:])
		if c != cPicto && c != cPictoText && c != cRegional {
			break
		}
		n, _ := emojiElement(b[i+3:])
		i += 3 + n
		isEmoji = true
	}
	if !isEmoji {
		if i < len(b) && isVS15(b[i:]) {
			i += 3
		}
		return i, Symbol
	}
	return i, Emoji
}

// emojiElement returns the length of the pictograph, or of the one or two
// regional indicators, at the start of b with its modifiers, and whether
// it is presented as an emoji.
func emojiElement(b []byte) (int, bool) {
	_, i, c := decode(b)
	if c == cRegional && i < len(b) {
		if _, n, c := decode(b[i:]); c == cRegional {
			i += n
		}
	}
	isEmoji := c != cPictoText
	if i < len(b) && isVS15(b[i:]) {
		return i, false
	}
	for i < len(b) {
		r, n, c := decode(b[i:])
		if c != cEmojiMod || r == '\ufe0e' {
			break
		}
		isEmoji = true
		i += n
	}
	return i, isEmoji
}

// lexLatinWord returns the length of the word that starts with an ASCII
// letter at the start of b. Besides lexWord's word, it keeps together
//   - an abbreviation of single letters and periods: U.S., e.g. (see
//     abbreviation);
//   - names with inner periods whose parts after the first are all lower
//     case or all upper case: Node.js, ASP.NET, v1.2 (end.The is two
//     sentences that lost a space);
//   - ++ or # after a name, with nothing glued after them: C++, C++17,
//     C#, F#, Notepad++.
func lexLatinWord(b []byte) int {
	i := lexWord(b)
	if i < len(b) && b[i] == '.' {
		if n := abbreviation(b); n > 0 {
			return n
		}
	}
	for i+1 < len(b) && b[i] == '.' && asciiAlnum(b[i+1]) {
		j, lower, upper := i+1, false, false
		for j < len(b) && asciiAlnum(b[j]) {
			switch {
			case b[j] >= 'a' && b[j] <= 'z':
				lower = true
			case b[j] >= 'A' && b[j] <= 'Z':
				upper = true
			}
			j++
		}
		if lower && upper || wordGlued(b, j) {
			break
		}
		i = j
	}
	switch {
	case i+1 < len(b) && b[i] == '+' && b[i+1] == '+':
		j := i + 2
		for j < len(b) && b[j] >= '0' && b[j] <= '9' {
			j++
		}
		if !wordGlued(b, j) && !(j < len(b) && b[j] == '+') {
			i = j
		}
	case i < len(b) && b[i] == '#' && !wordGlued(b, i+1) && !(i+1 < len(b) && b[i+1] == '#'):
		i++
	}
	return i
}

// dottedName returns the length of a name that starts with a period and
// an upper-case ASCII word (.NET) at the start of b, or 0.
func dottedName(b []byte) int {
	j := 1
	for j < len(b) && b[j] >= 'A' && b[j] <= 'Z' {
		j++
	}
	if j < 3 {
		return 0
	}
	for j < len(b) && asciiAlnum(b[j]) {
		j++
	}
	if wordGlued(b, j) {
		return 0
	}
	return j
}

// wordGlued reports whether a letter, digit, mark, joiner or _ stands at
// b[j], so that what ends before it does not end a word.
func wordGlued(b []byte, j int) bool {
	if j >= len(b) {
		return false
	}
	if b[j] == '_' {
		return true
	}
	_, _, c := decode(b[j:])
	return c == cLetter || c == cDigit || c == cMark || c == cJoin
}

func asciiAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// abbreviation returns the length of an abbreviation of single letters
// and periods at the start of b (ق.ظ.، ب.ظ.، ه‍.ش.، ق.م، U.S.، e.g.), or 0.
// It needs two letters or more, each standing alone (a letter with its
// marks or a ZWJ, as in ه‍), and takes the last letter's period if it has
// one. The Persian dates and times that these abbreviations follow are
// written so; a sentence does not end inside one (see sentence.go).
func abbreviation(b []byte) int {
	i, letters, end := 0, 0, 0
	for i < len(b) {
		_, n, c := decode(b[i:])
		if c != cLetter {
			break
		}
		j := i + n
		for j < len(b) {
			_, m, c := decode(b[j:])
			if c != cMark && c != cJoin {
				break
			}
			j += m
		}
		if j < len(b) && b[j] == '.' {
			letters++
			i, end = j+1, j+1
			continue
		}
		if letters > 0 && !wordGlued(b, j) {
			letters++
			end = j
		}
		break
	}
	if letters < 2 {
		return 0
	}
	return end
}

// emoticons are the ASCII faces kept as one Symbol token. The closing or
// opening bracket of a face may repeat, :))) as much as :).
var emoticons = []string{":-)", ":-(", ":-D", ":-P", ":-p", ";-)", ":')", ":'(",
	":)", ":(", ":D", ":P", ":p", ":|", ";)", ";(", ";D", ";P", ";p"}

// emoticon returns the length of an emoticon at the start of b, or 0. It
// must not have a letter or digit glued after it: in «گفت:(الف)» the
// colon and the bracket are punctuation.
func emoticon(b []byte) int {
	if b[0] != ':' && b[0] != ';' || len(b) < 2 {
		return 0
	}
	switch b[1] {
	case ')', '(', 'D', 'P', 'p', '|', '-', '\'':
	default:
		return 0 // the common case: a colon or semicolon in prose
	}
	for _, e := range emoticons {
		if len(b) < len(e) || string(b[:len(e)]) != e {
			continue
		}
		j := len(e)
		if last := e[len(e)-1]; last == ')' || last == '(' {
			for j < len(b) && b[j] == last {
				j++
			}
		}
		if wordGlued(b, j) {
			return 0
		}
		return j
	}
	return 0
}
