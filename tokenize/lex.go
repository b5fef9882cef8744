package tokenize

import "unicode/utf8"

// lex returns the length and kind of the token at the start of b, which
// must not start with whitespace. It never returns 0 for a non-empty b.
// b must hold the whole token plus a few bytes of lookahead, or reach the
// end of the input; the Scanner guarantees that.
func lex(b []byte) (int, Kind) {
	c0 := b[0]
	if c0 < utf8.RuneSelf {
		switch asciiClass[c0] {
		case cLetter:
			if n, k := lexLatin(b); n > 0 {
				return n, k
			}
			return lexWord(b), Word
		case cDigit:
			if n, k := lexLatin(b); n > 0 {
				return n, k
			}
			return lexNumber(b)
		case cTerm:
			return lexTerminators(b), Punctuation
		}
		switch c0 {
		case '@':
			if n := lexTagBody(b[1:], false); n > 0 {
				return 1 + n, Mention
			}
		case '#':
			if n := keycap(b); n > 0 {
				return n, Emoji
			}
			if n := lexTagBody(b[1:], true); n > 0 {
				return 1 + n, Hashtag
			}
		case '*':
			if n := keycap(b); n > 0 {
				return n, Emoji
			}
		}
		if asciiClass[c0] == cPunct {
			return 1, Punctuation
		}
		return 1, Symbol
	}
	_, n, c := decode(b)
	switch c {
	case cLetter, cMark:
		return lexWord(b), Word
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
		return lexTerminators(b), Punctuation
	case cPunct:
		return n, Punctuation
	case cPicto, cRegional:
		return lexEmoji(b), Emoji
	}
	return n, Symbol
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
// one number: decimal and thousands separators of both scripts, and the / :
// of dates and times.
func isNumberSeparator(r rune) bool {
	switch r {
	case '.', ',', '٫', '٬', '/', ':':
		return true
	}
	return false
}

// lexNumber lexes digits with inner separators (۱۲٬۵۰۰٫۷۵, 3.14, ۱۴۰۴/۰۱/۰۳,
// 18:14) and a percent or per-mille sign right after them. A keycap emoji
// (1️⃣) and digits glued to letters by a ZWNJ are recognized too.
func lexNumber(b []byte) (int, Kind) {
	if n := keycap(b); n > 0 {
		return n, Emoji
	}
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

// lexTagBody returns the length of the name after @ or #: letters, digits,
// marks, joiners and underscores, starting with a letter, digit or _.
// Hashtags may hold dashes-free Persian phrases such as #روز_ملی or #نیم‌فاصله.
func lexTagBody(b []byte, hashtag bool) int {
	i := 0
	for i < len(b) {
		if c0 := b[i]; c0 < utf8.RuneSelf {
			c := asciiClass[c0]
			if c == cLetter || c == cDigit || c0 == '_' {
				i++
				continue
			}
			if c0 == '.' && !hashtag && i > 0 && i+1 < len(b) && b[i+1] < utf8.RuneSelf &&
				(asciiClass[b[i+1]] == cLetter || asciiClass[b[i+1]] == cDigit || b[i+1] == '_') {
				i++ // instagram-style @first.last
				continue
			}
			break
		}
		_, n, c := decode(b[i:])
		if c == cLetter || c == cDigit || c == cMark || (c == cJoin && i > 0) {
			i += n
			continue
		}
		break
	}
	return i
}

// keycap returns the length of a keycap emoji (digit, # or * followed by an
// optional U+FE0F and U+20E3) at the start of b, or 0.
func keycap(b []byte) int {
	if len(b) < 4 {
		return 0
	}
	i := 1
	if b[0] >= utf8.RuneSelf {
		return 0
	}
	if len(b) >= i+3 && b[i] == 0xef && b[i+1] == 0xb8 && b[i+2] == 0x8f { // U+FE0F
		i += 3
	}
	if len(b) >= i+3 && b[i] == 0xe2 && b[i+1] == 0x83 && b[i+2] == 0xa3 { // U+20E3
		return i + 3
	}
	return 0
}

// lexEmoji returns the length of one emoji sequence: a pictograph or a pair
// of regional indicators (a flag), its modifiers (skin tone, variation
// selector, tags), and further pictographs joined to it by ZWJ.
func lexEmoji(b []byte) int {
	i := emojiElement(b)
	for i+3 < len(b) && b[i] == 0xe2 && b[i+1] == 0x80 && b[i+2] == 0x8d { // ZWJ
		n := 0
		if _, _, c := decode(b[i+3:]); c == cPicto || c == cRegional {
			n = emojiElement(b[i+3:])
		}
		if n == 0 {
			break
		}
		i += 3 + n
	}
	return i
}

func emojiElement(b []byte) int {
	_, i, c := decode(b)
	if c == cRegional && i < len(b) {
		if _, n, c := decode(b[i:]); c == cRegional {
			i += n
		}
	}
	for i < len(b) {
		_, n, c := decode(b[i:])
		if c != cEmojiMod {
			break
		}
		i += n
	}
	return i
}

// lexLatin recognizes the tokens that start with an ASCII letter or digit
// and hold punctuation: URLs and emails. It returns 0 for anything else.
func lexLatin(b []byte) (int, Kind) {
	if n := lexURL(b); n > 0 {
		return n, URL
	}
	if n := lexEmail(b); n > 0 {
		return n, Email
	}
	return 0, 0
}

func hasPrefixFold(b []byte, prefix string) bool {
	if len(b) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// lexURL returns the length of a URL that starts with a scheme or "www.".
// The URL runs to the next space or quotation mark; punctuation that ends a
// sentence or clause after it, and a closing bracket without an opening one
// inside it, are left out.
func lexURL(b []byte) int {
	var start int
	switch {
	case hasPrefixFold(b, "https://"):
		start = 8
	case hasPrefixFold(b, "http://"):
		start = 7
	case hasPrefixFold(b, "ftp://"):
		start = 6
	case hasPrefixFold(b, "www."):
		start = 4
	default:
		return 0
	}
	i := start
	for i < len(b) {
		r, n, c := decode(b[i:])
		if c == cSpace || c == cNewline || r == '"' || r == '<' || r == '>' || r == '«' || r == '»' ||
			r == '،' || r == '؛' || r == '`' || r == utf8.RuneError || c == cPicto {
			break
		}
		i += n
	}
	// Trim what a sentence puts after a URL. The brackets are counted
	// once, so that trimming a long run of closing brackets stays linear.
	depth := bracketDepths(b[:i])
	for i > start {
		r, n := utf8.DecodeLastRune(b[:i])
		switch r {
		case '.', ',', ';', ':', '!', '?', '\'', '؟', '…', '\u200c':
			i -= n
			continue
		case ')', ']', '}':
			if k := bracketKind(byte(r)); depth[k] < 0 { // not opened inside the URL
				depth[k]++
				i -= n
				continue
			}
		}
		break
	}
	if i <= start {
		return 0
	}
	return i
}

// bracketDepths returns, for each kind of bracket ( [ {, the number of
// opening brackets in u minus the number of closing ones.
func bracketDepths(u []byte) (depth [3]int) {
	for _, c := range u {
		switch c {
		case '(', '[', '{':
			depth[bracketKind(c)]++
		case ')', ']', '}':
			depth[bracketKind(c)]--
		}
	}
	return depth
}

// bracketKind returns 0 for ( ), 1 for [ ] and 2 for { }.
func bracketKind(c byte) int {
	switch c {
	case '[', ']':
		return 1
	case '{', '}':
		return 2
	}
	return 0
}

func isEmailLocal(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

func isDomainChar(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-'
}

// maxEmailLocal is the longest local part of an email address, as RFC 5321
// limits it. Stopping there keeps the lookahead of every word that starts
// with an ASCII letter short: without a bound, each word of «a.a.a.…»
// would scan the whole run for an @.
const maxEmailLocal = 64

// lexEmail returns the length of an ASCII email address at the start of b:
// a local part of at most maxEmailLocal bytes, @, and a domain of at least
// two labels whose last label has two or more letters.
func lexEmail(b []byte) int {
	i := 0
	for i < len(b) && i <= maxEmailLocal && isEmailLocal(b[i]) {
		i++
	}
	if i == 0 || i > maxEmailLocal || i >= len(b) || b[i] != '@' {
		return 0
	}
	i++
	end, labels, lastLetters := 0, 0, 0
	for i < len(b) {
		j := i
		letters := true
		for j < len(b) && isDomainChar(b[j]) {
			if b[j] < 'A' {
				letters = false
			}
			j++
		}
		if j == i {
			break
		}
		labels++
		end = j
		lastLetters = 0
		if letters {
			lastLetters = j - i
		}
		if j+1 < len(b) && b[j] == '.' && isDomainChar(b[j+1]) {
			i = j + 1
			continue
		}
		break
	}
	if labels < 2 || lastLetters < 2 {
		return 0
	}
	return end
}
