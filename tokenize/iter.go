package tokenize

import "iter"

// Iterators.
//
// The Seq functions are the iterator forms of Tokens and SentenceTokens,
// named as strings.SplitSeq is after strings.Split: they yield the same
// tokens one at a time, and a loop that breaks early stops the scan. The
// Scanner's Tokens and Sentences do the same for a stream.

// TokensSeq returns an iterator over the tokens of text, which Tokens
// would return: Text is set (a substring of text) and Words is the token's
// own copy.
func (t *Tokenizer) TokensSeq(text string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		t.each(text, func(tok, _ Token, _ string, _ bool) bool { return yield(tok) })
	}
}

// SentenceTokensSeq returns an iterator over the sentences of text, each
// a new slice of its tokens, as SentenceTokens would return them.
func (t *Tokenizer) SentenceTokensSeq(text string) iter.Seq[[]Token] {
	return func(yield func([]Token) bool) {
		var cur []Token
		t.each(text, func(tok, _ Token, _ string, end bool) bool {
			cur = append(cur, tok)
			if !end {
				return true
			}
			sent := cur
			cur = nil
			return yield(sent)
		})
	}
}

// TokensSeq returns an iterator over the tokens of text with the default
// options.
func TokensSeq(text string) iter.Seq[Token] { return New().TokensSeq(text) }

// SentenceTokensSeq returns an iterator over the sentences of text, each a
// slice of tokens, with the default options.
func SentenceTokensSeq(text string) iter.Seq[[]Token] { return New().SentenceTokensSeq(text) }

// Tokens returns an iterator over the tokens that s has still to scan. It
// calls Scan; after the loop, Err reports a read error. Unlike Token, each
// token it yields has Text set and Words copied, so it may be kept: that
// costs an allocation per token, which a loop over Scan and Bytes avoids.
func (s *Scanner) Tokens() iter.Seq[Token] {
	return func(yield func(Token) bool) {
		for s.Scan() {
			if !yield(s.keepToken()) {
				return
			}
		}
	}
}

// Sentences returns an iterator over the sentences that s has still to
// scan, each a new slice of tokens as Tokens yields them. After the loop,
// Err reports a read error; the tokens read before it still form a last
// sentence, since the last token always ends one.
func (s *Scanner) Sentences() iter.Seq[[]Token] {
	return func(yield func([]Token) bool) {
		var cur []Token
		for s.Scan() {
			cur = append(cur, s.keepToken())
			if s.EndsSentence() {
				if !yield(cur) {
					return
				}
				cur = nil
			}
		}
	}
}

// keepToken returns the current token with Text set and Words copied.
func (s *Scanner) keepToken() Token {
	tok := s.Token()
	tok.Text = string(s.Bytes())
	if tok.Words != nil {
		tok.Words = append([]Span(nil), tok.Words...)
	}
	return tok
}
