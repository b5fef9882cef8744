package normalize

// SKELETON (to be completed under issue 3).

// zwnjConfig holds the options of the ZWNJ repair.
type zwnjConfig struct {
	disabled bool
}

func defaultZWNJConfig() zwnjConfig { return zwnjConfig{} }

// zwnjRepairer restores missing and misplaced ZWNJs in text that the
// character pass has already normalized. It is immutable and shared.
type zwnjRepairer struct{}

func newZWNJRepairer(c *zwnjConfig) *zwnjRepairer {
	if c.disabled {
		return nil
	}
	return &zwnjRepairer{}
}

// appendRepaired appends seg, with its ZWNJs repaired, to dst.
// seg holds no newline. The output differs from seg only in the gaps between
// letters: a ZWNJ inserted, or one space replaced by a ZWNJ.
func (z *zwnjRepairer) appendRepaired(dst, seg []byte) []byte {
	return append(dst, seg...)
}
