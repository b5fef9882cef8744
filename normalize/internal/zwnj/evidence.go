package zwnj

import (
	"bytes"
	"math/bits"

	"github.com/persiantext/persian/internal/script"
)

// Evidence from the text itself.
//
// Text that already writes ZWNJs was written by someone who puts them, and
// the spaces of such a writer are deliberate: رئیس جمهور، به زودی and
// اعلام شده are standard written apart too. So each segment (a line, or a
// piece of a long one) is repaired at a level that its own writing sets:
//
//   - damaged: some word breaks a firm rule of the standard (a glued or
//     spaced می‌، ‌ها، ‌تر، a clitic after a silent ه): the writer's ZWNJs
//     were lost. Where they became spaces (می شود، کتاب ها) every repair
//     applies; where they were deleted (میشود، کتابها) the spaces are the
//     writer's own, and two words of their own written apart stay so;
//   - careful: no such word, and the segment holds a ZWNJ: only the edits
//     the standard fixes apply, and compounds stay as written;
//   - plain: neither: compounds are joined or given their ZWNJ where the
//     corpus writes them so, but two words of their own written apart are
//     not joined on the lexicon's word alone.
//
// The level is a function of the segment's bytes, so the repair stays
// deterministic and the same in memory and streaming; and as the repaired
// segment breaks no firm rule, repairing it again changes nothing.

// level is the evidence level a pass of the repair runs at.
type level uint8

const (
	levelAll     level = iota // the first pass: every edit, while the evidence is gathered
	levelPlain                // no damage seen and no ZWNJ written
	levelCareful              // ZWNJs written and no damage seen
)

// editClass says what an edit rests on, from the firmest.
type editClass uint8

const (
	editFirm   editClass = iota // a rule of the standard: می‌، ‌ها، ‌تر، a clitic or the ezafe after a silent ه
	editBound                   // a compound one of whose parts is no word alone: بین‌المللی، خیال‌پرداز
	editStrong                  // a compound the corpus writes as one word (روزنامه‌نگار), or a glued compound given its ZWNJ
	editWeak                    // a compound of the lexicon whose parts are words of their own, written apart
)

// allows reports whether an edit of class c applies at level lv.
func (lv level) allows(c editClass) bool {
	switch lv {
	case levelCareful:
		return c <= editBound
	case levelPlain:
		return c <= editStrong
	}
	return true
}

// A pass holds the level of one pass over a segment and what it did.
type pass struct {
	level  level
	made   uint8 // bit c: an edit of class c was made
	spaced bool  // a firm edit turned a space into a ZWNJ or removed it
}

func (p *pass) record(c editClass) { p.made |= 1 << c }

// next returns the level that the evidence of a first pass over seg sets,
// and whether that pass made edits the level does not allow, so that seg
// must be repaired again at that level.
func (p *pass) next(seg []byte) (level, bool) {
	lv := levelPlain
	switch {
	case p.spaced:
		return levelAll, false // ZWNJs typed as spaces: every edit stands
	case p.made&(1<<editFirm) != 0:
		// ZWNJs deleted: the spaces are the writer's
	case bytes.Contains(seg, zwnjBytes):
		lv = levelCareful
	}
	for c := editFirm; c <= editWeak; c++ {
		if p.made&(1<<c) != 0 && !lv.allows(c) {
			return lv, true
		}
	}
	return lv, false
}

var zwnjBytes = []byte("\u200c")

// firmGaps returns the gaps of mask, in the word key, that a firm rule of
// the standard fixes: after the prefix می or نمی (alone or after a
// preverb), and before one or two suffixes written apart (ها، تر، ترین and
// their forms, a clitic after a silent ه or ی, یی after a silent ه).
func firmGaps(key []byte, mask uint32) uint32 {
	var firm uint32
	for m := mask; m != 0; m &= m - 1 {
		b := bits.TrailingZeros32(m)
		off := byteOffset(key, b+1)
		if off < 0 {
			break
		}
		host, rest := key[:off], key[off:]
		if isVerbPrefix(host) || apartSuffixChain(host, rest) {
			firm |= 1 << b
		}
	}
	return firm
}

// byteOffset returns the byte offset of letter n of key, or -1.
func byteOffset(key []byte, n int) int {
	off := 0
	for ; n > 0; n-- {
		if off >= len(key) {
			return -1
		}
		_, size := script.DecodeRune(key[off:])
		off += size
	}
	return off
}

// isVerbPrefix reports whether host is می or نمی, alone or after a preverb.
func isVerbPrefix(host []byte) bool {
	if pre := preverbOf(host); pre != nil {
		host = host[len(pre):]
	}
	return bytes.Equal(host, prefixMi) || bytes.Equal(host, prefixNami)
}

// apartSuffixChain reports whether rest is one suffix written apart after
// host, or two in a row (ترین‌ها).
func apartSuffixChain(host, rest []byte) bool {
	if apartAfter(host, rest) {
		return true
	}
	for _, sf := range zwnjSuffixes {
		if len(sf.s) < len(rest) && bytes.HasPrefix(rest, sf.s) && apartAfter(host, sf.s) && apartAfter(sf.s, rest[len(sf.s):]) {
			return true
		}
	}
	return false
}

// apartAfter reports whether the suffix s is written apart after host by a
// firm rule.
func apartAfter(host, s []byte) bool {
	kind, ok := suffixWord(s)
	if !ok {
		return false
	}
	last := lastRune(host)
	switch kind {
	case pluralSuffix, comparativeSuffix:
		return true
	case alefClitic:
		return last == letterHeh || last == letterYeh
	case pronounClitic:
		return last == letterHeh
	}
	return last == letterHeh // یی and the ezafe ی after a silent ه
}
