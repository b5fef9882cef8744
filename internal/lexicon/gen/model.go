package main

import (
	"bytes"
	"log"
	"os"
	"strings"

	"github.com/persiantext/persian/internal/lexicon"
	"github.com/persiantext/persian/internal/script"
)

const zwnj = "\u200c"

// variant is one way of writing a word: its ZWNJ mask over the letter gaps.
type variant struct {
	mask  uint32
	lilak bool
	count int // corpus count
}

type word struct {
	variants map[uint32]*variant
	forms    map[uint32]string // surface per mask
	tags     lexicon.Tag
	spaced   int             // corpus: written as two words where a variant has a ZWNJ
	plG      int             // corpus: plurals of this host written glued
	plZ      int             // corpus: plurals of this host written with a ZWNJ
	alone    int             // corpus: written as a word of its own
	asTail   int             // corpus: written as the last part of a word, after a ZWNJ
	tailOf   map[string]bool // corpus: the parts before it when written so
}

var words = map[string]*word{}

// fold maps the lookalike letters that the character pass of package
// normalize replaces, so that the word list matches its output.
func fold(s string) string {
	return strings.Map(script.Fold, s)
}

// split returns the key of a written word (its letters only) and the mask
// of the gaps that hold a ZWNJ after a joining letter. ok is false when the
// word holds anything but letters, ZWNJs and combining marks, or is too long.
func split(s string) (key string, mask uint32, ok bool) {
	var b strings.Builder
	n := 0
	var prev rune
	pendingZ := false
	for _, r := range s {
		switch {
		case r == script.ZWNJ:
			pendingZ = true
		case script.IsLetter(r):
			if n > 0 && pendingZ && script.IsJoiningLetter(prev) {
				if n-1 >= 32 {
					return "", 0, false
				}
				mask |= 1 << (n - 1)
			}
			pendingZ = false
			b.WriteRune(r)
			prev = r
			n++
		case script.IsDiacritic(r):
			// not part of the key
		default:
			return "", 0, false
		}
	}
	if n < 1 || n > 32 {
		return "", 0, false
	}
	return b.String(), mask, true
}

func get(key string) *word {
	w := words[key]
	if w == nil {
		w = &word{variants: map[uint32]*variant{}, forms: map[uint32]string{}}
		words[key] = w
	}
	return w
}

func add(surface string, lilak bool, count int) *word {
	surface = fold(surface)
	key, mask, ok := split(surface)
	if !ok {
		return nil
	}
	w := get(key)
	v := w.variants[mask]
	if v == nil {
		v = &variant{mask: mask}
		w.variants[mask] = v
		w.forms[mask] = canonical(key, mask)
	}
	v.lilak = v.lilak || lilak
	v.count += count
	return w
}

// canonical writes key with ZWNJs at mask.
func canonical(key string, mask uint32) string {
	var b strings.Builder
	i := 0
	for _, r := range key {
		b.WriteRune(r)
		if mask&(1<<i) != 0 {
			b.WriteString(zwnj)
		}
		i++
	}
	return b.String()
}

func lines(path string) [][]byte {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	return bytes.Split(data, []byte("\n"))
}
