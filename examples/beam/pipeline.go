package main

import (
	"fmt"
	"hash/fnv"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/persiantext/persian/internal/lexicon"
	"github.com/persiantext/persian/internal/lexicon/counts"
	"github.com/persiantext/persian/normalize"
)

// Config is what a run of the pipeline does.
type Config struct {
	Input  string  // glob of the text files to read, on any Beam filesystem
	Output string  // directory of the shards written
	Shards int     // shards of each output
	Norm   Options // the Normalizer of the normalized lines
}

// Options are the choices of the Normalizer, as flags give them. Its
// fields are exported: a DoFn that holds them is serialized with the
// pipeline and rebuilt on each worker.
type Options struct {
	Profile    string // "default" or "search"
	Digits     string // "", "persian", "latin" or "keep"
	Diacritics bool   // keep diacritics
	Bidi       bool   // keep bidi controls
	Quotes     string // "keep" or "guillemets"
	Ellipsis   bool
	Spacing    bool
	ZWNJ       bool // repair ZWNJs
}

// DefaultOptions are those of normalize.New().
func DefaultOptions() Options {
	return Options{Profile: "default", Diacritics: true, Quotes: "keep", Spacing: true, ZWNJ: true}
}

// Normalizer builds the Normalizer that o describes.
func (o Options) Normalizer() (*normalize.Normalizer, error) {
	var opts []normalize.Option
	switch o.Profile {
	case "", "default":
	case "search":
		opts = append(opts, normalize.Search())
	default:
		return nil, fmt.Errorf("unknown profile %q (want default or search)", o.Profile)
	}
	switch o.Digits {
	case "":
	case "persian":
		opts = append(opts, normalize.WithDigits(normalize.PersianDigits))
	case "latin":
		opts = append(opts, normalize.WithDigits(normalize.LatinDigits))
	case "keep":
		opts = append(opts, normalize.WithDigits(normalize.KeepDigits))
	default:
		return nil, fmt.Errorf("unknown digits %q (want persian, latin or keep)", o.Digits)
	}
	switch o.Quotes {
	case "", "keep":
	case "guillemets":
		opts = append(opts, normalize.WithQuoteStyle(normalize.Guillemets))
	default:
		return nil, fmt.Errorf("unknown quotes %q (want keep or guillemets)", o.Quotes)
	}
	if !o.Diacritics {
		opts = append(opts, normalize.WithDiacritics(false))
	}
	opts = append(opts,
		normalize.WithBidiControls(o.Bidi),
		normalize.WithEllipsis(o.Ellipsis),
		normalize.WithSpacing(o.Spacing),
		normalize.WithZWNJRepair(o.ZWNJ),
	)
	return normalize.New(opts...), nil
}

// Build adds the pipeline to s:
//
//	text files ─► lines ─┬─► normalize ─────────────────────────────► normalized-*
//	                     └─► character pass ─► counts.Observe ─► sum per (form, kind)
//	                          ─► group by key ─► rows ─► filter of pairs written apart ─► counts-*
//
// The word-form counts are taken from the corpus's own spelling after the
// character pass (letters unified, invisibles cleaned), never after the
// ZWNJ repair: the repair's output follows the lexicon, and counting it
// would feed the lexicon its own guesses back as evidence.
func Build(s beam.Scope, cfg Config) error {
	if cfg.Shards < 1 {
		return fmt.Errorf("shards = %d: want at least 1", cfg.Shards)
	}
	if _, err := cfg.Norm.Normalizer(); err != nil {
		return err
	}
	lines := textio.Read(s.Scope("read"), cfg.Input)

	norm := s.Scope("normalize")
	normalized := beam.ParDo(norm, &normalizeFn{Options: cfg.Norm}, lines)
	writeLines(norm, cfg.Output, "normalized", ".txt", cfg.Shards, normalized)

	cs := s.Scope("counts")
	rows := countRows(cs, lines)
	writeCounts(cs, cfg.Output, "counts", ".tsv", cfg.Shards, rows)
	return nil
}

// normalizeFn normalizes a line.
type normalizeFn struct {
	Options Options
	n       *normalize.Normalizer
}

func (f *normalizeFn) Setup() error {
	n, err := f.Options.Normalizer()
	f.n = n
	return err
}

func (f *normalizeFn) ProcessElement(line string) string { return f.n.String(line) }

// countRows turns lines into the rows of a counts file (package counts):
//
//  1. observeFn runs the character pass over each line and emits each
//     observation of counts.Observe: a word glued or with its ZWNJs, or a
//     pair of words written apart, keyed by kind and form;
//  2. a combiner sums them per (kind, form), within bundles first;
//  3. they are grouped by key (the form without ZWNJs), and rowsFn builds
//     the rows of each key as a counts.Table does;
//  4. pairs written apart are evidence only about a word, so a key that
//     the corpus only ever wrote apart keeps its rows only when
//     counts.FamilyWord(key, isWord) holds, isWord meaning that the key
//     is a word of the lexicon or one the corpus wrote as one word. The
//     lexicon is at hand on every worker; the corpus's words are not, so
//     each of them tells the keys it vouches for (its family: itself with
//     a family suffix added or taken away), and a CoGroupByKey joins that
//     with the keys still waiting. The words vouch, rather than the waiting
//     keys asking after their families, because a corpus has far fewer
//     distinct words than distinct pairs of words.
func countRows(s beam.Scope, lines beam.PCollection) beam.PCollection {
	observed := beam.ParDo(s, &observeFn{}, lines)
	summed := beam.CombinePerKey(s, sumCounts, observed)
	byKey := beam.GroupByKey(s, beam.ParDo(s, keyObservation, summed))
	kept, waiting, vouched := beam.ParDo3(s, &rowsFn{}, byKey)
	joined := beam.CoGroupByKey(s, waiting, vouched)
	confirmed := beam.ParDo(s, confirmRows, joined)
	return beam.Flatten(s, kept, confirmed)
}

// An observation is a form written one way, n times.
type observation struct {
	Form string
	Kind int // counts.Kind
	N    int
}

// observeFn emits ("<kind><form>", 1) for each observation in a line.
type observeFn struct {
	n *normalize.Normalizer
}

func (f *observeFn) Setup() {
	f.n = normalize.New(normalize.WithZWNJRepair(false))
}

func (f *observeFn) ProcessElement(line string, emit func(string, int)) {
	counts.Observe(f.n.String(line), func(form string, kind counts.Kind) {
		emit(string(rune('0'+kind))+form, 1)
	})
}

func sumCounts(a, b int) int { return a + b }

// keyObservation keys a summed observation by the key of its form.
func keyObservation(kindForm string, n int) (string, observation) {
	form := kindForm[1:]
	return counts.Key(form), observation{Form: form, Kind: int(kindForm[0] - '0'), N: n}
}

// rowsFn builds the rows of one key. Rows that need no more evidence go to
// kept; the rows of a key only written apart, which the lexicon does not
// vouch for, go to waiting; and a key the corpus wrote as one word vouches
// for the keys of its family.
type rowsFn struct {
	lex *lexicon.Lexicon
}

func (f *rowsFn) Setup() { f.lex = lexicon.Default() }

func (f *rowsFn) inLexicon(key string) bool {
	_, ok := f.lex.Lookup([]byte(key))
	return ok
}

func (f *rowsFn) ProcessElement(key string, observations func(*observation) bool,
	kept func(counts.Row), waiting func(string, counts.Row), vouched func(string, int)) {
	t := counts.NewTable()
	var o observation
	for observations(&o) {
		t.Add(o.Form, counts.Kind(o.Kind), o.N)
	}
	rows := t.Rows(nil)
	switch {
	case t.HasWord(key):
		for _, r := range rows {
			kept(r)
		}
		// The keys whose family holds this word: FamilyWord asks
		// isWord about each member of key's family, and the relation is
		// symmetric (W is in K's family exactly when K is in W's).
		counts.FamilyWord(key, func(k string) bool {
			if k != "" && k != key {
				vouched(k, 1)
			}
			return false
		})
	case counts.FamilyWord(key, f.inLexicon):
		for _, r := range rows {
			kept(r)
		}
	default:
		for _, r := range rows {
			waiting(key, r)
		}
	}
}

// confirmRows keeps the waiting rows of a key that a word of the corpus
// vouched for.
func confirmRows(key string, waiting func(*counts.Row) bool, vouched func(*int) bool, emit func(counts.Row)) {
	var v int
	if !vouched(&v) {
		return
	}
	var r counts.Row
	for waiting(&r) {
		emit(r)
	}
}

// shardOfKey spreads keys over n shards; all the rows of a key go to one
// shard, as counts.Merge expects of the files it sums.
func shardOfKey(key string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(n))
}

func init() {
	beam.RegisterType(reflect.TypeOf((*observation)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*counts.Row)(nil)).Elem())
	register.DoFn1x1[string, string](&normalizeFn{})
	register.DoFn2x0[string, func(string, int)](&observeFn{})
	register.Emitter2[string, int]()
	register.Function2x1(sumCounts)
	register.Function2x2(keyObservation)
	register.DoFn5x0[string, func(*observation) bool, func(counts.Row), func(string, counts.Row), func(string, int)](&rowsFn{})
	register.Iter1[observation]()
	register.Emitter1[counts.Row]()
	register.Emitter2[string, counts.Row]()
	register.Function4x0(confirmRows)
	register.Iter1[counts.Row]()
	register.Iter1[int]()
}
