package tokenize

import (
	"bytes"
	"unicode/utf8"
)

// UD mode: enclitics.
//
// Persian writes several enclitics joined to their host, and the UD
// treebanks split such a token into syntactic words (a multiword token):
//
//   - pronominal clitics ـم ـت ـش ـمان ـتان ـشان, after a ZWNJ or a vowel
//     ـام ـات ـاش (خودش، کتابم، نامه‌اش، صدایش، کتاب‌هایشان);
//   - the present copula ـم ـیم ـید ـند, ـست after a vowel, ـاند ـایم ـاست
//     after a ZWNJ (معتقدند، امیدوارم، پیداست، آماده‌اند);
//   - a few fused prepositions and را: مرا، ترا، بدین، بدان.
//
// A token is split only when the whole token is not itself a word (دست,
// کشش and the verb form رفتند stay whole) and the host is a nominal word of
// the lexicon, or its plural (ها، ان، ات), or such a word with the ی of an
// abstract noun or of the glide after a vowel (قهرمانی‌اش، موهایش).

const maxWords = 4

const zwnj = "\u200c"

// fusedWords are whole tokens that UD always splits.
var fusedWords = map[string][2]string{
	"مرا":  {"م", "را"},
	"ترا":  {"ت", "را"},
	"بدین": {"ب", "دین"},
	"بدان": {"ب", "دان"},
}

// reflexives take pronominal clitics even though the lexicon lists the
// result (خودش) as a word.
var reflexives = []string{"خود", "خویش", "خویشتن"}

// copulaHosts are pronouns and adverbs that the lexicon lists with the
// copula ـست as one word (توست); UD splits them.
var copulaHosts = []string{"تو", "او", "ما", "شما", "آن‌ها", "این‌ها", "آنها", "اینها", "کجا", "اینجا", "آنجا"}

// pronominal are the clitics tried at the end of a token, longest first.
var pronominal = []string{"شان", "مان", "تان", "یم", "ید", "ند", "ش", "ست", "ت", "م"}

// splitClitic splits the word w, which starts at byte offset start, into
// host and clitic. It fills words and returns their number, or 1 if w is a
// single syntactic word.
func splitClitic(w []byte, start int, words *[maxWords]Span) int {
	if len(w) < 4 || !mayEndInClitic(w) {
		return 1
	}
	if f, ok := fusedWords[string(w)]; ok {
		h := len(f[0])
		words[0] = Span{start, start + h}
		words[1] = Span{start + h, start + len(w)}
		return 2
	}
	two := func(hostEnd, cliticStart int) int {
		words[0] = Span{start, start + hostEnd}
		words[1] = Span{start + cliticStart, start + len(w)}
		return 2
	}
	for _, c := range []string{"شان", "مان", "تان", "ش", "ت", "م"} {
		if bytes.HasSuffix(w, []byte(c)) {
			h := w[:len(w)-len(c)]
			for _, r := range reflexives {
				if string(h) == r {
					return two(len(h), len(h))
				}
			}
		}
	}
	if bytes.HasSuffix(w, []byte("ست")) {
		h := w[:len(w)-len("ست")]
		for _, p := range copulaHosts {
			if string(h) == p {
				return two(len(h), len(h))
			}
		}
	}
	lex := loadLexicon()
	if lex.lookup(w)&(lexNominal|lexVerb|lexOther|lexPastStem) != 0 {
		return 1
	}
	if i := bytes.LastIndex(w, []byte(zwnj)); i > 0 {
		switch string(w[i+len(zwnj):]) {
		case "ات":
			// UD treebanks leave this ZWNJ out of both words (نامه‌ات: نامه + ات).
			if hostOK(lex, w[:i]) {
				return two(i, i+len(zwnj))
			}
		case "اش", "ام", "اند", "ایم", "اید", "است":
			if hostOK(lex, w[:i]) {
				return two(i+len(zwnj), i+len(zwnj))
			}
		}
	}
	n := utf8.RuneCount(w)
	for _, c := range pronominal {
		if !bytes.HasSuffix(w, []byte(c)) || n <= utf8.RuneCountInString(c)+1 {
			continue
		}
		h := w[:len(w)-len(c)]
		last, _ := utf8.DecodeLastRune(h)
		switch c {
		case "شان", "مان", "تان":
			// کودکان is a plural in ـان, not کود + کان.
			if lex.lookup(w[:len(w)-len("ان")])&lexNominal != 0 {
				continue
			}
		case "ست":
			if !isVowelLetter(last) {
				continue
			}
		case "یم", "ید":
			// After a vowel the ی is a glide: رفقایم is رفقای + م.
			if isVowelLetter(last) || lex.lookup(h)&lexNominal == 0 {
				continue
			}
		case "ند":
			if lex.lookup(h)&lexNominal == 0 {
				continue
			}
		}
		if hostOK(lex, h) {
			return two(len(h), len(h))
		}
	}
	return 1
}

// mayEndInClitic is a quick test that w ends in a letter some clitic ends in.
func mayEndInClitic(w []byte) bool {
	r, _ := utf8.DecodeLastRune(w)
	switch r {
	case 'ش', 'ت', 'م', 'ن', 'د', 'ا':
		return true
	}
	return false
}

func isVowelLetter(r rune) bool {
	return r == 'ا' || r == 'و' || r == 'ی' || r == 'آ'
}

// hostOK reports whether h can be the host of a clitic: a nominal word, its
// plural, or one of these with the ی of an abstract noun or a glide.
func hostOK(lex wordLexicon, h []byte) bool {
	return hostDepth(lex, h, 0)
}

var pluralSuffixes = []string{"ها", "های", "ان", "ات", "یان"}

func hostDepth(lex wordLexicon, h []byte, depth int) bool {
	if utf8.RuneCount(h) < 2 {
		return false
	}
	h = bytes.TrimSuffix(h, []byte(zwnj))
	if lex.lookup(h)&lexNominal != 0 {
		return true
	}
	if depth > 1 {
		return false
	}
	for _, p := range pluralSuffixes {
		if bytes.HasSuffix(h, []byte(p)) {
			stem := bytes.TrimSuffix(h[:len(h)-len(p)], []byte(zwnj))
			if utf8.RuneCount(stem) >= 2 && lex.lookup(stem)&lexNominal != 0 {
				return true
			}
		}
	}
	if bytes.HasSuffix(h, []byte("ی")) {
		stem := h[:len(h)-len("ی")]
		if utf8.RuneCount(stem) >= 2 {
			if lex.lookup(bytes.TrimSuffix(stem, []byte(zwnj)))&lexNominal != 0 {
				return true
			}
			if last, _ := utf8.DecodeLastRune(stem); last == 'ا' || last == 'و' {
				return hostDepth(lex, stem, depth+1)
			}
		}
	}
	return false
}
