package zwnj

import (
	"sync"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/lexicon"
	"github.com/persiantext/persian/internal/script"
)

// Config is what a Repairer is built from: the options of the ZWNJ repair
// that package normalize exposes (WithWords, WithExceptions).
type Config struct {
	Words      []string // user words, written with their ZWNJs
	Exceptions []string // glued or spaced forms never changed
}

// Repairer restores missing and misplaced ZWNJs in text that the
// character pass of package normalize has already normalized. It is
// immutable and safe for concurrent use.
type Repairer struct {
	lex        *lexicon.Lexicon
	user       map[string]*lexicon.Entry // user words by key
	exceptions map[string]bool           // keys never changed
	scratch    sync.Pool                 // *Scratch, for Append
}

// New returns a Repairer with the user words and exceptions of c.
func New(c Config) *Repairer {
	z := &Repairer{lex: lexicon.Default()}
	z.scratch.New = func() any { return new(Scratch) }
	for _, w := range c.Words {
		key, mask, ok := wordKey(w)
		if !ok {
			continue
		}
		if z.user == nil {
			z.user = map[string]*lexicon.Entry{}
		}
		e := z.userEntry(key)
		e.Mask, e.Joined = mask, userWordCount
		// Each part before a ZWNJ becomes a head, so that the parts of the
		// word are joined when they are found spaced apart.
		for i, n := 0, 0; mask != 0 && i < len(key); n++ {
			_, size := utf8.DecodeRuneInString(key[i:])
			i += size
			if mask&(1<<n) != 0 && n+1 < utf8.RuneCountInString(key) {
				z.userEntry(key[:i]).Tags |= lexicon.Head
			}
		}
	}
	for _, w := range c.Exceptions {
		key, _, ok := wordKey(w)
		if !ok {
			continue
		}
		if z.exceptions == nil {
			z.exceptions = map[string]bool{}
		}
		z.exceptions[key] = true
	}
	return z
}

// userEntry returns the user entry of key, made on first use as a copy of
// the lexicon's entry, if any.
func (z *Repairer) userEntry(key string) *lexicon.Entry {
	e := z.user[key]
	if e == nil {
		e = new(lexicon.Entry)
		if le, ok := z.lexLookup([]byte(key)); ok {
			*e = le
		}
		z.user[key] = e
	}
	return e
}

// userWordCount is the corpus count a user word is given: it outweighs
// any count of the lexicon, so the user's spelling always wins.
const userWordCount = 1 << 15

// wordKey returns the letters of w (its key) and the gaps where w has a
// ZWNJ after a joining letter. Spaces are skipped, so that "ماه می" gives
// the key of the two words together.
func wordKey(w string) (key string, mask uint32, ok bool) {
	var b []byte
	n := 0
	var prev rune
	z := false
	for _, r := range w {
		switch {
		case script.IsLetter(r):
			if n > 0 && z && script.IsJoiningLetter(prev) && n <= 32 {
				mask |= 1 << (n - 1)
			}
			b = utf8.AppendRune(b, r)
			prev, z = r, false
			n++
		case r == script.ZWNJ:
			z = true
		case script.IsDiacritic(r), r == ' ':
		default:
			return "", 0, false
		}
	}
	return string(b), mask, n >= 2 && n <= maxUnitLetters
}

// maxUnitLetters bounds the letters of a unit: masks have one bit per gap.
const maxUnitLetters = 32

// lookup finds key in the user words, then in the lexicon, and reports
// whether either has it.
func (z *Repairer) lookup(key []byte) (lexicon.Entry, bool) {
	if z.user != nil {
		if e := z.user[string(key)]; e != nil {
			return *e, true
		}
	}
	return z.lexLookup(key)
}

// lexLookup finds key in the lexicon. A verb stem that the table holds
// for the tokenizer alone is no word here.
func (z *Repairer) lexLookup(key []byte) (lexicon.Entry, bool) {
	e, ok := z.lex.Lookup(key)
	if !ok || e.Tags&lexicon.StemOnly != 0 {
		return lexicon.Entry{}, false
	}
	return e, true
}

// isException reports whether the user asked never to change key.
func (z *Repairer) isException(key []byte) bool {
	return z.exceptions != nil && z.exceptions[string(key)]
}
