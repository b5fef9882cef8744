package main

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/persiantext/persian/internal/lexicon/counts"
)

// Beam's Go textio.Write writes one file; a corpus wants shards, written
// in parallel. Each output is written as n shards named
// DIR/NAME-00000-of-0000n.EXT: the elements are spread over shard numbers,
// grouped by shard together with the list of all the shard numbers (so that
// a shard with no element is still written, and the set is complete), and
// each shard is written by one worker through Beam's filesystem package,
// so DIR may be on any filesystem Beam supports (local, gs://, s3://). A
// shard that a runner retries is written again whole.

// shardName is the path of shard i of n.
func shardName(dir, name, ext string, i, n int) string {
	return fmt.Sprintf("%s/%s-%05d-of-%05d%s", strings.TrimSuffix(dir, "/"), name, i, n, ext)
}

// shardNumbers returns the PCollection<KV<int, int>> of (i, i) for each
// shard number.
func shardNumbers(s beam.Scope, n int) beam.PCollection {
	ids := make([]int, n)
	for i := range ids {
		ids[i] = i
	}
	return beam.ParDo(s, shardID, beam.CreateList(s, ids))
}

func shardID(i int) (int, int) { return i, i }

// writeLines writes the PCollection<string> lines as text shards, one
// element a line.
func writeLines(s beam.Scope, dir, name, ext string, n int, lines beam.PCollection) {
	s = s.Scope("write " + name)
	spread := beam.ParDo(s, &spreadFn{Shards: n}, lines)
	grouped := beam.CoGroupByKey(s, shardNumbers(s, n), spread)
	beam.ParDo0(s, &writeLinesFn{Dir: dir, Name: name, Ext: ext, Shards: n}, grouped)
}

// spreadFn deals lines to shards in turn, from a random shard in each
// bundle, so that shards are even whatever the lines hold.
type spreadFn struct {
	Shards int
	next   int
}

func (f *spreadFn) StartBundle() { f.next = rand.IntN(f.Shards) }

func (f *spreadFn) ProcessElement(line string) (int, string) {
	i := f.next
	f.next = (f.next + 1) % f.Shards
	return i, line
}

type writeLinesFn struct {
	Dir, Name, Ext string
	Shards         int
}

func (f *writeLinesFn) ProcessElement(ctx context.Context, shard int, _ func(*int) bool, lines func(*string) bool) error {
	return writeShard(ctx, shardName(f.Dir, f.Name, f.Ext, shard, f.Shards), func(w *bufio.Writer) error {
		var line string
		for lines(&line) {
			w.WriteString(line)
			if err := w.WriteByte('\n'); err != nil {
				return err
			}
		}
		return nil
	})
}

// writeCounts writes the PCollection<counts.Row> rows as counts shards
// (counts.Write), each sorted by form, all the rows of a key in one shard.
func writeCounts(s beam.Scope, dir, name, ext string, n int, rows beam.PCollection) {
	s = s.Scope("write " + name)
	keyed := beam.ParDo(s, &shardRowFn{Shards: n}, rows)
	grouped := beam.CoGroupByKey(s, shardNumbers(s, n), keyed)
	beam.ParDo0(s, &writeCountsFn{Dir: dir, Name: name, Ext: ext, Shards: n}, grouped)
}

type shardRowFn struct{ Shards int }

func (f *shardRowFn) ProcessElement(r counts.Row) (int, counts.Row) {
	return shardOfKey(counts.Key(r.Form), f.Shards), r
}

// writeCountsFn sorts the rows of a shard in memory: a shard holds
// 1/Shards of the distinct forms of the corpus.
type writeCountsFn struct {
	Dir, Name, Ext string
	Shards         int
}

func (f *writeCountsFn) ProcessElement(ctx context.Context, shard int, _ func(*int) bool, rows func(*counts.Row) bool) error {
	var all []counts.Row
	var r counts.Row
	for rows(&r) {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Form < all[j].Form })
	return writeShard(ctx, shardName(f.Dir, f.Name, f.Ext, shard, f.Shards), func(w *bufio.Writer) error {
		return counts.Write(w, all)
	})
}

// writeShard creates path on its filesystem and writes it with fill.
func writeShard(ctx context.Context, path string, fill func(*bufio.Writer) error) error {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(fd, 1<<20)
	if err := fill(w); err != nil {
		fd.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := w.Flush(); err != nil {
		fd.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := fd.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

func init() {
	register.Function1x2(shardID)
	register.DoFn1x2[string, int, string](&spreadFn{})
	register.DoFn4x1[context.Context, int, func(*int) bool, func(*string) bool, error](&writeLinesFn{})
	register.DoFn1x2[counts.Row, int, counts.Row](&shardRowFn{})
	register.DoFn4x1[context.Context, int, func(*int) bool, func(*counts.Row) bool, error](&writeCountsFn{})
	register.Iter1[string]()
}
