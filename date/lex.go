package date

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/script"
)

// The lenient parser and the finder read text as a stream of tokens:
// numbers, clock times, the words they know (months, weekdays, era and
// day-period markers, joining words) and single punctuation marks.
type tokKind uint8

const (
	tkEnd      tokKind = iota // past the last token
	tkNum                     // digits of one or more sets
	tkTime                    // H:MM or H:MM:SS
	tkMonth                   // a month name; val is 1–12
	tkWeekday                 // a weekday name; val is 0 (Sunday) to 6
	tkEra                     // AP, ه‍.ش., ...; val is 1 for Latin-script markers
	tkJoin                    // a word joining a date and a clock: ساعت, at, په
	tkYearWord                // سال, "year", written before a year
	tkPeriod                  // before noon (val 0) or after noon (val 1)
	tkSlash                   // /
	tkDash                    // - – —
	tkDot                     // .
	tkComma                   // , ،
	tkWord                    // letters that are none of the above
	tkOther                   // anything else
)

type token struct {
	start, end int   // byte offsets in the text
	val        int32 // see tokKind; for tkNum the value, saturated at maxNumber
	kind       tokKind
	space      bool  // whitespace (or a bidi mark) precedes the token
	digits     uint8 // tkNum: number of digits, saturated at 255
	hour, min  int8  // tkTime
	sec        int8  // tkTime; -1 when the time has no seconds
}

const maxNumber = 1 << 20

// A lexer reads tokens from s.
type lexer struct {
	s string
	i int
}

// isSpace reports whether r separates tokens: Unicode white space, and
// the invisible marks that bidi text puts around numbers and names.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\u00a0', '\u200c', '\u200d', '\u200e', '\u200f', '\u061c', '\u202f', '\ufeff',
		'\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069':
		return true
	}
	// Other white space is Latin-1 or General Punctuation; skip the
	// table lookup for the Arabic script.
	return r > utf8.RuneSelf && (r < 0x0600 || r > 0x08FF) && unicode.IsSpace(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return script.IsLetter(r) || r == '\u0640' || isMark(r) || unicode.IsLetter(r)
}

// next reads the next token into *t, which it fills in place (building a
// token in one place and copying it costs more than the lexing). At the
// end of s it sets t.kind to tkEnd and returns false.
func (lx *lexer) next(t *token) bool {
	s := lx.s
	space := false
	for lx.i < len(s) {
		c := s[lx.i]
		if c == ' ' {
			lx.i++
			space = true
			continue
		}
		if c < utf8.RuneSelf && c > ' ' {
			break
		}
		r, size := decodeRune(s[lx.i:])
		if !isSpace(r) {
			break
		}
		lx.i += size
		space = true
	}
	start := lx.i
	*t = token{start: start, end: start, space: space}
	if start >= len(s) {
		return false
	}
	c := s[start]
	if v, _ := digitAt(s, start); v >= 0 {
		lx.lexNumber(t)
		return true
	}
	if c < utf8.RuneSelf {
		lx.i++
		switch c {
		case '/':
			t.kind = tkSlash
		case '-':
			t.kind = tkDash
		case '.':
			t.kind = tkDot
		case ',':
			t.kind = tkComma
		default:
			if isWordRune(rune(c)) {
				lx.i--
				lx.lexWord(t)
				return true
			}
			t.kind = tkOther
		}
		t.end = lx.i
		return true
	}
	r, size := decodeRune(s[start:])
	switch {
	case r == '،':
		t.kind = tkComma
	case r == '–' || r == '—' || r == '−':
		t.kind = tkDash
	case isWordRune(r):
		lx.lexWord(t)
		return true
	default:
		t.kind = tkOther // including a byte of invalid UTF-8 (size 1)
	}
	lx.i += size
	t.end = lx.i
	return true
}

// lexNumber reads a run of digits, and a clock time if the digits are
// followed by a colon and two digits.
func (lx *lexer) lexNumber(t *token) {
	s := lx.s
	n, digits := 0, 0
	for lx.i < len(s) {
		v, size := digitAt(s, lx.i)
		if v < 0 {
			break
		}
		n = min(n*10+v, maxNumber)
		digits = min(digits+1, 255)
		lx.i += size
	}
	t.kind, t.val, t.digits = tkNum, int32(n), uint8(digits)
	t.end = lx.i
	if digits > 2 {
		return
	}
	// A clock: H:MM or HH:MM, then optionally :SS.
	min, next, ok := lx.twoDigitsAfterColon(lx.i)
	if !ok {
		return
	}
	t.kind, t.hour, t.min, t.sec = tkTime, int8(n), int8(min), -1
	if sec, after, ok := lx.twoDigitsAfterColon(next); ok {
		t.sec, next = int8(sec), after
	}
	lx.i = next
	t.end = next
}

func (lx *lexer) twoDigitsAfterColon(i int) (n, next int, ok bool) {
	s := lx.s
	if i >= len(s) || s[i] != ':' {
		return 0, i, false
	}
	n, next, ok = readNumber(s, i+1, 2, 2)
	if !ok || (next < len(s) && func() bool { v, _ := digitAt(s, next); return v >= 0 }()) {
		return 0, i, false
	}
	return n, next, true
}

// lexWord reads a known name, or else a whole run of letters as a tkWord.
func (lx *lexer) lexWord(t *token) {
	s := lx.s
	if e, n := lookupName(s[lx.i:]); n > 0 {
		t.kind, t.val = e.kind, int32(e.val)
		lx.i += n
		t.end = lx.i
		return
	}
	for lx.i < len(s) {
		r, size := utf8.DecodeRuneInString(s[lx.i:])
		if !isWordRune(r) && r != '\u200c' {
			break
		}
		lx.i += size
	}
	t.kind = tkWord
	t.end = lx.i
}

// A nameEntry is one spelling of a known word, folded by foldRune.
type nameEntry struct {
	folded string
	kind   tokKind
	val    int
}

// foldRune maps the letters that real text writes in several ways to one
// form: Arabic yeh and kaf to the Persian letters, alef variants to alef,
// teh marbuta and heh with yeh to heh, ASCII to lower case. It returns -1
// for runes that spelling ignores inside a word: ZWNJ, ZWJ, tatweel and
// combining marks (such as the hamza of سنبلهٔ).
func foldRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	case r == 'ي' || r == 'ى' || r == 'ې':
		return 'ی'
	case r == 'ك':
		return 'ک'
	case r == 'آ' || r == 'أ' || r == 'إ' || r == 'ٱ':
		return 'ا'
	case r == 'ة' || r == 'ۀ':
		return 'ه'
	case r == '\u200c' || r == '\u200d' || r == '\u0640' || isMark(r):
		return -1
	}
	return r
}

// isMark reports whether r is a combining mark, testing the Arabic
// harakat first because they are the marks Persian text carries.
func isMark(r rune) bool {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670:
		return true
	case r >= 0x0600 && r <= 0x06FF:
		return r >= 0x06D6 && r <= 0x06ED && r != 0x06DD && r != 0x06DE && r != 0x06E5 && r != 0x06E6 && r != 0x06E9
	case r < 0x0300:
		return false
	}
	return unicode.Is(unicode.Mn, r)
}

func foldString(s string) string {
	b := make([]rune, 0, len(s))
	for _, r := range s {
		if f := foldRune(r); f >= 0 && f != ' ' {
			b = append(b, f)
		}
	}
	return string(b)
}

// nameSlot returns the index in a nameTable of the names that begin with
// folded rune r, or -1. Every known name begins with an ASCII letter or a
// letter of the Arabic block.
func nameSlot(r rune) int {
	switch {
	case r >= 0 && r < utf8.RuneSelf:
		return int(r)
	case r >= 0x0600 && r <= 0x06FF:
		return utf8.RuneSelf + int(r-0x0600)
	}
	return -1
}

// A nameTable holds the known names grouped by first folded rune, so that
// a word is compared with a handful of names.
type nameTable [utf8.RuneSelf + 0x100][]nameEntry

// knownNames is the table of words the lexer recognizes.
var knownNames = sync.OnceValue(func() *nameTable {
	var table nameTable
	add := func(kind tokKind, val int, spellings ...string) {
		for _, s := range spellings {
			f := foldString(s)
			first, _ := utf8.DecodeRuneInString(f)
			slot := nameSlot(first)
			if slot < 0 {
				panic("date: known name " + s + " outside the name table")
			}
			table[slot] = append(table[slot], nameEntry{f, kind, val})
		}
	}
	for _, row := range monthNames {
		for m, name := range row {
			// With the word ماه ("month") after it, joined or not: مهرماه, مهر ماه.
			add(tkMonth, m+1, name, name+"ماه")
		}
	}
	add(tkMonth, 2, "Ordibehesht")
	add(tkMonth, 3, "جوزاء")
	add(tkMonth, 5, "امرداد", "Amordad")
	add(tkMonth, 10, "Dei")
	for _, row := range weekdayNames {
		for w, name := range row {
			add(tkWeekday, w, name)
		}
	}
	for w, name := range []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"} {
		add(tkWeekday, w, name)
	}
	add(tkEra, 1, "AP", "A.P.", "SH", "S.H.")
	add(tkEra, 0, "ه.ش.", "ه.ش", "ه ش", "هجری شمسی", "هجری خورشیدی", "شمسی", "خورشیدی")
	add(tkJoin, 0, "ساعت", "at", "په", "روز")
	add(tkYearWord, 0, "سال")
	add(tkPeriod, 0, "AM", "A.M.", "ق.ظ.", "ق.ظ", "قبل از ظهر", "صبح")
	add(tkPeriod, 1, "PM", "P.M.", "ب.ظ.", "ب.ظ", "بعد از ظهر", "عصر")
	return &table
})

// lookupName returns the known word that s starts with, preferring the
// longest, and the number of bytes it takes (0 if none).
func lookupName(s string) (nameEntry, int) {
	r, _ := utf8.DecodeRuneInString(s)
	first := foldRune(r)
	var best nameEntry
	bestLen := 0
	slot := nameSlot(first)
	if slot < 0 {
		return nameEntry{}, 0
	}
	for _, e := range knownNames()[slot] {
		if n := matchFolded(s, e.folded); n > bestLen {
			best, bestLen = e, n
		}
	}
	return best, bestLen
}

// matchFolded returns the length of the prefix of s that spells the folded
// word, ignoring what foldRune ignores and single spaces inside the word,
// if the word ends there; otherwise 0.
func matchFolded(s, word string) int {
	// Most text spells a name as the table does: skip the common prefix,
	// backing up to a rune boundary (equal runes fold to themselves).
	k := 0
	for k < len(s) && k < len(word) && s[k] == word[k] {
		k++
	}
	if k < len(word) {
		for k > 0 && word[k]&0xC0 == 0x80 {
			k--
		}
	}
	i, j := k, k
	for j < len(word) {
		if i >= len(s) {
			return 0
		}
		r, size := decodeRune(s[i:])
		f := foldRune(r)
		if f < 0 || (f == ' ' || r == '\u00a0') && j > 0 {
			if j == 0 {
				return 0
			}
			i += size
			continue
		}
		w, wsize := decodeRune(word[j:])
		if f != w {
			return 0
		}
		i += size
		j += wsize
	}
	// Marks that belong to the last letter (the hamza of سنبلهٔ).
	for i < len(s) {
		r, size := decodeRune(s[i:])
		if r != '\u0640' && !isMark(r) {
			if isWordRune(r) {
				return 0 // the word goes on: not this name
			}
			break
		}
		i += size
	}
	return i
}

// decodeRune is utf8.DecodeRuneInString with the two-byte sequences of
// the Arabic block decoded inline.
func decodeRune(s string) (rune, int) {
	if len(s) >= 2 {
		c0, c1 := s[0], s[1]
		if c0 < utf8.RuneSelf {
			return rune(c0), 1
		}
		if c0 >= 0xC2 && c0 <= 0xDF && c1&0xC0 == 0x80 {
			return rune(c0&0x1F)<<6 | rune(c1&0x3F), 2
		}
	}
	return utf8.DecodeRuneInString(s)
}
