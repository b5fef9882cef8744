// Command gen builds table.bin, the word table that package lexicon
// embeds, from the Lilak spelling dictionary and from counts of how a
// corpus of correctly written Persian writes each word form.
//
// go generate runs it from internal/lexicon, with inputs vendored in the
// module, so that a clone rebuilds the committed table byte for byte:
//
//	go run ./gen -lilak ../../third_party/lilak -counts ../../third_party/updt/counts.tsv -o table.bin
//
// -counts may be given several times (or as a comma-separated list): the
// counts of all files are summed. To add the evidence of a corpus of your
// own, count it (with the examples/beam pipeline, or with -count below for
// a single file) and pass its counts beside the UPDT ones.
//
// In -count mode, gen reads a corpus (one sentence or paragraph per line)
// and writes its counts in the format of package counts instead:
//
//	go run ./gen -count corpus.txt -lilak ../../third_party/lilak -o counts.tsv
//
// The committed third_party/updt/counts.tsv was made so from the training
// part of the Uppsala Persian Dependency Treebank.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/persiantext/persian/internal/lexicon"
	"github.com/persiantext/persian/internal/lexicon/counts"
)

func main() {
	lilak := flag.String("lilak", "../../third_party/lilak", "directory of the Lilak dictionary")
	var countFiles multiFlag
	flag.Var(&countFiles, "counts", "word-form counts to read (repeatable, or comma-separated)")
	corpus := flag.String("count", "", "count the forms of this corpus and write counts instead of a table")
	out := flag.String("o", "table.bin", "output file")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("gen: ")

	readDic(filepath.Join(*lilak, "fa-IR.dic"))
	readLexicon(filepath.Join(*lilak, "lexicon"))
	readDic(filepath.Join(*lilak, "dic_users"))
	if *corpus != "" {
		if err := writeCounts(*corpus, *out); err != nil {
			log.Fatal(err)
		}
		return
	}
	readVerbStems(filepath.Join(*lilak, "verbs.htm"))
	var files [][]counts.Row
	for _, path := range countFiles {
		f, err := os.Open(path)
		if err != nil {
			log.Fatal(err)
		}
		rows, err := counts.Read(f)
		f.Close()
		if err != nil {
			log.Fatalf("%s: %v", path, err)
		}
		files = append(files, rows)
	}
	readCounts(counts.Merge(files...))
	recs := records()
	data, err := lexicon.Encode(recs)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%s: %d words, %d bytes", *out, len(recs), len(data))
}

// writeCounts counts the forms of a corpus and writes them to out. A pair
// of words written apart is kept when it is a word of Lilak or of the
// corpus (see counts.Table.Rows), or such a word with a family suffix
// added or taken away (اعلام شد for اعلام‌شده): the evidence that
// familyJoined reads.
func writeCounts(corpus, out string) error {
	data, err := os.ReadFile(corpus)
	if err != nil {
		return err
	}
	t := counts.NewTable()
	for _, line := range strings.Split(string(data), "\n") {
		t.AddLine(line)
	}
	// HasWord scans the table; index the keys seen as one word first.
	seen := map[string]bool{}
	for _, r := range t.Rows(nil) {
		if r.Glued > 0 || r.ZWNJ > 0 {
			seen[counts.Key(r.Form)] = true
		}
	}
	rows := t.Rows(func(key string) bool {
		return counts.FamilyWord(key, func(k string) bool { return words[k] != nil || seen[k] })
	})
	var buf bytes.Buffer
	buf.WriteString("# Word-form counts of " + filepath.Base(corpus) + ", written by internal/lexicon/gen -count. DO NOT EDIT.\n")
	if err := counts.Write(&buf, rows); err != nil {
		return err
	}
	log.Printf("%s: %d rows", out, len(rows))
	return os.WriteFile(out, buf.Bytes(), 0o644)
}

// multiFlag is a flag that may be given several times, each time with one
// value or a comma-separated list.
type multiFlag []string

func (m *multiFlag) String() string { return strings.Join(*m, ",") }

func (m *multiFlag) Set(v string) error {
	for _, p := range strings.Split(v, ",") {
		if p == "" {
			return fmt.Errorf("empty file name in %q", v)
		}
		*m = append(*m, p)
	}
	return nil
}
