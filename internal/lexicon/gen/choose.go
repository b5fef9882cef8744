package main

import "strings"

// spell picks how the word key is written: as choose says, with the
// ZWNJs of the standard orthography added (standardMask). A word that the
// corpus also writes with a ZWNJ elsewhere is two words that look alike
// (حرف‌های، حرفه‌ای), and the standard cannot say which it is: it keeps
// choose's spelling.
func spell(key string, w *word) (mask uint32, glued, joined int) {
	mask, glued, joined = choose(w)
	std := standardMask(key, mask)
	if added := std &^ mask; added != 0 {
		for m, v := range w.variants {
			if m != 0 && m&added == 0 && v.count > 0 {
				return mask, glued, joined
			}
		}
	}
	return std, glued, joined
}

// choose picks how a word is written. The corpus decides when it has seen
// the word: a gap takes a ZWNJ when most of the word's occurrences, glued
// or with ZWNJs elsewhere, have one there (of حرفه‌ای، حرف‌های and
// حرفهای none wins). Otherwise Lilak decides, and a glued form in Lilak
// wins, because a word that is also correct without a ZWNJ must be left
// alone.
func choose(w *word) (mask uint32, glued, joined int) {
	var best *variant
	for m, v := range w.variants {
		if m == 0 {
			glued = v.count
			continue
		}
		joined += v.count
		if best == nil || v.count > best.count || v.count == best.count && (v.lilak && !best.lilak || v.lilak == best.lilak && m < best.mask) {
			best = v
		}
	}
	if best == nil {
		return 0, glued, joined
	}
	if glued+joined > 0 {
		if m := majorityMask(w, best.mask, glued+joined); m != 0 && !weakReading(w, best) {
			return m, glued, joined
		}
		if glued > 0 || best.count > 0 {
			return 0, glued, joined
		}
	}
	if g := w.variants[0]; g != nil && g.lilak {
		return 0, glued, joined
	}
	if !best.lilak && best.count == 0 {
		return 0, glued, joined
	}
	return best.mask, glued, joined
}

// weakReading reports whether the ZWNJ form v of key, the corpus's
// favourite, must yet give way to the glued form: a word of Lilak written
// with the prefix بی glued, as lexicalized words are (بیزار، بیکار), that
// the corpus wrote with a ZWNJ only once or twice.
func weakReading(w *word, v *variant) bool {
	if v.lilak || v.count >= minCorpusOnly || !strings.HasPrefix(w.forms[v.mask], "بی") || v.mask&(1<<1) == 0 {
		return false
	}
	g := w.variants[0]
	return g != nil && g.lilak
}

// majorityMask returns the gaps of mask that hold a ZWNJ in more than three
// fifths of the total occurrences of w in the corpus. A bare majority is
// not enough: the corpus writes many words both ways (جناح‌های، جناحهای),
// and a wrong ZWNJ costs more than a missing one.
func majorityMask(w *word, mask uint32, total int) uint32 {
	var m uint32
	for b := mask; b != 0; b &= b - 1 {
		bit := b & -b
		n := 0
		for vm, v := range w.variants {
			if vm&bit != 0 {
				n += v.count
			}
		}
		if 5*n > 3*total {
			m |= bit
		}
	}
	return m
}

// minCorpusOnly is how often the corpus must write a ZWNJ form that Lilak
// lacks before it overrides a glued word of Lilak.
const minCorpusOnly = 3
