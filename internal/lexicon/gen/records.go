package main

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/lexicon"
)

// records returns the words with their entries, the most frequent first:
// a bucket of the table keeps this order, so a lookup of a common word
// finds it first.
func records() []lexicon.Record {
	countParts()
	keys := make([]string, 0, len(words))
	for k := range words {
		keys = append(keys, k)
	}
	freq := func(k string) int {
		n := words[k].spaced
		for _, v := range words[k].variants {
			n += v.count
		}
		return n
	}
	sort.Slice(keys, func(i, j int) bool {
		if fi, fj := freq(keys[i]), freq(keys[j]); fi != fj {
			return fi > fj
		}
		return keys[i] < keys[j]
	})
	heads := map[string]bool{}
	tailHeads := map[string]map[string]bool{}
	for _, w := range words {
		for m, v := range w.variants {
			if m == 0 || !v.lilak {
				continue
			}
			// the part after the last ZWNJ, and the rest before it
			f := w.forms[m]
			i := strings.LastIndex(f, zwnj)
			head, tail := strings.ReplaceAll(f[:i], zwnj, ""), f[i+len(zwnj):]
			if tailHeads[tail] == nil {
				tailHeads[tail] = map[string]bool{}
			}
			tailHeads[tail][head] = true
		}
	}
	for k, w := range words {
		mask, _, _ := spell(k, w)
		for i, n := 0, 0; mask != 0 && i < len(k); n++ {
			_, size := utf8.DecodeRuneInString(k[i:])
			i += size
			if mask&(1<<n) != 0 {
				heads[k[:i]] = true
			}
		}
	}
	var recs []lexicon.Record
	for _, k := range keys {
		w := words[k]
		mask, glued, joined := spell(k, w)
		if heads[k] {
			w.tags |= lexicon.Head
		}
		// A productive second part of compounds: it follows many
		// different words in Lilak (‌کننده، ‌شده، ‌سازی).
		if len(tailHeads[k]) >= minTailHeads && !clitics[k] {
			w.tags |= lexicon.Tail
		}
		if boundTail(k, w) {
			w.tags |= lexicon.Bound
		}
		if familyJoined(k, mask) {
			w.tags |= lexicon.JoinedFamily
		}
		style := lexicon.PluralUnknown
		switch {
		case w.plZ >= 2*w.plG+1:
			style = lexicon.PluralZWNJ
		case w.plG >= 2*w.plZ+1:
			style = lexicon.PluralGlued
		}
		if len(w.variants) == 0 && style == lexicon.PluralUnknown && w.tags&(lexicon.Bound|lexicon.Stems) == 0 {
			continue // a host seen only through its plurals, or a part seen only in compounds
		}
		if len(w.variants) == 0 {
			mask = 0
		}
		if len(w.variants) > 0 || w.tags&lexicon.Bound != 0 {
			w.tags &^= lexicon.StemOnly // a stem that the corpus also uses as a word or a part
		}
		recs = append(recs, lexicon.Record{Key: k, Entry: lexicon.Entry{
			Mask: mask, Tags: w.tags, Glued: clamp16(glued), Joined: clamp16(joined), Spaced: clamp16(w.spaced), Plural: style,
		}})
	}
	return recs
}

func clamp16(n int) uint16 { return uint16(min(n, 0xFFFF)) }
