package main

import (
	"iter"
	"strings"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/lexicon"
)

// clitics follow a ZWNJ after a silent ه in Lilak too, but are no part of
// compounds; package normalize has rules for them.
var clitics = suffixSet(func(k lexicon.SuffixKind) bool { return k == lexicon.AlefClitic })

// suffixSet returns the suffixes of lexicon.Suffixes of the kinds keep
// accepts.
func suffixSet(keep func(lexicon.SuffixKind) bool) map[string]bool {
	m := map[string]bool{}
	for _, sf := range lexicon.Suffixes {
		if keep(sf.Kind) {
			m[sf.Text] = true
		}
	}
	return m
}

// minTailHeads is how many different words of Lilak a word must follow,
// after a ZWNJ, to count as a productive second part of compounds.
const minTailHeads = 20

// boundTail reports whether the corpus shows k as a bound second part of
// compounds (کننده، گذاری، آمیز): written after a ZWNJ, after several
// words, more than eight times as often as a word of its own (which keeps
// out words that also stand alone: طلب کرد، دار فانی). Function words, and the
// suffixes that package normalize handles by rule, are left out; verb forms
// are not, as many are homographs of such parts (سازی، گیری).
func boundTail(k string, w *word) bool {
	// A part that Lilak lacks as a word (سازی، گذاری) needs one head more:
	// the fragments of names (بن عاص) follow only a few words.
	if w.asTail < minBoundUses || w.asTail < 8*w.alone+1 || len(w.tailOf) < minBoundHeads || !inLilak(w) && len(w.tailOf) < minBoundHeads+1 ||
		w.tags&lexicon.Function != 0 || clitics[k] || affixes[k] {
		return false
	}
	return true
}

// The evidence boundTail asks for.
const (
	minBoundUses  = 3
	minBoundHeads = 3
)

// affixes are the suffixes that package normalize handles by rule.
var affixes = func() map[string]bool {
	m := suffixSet(func(k lexicon.SuffixKind) bool {
		return k == lexicon.PluralSuffix || k == lexicon.ComparativeSuffix || k == lexicon.PronounClitic
	})
	for _, sf := range []string{"ی", "یی", "ان", "ست"} {
		m[sf] = true
	}
	return m
}()

// inLilak reports whether Lilak has some form of w.
func inLilak(w *word) bool {
	for _, v := range w.variants {
		if v.lilak {
			return true
		}
	}
	return false
}

// family counts, for the gap after the first n letters of key (the gap
// between X and Y, where Y runs to the next ZWNJ of mask or to the end), the
// corpus words X‌Y plus a family suffix written with a ZWNJ at the gap
// (joined) or without one (glued), and the pairs X, Y plus a family suffix
// written apart (spaced). When Y itself ends in a family suffix (مندان),
// the family of its stem (مند) counts too.
func family(key string, mask uint32, n int) (joined, glued, spaced int) {
	runes := []rune(key)
	end := n + 1
	for end < len(runes) && mask&(1<<(end-1)) == 0 {
		end++
	}
	x, y := string(runes[:n]), string(runes[n:end])
	bit := uint32(1) << (n - 1)
	seen := map[string]bool{}
	for _, stem := range []string{y, familyStem(y)} {
		for _, suf := range lexicon.FamilySuffixes {
			t := stem + suf
			if seen[t] {
				continue
			}
			seen[t] = true
			if w := words[x+t]; w != nil {
				for m, v := range w.variants {
					if m&bit != 0 {
						joined += v.count
					} else {
						glued += v.count
					}
				}
			}
			spaced += bigrams[x][t]
		}
	}
	return joined, glued, spaced
}

// familyStem returns y without its longest family suffix, leaving at least
// two letters (مندان → مند), or y when it has none.
func familyStem(y string) string {
	best := y
	for _, suf := range lexicon.FamilySuffixes {
		if suf != "" && strings.HasSuffix(y, suf) && utf8.RuneCountInString(y)-utf8.RuneCountInString(suf) >= 2 && len(y)-len(suf) < len(best) {
			best = y[:len(y)-len(suf)]
		}
	}
	return best
}

// familyJoined reports whether the corpus writes the family of the
// compound key (written with the ZWNJs of mask) as one word at each of its
// ZWNJs and never apart: most compounds of Lilak are rare, but their
// inflected forms show how the corpus writes them (روزنامه‌نگاران for
// روزنامه‌نگار). The gaps before a suffix that package normalize handles
// by rule (ها، ترین، اند) and after a verb prefix (می، نمی) are no
// compounds and are not looked at. A family seen only once is enough when the first part
// heads at least three compounds written as one word and none written apart
// (not به in به شوخی, not قابل in قابل مقایسه) and the second part ends
// more compounds written as one word than apart (not شده in تنظیم شده).
func familyJoined(key string, mask uint32) bool {
	if mask == 0 {
		return false
	}
	compound := false
	for gp := range compoundGaps([]rune(key), mask) {
		n, left, right := gp.n, gp.left, gp.right
		compound = true
		j, g, s := family(key, mask, n)
		if j < 1 || s > 0 || g >= j {
			return false
		}
		if l, r := usage(left), usage(right); j < minFamilyJoined && (l.headJoined < minHeadJoined || l.headSpaced > 0 || r.tailJoined <= r.tailSpaced) {
			return false
		}
	}
	return compound
}

// The evidence familyJoined asks for: how many words of its family the
// corpus must write joined for a compound whose parts are not shown to join
// readily, and how many compounds written joined show that a first part
// does.
const (
	minFamilyJoined = 2
	minHeadJoined   = 3
)

// partUse counts how a word takes part in compounds in the corpus: as the
// part before a ZWNJ or after it, and as the first or second of two words
// written apart that Lilak knows as one compound.
type partUse struct{ headJoined, headSpaced, tailJoined, tailSpaced int }

var partJoins = map[string]*partUse{}

// usage returns the counts of k, zero when the corpus never showed it in
// a compound.
func usage(k string) partUse {
	if p := partJoins[k]; p != nil {
		return *p
	}
	return partUse{}
}

func part(k string) *partUse {
	p := partJoins[k]
	if p == nil {
		p = &partUse{}
		partJoins[k] = p
	}
	return p
}

// A compoundGap is a gap after letter n between the parts left and right.
type compoundGap struct {
	n           int
	left, right string
}

// compoundGaps yields the gaps of mask that join two parts of a compound:
// n, the letters before the gap, and the parts on either side of it, each
// running to the neighbouring gap. Gaps before the suffixes that package
// normalize handles by rule, and after a leading verb prefix می or نمی,
// are left out: rules decide those, not usage.
func compoundGaps(runes []rune, mask uint32) iter.Seq[compoundGap] {
	return func(yield func(compoundGap) bool) {
		prev := 0
		for n := 1; n < len(runes); n++ {
			if mask&(1<<(n-1)) == 0 {
				continue
			}
			end := n + 1
			for end < len(runes) && mask&(1<<(end-1)) == 0 {
				end++
			}
			left, right := string(runes[prev:n]), string(runes[n:end])
			first := prev == 0
			prev = n
			if affixes[right] || clitics[right] || first && (left == "می" || left == "نمی") {
				continue
			}
			if !yield(compoundGap{n, left, right}) {
				return
			}
		}
	}
}

// countParts fills partJoins from the corpus words and pairs. Gaps before
// suffixes that package normalize handles by rule, and after the verb
// prefixes می and نمی, are no compounds.
func countParts() {
	for k, w := range words {
		runes := []rune(k)
		for m, v := range w.variants {
			if m == 0 || v.count == 0 {
				continue
			}
			for gp := range compoundGaps(runes, m) {
				part(gp.left).headJoined += v.count
				part(gp.right).tailJoined += v.count
			}
		}
	}
	for a, bs := range bigrams {
		for b, c := range bs {
			w := words[a+b]
			if w == nil {
				continue
			}
			gap := uint32(1) << (utf8.RuneCountInString(a) - 1)
			for m, v := range w.variants {
				if m&gap != 0 && v.lilak {
					part(a).headSpaced += c
					part(b).tailSpaced += c
					break
				}
			}
		}
	}
}
