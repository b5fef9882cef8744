package script

// Letter folding. Persian text arrives with letters borrowed from the
// Arabic, Urdu, Pashto and Kurdish alphabets that look like Persian ones.
// Fold maps each such lookalike to the Persian letter a reader sees; it is
// the one table that normalize's character pass, the lexicon generator
// and the date parser share. FoldSearch adds the folds of the search
// profile: spellings that are correct but vary (hamza carriers, teh
// marbuta), which a search index wants to treat as one.

// Fold returns the Persian letter that the lookalike r stands for, or r
// itself:
//
//	ي ى ۍ ې → ی   Arabic yeh, alef maksura, Pashto and Uyghur yeh forms
//	ك ڪ     → ک   Arabic kaf, swash kaf
//	ہ ھ ە ۿ → ه   Urdu, Kurdish and other heh forms
//	ۂ       → ۀ   heh goal with hamza, the Urdu form of heh with yeh
//	ۃ       → ة   teh marbuta goal
//	ٱ       → ا   alef wasla, a Quranic sign
//
// Letters that Persian spelling itself uses (ة ۀ أ إ ؤ ئ ء آ) are kept: a
// change there is a spelling change, not a normalization.
func Fold(r rune) rune {
	if r < 0x0600 || r > 0x06FF {
		return r
	}
	if f := foldTable[r-0x0600]; f != 0 {
		return rune(f) + 0x0600
	}
	return r
}

// FoldSearch is Fold plus the folds of the search profile: أ إ آ ٱ → ا,
// ؤ → و, ئ → ی, and ة ۀ ۂ ۃ → ه.
func FoldSearch(r rune) rune {
	if r < 0x0600 || r > 0x06FF {
		return r
	}
	if f := searchFoldTable[r-0x0600]; f != 0 {
		return rune(f) + 0x0600
	}
	return r
}

// The tables hold, for U+0600–U+06FF, the folded rune minus 0x0600, or 0
// for a rune that stays (U+0600 itself is no letter, so 0 is free).
var foldTable, searchFoldTable = foldTables()

func foldTables() (fold, search [256]uint8) {
	set := func(t *[256]uint8, to rune, from ...rune) {
		for _, r := range from {
			t[r-0x0600] = uint8(to - 0x0600)
		}
	}
	set(&fold, 'ی', 'ي', 'ى', 'ۍ', 'ې')
	set(&fold, 'ک', 'ك', 'ڪ')
	set(&fold, 'ه', 'ہ', 'ھ', 'ە', 'ۿ')
	set(&fold, 'ۀ', 'ۂ')
	set(&fold, 'ة', 'ۃ')
	set(&fold, 'ا', 'ٱ')
	search = fold
	set(&search, 'ا', 'أ', 'إ', 'آ', 'ٱ')
	set(&search, 'و', 'ؤ')
	set(&search, 'ی', 'ئ')
	set(&search, 'ه', 'ة', 'ۀ', 'ۂ', 'ۃ')
	return fold, search
}

// IsDiacritic reports whether r is one of the Arabic diacritics that sit
// on a letter and are no part of its spelling: the harakat, tanvin,
// shadda, sukun and the other marks of U+064B–U+065F, and the superscript
// alef U+0670. Keys of the lexicon are written without them.
func IsDiacritic(r rune) bool {
	return r >= 0x064B && r <= 0x065F || r == 0x0670
}

// IsMark reports whether r is an Arabic combining mark: a diacritic, the
// honorific and Quranic signs U+0610–U+061A, and the small Quranic marks
// of U+06D6–U+06ED. A mark belongs to the letter before it.
func IsMark(r rune) bool {
	return r >= 0x0610 && r <= 0x061A || IsDiacritic(r) ||
		r >= 0x06D6 && r <= 0x06DC || r >= 0x06DF && r <= 0x06E4 || r >= 0x06E7 && r <= 0x06E8 ||
		r >= 0x06EA && r <= 0x06ED
}
