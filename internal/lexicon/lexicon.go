package lexicon

//go:generate go run ./gen -lilak ../../../shared/data/lilak -train ../../../shared/corpora/updt/train.txt -o words.txt

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"fmt"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/script"
)

//go:embed words.txt
var wordsTxt []byte

// Tag is a set of tags of a word: its parts of speech, and its role in
// words written with a ZWNJ.
type Tag uint16

// The tags. The parts of speech come from Lilak's lexicon; Head and Tail
// are computed by the generator.
const (
	Verb         Tag = 1 << iota // a finite verb form or participle: کنیم، رفته‌اند
	Noun                         // a singular noun
	Plural                       // a plural noun
	Adjective                    // an adjective, comparative or superlative
	Adverb                       // an adverb
	Function                     // pronoun, adposition, conjunction, determiner, numeral...
	Foreign                      // a foreign word
	Head                         // the first part of a word written with a ZWNJ: بین in بین‌المللی
	Tail                         // a productive second part of compounds: کننده، شده، سازی
	Bound                        // a second part of compounds that the corpus seldom writes alone: کننده، آمیز
	JoinedFamily                 // a compound whose family the corpus writes as one word: روزنامه‌نگار (روزنامه‌نگاران)
)

var tagLetters = [...]struct {
	letter byte
	tag    Tag
}{{'V', Verb}, {'N', Noun}, {'P', Plural}, {'A', Adjective}, {'D', Adverb}, {'F', Function}, {'X', Foreign}, {'H', Head}, {'T', Tail}, {'B', Bound}, {'J', JoinedFamily}}

// PluralStyle says how a corpus wrote the plurals of a word.
type PluralStyle uint8

const (
	PluralUnknown PluralStyle = iota // no clear evidence
	PluralGlued                      // کتابها
	PluralZWNJ                       // کتاب‌ها
)

// Entry is what the lexicon knows about one word.
type Entry struct {
	Mask   uint32      // bit i: a ZWNJ follows letter i of the key
	Tags   Tag         // parts of speech; zero when unknown
	Glued  uint16      // corpus count of the word written without its ZWNJs
	Joined uint16      // corpus count of the word written with its ZWNJs
	Spaced uint16      // corpus count of the word written as two words at a ZWNJ
	Plural PluralStyle // how the corpus writes this word's plurals
}

// Lexicon is an immutable set of words, safe for concurrent use.
type Lexicon struct {
	records []record
	long    []byte // the keys too long to be held in their records, back to back
	// slots is an open-addressing table: the high 32 bits hold the key's
	// hash, so that a probe rarely touches a record that does not match,
	// and the low 32 bits the record index + 1 (0 for an empty slot).
	slots []uint64
}

// inlineKey is the longest key a record holds itself: nearly all words.
const inlineKey = 27

// A record is an entry with its key. The key sits next to the entry so
// that a lookup touches one slot and one record: the normalizer looks up
// every word of its input, and with the text streaming through the cache
// each extra array costs a cache miss.
type record struct {
	Entry
	keyLen  uint8
	key     [inlineKey]byte // the key, when it fits
	longOff uint32          // else long[longOff:longOff+keyLen]
}

// keyOf returns the key of r.
func (l *Lexicon) keyOf(r *record) []byte {
	if int(r.keyLen) <= inlineKey {
		return r.key[:r.keyLen]
	}
	return l.long[r.longOff : r.longOff+uint32(r.keyLen)]
}

// Default returns the embedded lexicon, parsed on the first call.
var Default = sync.OnceValue(func() *Lexicon {
	l, err := Parse(wordsTxt)
	if err != nil {
		panic("lexicon: embedded words.txt: " + err.Error())
	}
	return l
})

// Parse reads a word list in the format of words.txt.
func Parse(data []byte) (*Lexicon, error) {
	n := bytes.Count(data, []byte{'\n'}) + 1
	l := &Lexicon{records: make([]record, 0, n)}
	size := 1
	for size < 2*n {
		size <<= 1
	}
	l.slots = make([]uint64, size)
	for lineNo := 1; len(data) > 0; lineNo++ {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		if err := l.addLine(line); err != nil {
			return nil, fmt.Errorf("lexicon: line %d: %w", lineNo, err)
		}
	}
	return l, nil
}

func (l *Lexicon) addLine(line []byte) error {
	surface, rest := line, []byte(nil)
	if i := bytes.IndexByte(line, '\t'); i >= 0 {
		surface, rest = line[:i], line[i+1:]
	}
	var keyBuf [255]byte
	key := keyBuf[:0]
	var e Entry
	n := 0
	for i := 0; i < len(surface); {
		var r rune
		size := 2
		if c0, rem := surface[i], surface[i+1:]; c0 >= 0xC2 && c0 <= 0xDF && len(rem) > 0 && rem[0]&0xC0 == 0x80 {
			r = rune(c0&0x1F)<<6 | rune(rem[0]&0x3F) // the two-byte letters of the Arabic script
		} else {
			r, size = utf8.DecodeRune(surface[i:])
		}
		switch {
		case r == script.ZWNJ:
			if n == 0 || n > 32 {
				return fmt.Errorf("misplaced ZWNJ in %q", surface)
			}
			e.Mask |= 1 << (n - 1)
		case script.IsLetter(r):
			if len(key)+size > len(keyBuf) {
				return fmt.Errorf("word longer than %d bytes: %q", len(keyBuf), surface)
			}
			key = append(key, surface[i:i+size]...)
			n++
		default:
			return fmt.Errorf("%q is not a letter in %q", r, surface)
		}
		i += size
	}
	if n == 0 {
		return fmt.Errorf("empty word")
	}
	for field := 0; len(rest) > 0; field++ {
		var f []byte
		f, rest, _ = bytes.Cut(rest, []byte{'\t'})
		switch field {
		case 0:
			for _, c := range f {
				for _, tl := range tagLetters {
					if c == tl.letter {
						e.Tags |= tl.tag
					}
				}
			}
		case 1, 2, 3:
			if len(f) == 0 {
				continue
			}
			v, err := strconv.ParseUint(string(f), 10, 16)
			if err != nil {
				return fmt.Errorf("count %q: %w", f, err)
			}
			switch field {
			case 1:
				e.Glued = uint16(v)
			case 2:
				e.Joined = uint16(v)
			case 3:
				e.Spaced = uint16(v)
			}
		case 4:
			switch string(f) {
			case "g":
				e.Plural = PluralGlued
			case "z":
				e.Plural = PluralZWNJ
			}
		}
	}
	h := hashKey(key)
	slot, dup := l.index(key, h)
	if dup {
		return fmt.Errorf("duplicate word %q", surface)
	}
	rec := record{Entry: e, keyLen: uint8(len(key))}
	if len(key) <= inlineKey {
		copy(rec.key[:], key)
	} else {
		rec.longOff = uint32(len(l.long))
		l.long = append(l.long, key...)
	}
	l.records = append(l.records, rec)
	l.slots[slot] = h&^0xFFFFFFFF | uint64(len(l.records))
	return nil
}

// index returns the slot of key: the slot that holds it (found) or the empty
// slot where it would go.
func (l *Lexicon) index(key []byte, hash uint64) (slot int, found bool) {
	m := len(l.slots) - 1
	tag := hash &^ 0xFFFFFFFF
	for i := int(hash) & m; ; i = (i + 1) & m {
		v := l.slots[i]
		if v == 0 {
			return i, false
		}
		if v&^0xFFFFFFFF == tag {
			if r := &l.records[uint32(v)-1]; int(r.keyLen) == len(key) && bytes.Equal(l.keyOf(r), key) {
				return i, true
			}
		}
	}
}

// Lookup returns the entry of the word whose letters are key (UTF-8, no
// ZWNJ, no diacritics), or nil if the lexicon lacks it. The entry belongs
// to the lexicon and must not be changed. Lookup does not allocate.
func (l *Lexicon) Lookup(key []byte) *Entry {
	slot, ok := l.index(key, hashKey(key))
	if !ok {
		return nil
	}
	return &l.records[uint32(l.slots[slot])-1].Entry
}

// Len returns the number of words.
func (l *Lexicon) Len() int { return len(l.records) }

// hashKey hashes a key eight bytes at a time with a multiply-xorshift mix
// (the finalizer of SplitMix64). The hash needs no secret seed: the table
// holds only the fixed words of the lexicon, so no input can lengthen its
// probe sequences, and a key of a typical word costs two or three rounds.
func hashKey(b []byte) uint64 {
	h := uint64(len(b)) * 0x9E3779B97F4A7C15
	for len(b) >= 8 {
		h = (h ^ binary.LittleEndian.Uint64(b)) * 0xBF58476D1CE4E5B9
		h ^= h >> 31
		b = b[8:]
	}
	var t uint64
	for i, c := range b {
		t |= uint64(c) << (8 * i)
	}
	h = (h ^ t) * 0x94D049BB133111EB
	return h ^ h>>29
}
