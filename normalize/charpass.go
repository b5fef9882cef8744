package normalize

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/script"
	"github.com/persiantext/persian/internal/span"
	"golang.org/x/text/unicode/norm"
)

// The character pass normalizes one segment (a line, or a piece of a long
// line; see segment.go) in two steps:
//
//  1. mapRunes maps each rune on its own: lookalike letters, presentation
//     forms, tatweel, diacritics, bidi controls, Unicode spaces and the
//     invisible characters that stand in for a ZWNJ. It also finds the
//     protected spans and copies them verbatim.
//  2. shape applies the rules that need context: ZWNJ cleanup, digits and
//     number separators, spacing and punctuation, quotes.
//
// Both steps see the carry, the little that the previous segment of the
// same line leaves behind, so that cutting a long line changes nothing but
// the reach of look-ahead.

// strength is the script of the nearest letter, which decides whether
// punctuation and numbers stand in Persian or in Latin context.
type strength uint8

const (
	weak   strength = iota // no letter yet
	arabic                 // a letter of the Arabic script
	latin                  // a letter of any other script
)

func strengthOf(r rune) strength {
	switch {
	case r < 0:
		return weak
	case r < utf8.RuneSelf:
		if r|0x20 >= 'a' && r|0x20 <= 'z' {
			return latin
		}
		return weak
	case r >= 0x0600 && r <= 0x06FF:
		return arabicBlockStrength[r-0x0600]
	}
	return strengthOfRune(r)
}

// arabicBlockStrength is strengthOfRune for U+0600–U+06FF, where most
// runes of Persian text lie (the digits and marks among them would
// otherwise each cost a search of the Unicode tables).
var arabicBlockStrength = func() (t [256]strength) {
	for i := range t {
		t[i] = strengthOfRune(rune(0x0600 + i))
	}
	return t
}()

// strengthOfRune is strengthOf for a rune outside ASCII.
func strengthOfRune(r rune) strength {
	switch {
	case script.IsLetter(r):
		return arabic
	case unicode.IsLetter(r):
		return latin
	}
	return weak
}

// carry is what a segment passes to the next segment of the same line. A
// new line starts from the zero carry with lineStart set.
type carry struct {
	lineStart    bool // nothing but indentation written on this line so far
	pendingSpace bool // a run of spaces too long for one window was consumed
	prevInvalid  bool // the last byte written was an invalid UTF-8 byte
	prev         rune // last rune written on this line, -1 if none
	prevPrev     rune // the rune before prev, -1 if none
	prevBase     rune // last rune written that is not a combining mark
	strong       strength

	// indent counts the spaces of indentation held back (segment.go): the
	// line may still turn out blank, and then they go.
	indent int64
}

func newLineCarry() carry {
	return carry{lineStart: true, prev: -1, prevPrev: -1, prevBase: -1}
}

// advance updates c to what it is after out was written on the line.
// Both the character pass and Span use it, so the two agree on the state
// a cut leaves behind.
func (c *carry) advance(out []byte) {
	if len(out) == 0 {
		return
	}
	if c.lineStart {
		for _, b := range out {
			if b != ' ' && b != '\t' {
				c.lineStart = false
				break
			}
		}
	}
	c.pendingSpace = false
	end := len(out)
	r, size := utf8.DecodeLastRune(out[:end])
	c.prevInvalid = r == utf8.RuneError && size <= 1
	c.prev = r
	if end-size > 0 {
		c.prevPrev, _ = utf8.DecodeLastRune(out[:end-size])
	}
	baseFound, strongFound := false, false
	for end > 0 && !(baseFound && strongFound) {
		r, size := utf8.DecodeLastRune(out[:end])
		end -= size
		if !baseFound && !isArabicMark(r) {
			c.prevBase, baseFound = r, true
		}
		if !strongFound {
			if s := strengthOf(r); s != weak {
				c.strong, strongFound = s, true
			}
		}
	}
}

// pspan is a protected span, as offsets into the mapped text.
type pspan struct{ start, end int }

// mapRunes appends seg, mapped rune by rune, to dst, and appends the
// protected spans it finds (offsets relative to len(dst) on entry) to
// spans. With rec, it appends to rec.mapped the edits it makes, as
// offsets into seg and dst.
func (n *Normalizer) mapRunes(dst, seg []byte, c *carry, spans []pspan, rec *recording) ([]byte, []pspan) {
	base := len(dst)
	prev, prevInvalid := c.prev, c.prevInvalid
	letters := &n.letters
	for i := 0; i < len(seg); {
		b := seg[i]
		if span.MayStart(b) {
			if e, k := span.At(seg, i, prev); k != span.None {
				start := len(dst)
				dst = n.appendSpan(dst, seg[i:e], k)
				spans = append(spans, pspan{start - base, len(dst) - base})
				if rec != nil && len(dst)-start != e-i {
					// A tag lost a tatweel or composed a hamza: the span
					// is one edit, as it is one token.
					rec.mapped = append(rec.mapped, edit{i, e, start, len(dst)})
				}
				r, size := utf8.DecodeLastRune(dst[start:])
				prev, prevInvalid = r, r == utf8.RuneError && size <= 1
				i = e
				continue
			}
		}
		if b >= 0xD8 && b <= 0xDB {
			// Fast path: a run of Arabic-block runes that stay as they are,
			// and of single spaces between them. No protected span starts
			// in it: spans start with ASCII bytes (span.MayStart).
			j := i
			mapRun := &n.fast.mapRun
			for j+1 < len(seg) {
				l := seg[j] - 0xD8
				if l > 3 {
					if seg[j] == ' ' && j+2 < len(seg) {
						if l := seg[j+1] - 0xD8; l <= 3 && mapRun[int(l)<<8|int(seg[j+2])] {
							j++
							continue
						}
					}
					break
				}
				if !mapRun[int(l)<<8|int(seg[j+1])] {
					break
				}
				j += 2
			}
			if j > i {
				dst = append(dst, seg[i:j]...)
				prev = rune(seg[j-2]&0x1F)<<6 | rune(seg[j-1]&0x3F)
				prevInvalid = false
				i = j
				continue
			}
		}
		if b < utf8.RuneSelf {
			dst = append(dst, b)
			prev, prevInvalid = rune(b), false
			i++
			// Copy the rest of an ASCII word at once: no span starts inside one.
			for i < len(seg) && asciiWord(seg[i]) && asciiWord(b) {
				dst = append(dst, seg[i])
				b = seg[i]
				i++
			}
			prev = rune(b)
			continue
		}
		r, size := utf8.DecodeRune(seg[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, b)
			prev, prevInvalid = utf8.RuneError, true
			i++
			continue
		}
		raw := seg[i : i+size]
		i += size
		out := r // the rune written, or mapRemove
		switch {
		case r >= 0x0600 && r <= 0x06FF:
			if m := letters[r-0x0600]; m != mapKeep {
				if comp := hamzaComposite(r); comp != 0 {
					if h := hamzaAbove(seg, i); h >= 0 {
						o := len(dst)
						dst, prev = n.appendHamzaComposite(dst, comp, seg[i:h])
						if rec != nil {
							rec.mapped = append(rec.mapped, edit{i - size, h + 2, o, len(dst)})
						}
						prevInvalid = false
						i = h + 2
						continue
					}
				}
				out = m
			}
		case r == script.ZWNJ:
			// Transparent for the context of what follows: phase 2 keeps
			// it only between two letters.
			dst = append(dst, raw...)
			prevInvalid = false
			continue
		case r == 0x200B || r == 0x00AD || r == 0x00AC:
			// A zero-width space, soft hyphen or the ¬ that some keyboards
			// type in place of a ZWNJ: a ZWNJ between two letters. Elsewhere
			// the invisible ones are removed and ¬ is a sign of its own.
			next := nextVisible(seg[i:])
			switch {
			case isLetterish(prev) && isLetterish(next):
				out = script.ZWNJ
			case r != 0x00AC:
				out = mapRemove
			}
		case r == script.ZWJ:
			// A ZWJ between Arabic letters is a mistyped ZWNJ; next to one it
			// is noise. Elsewhere (emoji sequences, Indic scripts) it has a
			// job and stays.
			next := nextVisible(seg[i:])
			switch {
			case isLetterish(prev) && isLetterish(next):
				out = script.ZWNJ
			case isLetterish(prev) || isLetterish(next):
				out = mapRemove
			}
		case isUnicodeSpace(r):
			out = ' '
		case isBidiControl(r):
			if !n.cfg.keepBidi {
				out = mapRemove
			}
		case isPresentationForm(r):
			if fold := presentationFolds()[r-0xFB50]; fold != "" {
				if fr, fsize := utf8.DecodeRuneInString(fold); fsize == len(fold) && hamzaComposite(fr) != 0 {
					if h := hamzaAbove(seg, i); h >= 0 {
						o := len(dst)
						dst, prev = n.appendHamzaComposite(dst, hamzaComposite(fr), seg[i:h])
						if rec != nil {
							rec.mapped = append(rec.mapped, edit{i - size, h + 2, o, len(dst)})
						}
						prevInvalid = false
						i = h + 2
						continue
					}
				}
				before := len(dst)
				wasInvalid := prevInvalid
				for _, fr := range fold {
					if fr >= 0x0600 && fr <= 0x06FF {
						if m := letters[fr-0x0600]; m != mapKeep {
							fr = m
						}
					}
					if fr != mapRemove {
						dst = utf8.AppendRune(dst, fr)
						prev, prevInvalid = fr, false
					}
				}
				if len(dst) == before && wasInvalid {
					dst = append(dst, raw...) // see the mapRemove case below
					prev, prevInvalid = r, false
				}
				if rec != nil && len(dst)-before != size {
					if sp := bytes.IndexByte(dst[before:], ' '); sp > 0 {
						// A ligature of words (ﷺ): the form maps to the
						// first, and the others are inserted after it, so
						// that the tokens of the words do not overlap.
						rec.mapped = append(rec.mapped, edit{i - size, i, before, before + sp}, edit{i, i, before + sp, len(dst)})
					} else {
						rec.mapped = append(rec.mapped, edit{i - size, i, before, len(dst)})
					}
				}
				continue
			}
		}
		switch {
		case out == r:
			dst = append(dst, raw...)
		case out == mapRemove:
			if !prevInvalid {
				if rec != nil {
					rec.mapped = append(rec.mapped, edit{i - size, i, len(dst), len(dst)})
				}
				continue
			}
			// Removing it would put an invalid byte next to whatever
			// follows, which could fuse them into a valid rune.
			dst = append(dst, raw...)
			out = r
		default:
			o := len(dst)
			dst = utf8.AppendRune(dst, out)
			if rec != nil && len(dst)-o != size {
				rec.mapped = appendMapped(rec.mapped, edit{i - size, i, o, len(dst)}, dst)
			}
		}
		if !isInvisible(out) {
			prev = out
		}
		prevInvalid = false
	}
	return dst, spans
}

// appendMapped appends the edit e of mapRunes to edits. A run of Unicode
// spaces is one edit, like a run of U+0020 collapsed by shape, so that a
// long indentation of no-break spaces costs one edit, not one per space.
func appendMapped(edits []edit, e edit, dst []byte) []edit {
	if k := len(edits) - 1; k >= 0 && edits[k].in1 == e.in0 && edits[k].out1 == e.out0 &&
		onlySpaces(dst[e.out0:e.out1]) && edits[k].out0 < edits[k].out1 && onlySpaces(dst[edits[k].out0:edits[k].out1]) {
		edits[k].in1, edits[k].out1 = e.in1, e.out1
		return edits
	}
	return append(edits, e)
}

// isLetterish reports whether r is an Arabic-script letter, as a base
// letter or a presentation form.
func isLetterish(r rune) bool {
	return script.IsLetter(r) || isPresentationForm(r) && unicode.IsLetter(r)
}

// isInvisible reports whether r is one of the invisible characters that
// the character pass removes or turns into a ZWNJ, or a ZWNJ.
func isInvisible(r rune) bool {
	return r >= 0x200B && r <= 0x200F || r == 0x00AD || r == 0x0640 || r == 0x061C || isBidiControl(r)
}

// nextVisible returns the first rune of s that is neither invisible nor a
// combining mark (which may be removed), or -1.
func nextVisible(s []byte) rune {
	for len(s) > 0 {
		r, size := utf8.DecodeRune(s)
		if !isInvisible(r) && !isArabicMark(r) && !(r >= 0xFE70 && r <= 0xFE7F && r != 0xFE75) {
			return r
		}
		s = s[size:]
	}
	return -1
}

// A letter that the table maps, followed by U+0654 ARABIC HAMZA ABOVE, may
// be the decomposed form of a letter that Persian keeps: ي + U+0654 is
// canonically equivalent to ئ (text from NFD sources writes it so). Mapping
// the ي on its own would turn ئ into یٔ, a different letter; the pair is
// mapped as the letter it composes to instead.

// hamzaComposite returns the letter that r followed by U+0654 composes to
// (NFC), for the letters that the table maps, or 0.
func hamzaComposite(r rune) rune {
	switch r {
	case 0x064A: // ي + ٔ = ئ
		return 0x0626
	case 0x06D5: // ە + ٔ = ۀ
		return 0x06C0
	case 0x06C1: // ہ + ٔ = ۂ
		return 0x06C2
	}
	return 0
}

// hamzaAbove returns the index in seg of a U+0654 that composes with the
// letter just before seg[i:], or -1. As in NFC, combining marks of a
// lower class (harakat, shadda, sukun, hamza below) may stand between
// them; anything else blocks the composition.
func hamzaAbove(seg []byte, i int) int {
	for i+1 < len(seg) && seg[i] == 0xD9 {
		if seg[i+1] == 0x94 {
			return i
		}
		ccc := norm.NFC.Properties(seg[i:]).CCC()
		if ccc == 0 || ccc >= 230 {
			return -1
		}
		i += 2
	}
	return -1
}

// appendHamzaComposite appends the letter comp, mapped by the table, and
// the marks that stood between its letter and its hamza, mapped too. It
// returns dst and the last rune written.
func (n *Normalizer) appendHamzaComposite(dst []byte, comp rune, marks []byte) ([]byte, rune) {
	prev := comp
	if m := n.letters[comp-0x0600]; m != mapKeep {
		prev = m
	}
	dst = utf8.AppendRune(dst, prev)
	for len(marks) > 0 {
		r, size := utf8.DecodeRune(marks)
		marks = marks[size:]
		out := r
		if m := n.letters[r-0x0600]; m != mapKeep {
			out = m
		}
		if out != mapRemove {
			dst = utf8.AppendRune(dst, out)
			prev = out
		}
	}
	return dst, prev
}
