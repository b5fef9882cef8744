package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefaultKnowsWordsAndTheirZWNJs(t *testing.T) {
	lex := Default()
	require.Greater(t, lex.Len(), 50000)
	tests := []struct {
		key  string
		mask uint32
		tag  Tag
	}{
		{"بینالمللی", 1 << 2, 0},              // بین‌المللی
		{"جمعآوری", 1 << 2, 0},                // جمع‌آوری
		{"میکنیم", 1 << 1, Verb},              // می‌کنیم
		{"کتاب", 0, Noun},                     // glued: a word as it stands
		{"گفتوگو", 1 << 2, Noun},              // گفت‌وگو: no ZWNJ after و
		{"بین", 0, Head},                      // the first part of بین‌المللی
		{"کننده", 0, Bound},                   // seldom a word of its own
		{"بیزار", 0, Adjective},               // a glued بی word of Lilak stays glued
		{"روزنامهنگار", 1 << 6, JoinedFamily}, // روزنامه‌نگار: the corpus writes روزنامه‌نگاران
		{"از", 0, Adposition},                 // a function word
		{"رفت", 0, PastStem},                  // a stem of Lilak's verb table
	}
	for _, tt := range tests {
		e, ok := lex.Lookup([]byte(tt.key))
		if assert.True(t, ok, tt.key) {
			assert.Equal(t, tt.mask, e.Mask, tt.key)
			assert.Equal(t, tt.tag, e.Tags&tt.tag, tt.key)
		}
	}
	for _, miss := range []string{"کتابخوانهایپرکار", "", "book", "کتاب\u200cها", "ك"} {
		_, ok := lex.Lookup([]byte(miss))
		assert.False(t, ok, "%q", miss)
	}
}

func TestLookupWordSkipsZWNJsAndDiacritics(t *testing.T) {
	lex := Default()
	for _, tt := range []struct {
		w       string
		written uint32
	}{{"می\u200cکنیم", 1 << 1}, {"میکنیم", 0}, {"مِی\u200cکُنیم", 1 << 1}} {
		e, written, ok := lex.LookupWord([]byte(tt.w))
		if assert.True(t, ok, tt.w) {
			assert.Equal(t, uint32(1<<1), e.Mask, tt.w)
			assert.Equal(t, tt.written, written, tt.w)
		}
	}
	_, _, ok := lex.LookupWord([]byte("می\u200cکنیم!"))
	assert.False(t, ok, "punctuation is no part of a word")
}

func TestStemsOfTheVerbTableAreTaggedOnly(t *testing.T) {
	lex := Default()
	// a present stem that is no word of the spelling dictionary
	n := 0
	for k, e := range lex.All() {
		if e.Tags&StemOnly != 0 {
			n++
			assert.NotZero(t, e.Tags&Stems, k)
			assert.Zero(t, e.Tags&PartsOfSpeech, k)
		}
	}
	assert.Greater(t, n, 0)
}

func TestEncodeOpenRoundTrip(t *testing.T) {
	recs := []Record{
		{Key: "گفتوگو", Entry: Entry{Mask: 1 << 2, Tags: Noun, Glued: 1, Joined: 5, Spaced: 2, Plural: PluralZWNJ}},
		{Key: "کتاب", Entry: Entry{Tags: Noun | Head, Glued: 7}},
		{Key: "آمیز", Entry: Entry{Tags: Noun | Tail | Bound}},
		{Key: "آ", Entry: Entry{Tags: PresentStem | StemOnly}},
	}
	data, err := Encode(recs)
	require.NoError(t, err)
	lex, err := Open(data)
	require.NoError(t, err)
	assert.Equal(t, len(recs), lex.Len())
	for _, r := range recs {
		e, ok := lex.Lookup([]byte(r.Key))
		assert.True(t, ok, r.Key)
		assert.Equal(t, r.Entry, e, r.Key)
	}
	got := map[string]Entry{}
	for k, e := range lex.All() {
		got[k] = e
	}
	assert.Len(t, got, len(recs))
	assert.Equal(t, recs[0].Entry, got["گفتوگو"])
}

func TestEncodeRejectsBadRecords(t *testing.T) {
	for _, recs := range [][]Record{
		{{Key: "کتاب"}, {Key: "کتاب"}},    // duplicate
		{{Key: "book"}},                   // not the Arabic block
		{{Key: ""}},                       // empty
		{{Key: string(make([]rune, 33))}}, // too long, and no letters
	} {
		_, err := Encode(recs)
		assert.Error(t, err, "%q", recs[0].Key)
	}
}

func TestOpenRejectsDamagedTables(t *testing.T) {
	data, err := Encode([]Record{{Key: "کتاب"}})
	require.NoError(t, err)
	for _, bad := range [][]byte{nil, []byte("PLX3"), data[:len(data)-1], append([]byte("XXXX"), data[4:]...)} {
		_, err := Open(bad)
		assert.Error(t, err)
	}
}

func TestLookupDoesNotAllocate(t *testing.T) {
	lex := Default()
	key := []byte("بینالمللی")
	miss := []byte("کتابخوانهایپرکار")
	word := []byte("می\u200cکنیم")
	allocs := testing.AllocsPerRun(1000, func() {
		lex.Lookup(key)
		lex.Lookup(miss)
		lex.LookupWord(word)
	})
	assert.Zero(t, allocs)
}

// TestDefaultIsReadyAtOnce checks that the table needs no parsing: the
// first Default call costs a header read, whatever the table's size.
func TestDefaultIsReadyAtOnce(t *testing.T) {
	allocs := testing.AllocsPerRun(1, func() { _, _ = open(tableData) })
	assert.LessOrEqual(t, allocs, 2.0)
}

func BenchmarkOpen(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := open(tableData); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	lex := Default()
	keys := [][]byte{[]byte("بینالمللی"), []byte("کتاب"), []byte("میکنیم"), []byte("کتابخوانهایپرکار")}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		lex.Lookup(keys[i&3])
	}
}
