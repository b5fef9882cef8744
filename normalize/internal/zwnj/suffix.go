package zwnj

import (
	"bytes"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/lexicon"
)

// The kinds of suffixes are the lexicon's (lexicon.SuffixKind).
type suffixKind = lexicon.SuffixKind

const (
	pluralSuffix      = lexicon.PluralSuffix
	comparativeSuffix = lexicon.ComparativeSuffix
	alefClitic        = lexicon.AlefClitic
	pronounClitic     = lexicon.PronounClitic
	gluedSuffix       = lexicon.GluedSuffix
)

// A zwnjSuffix is a suffix of lexicon.Suffixes as bytes, with its kind.
type zwnjSuffix struct {
	s    []byte
	kind suffixKind
}

// zwnjSuffixes is lexicon.Suffixes as bytes, in its order.
var zwnjSuffixes = func() []zwnjSuffix {
	t := make([]zwnjSuffix, len(lexicon.Suffixes))
	for i, sf := range lexicon.Suffixes {
		t[i] = zwnjSuffix{[]byte(sf.Text), sf.Kind}
	}
	return t
}()

// suffixesByLastByte indexes zwnjSuffixes by their last byte, in table order.
var suffixesByLastByte = func() (t [256][]zwnjSuffix) {
	for _, sf := range zwnjSuffixes {
		b := sf.s[len(sf.s)-1]
		t[b] = append(t[b], sf)
	}
	return t
}()

// suffixWord reports whether key is one of the suffixes that may be
// written apart from their host, or the ezafe ی. It runs for every word of the text, so it
// compares whole keys as integers rather than byte by byte.
func suffixWord(key []byte) (suffixKind, bool) {
	if len(key) < 4 || len(key) > 12 {
		if len(key) == 2 && key[0] == 0xDB && key[1] == 0x8C { // the ezafe ی
			return gluedSuffix, true
		}
		return 0, false
	}
	// every suffix written apart starts with ا ت ش م ه or ی (UTF-8 D8A7 D8AA D8B4 D985 D987 DB8C)
	if c := key[1]; !(key[0] == 0xD8 && (c == 0xA7 || c == 0xAA || c == 0xB4) || key[0] == 0xD9 && (c == 0x85 || c == 0x87) || key[0] == 0xDB && c == 0x8C) {
		return 0, false
	}
	if bytes.Equal(key, suffixYi) {
		return gluedSuffix, true
	}
	if len(key) > 8 {
		for _, sf := range apartSuffixesByLen[len(key)] {
			if bytes.Equal(key, sf.s) {
				return sf.kind, true
			}
		}
		return 0, false
	}
	v := packKey(key)
	for _, sf := range apartSuffixesByLen[len(key)] {
		if sf.packed == v {
			return sf.kind, true
		}
	}
	return 0, false
}

// An apartSuffix is a suffix that may be written apart, with its bytes
// packed into an integer when it has at most eight.
type apartSuffix struct {
	zwnjSuffix
	packed uint64
}

// apartSuffixesByLen indexes the suffixes of zwnjSuffixes that may be
// written apart by their length in bytes.
var apartSuffixesByLen = func() (t [13][]apartSuffix) {
	for _, sf := range zwnjSuffixes {
		if sf.kind == gluedSuffix {
			continue
		}
		a := apartSuffix{zwnjSuffix: sf}
		if len(sf.s) <= 8 {
			a.packed = packKey(sf.s)
		}
		t[len(sf.s)] = append(t[len(sf.s)], a)
	}
	return t
}()

// packKey packs a key of at most eight bytes into an integer.
func packKey(b []byte) uint64 {
	var v uint64
	for i, c := range b {
		v |= uint64(c) << (8 * i)
	}
	return v
}

// isPrefixWord reports whether key is one of the prefixes می، نمی، بی.
func isPrefixWord(key []byte) bool {
	return len(key) <= len(prefixNami) && (bytes.Equal(key, prefixMi) || bytes.Equal(key, prefixNami) || bytes.Equal(key, prefixBi))
}

var (
	suffixYi    = []byte("یی")
	suffixEzafe = []byte("ی")
	cliticEy    = []byte("ای")
	cliticAnd   = []byte("اند")
	cliticIm    = []byte("ایم")
	cliticId    = []byte("اید")
)

// verbEndings are the personal endings that close a present or past verb
// form: -م، -د، -یم، -ید، -ند (the ending -ی is left out: too many nouns end
// in it).
var verbEndings = [][]byte{[]byte("ند"), []byte("یم"), []byte("ید"), []byte("م"), []byte("د")}

// looksLikeVerb reports whether a word unknown to the lexicon, written
// apart after the prefix می or نمی, ends like a verb and is long enough to
// be one.
func looksLikeVerb(w []byte) bool {
	if utf8.RuneCount(w) < 3 {
		return false
	}
	for _, e := range verbEndings {
		if bytes.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

func isParticle(host []byte) bool {
	for _, p := range lexicon.CliticlessParticles {
		if string(host) == p {
			return true
		}
	}
	return false
}

// preverbOf returns the preverb that key starts with, when می or نمی
// follows it, or nil.
func preverbOf(key []byte) []byte {
	for _, p := range lexicon.Preverbs {
		if bytes.HasPrefix(key, []byte(p)) {
			if r := key[len(p):]; bytes.HasPrefix(r, prefixMi) || bytes.HasPrefix(r, prefixNami) {
				return key[:len(p)]
			}
		}
	}
	return nil
}

var (
	prefixMi   = []byte("می")
	prefixNami = []byte("نمی")
	prefixBi   = []byte("بی")
)

const (
	letterHeh = 'ه'
	letterYeh = 'ی'
)

// joinedComparative reports whether the comparative of host is written
// joined: بهتر، بیشتر، کمتر، کهتر، مهتر.
func joinedComparative(host []byte) bool {
	for _, h := range lexicon.JoinedComparatives {
		if string(host) == h {
			return true
		}
	}
	return false
}
