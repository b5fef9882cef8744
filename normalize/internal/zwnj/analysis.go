package zwnj

import (
	"bytes"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/lexicon"
	"github.com/persiantext/persian/internal/script"
)

// wordAnalysis is what the repair concludes about one key.
type wordAnalysis struct {
	mask   uint32 // gaps that take a ZWNJ when glued
	bound  uint32 // suffix boundaries after a non-joining letter: a space there may go
	strong uint32 // gaps where the evidence is strong enough to turn a space into a ZWNJ
	freq   int32  // corpus count of the word or of its host
	known  bool   // the key is a word: found in the lexicon or analysed
	direct bool   // found in the lexicon as it is
	split  bool   // read as a known word and a productive second part
	// settled: found in the lexicon as a word that the corpus writes with
	// its ZWNJs and never glued (بین‌المللی، اطلاع‌رسانی), so that even a
	// careful writer's glued spelling of it is a slip
	settled bool
	tags    lexicon.Tag
	style   lexicon.PluralStyle
}

// fromEntry is the analysis of a word found in the lexicon.
func fromEntry(e *lexicon.Entry) wordAnalysis {
	var a wordAnalysis
	a.setEntry(e)
	return a
}

// setEntry makes a the analysis of a word found in the lexicon. It writes
// the fields in place: the hot loop fills the analyses of its pieces this
// way rather than copying whole structs.
func (a *wordAnalysis) setEntry(e *lexicon.Entry) {
	a.mask, a.bound, a.strong = e.Mask, 0, 0
	a.freq = int32(e.Glued) + int32(e.Joined) + int32(e.Spaced)
	a.known, a.direct, a.split = true, true, false
	a.settled = e.Glued == 0 && e.Joined >= 2
	a.tags, a.style = e.Tags, e.Plural
	// Two words become one only when the corpus wrote them as one word
	// more often than as two: many compounds of the dictionary («تقسیم‌شده»,
	// «جمعه‌شب») are as often two words in running text.
	// Verb forms (می‌کنیم، رفته‌اند) follow rules, not usage, and are trusted.
	// So is a compound whose family (روزنامه‌نگاران for روزنامه‌نگار) the
	// corpus writes as one word and never apart: most compounds are too
	// rare to have counts of their own.
	if e.Joined >= 2 && e.Joined > e.Spaced || e.Tags&lexicon.Verb != 0 && e.Joined >= e.Spaced || e.Tags&lexicon.JoinedFamily != 0 && e.Joined >= e.Spaced {
		a.strong = e.Mask
	}
}

// analyzeTo stores the analysis of key in a, with a fast path for the
// words of the lexicon.
func (z *Repairer) analyzeTo(a *wordAnalysis, key []byte) {
	if !z.isException(key) {
		if e, ok := z.lookup(key); ok {
			a.setEntry(&e)
			return
		}
	}
	*a = z.analyze(key, 0)
}

// analyze returns what the repair knows about key: a word of the lexicon,
// a known host with suffixes, a prefix (می، نمی، بی) before a known word,
// or a known word with a productive second part. depth bounds the
// recursion through hosts.
func (z *Repairer) analyze(key []byte, depth int) wordAnalysis {
	if z.isException(key) {
		return wordAnalysis{known: true}
	}
	if e, ok := z.lookup(key); ok {
		return fromEntry(&e)
	}
	if depth >= 3 || len(key) < 6 {
		return wordAnalysis{}
	}
	return z.analyzeUnknown(key, depth)
}

// analyzeUnknown analyses a key that is not in the lexicon. It is a
// function of its own so that the common case, a word of the lexicon,
// does not pay for its larger stack frame.
func (z *Repairer) analyzeUnknown(key []byte, depth int) wordAnalysis {
	var best wordAnalysis
	bestScore, secondScore := int32(-1), int32(-1)
	var secondMask uint32
	for _, sf := range suffixesByLastByte[key[len(key)-1]] {
		if !bytes.HasSuffix(key, sf.s) {
			continue
		}
		host := key[:len(key)-len(sf.s)]
		nh := utf8.RuneCount(host)
		if nh < 2 || nh > maxUnitLetters-1 {
			continue
		}
		h := z.analyze(host, depth+1)
		if !h.known {
			continue
		}
		last := lastRune(host)
		joins := script.IsJoiningLetter(last)
		jb := uint32(1) << (nh - 1)
		a := wordAnalysis{mask: h.mask, bound: h.bound, strong: h.strong, known: true, freq: h.freq}
		kind := sf.kind
		if last == letterHeh && bytes.Equal(sf.s, suffixYi) {
			// یی after a silent ه is the indefinite ای in an older
			// spelling, and is written apart like it (گوشه‌یی).
			kind = alefClitic
		}
		if last == letterHeh && bytes.Equal(sf.s, suffixEzafe) && h.tags&(lexicon.Noun|lexicon.Adjective) != 0 && silentHeh(host) {
			// ی glued to a noun or adjective in a silent ه that the
			// lexicon does not know with it (لایحهی): the ezafe, written
			// apart (لایحه‌ی بودجه). A ه that is pronounced takes its ی
			// glued (راهی، سپاهی).
			a.mask |= jb
			a.strong |= jb
			score := h.freq + 1
			if score > bestScore {
				if best.known && best.mask != a.mask {
					secondScore, secondMask = bestScore, best.mask
				}
				best, bestScore = a, score
			} else if a.mask != best.mask && score > secondScore {
				secondScore, secondMask = score, a.mask
			}
			continue
		}
		switch kind {
		case pluralSuffix:
			if !pluralHost(h.tags) {
				continue
			}
			if !joins {
				a.bound |= jb
				a.strong |= jb
				break
			}
			a.strong |= jb
			// The standard writes ها apart after a noun, an adjective, a
			// foreign word or a pronoun: a word whose part of speech
			// Lilak gives. A host the dictionary lacks (a name) is
			// written as the corpus writes it; one written with a ZWNJ
			// of its own (هم‌اندیشی) takes one before ها too.
			if last == letterHeh || standardPluralHost(host, h.tags) || h.style == lexicon.PluralZWNJ || h.style == lexicon.PluralUnknown && h.mask != 0 {
				a.mask |= jb
			}
		case comparativeSuffix:
			if partsOfSpeech(h.tags) != 0 && h.tags&lexicon.Adjective == 0 {
				continue
			}
			if !joins {
				if h.tags&lexicon.Adjective != 0 {
					a.bound |= jb
					a.strong |= jb
				}
				break
			}
			if h.tags&lexicon.Adjective != 0 {
				a.strong |= jb
			}
			// The standard writes تر and ترین apart, except after the
			// few adjectives whose comparatives are written joined
			// (بهتر، بیشتر، کمتر).
			if !joinedComparative(host) {
				a.mask |= jb
			}
		case alefClitic:
			if last != letterHeh && last != letterYeh || isParticle(host) {
				continue
			}
			// the indefinite ای follows a noun or an adjective, never a
			// word that is only a function word (درباره: دربار + های)
			if onlyFunction(h.tags) && bytes.Equal(sf.s, cliticEy) {
				continue
			}
			a.mask |= jb
			a.strong |= jb
		case pronounClitic:
			if isParticle(host) {
				continue
			}
			if last == letterHeh {
				a.mask |= jb
				a.strong |= jb
			} else if h.mask == 0 {
				continue
			}
		case gluedSuffix:
			if !h.direct && !h.split {
				continue
			}
			// A glued suffix after a word of the lexicon without a ZWNJ is
			// a reading that wants no ZWNJ: it competes with the others
			// (کیمیا + ی against کیمی + ای). Only for the whole word: as
			// a host, such a reading would make words of anything
			// (الخ + ی + ام).
			if h.mask == 0 && (!h.direct || depth > 0) {
				continue
			}
		}
		score := h.freq + 1
		if kind == pluralSuffix && joins && h.style == lexicon.PluralUnknown {
			// The corpus never showed this host with a plural: the
			// reading has no evidence of its own (واقع + های against
			// واقعه + ای).
			score = 1
		}
		switch {
		case score > bestScore:
			if best.known && best.mask != a.mask {
				secondScore, secondMask = bestScore, best.mask
			}
			best, bestScore = a, score
		case a.mask != best.mask && score > secondScore:
			secondScore, secondMask = score, a.mask
		}
	}
	// Two readings that place the ZWNJ differently (حرف‌های، حرفه‌ای) are
	// settled by the corpus frequency of their hosts only when one host is
	// clearly more common; otherwise the word is left alone.
	if best.known && (secondScore < 0 || bestScore >= 4*secondScore || best.mask == secondMask) {
		return best
	}
	if best.known {
		return wordAnalysis{known: true}
	}
	if a := z.analyzePrefix(key); a.known {
		return a
	}
	return z.analyzeCompound(key)
}

// analyzeCompound reads an unknown key as a known word followed by a
// productive second part of compounds (آزار + دهنده، فیلم + ساز), the
// longest such part first. Such a reading only adds a ZWNJ to a glued word;
// it never joins two words that stand apart.
func (z *Repairer) analyzeCompound(key []byte) wordAnalysis {
	n := 0
	for p := 0; p < len(key); {
		_, size := script.DecodeRune(key[p:])
		p += size
		n++
		if n < 2 || len(key)-p < 4 {
			continue
		}
		tail, ok := z.lookup(key[p:])
		if !ok || tail.Tags&lexicon.Tail == 0 {
			continue
		}
		head, ok := z.lookup(key[:p])
		if !ok || head.Tags&(lexicon.Noun|lexicon.Adjective|lexicon.Adverb) == 0 || head.Tags&lexicon.Function != 0 {
			continue
		}
		if n+utf8.RuneCount(key[p:]) > maxUnitLetters {
			return wordAnalysis{}
		}
		a := wordAnalysis{mask: head.Mask | tail.Mask<<n, known: true, split: true}
		if last, _ := utf8.DecodeLastRune(key[:p]); script.IsJoiningLetter(last) {
			a.mask |= 1 << (n - 1)
		}
		return a
	}
	return wordAnalysis{}
}

// pluralHost reports whether a word with these tags takes ها: a noun, a
// pronoun, or a word whose part of speech is unknown.
func pluralHost(t lexicon.Tag) bool {
	t = partsOfSpeech(t)
	return t == 0 || t&(lexicon.Noun|lexicon.Plural|lexicon.Function|lexicon.Foreign) != 0
}

// standardPluralHost reports whether the standard writes ها apart after
// host: a noun, an adjective, a foreign word or a plural of the
// dictionary, or one of the pronouns آن، این، همین، همان.
func standardPluralHost(host []byte, t lexicon.Tag) bool {
	if t&(lexicon.Noun|lexicon.Adjective|lexicon.Foreign|lexicon.Plural) != 0 {
		return true
	}
	switch string(host) {
	case "آن", "این", "همین", "همان":
		return true
	}
	return false
}

// partsOfSpeech returns the part-of-speech tags of t, without the tags that
// say how the word takes part in compounds or which verb stem it is.
func partsOfSpeech(t lexicon.Tag) lexicon.Tag {
	return t & lexicon.PartsOfSpeech
}

// onlyFunction reports whether a word with tags t is a function word and
// nothing else.
func onlyFunction(t lexicon.Tag) bool {
	pos := partsOfSpeech(t)
	return pos != 0 && pos&^lexicon.Function == 0
}

// analyzePrefix reads key as می or نمی before a known verb form, or as بی
// before a known noun, adjective or function word (بی‌معنا، بی‌آنکه).
func (z *Repairer) analyzePrefix(key []byte) wordAnalysis {
	var rest []byte
	verb := true
	// A preverb (برمی‌گردد، فرومی‌ریزد) ends in a letter that does not
	// join: it stays glued, and the ZWNJ goes after the می that follows.
	pre := preverbOf(key)
	key = key[len(pre):]
	switch {
	case bytes.HasPrefix(key, prefixNami):
		rest = key[len(prefixNami):]
	case bytes.HasPrefix(key, prefixMi):
		rest = key[len(prefixMi):]
	case bytes.HasPrefix(key, prefixBi) && len(pre) == 0:
		rest, verb = key[len(prefixBi):], false
	default:
		return wordAnalysis{}
	}
	n := utf8.RuneCount(pre) + utf8.RuneCount(key) - utf8.RuneCount(rest)
	if utf8.RuneCount(rest) < 3 {
		return wordAnalysis{}
	}
	e, ok := z.lookup(rest)
	if !ok {
		// A glued word the lexicon lacks is not guessed to be a verb:
		// too many names start with می (میرزاد، میرمحمد).
		return wordAnalysis{}
	}
	if verb && e.Tags&lexicon.Verb == 0 || !verb && (e.Tags&(lexicon.Noun|lexicon.Adjective|lexicon.Function) == 0 || e.Tags&lexicon.Verb != 0) {
		return wordAnalysis{}
	}
	jb := uint32(1) << (n - 1)
	return wordAnalysis{mask: e.Mask<<n | jb, strong: jb, known: true, freq: int32(e.Glued) + int32(e.Joined)}
}

// lastRune returns the last rune of a key.
func lastRune(b []byte) rune {
	r, _ := script.DecodeLastRune(b)
	return r
}

// silentHeh reports whether the ه that ends host is most likely silent
// (the vowel of خانه، لایحه) rather than pronounced (راه، سپاه، توجیه): a
// word of three letters or more whose ه follows a consonant. After ا، و
// or ی, and in short words (مه، ده), ه is mostly a consonant.
func silentHeh(host []byte) bool {
	if utf8.RuneCount(host) < 3 {
		return false
	}
	r, _ := script.DecodeLastRune(host[:len(host)-len("ه")])
	return r != 'ا' && r != 'و' && r != 'ی' && r != 'آ'
}
