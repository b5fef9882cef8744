package zwnj

import (
	"bytes"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/lexicon"
	"github.com/persiantext/persian/internal/script"
)

// joinAction decides whether the space between unit [i, j) and unit [j, k)
// of r goes: the two must form one word. It also says what the decision
// rests on (see editClass), which decides whether a segment's level of
// evidence allows it. It depends on the keys alone, so that the repair of
// its own output joins nothing more.
func (z *Repairer) joinAction(r *wordRun, i, j, k int) (gapAction, editClass) {
	if !r.pieces[j-1].letterAtEnd || !r.pieces[j].letterAtStart {
		return keepGap, 0
	}
	lu := r.letters(i, j)
	if lu+r.letters(j, k) > maxUnitLetters {
		return keepGap, 0
	}
	uk, vk := r.key(i, j), r.key(j, k)
	var ub, vb wordAnalysis
	ua := z.unitAnalysis(r, i, j, &ub)
	va := z.unitAnalysis(r, j, k, &vb)
	vSuffix, vIsSuffix := r.suffixWord(j, k)
	if !worthJoining(uk, vIsSuffix, ua, va) {
		return keepGap, 0
	}
	ck := r.key(i, k)
	if z.isException(ck) || z.isException(uk) || z.isException(vk) {
		return keepGap, 0
	}
	whole, known := z.lookup(ck)
	if known && whole.Spaced > whole.Joined {
		return keepGap, 0 // the corpus writes these as two words
	}
	last := lastRune(uk)
	joins := script.IsJoiningLetter(last)
	join := keepGap
	if joins {
		join = zwnjGap
	}
	// a suffix written apart: کتاب ها، بزرگ ترین، رفته اند، پربازدید ها
	if kind, ok := vSuffix, vIsSuffix; ok {
		// A suffix is no host: «ها ها» is a word said twice.
		if _, uSuffix := r.suffixWord(i, j); uSuffix {
			return keepGap, 0
		}
		h := ua
		// A plural after a comparative that was itself written apart
		// (بزرگ ترین ها): the comparative is the host.
		chain := kind == pluralSuffix && j-1 > i && r.pieces[j-1].apart && r.pieces[j-1].apartKind == comparativeSuffix
		if !h.known && !chain {
			return keepGap, 0
		}
		switch kind {
		case pluralSuffix:
			if chain {
				return join, editFirm
			}
			// A lone ها after a word is the plural suffix, after an
			// adjective used as a noun too (پربازدید ها).
			if !pluralHost(h.tags) && h.tags&lexicon.Adjective == 0 {
				return keepGap, 0
			}
			if !joins {
				return deleteGap, editFirm
			}
			return zwnjGap, editFirm
		case comparativeSuffix:
			// تر alone is also the adjective "wet"; ترین and تری are
			// never words of their own.
			if h.tags&lexicon.Adjective == 0 && (len(vk) == len("تر") || h.tags&(lexicon.Verb|lexicon.Function) != 0) {
				return keepGap, 0
			}
			if !joins {
				return deleteGap, editFirm
			}
			return zwnjGap, editFirm
		case alefClitic:
			// A host of two letters written apart is more often the name
			// of a Latin letter (بی ای، تی ام) than a word with a clitic.
			if isParticle(uk) || !joins || lu < 3 {
				return keepGap, 0
			}
			// اند، ایم and اید are never words of their own; ای is also
			// the vocative, so it joins only a host ending in ه or ی.
			if last != letterHeh && last != letterYeh && !bytes.Equal(vk, cliticAnd) && !bytes.Equal(vk, cliticIm) && !bytes.Equal(vk, cliticId) {
				return keepGap, 0
			}
			return zwnjGap, editFirm
		case pronounClitic:
			if last != letterHeh && last != letterYeh || isParticle(uk) {
				return keepGap, 0
			}
			return zwnjGap, editFirm
		case gluedSuffix: // یی, and the ezafe ی: never words of their own
			// After a silent ه both are written apart: گوشه‌یی، خانه‌ی من.
			if last == letterHeh && !isParticle(uk) {
				return zwnjGap, editFirm
			}
			if !joins && len(vk) > len("ی") {
				return deleteGap, editFirm
			}
		}
		return keepGap, 0
	}
	// a prefix written apart: می کنیم، نمی دانند، بی آنکه
	jb := uint32(1) << (lu - 1)
	if bytes.Equal(uk, prefixMi) || bytes.Equal(uk, prefixNami) {
		if known && whole.Mask&jb != 0 {
			return zwnjGap, editFirm
		}
		if v := va; v.known && v.tags&lexicon.Verb != 0 || !v.known && looksLikeVerb(vk) {
			return zwnjGap, editFirm
		}
		return keepGap, 0
	}
	if bytes.Equal(uk, prefixBi) {
		if known && whole.Mask&jb != 0 {
			return zwnjGap, editStrong
		}
		if v := va; v.known && v.tags&lexicon.Verb == 0 && utf8.RuneCount(vk) >= 3 {
			return zwnjGap, editStrong
		}
		return keepGap, 0
	}
	// A preposition before a word is a phrase, whatever a corpus's habit:
	// the standard writes به زودی، به خوبی apart. Only a part that cannot
	// stand alone joins it.
	if adpositionOnly(ua.tags) && known && whole.Mask&jb != 0 && va.known && va.tags&lexicon.Bound == 0 {
		return keepGap, 0
	}
	// a bound second part of compounds written apart after a noun or an
	// adjective: آزار دهنده، علاقه مند، شگفت انگیز. The corpus seldom writes
	// such a part as a word of its own.
	if va.tags&lexicon.Bound != 0 && joins && boundHost(ua) {
		return zwnjGap, editBound
	}
	// a compound of the lexicon one of whose parts is no word on its own:
	// بین المللی، گفت وگو، خیال پرداز. A part that the corpus merely
	// never wrote alone (جمهور) may be a word all the same: careful text
	// keeps such a compound apart.
	if known && whole.Mask&jb != 0 {
		if !ua.known || !va.known || va.tags&lexicon.Bound != 0 {
			return join, editBound
		}
		if unseenSecondPart(uk, vk, ua, va, &whole) {
			return join, editStrong
		}
	}
	// a compound the corpus writes as one word more often than as two, or
	// such a compound with a suffix (گفت وگوهایی). Two words that are each
	// a word on their own are not joined on a guess.
	if known {
		if fromEntry(&whole).strong&jb != 0 {
			return join, editStrong
		}
	} else if !va.known {
		if a := z.analyze(ck, 0); a.strong&jb != 0 {
			return join, editStrong
		}
	}
	// an agent or action noun of a present stem that the corpus never
	// wrote alone, after a noun or an adjective: نظریه پردازان، بستنی
	// فروشی، زمینه سازان
	if joins && boundHost(ua) && va.freq == 0 && z.stemDerivative(vk) {
		return zwnjGap, editWeak
	}
	// a compound of the lexicon whose parts are words of their own
	// (آتش نشانی، راه حل): where the segment shows lost ZWNJs only. A
	// function word (به زودی) or a past participle (اعلام شده، تضمین
	// شده) makes a phrase of two words as often as a compound.
	if known && whole.Mask&jb != 0 && whole.Spaced == 0 && ua.tags&lexicon.Function == 0 && va.tags&lexicon.Function == 0 && !z.pastParticiple(vk) {
		return join, editWeak
	}
	return keepGap, 0
}

// unseenSecondPart reports whether vk, the second part of the compound
// whole of the lexicon, is as good as no word on its own: the corpus never
// wrote it alone, nor the compound apart, and Lilak has it as no noun or as
// a productive second part (خیال پرداز، سوزن دوزی). The first part must be
// no function word (یک ذره), and no word said twice (پاره پاره).
func unseenSecondPart(uk, vk []byte, ua, va *wordAnalysis, whole *lexicon.Entry) bool {
	return va.freq == 0 && whole.Spaced == 0 && ua.tags&lexicon.Function == 0 && !bytes.Equal(uk, vk) &&
		(va.tags&lexicon.Noun == 0 || va.tags&lexicon.Tail != 0)
}

// boundHost reports whether a word with analysis a may come before a bound
// second part of compounds: a known noun, adjective or adverb that is no
// verb and no function word.
func boundHost(a *wordAnalysis) bool {
	return a.known && a.tags&(lexicon.Noun|lexicon.Adjective|lexicon.Adverb) != 0 && a.tags&(lexicon.Verb|lexicon.Function) == 0
}

// worthJoining is a cheap filter: the right word may be a suffix
// (vIsSuffix), the left one a prefix, or the left one the first part of a
// word with a ZWNJ.
func worthJoining(uk []byte, vIsSuffix bool, ua, va *wordAnalysis) bool {
	if vIsSuffix || ua.tags&lexicon.Head != 0 || va.tags&lexicon.Bound != 0 {
		return true
	}
	return isPrefixWord(uk)
}

// stemDerivatives are the endings that make nouns and adjectives of a
// present stem (پرداز → پردازان، فروش → فروشی).
var stemDerivatives = [][]byte{nil, []byte("ی"), []byte("ان"), []byte("ها"), []byte("های"), []byte("هایی")}

// stemDerivative reports whether w is the present stem of a simple verb,
// of two to five letters, or one with an ending of stemDerivatives. The
// stem of a compound verb (بارگذار) makes a word of its own (بارگذاری),
// which stands apart after a noun: در حال بارگذاری.
func (z *Repairer) stemDerivative(w []byte) bool {
	for _, end := range stemDerivatives {
		stem, ok := bytes.CutSuffix(w, end)
		if n := utf8.RuneCount(stem); !ok || n < 2 || n > 5 {
			continue
		}
		if e, ok := z.lex.Lookup(stem); ok && e.Tags&lexicon.PresentStem != 0 {
			return true
		}
	}
	return false
}

// pastParticiple reports whether w is the past participle of a verb: a
// past stem and ه (شده، کرده، یافته).
func (z *Repairer) pastParticiple(w []byte) bool {
	stem, ok := bytes.CutSuffix(w, []byte("ه"))
	if !ok || len(stem) < 4 {
		return false
	}
	e, ok := z.lex.Lookup(stem)
	return ok && e.Tags&lexicon.PastStem != 0
}

// adpositionOnly reports whether a word with tags t is a preposition and
// no noun, adjective or verb (به، با، از), so that it heads no compound.
func adpositionOnly(t lexicon.Tag) bool {
	return t&lexicon.Adposition != 0 && t&(lexicon.Noun|lexicon.Adjective|lexicon.Verb|lexicon.Adverb) == 0
}
