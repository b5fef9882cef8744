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
//   - the period is glued to the number of a numbered list item at the
//     start of a line, «۱. مقدمه» or «2.1. روش کار»: a number of at most
//     three digits, or groups of them joined by periods (listMarker);
//   - a lower-case Latin letter follows the period (English text goes on);
//   - the terminator is an ellipsis after و، یا or a comma, where it means
//     "and so on" (سیب، گلابی و … خریدیم), or after a colon or an opening
//     quote or bracket, where it marks the elided start of a quotation or
//     an omission (گفت: … و این‌گونه شد، «ما […] ادامه می‌دهیم»);
//   - the terminator is an ellipsis that opens the sentence: it marks an
//     elided start too, and a sentence has not ended before it has begun;
//   - the terminator is an ellipsis after a list «A و B» of nouns and
//     adjectives that trails off, and a word follows on the same line
//     («کاج و سرو و چنار… و درختان میوه»). Persian is verb-final, so if A or
//     B may be a verb («آمد و رفت…», «… است و حوض…») the ellipsis ends the
//     sentence, and so it does after a single noun («باران… همه رفتند»):
//     a sentence without a verb is common before an ellipsis. The lexicon
//     (lexicon.go) tells nouns from verbs;
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
// even without the colon. A headline without a final period often runs
// straight into the dateline: «افزایش بارش برف در کوهستان تبریز - ایرنا: …».
// When a run of at least minHeadlineRun tokens is followed by "PLACE -
// AGENCY:" (or "PLACE - AGENCY -") on one line, PLACE a single word and
// AGENCY one of newsAgencies, the run is a sentence and the dateline
// another. To decide, the Scanner holds the run's last token back until the
// colon, four tokens later; a run that ends with a preposition or
// conjunction (continuesLine) is not a headline.

const (
	maxHeadingTokens = 6  // the longest dateline or heading before a colon
	maxHeadingLine   = 8  // the longest line that is a heading when it has no terminator
	minHeadlineRun   = 3  // the fewest tokens of a headline that runs into a dateline
	maxCoordWord     = 64 // the longest word in bytes that the ellipsis rule looks up
)

// Stages of a dateline after a run of words: «… PLACE - AGENCY:».
const (
	heldPlace  = iota + 1 // PLACE seen
	heldDash              // PLACE -
	heldAgency            // PLACE - AGENCY
)

type sentenceState struct {
	chainFirst, chainLast int  // terminator chain waiting for the next token; -1 if none
	dateline              bool // the chain is a dateline, not terminators
	gluedOpener           rune // the chain ends with this opening bracket, glued to a terminator
	trailsOff             bool // the chain is an ellipsis after «A و B»; coordA and coordB hold A and B

	// A run of words that may be followed by a dateline «PLACE - AGENCY:»:
	// held is the token before PLACE, the last of the run, which ends its
	// sentence if the dateline follows. It and the tokens after it wait.
	held      int // -1 if none
	heldStage uint8

	// The words of the last «A و B», copied: their tokens may have left the
	// queue when the ellipsis after B is decided.
	coordSeq       int // the sequence number of the و after A
	coordA, coordB [maxCoordWord]byte
	coordALen      int // 0 if A is unknown
	coordBLen      int

	tokens     int  // tokens in the current sentence so far
	headerLike bool // every token so far is a word or a dash
	hasDash    bool
	agency     bool   // the last token names a news agency
	prevMarkaz bool   // the last token is مرکزی (واحد مرکزی خبر)
	quotes     int    // ASCII double quotes in the current sentence, 1 if one was left open
	open       [3]int // unclosed « ( “ in the current sentence, plus those carried from the last
	listGoesOn bool   // an ellipsis after the last token does not end the sentence (ellipsisGoesOnAfter)
	lineTokens int    // tokens on the current line so far
}

func (st *sentenceState) reset() {
	st.chainFirst, st.chainLast = -1, -1
	st.dateline, st.gluedOpener, st.trailsOff = false, 0, false
	st.held, st.heldStage = -1, 0
	st.coordALen, st.coordBLen = 0, 0
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
	return (st.chainFirst < 0 || seq < st.chainFirst) && (st.held < 0 || seq < st.held)
}

// cancelChain drops the pending chain: the sentence goes on after it.
func (st *sentenceState) cancelChain() {
	st.chainFirst, st.chainLast = -1, -1
	st.dateline = false
	st.trailsOff = false
}

// endChain ends the sentence at the last token of the pending chain.
func (st *sentenceState) endChain(s *Scanner) {
	if st.chainFirst < 0 {
		return
	}
	s.at(st.chainLast).sentEnd = true
	st.cancelChain()
	st.gluedOpener = 0
	st.newSentence()
}

// force is called when the queue is full: the pending chain ends its
// sentence, and a run of words waiting for a dateline does not.
func (st *sentenceState) force(s *Scanner) {
	st.held = -1
	st.endChain(s)
}

// finish is called at the end of the input: the last token ends a sentence.
func (st *sentenceState) finish(s *Scanner) {
	st.held = -1
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
	if st.held >= 0 {
		if st.heldStage == heldPlace && t.kind != Punctuation {
			st.held = -1 // the common case: a word after a word
		} else if st.datelineAfterRun(s, seq, t, text) {
			return
		}
	}
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
			st.chainFirst == st.chainLast && isPeriod(s.pendingBytes(first)) && !periodEnds(t, s.pendingBytes(t)) ||
			st.chainFirst == st.chainLast && st.trailsOff && t.kind == Word && t.newlines == 0 && st.listTrailsOff() {
			st.cancelChain()
		} else {
			st.endChain(s)
		}
	}
	if t.kind == Punctuation && isTerminator(text) && !(isPeriod(text) && (st.abbreviation(s, seq) || st.listMarker(s, seq))) &&
		!((st.listGoesOn || st.tokens == 0) && isEllipsis(text)) && !st.inBrackets(s, seq) {
		st.chainFirst, st.chainLast = seq, seq
		st.trailsOff = isEllipsis(text) && st.noteCoordinated(s, seq)
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
	st.listGoesOn = ellipsisGoesOnAfter(text)
	switch {
	case t.kind == Word:
		if st.held < 0 && st.chainFirst < 0 && st.tokens > minHeadlineRun {
			// The run so far may be a headline and this word the PLACE of
			// a dateline: hold the token before it back.
			st.held, st.heldStage = seq-1, heldPlace
		}
		if string(text) == "و" {
			st.noteConjunction(s, seq)
		}
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

// listMarker reports whether the period seq ends the number of a numbered
// list item at the start of a line: «۱. مقدمه», «1. Introduction», «۲.۳.
// روش کار». The number is the first token of its line (or of the input),
// the period is glued to it, and the number has at most three digits, or
// groups of at most three joined by periods, so that a year at the start
// of a line («۱۴۰۴.») still ends its sentence. The item «۱) مقدمه» needs no
// rule: a bracket does not end a sentence.
func (st *sentenceState) listMarker(s *Scanner, seq int) bool {
	if st.lineTokens != 2 || seq-1 < s.qhead || s.at(seq).spaced {
		return false
	}
	prev := s.at(seq - 1)
	return prev.kind == Number && isListNumber(s.pendingBytes(prev))
}

// isListNumber reports whether b is the number of a list item: groups of
// one to three digits joined by a period or a Persian decimal separator
// (which normalize may have put between digits).
func isListNumber(b []byte) bool {
	digits := 0
	for i := 0; i < len(b); {
		r, n, c := decode(b[i:])
		switch {
		case c == cDigit:
			digits++
			if digits > 3 {
				return false
			}
		case (r == '.' || r == '٫') && digits > 0:
			digits = 0
		default:
			return false
		}
		i += n
	}
	return digits > 0
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

// ellipsisGoesOnAfter reports whether an ellipsis after text leaves the
// sentence open. After و، یا or a comma it stands for "and so on": «سیب،
// گلابی و … خریدیم». After a colon it marks the elided start of a quotation,
// «گفت: … و این‌گونه شد», which belongs to the sentence the colon opens, as
// the treebanks keep «گفت: …» and its quotation together. After an opening
// quote or bracket it marks an elided start or, in brackets, an omission
// inside a quotation: «… و رفت», «ما […] ادامه می‌دهیم».
func ellipsisGoesOnAfter(text []byte) bool {
	switch string(text) {
	case "و", ":", "،", ",", "یا", "«", "(", "[", "“":
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

// datelineAfterRun follows a held run of words through «PLACE - AGENCY:»,
// where the headline before it has no terminator: «افزایش بارش برف در
// کوهستان تبریز - ایرنا: …». When the colon (or a dash) after AGENCY
// arrives, the run ends its sentence before PLACE, the dateline ends
// another at the colon, and datelineAfterRun reports true: the token t is
// done. Anything else releases the run, and so does a month for PLACE (a
// range of months, «شهریور - مهر:», names the agency مهر). PLACE is one
// word, so «بندر امام خمینی - ایرنا:» after a headline would lose its first
// words to the headline; a run of at least minHeadlineRun tokens keeps
// sentence-initial names of two or three words whole, and a run that ends
// with a preposition or conjunction («سفر وزیر به») is not a headline.
func (st *sentenceState) datelineAfterRun(s *Scanner, seq int, t *pending, text []byte) bool {
	if t.newlines == 0 {
		switch st.heldStage {
		case heldPlace:
			if t.kind == Punctuation && isDash(text) {
				st.heldStage = heldDash
				return false
			}
		case heldDash:
			if t.kind == Word && isAgency(text, false) {
				st.heldStage = heldAgency
				return false
			}
		case heldAgency:
			if t.kind == Punctuation && (isColon(text) || isDash(text)) && !continuesLine(s.pendingBytes(s.at(st.held))) &&
				!isMonth(s.pendingBytes(s.at(st.held+1))) {
				s.at(st.held).sentEnd = true
				st.held = -1
				st.cancelChain() // the chain of a short dateline, begun at AGENCY
				t.sentEnd = true
				st.newSentence()
				return true
			}
		}
	}
	st.held = -1
	return false
}

// isMonth reports whether w names a month of the Persian calendar: in
// «شهریور - مهر:» the agency مهر is the month after a range's dash.
func isMonth(w []byte) bool {
	switch string(w) {
	case "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند":
		return true
	}
	return false
}

// noteConjunction remembers the word before the و seq: the A of «A و B…».
func (st *sentenceState) noteConjunction(s *Scanner, seq int) {
	st.coordALen = 0
	if seq-1 < s.qhead {
		return
	}
	if p := s.at(seq - 1); p.kind == Word && p.end-p.start <= maxCoordWord {
		st.coordALen = copy(st.coordA[:], s.pendingBytes(p))
		st.coordSeq = seq
	}
}

// noteCoordinated reports whether the ellipsis seq follows «A و B», with A
// and B words, and remembers B.
func (st *sentenceState) noteCoordinated(s *Scanner, seq int) bool {
	if st.coordALen == 0 || st.coordSeq != seq-2 || seq-1 < s.qhead {
		return false
	}
	p := s.at(seq - 1)
	if p.kind != Word || p.end-p.start > maxCoordWord {
		return false
	}
	st.coordBLen = copy(st.coordB[:], s.pendingBytes(p))
	return true
}

// listTrailsOff reports whether the words of «A و B…» are a list that
// trails off, not a clause that ends: neither may be a verb, and one must
// be a noun or adjective of the lexicon. Persian is verb-final, so «… است
// و حوض…» ends its sentence, while «کاج و سرو و چنار… و درختان میوه …»
// goes on.
func (st *sentenceState) listTrailsOff() bool {
	lex := loadLexicon()
	a, b := st.coordA[:st.coordALen], st.coordB[:st.coordBLen]
	fa, fb := lex.lookup(a), lex.lookup(b)
	if mayBeVerb(lex, a, fa) || mayBeVerb(lex, b, fb) {
		return false
	}
	return fa&lexNominal != 0 || fb&lexNominal != 0
}

// mayBeVerb reports whether the word w, with lexicon flags, may be a verb
// form or end with the copula: a verb or a verb stem of the lexicon, a form
// with می‌ or نمی‌, a past participle (رفته), or an unknown word ending in
// ست (زیباست).
func mayBeVerb(lex wordLexicon, w []byte, flags uint8) bool {
	switch {
	case flags&(lexVerb|lexPastStem|lexPresentStem) != 0,
		bytes.HasPrefix(w, []byte("می\u200c")), bytes.HasPrefix(w, []byte("نمی\u200c")),
		flags == 0 && bytes.HasSuffix(w, []byte("ست")):
		return true
	}
	return isParticiple(lex, w)
}
