package normalize

import "github.com/persiantext/persian/normalize/internal/zwnj"

// Option configures a Normalizer. Options are applied in order, so a later
// option overrides an earlier one; a profile such as Search sets several
// choices at once and can be refined by options that follow it.
type Option func(*config)

// Digits names the digit set that Latin, Arabic-Indic and Persian digits
// are unified to.
type Digits uint8

const (
	// PersianDigits writes numbers with ۰–۹ (U+06F0–U+06F9), the decimal
	// separator ٫ and the thousands separator ٬. This is the default.
	PersianDigits Digits = iota
	// LatinDigits writes numbers with 0–9, "." and ",".
	LatinDigits
	// KeepDigits leaves every digit and separator as written.
	KeepDigits
)

// Quotes names how straight and curly double quotes are written.
type Quotes uint8

const (
	// KeepQuotes leaves quotation marks as written. This is the default,
	// because a pair of " in mixed text is often code or a measurement.
	KeepQuotes Quotes = iota
	// Guillemets turns a pair of "..." or “...” whose content holds a
	// Persian letter into «...», the quotation marks of Persian typography.
	// Unpaired marks and pairs around Latin text are left alone.
	Guillemets
)

// config is the full set of choices a Normalizer was built with.
type config struct {
	digits          Digits
	removeDiacritic bool // remove harakat, tanvin, shadda, sukun, superscript alef
	keepBidi        bool // keep LRM, RLM, ALM and the embedding/isolate controls
	quotes          Quotes
	ellipsis        bool // "..." becomes "…"
	spacing         bool // space and punctuation rules (rule 7)
	search          bool // the aggressive letter folds of the Search profile

	zwnjOff bool        // the ZWNJ repair is off
	zwnj    zwnj.Config // the user words and exceptions of the ZWNJ repair
}

func defaultConfig() config {
	return config{
		digits:  PersianDigits,
		spacing: true,
	}
}

// WithDigits sets the digit set that numbers are written in. Digits that
// belong to a Latin word, an identifier or a protected span (mp3, COVID-19,
// user123, 192.168.1.1, a URL) or to an emoji (1️⃣) are never changed. A %
// or ٪ right after a number follows its digits.
func WithDigits(d Digits) Option {
	return func(c *config) { c.digits = d }
}

// WithDiacritics keeps (true, the default) or removes (false) the short
// vowels, tanvin, shadda, sukun and superscript alef (U+064B–U+0652,
// U+0670). Tatweel (U+0640) is always removed.
func WithDiacritics(keep bool) Option {
	return func(c *config) { c.removeDiacritic = !keep }
}

// WithBidiControls keeps (true) or removes (false, the default) the
// directional marks LRM, RLM and ALM and the embedding, override and
// isolate controls (U+202A–U+202E, U+2066–U+2069).
func WithBidiControls(keep bool) Option {
	return func(c *config) { c.keepBidi = keep }
}

// WithQuoteStyle sets how double quotation marks are written.
func WithQuoteStyle(q Quotes) Option {
	return func(c *config) { c.quotes = q }
}

// WithEllipsis turns three full stops "..." into the ellipsis "…" when on.
// It is off by default.
func WithEllipsis(on bool) Option {
	return func(c *config) { c.ellipsis = on }
}

// WithSpacing turns the spacing and punctuation rules on (the default) or
// off: collapsing runs of spaces, trimming trailing spaces, Persian , ; ?,
// and the space rules around punctuation and brackets. When off, spaces and
// punctuation pass through as written (other Unicode spaces still become
// U+0020).
func WithSpacing(on bool) Option {
	return func(c *config) { c.spacing = on }
}

// WithZWNJRepair switches the repair of missing and misplaced ZWNJs on or
// off. It is on by default.
func WithZWNJRepair(on bool) Option {
	return func(c *config) { c.zwnjOff = !on }
}

// WithWords adds words to the lexicon of the ZWNJ repair, each written as
// it should be, with its ZWNJs: WithWords("گفت‌وگو", "ری‌استارت"). A user
// word overrides the built-in lexicon, so a word given without a ZWNJ is
// never split. Anything that is not a Persian word is ignored.
func WithWords(words ...string) Option {
	return func(c *config) { c.zwnj.Words = append(c.zwnj.Words, words...) }
}

// WithExceptions lists forms that the ZWNJ repair never changes, written
// as they appear in text: a glued word ("میخک") or words separated by
// spaces ("ماه می") that must stay as they are.
func WithExceptions(words ...string) Option {
	return func(c *config) { c.zwnj.Exceptions = append(c.zwnj.Exceptions, words...) }
}

// Search is a profile for building a search index and normalizing the
// queries against it: text that a reader sees as the same word should come
// out the same. On top of the defaults it
//   - removes all diacritics, and the hamza above (U+0654) and below
//     (U+0655) and the maddah (U+0653) marks;
//   - folds the hamza carriers أ إ → ا, ؤ → و, ئ → ی, and آ → ا;
//   - folds ة and ۀ → ه;
//   - writes every digit as a Latin digit, whatever its context.
//
// The ZWNJ repair stays on, because it turns the glued and spaced spellings
// of a word (میروم, می روم) into the one written with a ZWNJ (می‌روم).
// Search output is meant for a machine, not for a reader.
func Search() Option {
	return func(c *config) {
		c.search = true
		c.removeDiacritic = true
		c.digits = LatinDigits
	}
}
