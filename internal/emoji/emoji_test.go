package emoji

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefaultEmojiAndTextSymbols(t *testing.T) {
	tests := []struct {
		r            rune
		pictographic bool
		defaultEmoji bool
	}{
		{'😀', true, true},
		{'⌚', true, true},
		{'⭐', true, true},
		{'©', true, false},
		{'®', true, false},
		{'™', true, false},
		{'↔', true, false},
		{'◻', true, false},
		{'❤', true, false},
		{'a', false, false},
		{'#', false, false},
		{'1', false, false},
		{'ب', false, false},
		{'🇮', false, false}, // a regional indicator is no pictograph
		{'🏽', false, false}, // nor is a skin tone
		{0x1FFFD, true, false},
		{0xE0062, false, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.pictographic, IsPictographic(tt.r), "IsPictographic(%U)", tt.r)
		assert.Equal(t, tt.defaultEmoji, IsDefaultEmoji(tt.r), "IsDefaultEmoji(%U)", tt.r)
	}
	assert.True(t, HasEmojiPresentation('🇮'))
	assert.True(t, IsModifier('🏽'))
	assert.False(t, IsModifier('😀'))
	assert.True(t, IsModifierBase('☝'))
}

// TestTableMatchesEmojiData reads the vendored data file and checks every
// code point it lists, and the gaps between them, against the table.
func TestTableMatchesEmojiData(t *testing.T) {
	f, err := os.Open("../../third_party/unicode/emoji-data.txt")
	require.NoError(t, err)
	defer f.Close()
	funcs := map[string]func(rune) bool{
		"Emoji_Presentation":    HasEmojiPresentation,
		"Emoji_Modifier":        IsModifier,
		"Emoji_Modifier_Base":   IsModifierBase,
		"Extended_Pictographic": IsPictographic,
	}
	want := map[string]map[rune]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		cps, prop, ok := strings.Cut(line, ";")
		if !ok {
			continue
		}
		prop = strings.TrimSpace(prop)
		if funcs[prop] == nil {
			continue
		}
		a, b, isRange := strings.Cut(strings.TrimSpace(cps), "..")
		lo, err := strconv.ParseUint(a, 16, 32)
		require.NoError(t, err)
		hi := lo
		if isRange {
			hi, err = strconv.ParseUint(b, 16, 32)
			require.NoError(t, err)
		}
		if want[prop] == nil {
			want[prop] = map[rune]bool{}
		}
		for r := lo; r <= hi; r++ {
			want[prop][rune(r)] = true
		}
	}
	require.NoError(t, sc.Err())
	for prop, f := range funcs {
		require.NotEmpty(t, want[prop], prop)
		for r := rune(0); r <= 0x10FFFF; r++ {
			if f(r) != want[prop][r] {
				t.Fatalf("%s(%U) = %v, emoji-data.txt says %v", prop, r, f(r), want[prop][r])
			}
		}
	}
}

func BenchmarkIsDefaultEmoji(b *testing.B) {
	runes := []rune("سلام 😀 © ™ ↔ ◻ 👋🏽 …")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, r := range runes {
			IsDefaultEmoji(r)
		}
	}
}
