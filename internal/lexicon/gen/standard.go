package main

import (
	"strings"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/lexicon"
	"github.com/persiantext/persian/internal/script"
)

// The standard orthography (ORTHOGRAPHY.md of the project, after the
// Academy of Persian Language and Literature's «دستور خط فارسی») fixes
// three classes of gaps whatever a corpus's habits: the plural ها and its
// forms, the comparative تر and superlative ترین, and the verb prefixes
// می and نمی each take a ZWNJ after a letter that joins. standardMask puts
// those ZWNJs into a word's mask; the corpus and Lilak decide every other
// gap (choose).

// lilakPOS holds the parts of speech of each spelling of Lilak's lexicon,
// as written (folded, with its ZWNJs): the standard asks whether a glued
// spelling is itself a word (میدان) apart from the ZWNJ spelling of a verb
// form (می‌دانم).
var lilakPOS = map[string]map[string]bool{}

func addLilakPOS(surface, pos string) {
	surface = fold(surface)
	m := lilakPOS[surface]
	if m == nil {
		m = map[string]bool{}
		lilakPOS[surface] = m
	}
	m[pos] = true
}

// posOf returns the parts of speech of a spelling, or of its letters alone
// when Lilak lacks that spelling.
func posOf(s string) map[string]bool {
	if m := lilakPOS[s]; m != nil {
		return m
	}
	return lilakPOS[strings.ReplaceAll(s, zwnj, "")]
}

func hasAny(m map[string]bool, names ...string) bool {
	for _, n := range names {
		if m[n] {
			return true
		}
	}
	return false
}

// lexemePOS are the parts of speech of a word that is a lexeme of its own,
// not a host with a suffix: تنها، اشتها (not تن + ها), دختر (not دخ + تر).
var lexemePOS = []string{"noun_singular", "adjective", "adverb", "verb", "adposition", "conjunction", "numeral"}

var pluralEndings = []string{"هایشان", "هایتان", "هایمان", "هایند", "هایی", "هایم", "هایت", "هایش", "هاست", "های", "ها"}

var comparativeEndings = []string{"ترهای", "ترین", "ترها", "تری", "تر"}

// pronounHosts are the pronouns whose plural takes ها: آن‌ها، این‌ها.
var pronounHosts = map[string]bool{"آن": true, "این": true, "همین": true, "همان": true}

// standardMask returns mask with the ZWNJs of the standard added to the
// word key as mask writes it. Like an editor, it reads the written word: a
// suffix is one only where the word ends in it as written, so محله‌ای is
// not read as محل + های.
func standardMask(key string, mask uint32) uint32 {
	word := canonical(key, mask)
	letters := utf8.RuneCountInString(key)
	own := posOf(word)
	// gap returns the mask bit of the gap before the last k letters.
	gap := func(k int) uint32 { return 1 << (letters - k - 1) }
	joins := func(stem string) bool {
		r, _ := utf8.DecodeLastRuneInString(stem)
		return script.IsJoiningLetter(r)
	}
	for _, suf := range pluralEndings {
		stem, ok := strings.CutSuffix(word, suf)
		k := utf8.RuneCountInString(suf)
		if !ok || letters-k < 2 || !joins(stem) {
			continue
		}
		if (pronounHosts[stem] || hasAny(posOf(stem), "noun_singular", "adjective", "foreign", "noun_plural")) && !hasAny(own, lexemePOS...) {
			return mask | gap(k)
		}
	}
	for _, suf := range comparativeEndings {
		stem, ok := strings.CutSuffix(word, suf)
		k := utf8.RuneCountInString(suf)
		if !ok || letters-k < 2 || !joins(stem) || isJoinedComparative(stem) || !posOf(stem)["adjective"] {
			continue
		}
		lexeme := false
		for _, p := range lexemePOS {
			lexeme = lexeme || p != "adjective" && own[p]
		}
		if !lexeme {
			return mask | gap(k)
		}
	}
	for _, pre := range lexicon.VerbPrefixes {
		rest, ok := strings.CutPrefix(word, pre)
		if !ok || strings.HasPrefix(rest, zwnj) || utf8.RuneCountInString(rest) < 2 {
			continue
		}
		if hasAny(lilakPOS[word], "noun_singular", "noun_plural", "adjective", "adverb", "pronoun", "adposition",
			"conjunction", "numeral", "determiner", "interjection", "classifier", "foreign") {
			continue // a word of its own that starts with می (میدانی، میمون)
		}
		if lilakPOS[pre+zwnj+rest]["verb"] {
			return mask | 1<<(utf8.RuneCountInString(pre)-1)
		}
	}
	return mask
}

func isJoinedComparative(host string) bool {
	for _, h := range lexicon.JoinedComparatives {
		if h == host {
			return true
		}
	}
	return false
}
