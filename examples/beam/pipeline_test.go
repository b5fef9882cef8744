package main

import (
	"context"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/persiantext/persian/internal/lexicon"
	"github.com/persiantext/persian/internal/lexicon/counts"
	"github.com/persiantext/persian/normalize"
)

// The tests run the pipeline on Beam's local runner, prism, in process,
// with its log kept to warnings.
func TestMain(m *testing.M) {
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	ptest.Main(m)
}

const fixture = "testdata/corpus/*.txt"

// runPipeline runs the pipeline of cfg and fails the test if it fails.
func runPipeline(t *testing.T, cfg Config) {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	require.NoError(t, Build(s, cfg))
	require.NoError(t, ptest.Run(p))
}

// readShards returns the contents of the n shards DIR/NAME-*-of-n.EXT,
// failing the test if one is missing or a stray one exists.
func readShards(t *testing.T, dir, name, ext string, n int) []string {
	t.Helper()
	found, err := filepath.Glob(filepath.Join(dir, name+"-*"))
	require.NoError(t, err)
	var want []string
	for i := range n {
		want = append(want, shardName(dir, name, ext, i, n))
	}
	require.Equal(t, want, found)
	var texts []string
	for _, f := range found {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	return texts
}

// lines splits text into lines, without their newlines; a final line
// without a newline counts.
func lines(text string) []string {
	if text == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(text, "\n"), "\n")
}

// runNormalizeCommand builds examples/normalize and runs it on files.
func runNormalizeCommand(t *testing.T, files []string) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "normalize")
	build := exec.Command("go", "build", "-o", bin, "github.com/persiantext/persian/examples/normalize")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "%s", out)
	cmd := exec.Command(bin, files...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	got, err := cmd.Output()
	require.NoError(t, err, "%s", stderr.String())
	return string(got)
}

// fixtureLines returns the lines of the fixture as Beam's textio reads
// them: split at "\n", a final line without one included.
func fixtureLines(t *testing.T) (files, all []string) {
	files, err := filepath.Glob(fixture)
	require.NoError(t, err)
	require.Len(t, files, 3)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		all = append(all, lines(string(b))...)
	}
	return files, all
}

// expectedRows counts lines in process, as the pipeline should: the
// character pass, a counts.Table, and the filter of pairs written apart
// with isWord = the lexicon or a word of the corpus.
func expectedRows(lines []string) []counts.Row {
	n := normalize.New(normalize.WithZWNJRepair(false))
	t := counts.NewTable()
	for _, l := range lines {
		t.AddLine(n.String(l))
	}
	seen := map[string]bool{}
	for _, r := range t.Rows(nil) {
		if r.Glued > 0 || r.ZWNJ > 0 {
			seen[counts.Key(r.Form)] = true
		}
	}
	lex := lexicon.Default()
	return t.Rows(func(key string) bool {
		return counts.FamilyWord(key, func(k string) bool {
			_, ok := lex.Lookup([]byte(k))
			return ok || seen[k]
		})
	})
}

func TestPipelineOnFixtureMatchesTheCommandAndCountsEveryWordForm(t *testing.T) {
	out := t.TempDir()
	const shards = 3
	runPipeline(t, Config{Input: fixture, Output: out, Shards: shards, Norm: DefaultOptions()})
	files, input := fixtureLines(t)

	// Normalized lines: as a multiset, what examples/normalize prints.
	var got []string
	for _, text := range readShards(t, out, "normalized", ".txt", shards) {
		got = append(got, lines(text)...)
	}
	want := lines(runNormalizeCommand(t, files))
	require.Len(t, want, len(input), "one output line per input line")
	sort.Strings(got)
	sort.Strings(want)
	assert.Equal(t, want, got)
	assert.Contains(t, got, "باغ ما پر از درخت\u200cهای سیب و گلابی است و بچه\u200cها در آن بازی می\u200cکنند.")
	assert.Contains(t, got, "هوای تهران امروز سردتر از دیروز است.\r", "CRLF lines keep their CR")

	// Counts: each shard sorted by form, each key in one shard, and the
	// rows those of a counts.Table over the same lines.
	var rows []counts.Row
	shardOf := map[string]int{}
	for i, text := range readShards(t, out, "counts", ".tsv", shards) {
		rs, err := counts.Read(strings.NewReader(text))
		require.NoError(t, err)
		assert.True(t, sort.SliceIsSorted(rs, func(a, b int) bool { return rs[a].Form < rs[b].Form }), "shard %d sorted", i)
		for _, r := range rs {
			k := counts.Key(r.Form)
			if s, ok := shardOf[k]; ok {
				assert.Equal(t, s, i, "key %s in two shards", k)
			}
			shardOf[k] = i
		}
		rows = append(rows, rs...)
	}
	sort.Slice(rows, func(a, b int) bool { return rows[a].Form < rows[b].Form })
	assert.Equal(t, expectedRows(input), rows)

	// A row for every word form, glued or written with its ZWNJs.
	byForm := map[string]counts.Row{}
	for _, r := range rows {
		byForm[r.Form] = r
	}
	charPass := normalize.New(normalize.WithZWNJRepair(false))
	forms := 0
	for _, l := range input {
		counts.Observe(charPass.String(l), func(form string, kind counts.Kind) {
			switch kind {
			case counts.Glued:
				forms++
				assert.Positive(t, byForm[form].Glued, "no row for %s written glued", form)
			case counts.ZWNJ:
				forms++
				assert.Positive(t, byForm[form].ZWNJ, "no row for %s written with a ZWNJ", form)
			}
		})
	}
	assert.Greater(t, forms, 100)
	// Spot checks: a compound seen with its ZWNJ and apart, and a plural
	// seen apart that the lexicon knows.
	assert.Equal(t, counts.Row{Form: "روزنامه\u200cنگار", Apart: 1}, byForm["روزنامه\u200cنگار"])
	assert.Equal(t, 1, byForm["روزنامه\u200cنگاران"].ZWNJ)
	assert.Equal(t, 1, byForm["کتاب\u200cهای"].Apart)
	assert.Equal(t, 1, byForm["کتاب\u200cها"].Apart)
}

func TestPairsWrittenApartNeedAWordOfTheLexiconOrTheCorpus(t *testing.T) {
	// «زرتاب» and «زرتابگون» are made-up words, in no lexicon: the pair
	// «زرتاب گون» is kept because the corpus writes «زرتابگونها» as
	// one word, a member of its family; «زرتاب نما» is dropped, as nothing
	// vouches for «زرتابنما»; «کتاب ها» is kept for the lexicon's کتابها.
	lex := lexicon.Default()
	for _, k := range []string{"زرتابگون", "زرتابگونها", "زرتابنما", "زرتاب"} {
		_, ok := lex.Lookup([]byte(k))
		require.False(t, ok, "%s is in the lexicon; the test needs a word that is not", k)
	}
	dir := t.TempDir()
	input := filepath.Join(dir, "in.txt")
	text := "زرتاب گون\nزرتابگونها\nزرتاب نما\nکتاب ها\n"
	require.NoError(t, os.WriteFile(input, []byte(text), 0o644))
	out := filepath.Join(dir, "out")
	runPipeline(t, Config{Input: input, Output: out, Shards: 2, Norm: DefaultOptions()})

	var forms []string
	for _, text := range readShards(t, out, "counts", ".tsv", 2) {
		rs, err := counts.Read(strings.NewReader(text))
		require.NoError(t, err)
		for _, r := range rs {
			forms = append(forms, r.Form)
		}
	}
	sort.Strings(forms)
	want := []string{"زرتاب", "زرتاب\u200cگون", "زرتابگونها", "نما", "ها", "کتاب", "کتاب\u200cها", "گون"}
	sort.Strings(want)
	assert.Equal(t, want, forms)
	want = want[:0]
	for _, r := range expectedRows(lines(text)) {
		want = append(want, r.Form)
	}
	assert.Equal(t, want, forms)
}

func TestBadOptionsAreRefusedBeforeTheRun(t *testing.T) {
	for _, o := range []Options{{Profile: "fast"}, {Digits: "roman"}, {Quotes: "curly"}} {
		_, s := beam.NewPipelineWithRoot()
		assert.Error(t, Build(s, Config{Input: fixture, Output: t.TempDir(), Shards: 1, Norm: o}), "%+v", o)
	}
	_, s := beam.NewPipelineWithRoot()
	assert.Error(t, Build(s, Config{Input: fixture, Output: t.TempDir(), Shards: 0, Norm: DefaultOptions()}))
}

func TestDefaultOptionsAreThoseOfNew(t *testing.T) {
	n, err := DefaultOptions().Normalizer()
	require.NoError(t, err)
	_, input := fixtureLines(t)
	for _, l := range input {
		assert.Equal(t, normalize.New().String(l), n.String(l))
	}
}

func TestAnInputGlobThatMatchesNothingIsAnError(t *testing.T) {
	ctx := context.Background()
	assert.NoError(t, checkInput(ctx, fixture))
	err := checkInput(ctx, filepath.Join(t.TempDir(), "*.txt"))
	assert.ErrorContains(t, err, "matches no file")
}
