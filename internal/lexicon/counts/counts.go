// Package counts reads correctly written Persian and counts how it writes
// each word form: glued, with a zero-width non-joiner (ZWNJ), or as two
// words. The counts are the corpus evidence that the lexicon generator
// (internal/lexicon/gen) reads, so that a user can rebuild the ZWNJ lexicon
// from a corpus of their own: the examples/beam pipeline writes them at
// scale, and the generator's -count mode writes them for one file.
//
// # Format
//
// A counts file is UTF-8 text, one row per line, four tab-separated
// fields, sorted by form; lines starting with '#' are comments:
//
//	form	glued	zwnj	apart
//	روزنامه‌نگار	1	5	2
//
// The form is a word's letters (folded with script.Fold, without
// diacritics) with a ZWNJ at each gap that the corpus wrote with a ZWNJ or
// a space. Its key is the form without ZWNJs. glued counts the words
// written with the key's letters and no gap at all (the same number on
// every row of a key), zwnj the words written with a ZWNJ at exactly the
// form's gaps, and apart the pairs of words, each without a ZWNJ of its
// own, written with a space at the form's single gap. A key that the
// corpus only wrote glued has one row whose form is the key.
package counts

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/persiantext/persian/internal/lexicon"
	"github.com/persiantext/persian/internal/script"
)

// Kind is how a form was written.
type Kind uint8

const (
	Glued Kind = iota // one word, without ZWNJs: کتابها
	ZWNJ              // one word, with ZWNJs at the form's gaps: کتاب‌ها
	Apart             // two words, with a space at the form's gap: کتاب ها
)

func (k Kind) String() string {
	switch k {
	case Glued:
		return "glued"
	case ZWNJ:
		return "zwnj"
	case Apart:
		return "apart"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

const zwnj = "\u200c"

// Observe calls emit for each word of line, and for each pair of
// neighbouring words that a single space separates and that hold no ZWNJ
// of their own. A word is a run of Arabic-script letters, ZWNJs,
// diacritics and tatweel; any other character (a digit, punctuation, a
// Latin letter) ends it, and a pair never spans one. The form given to
// emit is folded as described in the package documentation.
func Observe(line string, emit func(form string, kind Kind)) {
	var prev string // the last word, when a pair with the next may follow
	var buf []byte
	i := 0
	for i < len(line) {
		r, size := utf8.DecodeRuneInString(line[i:])
		if !wordRune(r) {
			if r != ' ' {
				prev = ""
			} else if i+1 < len(line) && line[i+1] == ' ' {
				prev = "" // a pair is two words and one space
			}
			i += size
			continue
		}
		j := i
		for j < len(line) {
			r, size := utf8.DecodeRuneInString(line[j:])
			if !wordRune(r) {
				break
			}
			j += size
		}
		var hasZWNJ bool
		buf, hasZWNJ = appendForm(buf[:0], line[i:j])
		i = j
		if utf8.RuneCount(buf) == 0 {
			prev = ""
			continue
		}
		w := string(buf)
		if hasZWNJ {
			emit(w, ZWNJ)
		} else {
			emit(w, Glued)
		}
		// A word that ends at anything but a space cannot start a pair.
		if prev != "" && !hasZWNJ {
			emit(prev+zwnj+w, Apart)
		}
		prev = ""
		if !hasZWNJ && (i == len(line) || line[i] == ' ') {
			prev = w
		}
		if i < len(line) && line[i] != ' ' {
			prev = ""
		}
	}
}

// wordRune reports whether r belongs to a word.
func wordRune(r rune) bool {
	return script.IsLetter(r) || r == script.ZWNJ || script.IsDiacritic(r) || r == 0x0640
}

// appendForm appends the form of the word w: its letters folded, one ZWNJ
// for each run of ZWNJs between two letters, no diacritics or tatweel. It
// reports whether the form holds a ZWNJ.
func appendForm(dst []byte, w string) ([]byte, bool) {
	pending, has, letters := false, false, 0
	for _, r := range w {
		switch {
		case script.IsLetter(r):
			if pending && letters > 0 {
				dst = append(dst, zwnj...)
				has = true
			}
			pending = false
			dst = utf8.AppendRune(dst, script.Fold(r))
			letters++
		case r == script.ZWNJ:
			pending = true
		}
	}
	return dst, has
}

// Key returns the key of a form: its letters without ZWNJs.
func Key(form string) string { return strings.ReplaceAll(form, zwnj, "") }

// A Row is one line of a counts file.
type Row struct {
	Form               string
	Glued, ZWNJ, Apart int
}

// A Table sums observations into rows.
type Table struct {
	forms map[string]*Row // by form, for the forms with a gap
	glued map[string]int  // by key
}

// NewTable returns an empty table.
func NewTable() *Table {
	return &Table{forms: map[string]*Row{}, glued: map[string]int{}}
}

// Add counts n occurrences of form written as kind.
func (t *Table) Add(form string, kind Kind, n int) {
	if kind == Glued {
		t.glued[Key(form)] += n
		return
	}
	r := t.forms[form]
	if r == nil {
		r = &Row{Form: form}
		t.forms[form] = r
	}
	if kind == ZWNJ {
		r.ZWNJ += n
	} else {
		r.Apart += n
	}
}

// AddLine observes line and adds what it finds.
func (t *Table) AddLine(line string) {
	Observe(line, func(form string, kind Kind) { t.Add(form, kind, 1) })
}

// HasWord reports whether the table has seen key written as one word,
// glued or with ZWNJs.
func (t *Table) HasWord(key string) bool {
	if t.glued[key] > 0 {
		return true
	}
	for f, r := range t.forms {
		if r.ZWNJ > 0 && Key(f) == key {
			return true
		}
	}
	return false
}

// Rows returns the rows of the table sorted by form. A key that the
// corpus only wrote apart is kept only when isWord reports it to be a word
// (nil keeps every key): of all the pairs of words in a corpus, only those
// that also form one word are evidence about how to write it.
func (t *Table) Rows(isWord func(key string) bool) []Row {
	zwnjKeys := map[string]bool{}
	for f, r := range t.forms {
		if r.ZWNJ > 0 {
			zwnjKeys[Key(f)] = true
		}
	}
	var rows []Row
	hasRow := map[string]bool{}
	for f, r := range t.forms {
		k := Key(f)
		g := t.glued[k]
		if r.ZWNJ == 0 && g == 0 && !zwnjKeys[k] && isWord != nil && !isWord(k) {
			continue
		}
		rows = append(rows, Row{Form: f, Glued: g, ZWNJ: r.ZWNJ, Apart: r.Apart})
		hasRow[k] = true
	}
	for k, g := range t.glued {
		if !hasRow[k] {
			rows = append(rows, Row{Form: k, Glued: g})
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Form < rows[j].Form })
	return rows
}

const header = "# form\tglued\tzwnj\tapart\n"

// Write writes rows in the counts format.
func Write(w io.Writer, rows []Row) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(header)
	var b []byte
	for _, r := range rows {
		b = append(b[:0], r.Form...)
		for _, n := range [...]int{r.Glued, r.ZWNJ, r.Apart} {
			b = append(b, '\t')
			b = strconv.AppendInt(b, int64(n), 10)
		}
		b = append(b, '\n')
		bw.Write(b)
	}
	return bw.Flush()
}

// ErrFormat is the error of a line that is not a row of a counts file;
// Read wraps it with the line number.
var ErrFormat = errors.New("counts: malformed row")

// Read reads a counts file. Rows of the same form, as from the shards of
// a pipeline, are returned as they come; Merge sums them.
func Read(r io.Reader) ([]Row, error) {
	var rows []Row
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 || f[0] == "" {
			return nil, fmt.Errorf("line %d: %w: want 4 tab-separated fields, have %d", n, ErrFormat, len(f))
		}
		row := Row{Form: f[0]}
		for i, p := range []*int{&row.Glued, &row.ZWNJ, &row.Apart} {
			v, err := strconv.Atoi(f[i+1])
			if err != nil || v < 0 {
				return nil, fmt.Errorf("line %d: %w: count %q is not a number", n, ErrFormat, f[i+1])
			}
			*p = v
		}
		for _, r := range row.Form {
			if !script.IsLetter(r) && r != script.ZWNJ {
				return nil, fmt.Errorf("line %d: %w: %q in form %q is no letter", n, ErrFormat, r, row.Form)
			}
		}
		rows = append(rows, row)
	}
	return rows, sc.Err()
}

// Merge sums rows of the same form, as read from several files, and
// returns them sorted by form. The glued count of a key is the largest
// that any one file gives it summed over files: each file repeats it on
// every row of the key.
func Merge(files ...[]Row) []Row {
	t := NewTable()
	for _, rows := range files {
		glued := map[string]int{}
		for _, r := range rows {
			k := Key(r.Form)
			glued[k] = max(glued[k], r.Glued)
			if r.Form != k || r.ZWNJ > 0 || r.Apart > 0 {
				t.Add(r.Form, ZWNJ, r.ZWNJ)
				t.Add(r.Form, Apart, r.Apart)
			}
		}
		for k, g := range glued {
			t.Add(k, Glued, g)
		}
	}
	rows := t.Rows(nil)
	out := rows[:0]
	for _, r := range rows {
		if r.Glued > 0 || r.ZWNJ > 0 || r.Apart > 0 {
			out = append(out, r)
		}
	}
	return out
}

// FamilyWord reports whether key is a word by isWord, or one with a
// family suffix (lexicon.FamilySuffixes) added or taken away. It is the
// filter of pairs written apart that the generator reads: «اعلام شد» is
// kept for اعلام‌شده. A pipeline that counts a large corpus passes it to
// Rows with isWord backed by the lexicon and the corpus's own words.
func FamilyWord(key string, isWord func(string) bool) bool {
	for _, suf := range lexicon.FamilySuffixes {
		if isWord(key+suf) || strings.HasSuffix(key, suf) && isWord(strings.TrimSuffix(key, suf)) {
			return true
		}
	}
	return false
}
