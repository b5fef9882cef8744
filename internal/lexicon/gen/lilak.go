package main

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/lexicon"
)

// readDic adds the words of a hunspell dictionary file of Lilak: one word
// a line, its affix flags after a '/', which are ignored.
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

// readLexicon adds the words of Lilak's lexicon, "word,part_of_speech,…",
// with their parts of speech.
func readLexicon(path string) {
	for _, l := range lines(path) {
		s := strings.TrimSpace(string(l))
		if s == "" || s[0] == '#' {
			continue
		}
		f := strings.Split(s, ",")
		w := add(f[0], true, 0)
		if w != nil && len(f) > 1 {
			w.tags |= lexicon.POSTag(f[1])
			addLilakPOS(f[0], f[1])
		}
	}
}

var verbRow = regexp.MustCompile(`<tr><td>\d+</td><td[^>]*>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td>`)

// readVerbStems tags the past and present stems of Lilak's verb table
// (رفت، رو). A stem that is no word of the dictionary is added for the
// tokenizer alone, tagged StemOnly.
func readVerbStems(path string) {
	html := strings.Join(func() []string {
		var s []string
		for _, l := range lines(path) {
			s = append(s, string(l))
		}
		return s
	}(), "\n")
	for _, m := range verbRow.FindAllStringSubmatch(html, -1) {
		for i, tag := range []lexicon.Tag{lexicon.PastStem, lexicon.PresentStem} {
			stem := fold(strings.TrimSpace(m[2+i]))
			key, mask, ok := split(stem)
			if !ok || mask != 0 {
				continue
			}
			w := words[key]
			if w == nil {
				w = get(key)
				w.tags |= lexicon.StemOnly
			}
			w.tags |= tag
		}
	}
}
