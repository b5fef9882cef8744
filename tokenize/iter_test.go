package tokenize

import (
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTokensSeqYieldsWhatTokensReturns(t *testing.T) {
	for _, os := range optionSets {
		tz := New(os.opts...)
		text := sample + "\n" + heldSample
		assert.Equal(t, tz.Tokens(text), slices.Collect(tz.TokensSeq(text)), os.name)
		assert.Equal(t, tz.SentenceTokens(text), slices.Collect(tz.SentenceTokensSeq(text)), os.name)
	}
	assert.Empty(t, slices.Collect(TokensSeq("")))
	assert.Empty(t, slices.Collect(SentenceTokensSeq(" \n")))
}

func TestSeqStopsWhenTheLoopBreaks(t *testing.T) {
	var got []string
	for tok := range TokensSeq("یک دو سه چهار") {
		got = append(got, tok.Text)
		if len(got) == 2 {
			break
		}
	}
	assert.Equal(t, []string{"یک", "دو"}, got)

	n := 0
	for range SentenceTokensSeq("یک. دو. سه.") {
		n++
		break
	}
	assert.Equal(t, 1, n)

	s := NewScanner(strings.NewReader("یک. دو. سه."))
	for range s.Sentences() {
		break
	}
	next := slices.Collect(s.Tokens()) // the scan goes on where the loop left it
	require.NotEmpty(t, next)
	assert.Equal(t, "دو", next[0].Text)
}

func TestScannerIteratorsKeepTheirTokens(t *testing.T) {
	text := strings.Repeat(sample+"\n", 30) // longer than the Scanner's first buffer
	for _, os := range optionSets {
		want := New(os.opts...).SentenceTokens(text)
		got := slices.Collect(NewScanner(iotest.HalfReader(strings.NewReader(text)), os.opts...).Sentences())
		assert.Equal(t, want, got, os.name)

		var flat []Token
		for _, sent := range want {
			flat = append(flat, sent...)
		}
		assert.Equal(t, flat, slices.Collect(NewScanner(strings.NewReader(text), os.opts...).Tokens()), os.name)
	}
}

func TestScannerSentencesEndsWithTheTokensBeforeAReadError(t *testing.T) {
	boom := errors.New("boom")
	s := NewScanner(io.MultiReader(strings.NewReader("یک. دو سه"), iotest.ErrReader(boom)))
	var got [][]string
	for sent := range s.Sentences() {
		var words []string
		for _, tok := range sent {
			words = append(words, tok.Text)
		}
		got = append(got, words)
	}
	assert.Equal(t, [][]string{{"یک", "."}, {"دو", "سه"}}, got)
	assert.ErrorIs(t, s.Err(), boom)
}

func TestWordsAreTokenTextsOrSyntacticWords(t *testing.T) {
	text := "خودش گفت: «کتاب‌هایشان را نوشته خواهند شد.» ۱۲٫۵٪"
	assert.Equal(t, []string{"خودش", "گفت", ":", "«", "کتاب‌هایشان", "را", "نوشته", "خواهند", "شد", ".", "»", "۱۲٫۵٪"}, Words(text))
	assert.Equal(t, []string{"خود", "ش", "گفت", ":", "«", "کتاب‌های", "شان", "را", "نوشته", "خواهند", "شد", ".", "»", "۱۲٫۵٪"},
		New(UD()).Words(text))
	assert.Equal(t, []string{"خودش", "گفت", ":", "«", "کتاب‌هایشان", "را", "نوشته خواهند شد", ".", "»", "۱۲٫۵٪"},
		New(JoinVerbs()).Words(text))
	assert.Nil(t, Words(" \n"))
}

func TestSentenceWordsAndTexts(t *testing.T) {
	text := "هوا سرد است. خودش کی می‌آید؟\n\nپایان"
	assert.Equal(t, [][]string{{"هوا", "سرد", "است", "."}, {"خودش", "کی", "می‌آید", "؟"}, {"پایان"}}, SentenceWords(text))
	assert.Equal(t, [][]string{{"هوا", "سرد", "است", "."}, {"خود", "ش", "کی", "می‌آید", "؟"}, {"پایان"}}, New(UD()).SentenceWords(text))
	assert.Equal(t, []string{"هوا سرد است.", "خودش کی می‌آید؟", "پایان"}, SentenceTexts(text))
	assert.Nil(t, SentenceWords(""))
	assert.Nil(t, SentenceTexts(""))
}
