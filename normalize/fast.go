package normalize

// The fast paths of the character pass copy runs of two-byte runes of the
// Arabic block (lead bytes 0xD8–0xDB, U+0600–U+06FF) that no rule changes.
// Their tables are indexed by the lead byte minus 0xD8 and the whole second
// byte, so that one load answers both "is this a complete rune" and "does
// it stay", with no rune decoded.

// fastTables are the fast-path tables of one Normalizer's configuration.
type fastTables struct {
	mapRun   [4 << 8]bool // step 1: a rune that mapRunes keeps as it is
	shapeRun [4 << 8]bool // step 2: a letter (clJoin or clNonJoin) that shape copies as is
}

func newFastTables(n *Normalizer) fastTables {
	var t fastTables
	for lead := 0; lead < 4; lead++ {
		for cont := 0x80; cont < 0xC0; cont++ {
			k := lead<<6 | cont&0x3F // the rune minus U+0600
			idx := lead<<8 | cont
			r := rune(0x0600 + k)
			t.mapRun[idx] = n.letters[k] == mapKeep && r != 0x061C
			c := n.check.arabic[k]
			t.shapeRun[idx] = c == clJoin || c == clNonJoin
		}
	}
	return t
}
