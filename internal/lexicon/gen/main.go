// Command gen builds words.txt, the word list that package lexicon embeds,
// from the Lilak spelling dictionary and, optionally, word counts taken from
// a corpus of correctly written Persian (one sentence per line).
//
// Usage (go generate runs it from internal/lexicon):
//
//	go run ./gen -lilak ../../../shared/data/lilak -train ../../../shared/corpora/updt/train.txt -o words.txt
//
// Every output line is one word as it should be written, with its ZWNJs,
// then up to five tab-separated fields, trailing empty ones dropped:
//
//	surface  tags  glued  joined  spaced  pluralStyle
//
// tags are part-of-speech letters (see package lexicon); glued, joined and
// spaced count how often the corpus wrote the word without its ZWNJs, with
// them, and as separate words at a ZWNJ; pluralStyle is "g" or "z" when the
// corpus clearly prefers plurals of this word glued or with a ZWNJ.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"iter"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/script"
)

const zwnj = "\u200c"

// clitics follow a ZWNJ after a silent ه in Lilak too, but are no part of
// compounds; package normalize has rules for them.
var clitics = map[string]bool{"ام": true, "ای": true, "ات": true, "اش": true, "ایم": true, "اید": true, "اند": true}

// minTailHeads is how many different words of Lilak a word must follow,
// after a ZWNJ, to count as a productive second part of compounds.
const minTailHeads = 20

// variant is one way of writing a word: its ZWNJ mask over the letter gaps.
type variant struct {
	mask  uint32
	lilak bool
	count int // corpus count
}

type word struct {
	variants map[uint32]*variant
	forms    map[uint32]string // surface per mask
	tags     map[byte]bool
	spaced   int             // corpus: written as two words where a variant has a ZWNJ
	plG      int             // corpus: plurals of this host written glued
	plZ      int             // corpus: plurals of this host written with a ZWNJ
	alone    int             // corpus: written as a word of its own
	asTail   int             // corpus: written as the last part of a word, after a ZWNJ
	tailOf   map[string]bool // corpus: the parts before it when written so
}

var words = map[string]*word{}

func main() {
	lilak := flag.String("lilak", "../../../shared/data/lilak", "directory of the Lilak dictionary")
	train := flag.String("train", "../../../shared/corpora/updt/train.txt", "corpus of correct Persian for counts (empty: none)")
	out := flag.String("o", "words.txt", "output file")
	flag.Parse()

	readDic(filepath.Join(*lilak, "fa-IR.dic"))
	readLexicon(filepath.Join(*lilak, "lexicon"))
	readDic(filepath.Join(*lilak, "dic_users"))
	if *train != "" {
		readCorpus(*train)
	}
	if err := write(*out); err != nil {
		log.Fatal(err)
	}
}

// fold maps the Arabic letter variants that the character pass of package
// normalize replaces, so that the word list matches its output.
func fold(s string) string {
	return strings.NewReplacer("ي", "ی", "ى", "ی", "ك", "ک").Replace(s)
}

// split returns the key of a written word (its letters only) and the mask
// of the gaps that hold a ZWNJ after a joining letter. ok is false when the
// word holds anything but letters, ZWNJs and combining marks, or is too long.
func split(s string) (key string, mask uint32, ok bool) {
	var b strings.Builder
	n := 0
	var prev rune
	pendingZ := false
	for _, r := range s {
		switch {
		case r == script.ZWNJ:
			pendingZ = true
		case script.IsLetter(r):
			if n > 0 && pendingZ && script.IsJoiningLetter(prev) {
				if n-1 >= 32 {
					return "", 0, false
				}
				mask |= 1 << (n - 1)
			}
			pendingZ = false
			b.WriteRune(r)
			prev = r
			n++
		case r >= 0x064B && r <= 0x065F || r == 0x0670:
			// a diacritic: not part of the key
		default:
			return "", 0, false
		}
	}
	if n < 2 || n > 32 {
		return "", 0, false
	}
	return b.String(), mask, true
}

func get(key string) *word {
	w := words[key]
	if w == nil {
		w = &word{variants: map[uint32]*variant{}, forms: map[uint32]string{}, tags: map[byte]bool{}}
		words[key] = w
	}
	return w
}

func add(surface string, lilak bool, count int) *word {
	surface = fold(surface)
	key, mask, ok := split(surface)
	if !ok {
		return nil
	}
	w := get(key)
	v := w.variants[mask]
	if v == nil {
		v = &variant{mask: mask}
		w.variants[mask] = v
		w.forms[mask] = canonical(key, mask)
	}
	v.lilak = v.lilak || lilak
	v.count += count
	return w
}

// canonical writes key with ZWNJs at mask.
func canonical(key string, mask uint32) string {
	var b strings.Builder
	i := 0
	for _, r := range key {
		b.WriteRune(r)
		if mask&(1<<i) != 0 {
			b.WriteString(zwnj)
		}
		i++
	}
	return b.String()
}

func lines(path string) [][]byte {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	return bytes.Split(data, []byte("\n"))
}

func readDic(path string) {
	for _, l := range lines(path) {
		s := strings.TrimSpace(string(l))
		if s == "" || s[0] == '#' || s[0] < utf8.RuneSelf {
			continue
		}
		if i := strings.IndexByte(s, '/'); i >= 0 {
			s = s[:i]
		}
		add(s, true, 0)
	}
}

var posTags = map[string]byte{
	"verb": 'V', "noun_singular": 'N', "noun_plural": 'P', "adjective": 'A',
	"adjective_comparative": 'A', "adjective_superlative": 'A', "adverb": 'D',
	"numeral": 'F', "pronoun": 'F', "adposition": 'F', "conjunction": 'F',
	"determiner": 'F', "interjection": 'F', "classifier": 'F', "foreign": 'X',
}

func readLexicon(path string) {
	for _, l := range lines(path) {
		s := strings.TrimSpace(string(l))
		if s == "" || s[0] == '#' {
			continue
		}
		f := strings.Split(s, ",")
		w := add(f[0], true, 0)
		if w != nil && len(f) > 1 {
			if t, ok := posTags[f[1]]; ok {
				w.tags[t] = true
			}
		}
	}
}

// tokenRune reports whether r belongs to a word of the corpus.
func tokenRune(r rune) bool {
	return script.IsLetter(r) || r == script.ZWNJ || r >= 0x064B && r <= 0x065F || r == 0x0670
}

var pluralSuffixes = []string{"هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "هاست", "های", "ها"}

// readCorpus counts the words of a corpus of correct prose, the pairs of
// words written apart, and the plurals of each host.
func readCorpus(path string) {
	for _, l := range lines(path) {
		for _, tok := range strings.FieldsFunc(string(l), func(r rune) bool { return !tokenRune(r) && r != ' ' }) {
			// tok is a run of words separated by spaces only
			prev := ""
			for _, p := range strings.Split(tok, " ") {
				if p == "" {
					prev = ""
					continue
				}
				add(p, false, 1)
				countTail(fold(p))
				if prev != "" {
					countSpaced(prev, p)
					countBigram(prev, p)
				}
				prev = p
				countPlural(fold(p))
			}
		}
	}
}

// countTail counts p as a word of its own, or its last part, after a
// ZWNJ, as a part of a longer word.
func countTail(p string) {
	i := strings.LastIndex(p, zwnj)
	if i < 0 {
		if key, _, ok := split(p); ok {
			get(key).alone++
		}
		return
	}
	tail, _, ok1 := split(p[i+len(zwnj):])
	head, _, ok2 := split(p[:i])
	// a verb after the prefix می (برمی‌گردد) is no compound
	if !ok1 || !ok2 || strings.HasSuffix(head, "می") {
		return
	}
	w := get(tail)
	w.asTail++
	if w.tailOf == nil {
		w.tailOf = map[string]bool{}
	}
	w.tailOf[head] = true
}

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
		w.tags['F'] || clitics[k] || affixes[k] {
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
var affixes = map[string]bool{
	"ها": true, "های": true, "هایی": true, "هایم": true, "هایت": true, "هایش": true, "هاست": true,
	"هایمان": true, "هایتان": true, "هایشان": true, "تر": true, "تری": true, "ترین": true,
	"مان": true, "تان": true, "شان": true, "ی": true, "یی": true, "ان": true, "ست": true,
}

// inLilak reports whether Lilak has some form of w.
func inLilak(w *word) bool {
	for _, v := range w.variants {
		if v.lilak {
			return true
		}
	}
	return false
}

// countSpaced remembers that a and b were written as two words; when some
// written form of a+b has a ZWNJ exactly there, that is evidence against
// joining them. Pairs whose first word has a ZWNJ of its own are skipped:
// the repair only asks about them through the lexicon's own compounds.
func countSpaced(a, b string) {
	ka, ma, ok1 := split(fold(a))
	kb, _, ok2 := split(fold(b))
	if !ok1 || !ok2 || ma != 0 {
		return
	}
	pending = append(pending, spacedPair{ka, kb})
}

type spacedPair struct{ a, b string }

// pending holds the pairs written apart until all words are read.
var pending []spacedPair

// countPlural counts p, if it is a plural after a joining letter, as
// evidence of how its host takes plurals: glued or with a ZWNJ.
func countPlural(p string) {
	for _, suf := range pluralSuffixes {
		if !strings.HasSuffix(p, suf) {
			continue
		}
		host := strings.TrimSuffix(p, suf)
		z := strings.HasSuffix(host, zwnj)
		host = strings.TrimSuffix(host, zwnj)
		key, _, ok := split(host)
		if !ok {
			return
		}
		last, _ := utf8.DecodeLastRuneInString(key)
		if !script.IsJoiningLetter(last) {
			return
		}
		w := get(key)
		if z {
			w.plZ++
		} else {
			w.plG++
		}
		return
	}
}

func write(path string) error {
	for _, p := range pending {
		w := words[p.a+p.b]
		if w == nil {
			continue
		}
		gap := uint32(1) << (utf8.RuneCountInString(p.a) - 1)
		for m := range w.variants {
			if m&gap != 0 {
				w.spaced++
				break
			}
		}
	}
	countParts()
	keys := make([]string, 0, len(words))
	for k := range words {
		keys = append(keys, k)
	}
	// The most frequent words come first: package lexicon lays its tables
	// out in file order, so the words that running text uses most share
	// a few cache lines.
	freq := func(k string) int {
		n := words[k].spaced
		for _, v := range words[k].variants {
			n += v.count
		}
		return n
	}
	sort.Slice(keys, func(i, j int) bool {
		if fi, fj := freq(keys[i]), freq(keys[j]); fi != fj {
			return fi > fj
		}
		return keys[i] < keys[j]
	})
	var buf bytes.Buffer
	buf.WriteString("# Code generated by internal/lexicon/gen from Lilak (Apache-2.0) and UPDT train.txt counts (Apache-2.0). DO NOT EDIT.\n")
	heads := map[string]bool{}
	tailHeads := map[string]map[string]bool{}
	for _, w := range words {
		for m, v := range w.variants {
			if m == 0 || !v.lilak {
				continue
			}
			// the part after the last ZWNJ, and the rest before it
			f := w.forms[m]
			i := strings.LastIndex(f, zwnj)
			head, tail := strings.ReplaceAll(f[:i], zwnj, ""), f[i+len(zwnj):]
			if tailHeads[tail] == nil {
				tailHeads[tail] = map[string]bool{}
			}
			tailHeads[tail][head] = true
		}
	}
	for k, w := range words {
		mask, _, _ := choose(w)
		for i, n := 0, 0; mask != 0 && i < len(k); n++ {
			_, size := utf8.DecodeRuneInString(k[i:])
			i += size
			if mask&(1<<n) != 0 {
				heads[k[:i]] = true
			}
		}
	}
	for _, k := range keys {
		w := words[k]
		mask, glued, joined := choose(w)
		if heads[k] {
			w.tags['H'] = true
		}
		// A productive second part of compounds: it follows many
		// different words in Lilak (‌کننده، ‌شده، ‌سازی).
		if len(tailHeads[k]) >= minTailHeads && !clitics[k] {
			w.tags['T'] = true
		}
		if boundTail(k, w) {
			w.tags['B'] = true
		}
		if familyJoined(k, mask) {
			w.tags['J'] = true
		}
		var tags []byte
		for _, t := range []byte("VNPADFXHTBJ") {
			if w.tags[t] {
				tags = append(tags, t)
			}
		}
		style := ""
		switch {
		case w.plZ >= 2*w.plG+1:
			style = "z"
		case w.plG >= 2*w.plZ+1:
			style = "g"
		}
		if len(w.variants) == 0 && style == "" && !w.tags['B'] {
			continue // a host seen only through its plurals, or a part seen only in compounds
		}
		if len(w.variants) == 0 {
			mask = 0
		}
		fields := []string{canonical(k, mask), string(tags), num(glued), num(joined), num(w.spaced), style}
		for len(fields) > 1 && fields[len(fields)-1] == "" {
			fields = fields[:len(fields)-1]
		}
		buf.WriteString(strings.Join(fields, "\t"))
		buf.WriteByte('\n')
	}
	fmt.Fprintf(os.Stderr, "gen: %d words\n", len(keys))
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

func num(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// choose picks how a word is written. The corpus decides when it has seen
// the word: a gap takes a ZWNJ when most of the word's occurrences, glued
// or with ZWNJs elsewhere, have one there (of حرفه‌ای، حرف‌های and
// حرفهای none wins). Otherwise Lilak decides, and a glued form in Lilak
// wins, because a word that is also correct without a ZWNJ must be left
// alone.
func choose(w *word) (mask uint32, glued, joined int) {
	var best *variant
	for m, v := range w.variants {
		if m == 0 {
			glued = v.count
			continue
		}
		joined += v.count
		if best == nil || v.count > best.count || v.count == best.count && (v.lilak && !best.lilak || v.lilak == best.lilak && m < best.mask) {
			best = v
		}
	}
	if best == nil {
		return 0, glued, joined
	}
	if glued+joined > 0 {
		if m := majorityMask(w, best.mask, glued+joined); m != 0 && !weakReading(w, best) {
			return m, glued, joined
		}
		if glued > 0 || best.count > 0 {
			return 0, glued, joined
		}
	}
	if g := w.variants[0]; g != nil && g.lilak {
		return 0, glued, joined
	}
	if !best.lilak && best.count == 0 {
		return 0, glued, joined
	}
	return best.mask, glued, joined
}

// weakReading reports whether the ZWNJ form v of key, the corpus's
// favourite, must yet give way to the glued form: a word of Lilak written
// with the prefix بی glued, as lexicalized words are (بیزار، بیکار), that
// the corpus wrote with a ZWNJ only once or twice.
func weakReading(w *word, v *variant) bool {
	if v.lilak || v.count >= minCorpusOnly || !strings.HasPrefix(w.forms[v.mask], "بی") || v.mask&(1<<1) == 0 {
		return false
	}
	g := w.variants[0]
	return g != nil && g.lilak
}

// majorityMask returns the gaps of mask that hold a ZWNJ in more than three
// fifths of the total occurrences of w in the corpus. A bare majority is
// not enough: the corpus writes many words both ways (جناح‌های، جناحهای),
// and a wrong ZWNJ costs more than a missing one. (Measured on a held-out
// tenth of the corpus: three fifths trades about as many missed ZWNJs for
// wrong ones, two thirds loses three missed for one wrong.)
func majorityMask(w *word, mask uint32, total int) uint32 {
	var m uint32
	for b := mask; b != 0; b &= b - 1 {
		bit := b & -b
		n := 0
		for vm, v := range w.variants {
			if vm&bit != 0 {
				n += v.count
			}
		}
		if 5*n > 3*total {
			m |= bit
		}
	}
	return m
}

// minCorpusOnly is how often the corpus must write a ZWNJ form that Lilak
// lacks before it overrides a glued word of Lilak.
const minCorpusOnly = 3

// bigrams counts the pairs of words written apart in the corpus: the key
// of the first word, then the key of the second.
var bigrams = map[string]map[string]int{}

func countBigram(a, b string) {
	ka, _, ok1 := split(fold(a))
	kb, _, ok2 := split(fold(b))
	if !ok1 || !ok2 {
		return
	}
	m := bigrams[ka]
	if m == nil {
		m = map[string]int{}
		bigrams[ka] = m
	}
	m[kb]++
}

// familySuffixes are the endings that make the family of a compound: the
// compound itself and its inflected and derived forms (روزنامه‌نگار،
// روزنامه‌نگاران، روزنامه‌نگاری).
var familySuffixes = []string{"", "ی", "یی", "ای", "ها", "های", "هایی", "ان", "ات", "اش", "ام", "تر", "ترین", "ش", "م", "ت", "مان", "تان", "شان", "گان", "ند", "ید", "یم", "ه"}

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
		for _, suf := range familySuffixes {
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
	for _, suf := range familySuffixes {
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
// (Five-fold cross-validation on the corpus: the family rule alone adds
// 26 ZWNJs, none wrong, to text whose ZWNJs became spaces; a family seen
// once adds 44 more for 1 wrong, and 81 for 6 wrong when the first part
// must only be written joined four times as often as apart.)
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
