package tokenize

import (
	"io"
)

// An Option changes what a Tokenizer does.
type Option func(*options)

type options struct {
	ud        bool
	joinVerbs bool
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
	groups := t.sentences(text, false)
	if len(groups) == 0 {
		return nil
	}
	return groups[0]
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
	return t.sentences(text, true)
}

func (t *Tokenizer) sentences(text string, split bool) [][]Token {
	s := t.NewBytesScanner([]byte(text))
	var out [][]Token
	var cur []Token
	if !split {
		cur = make([]Token, 0, len(text)/8+1) // Persian prose has a token every 9 bytes or so
	}
	for s.Scan() {
		tok := s.Token()
		tok.Text = text[tok.Start:tok.End]
		if tok.Words != nil {
			tok.Words = append([]Span(nil), tok.Words...)
		}
		cur = append(cur, tok)
		if split && s.EndsSentence() {
			out = append(out, cur)
			cur = nil
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// Tokens returns the tokens of text with the default options.
func Tokens(text string) []Token { return New().Tokens(text) }

// Sentences returns the spans of the sentences of text.
func Sentences(text string) []Span { return New().Sentences(text) }

// SentenceTokens returns the tokens of text grouped by sentence.
func SentenceTokens(text string) [][]Token { return New().SentenceTokens(text) }
