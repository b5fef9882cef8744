package tokenize

import (
	"bytes"
	"unicode/utf8"
)

// Sentence rules.
//
// The rules below run as each token is lexed. A token whose sentence end
// depends on what follows (a terminator, which closing quotes may follow,
// or the end of a dateline) starts a chain; the Scanner holds the chain's
// tokens back until the token after it decides.
//
// A sentence ends after a run of terminators (. ! ? ؟ … and combinations
// such as ؟! or ...), together with the closing quotes and brackets that
// follow it, unless
//   - the period ends an abbreviation: a single letter (ق.م، ص. ۱۲، U.S.) or
//     a common Latin one (Dr. Mr.);
//   - the period has a letter or digit right after it (نسخه.txt);
//   - a lower-case Latin letter follows the period (English text goes on);
//   - the terminator is an ellipsis after و، یا، a comma or a colon, where it
//     means "and so on" (سیب، گلابی و … خریدیم);
//   - the terminator is an editor's mark in brackets: (!) or (؟);
//   - a comma, semicolon or colon follows (and its closing quotes): «چرا؟»،
//     پرسید.
//
// A closing quote or bracket belongs to the sentence when it closes one
// opened in it or left open by the sentence before; a closing one with none
// open starts the next sentence (text typed with mirrored brackets).
//
// A blank line (two line feeds) always ends a sentence, and so does the
// line feed after a heading: a line of at most 8 tokens with no terminator
// at its end. A line feed inside a paragraph, after a longer line, does
// not. Numbers, URLs and emails are single tokens, so their periods never
// count.
//
// News datelines and section headings, "تهران - ایرنا:" or "واحد مرکزی خبر:",
// are sentences of their own, as the Persian UD treebanks annotate them: a
// colon ends a sentence when the sentence so far is a few words that hold a
// dash or end with the name of a news agency, and "پکن - ایرنا" ends one
// even without the colon.

const (
	maxHeadingTokens = 6 // the longest dateline or heading before a colon
	maxHeadingLine   = 8 // the longest line that is a heading when it has no terminator
)

type sentenceState struct {
	chainFirst, chainLast int  // terminator chain waiting for the next token; -1 if none
	dateline              bool // the chain is a dateline, not terminators
	gluedOpener           rune // the chain ends with this opening bracket, glued to a terminator

	tokens     int  // tokens in the current sentence so far
	headerLike bool // every token so far is a word or a dash
	hasDash    bool
	agency     bool   // the last token names a news agency
	prevMarkaz bool   // the last token is مرکزی (واحد مرکزی خبر)
	quotes     int    // ASCII double quotes in the current sentence, 1 if one was left open
	open       [3]int // unclosed « ( “ in the current sentence, plus those carried from the last
	listGoesOn bool   // the last token is و، : or a comma, after which an ellipsis means "and so on"
	lineTokens int    // tokens on the current line so far
}

func (st *sentenceState) reset() {
	st.chainFirst, st.chainLast = -1, -1
	st.dateline, st.gluedOpener = false, 0
	st.open = [3]int{}
	st.quotes = 0
	st.newSentence()
}

func (st *sentenceState) newSentence() {
	st.tokens = 0
	st.headerLike = true
	st.hasDash = false
	st.agency = false
	st.prevMarkaz = false
	st.quotes %= 2 // an open straight quotation goes on too
	st.listGoesOn = false
	// A quotation that stays open at the end of a sentence goes on in the
	// next one: «جمله‌ای. جمله‌ای دیگر.»
	for i, n := range st.open {
		st.open[i] = max(n, 0)
	}
}

// decided reports whether the token seq knows whether it ends a sentence.
func (st *sentenceState) decided(seq int) bool {
	return st.chainFirst < 0 || seq < st.chainFirst
}

// endChain ends the sentence at the last token of the pending chain.
func (st *sentenceState) endChain(s *Scanner) {
	if st.chainFirst < 0 {
		return
	}
	s.at(st.chainLast).sentEnd = true
	st.chainFirst, st.chainLast = -1, -1
	st.dateline = false
	st.gluedOpener = 0
	st.newSentence()
}

// force is called when the queue is full: the pending chain ends its sentence.
func (st *sentenceState) force(s *Scanner) { st.endChain(s) }

// finish is called at the end of the input: the last token ends a sentence.
func (st *sentenceState) finish(s *Scanner) {
	st.endChain(s)
	if s.qlen > 0 {
		s.at(s.qhead + s.qlen - 1).sentEnd = true
	}
	st.newSentence()
}

func (s *Scanner) pendingBytes(p *pending) []byte {
	return s.buf[p.off : p.off+p.end-p.start]
}

// push applies the sentence rules to the token seq, just lexed.
func (st *sentenceState) push(s *Scanner, seq int) {
	t := s.at(seq)
	text := s.pendingBytes(t)
	if t.newlines >= 2 && seq > 0 && st.tokens > 0 {
		if st.chainFirst >= 0 {
			st.endChain(s)
		} else {
			s.at(seq - 1).sentEnd = true
			st.newSentence()
		}
	}
	if t.newlines == 1 && st.tokens > 0 && st.chainFirst < 0 && st.lineTokens <= maxHeadingLine &&
		!continuesLine(s.pendingBytes(s.at(seq-1))) {
		// A short line without a terminator is a heading.
		s.at(seq - 1).sentEnd = true
		st.newSentence()
	}
	if t.newlines > 0 {
		st.lineTokens = 0
	}
	st.lineTokens++
	if st.chainFirst >= 0 && st.dateline {
		if t.kind == Punctuation && st.chainFirst == st.chainLast && (isColon(text) || isDash(text)) {
			st.chainLast = seq
			return
		}
		st.endChain(s)
	}
	if st.chainFirst >= 0 && st.gluedOpener != 0 {
		// An opening bracket glued to the terminator before it closes the
		// sentence if a space follows it: «پایان.( متن» is mirrored text.
		// Glued to the next word instead, it opens the next sentence.
		r := st.gluedOpener
		st.gluedOpener = 0
		if !t.spaced {
			st.chainLast--
			st.endChain(s)
			st.tokens++
			st.countRune(r)
		}
	}
	if st.chainFirst >= 0 {
		if t.kind == Punctuation && (isTerminator(text) || st.closes(text, t.spaced)) {
			st.chainLast = seq
			st.count(text)
			return
		}
		if r, _ := utf8.DecodeRune(text); t.kind == Punctuation && !t.spaced && isOpener(r) {
			st.chainLast = seq
			st.gluedOpener = r
			return
		}
		first := s.at(st.chainFirst)
		if t.kind == Punctuation && continuesSentence(text) ||
			st.chainFirst == st.chainLast && isPeriod(s.pendingBytes(first)) && !periodEnds(t, s.pendingBytes(t)) {
			st.chainFirst, st.chainLast = -1, -1
			st.dateline = false
		} else {
			st.endChain(s)
		}
	}
	if t.kind == Punctuation && isTerminator(text) && !(isPeriod(text) && st.abbreviation(s, seq)) &&
		!(st.listGoesOn && isEllipsis(text)) && !st.inBrackets(s, seq) {
		st.chainFirst, st.chainLast = seq, seq
		st.tokens++
		return
	}
	if t.kind == Punctuation && isColon(text) && st.tokens > 0 && st.tokens <= maxHeadingTokens &&
		st.headerLike && (st.hasDash || st.agency) {
		t.sentEnd = true
		st.newSentence()
		return
	}
	st.tokens++
	st.count(text)
	st.listGoesOn = isListJoint(text)
	switch {
	case t.kind == Word:
		if st.headerLike && st.tokens <= maxHeadingTokens {
			st.agency = isAgency(text, st.prevMarkaz)
			st.prevMarkaz = string(text) == "مرکزی"
		}
		if st.agency && st.hasDash && st.headerLike && st.tokens <= maxHeadingTokens {
			// «پکن - ایرنا» ends a dateline even without a colon; the
			// colon or dash after it, if any, comes along.
			st.chainFirst, st.chainLast = seq, seq
			st.dateline = true
		}
	case t.kind == Punctuation && isDash(text):
		st.hasDash = true
		st.agency, st.prevMarkaz = false, false
	default:
		st.headerLike = false
		st.agency, st.prevMarkaz = false, false
	}
}

// count keeps the parity of ASCII double quotes in the sentence and the
// balance of quotation marks and brackets.
func (st *sentenceState) count(text []byte) {
	if len(text) == 1 && text[0] == '"' {
		st.quotes++
		return
	}
	r, _ := utf8.DecodeRune(text)
	st.countRune(r)
}

func (st *sentenceState) countRune(r rune) {
	if i, opening := pairOf(r); i >= 0 {
		if opening {
			st.open[i]++
		} else {
			st.open[i]--
		}
	}
}

func isOpener(r rune) bool {
	_, opening := pairOf(r)
	return opening
}

// pairOf returns which pair of quotation marks or brackets r belongs to,
// or -1, and whether r opens it.
func pairOf(r rune) (int, bool) {
	switch r {
	case '«':
		return 0, true
	case '»':
		return 0, false
	case '(', '[', '{':
		return 1, true
	case ')', ']', '}':
		return 1, false
	case '“':
		return 2, true
	case '”':
		return 2, false
	}
	return -1, false
}

// closes reports whether text is a closing quote or bracket that belongs to
// the sentence a terminator before it ends: one that closes a quotation or
// bracket opened in this sentence or left open by the one before. Text
// that writes » or ) where « or ( is meant (mirrored brackets, common in
// Persian text typed in left-to-right editors) thus starts the next sentence
// with it, and a « right after the terminator closes a sentence that opened
// with ». A straight double quote closes when the sentence has opened one.
func (st *sentenceState) closes(text []byte, spaced bool) bool {
	r, _ := utf8.DecodeRune(text)
	switch r {
	case '’', '›', '」', '』':
		return true
	case '"':
		return st.quotes%2 == 1
	}
	if i, opening := pairOf(r); i >= 0 {
		if opening {
			// Mirrored text: the sentence opened with » and closes with «.
			return !spaced && st.open[i] < 0
		}
		return st.open[i] > 0
	}
	return false
}

// abbreviation reports whether the period seq ends an abbreviation.
func (st *sentenceState) abbreviation(s *Scanner, seq int) bool {
	if seq == 0 || s.qlen < 2 || seq-1 < s.qhead {
		return false
	}
	t := s.at(seq)
	prev := s.at(seq - 1)
	if t.spaced || prev.kind != Word {
		return false
	}
	w := s.pendingBytes(prev)
	if utf8.RuneCount(w) == 1 {
		return true
	}
	return isLatinAbbreviation(w)
}

// periodEnds reports whether a period followed by the token next ends a
// sentence.
func periodEnds(next *pending, text []byte) bool {
	if !next.spaced && (next.kind == Word || next.kind == Number) {
		return false
	}
	if next.kind == Word && text[0] >= 'a' && text[0] <= 'z' {
		return false
	}
	return true
}

var latinAbbreviations = []string{
	"Mr", "Mrs", "Ms", "Dr", "Prof", "Jr", "Sr", "St", "vs", "etc", "Inc", "Ltd", "Co", "No", "Vol", "pp", "al",
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
}

func isLatinAbbreviation(w []byte) bool {
	for _, a := range latinAbbreviations {
		if string(w) == a {
			return true
		}
	}
	return false
}

// newsAgencies are the Persian names of news agencies that datelines cite.
var newsAgencies = []string{
	"ایرنا", "ایسنا", "ایلنا", "ایبنا", "ایکنا", "فارس", "مهر", "تسنیم", "شانا", "پانا", "میزان",
	"رویترز", "آسوشیتدپرس", "فرانس‌پرس", "شینهوا", "ایتارتاس",
}

func isAgency(w []byte, afterMarkazi bool) bool {
	if afterMarkazi && string(w) == "خبر" {
		return true
	}
	for _, a := range newsAgencies {
		if string(w) == a {
			return true
		}
	}
	return false
}

func isTerminator(text []byte) bool {
	_, _, c := decode(text)
	return c == cTerm
}

func isPeriod(text []byte) bool { return len(text) == 1 && text[0] == '.' }

func isColon(text []byte) bool {
	return bytes.Equal(text, []byte(":")) || bytes.Equal(text, []byte("："))
}

func isDash(text []byte) bool {
	switch string(text) {
	case "-", "–", "—", "‐", "‑", "−":
		return true
	}
	return false
}

// isEllipsis reports whether text is … or a run of periods.
func isEllipsis(text []byte) bool {
	if string(text) == "…" {
		return true
	}
	return len(text) > 1 && text[0] == '.'
}

// isListJoint reports whether text is a token after which an ellipsis
// stands for "and so on" rather than ending a sentence: «سیب، گلابی و …».
func isListJoint(text []byte) bool {
	switch string(text) {
	case "و", ":", "،", ",", "یا":
		return true
	}
	return false
}

// continuesLine reports whether a line that ends with text goes on in the
// next line: after a conjunction, a preposition, را, or a comma, dash or
// colon it cannot be a heading.
func continuesLine(text []byte) bool {
	switch string(text) {
	case "و", "یا", "که", "را", "از", "به", "در", "با", "برای", "تا", "اما", "ولی",
		"،", ",", "؛", ";", ":", "-", "–", "—", "«", "(":
		return true
	}
	return false
}

// continuesSentence reports whether text, after a terminator, shows that
// the sentence goes on: no sentence starts with a comma, semicolon or colon
// («چرا؟»، پرسید).
func continuesSentence(text []byte) bool {
	switch string(text) {
	case "،", ",", "؛", ";", ":":
		return true
	}
	return false
}

// inBrackets reports whether the terminator seq stands alone right after
// an opening bracket, as an editor's mark: (!) or (؟).
func (st *sentenceState) inBrackets(s *Scanner, seq int) bool {
	if seq == 0 || seq-1 < s.qhead || s.at(seq).spaced {
		return false
	}
	if r, _ := utf8.DecodeRune(s.pendingBytes(s.at(seq))); r != '!' && r != '?' && r != '؟' {
		return false // a period after a bracket ends a sentence: «…(آیه ۶۰(.» in mirrored text
	}
	prev := s.at(seq - 1)
	if prev.kind != Punctuation {
		return false
	}
	r, _ := utf8.DecodeRune(s.pendingBytes(prev))
	return r == '(' || r == '['
}
