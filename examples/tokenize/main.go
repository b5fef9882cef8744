// Command tokenize splits Persian text into tokens and sentences.
//
// It reads the files named as arguments, or standard input when there are
// none (a file named - is standard input too), like cat. By default it
// prints one token a line: its byte offsets, its kind and its text, with an
// empty line after each sentence. In UD mode a multiword token is followed
// by its syntactic words.
//
//	$ echo 'کتابش را به من داد.' | tokenize -ud
//
// Run on a terminal with no input, it prints a short demonstration.
//
// # JSON lines
//
// With -jsonl each input line is a JSON object {"id": ..., "text": ...}, a
// document, and each output line is {"id": ..., "sentences": [[tok, ...],
// ...]}, where tok is the token's text or, with -ud, {"text": ...,
// "words": [...]} for a multiword token. With -offsets each token is an object
// {"text", "start", "end", "kind"} instead, start and end being byte
// offsets into the document's text, with "words" for a multiword token.
//
// # Normalizing first
//
// With -normalize the text goes through the normalize package's default
// Normalizer before it is tokenized, as web text needs: Arabic yeh and
// kaf, Latin digits, glued or spaced ZWNJs («كتاب ها» is then the one
// token کتاب‌ها). Each token's text is the normalized text, and its offsets
// stay byte offsets into the raw input, the text that was read:
//
//	$ echo 'كتاب ها را ميخوانم .' | tokenize -normalize
//	0	13	Word	کتاب‌ها
//	...
//
// With -jsonl each token is then an object {"text", "start", "end",
// "kind"}, as with -offsets: the normalized text, byte offsets into the
// document's raw "text", and the kind's name, with "words" (normalized)
// for a multiword token of -ud. With -conllu the FORMs are normalized;
// SpaceAfter follows the raw text, as the offsets do.
//
// # CoNLL-U
//
// With -conllu the output is CoNLL-U, for Universal Dependencies tools:
// a "# newdoc id" line for each document (an input file, or a JSON line
// with -jsonl), then for each sentence "# sent_id" and "# text" lines and
// one line per token, with SpaceAfter=No in MISC when the next token
// follows without a space. With -ud a multiword token is a range line
// (3-4) followed by its words. Only ID, FORM and MISC carry information:
// HEAD and DEPREL hold a placeholder tree (the first word is the root and
// every other word depends on it), which the CoNLL 2018 evaluation script
// and the UD validator require; it is not a parse.
//
// The command exits with status 1 when an input could not be read or is
// not valid JSON lines (it goes on with the other inputs), and 2 on a bad
// flag.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"

	"github.com/persiantext/persian/examples/internal/term"
	"github.com/persiantext/persian/normalize"
	"github.com/persiantext/persian/tokenize"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, term.IsTerminal(os.Stdin)))
}

// demoText is tokenized when the command runs on a terminal with nothing
// piped in.
const demoText = "خودش گفت: «کتاب‌ها را ۱۴۰۴/۰۱/۰۳ خریدم.» نشانی: https://example.ir"

// config is what the flags ask for.
type config struct {
	tokenizer *tokenize.Tokenizer
	jsonl     bool // input and output are JSON lines
	offsets   bool // JSON tokens are objects with offsets and kinds (-offsets or -normalize)
	conllu    bool // output is CoNLL-U
	docs      int  // documents read so far, for ids in CoNLL-U
}

// run is the whole command, apart from the process: it returns the exit
// status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, terminal bool) int {
	flags := flag.NewFlagSet("tokenize", flag.ContinueOnError)
	flags.SetOutput(stderr)
	jsonl := flags.Bool("jsonl", false, `read JSON lines {"id","text"}, one document each, and write {"id","sentences"} lines`)
	offsets := flags.Bool("offsets", false, `with -jsonl: write each token as {"text","start","end","kind"}, with byte offsets into the document's text`)
	conllu := flags.Bool("conllu", false, "write CoNLL-U: one document per input file, or per JSON line with -jsonl")
	ud := flags.Bool("ud", false, "split enclitics into syntactic words (UD multiword tokens)")
	joinVerbs := flags.Bool("join-verbs", false, "keep compound verb groups such as «خواهم رفت» as one token (ignored with -ud)")
	normalizeFirst := flags.Bool("normalize", false, `normalize the text first (package normalize, default options): tokens are normalized, offsets point into the raw text; with -jsonl each token is {"text","start","end","kind"}`)
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: tokenize [-normalize] [-ud] [-join-verbs] [-jsonl [-offsets]] [-conllu] [file ...]")
		fmt.Fprintln(stderr, "Reads the named files, or standard input, and prints one token a line.")
		flags.PrintDefaults()
		fmt.Fprintln(stderr, "To score it as the README does: tokenize -ud -conllu text.txt > system.conllu, then")
		fmt.Fprintln(stderr, "conll18_ud_eval.py (CoNLL 2018 shared task) on the gold CoNLL-U and system.conllu.")
	}
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *offsets && !*jsonl {
		fmt.Fprintln(stderr, "tokenize: -offsets needs -jsonl (the plain output always shows offsets)")
		return 2
	}
	if *offsets && *conllu {
		fmt.Fprintln(stderr, "tokenize: -offsets applies to JSON output, not to -conllu")
		return 2
	}
	var opts []tokenize.Option
	if *ud {
		opts = append(opts, tokenize.UD())
	}
	if *joinVerbs {
		opts = append(opts, tokenize.JoinVerbs())
	}
	if *normalizeFirst {
		opts = append(opts, tokenize.Normalize(normalize.New()))
	}
	cfg := &config{tokenizer: tokenize.New(opts...), jsonl: *jsonl, offsets: *offsets || *normalizeFirst, conllu: *conllu}

	out := bufio.NewWriterSize(stdout, 64<<10)
	if flags.NArg() == 0 && terminal {
		demo(cfg.tokenizer, out)
		return flush(out, stderr, 0)
	}
	names := flags.Args()
	if len(names) == 0 {
		names = []string{"-"}
	}
	status := 0
	for _, name := range names {
		if err := cfg.process(name, stdin, out); err != nil {
			out.Flush() // what went before the error comes first
			fmt.Fprintln(stderr, "tokenize:", err)
			status = 1
		}
	}
	return flush(out, stderr, status)
}

// demo shows what the command does on a sample sentence.
func demo(t *tokenize.Tokenizer, w *bufio.Writer) {
	fmt.Fprintln(w, "tokenize reads text from the files named as arguments, or from standard input,")
	fmt.Fprintln(w, "and prints one token a line: byte offsets, kind and text, with an empty line")
	fmt.Fprintln(w, "after each sentence. For example:")
	fmt.Fprintf(w, "\n$ echo '%s' | tokenize\n", demoText)
	printTokens(t.NewScanner(strings.NewReader(demoText)), w)
	fmt.Fprintln(w, "Flags: -normalize (web text: offsets stay in the raw text), -ud (clitics as words), -join-verbs,")
	fmt.Fprintln(w, "-jsonl, -offsets, -conllu; see tokenize -h.")
}

func flush(out *bufio.Writer, stderr io.Writer, status int) int {
	if err := out.Flush(); err != nil {
		fmt.Fprintln(stderr, "tokenize: writing standard output:", err)
		return 1
	}
	return status
}

// process reads one input, the file name or standard input for "-", and
// writes its tokens in the format the flags ask for.
func (c *config) process(name string, stdin io.Reader, w *bufio.Writer) error {
	r, label := stdin, "standard input"
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r, label = f, name
	}
	var err error
	switch {
	case c.jsonl:
		err = c.jsonLines(r, w)
	case c.conllu:
		c.docs++
		s := c.tokenizer.NewScanner(r)
		err = writeCoNLLU(w, s, docID(name, c.docs))
		if err == nil {
			err = s.Err()
		}
	default:
		err = printTokens(c.tokenizer.NewScanner(r), w)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", label, err)
	}
	return nil
}

// printTokens streams the tokens of s and prints one a line.
func printTokens(s *tokenize.Scanner, w *bufio.Writer) error {
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

// A record is a token as the JSON and CoNLL-U outputs write it. Every
// output goes through records (see sentences): Text is the token's text,
// Start and End its byte offsets into the document. With -normalize, Text
// is the normalized text and Start, End are offsets into the raw text (the
// tokenizer's Normalize option maps them back).
type record struct {
	Text  string   `json:"text"`
	Start int      `json:"start"`
	End   int      `json:"end"`
	Kind  string   `json:"kind"`
	Words []string `json:"words,omitempty"` // a multiword token's syntactic words

	spaceAfter bool // whitespace follows before the next token
}

// sentences scans s and calls emit with the records of each sentence, once
// the token after it is known (to tell whether a space follows the last).
// The records are reused after emit returns.
func sentences(s *tokenize.Scanner, emit func([]record) error) error {
	var cur, done []record
	for s.Scan() {
		tok := s.Token()
		rec := record{Text: string(s.Bytes()), Start: tok.Start, End: tok.End, Kind: tok.Kind.String()}
		for i := range tok.Words {
			rec.Words = append(rec.Words, string(s.WordBytes(i)))
		}
		if last := lastRecord(done, cur); last != nil {
			last.spaceAfter = tok.Start > last.End
		}
		if len(done) > 0 {
			if err := emit(done); err != nil {
				return err
			}
			done = done[:0]
		}
		cur = append(cur, rec)
		if s.EndsSentence() {
			cur, done = done, cur
		}
	}
	if len(done) > 0 {
		done[len(done)-1].spaceAfter = true // the document ends: nothing follows
		if err := emit(done); err != nil {
			return err
		}
	}
	return nil
}

func lastRecord(done, cur []record) *record {
	if len(cur) > 0 {
		return &cur[len(cur)-1]
	}
	if len(done) > 0 {
		return &done[len(done)-1]
	}
	return nil
}

// document is one input line of -jsonl.
type document struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
}

// multiword is a multiword token in the default -jsonl output.
type multiword struct {
	Text  string   `json:"text"`
	Words []string `json:"words"`
}

// jsonLines reads one JSON document a line and writes its tokens, as JSON
// lines or CoNLL-U. It stops at the first line that is not a document.
func (c *config) jsonLines(r io.Reader, w *bufio.Writer) error {
	in := bufio.NewReaderSize(r, 64<<10)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for lineNo := 1; ; lineNo++ {
		line, readErr := in.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			if err := c.document(line, lineNo, enc, w); err != nil {
				return err
			}
		}
		if readErr == io.EOF {
			return nil
		}
		if readErr != nil {
			return readErr
		}
	}
}

// document tokenizes the document on one input line of -jsonl.
func (c *config) document(line []byte, lineNo int, enc *json.Encoder, w *bufio.Writer) error {
	doc, err := parseDocument(line, lineNo)
	if err != nil {
		return err
	}
	c.docs++
	s := c.tokenizer.NewBytesScanner([]byte(*doc.Text))
	if !c.conllu {
		return c.writeJSON(enc, doc.ID, s)
	}
	id := docID("", c.docs)
	if v, ok := idString(doc.ID); ok {
		id = docID(v, c.docs)
	}
	return writeCoNLLU(w, s, id)
}

// parseDocument reads one -jsonl input line. Its errors name the line and
// quote its start, rather than a byte of it that JSON's error would show
// as a Latin-1 character ('Ø' for the first byte of a Persian letter).
func parseDocument(line []byte, lineNo int) (document, error) {
	var doc document
	err := json.Unmarshal(line, &doc)
	var syntax *json.SyntaxError
	switch {
	case errors.As(err, &syntax):
		hint := ""
		if t := bytes.TrimSpace(line); len(t) > 0 && t[0] != '{' {
			hint = "; -jsonl reads JSON lines, leave it out to tokenize plain text"
		}
		return doc, fmt.Errorf(`line %d: not a JSON object {"id": ..., "text": "..."}: %s (invalid JSON at byte %d)%s`,
			lineNo, quoteStart(line), syntax.Offset, hint)
	case err != nil:
		return doc, fmt.Errorf(`line %d: not a JSON object {"id": ..., "text": "..."}: %s: %v`, lineNo, quoteStart(line), err)
	case doc.Text == nil:
		return doc, fmt.Errorf(`line %d: the object has no "text" string`, lineNo)
	}
	if len(doc.ID) == 0 {
		doc.ID = json.RawMessage("null")
	}
	return doc, nil
}

// quoteStart quotes the first 40 characters of line, for an error message.
func quoteStart(line []byte) string {
	t := []rune(strings.ToValidUTF8(string(bytes.TrimSpace(line)), "\uFFFD"))
	if len(t) > 40 {
		return strconv.Quote(string(t[:40])) + "…"
	}
	return strconv.Quote(string(t))
}

// writeJSON writes the output line of one document.
func (c *config) writeJSON(enc *json.Encoder, id json.RawMessage, s *tokenize.Scanner) error {
	out := struct {
		ID        json.RawMessage `json:"id"`
		Sentences [][]any         `json:"sentences"`
	}{ID: id, Sentences: [][]any{}}
	err := sentences(s, func(sent []record) error {
		toks := make([]any, len(sent))
		for i, rec := range sent {
			switch {
			case c.offsets:
				toks[i] = rec
			case rec.Words != nil:
				toks[i] = multiword{Text: rec.Text, Words: rec.Words}
			default:
				toks[i] = rec.Text
			}
		}
		out.Sentences = append(out.Sentences, toks)
		return nil
	})
	if err != nil {
		return err
	}
	return enc.Encode(out)
}

// writeCoNLLU writes the sentences of s as one CoNLL-U document. A
// document without tokens writes nothing: a comment must come before a
// sentence.
func writeCoNLLU(w *bufio.Writer, s *tokenize.Scanner, id string) error {
	n := 0
	return sentences(s, func(sent []record) error {
		n++
		if n == 1 {
			fmt.Fprintf(w, "# newdoc id = %s\n", id)
		}
		fmt.Fprintf(w, "# sent_id = %s-%d\n", id, n)
		w.WriteString("# text = ")
		for i, rec := range sent {
			w.WriteString(form(rec.Text))
			if rec.spaceAfter && i < len(sent)-1 {
				w.WriteByte(' ')
			}
		}
		w.WriteByte('\n')
		word := 1
		for _, rec := range sent {
			misc := "_"
			if !rec.spaceAfter {
				misc = "SpaceAfter=No"
			}
			if len(rec.Words) > 1 {
				fmt.Fprintf(w, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", word, word+len(rec.Words)-1, form(rec.Text), misc)
				for _, wd := range rec.Words {
					writeWord(w, word, wd, "_")
					word++
				}
				continue
			}
			writeWord(w, word, rec.Text, misc)
			word++
		}
		_, err := w.WriteString("\n")
		return err
	})
}

// writeWord writes the line of one syntactic word, with the placeholder
// tree: word 1 is the root, every other word depends on it.
func writeWord(w *bufio.Writer, id int, text, misc string) {
	head, deprel := 1, "dep"
	if id == 1 {
		head, deprel = 0, "root"
	}
	fmt.Fprintf(w, "%d\t%s\t_\t_\t_\t_\t%d\t%s\t_\t%s\n", id, form(text), head, deprel, misc)
}

// form returns text as a CoNLL-U FORM: valid UTF-8 (an invalid byte, a
// Symbol token of its own, becomes U+FFFD, as it does in JSON), with a
// plain space for any whitespace inside a verb group of -join-verbs (a tab
// would split the columns), and never empty.
func form(text string) string {
	text = strings.ToValidUTF8(text, "\uFFFD")
	if strings.IndexFunc(text, unicode.IsSpace) >= 0 {
		text = strings.Join(strings.Fields(text), " ")
	}
	if text == "" {
		return "_"
	}
	return text
}

// idString returns the JSON id of a document as text: a string's value or
// a number as written. It reports false for null, objects and arrays.
func idString(raw json.RawMessage) (string, bool) {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s, true
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String(), true
	}
	return "", false
}

// docID returns the id of the n-th document, named name (a file or a JSON
// id) or nothing: a sentence id is the document's id and a number, so it
// must hold no whitespace (nor /, which UD tools read as a separator).
func docID(name string, n int) string {
	if name == "" || name == "-" {
		return "doc" + strconv.Itoa(n)
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '/' {
			return '_'
		}
		return r
	}, name)
}
