// Command tokenize splits Persian text into tokens and sentences.
//
// By default it reads text from standard input (or the files named as
// arguments) and prints one token a line: its byte offsets, its kind and its
// text, with an empty line after each sentence. In UD mode a multiword token
// is followed by its syntactic words.
//
//	echo 'کتابش را به من داد.' | tokenize -ud
//
// With -jsonl it implements the contract of tokenize_eval.py: each input
// line is a JSON object {"id": ..., "text": ...}; each output line is
// {"id": ..., "sentences": [[tok, ...], ...]}, where tok is the token's text,
// or, with -ud, {"text": ..., "words": [...]} for a multiword token.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/persiantext/persian/tokenize"
)

func main() {
	jsonl := flag.Bool("jsonl", false, "read and write JSON lines (the tokenize_eval.py contract)")
	ud := flag.Bool("ud", false, "split enclitics into syntactic words (UD multiword tokens)")
	joinVerbs := flag.Bool("join-verbs", false, "keep compound verb groups such as «خواهم رفت» as one token (ignored with -ud)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: tokenize [-jsonl] [-ud] [-join-verbs] [file ...]\n")
		flag.PrintDefaults()
	}
	flag.Parse()

	var opts []tokenize.Option
	if *ud {
		opts = append(opts, tokenize.UD())
	}
	if *joinVerbs {
		opts = append(opts, tokenize.JoinVerbs())
	}
	t := tokenize.New(opts...)

	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	var err error
	if *jsonl {
		err = runJSONL(t, os.Stdin, out)
	} else if flag.NArg() == 0 {
		err = printTokens(t, os.Stdin, out)
	} else {
		for _, name := range flag.Args() {
			var f *os.File
			if f, err = os.Open(name); err != nil {
				break
			}
			err = printTokens(t, f, out)
			f.Close()
			if err != nil {
				break
			}
		}
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "tokenize:", err)
		os.Exit(1)
	}
}

// printTokens streams r through the tokenizer and prints one token a line.
func printTokens(t *tokenize.Tokenizer, r io.Reader, w *bufio.Writer) error {
	s := t.NewScanner(r)
	for s.Scan() {
		tok := s.Token()
		fmt.Fprintf(w, "%d\t%d\t%s\t%s\n", tok.Start, tok.End, tok.Kind, s.Bytes())
		for i, word := range tok.Words {
			fmt.Fprintf(w, "\t%d\t%d\tword\t%s\n", word.Start, word.End, s.WordBytes(i))
		}
		if s.EndsSentence() {
			w.WriteByte('\n')
		}
	}
	return s.Err()
}

type document struct {
	ID   json.RawMessage `json:"id"`
	Text string          `json:"text"`
}

type result struct {
	ID        json.RawMessage `json:"id"`
	Sentences [][]any         `json:"sentences"`
}

type multiword struct {
	Text  string   `json:"text"`
	Words []string `json:"words"`
}

// runJSONL reads one JSON document a line and writes its sentences.
func runJSONL(t *tokenize.Tokenizer, r io.Reader, w *bufio.Writer) error {
	in := bufio.NewReaderSize(r, 64<<10)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for lineNo := 1; ; lineNo++ {
		line, err := in.ReadBytes('\n')
		if len(line) > 0 && !isBlank(line) {
			var doc document
			if jerr := json.Unmarshal(line, &doc); jerr != nil {
				return fmt.Errorf("input line %d: %w", lineNo, jerr)
			}
			if len(doc.ID) == 0 {
				doc.ID = json.RawMessage("null")
			}
			res := result{ID: doc.ID, Sentences: [][]any{}}
			for _, sent := range t.SentenceTokens(doc.Text) {
				toks := make([]any, 0, len(sent))
				for _, tok := range sent {
					if !tok.IsMultiword() {
						toks = append(toks, tok.Text)
						continue
					}
					mw := multiword{Text: tok.Text}
					for _, word := range tok.Words {
						mw.Words = append(mw.Words, doc.Text[word.Start:word.End])
					}
					toks = append(toks, mw)
				}
				res.Sentences = append(res.Sentences, toks)
			}
			if eerr := enc.Encode(res); eerr != nil {
				return eerr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func isBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}
