package date

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/script"
)

// The lenient parser and the finder read text as a stream of tokens:
// numbers (in digits or spelled out), clock times, the words they know
// (months, weekdays, era and day-period markers, relative words, joining
// words) and single punctuation marks.
type tokKind uint8

const (
	tkEnd      tokKind = iota // past the last token
	tkNum                     // a number in digits of any set, or spelled out (بیست و سوم)
	tkTime                    // H:MM or H:MM:SS, with an optional fraction and zone
	tkMonth                   // a month name; val is 1–12, sub its Calendar
	tkWeekday                 // a weekday name; val is 0 (Sunday) to 6
	tkEra                     // ه‍.ش., ه‍.ق., میلادی, AP, ...; sub is the Calendar, latin set for Latin-script marks
	tkJoin                    // a word joining a date and a clock: ساعت, at, په, في, روز; sub is a join*
	tkYearWord                // سال, "year", written before a year
	tkPeriod                  // a part of the day (ق.ظ., عصر, PM); val is a period*
	tkDayWord                 // امروز, دیروز, ...; val is the shift in days
	tkUnit                    // ثانیه, دقیقه, هفته, ماه, ...; the unit is in sub (also set on ساعت, روز, سال)
	tkAgo                     // پیش, قبل (val -1), دیگر, بعد (val +1)
	tkAnd                     // و
	tkFraction                // نیم (val 30), ربع (val 15): minutes after the hour
	tkT                       // the T between an ISO date and its time
	tkEquals                  // برابر با, مطابق با: one calendar's date equals the next
	tkFrom                    // از: after قبل or بعد it makes them relative to something else
	tkNumWord                 // a number word, before the lexer joins it into a tkNum
	tkSlash                   // /
	tkDash                    // - – —
	tkDot                     // .
	tkComma                   // , ،
	tkBar                     // |
	tkOpen                    // (
	tkClose                   // )
	tkWord                    // letters that are none of the above
	tkOther                   // anything else
)

// Units of time, in the sub field of words that name one.
const (
	unitNone uint8 = iota
	unitSecond
	unitMinute
	unitHour
	unitDay
	unitWeek
	unitMonth
	unitYear
)

// Joining words, in the sub field of tkJoin.
const (
	joinAt   uint8 = iota // at, په, في
	joinHour              // ساعت: a bare hour may follow
	joinDay               // روز: a weekday or a date may follow
)

// Parts of the day, in the val field of tkPeriod.
const (
	periodAM        = iota // ق.ظ., AM: hours 1–12, 12 is midnight
	periodPM               // ب.ظ., PM: hours 1–12, 12 is noon
	periodMorning          // صبح, بامداد: hours 0–12
	periodNoon             // ظهر: 11 and 12 as they are, 1–4 after noon
	periodAfternoon        // عصر, بعدازظهر: hours 1–11 after noon
	periodNight            // شب: 1–5 after midnight, 6–11 in the evening, 12 midnight
)

// A token is 32 bytes: ParseLenient keeps its tokens in an array on the
// stack, which Go zeroes on every call.
type token struct {
	start, end int   // byte offsets in the text
	val        int32 // see tokKind; for tkNum the value, saturated at maxNumber
	kind       tokKind
	sub        uint8 // see tokKind
	digits     uint8 // tkNum: number of digits, saturated at 255 (of the value, for spelled numbers)
	flags      uint8 // tf*
	hour, min  int8  // tkTime
	sec        int8  // tkTime; -1 when the time has no seconds
	minOff     uint8 // tkTime: byte offset of the minutes from start
	secOff     uint8 // tkTime: byte offset of the seconds from start
}

// Token flags.
const (
	tfSpace     uint8 = 1 << iota // whitespace precedes the token
	tfSpelled                     // tkNum: written in words
	tfOrdinal                     // tkNum: an ordinal word (سوم, بیست و یکم)
	tfLatin                       // a name or marker in Latin script
	tfZone                        // tkTime: followed by Z or an offset
	tfFraction                    // tkTime: the seconds have a fraction
	tfNeedsYear                   // tkMonth: a name that is also a common word (عقرب, میزان): a date only with a year
)

func (t *token) space() bool   { return t.flags&tfSpace != 0 }
func (t *token) spelled() bool { return t.flags&tfSpelled != 0 }
func (t *token) ordinal() bool { return t.flags&tfOrdinal != 0 }
func (t *token) latin() bool   { return t.flags&tfLatin != 0 }

const maxNumber = 1 << 20

// A lexer reads tokens from s.
type lexer struct {
	s string
	i int
}

// isSpace reports whether r separates tokens: Unicode white space.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\u00a0', '\u202f':
		return true
	}
	// Other white space is Latin-1 or General Punctuation; skip the
	// table lookup for the Arabic script.
	return r > utf8.RuneSelf && (r < 0x0600 || r > 0x08FF) && unicode.IsSpace(r)
}

// isInvisible reports whether r is a mark that text puts around numbers
// and names without separating them: bidi controls, ZWNJ, ZWJ and the
// byte order mark. The lexer skips them; a number with a bidi mark on
// either side still touches its separator (23‏/9‏/1446).
func isInvisible(r rune) bool {
	switch r {
	case '\u200c', '\u200d', '\u200e', '\u200f', '\u061c', '\ufeff',
		'\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069':
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	if r >= 0x0621 && r <= 0x064A {
		return true // the Arabic letters and tatweel
	}
	return script.IsLetter(r) || r == '\u0640' || isMark(r) || unicode.IsLetter(r)
}

// skipBlank moves past white space and invisible marks and reports
// whether it saw white space.
func (lx *lexer) skipBlank() (space bool) {
	s := lx.s
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
		switch {
		case isSpace(r):
			space = true
		case isInvisible(r):
		default:
			return space
		}
		lx.i += size
	}
	return space
}

// next reads the next token into *t, which it fills in place (building a
// token in one place and copying it costs more than the lexing). At the
// end of s it sets t.kind to tkEnd and returns false.
func (lx *lexer) next(t *token) bool {
	s := lx.s
	space := lx.skipBlank()
	start := lx.i
	*t = token{start: start, end: start}
	if space {
		t.flags = tfSpace
	}
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
		case '|':
			t.kind = tkBar
		case '(':
			t.kind = tkOpen
		case ')':
			t.kind = tkClose
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
	// A clock: H:MM or HH:MM, then optionally :SS and a fraction.
	min, next, ok := twoDigitsAfter(s, lx.i, ':')
	if !ok {
		return
	}
	t.kind, t.hour, t.min, t.sec = tkTime, int8(n), int8(min), -1
	t.minOff = uint8(lx.i + 1 - t.start)
	if sec, after, ok := twoDigitsAfter(s, next, ':'); ok {
		t.secOff = uint8(next + 1 - t.start)
		t.sec, next = int8(sec), after
		if next+1 < len(s) && (s[next] == '.' || s[next] == ',') {
			if v, _ := digitAt(s, next+1); v >= 0 {
				_, next = fraction(s, next+1)
				t.flags |= tfFraction
			}
		}
	}
	if _, end, ok := zoneAt(s, next); ok {
		t.flags |= tfZone
		next = end
	}
	lx.i = next
	t.end = next
}

// clockExtras returns the fraction of the second (in nanoseconds) and the
// zone (in minutes east of UTC) of the tkTime token t of s. The lexer only
// marks that they are there, which keeps tokens small.
func clockExtras(s string, t *token) (nsec, zone int) {
	// After the last field, seconds or minutes: two digits of any set.
	i := t.start + int(t.minOff)
	if t.sec >= 0 {
		i = t.start + int(t.secOff)
	}
	for range 2 {
		_, size := digitAt(s, i)
		i += size
	}
	if t.flags&tfFraction != 0 {
		nsec, i = fraction(s, i+1)
	}
	if t.flags&tfZone != 0 {
		zone, _, _ = zoneAt(s, i)
	}
	return nsec, zone
}

// fraction reads the digits of a fraction of a second at s[i:] and
// returns it in nanoseconds (digits past the ninth are read and dropped).
func fraction(s string, i int) (nsec, next int) {
	scale := 100000000
	for i < len(s) {
		v, size := digitAt(s, i)
		if v < 0 {
			break
		}
		nsec += v * scale
		scale /= 10
		i += size
	}
	return nsec, i
}

// zoneAt reads an RFC 3339 zone right after a clock at s[i:]: Z, or
// +HH:MM, -HH:MM, +HHMM. It returns the offset in minutes east of UTC and
// the index after it.
func zoneAt(s string, i int) (zone, next int, ok bool) {
	if i >= len(s) {
		return 0, i, false
	}
	if c := s[i]; c == 'Z' || c == 'z' {
		if i+1 < len(s) {
			if r, _ := decodeRune(s[i+1:]); isWordRune(r) {
				return 0, i, false
			}
		}
		return 0, i + 1, true
	}
	sign, j := 0, i
	switch {
	case s[i] == '+':
		sign, j = 1, i+1
	case s[i] == '-':
		sign, j = -1, i+1
	case len(s)-i >= 3 && s[i:i+3] == "−":
		sign, j = -1, i+3
	default:
		return 0, i, false
	}
	hh, after, ok := readNumber(s, j, 2, 2)
	if !ok {
		return 0, i, false
	}
	mm, end, ok := twoDigitsAfter(s, after, ':')
	if !ok {
		mm, end, ok = readNumber(s, after, 2, 2)
	}
	if !ok || hh > 23 || mm > 59 {
		return 0, i, false
	}
	if end < len(s) {
		if v, _ := digitAt(s, end); v >= 0 {
			return 0, i, false
		}
	}
	return sign * (hh*60 + mm), end, true
}

// twoDigitsAfter reads sep and exactly two digits at s[i:], not followed
// by a further digit.
func twoDigitsAfter(s string, i int, sep byte) (n, next int, ok bool) {
	if i >= len(s) || s[i] != sep {
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
		t.kind, t.val, t.sub = e.kind, int32(e.val), e.sub
		if e.latin {
			t.flags |= tfLatin
		}
		if e.needsYear {
			t.flags |= tfNeedsYear
		}
		lx.i += n
		t.end = lx.i
		if e.kind == tkNumWord {
			lx.lexSpelled(t, e)
		}
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

// Magnitudes of number words, in the sub field of their entries. A
// spelled number is read from the largest part down: صد before بیست
// before سه; a teen or a unit ends its group.
const (
	magUnit     uint8 = 1 + iota // یک … نه
	magTeen                      // ده … نوزده
	magTen                       // بیست … نود
	magHundred                   // صد … نهصد
	magThousand                  // هزار (a multiplier)
)

// lexSpelled reads a spelled-out number that begins with the number word
// e, already read into t: words joined by و (بیست و سوم, هزار و چهارصد و
// چهار), and هزار after a group (دو هزار). An ordinal word (سوم, یکم, سی‌ام)
// ends the number. t becomes a tkNum.
func (lx *lexer) lexSpelled(t *token, e nameEntry) {
	total, group := 0, 0
	last := uint8(0) // magnitude of the previous word in the group
	add := func(e nameEntry) bool {
		if e.sub == magThousand {
			if total > 0 {
				return false // one هزار per number: years stay below 10000
			}
			total, group, last = max(group, 1)*e.val, 0, 0
			return true
		}
		switch {
		case last == 0:
		case last == magHundred && e.sub < magHundred:
		case last == magTen && e.sub == magUnit:
		default:
			return false
		}
		group += e.val
		last = e.sub
		return true
	}
	add(e)
	ordinal := e.ordinal
	for !ordinal {
		save := lx.i
		lx.skipBlank()
		var next nameEntry
		var n int
		if lx.i < len(lx.s) {
			next, n = lookupName(lx.s[lx.i:])
		}
		if n == 0 && strings.HasPrefix(lx.s[lx.i:], "و") {
			// و glued to the next word: بیست‌وسوم.
			j := lx.i + len("و")
			for j < len(lx.s) {
				r, size := decodeRune(lx.s[j:])
				if !isInvisible(r) {
					break
				}
				j += size
			}
			if e, k := lookupName(lx.s[j:]); k > 0 && e.kind == tkNumWord && e.sub != magThousand && add(e) {
				lx.i = j + k
				ordinal = e.ordinal
				continue
			}
			lx.i = save
			break
		}
		if n > 0 && next.kind == tkAnd {
			// و, then the next word of the number.
			lx.i += n
			lx.skipBlank()
			if lx.i < len(lx.s) {
				next, n = lookupName(lx.s[lx.i:])
			} else {
				n = 0
			}
			if n == 0 || next.kind != tkNumWord || next.sub == magThousand || !add(next) {
				lx.i = save
				break
			}
		} else if n > 0 && next.kind == tkNumWord && next.sub == magThousand && total == 0 && last != 0 {
			add(next) // دو هزار
		} else {
			lx.i = save
			break
		}
		lx.i += n
		ordinal = next.ordinal
	}
	v := total + group
	t.kind, t.val, t.sub = tkNum, int32(v), 0
	t.flags = t.flags&tfSpace | tfSpelled
	if ordinal {
		t.flags |= tfOrdinal
	}
	t.digits = uint8(len(itoa(v)))
	t.end = lx.i
}

func itoa(n int) string {
	var b [20]byte
	return string(appendInt(b[:0], n, 1))
}

// A nameEntry is one spelling of a known word, folded by foldRune.
type nameEntry struct {
	folded    string
	second    rune // the second and third folded runes of the name, or -1
	third     rune
	kind      tokKind
	sub       uint8
	latin     bool // a Latin-script name or marker
	ordinal   bool // a number word that is an ordinal (سوم)
	needsYear bool // a month name that is also a common word
	val       int
}

// foldRune maps the letters that real text writes in several ways to one
// form, the module's search folding (script.FoldSearch): Arabic yeh and
// kaf to the Persian letters, alef variants to alef, teh marbuta and heh
// with yeh to heh; and ASCII to lower case. It returns -1
// for runes that spelling ignores inside a word: ZWNJ, ZWJ, tatweel,
// combining marks (such as the hamza of سنبلهٔ) and the apostrophes of
// transliterations (Shaʻban, Sha'ban).
func foldRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		if r == '\'' {
			return -1
		}
		return r
	case r >= 0x0600 && r <= 0x06FF:
		// The Arabic block, which Persian text is written in: a switch the
		// compiler turns into a few comparisons.
		if r == '\u0640' || script.IsMark(r) { // tatweel and the marks
			return -1
		}
		return script.FoldSearch(r)
	case r == '\u200c' || r == '\u200d' || r == 'ʻ' || r == 'ʼ' || r == '’' || r == '‘' || isMark(r):
		return -1
	}
	return r
}

// isMark reports whether r is a combining mark, testing the Arabic
// harakat first because they are the marks Persian text carries.
func isMark(r rune) bool {
	switch {
	case r >= 0x0600 && r <= 0x06FF:
		return script.IsMark(r)
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
type nameTable [utf8.RuneSelf + 0x100]nameGroup

// A nameGroup holds the names that begin with one folded rune, and apart
// from them their second and third folded runes, which lookupName scans
// first (a few bytes a name rather than the whole entry).
type nameGroup struct {
	next    []nameKey
	entries []nameEntry
}

// A nameKey is the second and third folded runes of a name, -1 where the
// name is shorter.
type nameKey struct{ second, third rune }

// lookupName returns the known word that s starts with, preferring the
// longest, and the number of bytes it takes (0 if none). Names are
// grouped by their first folded rune and told apart by their second and
// third before the whole name is compared.
func lookupName(s string) (nameEntry, int) {
	r, size := decodeRune(s)
	slot := nameSlot(foldRune(r))
	if slot < 0 {
		return nameEntry{}, 0
	}
	second, third, wordGoesOn := nextFolded(s[size:])
	var best *nameEntry
	bestLen := 0
	group := &knownNames()[slot]
	for i, k := range group.next {
		switch {
		case k.second < 0:
			if wordGoesOn {
				continue // a one-letter name is a word of its own
			}
		case k.second != second, k.third >= 0 && k.third != third:
			continue
		}
		e := &group.entries[i]
		n, glued := matchFolded(s, e.folded)
		if glued != 0 && !(glued == 'و' && e.kind == tkNumWord) {
			// A ZWNJ inside a word: می‌تواند is no month, شنبه‌ها no
			// weekday; only a number word takes a glued و (بیست‌وسوم).
			continue
		}
		if n > bestLen {
			best, bestLen = e, n
		}
	}
	if best == nil {
		return nameEntry{}, 0
	}
	return *best, bestLen
}

// nextFolded returns the two folded runes that follow the first one of a
// name at s, skipping what matchFolded skips inside a word (-1 past the
// end), and whether the rune right after the first, past the runes
// foldRune ignores, is a letter.
func nextFolded(s string) (second, third rune, wordGoesOn bool) {
	second, third = -1, -1
	first := true
	for i := 0; i < len(s); {
		r, size := decodeRune(s[i:])
		i += size
		f := foldRune(r)
		if f < 0 {
			continue
		}
		if first {
			wordGoesOn = isWordRune(r)
			first = false
		}
		if f == ' ' || r == '\u00a0' {
			continue
		}
		if second < 0 {
			second = f
			continue
		}
		third = f
		break
	}
	return second, third, wordGoesOn
}

// matchFolded returns the length of the prefix of s that spells the folded
// word, ignoring what foldRune ignores and single spaces inside the word,
// if the word ends there; otherwise 0. If the word is followed by a ZWNJ
// and a letter, glued is that letter: Persian joins the parts of one word
// so.
func matchFolded(s, word string) (n int, glued rune) {
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
			return 0, 0
		}
		r, size := decodeRune(s[i:])
		f := foldRune(r)
		if f < 0 || (f == ' ' || r == '\u00a0') && j > 0 {
			if j == 0 {
				return 0, 0
			}
			i += size
			continue
		}
		w, wsize := decodeRune(word[j:])
		if f != w {
			return 0, 0
		}
		i += size
		j += wsize
	}
	// Marks that belong to the last letter (the hamza of سنبلهٔ).
	for i < len(s) {
		r, size := decodeRune(s[i:])
		if r == '\u200c' && i+size < len(s) {
			if next, _ := decodeRune(s[i+size:]); isWordRune(next) {
				return i, next
			}
		}
		if r != '\u0640' && !isMark(r) {
			if isWordRune(r) || r == '\'' || r == 'ʻ' {
				return 0, 0 // the word goes on: not this name
			}
			break
		}
		i += size
	}
	return i, 0
}

// decodeRune decodes the rune at the start of s, two-byte sequences of the
// Arabic block inline.
func decodeRune(s string) (rune, int) { return script.DecodeRuneInString(s) }
