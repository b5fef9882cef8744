package counts

import (
	"bytes"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type obs struct {
	form string
	kind Kind
}

func observe(line string) []obs {
	var got []obs
	Observe(line, func(f string, k Kind) { got = append(got, obs{f, k}) })
	return got
}

func TestObserveCountsWordsAndPairsWrittenApart(t *testing.T) {
	tests := []struct {
		line string
		want []obs
	}{
		{"روزنامه نگار", []obs{{"روزنامه", Glued}, {"نگار", Glued}, {"روزنامه\u200cنگار", Apart}}},
		{"روزنامه\u200cنگاران آمدند", []obs{{"روزنامه\u200cنگاران", ZWNJ}, {"آمدند", Glued}}},
		// punctuation, a digit or two spaces end a pair
		{"کتاب، دفتر", []obs{{"کتاب", Glued}, {"دفتر", Glued}}},
		{"کتاب  دفتر", []obs{{"کتاب", Glued}, {"دفتر", Glued}}},
		{"کتاب ۲ دفتر", []obs{{"کتاب", Glued}, {"دفتر", Glued}}},
		// folding: Arabic yeh and kaf, diacritics, tatweel, stray ZWNJs
		{"كتابِ عـلي", []obs{{"کتاب", Glued}, {"علی", Glued}, {"کتاب\u200cعلی", Apart}}},
		{"\u200cمی\u200c\u200cروم\u200c", []obs{{"می\u200cروم", ZWNJ}}},
		{"abc", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, observe(tt.line), tt.line)
	}
}

func TestTableRowsRepeatTheGluedCountOfAKey(t *testing.T) {
	tb := NewTable()
	for _, l := range []string{"کتابها را خواندم", "کتاب\u200cها را خواندم", "کتاب ها", "کتاب ها", "در خانه"} {
		tb.AddLine(l)
	}
	rows := tb.Rows(func(k string) bool { return k == "کتابها" })
	want := map[string]Row{
		"کتاب\u200cها": {Form: "کتاب\u200cها", Glued: 1, ZWNJ: 1, Apart: 2},
		"کتاب":         {Form: "کتاب", Glued: 2},
	}
	for _, r := range rows {
		if w, ok := want[r.Form]; ok {
			assert.Equal(t, w, r)
		}
		// «در خانه» is no word, so the pair is left out
		assert.NotEqual(t, "در\u200cخانه", r.Form)
	}
}

func TestWriteReadMergeRoundTrip(t *testing.T) {
	rows := []Row{{Form: "کتاب", Glued: 3}, {Form: "کتاب\u200cها", Glued: 1, ZWNJ: 4, Apart: 2}}
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, rows))
	got, err := Read(&buf)
	require.NoError(t, err)
	assert.Equal(t, rows, got)
	// Two shards of the same corpus part sum.
	merged := Merge(got, got)
	assert.Equal(t, []Row{{Form: "کتاب", Glued: 6}, {Form: "کتاب\u200cها", Glued: 2, ZWNJ: 8, Apart: 4}}, merged)
}

func TestReadRejectsMalformedRows(t *testing.T) {
	for _, in := range []string{"کتاب\t1\t2\n", "کتاب\tx\t0\t0\n", "book\t1\t0\t0\n", "کتاب\t-1\t0\t0\n"} {
		_, err := Read(bytes.NewBufferString("# header\n" + in))
		assert.True(t, errors.Is(err, ErrFormat), "%q: %v", in, err)
		assert.Contains(t, err.Error(), "line 2", in)
	}
}

func TestFamilyWordKeepsInflectedPairs(t *testing.T) {
	words := map[string]bool{"اعلامشده": true, "کتاب": true}
	isWord := func(k string) bool { return words[k] }
	assert.True(t, FamilyWord("اعلامشد", isWord), "اعلام شد is in the family of اعلام‌شده")
	assert.True(t, FamilyWord("کتابها", isWord), "کتاب ها is کتاب with a plural")
	assert.False(t, FamilyWord("درخانه", isWord))
}
