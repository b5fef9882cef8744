package normalize

import (
	"unicode"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/script"
)

// shaper holds the state of step 2 of the character pass over one segment.
type shaper struct {
	n       *Normalizer
	a       []byte  // the mapped segment
	spans   []pspan // its protected spans, in order
	lineEnd bool    // the segment ends its line
	out     []byte

	prev, prevPrev, prevBase rune
	strong                   strength
	lineStart, prevInvalid   bool

	quoteClose   int  // index in a of the quote that closes the open pair, or -1
	quoteConvert bool // the open pair becomes « »

	// percentAt is 1 + the index in a of a percent sign that follows a
	// number after spaces and takes the form of its digits, or 0.
	percentAt int

	rec  *recording // notes the edits in rec.shaped, or nil
	base int        // len(out) at the start: the edits' output offsets count from it
}

// edited notes, when edits are recorded, that a[i0:i1) became s.out[o0:].
func (s *shaper) edited(i0, i1, o0 int) {
	if s.rec != nil {
		s.rec.shaped = append(s.rec.shaped, edit{i0, i1, o0 - s.base, len(s.out) - s.base})
	}
}

// replaced is edited for a rune a[i0:i1) replaced by one rune: a
// replacement of the same length keeps the texts in step and is not an
// edit.
func (s *shaper) replaced(i0, i1, o0 int) {
	if s.rec != nil && len(s.out)-o0 != i1-i0 {
		s.edited(i0, i1, o0)
	}
}

// emit appends the rune r, whose encoding is raw (or nil to encode r), and
// updates the state.
func (s *shaper) emit(r rune, raw []byte) {
	if raw != nil {
		s.out = append(s.out, raw...)
	} else {
		s.out = utf8.AppendRune(s.out, r)
	}
	s.prevPrev, s.prev = s.prev, r
	s.prevInvalid = false
	if !isArabicMark(r) {
		s.prevBase = r
	}
	if st := strengthOf(r); st != weak {
		s.strong = st
	}
	if r != ' ' && r != '\t' {
		s.lineStart = false
	}
}

// emitDigit is emit for a digit rune, which is neither a mark nor strong.
func (s *shaper) emitDigit(d rune) {
	if d < utf8.RuneSelf {
		s.out = append(s.out, byte(d))
	} else {
		s.out = utf8.AppendRune(s.out, d)
	}
	s.prevPrev, s.prev, s.prevBase = s.prev, d, d
	s.prevInvalid, s.lineStart = false, false
}

func isOpener(r rune) bool { return r == '(' || r == '[' || r == '{' || r == '«' }
func isCloser(r rune) bool { return r == ')' || r == ']' || r == '}' || r == '»' }

// isNumberSep reports whether r may join two digit groups of one number.
func isNumberSep(r rune) bool {
	switch r {
	case '.', ',', '/', ':', '-', script.DecimalSeparator, script.ThousandsSeparator:
		return true
	}
	return false
}

// runeAt decodes the rune at a[i], or returns -1 past the end.
func runeAt(a []byte, i int) (rune, int) {
	if i >= len(a) {
		return -1, 0
	}
	if a[i] < utf8.RuneSelf {
		return rune(a[i]), 1
	}
	return utf8.DecodeRune(a[i:])
}

// lookAhead is how many runes nextStrong reads. Context comes from the
// nearest words; a bound keeps the pass linear.
const lookAhead = 32

// nextStrong returns the script of the first letter at or after a[i],
// within lookAhead runes of the same segment.
func nextStrong(a []byte, i int) strength {
	for k := 0; k < lookAhead && i < len(a); k++ {
		r, size := runeAt(a, i)
		if st := strengthOf(r); st != weak {
			return st
		}
		i += size
	}
	return weak
}

// persianPunct reports whether the ASCII , ; or ? at a[i] stands in
// Persian context: the letter before it is Persian and the letter after it
// (if any, nearby) is not Latin.
func (s *shaper) persianPunct(i int) bool {
	return s.strong == arabic && nextStrong(s.a, i+1) != latin
}

// persianBefore reports whether the last rune written is a Persian letter
// or digit, so that a space before . ! : is a typing slip.
func (s *shaper) persianBefore() bool {
	r := s.prevBase
	return script.IsLetter(r) || r >= 0x0660 && r <= 0x0669 || r >= 0x06F0 && r <= 0x06F9
}

// dropsSpaceBefore reports whether a space before the rune r at a[j] goes.
func (s *shaper) dropsSpaceBefore(r rune, j int) bool {
	switch r {
	case '،', '؛', '؟':
		return true
	case ',', ';', '?':
		return s.persianPunct(j)
	case '.', '!', ':':
		if !s.persianBefore() {
			return false
		}
		// Keep the space of ".NET", ".5" and "...".
		next, _ := runeAt(s.a, skipZWNJ(s.a, j+1))
		return !(next == '.' || next == '…' || next >= 0 && next < utf8.RuneSelf && asciiWord(byte(next)) || script.IsDigit(next))
	}
	return isCloser(r)
}

// shape runs step 2 over s.a and returns the output.
func (s *shaper) shape() []byte {
	a := s.a
	spanIdx := 0
	spacing := s.n.cfg.spacing
	for i := 0; i < len(a); {
		if spanIdx < len(s.spans) && s.spans[spanIdx].start == i {
			sp := s.spans[spanIdx]
			spanIdx++
			s.out = append(s.out, a[sp.start:sp.end]...)
			s.lineStart = false
			for j := sp.start; j < sp.end; {
				r, size := utf8.DecodeRune(a[j:])
				if st := strengthOf(r); st != weak {
					s.strong = st
				}
				if !isArabicMark(r) {
					s.prevBase = r
				}
				s.prevPrev, s.prev = s.prev, r
				j += size
			}
			s.prevInvalid = s.prev == utf8.RuneError
			i = sp.end
			continue
		}
		if s.quoteClose == i {
			s.quoteClose = -1
			r, size := runeAt(a, i)
			if s.quoteConvert {
				r = '»'
			}
			o := len(s.out)
			s.emit(r, nil)
			s.replaced(i, i+size, o)
			i += size
			continue
		}
		b := a[i]
		if b >= 0xD8 && b <= 0xDB {
			// Fast path: a run of Arabic letters, which no rule changes,
			// and of single spaces between them (see the next fast path).
			limit := len(a)
			if spanIdx < len(s.spans) {
				limit = s.spans[spanIdx].start
			}
			j := i
			shapeRun := &s.n.fast.shapeRun
			for j+1 < limit {
				l := a[j] - 0xD8
				if l > 3 || !shapeRun[int(l)<<8|int(a[j+1])] {
					if a[j] == ' ' && spacing && j > i && j+3 <= limit {
						if l := a[j+1] - 0xD8; l <= 3 && shapeRun[int(l)<<8|int(a[j+2])] {
							j++
							continue
						}
					}
					break
				}
				j += 2
			}
			if j-i >= 4 {
				s.out = append(s.out, a[i:j]...)
				if a[j-3] == ' ' {
					s.prevPrev = ' '
				} else {
					s.prevPrev = rune(a[j-4]&0x1F)<<6 | rune(a[j-3]&0x3F)
				}
				s.prev = rune(a[j-2]&0x1F)<<6 | rune(a[j-1]&0x3F)
				s.prevBase, s.strong = s.prev, arabic
				s.prevInvalid, s.lineStart = false, false
				i = j
				continue
			}
		}
		if b == ' ' && spacing && !s.lineStart && i+2 < len(a) && a[i+1] >= 0xD8 && a[i+1] <= 0xDB && !isOpener(s.prev) {
			// Fast path: one space before an Arabic letter stays.
			if s.n.fast.shapeRun[int(a[i+1]-0xD8)<<8|int(a[i+2])] {
				s.out = append(s.out, ' ')
				s.prevPrev, s.prev = s.prev, ' '
				s.prevBase, s.prevInvalid = ' ', false
				i++
				continue
			}
		}
		if b < utf8.RuneSelf && asciiWord(b) && !(b >= '0' && b <= '9') {
			// Fast path: ASCII letters.
			s.emit(rune(b), a[i:i+1])
			i++
			continue
		}
		r, size := runeAt(a, i)
		if r == utf8.RuneError && size == 1 {
			s.out = append(s.out, b)
			s.prevPrev, s.prev = s.prev, r
			s.prevBase, s.prevInvalid, s.lineStart = r, true, false
			i++
			continue
		}
		switch {
		case r == ' ':
			i = s.spaceRun(i, spacing)
			continue
		case r == script.ZWNJ:
			i = s.zwnjRun(i)
			continue
		case script.IsDigit(r):
			i = s.number(i)
			continue
		case (r == '"' || r == '“') && s.n.cfg.quotes == Guillemets && s.quoteClose < 0:
			if j, convert := s.findQuoteClose(i, r); j > 0 {
				s.quoteClose, s.quoteConvert = j, convert
				if convert {
					r = '«'
				}
				o := len(s.out)
				s.emit(r, nil)
				s.replaced(i, i+size, o)
				i += size
				continue
			}
		case r == '.':
			// A run of full stops, read through ZWNJs (which go).
			j, dots := i+1, 1
			for {
				k := skipZWNJ(a, j)
				if k >= len(a) || a[k] != '.' {
					break
				}
				j, dots = k+1, dots+1
			}
			if dots > 1 {
				o := len(s.out)
				if dots == 3 && s.n.cfg.ellipsis {
					s.emit('…', nil)
					s.edited(i, j, o)
				} else {
					for k := 0; k < dots; k++ {
						s.emit('.', nil)
					}
					if j-i != dots {
						s.edited(i, j, o) // ZWNJs between the stops went
					}
				}
				i = j
				continue
			}
			if !spacing {
				break
			}
			s.emit('.', a[i:i+1])
			s.spaceAfter(i+1, true)
			i++
			continue
		case !spacing:
		case r == ',' || r == ';' || r == '?':
			if s.persianPunct(i) {
				o := len(s.out)
				s.emit(persianForm(r), nil)
				s.edited(i, i+1, o)
				s.spaceAfter(i+1, false)
				i++
				continue
			}
		case r == '،' || r == '؛' || r == '؟':
			s.emit(r, a[i:i+size])
			s.spaceAfter(i+size, false)
			i += size
			continue
		case r == '!' || r == ':':
			s.emit(r, a[i:i+1])
			s.spaceAfter(i+1, true)
			i++
			continue
		}
		if i+1 == s.percentAt {
			s.percentAt = 0
			o := len(s.out)
			s.emit(percentFor(r), nil)
			s.replaced(i, i+size, o)
			i += size
			continue
		}
		s.emit(r, a[i:i+size])
		i += size
	}
	return s.out
}

// spaceAfter writes one space after punctuation when a word follows it
// directly. After the Persian marks ، ؛ ؟ any word counts; after . ! : only
// a Persian word does (not 3.14, 18:14, e.g or example.com), and only when
// something stands before the mark.
func (s *shaper) spaceAfter(j int, onlyPersian bool) {
	at := j // where the space goes
	// A ZWNJ after punctuation goes (zwnjRun), so look past it.
	for j+2 < len(s.a) && s.a[j] == 0xE2 && s.a[j+1] == 0x80 && s.a[j+2] == 0x8C {
		j += 3
	}
	next, _ := runeAt(s.a, j)
	if next < 0 || s.inSpan(j) {
		return
	}
	if onlyPersian {
		if !script.IsLetter(next) || s.prevPrev < 0 || s.prevPrev == ' ' {
			return
		}
	} else if !(wordRune(next) && !isArabicMark(next)) {
		return
	}
	s.emit(' ', nil)
	s.edited(at, at, len(s.out)-1)
}

// inSpan reports whether a protected span starts at a[j].
func (s *shaper) inSpan(j int) bool {
	for _, sp := range s.spans {
		if sp.start == j {
			return true
		}
		if sp.start > j {
			break
		}
	}
	return false
}

// spaceRun handles the run of spaces (and ZWNJs next to them, which go)
// starting at a[i] and returns the index after it.
func (s *shaper) spaceRun(i int, spacing bool) int {
	a := s.a
	j, spaces := i, 0
	for j < len(a) {
		if a[j] == ' ' {
			spaces++
			j++
		} else if j+2 < len(a) && a[j] == 0xE2 && a[j+1] == 0x80 && a[j+2] == 0x8C {
			j += 3
		} else {
			break
		}
	}
	atEnd := j == len(a)
	o := len(s.out)
	switch {
	case !spacing:
		for k := 0; k < spaces; k++ {
			s.emit(' ', nil)
		}
	case s.lineStart:
		// Indentation is kept as written (Markdown and code depend on it),
		// unless the line holds nothing else.
		if !(atEnd && s.lineEnd) {
			for k := 0; k < spaces; k++ {
				s.out = append(s.out, ' ')
			}
			s.prevPrev, s.prev = s.prev, ' '
		}
	case atEnd:
		if !s.lineEnd && !isOpener(s.prev) {
			s.emit(' ', nil)
		}
	default:
		next, _ := runeAt(a, j)
		closingQuote := j == s.quoteClose && s.quoteConvert
		if !isOpener(s.prev) && !closingQuote && !s.dropsSpaceBefore(next, j) {
			s.emit(' ', nil)
		}
	}
	if s.rec != nil && len(s.out)-o != j-i {
		s.edited(i, j, o) // spaces went, or ZWNJs among them
	}
	return j
}

// zwnjRun handles the run of ZWNJs starting at a[i] (ZWNJ cleanup) and
// returns the index after it. One ZWNJ is kept between a letter that joins
// the next one and a letter; anywhere else it has no effect and goes. In
// other scripts that use the ZWNJ (Devanagari, for one) it is kept between
// two of their letters.
func (s *shaper) zwnjRun(i int) int {
	a := s.a
	j := i
	for j+2 < len(a) && a[j] == 0xE2 && a[j+1] == 0x80 && a[j+2] == 0x8C {
		j += 3
	}
	next, _ := runeAt(a, j)
	keep := s.prevInvalid
	switch {
	case next == ' ':
	case script.IsJoiningLetter(s.prevBase) && (s.prev == s.prevBase || isArabicMark(s.prev)) && script.IsLetter(next):
		keep = true
	case otherScriptLetter(s.prevBase) && otherScriptLetter(next):
		keep = true
	}
	o := len(s.out)
	if keep {
		s.out = append(s.out, 0xE2, 0x80, 0x8C)
		s.prevPrev, s.prev = s.prev, script.ZWNJ
		s.prevInvalid, s.lineStart = false, false
	}
	if s.rec != nil && len(s.out)-o != j-i {
		s.edited(i, j, o)
	}
	return j
}

// otherScriptLetter reports whether r is a letter or mark of a script other
// than Latin and Arabic.
func otherScriptLetter(r rune) bool {
	if r < 0x0370 || isArabicBlock(r) || script.IsLetter(r) {
		return false
	}
	return (unicode.IsLetter(r) || unicode.IsMark(r)) && !unicode.Is(unicode.Latin, r)
}

// Emoji that start with a digit: a keycap is a digit, U+FE0F (emoji
// presentation) and U+20E3 (combining enclosing keycap), as in 1️⃣.
const (
	emojiPresentation = '\uFE0F'
	enclosingKeycap   = '\u20E3'
)

// isKeycapMarkAt reports whether a[j:] starts with a rune that, after a
// digit, makes the digit part of an emoji.
func isKeycapMarkAt(a []byte, j int) bool {
	r, _ := runeAt(a, j)
	return r == emojiPresentation || r == enclosingKeycap
}

// number handles the number starting at a[i]: digits of any set joined by
// separators. It returns the index after it.
func (s *shaper) number(i int) int {
	a := s.a
	j := i
	dots, commas, others := 0, 0, 0
	fullStops := 0 // the '.' among the dots
	keycap := false
	groupLen, firstGroup, badGrouping, dotAfterComma := 0, -1, false, false
	for {
		if k := skipZWNJ(a, j); k > j {
			// A ZWNJ inside a number goes (zwnjRun); read through it.
			if r, _ := runeAt(a, k); !script.IsDigit(r) && !isNumberSep(r) {
				break
			}
			j = k
		}
		r, size := runeAt(a, j)
		if script.IsDigit(r) {
			groupLen++
			j += size
			// (0xEF and 0xE2 lead the UTF-8 of U+FE0F and U+20E3.)
			if j < len(a) && (a[j] == 0xEF || a[j] == 0xE2) && isKeycapMarkAt(a, j) {
				// The digit is part of an emoji: the number ends with it.
				keycap = true
				break
			}
			continue
		}
		if !isNumberSep(r) {
			break
		}
		if next, _ := runeAt(a, skipZWNJ(a, j+size)); !script.IsDigit(next) {
			break
		}
		switch r {
		case ',', script.ThousandsSeparator:
			if firstGroup < 0 {
				firstGroup = groupLen
			} else if groupLen != 3 {
				badGrouping = true
			}
			if dots > 0 {
				badGrouping = true
			}
			commas++
		case '.', script.DecimalSeparator:
			if commas > 0 && groupLen != 3 {
				badGrouping = true
			}
			dotAfterComma = commas > 0
			dots++
			if r == '.' {
				fullStops++
			}
		default:
			others++
		}
		groupLen = 0
		j += size
	}
	if commas > 0 && dots == 0 && groupLen != 3 {
		badGrouping = true
	}
	_ = dotAfterComma
	thousands := commas > 0 && !badGrouping && firstGroup >= 1 && firstGroup <= 3 && others == 0
	decimal := dots == 1 && others == 0 && (commas == 0 || thousands)

	target := s.n.cfg.digits
	verbatim := target == KeepDigits || keycap
	if target == PersianDigits && !verbatim {
		next, _ := runeAt(a, j)
		switch {
		case fullStops >= 2 && !isDottedDate(a[i:j]):
			verbatim = true // 192.168.1.1, 1.2.3: an address or a version
		case s.prev >= 0 && s.prev < utf8.RuneSelf && (asciiWord(byte(s.prev)) && !script.IsDigit(s.prev)):
			verbatim = true // mp3, user123
		case (s.prev == '-' || s.prev == '.' || s.prev == '_') && s.prevPrev >= 0 && s.prevPrev < utf8.RuneSelf && asciiWord(byte(s.prevPrev)):
			verbatim = true // COVID-19, v.2
		case next >= 0 && next < utf8.RuneSelf && asciiWord(byte(next)):
			verbatim = true // 3D, 10px
		case s.strong == latin && nextStrong(a, j) != arabic:
			verbatim = true // a number in a Latin sentence
		case s.lineStart && (next == ')' || next == '.' && (j+1 == len(a) || a[j+1] != '.')) && a[i] >= '0' && a[i] <= '9':
			verbatim = true // a Markdown list marker: "1. "
		}
	}
	if verbatim {
		for k := i; k < j; {
			r, size := runeAt(a, k)
			if r != script.ZWNJ {
				s.emit(r, a[k:k+size])
			} else {
				s.edited(k, k+size, len(s.out))
			}
			k += size
		}
		return j
	}
	set := script.Persian
	dec, thou := script.DecimalSeparator, script.ThousandsSeparator
	if target == LatinDigits {
		set, dec, thou = script.Latin, '.', ','
	}
	for k := i; k < j; {
		r, size := runeAt(a, k)
		k += size
		o := len(s.out)
		if r == script.ZWNJ {
			s.edited(k-size, k, o)
			continue
		}
		if v, ds := script.Digit(r); ds != script.NotDigit {
			s.emitDigit(script.DigitRune(v, set))
			s.replaced(k-size, k, o)
			continue
		}
		switch {
		case (r == '.' || r == script.DecimalSeparator) && decimal:
			r = dec
		case (r == ',' || r == script.ThousandsSeparator) && thousands:
			r = thou
		}
		s.emit(r, nil)
		s.replaced(k-size, k, o)
	}
	// The percent sign after the number, right after it or after spaces
	// (and ZWNJs, which go), follows its digits: ٪ after Persian digits, %
	// after Latin ones.
	k := skipZWNJ(a, j)
	for k < len(a) && a[k] == ' ' {
		k = skipZWNJ(a, k+1)
	}
	if r, size := runeAt(a, k); (r == '%' && target == PersianDigits || r == arabicPercent && target == LatinDigits) && !s.inSpan(k) {
		if k > j {
			s.percentAt = k + 1 // what stands between goes by its own rules
		} else {
			o := len(s.out)
			s.emit(percentFor(r), nil)
			s.replaced(j, j+size, o)
			j += size
		}
	}
	return j
}

// arabicPercent is ٪ U+066A ARABIC PERCENT SIGN, the percent sign of
// Persian typography.
const arabicPercent = '\u066A'

// percentFor returns the other form of the percent sign r: ٪ for %, %
// for ٪.
func percentFor(r rune) rune {
	if r == '%' {
		return arabicPercent
	}
	return '%'
}

// isDottedDate reports whether the number num (digits and separators, with
// ZWNJs perhaps) is a date written with full stops: three groups, a year of
// four digits first or last, a month from 1 to 12 in the middle and a day
// from 1 to 31 at the other end (1404.01.03, 03.01.1404).
func isDottedDate(num []byte) bool {
	var groups [3]struct{ value, digits int }
	g := 0
	for k := 0; k < len(num); {
		r, size := runeAt(num, k)
		k += size
		switch {
		case r == script.ZWNJ:
		case r == '.':
			g++
			if g == len(groups) {
				return false
			}
		default:
			v, ds := script.Digit(r)
			if ds == script.NotDigit {
				return false
			}
			groups[g].value = groups[g].value*10 + v
			groups[g].digits++
		}
	}
	if g != 2 {
		return false
	}
	year, month, day := groups[0], groups[1], groups[2]
	if year.digits != 4 {
		year, day = day, year
	}
	return year.digits == 4 && month.digits <= 2 && day.digits <= 2 &&
		month.value >= 1 && month.value <= 12 && day.value >= 1 && day.value <= 31
}

// skipZWNJ returns the index after the run of ZWNJs at a[j], or j.
func skipZWNJ(a []byte, j int) int {
	for j+2 < len(a) && a[j] == 0xE2 && a[j+1] == 0x80 && a[j+2] == 0x8C {
		j += 3
	}
	return j
}

// findQuoteClose finds the quotation mark that closes the one at a[i]
// (open is " or “) in the segment, outside protected spans. It returns its
// index and whether the pair becomes « »: when the quoted text holds a
// Persian letter. It returns -1 if the mark is unpaired.
func (s *shaper) findQuoteClose(i int, open rune) (int, bool) {
	a := s.a
	want := open
	if open == '“' {
		want = '”'
	}
	persian := false
	_, size := runeAt(a, i)
	spanIdx := 0
	for j := i + size; j < len(a); {
		for spanIdx < len(s.spans) && s.spans[spanIdx].end <= j {
			spanIdx++
		}
		if spanIdx < len(s.spans) && s.spans[spanIdx].start <= j {
			j = s.spans[spanIdx].end
			continue
		}
		r, size := runeAt(a, j)
		if r == want {
			return j, persian
		}
		if r == '"' || r == '“' || r == '”' || r == '«' || r == '»' {
			// Nested quotes: leave this pair alone, so that converting an
			// inner pair cannot make it convertible on a second pass.
			return -1, false
		}
		if script.IsLetter(r) {
			persian = true
		}
		j += size
	}
	return -1, false
}

// persianForm returns the Persian form of the ASCII , ; or ?.
func persianForm(r rune) rune {
	switch r {
	case ',':
		return '،'
	case ';':
		return '؛'
	}
	return '؟'
}
