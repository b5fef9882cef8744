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
	tags   lexicon.Tag
	style  lexicon.PluralStyle
}

type suffixKind uint8

const (
	pluralSuffix      suffixKind = iota // ها های هایی ...: a ZWNJ after ه, and after other joining letters as the corpus writes the host
	comparativeSuffix                   // تر ترین: a ZWNJ after a joining letter
	alefClitic                          // ای ام ات اش ایم اید اند: a ZWNJ after silent ه or ی
	pronounClitic                       // مان تان شان: a ZWNJ after silent ه
	gluedSuffix                         // ان ی یی ...: glued, the host keeps its own ZWNJs
)

// A zwnjSuffix is a suffix and the rule that joins it to its host.
type zwnjSuffix struct {
	s    []byte
	kind suffixKind
}

// zwnjSuffixes, longest first within each family. The table follows the
// Academy of Persian Language and Literature's guidance (دستور خط فارسی):
// the plural ها and the comparative تر/ترین are written apart from the
// word with a ZWNJ, and clitics starting with alef are written apart after
// a silent ه (خانه‌ام، رفته‌اند).
var zwnjSuffixes = []zwnjSuffix{
	{[]byte("هایشان"), pluralSuffix}, {[]byte("هایتان"), pluralSuffix}, {[]byte("هایمان"), pluralSuffix},
	{[]byte("هایی"), pluralSuffix}, {[]byte("هایم"), pluralSuffix}, {[]byte("هایت"), pluralSuffix},
	{[]byte("هایش"), pluralSuffix}, {[]byte("هاست"), pluralSuffix}, {[]byte("های"), pluralSuffix},
	{[]byte("ها"), pluralSuffix},
	{[]byte("ترین"), comparativeSuffix}, {[]byte("تری"), comparativeSuffix}, {[]byte("تر"), comparativeSuffix},
	{[]byte("ایم"), alefClitic}, {[]byte("اید"), alefClitic}, {[]byte("اند"), alefClitic},
	{[]byte("ای"), alefClitic}, {[]byte("ام"), alefClitic}, {[]byte("ات"), alefClitic}, {[]byte("اش"), alefClitic},
	{[]byte("شان"), pronounClitic}, {[]byte("تان"), pronounClitic}, {[]byte("مان"), pronounClitic},
	{[]byte("یی"), gluedSuffix}, {[]byte("ان"), gluedSuffix}, {[]byte("ی"), gluedSuffix},
	{[]byte("ش"), gluedSuffix}, {[]byte("م"), gluedSuffix}, {[]byte("ت"), gluedSuffix},
}

// suffixesByLastByte indexes zwnjSuffixes by their last byte, in table order.
var suffixesByLastByte = func() (t [256][]zwnjSuffix) {
	for _, sf := range zwnjSuffixes {
		b := sf.s[len(sf.s)-1]
		t[b] = append(t[b], sf)
	}
	return t
}()

var (
	prefixMi   = []byte("می")
	prefixNami = []byte("نمی")
	prefixBi   = []byte("بی")
)

const (
	letterHeh = 'ه'
	letterYeh = 'ی'
)

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

// joinedComparative reports whether the comparative of host is written
// joined: بهتر، بیشتر، کمتر، کهتر، مهتر.
func joinedComparative(host []byte) bool {
	for _, h := range lexicon.JoinedComparatives {
		if string(host) == h {
			return true
		}
	}
	return false
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

// preverbs are the verbal prefixes that come before می and نمی, glued:
// بر، در، فرو، فرا، باز، وا. Each ends in a letter that does not join.
var preverbs = [][]byte{[]byte("فرو"), []byte("فرا"), []byte("باز"), []byte("بر"), []byte("در"), []byte("وا")}

// preverbOf returns the preverb that key starts with, when می or نمی
// follows it, or nil.
func preverbOf(key []byte) []byte {
	for _, p := range preverbs {
		if bytes.HasPrefix(key, p) {
			if r := key[len(p):]; bytes.HasPrefix(r, prefixMi) || bytes.HasPrefix(r, prefixNami) {
				return p
			}
		}
	}
	return nil
}

// joinAction decides whether the space between unit [i, j) and unit [j, k)
// of r goes: the two must form one word. It depends on the keys alone, so
// that the repair of its own output joins nothing more.
func (z *Repairer) joinAction(r *wordRun, i, j, k int) gapAction {
	if !r.pieces[j-1].letterAtEnd || !r.pieces[j].letterAtStart {
		return keepGap
	}
	lu := r.letters(i, j)
	if lu+r.letters(j, k) > maxUnitLetters {
		return keepGap
	}
	uk, vk := r.key(i, j), r.key(j, k)
	var ub, vb wordAnalysis
	ua := z.unitAnalysis(r, i, j, &ub)
	va := z.unitAnalysis(r, j, k, &vb)
	vSuffix, vIsSuffix := r.suffixWord(j, k)
	if !worthJoining(uk, vIsSuffix, ua, va) {
		return keepGap
	}
	ck := r.key(i, k)
	if z.isException(ck) || z.isException(uk) || z.isException(vk) {
		return keepGap
	}
	whole, known := z.lookup(ck)
	if known && whole.Spaced > whole.Joined {
		return keepGap // the corpus writes these as two words
	}
	last := lastRune(uk)
	joins := script.IsJoiningLetter(last)
	join := keepGap
	if joins {
		join = zwnjGap
	}
	// a suffix written apart: کتاب ها، بزرگ ترین، رفته اند، پربازدید ها
	if kind, ok := vSuffix, vIsSuffix; ok {
		h := ua
		if !h.known {
			return keepGap
		}
		switch kind {
		case pluralSuffix:
			// A lone ها after a word is the plural suffix, after an
			// adjective used as a noun too (پربازدید ها).
			if !pluralHost(h.tags) && h.tags&lexicon.Adjective == 0 {
				return keepGap
			}
			if !joins {
				return deleteGap
			}
			return zwnjGap
		case comparativeSuffix:
			// تر alone is also the adjective "wet"; ترین and تری are
			// never words of their own.
			if h.tags&lexicon.Adjective == 0 && (len(vk) == len("تر") || h.tags&(lexicon.Verb|lexicon.Function) != 0) {
				return keepGap
			}
			if !joins {
				return deleteGap
			}
			return zwnjGap
		case alefClitic:
			// A host of two letters written apart is more often the name
			// of a Latin letter (بی ای، تی ام) than a word with a clitic.
			if isParticle(uk) || !joins || lu < 3 {
				return keepGap
			}
			// اند، ایم and اید are never words of their own; ای is also
			// the vocative, so it joins only a host ending in ه or ی.
			if last != letterHeh && last != letterYeh && !bytes.Equal(vk, cliticAnd) && !bytes.Equal(vk, cliticIm) && !bytes.Equal(vk, cliticId) {
				return keepGap
			}
			return zwnjGap
		case pronounClitic:
			if last != letterHeh && last != letterYeh || isParticle(uk) {
				return keepGap
			}
			return zwnjGap
		case gluedSuffix: // یی, never a word of its own
			if last == letterHeh && !isParticle(uk) {
				return zwnjGap
			}
			if !joins {
				return deleteGap
			}
		}
		return keepGap
	}
	// a prefix written apart: می کنیم، نمی دانند، بی آنکه
	jb := uint32(1) << (lu - 1)
	if bytes.Equal(uk, prefixMi) || bytes.Equal(uk, prefixNami) {
		if known && whole.Mask&jb != 0 {
			return zwnjGap
		}
		if v := va; v.known && v.tags&lexicon.Verb != 0 || !v.known && looksLikeVerb(vk) {
			return zwnjGap
		}
		return keepGap
	}
	if bytes.Equal(uk, prefixBi) {
		if known && whole.Mask&jb != 0 {
			return zwnjGap
		}
		if v := va; v.known && v.tags&lexicon.Verb == 0 && utf8.RuneCount(vk) >= 3 {
			return zwnjGap
		}
		return keepGap
	}
	// a bound second part of compounds written apart after a noun or an
	// adjective: آزار دهنده، علاقه مند، شگفت انگیز. The corpus seldom writes
	// such a part as a word of its own.
	if va.tags&lexicon.Bound != 0 && joins && boundHost(ua) {
		return zwnjGap
	}
	// a compound of the lexicon one of whose parts is no word on its own:
	// بین المللی، گفت وگو، خیال پرداز
	if known && whole.Mask&jb != 0 && (!ua.known || !va.known || va.tags&lexicon.Bound != 0 || unseenSecondPart(uk, vk, ua, va, &whole)) {
		return join
	}
	// a compound the corpus writes as one word more often than as two, or
	// such a compound with a suffix (گفت وگوهایی). Two words that are each
	// a word on their own are not joined on a guess.
	if known {
		if fromEntry(&whole).strong&jb != 0 {
			return join
		}
	} else if !va.known {
		if a := z.analyze(ck, 0); a.strong&jb != 0 {
			return join
		}
	}
	return keepGap
}

// unseenSecondPart reports whether vk, the second part of the compound
// whole of the lexicon, is as good as no word on its own: the corpus never
// wrote it alone, nor the compound apart, and Lilak has it as no noun or as
// a productive second part (خیال پرداز، سوزن دوزی). The first part must be
// no function word (یک ذره), and no word said twice (پاره پاره). (Five-fold
// cross-validation: allowing nouns too found 81 more ZWNJs for 7 wrong.)
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

// suffixWord reports whether key is one of the suffixes that may be
// written apart from their host. It runs for every word of the text, so it
// compares whole keys as integers rather than byte by byte.
func suffixWord(key []byte) (suffixKind, bool) {
	if len(key) < 4 || len(key) > 12 {
		return 0, false
	}
	// every suffix written apart starts with ا ت ش م ه or ی (UTF-8 D8A7 D8AA D8B4 D985 D987 DB8C)
	if c := key[1]; !(key[0] == 0xD8 && (c == 0xA7 || c == 0xAA || c == 0xB4) || key[0] == 0xD9 && (c == 0x85 || c == 0x87) || key[0] == 0xDB && c == 0x8C) {
		return 0, false
	}
	if bytes.Equal(key, suffixYi) {
		return gluedSuffix, true
	}
	if len(key) > 8 {
		for _, sf := range apartSuffixesByLen[len(key)] {
			if bytes.Equal(key, sf.s) {
				return sf.kind, true
			}
		}
		return 0, false
	}
	v := packKey(key)
	for _, sf := range apartSuffixesByLen[len(key)] {
		if sf.packed == v {
			return sf.kind, true
		}
	}
	return 0, false
}

// An apartSuffix is a suffix that may be written apart, with its bytes
// packed into an integer when it has at most eight.
type apartSuffix struct {
	zwnjSuffix
	packed uint64
}

// apartSuffixesByLen indexes the suffixes of zwnjSuffixes that may be
// written apart by their length in bytes.
var apartSuffixesByLen = func() (t [13][]apartSuffix) {
	for _, sf := range zwnjSuffixes {
		if sf.kind == gluedSuffix {
			continue
		}
		a := apartSuffix{zwnjSuffix: sf}
		if len(sf.s) <= 8 {
			a.packed = packKey(sf.s)
		}
		t[len(sf.s)] = append(t[len(sf.s)], a)
	}
	return t
}()

// packKey packs a key of at most eight bytes into an integer.
func packKey(b []byte) uint64 {
	var v uint64
	for i, c := range b {
		v |= uint64(c) << (8 * i)
	}
	return v
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

// isPrefixWord reports whether key is one of the prefixes می، نمی، بی.
func isPrefixWord(key []byte) bool {
	return len(key) <= len(prefixNami) && (bytes.Equal(key, prefixMi) || bytes.Equal(key, prefixNami) || bytes.Equal(key, prefixBi))
}

var (
	suffixYi  = []byte("یی")
	cliticEy  = []byte("ای")
	cliticAnd = []byte("اند")
	cliticIm  = []byte("ایم")
	cliticId  = []byte("اید")
)

// verbEndings are the personal endings that close a present or past verb
// form: -م، -د، -یم، -ید، -ند (the ending -ی is left out: too many nouns end
// in it).
var verbEndings = [][]byte{[]byte("ند"), []byte("یم"), []byte("ید"), []byte("م"), []byte("د")}

// looksLikeVerb reports whether a word unknown to the lexicon, written
// apart after the prefix می or نمی, ends like a verb and is long enough to
// be one.
func looksLikeVerb(w []byte) bool {
	if utf8.RuneCount(w) < 3 {
		return false
	}
	for _, e := range verbEndings {
		if bytes.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// cliticlessParticles are the particles ending in ه that never take a clitic: به، که، نه، چه.
var cliticlessParticles = [][]byte{[]byte("به"), []byte("که"), []byte("نه"), []byte("چه")}

func isParticle(host []byte) bool {
	for _, p := range cliticlessParticles {
		if bytes.Equal(host, p) {
			return true
		}
	}
	return false
}

// lastRune returns the last rune of a key.
func lastRune(b []byte) rune {
	r, _ := script.DecodeLastRune(b)
	return r
}
