package tokenize

import (
	"github.com/persiantext/persian/internal/lexicon"
)

// The word knowledge of the tokenizer comes from the module's one
// lexicon (internal/lexicon): the Lilak dictionary's words with their
// parts of speech, and the stems of its verb table. Only UD mode, verb
// joining and the sentence rule for an ellipsis after «A و B» ask it; the
// table is embedded and read in place, so nothing is loaded.

// Flags of a word, as the tokenizer's rules ask about it.
const (
	lexNominal     = 1 << iota // noun, adjective, pronoun, adverb, numeral…: can host a clitic
	lexVerb                    // a verb form
	lexOther                   // any other word of the dictionary, such as a preposition
	lexPastStem                // the past stem of a verb (رفت)
	lexPresentStem             // the present stem of a verb (رو)
)

// wordLexicon answers the tokenizer's questions about words.
type wordLexicon struct{ lex *lexicon.Lexicon }

func loadLexicon() wordLexicon { return wordLexicon{lexicon.Default()} }

// lookup returns the flags of the word w (as written, ZWNJs included), or
// 0 if the dictionary does not know it. A word written with ZWNJs must
// have them where the dictionary does: به‌مان is not بهمان.
func (l wordLexicon) lookup(w []byte) uint8 {
	e, written, ok := l.lex.LookupWord(w)
	if !ok || written != 0 && written != e.Mask {
		return 0
	}
	var f uint8
	if e.Tags&lexicon.Nominal != 0 {
		f |= lexNominal
	}
	if e.Tags&lexicon.Verb != 0 {
		f |= lexVerb
	}
	if e.Tags&(lexicon.Adposition|lexicon.Conjunction|lexicon.Interjection|lexicon.OtherPOS) != 0 {
		f |= lexOther
	}
	if e.Tags&lexicon.PastStem != 0 {
		f |= lexPastStem
	}
	if e.Tags&lexicon.PresentStem != 0 {
		f |= lexPresentStem
	}
	return f
}
