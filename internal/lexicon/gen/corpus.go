package main

import (
	"strings"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/lexicon"
	"github.com/persiantext/persian/internal/lexicon/counts"
	"github.com/persiantext/persian/internal/script"
)

// readCounts adds the corpus evidence of the counts rows: how often each
// word was written glued, with its ZWNJs and apart, how each host writes
// its plurals, which parts follow a ZWNJ, and the pairs written apart.
func readCounts(rows []counts.Row) {
	gluedDone := map[string]bool{}
	for _, r := range rows {
		key := counts.Key(r.Form)
		if !gluedDone[key] {
			gluedDone[key] = true
			if r.Glued > 0 {
				add(key, false, r.Glued)
				countTail(key, r.Glued)
				countPlural(key, r.Glued)
			}
		}
		if r.ZWNJ > 0 {
			add(r.Form, false, r.ZWNJ)
			countTail(r.Form, r.ZWNJ)
			countPlural(r.Form, r.ZWNJ)
		}
		if r.Apart > 0 {
			a, b, ok := strings.Cut(r.Form, zwnj)
			if ok && !strings.Contains(b, zwnj) {
				countSpaced(a, b, r.Apart)
			}
		}
	}
	for _, p := range pending {
		w := words[p.a+p.b]
		if w == nil {
			continue
		}
		gap := uint32(1) << (utf8.RuneCountInString(p.a) - 1)
		for m := range w.variants {
			if m&gap != 0 {
				w.spaced += p.n
				break
			}
		}
	}
}

// countTail counts p, n times, as a word of its own, or its last part,
// after a ZWNJ, as a part of a longer word.
func countTail(p string, n int) {
	i := strings.LastIndex(p, zwnj)
	if i < 0 {
		if key, _, ok := split(p); ok {
			get(key).alone += n
		}
		return
	}
	tail, _, ok1 := split(p[i+len(zwnj):])
	head, _, ok2 := split(p[:i])
	// a verb after the prefix می (برمی‌گردد) is no compound
	if !ok1 || !ok2 || strings.HasSuffix(head, "می") {
		return
	}
	w := get(tail)
	w.asTail += n
	if w.tailOf == nil {
		w.tailOf = map[string]bool{}
	}
	w.tailOf[head] = true
}

// spacedPair is a pair of words written apart n times.
type spacedPair struct {
	a, b string
	n    int
}

// pending holds the pairs written apart until all words are read; when
// some written form of a+b has a ZWNJ exactly between them, they are
// evidence against joining them.
var pending []spacedPair

// bigrams counts the pairs of words written apart: the key of the first
// word, then the key of the second.
var bigrams = map[string]map[string]int{}

func countSpaced(a, b string, n int) {
	ka, _, ok1 := split(a)
	kb, _, ok2 := split(b)
	if !ok1 || !ok2 {
		return
	}
	pending = append(pending, spacedPair{ka, kb, n})
	m := bigrams[ka]
	if m == nil {
		m = map[string]int{}
		bigrams[ka] = m
	}
	m[kb] += n
}

// pluralSuffixes are the plural suffixes of lexicon.Suffixes, longest first.
var pluralSuffixes = func() (s []string) {
	for _, sf := range lexicon.Suffixes {
		if sf.Kind == lexicon.PluralSuffix {
			s = append(s, sf.Text)
		}
	}
	return s
}()

// countPlural counts p, n times, if it is a plural after a joining letter,
// as evidence of how its host takes plurals: glued or with a ZWNJ.
func countPlural(p string, n int) {
	for _, suf := range pluralSuffixes {
		if !strings.HasSuffix(p, suf) {
			continue
		}
		host := strings.TrimSuffix(p, suf)
		z := strings.HasSuffix(host, zwnj)
		host = strings.TrimSuffix(host, zwnj)
		key, _, ok := split(host)
		if !ok {
			return
		}
		last, _ := utf8.DecodeLastRuneInString(key)
		if !script.IsJoiningLetter(last) {
			return
		}
		w := get(key)
		if z {
			w.plZ += n
		} else {
			w.plG += n
		}
		return
	}
}
