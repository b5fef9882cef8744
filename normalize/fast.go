package normalize

import "bytes"

// The fast paths of the character pass copy runs of two-byte runes of the
// Arabic block (lead bytes 0xD8–0xDB, U+0600–U+06FF) that no rule changes.
// Their tables are indexed by the lead byte minus 0xD8 and the whole second
// byte, so that one load answers both "is this a complete rune" and "does
// it stay", with no rune decoded.

// Entries of fastTables.mapRun.
const (
	runStop uint8 = iota // not a kept rune: the run ends before it
	runKeep              // a rune that step 1 keeps
	runLast              // kept, but the run ends after it (، ؛ ؟ may precede a protected token)
)

// fastTables are the fast-path tables of one Normalizer's configuration.
type fastTables struct {
	mapRun   [4 << 8]uint8 // step 1: mapRunes
	shapeRun [4 << 8]bool  // step 2: a letter (clJoin or clNonJoin) that shape copies as is
}

func newFastTables(n *Normalizer) fastTables {
	var t fastTables
	for lead := 0; lead < 4; lead++ {
		for cont := 0x80; cont < 0xC0; cont++ {
			k := lead<<6 | cont&0x3F // the rune minus U+0600
			idx := lead<<8 | cont
			r := rune(0x0600 + k)
			switch {
			case n.letters[k] != mapKeep || r == 0x061C:
				t.mapRun[idx] = runStop
			case r == '،' || r == '؛' || r == '؟':
				t.mapRun[idx] = runLast
			default:
				t.mapRun[idx] = runKeep
			}
			c := n.check.arabic[k]
			t.shapeRun[idx] = c == clJoin || c == clNonJoin
		}
	}
	return t
}

// tokenTriggers finds, lazily and in one forward pass over a segment, the
// bytes at which a token would pass the quick trigger scan of
// protectedTokenEnd: an '@' or ':' (at) with no delimiter byte in s[i:at].
type tokenTriggers struct {
	from, at int // the region [from, at]; -1 before the first search
	// The next '@' and the next ':' at or after the last search start, or
	// len(s); kept apart so that each is searched for once (IndexByte).
	nextAt, nextColon int
}

// newTokenTriggers returns the tokenTriggers of a segment, before any search.
func newTokenTriggers() tokenTriggers {
	return tokenTriggers{from: -1, at: -1, nextAt: -1, nextColon: -1}
}

// in reports whether the quick scan of protectedTokenEnd from s[i] finds
// an '@' or a ':'. Successive calls must have non-decreasing i.
func (t *tokenTriggers) in(s []byte, i int) bool {
	if i <= t.at {
		return i >= t.from
	}
	return t.search(s, i)
}

// search is in past the current region: it finds the next one.
func (t *tokenTriggers) search(s []byte, i int) bool {
	if t.nextAt < i {
		t.nextAt = indexFrom(s, i, '@')
	}
	if t.nextColon < i {
		t.nextColon = indexFrom(s, i, ':')
	}
	at := min(t.nextAt, t.nextColon)
	if at == len(s) {
		t.at, t.from = len(s), len(s)+1 // no trigger up to the end
		return false
	}
	from := at
	for from > i && !quickDelim(s[from-1]) {
		from--
	}
	t.from, t.at = from, at
	return i >= from
}

// indexFrom returns the index of the first c in s[i:], or len(s).
func indexFrom(s []byte, i int, c byte) int {
	if k := bytes.IndexByte(s[i:], c); k >= 0 {
		return i + k
	}
	return len(s)
}

// quickDelim reports whether b stops the quick trigger scan of
// protectedTokenEnd.
func quickDelim(b byte) bool {
	return b < 0x21 || b == '"' || b == '<' || b == '>' || b == '`'
}
