// Command beam normalizes a Persian corpus on Apache Beam and counts how
// it writes each word form, for corpora larger than one machine.
//
//	go run . --input 'corpus/*.txt' --output out
//
// It reads the text files that --input matches (Beam's textio: a local
// glob, gs://, s3://, any filesystem Beam supports), one line at a time,
// and writes two sets of shards into the --output directory:
//
//   - normalized-SSSSS-of-NNNNN.txt: every line, normalized with the
//     Normalizer that the flags describe (the defaults of normalize.New
//     unless told otherwise). As a multiset, the lines are what
//     examples/normalize prints for the same files; shards reorder them.
//   - counts-SSSSS-of-NNNNN.tsv: word-form counts in the format of
//     internal/lexicon/counts (form, glued, zwnj, apart), the evidence
//     that the lexicon generator reads to rebuild the ZWNJ lexicon. They
//     count the corpus's own spelling after the character pass, not after
//     the ZWNJ repair (see Build).
//
// It runs on Beam's local runner, prism, unless --runner says otherwise:
// --runner dataflow, flink or spark, with the flags those runners take;
// see README.md.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

var (
	input  = flag.String("input", "", "glob of the text files to read (required), e.g. 'corpus/*.txt' or 'gs://bucket/corpus/*.txt'")
	output = flag.String("output", "", "directory to write the normalized-* and counts-* shards into (required)")
	shards = flag.Int("shards", 4, "number of shards of each output")

	profile    = flag.String("profile", "default", "normalizer profile: default (for readers) or search (aggressive folding for indexing)")
	digits     = flag.String("digits", "", "digit set: persian, latin or keep (default persian; latin under --profile=search)")
	diacritics = flag.Bool("diacritics", true, "keep diacritics (harakat, tanvin, shadda, sukun)")
	bidi       = flag.Bool("bidi", false, "keep bidi control marks")
	quotes     = flag.String("quotes", "keep", "quotation marks: keep, or guillemets")
	ellipsis   = flag.Bool("ellipsis", false, `turn "..." into "…"`)
	spacing    = flag.Bool("spacing", true, "apply the spacing and punctuation rules")
	zwnj       = flag.Bool("zwnj", true, "repair missing and misplaced ZWNJs in the normalized lines (the counts never see the repair)")
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: beam --input GLOB --output DIR [flags] [--runner dataflow|flink|spark ...]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	// On a worker, Init runs the worker and does not return.
	beam.Init()
	log.SetFlags(0)
	log.SetPrefix("beam: ")

	if *input == "" || *output == "" {
		flag.Usage()
		os.Exit(2)
	}
	cfg := Config{
		Input:  *input,
		Output: *output,
		Shards: *shards,
		Norm: Options{
			Profile: *profile, Digits: *digits, Diacritics: *diacritics, Bidi: *bidi,
			Quotes: *quotes, Ellipsis: *ellipsis, Spacing: *spacing, ZWNJ: *zwnj,
		},
	}
	ctx := context.Background()
	if err := checkInput(ctx, cfg.Input); err != nil {
		log.Fatal(err)
	}
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, cfg); err != nil {
		log.Fatal(err)
	}
	if err := beamx.Run(ctx, p); err != nil {
		log.Fatalf("pipeline failed: %v", err)
	}
}

// checkInput makes sure that the glob matches files before a job is
// started: textio reads a glob that matches nothing as an empty corpus,
// and a typo would give empty shards.
func checkInput(ctx context.Context, glob string) error {
	fs, err := filesystem.New(ctx, glob)
	if err != nil {
		return fmt.Errorf("--input %s: %w", glob, err)
	}
	defer fs.Close()
	files, err := fs.List(ctx, glob)
	if err != nil {
		return fmt.Errorf("--input %s: %w", glob, err)
	}
	if len(files) == 0 {
		return fmt.Errorf("--input %s matches no file", glob)
	}
	return nil
}
