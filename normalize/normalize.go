package normalize

// SKELETON (to be completed under issue 2): the character pass is not
// written yet; this file only fixes the shape that the ZWNJ repair plugs into.

// Option configures a Normalizer.
type Option func(*config)

// config is the full set of choices a Normalizer was built with.
type config struct {
	zwnj zwnjConfig // owned by zwnj*.go
}

// Normalizer normalizes Persian text. It is immutable once built and safe
// for concurrent use.
type Normalizer struct {
	cfg  config
	zwnj *zwnjRepairer // nil when the repair is off
}

// New returns a Normalizer with the default options changed by opts.
func New(opts ...Option) *Normalizer {
	n := &Normalizer{cfg: defaultConfig()}
	for _, o := range opts {
		o(&n.cfg)
	}
	n.zwnj = newZWNJRepairer(&n.cfg.zwnj)
	return n
}

func defaultConfig() config {
	return config{zwnj: defaultZWNJConfig()}
}

// String returns s normalized.
func (n *Normalizer) String(s string) string {
	return string(n.Bytes([]byte(s)))
}

// Bytes returns b normalized, in a new slice.
func (n *Normalizer) Bytes(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/8)
	for len(b) > 0 {
		i := 0
		for i < len(b) && b[i] != '\n' {
			i++
		}
		line := b[:i]
		if n.zwnj != nil {
			out = n.zwnj.appendRepaired(out, line)
		} else {
			out = append(out, line...)
		}
		if i < len(b) {
			out = append(out, '\n')
			i++
		}
		b = b[i:]
	}
	return out
}
