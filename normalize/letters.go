package normalize

import (
	"sync"

	"github.com/persiantext/persian/internal/script"
	"golang.org/x/text/unicode/norm"
)

// Letter decisions of the default profile. Each lookalike is mapped to the
// letter a Persian reader and keyboard expect; letters that Persian spelling
// itself uses are kept, because changing them is a spelling change and not a
// normalization.
//
//	ي U+064A Arabic yeh            → ی U+06CC  Persian writes one yeh, without dots in final form
//	ى U+0649 alef maksura          → ی         موسى, مصطفى are written موسی, مصطفی in Persian
//	ۍ U+06CD, ې U+06D0 yeh forms   → ی         Pashto/Uyghur letters that only appear by mistake
//	ك U+0643 Arabic kaf, ڪ U+06AA  → ک U+06A9
//	ہ U+06C1 (Urdu), ھ U+06BE,     → ه U+0647  the Urdu and Kurdish heh variants look like ه
//	ە U+06D5 (Kurdish), ۿ U+06FF
//	ۂ U+06C2                       → ۀ U+06C0
//	ۃ U+06C3                       → ة U+0629
//	ٱ U+0671 alef wasla            → ا U+0627  a Quranic sign with no role in Persian prose
//	ـ U+0640 tatweel               removed    it only stretches a joint
//
// Kept by default, each for a reason:
//
//	ة  teh marbuta: Persian keeps it in Arabic phrases (دایرةالمعارف); whether a
//	   word wants ه or ت is a spelling decision that needs a dictionary.
//	ۀ  heh with yeh above: the ezafe after a silent heh (خانهٔ من) that the
//	   Academy of Persian Language and Literature recommends; ه + U+0654
//	   (هٔ) is also kept, as both spellings are correct.
//	أ  alef with hamza above: part of Persian spelling (تأثیر, مسأله).
//	إ  alef with hamza below: appears in Arabic names and phrases; Persian
//	   spelling writes ا, but the change belongs to the writer.
//	ؤ  waw with hamza: part of Persian spelling (مؤسسه, مؤثر).
//	ئ  yeh with hamza: part of Persian spelling (مسئله, پائیز). Written
//	   decomposed, as ي + U+0654, it is kept as ئ too, not mapped to یٔ;
//	   likewise ە or ہ + U+0654 becomes ۀ (see hamzaComposite).
//	ء  hamza: a letter of its own (جزء, شیء).
//
// The Search profile folds all of these (see Search).

const (
	mapKeep   = -1 // the rune stays as written
	mapRemove = 0  // the rune is removed
)

// arabicMap returns the letter table of a configuration for U+0600–U+06FF:
// for each rune, mapKeep, mapRemove, or the rune it becomes.
func arabicMap(c *config) *[256]rune {
	var m [256]rune
	for i := range m {
		m[i] = mapKeep
	}
	set := func(r, to rune) { m[r-0x0600] = to }
	fold := script.Fold
	if c.search {
		fold = script.FoldSearch
	}
	for i := range m {
		if r := rune(0x0600 + i); fold(r) != r {
			set(r, fold(r))
		}
	}
	set(0x0640, mapRemove) // tatweel
	if !c.keepBidi {
		set(0x061C, mapRemove) // ARABIC LETTER MARK
	}
	if c.removeDiacritic {
		for r := rune(0x064B); r <= 0x0652; r++ {
			set(r, mapRemove)
		}
		set(0x0670, mapRemove)
	}
	if c.search {
		for _, r := range []rune{0x0653, 0x0654, 0x0655} {
			set(r, mapRemove)
		}
	}
	return &m
}

// isPresentationForm reports whether r lies in the Arabic Presentation
// Forms-A (U+FB50–U+FDFF) or -B (U+FE70–U+FEFF) blocks.
func isPresentationForm(r rune) bool {
	return r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFE
}

// presentationFolds holds, for each presentation form, its NFKC
// decomposition: the base letters (lam-alef ligatures become ل + ا, the
// word ligatures ﷲ ﷺ ﷼ spell their words out). An isolated harakat form
// such as U+FE70 decomposes to a space and the mark; the space is dropped so
// that the mark is kept without inventing a word gap. An empty string means
// the form has no decomposition and stays as written. The table is built
// once, on first use, and never changes.
var presentationFolds = sync.OnceValue(func() []string {
	const n = 0xFEFF - 0xFB50
	folds := make([]string, n)
	for r := rune(0xFB50); r < 0xFEFF; r++ {
		if !isPresentationForm(r) {
			continue
		}
		s := norm.NFKC.String(string(r))
		if s == string(r) {
			continue
		}
		if len(s) > 1 && s[0] == ' ' {
			s = s[1:]
		}
		folds[r-0xFB50] = s
	}
	return folds
})

// isBidiControl reports whether r is one of the directional formatting
// characters removed by default. U+061C (ALM) is handled by the letter
// table.
func isBidiControl(r rune) bool {
	return r == 0x200E || r == 0x200F || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// isUnicodeSpace reports whether r is a space character other than U+0020
// that becomes U+0020. Tab is not among them: it is kept as a separator.
func isUnicodeSpace(r rune) bool {
	switch r {
	case 0x00A0, 0x1680, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// isSpaceRune reports whether r is U+0020 or a space that becomes one.
func isSpaceRune(r rune) bool {
	return r == ' ' || isUnicodeSpace(r)
}

// isArabicBlock reports whether r is in the Arabic block or its
// presentation forms: the neighbourhood in which a ZWJ is a misused ZWNJ.
func isArabicBlock(r rune) bool {
	return r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F || isPresentationForm(r)
}

// isArabicMark reports whether r is an Arabic combining mark (harakat,
// tanvin, shadda, sukun, hamza above/below, superscript alef and the small
// Quranic marks). Marks sit on the letter before them.
func isArabicMark(r rune) bool { return script.IsMark(r) }
