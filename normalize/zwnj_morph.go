package normalize

import (
	"bytes"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/lexicon"
	"github.com/persiantext/persian/internal/script"
)

// analysis is what the repair concludes about one key.
type analysis struct {
	mask   uint32 // gaps that take a ZWNJ when glued
	bound  uint32 // suffix boundaries after a non-joining letter: a space there may go
	strong uint32 // gaps where the evidence is strong enough to turn a space into a ZWNJ
	known  bool   // the key is a word: found in the lexicon or analysed
	freq   int    // corpus count of the word or of its host
	tags   lexicon.Tag
	style  lexicon.PluralStyle
}

type suffixKind uint8

const (
	pluralSuffix      suffixKind = iota // ها های هایی ... : a ZWNJ after a joining letter
	comparativeSuffix                   // تر ترین: a ZWNJ after a joining letter
	alefClitic                          // ای ام ات اش ایم اید اند: a ZWNJ after silent ه or ی
	pronounClitic                       // مان تان شان: a ZWNJ after silent ه
	gluedSuffix                         // ان ی یی ...: glued, the host keeps its own ZWNJs
)

// suffixes, longest first within each family. The table follows the
// Academy of Persian Language and Literature's guidance (دستور خط فارسی):
// the plural ها and the comparative تر/ترین are written apart from the
// word with a ZWNJ, and clitics starting with alef are written apart after
// a silent ه (خانه‌ام، رفته‌اند).
var suffixes = []struct {
	s    []byte
	kind suffixKind
}{
	{[]byte("هایشان"), pluralSuffix}, {[]byte("هایتان"), pluralSuffix}, {[]byte("هایمان"), pluralSuffix},
	{[]byte("هایی"), pluralSuffix}, {[]byte("هایم"), pluralSuffix}, {[]byte("هایت"), pluralSuffix},
	{[]byte("هایش"), pluralSuffix}, {[]byte("هاست"), pluralSuffix}, {[]byte("های"), pluralSuffix},
	{[]byte("ها"), pluralSuffix},
	{[]byte("ترین"), comparativeSuffix}, {[]byte("تر"), comparativeSuffix},
	{[]byte("ایم"), alefClitic}, {[]byte("اید"), alefClitic}, {[]byte("اند"), alefClitic},
	{[]byte("ای"), alefClitic}, {[]byte("ام"), alefClitic}, {[]byte("ات"), alefClitic}, {[]byte("اش"), alefClitic},
	{[]byte("شان"), pronounClitic}, {[]byte("تان"), pronounClitic}, {[]byte("مان"), pronounClitic},
	{[]byte("یی"), gluedSuffix}, {[]byte("ان"), gluedSuffix}, {[]byte("ی"), gluedSuffix},
	{[]byte("ش"), gluedSuffix}, {[]byte("م"), gluedSuffix}, {[]byte("ت"), gluedSuffix},
}

// joinStarts are the beginnings of a word that may be a suffix written
// apart: only then is a space before it worth a look.
var joinStarts = [][]byte{[]byte("ها"), []byte("تر"), []byte("ای"), []byte("ام"), []byte("ات"),
	[]byte("اش"), []byte("اند"), []byte("مان"), []byte("تان"), []byte("شان")}

var (
	prefixMi   = []byte("می")
	prefixNami = []byte("نمی")
	prefixBi   = []byte("بی")
)

const (
	heh = 'ه'
	yeh = 'ی'
)

// Policies measured on held-out text (see zwnj_test.go and the report).
const (
	// pluralZWNJByDefault: a plural of a host whose plural style the corpus
	// did not show takes a ZWNJ after a joining letter other than ه.
	pluralZWNJByDefault = true
	// comparativeZWNJ: an unseen comparative takes a ZWNJ after a joining letter.
	comparativeZWNJ = true
)

func fromEntry(e lexicon.Entry) analysis {
	a := analysis{mask: e.Mask, known: true, tags: e.Tags, style: e.Plural,
		freq: int(e.Glued) + int(e.Joined) + int(e.Spaced)}
	if e.Joined > e.Spaced || e.Joined == 0 && e.Spaced == 0 {
		a.strong = e.Mask
	}
	return a
}

// analyze returns what the repair knows about key: a word of the lexicon,
// a known host with suffixes, or a verb with the prefix می or نمی.
func (z *zwnjRepairer) analyze(key []byte, depth int) analysis {
	if z.isException(key) {
		return analysis{known: true}
	}
	if e, ok := z.lookup(key); ok {
		return fromEntry(e)
	}
	if depth >= 2 || len(key) < 6 {
		return analysis{}
	}
	var best analysis
	bestScore := -1
	for _, sf := range suffixes {
		if !bytes.HasSuffix(key, sf.s) {
			continue
		}
		host := key[:len(key)-len(sf.s)]
		nh := utf8.RuneCount(host)
		if nh < 2 || nh > maxLetters-1 {
			continue
		}
		h := z.analyze(host, depth+1)
		if !h.known {
			continue
		}
		last, _ := utf8.DecodeLastRune(host)
		joins := script.IsJoiningLetter(last)
		jb := uint32(1) << (nh - 1)
		a := analysis{mask: h.mask, bound: h.bound, strong: h.strong, known: true, freq: h.freq}
		switch sf.kind {
		case pluralSuffix:
			if h.tags == lexicon.Verb {
				continue
			}
			if !joins {
				a.bound |= jb
				a.strong |= jb
				break
			}
			a.strong |= jb
			if last == heh || h.style == lexicon.PluralZWNJ || h.style == lexicon.PluralUnknown && pluralZWNJByDefault {
				a.mask |= jb
			}
		case comparativeSuffix:
			if h.tags != 0 && h.tags&lexicon.Adjective == 0 {
				continue
			}
			if !joins {
				a.bound |= jb
				a.strong |= jb
				break
			}
			a.strong |= jb
			if comparativeZWNJ {
				a.mask |= jb
			}
		case alefClitic:
			if last != heh && last != yeh {
				continue
			}
			a.mask |= jb
			a.strong |= jb
		case pronounClitic:
			if last == heh {
				a.mask |= jb
				a.strong |= jb
			} else if h.mask == 0 {
				continue
			}
		case gluedSuffix:
			if h.mask == 0 {
				continue
			}
		}
		if score := h.freq + 1; score > bestScore {
			best, bestScore = a, score
		}
	}
	if best.known {
		return best
	}
	return z.analyzePrefix(key)
}

// analyzePrefix reads key as می or نمی before a known verb form.
func (z *zwnjRepairer) analyzePrefix(key []byte) analysis {
	var n int
	switch {
	case bytes.HasPrefix(key, prefixNami):
		n = 3
	case bytes.HasPrefix(key, prefixMi):
		n = 2
	default:
		return analysis{}
	}
	rest := key[len(prefixMi)+(n-2)*len("ن"):]
	if utf8.RuneCount(rest) < 2 {
		return analysis{}
	}
	e, ok := z.lookup(rest)
	if !ok || e.Tags&lexicon.Verb == 0 {
		return analysis{}
	}
	jb := uint32(1) << (n - 1)
	return analysis{mask: e.Mask<<n | jb, strong: jb, known: true, freq: int(e.Glued) + int(e.Joined)}
}

// joinAction decides whether the space between unit [i, j) and unit [j, k)
// of r goes: the two must form one word. It depends on the keys alone, so
// that the repair of its own output joins nothing more.
func (z *zwnjRepairer) joinAction(r *run, i, j, k int) gapAction {
	if !r.pieces[j-1].letterAtEnd || !r.pieces[j].letterAtStart {
		return keepGap
	}
	lu := r.letters(i, j)
	if lu+r.letters(j, k) > maxLetters {
		return keepGap
	}
	uk, vk := r.key(i, j), r.key(j, k)
	if !z.worthJoining(uk, vk) {
		return keepGap
	}
	ck := r.key(i, k)
	a := z.analyze(ck, 0)
	jb := uint32(1) << (lu - 1)
	if a.strong&jb == 0 {
		return keepGap
	}
	last, _ := utf8.DecodeLastRune(uk)
	if script.IsJoiningLetter(last) {
		return zwnjGap
	}
	if a.bound&jb != 0 {
		return deleteGap
	}
	return keepGap
}

// worthJoining is a cheap filter: the right word may be a suffix, the left
// one a prefix, or the left one the first part of a word with a ZWNJ.
func (z *zwnjRepairer) worthJoining(uk, vk []byte) bool {
	for _, s := range joinStarts {
		if bytes.HasPrefix(vk, s) {
			return true
		}
	}
	if bytes.Equal(uk, prefixMi) || bytes.Equal(uk, prefixNami) || bytes.Equal(uk, prefixBi) {
		return true
	}
	e, ok := z.lookup(uk)
	return ok && e.Tags&lexicon.Head != 0
}
