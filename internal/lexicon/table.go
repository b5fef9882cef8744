package lexicon

import (
	_ "embed"
	"encoding/binary"
	"iter"
	"sync"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/script"
)

//go:generate go run ./gen -lilak ../../third_party/lilak -counts ../../third_party/updt/counts.tsv -o table.bin

// table.bin is the lexicon, built by ./gen. Nothing in it is parsed when a
// program starts: Lookup reads the embedded bytes where they lie.
//
//go:embed table.bin
var tableData string

// The layout of table.bin, all integers little-endian:
//
//	header   magic "PLX3", then uint32s: buckets (a power of two),
//	         records, the byte length of the records, the size A of the
//	         alphabet, hot slots (a power of two), the byte length of the
//	         hot records, and the number T of tag sets
//	alphabet A uint16s: the letters of the keys, as offsets from U+0600;
//	         letter i is coded i+1
//	tag sets T uint32s: the distinct Tag values; a record names its own by
//	         index, as few words share many combinations
//	hot      hot-slots uint16s, then the hot records: a small open-addressing
//	         table of the words running text uses most, which stays in the
//	         processor's cache; slot s holds the offset+1 of a hot record,
//	         or 0, and a key's first slot is the low bits of its hash
//	dir      buckets+1 uint32s: bucket b's records are
//	         records[dir[b]:dir[b+1]]
//	records  every word (the hot ones too), back to back, each:
//	           n        uint8, the key's letters
//	           key      n letter codes
//	           flags    uint8: 1 has mask, 2 has counts, bits 2–3 the plural style
//	           tags     uint8, the index of its tag set
//	           mask     uint32, if flags&1
//	           counts   3 uint16s (glued, joined, spaced), if flags&2
//
// A key is hashed as UTF-8 (Hash), so that a lookup needs no conversion:
// its bucket is the top bits of the hash. Only the few records it is
// compared with are read in letter codes.
const (
	magic       = "PLX3"
	headerSize  = 4 + 7*4
	maxHot      = 4096  // words in the hot table
	maxHotBytes = 60000 // bytes of hot records, under 64 KB so that uint16 offsets reach them
	flagMask    = 1
	flagCounts  = 2
	styleShift  = 2
	maxKeyLen   = 32 // letters; a mask has one bit per gap
	countsBytes = 6
)

// Lexicon is an immutable set of words, safe for concurrent use.
type Lexicon struct {
	hotSlots string // the hot table's slots
	hot      string // the hot records
	hotMask  uint64
	dir      string // the bucket directory
	records  string
	tags     [256]Tag // the tag sets, by index
	shift    uint     // a hash's bucket is hash >> shift
	n        int      // the number of records
	// utf8 holds, for each letter code, the letter's two UTF-8 bytes as a
	// little-endian uint16; code 0 is no letter.
	utf8    [256]uint16
	letters []rune // code-1 → letter
}

// Default returns the embedded lexicon. The first call reads the header of
// the table, a few hundred bytes; no call parses the words.
var Default = sync.OnceValue(func() *Lexicon {
	l, err := open(tableData)
	if err != nil {
		panic("lexicon: embedded table.bin: " + err.Error())
	}
	return l
})

type formatError string

func (e formatError) Error() string { return string(e) }

// open returns the lexicon whose table is data.
func open(data string) (*Lexicon, error) {
	if len(data) < headerSize || data[:4] != magic {
		return nil, formatError("not a lexicon table")
	}
	u32 := func(i int) int { return int(le32(data, i)) }
	buckets, n, recLen, alpha, hotSlots, hotLen, tagSets := u32(4), u32(8), u32(12), u32(16), u32(20), u32(24), u32(28)
	if buckets == 0 || buckets&(buckets-1) != 0 || alpha > 255 || hotSlots == 0 || hotSlots&(hotSlots-1) != 0 ||
		hotLen >= 1<<16 || tagSets > 256 {
		return nil, formatError("bad header")
	}
	tagStart := headerSize + 2*alpha
	hotStart := tagStart + 4*tagSets
	dirStart := hotStart + 2*hotSlots + hotLen
	recStart := dirStart + 4*(buckets+1)
	if len(data) != recStart+recLen {
		return nil, formatError("truncated table")
	}
	l := &Lexicon{
		hotSlots: data[hotStart : hotStart+2*hotSlots], hot: data[hotStart+2*hotSlots : dirStart], hotMask: uint64(hotSlots - 1),
		dir: data[dirStart:recStart], records: data[recStart:], n: n, letters: make([]rune, 0, alpha),
	}
	for b := buckets; b > 1; b >>= 1 {
		l.shift++
	}
	l.shift = 64 - l.shift
	for i := range tagSets {
		l.tags[i] = Tag(le32(data, tagStart+4*i))
	}
	for i := range alpha {
		off := int(data[headerSize+2*i]) | int(data[headerSize+2*i+1])<<8
		if off > 0xFF {
			return nil, formatError("letter outside U+0600–U+06FF")
		}
		r := rune(0x0600 + off)
		var b [2]byte
		utf8.EncodeRune(b[:], r)
		l.utf8[i+1] = uint16(b[0]) | uint16(b[1])<<8
		l.letters = append(l.letters, r)
	}
	return l, nil
}

// Len returns the number of words.
func (l *Lexicon) Len() int { return l.n }

// Lookup returns the entry of the word whose letters are key (UTF-8, no
// ZWNJ, no diacritics) and whether the lexicon has it. It does not
// allocate.
func (l *Lexicon) Lookup(key []byte) (Entry, bool) {
	n := len(key) / 2 // every letter of the table takes two bytes
	if len(key)&1 != 0 || n == 0 || n > maxKeyLen {
		return Entry{}, false
	}
	h := Hash(key)
	// The hot table first: most words of running text are there, and it
	// stays in the cache.
	for i := h & l.hotMask; ; i = (i + 1) & l.hotMask {
		off := int(l.hotSlots[2*i]) | int(l.hotSlots[2*i+1])<<8
		if off == 0 {
			break
		}
		rec := l.hot[off-1:]
		if int(rec[0]) == n && l.match(rec[1:1+n], key) {
			return l.decodeEntry(rec[1+n:]), true
		}
	}
	b := int(h >> l.shift)
	start, end := le32(l.dir, 4*b), le32(l.dir, 4*b+4)
	recs := l.records[start:end]
	for len(recs) > 0 {
		k, size := recordSize(recs)
		if k == n && l.match(recs[1:1+k], key) {
			return l.decodeEntry(recs[1+k:]), true
		}
		recs = recs[size:]
	}
	return Entry{}, false
}

// match reports whether the letter codes spell key, two bytes a letter.
func (l *Lexicon) match(codes string, key []byte) bool {
	key = key[:2*len(codes)]
	for i := 0; i < len(codes); i++ {
		if l.utf8[codes[i]] != uint16(key[2*i])|uint16(key[2*i+1])<<8 {
			return false
		}
	}
	return true
}

// LookupWord is Lookup for a word as written: it skips its diacritics,
// and its ZWNJs, whose places it returns as a mask (bit i: a ZWNJ after
// letter i).
func (l *Lexicon) LookupWord(w []byte) (e Entry, written uint32, ok bool) {
	var key [2 * maxKeyLen]byte
	n := 0
	for i := 0; i < len(w); {
		if i+2 < len(w) && w[i] == 0xE2 && w[i+1] == 0x80 && w[i+2] == 0x8C {
			if n > 0 {
				written |= 1 << (n/2 - 1)
			}
			i += 3
			continue
		}
		if i+1 >= len(w) || n+2 > len(key) {
			return Entry{}, 0, false
		}
		if r, _ := script.DecodeRune(w[i:]); script.IsDiacritic(r) {
			i += 2
			continue
		}
		key[n], key[n+1] = w[i], w[i+1]
		n += 2
		i += 2
	}
	e, ok = l.Lookup(key[:n])
	return e, written, ok
}

// recordSize returns the key length and the size of the record that
// starts recs.
func recordSize(recs string) (keyLen, size int) {
	n := int(recs[0])
	flags := recs[1+n]
	size = 1 + n + 2
	if flags&flagMask != 0 {
		size += 4
	}
	if flags&flagCounts != 0 {
		size += countsBytes
	}
	return n, size
}

// le32 reads the little-endian uint32 at s[i:].
func le32(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

// decodeEntry decodes a record's fields after its key.
func (l *Lexicon) decodeEntry(r string) Entry {
	flags := r[0]
	e := Entry{
		Tags:   l.tags[r[1]],
		Plural: PluralStyle(flags >> styleShift & 3),
	}
	if flags&(flagMask|flagCounts) == 0 {
		return e // most words: glued, and not seen in the corpus
	}
	r = r[2:]
	if flags&flagMask != 0 {
		e.Mask = le32(r, 0)
		r = r[4:]
	}
	if flags&flagCounts != 0 {
		e.Glued = uint16(r[0]) | uint16(r[1])<<8
		e.Joined = uint16(r[2]) | uint16(r[3])<<8
		e.Spaced = uint16(r[4]) | uint16(r[5])<<8
	}
	return e
}

// Hash hashes a key's UTF-8 bytes eight at a time with a multiply-xorshift
// mix (the finalizer of SplitMix64); a tail of four to seven bytes is read
// as two overlapping four-byte words. It needs no secret seed: the table
// holds only the fixed words of the lexicon, so no input can lengthen a
// bucket. The generator places words with it.
func Hash(b []byte) uint64 {
	h := uint64(len(b)) * 0x9E3779B97F4A7C15
	for len(b) >= 8 {
		h = (h ^ binary.LittleEndian.Uint64(b)) * 0xBF58476D1CE4E5B9
		h ^= h >> 31
		b = b[8:]
	}
	var t uint64
	if len(b) >= 4 {
		t = uint64(binary.LittleEndian.Uint32(b)) | uint64(binary.LittleEndian.Uint32(b[len(b)-4:]))<<32
	} else {
		for i, c := range b {
			t |= uint64(c) << (8 * i)
		}
	}
	h = (h ^ t) * 0x94D049BB133111EB
	return h ^ h>>29
}

// A Record is one word of a table as the generator writes it.
type Record struct {
	Key string // the letters, UTF-8
	Entry
}

// Encode builds a table from records; the generator writes its output.
// Keys must be distinct, each of 1 to 32 letters of U+0600–U+06FF. The
// first records, as many as fit, also make the hot table: the generator
// puts the most frequent words first.
func Encode(recs []Record) ([]byte, error) {
	alpha := map[rune]bool{}
	tagIndex := map[Tag]int{}
	var tagSets []Tag
	for _, r := range recs {
		for _, c := range r.Key {
			if c < 0x0600 || c > 0x06FF {
				return nil, formatError("letter outside U+0600–U+06FF in " + r.Key)
			}
			alpha[c] = true
		}
		if _, ok := tagIndex[r.Tags]; !ok {
			tagIndex[r.Tags] = len(tagSets)
			tagSets = append(tagSets, r.Tags)
		}
	}
	if len(tagSets) > 256 {
		return nil, formatError("more than 256 tag sets")
	}
	var letters []rune
	for c := rune(0x0600); c <= 0x06FF; c++ {
		if alpha[c] {
			letters = append(letters, c)
		}
	}
	var code [256]uint8
	for i, c := range letters {
		code[c-0x0600] = uint8(i + 1)
	}
	buckets := 1
	for 2*buckets < len(recs) {
		buckets <<= 1
	}
	shift := uint(64)
	for b := buckets; b > 1; b >>= 1 {
		shift--
	}
	type placed struct {
		bucket int
		hash   uint64
		codes  []byte
		i      int
	}
	ps := make([]placed, len(recs))
	seen := map[string]bool{}
	for i, r := range recs {
		var cs []byte
		for _, c := range r.Key {
			cs = append(cs, code[c-0x0600])
		}
		if len(cs) == 0 || len(cs) > maxKeyLen {
			return nil, formatError("key of 0 or more than 32 letters: " + r.Key)
		}
		if seen[r.Key] {
			return nil, formatError("duplicate key " + r.Key)
		}
		seen[r.Key] = true
		h := Hash([]byte(r.Key))
		b := 0
		if shift < 64 {
			b = int(h >> shift)
		}
		ps[i] = placed{b, h, cs, i}
	}
	appendRecord := func(out []byte, p placed) []byte {
		e := recs[p.i].Entry
		out = append(out, byte(len(p.codes)))
		out = append(out, p.codes...)
		flags := byte(e.Plural) << styleShift
		if e.Mask != 0 {
			flags |= flagMask
		}
		if e.Glued|e.Joined|e.Spaced != 0 {
			flags |= flagCounts
		}
		out = append(out, flags, byte(tagIndex[e.Tags]))
		if flags&flagMask != 0 {
			out = binary.LittleEndian.AppendUint32(out, e.Mask)
		}
		if flags&flagCounts != 0 {
			out = binary.LittleEndian.AppendUint16(out, e.Glued)
			out = binary.LittleEndian.AppendUint16(out, e.Joined)
			out = binary.LittleEndian.AppendUint16(out, e.Spaced)
		}
		return out
	}
	// Within a bucket the records keep their given order: frequent words
	// first.
	order := make([][]placed, buckets)
	for _, p := range ps {
		order[p.bucket] = append(order[p.bucket], p)
	}
	var recBytes []byte
	dir := make([]uint32, buckets+1)
	for b := range buckets {
		dir[b] = uint32(len(recBytes))
		for _, p := range order[b] {
			recBytes = appendRecord(recBytes, p)
		}
	}
	dir[buckets] = uint32(len(recBytes))
	hotSlots := 2 * maxHot
	slots := make([]uint16, hotSlots)
	var hot []byte
	for _, p := range ps[:min(maxHot, len(ps))] {
		rec := appendRecord(nil, p)
		if len(hot)+len(rec) > maxHotBytes {
			break
		}
		i := p.hash & uint64(hotSlots-1)
		for slots[i] != 0 {
			i = (i + 1) & uint64(hotSlots-1)
		}
		slots[i] = uint16(len(hot) + 1)
		hot = append(hot, rec...)
	}
	out := []byte(magic)
	for _, v := range []int{buckets, len(recs), len(recBytes), len(letters), hotSlots, len(hot), len(tagSets)} {
		out = binary.LittleEndian.AppendUint32(out, uint32(v))
	}
	for _, c := range letters {
		out = binary.LittleEndian.AppendUint16(out, uint16(c-0x0600))
	}
	for _, t := range tagSets {
		out = binary.LittleEndian.AppendUint32(out, uint32(t))
	}
	for _, v := range slots {
		out = binary.LittleEndian.AppendUint16(out, v)
	}
	out = append(out, hot...)
	for _, d := range dir {
		out = binary.LittleEndian.AppendUint32(out, d)
	}
	return append(out, recBytes...), nil
}

// Open returns the lexicon of a table built by Encode, for tests and
// tools; data is not copied and must not change.
func Open(data []byte) (*Lexicon, error) { return open(string(data)) }

// All yields every word of the lexicon with its entry, in table order.
// It is for tests and tools, not for hot paths: it allocates each key.
func (l *Lexicon) All() iter.Seq2[string, Entry] {
	return func(yield func(string, Entry) bool) {
		recs := l.records
		for len(recs) > 0 {
			n, size := recordSize(recs)
			key := make([]rune, n)
			for i := range n {
				key[i] = l.letters[recs[1+i]-1]
			}
			if !yield(string(key), l.decodeEntry(recs[1+n:size])) {
				return
			}
			recs = recs[size:]
		}
	}
}
