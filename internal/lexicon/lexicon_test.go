package lexicon

import (
	"runtime"
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
	}
	for _, tt := range tests {
		e := lex.Lookup([]byte(tt.key))
		if assert.NotNil(t, e, tt.key) {
			assert.Equal(t, tt.mask, e.Mask, tt.key)
			assert.Equal(t, tt.tag, e.Tags&tt.tag, tt.key)
		}
	}
	assert.Nil(t, lex.Lookup([]byte("کتابخوانهایپرکار")))
	assert.Nil(t, lex.Lookup(nil))
}

func TestParseFormat(t *testing.T) {
	lex, err := Parse([]byte("# comment\nگفت‌وگو\tN\t1\t5\t2\tz\nکتاب\tNH\t7\nمیز\nآمیز\tNTB\n"))
	require.NoError(t, err)
	assert.Equal(t, 4, lex.Len())
	if e := lex.Lookup([]byte("آمیز")); assert.NotNil(t, e) {
		assert.Equal(t, Noun|Tail|Bound, e.Tags)
	}
	e := lex.Lookup([]byte("گفتوگو"))
	require.NotNil(t, e)
	assert.Equal(t, Entry{Mask: 1 << 2, Tags: Noun, Glued: 1, Joined: 5, Spaced: 2, Plural: PluralZWNJ}, *e)
	e = lex.Lookup([]byte("کتاب"))
	require.NotNil(t, e)
	assert.Equal(t, Entry{Tags: Noun | Head, Glued: 7}, *e)
}

func TestParseRejectsBadLines(t *testing.T) {
	for _, in := range []string{
		"\u200cکتاب\n",    // ZWNJ before any letter
		"book\n",          // not a Persian word
		"کتاب\nکتاب\n",    // duplicate
		"کتاب\tN\tmany\n", // count is not a number
	} {
		_, err := Parse([]byte(in))
		assert.Error(t, err, "%q", in)
	}
}

func TestLookupDoesNotAllocate(t *testing.T) {
	lex := Default()
	key := []byte("بینالمللی")
	miss := []byte("کتابخوانهایپرکار")
	allocs := testing.AllocsPerRun(1000, func() {
		lex.Lookup(key)
		lex.Lookup(miss)
	})
	assert.Zero(t, allocs)
}

// TestParseHeap checks the memory goal: the parsed lexicon holds at most
// 20 MB of heap.
func TestParseHeap(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	lex, err := Parse(wordsTxt)
	require.NoError(t, err)
	runtime.GC()
	runtime.ReadMemStats(&after)
	held := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("lexicon of %d words holds %.1f MB", lex.Len(), float64(held)/(1<<20))
	assert.Less(t, held, int64(20<<20))
	runtime.KeepAlive(lex)
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(wordsTxt)))
	for b.Loop() {
		if _, err := Parse(wordsTxt); err != nil {
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
