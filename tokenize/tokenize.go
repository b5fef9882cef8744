package tokenize

import (
	"io"
	"slices"
)

// An Option changes what a Tokenizer does.
type Option func(*options)

type options struct {
	ud        bool
	joinVerbs bool
	// maxToken, when not zero, replaces MaxTokenSize: tests set a small
	// one so that short inputs take the paths that long runs take.
	maxToken int
}

// UD makes the tokenizer split enclitics off their host the way Universal
// Dependencies treebanks of Persian do: a multiword token such as خودش gets
// the syntactic words خود and ش in Token.Words. The tokens themselves do not
// change.
func UD() Option { return func(o *options) { o.ud = true } }

// JoinVerbs makes the tokenizer keep a compound verb group such as «خواهم
// رفت» or «گفته شد» together as one Word token, spaces included. UD
// treebanks keep them apart, so the option has no effect together with UD.
func JoinVerbs() Option { return func(o *options) { o.joinVerbs = true } }

// A Tokenizer splits text into tokens and sentences. It holds only its
// options, so it is safe for concurrent use.
type Tokenizer struct {
	opts options
}

// New returns a Tokenizer with the given options.
func New(opts ...Option) *Tokenizer {
	t := &Tokenizer{}
	for _, o := range opts {
		o(&t.opts)
	}
	return t
}

// NewScanner returns a Scanner that reads from r.
func (t *Tokenizer) NewScanner(r io.Reader) *Scanner {
	s := &Scanner{opts: t.opts}
	s.Reset(r)
	return s
}

// NewBytesScanner returns a Scanner over b, which it does not copy.
func (t *Tokenizer) NewBytesScanner(b []byte) *Scanner {
	s := &Scanner{opts: t.opts}
	s.ResetBytes(b)
	return s
}

// Tokens returns the tokens of text, with Text set.
func (t *Tokenizer) Tokens(text string) []Token {
	out := make([]Token, 0, len(text)/8+1) // Persian prose has a token every 9 bytes or so
	t.each(text, func(tok Token, _ bool) bool {
		out = append(out, tok)
		return true
	})
	if len(out) == 0 {
		return nil
	}
	return out
}

// Sentences returns the spans of the sentences of text. A sentence runs
// from the start of its first token to the end of its last.
func (t *Tokenizer) Sentences(text string) []Span {
	s := t.NewBytesScanner([]byte(text))
	var out []Span
	start := -1
	for s.Scan() {
		tok := s.Token()
		if start < 0 {
			start = tok.Start
		}
		if s.EndsSentence() {
			out = append(out, Span{start, tok.End})
			start = -1
		}
	}
	return out
}

// SentenceTokens returns the tokens of text grouped by sentence, with Text set.
func (t *Tokenizer) SentenceTokens(text string) [][]Token {
	var out [][]Token
	var cur []Token
	t.each(text, func(tok Token, end bool) bool {
		cur = append(cur, tok)
		if end {
			out = append(out, cur)
			cur = nil
		}
		return true
	})
	return out
}

// Words returns the words of text as strings, for quick use, as hazm's
// word_tokenize does: the text of each token, punctuation included. With
// UD, a multiword token gives its syntactic words instead (خودش gives خود
// and ش), as the treebanks count words; with JoinVerbs, a verb group is one
// word. The strings are substrings of text.
func (t *Tokenizer) Words(text string) []string {
	var out []string
	t.each(text, func(tok Token, _ bool) bool {
		out = appendWords(out, text, tok)
		return true
	})
	return out
}

// SentenceWords returns the words of each sentence of text (see Words), as
// SentenceTokens returns their tokens.
func (t *Tokenizer) SentenceWords(text string) [][]string {
	var out [][]string
	var cur []string
	t.each(text, func(tok Token, end bool) bool {
		cur = appendWords(cur, text, tok)
		if end {
			out = append(out, cur)
			cur = nil
		}
		return true
	})
	return out
}

// SentenceTexts returns the text of each sentence of text, from the start
// of its first token to the end of its last (see Sentences): hazm's
// sent_tokenize.
func (t *Tokenizer) SentenceTexts(text string) []string {
	var out []string
	for _, sp := range t.Sentences(text) {
		out = append(out, text[sp.Start:sp.End])
	}
	return out
}

// appendWords appends the words of tok, a token of text, to words.
func appendWords(words []string, text string, tok Token) []string {
	if tok.Words == nil {
		return append(words, tok.Text)
	}
	for _, w := range tok.Words {
		words = append(words, text[w.Start:w.End])
	}
	return words
}

// each calls f with each token of text, with Text set and Words copied, and
// whether the token ends a sentence, until f returns false.
func (t *Tokenizer) each(text string, f func(tok Token, endsSentence bool) bool) {
	s := t.NewBytesScanner([]byte(text))
	for s.Scan() {
		tok := s.Token()
		tok.Text = text[tok.Start:tok.End]
		if tok.Words != nil {
			tok.Words = slices.Clone(tok.Words)
		}
		if !f(tok, s.EndsSentence()) {
			return
		}
	}
}

// Tokens returns the tokens of text with the default options.
func Tokens(text string) []Token { return New().Tokens(text) }

// Sentences returns the spans of the sentences of text.
func Sentences(text string) []Span { return New().Sentences(text) }

// SentenceTokens returns the tokens of text grouped by sentence.
func SentenceTokens(text string) [][]Token { return New().SentenceTokens(text) }

// Words returns the text of each token of text (see Tokenizer.Words).
func Words(text string) []string { return New().Words(text) }

// SentenceWords returns the words of each sentence of text (see
// Tokenizer.SentenceWords).
func SentenceWords(text string) [][]string { return New().SentenceWords(text) }

// SentenceTexts returns the text of each sentence of text.
func SentenceTexts(text string) []string { return New().SentenceTexts(text) }
