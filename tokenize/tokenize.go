package tokenize

import (
	"io"
	"slices"

	"github.com/persiantext/persian/normalize"
)

// An Option changes what a Tokenizer does.
type Option func(*options)

type options struct {
	ud        bool
	joinVerbs bool
	normalize bool
	norm      *normalize.Normalizer // with normalize; nil is the default Normalizer
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

// Normalize makes the tokenizer normalize the text with n first, and
// tokenize the normalized text: a token's text (Token.Text, Scanner.Bytes)
// is normalized, while its Start and End, and the spans of its Words, are
// byte offsets into the raw input, the text the user has. So raw[Start:End]
// is what the token was normalized from: «كتاب ها» in the raw text is one
// token, کتاب‌ها, whose span covers both raw words. The text flows as the
// documentation of package normalize describes: raw → normalize →
// tokenize.
//
// A span maps back as normalize.OffsetMap.Raw maps it: removed characters
// next to a word (tatweel, bidi marks) belong to it, a space removed
// before punctuation belongs to no token, and a token made only of
// inserted text (the later words of a ligature such as ﷺ, which spells out
// four) has an empty span where it was inserted. The spans are in order
// and never overlap. A nil n is the Normalizer of the default options.
//
// A Scanner reading a stream normalizes it as it reads, through
// n.OffsetReader, and keeps its bounded memory and its allocation-free
// Scan; a Scanner over a byte slice normalizes the slice into a buffer of
// its own first.
func Normalize(n *normalize.Normalizer) Option {
	return func(o *options) { o.normalize, o.norm = true, n }
}

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

// NewBytesScanner returns a Scanner over b, which it does not copy (with
// Normalize, it normalizes b into a buffer of its own).
func (t *Tokenizer) NewBytesScanner(b []byte) *Scanner {
	s := &Scanner{opts: t.opts}
	s.ResetBytes(b)
	return s
}

// Tokens returns the tokens of text, with Text set.
func (t *Tokenizer) Tokens(text string) []Token {
	out := make([]Token, 0, len(text)/8+1) // Persian prose has a token every 9 bytes or so
	t.each(text, func(tok, _ Token, _ string, _ bool) bool {
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
	t.each(text, func(tok, _ Token, _ string, end bool) bool {
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
	t.each(text, func(_, ntok Token, ntext string, _ bool) bool {
		out = appendWords(out, ntext, ntok)
		return true
	})
	return out
}

// SentenceWords returns the words of each sentence of text (see Words), as
// SentenceTokens returns their tokens.
func (t *Tokenizer) SentenceWords(text string) [][]string {
	var out [][]string
	var cur []string
	t.each(text, func(_, ntok Token, ntext string, end bool) bool {
		cur = appendWords(cur, ntext, ntok)
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
// sent_tokenize. With Normalize, the texts are normalized.
func (t *Tokenizer) SentenceTexts(text string) []string {
	var out []string
	start := -1
	t.each(text, func(_, ntok Token, ntext string, end bool) bool {
		if start < 0 {
			start = ntok.Start
		}
		if end {
			out = append(out, ntext[start:ntok.End])
			start = -1
		}
		return true
	})
	return out
}

// appendWords appends the words of tok, a token of text (normalized text,
// with Normalize), to words.
func appendWords(words []string, text string, tok Token) []string {
	if tok.Words == nil {
		return append(words, tok.Text)
	}
	for _, w := range tok.Words {
		words = append(words, text[w.Start:w.End])
	}
	return words
}

// each calls f with each token of text, with Text set and Words copied,
// until f returns false. f also gets the token as it stands in the text
// that was tokenized, ntext (text itself, or its normalized form with
// Normalize: then tok has raw offsets and ntok normalized ones, and Text
// is a substring of ntext), and whether the token ends a sentence.
func (t *Tokenizer) each(text string, f func(tok, ntok Token, ntext string, endsSentence bool) bool) {
	s := t.NewBytesScanner([]byte(text))
	ntext := text
	if t.opts.normalize {
		ntext = string(s.buf) // one copy: the tokens' texts are substrings of it
	}
	for s.Scan() {
		tok, ntok := s.Token(), s.tok
		tok.Text = ntext[ntok.Start:ntok.End]
		if tok.Words != nil {
			tok.Words = slices.Clone(tok.Words)
		}
		ntok.Text = tok.Text
		if !f(tok, ntok, ntext, s.EndsSentence()) {
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
