// Package span recognizes the spans of text that are not prose and that
// the packages of this module keep as they are written: URLs, e-mail
// addresses, @mentions, #hashtags, HTML markup and Markdown code spans.
//
// normalize copies a span verbatim (it only unifies the Arabic letters of
// mentions and hashtags), and tokenize makes each span one token, so what
// the one protects the other keeps whole. Both ask the same question in
// their hot loops, so the API is small and cheap: MayStart is a table
// lookup on one byte, and At reads a byte slice and allocates nothing. It
// looks no further than the span itself and what follows it up to the end
// of its token; a search that finds no span stops within a bounded
// distance (a host name of 253 bytes, a tag or code span of 2 KB), so a
// caller that asks at every token stays linear.
//
// # What is a span
//
//   - URL: a scheme and "//" (https://…, ssh://host/path, any scheme), an
//     opaque scheme that needs no "//" (mailto:, tel:, urn:, data:, magnet:
//     and a few more, see opaqueSchemes), "www.", or a bare domain such as
//     example.com/page?id=3 or Amazon.com. A URL runs to the end of its
//     token, the next delimiter (see IsDelim), less the punctuation that
//     ends a clause after it (. , ; : ! ? ؟ ' … and a ZWNJ) and a closing
//     bracket without its opener inside. A bare domain is one whose last
//     label is a known top-level domain (tld.go); without a path the
//     domain must be the whole token: Amazon.comها, Amazon.com's and
//     a.com,b are not URLs.
//   - Email: name@example.com, an ASCII local part and a domain of two or
//     more labels whose last one has two or more letters. Like a URL, it
//     runs to the end of its token.
//   - Mention: @ and a name of letters, digits, marks, _ and invisible
//     characters (@sara_ahmadi, @سارا). A name with a period between two
//     ASCII word characters (@first.last) is a handle that runs, like a
//     URL, to the end of its token; NameEnd tells where its name ends.
//   - Hashtag: # and a tag of letters, digits, marks, _ and invisible
//     characters, with at least one letter or _ (#روز_معلم, #کتاب‌خوانی;
//     #12 is no hashtag).
//   - Markup: an HTML tag (<p>, </a>, <a href="…">, <br/>), comment
//     (<!-- … -->), declaration (<!DOCTYPE html>) or character reference
//     (&amp; &#1604; &#x6cc;).
//   - Code: a Markdown code span, a run of n backticks closed by the next
//     run of at least n backticks (at least, not exactly as in CommonMark,
//     so that text between two runs can change without changing the
//     pairing).
//
// URLs, e-mail addresses, mentions and hashtags start only where a token
// can: at the start of the text, or after a delimiter, an opening bracket
// or quote, or punctuation (MayFollow). Markup and code spans start
// anywhere. No span holds a line feed.
//
// # Why whole tokens
//
// normalize must find the same spans, or larger ones, when it runs over
// its own output, or normalizing twice would change the text again. So a
// span never ends where a change made by the first pass could move its
// end into another span: URLs and addresses run to the end of their
// token, and so does a handle with a period; invisible characters (ZWNJ,
// ZWJ, zero-width space, soft hyphen, tatweel, bidi controls) and marks,
// which normalize may remove, belong to the domain name or tag they stand
// in, and a tag needs more than them.
package span

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/emoji"
)

// Kind says what a span is.
type Kind uint8

// The kinds of span. None means that no span starts at the position asked.
const (
	None    Kind = iota
	URL          // https://example.com/a, ssh://host/path, mailto:a@b.ir, www.example.ir, example.com/page?id=3
	Email        // name@example.com
	Mention      // @name
	Hashtag      // #نشان
	Markup       // an HTML tag, comment, declaration or character reference
	Code         // a Markdown code span
)

var kindNames = [...]string{None: "None", URL: "URL", Email: "Email", Mention: "Mention",
	Hashtag: "Hashtag", Markup: "Markup", Code: "Code"}

// String returns the name of the kind, such as "URL".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Limits that keep a failed search short: no scheme, local part or host
// is longer than these.
const (
	maxScheme = 32  // longest scheme name
	maxLocal  = 64  // longest local part of an e-mail address (RFC 5321)
	maxHost   = 253 // longest host name
	maxLabel  = 63  // longest label of a host name
)

// startBytes are the bytes that may start a span.
var startBytes = func() (t [256]bool) {
	for c := range 256 {
		t[c] = asciiAlnum(byte(c))
	}
	for _, c := range "_#@<&`" {
		t[c] = true
	}
	return t
}()

// MayStart reports whether a span can start with the byte b: an ASCII
// letter or digit, or one of _ # @ < & `. No other byte, and no rune
// outside ASCII, starts one. It is the cheap test for every byte of a hot
// loop; At gives the answer.
func MayStart(b byte) bool { return startBytes[b] }

// At returns the end and the kind of the span that starts at s[i], or
// (i, None) if none does. prev is the rune before s[i], or -1 at the start
// of the text or where the caller knows that a token starts; it decides
// whether a URL, address, mention or hashtag may start there (MayFollow).
//
// The span lies within s: a caller that must see the same spans whatever
// the chunking of its input passes the same window every time (normalize
// a segment, tokenize a fixed lookahead).
func At(s []byte, i int, prev rune) (int, Kind) {
	if i < 0 || i >= len(s) || !startBytes[s[i]] {
		return i, None
	}
	switch s[i] {
	case '<':
		if e := markupEnd(s, i); e > 0 {
			return e, Markup
		}
		return i, None
	case '&':
		if e := entityEnd(s, i); e > 0 {
			return e, Markup
		}
		return i, None
	case '`':
		if e := codeEnd(s, i); e > 0 {
			return e, Code
		}
		return i, None
	}
	if prev >= 0 && !MayFollow(prev) {
		return i, None
	}
	switch s[i] {
	case '#':
		if e, _ := tagName(s, i+1, false); e > 0 {
			return e, Hashtag
		}
		return i, None
	case '@':
		e, dotted := tagName(s, i+1, true)
		if e < 0 {
			return i, None
		}
		if dotted {
			// An Instagram handle, @first.last: like a URL, it runs to
			// the end of its token, so that no span found after one of
			// its periods can end up inside it.
			e = urlEnd(s, i, e)
		}
		return e, Mention
	}
	return wordSpan(s, i, prev)
}

// MayFollow reports whether a URL, e-mail address, mention or hashtag may
// start right after the rune r: a delimiter, an opening bracket or quote,
// or punctuation.
func MayFollow(r rune) bool {
	switch r {
	case '(', '[', '{', '“', '‘', '.', ',', ';', ':', '!', '?', '؟', ')', ']', '}', '”', '’', '…', '\'':
		return true
	}
	return IsDelim(r)
}

// IsDelim reports whether r ends a URL: white space or a control
// character, one of « » " < > ` ، ؛, a pictograph (emoji), or
// utf8.RuneError, which an invalid byte decodes to.
func IsDelim(r rune) bool {
	if r < 0x21 || r == 0x7F {
		return true
	}
	if r < utf8.RuneSelf {
		return r == '"' || r == '<' || r == '>' || r == '`'
	}
	switch r {
	case '«', '»', '،', '؛', utf8.RuneError:
		return true
	}
	return r >= 0x80 && r < 0xA0 || unicode.IsSpace(r) || emoji.IsPictographic(r)
}

// IsInvisible reports whether r is an invisible character that a span may
// hold inside a name: ZWNJ, ZWJ, zero-width space, LRM and RLM
// (U+200B–U+200F), soft hyphen, tatweel, the Arabic letter mark and the
// other bidi controls.
func IsInvisible(r rune) bool {
	return r >= 0x200B && r <= 0x200F || r == 0x00AD || r == 0x0640 || r == 0x061C ||
		r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

func asciiAlnum(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

func asciiLetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// wordRune reports whether r is a letter, digit or combining mark of any
// script, or _.
func wordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && (asciiAlnum(byte(r)) || r == '_')
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// transparentAt returns the size of the rune at s[j] if it is invisible,
// a combining mark or the presentation form of an Arabic mark
// (U+FE70–U+FE7F), all of which normalize may remove, or 0.
func transparentAt(s []byte, j int) int {
	if j >= len(s) || s[j] < utf8.RuneSelf {
		return 0
	}
	r, size := utf8.DecodeRune(s[j:])
	if IsInvisible(r) || unicode.IsMark(r) || r >= 0xFE70 && r <= 0xFE7F {
		return size
	}
	return 0
}

// Classes of the runes of a name.
const (
	classOther  uint8 = iota
	classLetter       // a letter
	classDigit        // a digit
	classHidden       // a mark or an invisible character: neither starts nor makes a name
)

// arabicClasses is classOf for U+0600–U+06FF, where the names of Persian
// tags lie, so that they cost a table lookup a rune.
var arabicClasses = func() (t [256]uint8) {
	for i := range t {
		t[i] = slowClassOf(rune(0x0600 + i))
	}
	return t
}()

func classOf(r rune) uint8 {
	if r >= 0x0600 && r <= 0x06FF {
		return arabicClasses[r-0x0600]
	}
	return slowClassOf(r)
}

func slowClassOf(r rune) uint8 {
	switch {
	case IsInvisible(r) || unicode.IsMark(r):
		return classHidden
	case unicode.IsLetter(r):
		return classLetter
	case unicode.IsDigit(r):
		return classDigit
	}
	return classOther
}

// tagName returns the end of the name of a mention (mention) or hashtag
// that starts at s[j], after its @ or #, or -1, and whether the name holds
// a period (@first.last). The name holds letters, digits, marks, _ and
// invisible characters, and at least one letter, digit or _; a hashtag
// needs a letter or _ (#12 is a number). A mention may hold a period
// between two ASCII letters, digits or _ (marks and invisible characters
// between them do not count).
func tagName(s []byte, j int, mention bool) (end int, dotted bool) {
	start, visible, named := j, false, false
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			switch {
			case asciiLetter(c) || c == '_':
				visible, named = true, true
				j++
				continue
			case c >= '0' && c <= '9':
				visible = true
				j++
				continue
			case c == '.' && mention && dotJoins(s, start, j):
				dotted = true
				j++
				continue
			}
			break
		}
		r, size := utf8.DecodeRune(s[j:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		switch classOf(r) {
		case classHidden:
		case classLetter:
			visible, named = true, true
		case classDigit:
			visible = true
		default:
			return tagResult(start, j, visible, named || mention, dotted)
		}
		j += size
	}
	return tagResult(start, j, visible, named || mention, dotted)
}

func tagResult(start, end int, visible, named, dotted bool) (int, bool) {
	if end == start || !visible || !named {
		return -1, false
	}
	return end, dotted
}

// dotJoins reports whether the period at s[j] stands between two ASCII
// letters, digits or _ of a name that starts at s[start], marks and
// invisible characters aside.
func dotJoins(s []byte, start, j int) bool {
	k := j
	for k > start {
		r, size := utf8.DecodeLastRune(s[start:k])
		if !IsInvisible(r) && !unicode.IsMark(r) {
			if r >= utf8.RuneSelf || !(asciiAlnum(byte(r)) || r == '_') {
				return false
			}
			break
		}
		k -= size
	}
	if k == start {
		return false
	}
	for k = j + 1; k < len(s); {
		if c := s[k]; c < utf8.RuneSelf {
			return asciiAlnum(c) || c == '_'
		}
		r, size := utf8.DecodeRune(s[k:])
		if !IsInvisible(r) && !unicode.IsMark(r) {
			return false
		}
		k += size
	}
	return false
}

// NameEnd returns the end of the name in sp, a mention or hashtag span
// that At found: the span itself, or for a mention with a period, which
// runs to the end of its token, the part that is the handle.
func NameEnd(sp []byte) int {
	if len(sp) == 0 {
		return 0
	}
	end, _ := tagName(sp, 1, sp[0] == '@')
	if end < 0 {
		return len(sp)
	}
	return end
}
