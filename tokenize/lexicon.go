package tokenize

//go:generate go run gen.go -lilak ../../shared/data/lilak -o lexicon.txt

import (
	"bytes"
	_ "embed"
	"sort"
	"strings"
	"sync"
)

// lexiconData is the word list that gen.go derives from the Lilak lexicon:
// about 75,000 words in 510 KB, front-coded. Only UD mode, verb joining and
// the sentence rule for an ellipsis after «A و B» load it, on first use, in a
// few milliseconds; it then takes about 1.5 MB.
//
//go:embed lexicon.txt
var lexiconData string

// Flags of a lexicon entry; gen.go writes them.
const (
	lexNominal     = 1 << iota // noun, adjective, pronoun, adverb, numeral…: can host a clitic
	lexVerb                    // a verb form
	lexOther                   // any other word, such as a preposition
	lexPastStem                // the past stem of a verb (رفت)
	lexPresentStem             // the present stem of a verb (رو)
)

// lexicon is a sorted word list searched by bisection.
type lexicon struct {
	text  []byte   // the words, concatenated in order
	ends  []uint32 // ends[i] is the end of word i in text
	flags []uint8
}

var loadLexicon = sync.OnceValue(func() *lexicon { return parseLexicon(lexiconData) })

func parseLexicon(data string) *lexicon {
	// Size the slices first: one entry a line, each as long as its shared
	// prefix and its suffix.
	entries, size := 0, 0
	for rest := data; len(rest) > 0; {
		i := strings.IndexByte(rest, '\n')
		if i < 0 {
			i = len(rest)
		}
		if line := rest[:i]; len(line) >= 3 && line[0] != '#' {
			entries++
			size += int(line[0]-'0') + len(line) - 2
		}
		rest = rest[min(i+1, len(rest)):]
	}
	l := &lexicon{
		text:  make([]byte, 0, size),
		ends:  make([]uint32, 0, entries),
		flags: make([]uint8, 0, entries),
	}
	var prev []byte
	for len(data) > 0 {
		i := 0
		for i < len(data) && data[i] != '\n' {
			i++
		}
		line := data[:i]
		if i < len(data) {
			i++
		}
		data = data[i:]
		if len(line) < 3 || line[0] == '#' {
			continue
		}
		shared := int(line[0] - '0')
		start := len(l.text)
		l.text = append(l.text, prev[:shared]...)
		l.text = append(l.text, line[2:]...)
		prev = l.text[start:]
		l.ends = append(l.ends, uint32(len(l.text)))
		l.flags = append(l.flags, line[1]-'a')
	}
	return l
}

func (l *lexicon) word(i int) []byte {
	start := uint32(0)
	if i > 0 {
		start = l.ends[i-1]
	}
	return l.text[start:l.ends[i]]
}

// lookup returns the flags of w, or 0 if w is not in the list.
func (l *lexicon) lookup(w []byte) uint8 {
	i := sort.Search(len(l.ends), func(i int) bool { return bytes.Compare(l.word(i), w) >= 0 })
	if i < len(l.ends) && bytes.Equal(l.word(i), w) {
		return l.flags[i]
	}
	return 0
}
