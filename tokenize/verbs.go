package tokenize

import (
	"bytes"
	"unicode/utf8"
)

// Verb joining.
//
// Persian writes many verb forms as a group of words: the future «خواهم
// رفت», the past perfect «رفته بود», the passive «گفته شد», the
// subjunctive perfect «رفته باشد», and, in careless typing, the prefix می
// apart from its verb («می روم»). With JoinVerbs the Scanner returns such
// a group as one Word token, the spaces between its words included.
//
// A group is joined from left to right, pair by pair, so «گفته خواهد شد»
// is one token: a participle (past stem + ه) before an auxiliary, a form
// of خواستن before a past stem, or می/نمی before a verb form. Only words on
// one line, separated by spaces, are joined; a sentence end is never crossed.

const (
	maxJoinedGap   = 4 // the most whitespace between two joined words
	maxJoinedWords = 4 // the most words in one group («گفته نخواهد شده بود» has 4)
)

// auxiliaries are the forms of بودن, شدن and the copula that follow a participle.
var auxiliaries = map[string]bool{
	"است": true, "هست": true, "نیست": true, "ام": true, "ای": true, "ایم": true, "اید": true, "اند": true,
	"بود": true, "بودم": true, "بودی": true, "بودیم": true, "بودید": true, "بودند": true,
	"نبود": true, "نبودم": true, "نبودی": true, "نبودیم": true, "نبودید": true, "نبودند": true,
	"باشد": true, "باشم": true, "باشی": true, "باشیم": true, "باشید": true, "باشند": true,
	"نباشد": true, "نباشم": true, "نباشی": true, "نباشیم": true, "نباشید": true, "نباشند": true,
	"شد": true, "شدم": true, "شدی": true, "شدیم": true, "شدید": true, "شدند": true, "نشد": true, "نشدند": true,
	"شده": true, "نشده": true, "شود": true, "شوم": true, "شوی": true, "شویم": true, "شوید": true, "شوند": true,
	"نشود": true, "نشوند": true, "بشود": true, "بشوند": true,
	"می‌شود": true, "می‌شوند": true, "می‌شد": true, "می‌شدند": true,
	"نمی‌شود": true, "نمی‌شوند": true, "نمی‌شد": true, "نمی‌شدند": true,
}

// isFutureAuxiliary reports whether w is a present form of خواستن that
// makes the future: خواهم … نخواهند.
func isFutureAuxiliary(w []byte) bool {
	w = bytes.TrimPrefix(w, []byte("ن"))
	if !bytes.HasPrefix(w, []byte("خواه")) {
		return false
	}
	switch string(w[len("خواه"):]) {
	case "م", "ی", "د", "یم", "ید", "ند":
		return true
	}
	return false
}

// isParticiple reports whether w is a past participle: a past stem, maybe
// with ن or نمی‌/می‌, and ه.
func isParticiple(lex wordLexicon, w []byte) bool {
	if !bytes.HasSuffix(w, []byte("ه")) {
		return false
	}
	stem := w[:len(w)-len("ه")]
	stem = bytes.TrimSuffix(stem, []byte(zwnj))
	if lex.lookup(stem)&lexPastStem != 0 {
		return true
	}
	if s := bytes.TrimPrefix(stem, []byte("ن")); len(s) < len(stem) && utf8.RuneCount(s) > 1 {
		return lex.lookup(s)&lexPastStem != 0
	}
	return false
}

// joins reports whether the words a and b, in this order, belong to one
// verb group.
func joins(lex wordLexicon, a, b []byte) bool {
	switch {
	case isFutureAuxiliary(a):
		return lex.lookup(b)&lexPastStem != 0
	case string(a) == "می" || string(a) == "نمی":
		return lex.lookup(b)&lexVerb != 0 || lex.lookup(b)&(lexPresentStem|lexPastStem) != 0
	case auxiliaries[string(b)] || isFutureAuxiliary(b):
		return isParticiple(lex, a)
	}
	return false
}

// joinVerbs extends the current token over the words of its verb group.
func (s *Scanner) joinVerbs() {
	lex := loadLexicon()
	lastStart := 0 // where the last word of the group starts, from the token's start
	for n := 1; n < maxJoinedWords && !s.tokEnd; n++ {
		s.lexUntilDecided() // the next word's sentence end must be known before it joins
		if s.qlen == 0 {
			return
		}
		next := s.at(s.qhead)
		if next.kind != Word || next.newlines > 0 || next.start-s.tok.End > maxJoinedGap ||
			next.off-s.tokOff != next.start-s.tok.Start {
			return
		}
		if !joins(lex, s.Bytes()[lastStart:], s.pendingBytes(next)) {
			return
		}
		lastStart = next.start - s.tok.Start
		s.tok.End = next.end
		s.tokEnd = next.sentEnd
		s.qhead++
		s.qlen--
	}
}
