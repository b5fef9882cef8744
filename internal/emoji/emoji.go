// Package emoji answers the questions that tokenizing and protecting text
// ask about emoji, from Unicode's emoji data (UTS #51, emoji-data.txt):
// is this rune a pictograph, and is it shown as an emoji by default or only
// when a variation selector (U+FE0F) asks for it?
//
// A pictograph with Emoji_Presentation, such as 😀 or ⌚, is an emoji as
// written. One without it, such as © ™ ® ↔ ◻ ☺ ❤, is a text symbol unless
// U+FE0F or a skin-tone modifier follows it (©️, ☝🏽). The table is
// generated from the vendored data file by the program in gen:
//
//	go generate ./internal/emoji
package emoji

//go:generate go run ./gen -data ../../third_party/unicode/emoji-data.txt -o tables.go

// Properties of emoji-data.txt, as bits of the table. gen writes them in
// this order.
const (
	propEmoji        = 1 << iota // Emoji
	propPresentation             // Emoji_Presentation
	propModifier                 // Emoji_Modifier (the skin tones)
	propModifierBase             // Emoji_Modifier_Base
	propComponent                // Emoji_Component
	propPictographic             // Extended_Pictographic
)

// run is a run of code points [lo, hi] that share a set of properties.
type run struct {
	lo, hi rune
	props  uint8
}

// props returns the set of properties of r.
func props(r rune) uint8 {
	if r < table[0].lo || r > table[len(table)-1].hi {
		return 0
	}
	// Binary search for the last run that starts at or before r.
	lo, hi := 0, len(table)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if table[m].lo <= r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 || table[lo-1].hi < r {
		return 0
	}
	return table[lo-1].props
}

// IsPictographic reports whether r has the Extended_Pictographic property:
// it is, or is reserved for, a pictograph that may be shown as an emoji.
func IsPictographic(r rune) bool { return props(r)&propPictographic != 0 }

// IsDefaultEmoji reports whether r is a pictograph shown as an emoji by
// default (Extended_Pictographic and Emoji_Presentation): 😀 ⌚ ⭐, not © or ↔.
func IsDefaultEmoji(r rune) bool {
	const both = propPictographic | propPresentation
	return props(r)&both == both
}

// HasEmojiPresentation reports whether r has Emoji_Presentation: shown as
// an emoji by default. Besides the default emoji, the regional indicators
// and the skin-tone modifiers have it.
func HasEmojiPresentation(r rune) bool { return props(r)&propPresentation != 0 }

// IsModifier reports whether r is an emoji modifier: one of the five skin
// tones U+1F3FB–U+1F3FF, which make an emoji of the pictograph before them.
func IsModifier(r rune) bool { return props(r)&propModifier != 0 }

// IsModifierBase reports whether r is a pictograph that a skin tone may
// follow.
func IsModifierBase(r rune) bool { return props(r)&propModifierBase != 0 }
