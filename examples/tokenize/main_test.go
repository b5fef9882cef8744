package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/persiantext/persian/internal/textfold"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runCmd runs the command with args and stdin, not on a terminal, and
// returns its status, standard output and standard error.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	status := run(args, strings.NewReader(stdin), &out, &errOut, false)
	return status, out.String(), errOut.String()
}

// writeFile writes content to a new file in a temporary directory and
// returns its path.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	return path
}

func TestJSONLFollowsTheEvaluationContract(t *testing.T) {
	in := `{"id": "d0", "text": "خودش گفت: «کتاب را خواندم.» تمام!"}` + "\n\n" +
		`{"id": 7, "text": ""}` + "\n" +
		`{"id": "d2", "text": "۱۲٫۵٪ 👍🏽"}`
	status, out, errOut := runCmd(t, in, "-jsonl", "-ud")
	require.Equal(t, 0, status, errOut)

	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 3, "one output line per document")
	var first struct {
		ID        string              `json:"id"`
		Sentences [][]json.RawMessage `json:"sentences"`
	}
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &first))
	assert.Equal(t, "d0", first.ID)
	require.Len(t, first.Sentences, 2)
	assert.JSONEq(t, `{"text":"خودش","words":["خود","ش"]}`, string(first.Sentences[0][0]))
	assert.JSONEq(t, `"گفت"`, string(first.Sentences[0][1]))
	assert.JSONEq(t, `"»"`, string(first.Sentences[0][len(first.Sentences[0])-1]))
	assert.JSONEq(t, `{"id":7,"sentences":[]}`, lines[1])
	assert.JSONEq(t, `{"id":"d2","sentences":[["۱۲٫۵٪","👍🏽"]]}`, lines[2])
}

func TestJSONLReadsTheNamedFilesInOrder(t *testing.T) {
	a := writeFile(t, "a.jsonl", `{"id":"a","text":"یک"}`+"\n")
	b := writeFile(t, "b.jsonl", `{"id":"b","text":"دو"}`)
	status, out, errOut := runCmd(t, `{"id":"stdin","text":"سه"}`, "-jsonl", a, "-", b)
	require.Equal(t, 0, status, errOut)
	assert.Equal(t, `{"id":"a","sentences":[["یک"]]}`+"\n"+`{"id":"stdin","sentences":[["سه"]]}`+"\n"+
		`{"id":"b","sentences":[["دو"]]}`+"\n", out)
}

func TestMissingFileFailsAndTheOthersAreRead(t *testing.T) {
	good := writeFile(t, "good.jsonl", `{"id":1,"text":"سلام"}`)
	missing := filepath.Join(t.TempDir(), "missing.jsonl")
	status, out, errOut := runCmd(t, "", "-jsonl", missing, good)
	assert.Equal(t, 1, status)
	assert.Contains(t, errOut, "missing.jsonl")
	assert.Contains(t, errOut, "no such file")
	assert.Equal(t, `{"id":1,"sentences":[["سلام"]]}`+"\n", out)

	status, out, errOut = runCmd(t, "", missing)
	assert.Equal(t, 1, status)
	assert.Contains(t, errOut, "missing.jsonl")
	assert.Empty(t, out)
}

func TestPlainTextIntoJSONLNamesTheLine(t *testing.T) {
	status, out, errOut := runCmd(t, "سلام دنیا\n", "-jsonl")
	assert.Equal(t, 1, status)
	assert.Empty(t, out)
	assert.Contains(t, errOut, `standard input: line 1: not a JSON object`)
	assert.Contains(t, errOut, `"سلام دنیا"`)
	assert.Contains(t, errOut, "leave it out to tokenize plain text")
	assert.NotContains(t, errOut, "Ø", "the JSON error's Latin-1 rendering of a byte")
}

func TestJSONLRejectsBadLines(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"not an object", `{"id":1,"text":"الف"}` + "\n" + `["الف"]` + "\n", "line 2: not a JSON object"},
		{"broken JSON", `{"id":1,"text":"الف"` + "\n", "line 1: not a JSON object"},
		{"text not a string", `{"id":1,"text":5}`, "line 1: not a JSON object"},
		{"no text", `{"id":1}`, `line 1: the object has no "text" string`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, _, errOut := runCmd(t, tt.in, "-jsonl")
			assert.Equal(t, 1, status)
			assert.Contains(t, errOut, tt.want)
		})
	}
}

func TestPrintTokens(t *testing.T) {
	status, out, _ := runCmd(t, "سلام دنیا. خوبی؟")
	require.Equal(t, 0, status)
	assert.Equal(t, "0\t8\tWord\tسلام\n9\t17\tWord\tدنیا\n17\t18\tPunctuation\t.\n\n"+
		"19\t27\tWord\tخوبی\n27\t29\tPunctuation\t؟\n\n", out)
}

func TestPlainTextFromNamedFiles(t *testing.T) {
	a := writeFile(t, "a.txt", "یک")
	b := writeFile(t, "b.txt", "دو.")
	status, out, errOut := runCmd(t, "", a, b)
	require.Equal(t, 0, status, errOut)
	assert.Equal(t, "0\t4\tWord\tیک\n\n0\t4\tWord\tدو\n4\t5\tPunctuation\t.\n\n", out)
}

func TestDemonstrationOnATerminalOnly(t *testing.T) {
	var out, errOut bytes.Buffer
	status := run(nil, strings.NewReader(""), &out, &errOut, true)
	assert.Equal(t, 0, status)
	assert.Contains(t, out.String(), "tokenize reads text")
	assert.Contains(t, out.String(), "\tURL\thttps://example.ir\n")

	status, stdout, _ := runCmd(t, "")
	assert.Equal(t, 0, status)
	assert.Empty(t, stdout, "empty input that is not a terminal gives no output")
}

func TestFlagMistakesExitWith2(t *testing.T) {
	for _, args := range [][]string{{"-offsets"}, {"-jsonl", "-offsets", "-conllu"}, {"-no-such-flag"}} {
		status, _, errOut := runCmd(t, "", args...)
		assert.Equal(t, 2, status, "%v", args)
		assert.NotEmpty(t, errOut, "%v", args)
	}
}

// offsetToken is a token of -offsets output.
type offsetToken struct {
	Text  string   `json:"text"`
	Start int      `json:"start"`
	End   int      `json:"end"`
	Kind  string   `json:"kind"`
	Words []string `json:"words"`
}

func TestOffsetsPointIntoTheDocumentText(t *testing.T) {
	text := "خودش گفت:  «کتاب‌هایشان را\nدیروز در https://example.ir خواندم.» ۱۲٫۵٪ 👍🏽"
	doc, err := json.Marshal(map[string]string{"id": "x", "text": text})
	require.NoError(t, err)
	status, out, errOut := runCmd(t, string(doc), "-jsonl", "-offsets", "-ud")
	require.Equal(t, 0, status, errOut)
	var res struct {
		ID        string          `json:"id"`
		Sentences [][]offsetToken `json:"sentences"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	require.Len(t, res.Sentences, 2)
	prev := 0
	for _, sent := range res.Sentences {
		for _, tok := range sent {
			assert.Equal(t, text[tok.Start:tok.End], tok.Text)
			assert.Empty(t, strings.TrimSpace(text[prev:tok.Start]), "only whitespace between tokens")
			prev = tok.End
		}
	}
	first := res.Sentences[0][0]
	assert.Equal(t, offsetToken{Text: "خودش", Start: 0, End: 8, Kind: "Word", Words: []string{"خود", "ش"}}, first)
	assert.Contains(t, res.Sentences[0], offsetToken{Text: "https://example.ir", Start: 65, End: 83, Kind: "URL"})
	assert.Contains(t, out, `"kind":"Emoji"`)
	assert.NotContains(t, strings.SplitN(out, "URL", 2)[0], `"words":null`, "words only for multiword tokens")
}

func TestCoNLLUFromPlainText(t *testing.T) {
	status, out, errOut := runCmd(t, "خودش گفت: «کتابم را بده.»\nباشد", "-conllu", "-ud")
	require.Equal(t, 0, status, errOut)
	want := "# newdoc id = doc1\n" +
		"# sent_id = doc1-1\n" +
		"# text = خودش گفت: «کتابم را بده.»\n" +
		"1-2\tخودش\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"1\tخود\t_\t_\t_\t_\t0\troot\t_\t_\n" +
		"2\tش\t_\t_\t_\t_\t1\tdep\t_\t_\n" +
		"3\tگفت\t_\t_\t_\t_\t1\tdep\t_\tSpaceAfter=No\n" +
		"4\t:\t_\t_\t_\t_\t1\tdep\t_\t_\n" +
		"5\t«\t_\t_\t_\t_\t1\tdep\t_\tSpaceAfter=No\n" +
		"6-7\tکتابم\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"6\tکتاب\t_\t_\t_\t_\t1\tdep\t_\t_\n" +
		"7\tم\t_\t_\t_\t_\t1\tdep\t_\t_\n" +
		"8\tرا\t_\t_\t_\t_\t1\tdep\t_\t_\n" +
		"9\tبده\t_\t_\t_\t_\t1\tdep\t_\tSpaceAfter=No\n" +
		"10\t.\t_\t_\t_\t_\t1\tdep\t_\tSpaceAfter=No\n" +
		"11\t»\t_\t_\t_\t_\t1\tdep\t_\t_\n" +
		"\n" +
		"# sent_id = doc1-2\n" +
		"# text = باشد\n" +
		"1\tباشد\t_\t_\t_\t_\t0\troot\t_\t_\n" +
		"\n"
	assert.Equal(t, want, out)
}

func TestCoNLLUDocumentsFromFilesAndJSONLines(t *testing.T) {
	a := writeFile(t, "my notes.txt", "یک.")
	status, out, errOut := runCmd(t, "", "-conllu", a)
	require.Equal(t, 0, status, errOut)
	id := strings.ReplaceAll(strings.ReplaceAll(a, "/", "_"), " ", "_")
	assert.True(t, strings.HasPrefix(out, "# newdoc id = "+id+"\n# sent_id = "+id+"-1\n"), out)

	in := `{"id":"خبر ۱","text":"الف. ب"}` + "\n" + `{"id":null,"text":"  "}` + "\n" + `{"text":"ج"}` + "\n" + `{"id":3,"text":"د"}`
	status, out, errOut = runCmd(t, in, "-jsonl", "-conllu")
	require.Equal(t, 0, status, errOut)
	var comments []string
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "#") && !strings.HasPrefix(line, "# text") {
			comments = append(comments, line)
		}
	}
	assert.Equal(t, []string{
		"# newdoc id = خبر_۱", "# sent_id = خبر_۱-1", "# sent_id = خبر_۱-2",
		"# newdoc id = doc3", "# sent_id = doc3-1", // the empty document writes nothing
		"# newdoc id = 3", "# sent_id = 3-1",
	}, comments)
}

// conlluSegmentation reads CoNLL-U into sentences of tokens, each token its
// form and, for a multiword token, its words joined by "|".
func conlluSegmentation(t *testing.T, out string) [][]string {
	var sents [][]string
	var cur []string
	skip := 0
	for _, line := range strings.Split(out, "\n") {
		switch {
		case line == "":
			if cur != nil {
				sents = append(sents, cur)
				cur = nil
			}
		case strings.HasPrefix(line, "#"):
		default:
			cols := strings.Split(line, "\t")
			require.Len(t, cols, 10, line)
			if skip > 0 {
				cur[len(cur)-1] += "|" + cols[1]
				skip--
				continue
			}
			cur = append(cur, cols[1])
			if a, b, ok := strings.Cut(cols[0], "-"); ok {
				from, err1 := strconv.Atoi(a)
				to, err2 := strconv.Atoi(b)
				require.NoError(t, errors.Join(err1, err2), line)
				skip = to - from + 1
				cur[len(cur)-1] += "="
			}
		}
	}
	return sents
}

func TestCoNLLUHasTheTokensAndSentencesOfJSONL(t *testing.T) {
	text := "تهران - ایرنا: خودش گفت «کتابم را بده.»\nفهرست\n۱. مقدمه"
	doc, err := json.Marshal(map[string]string{"id": "d", "text": text})
	require.NoError(t, err)

	_, jsonOut, _ := runCmd(t, string(doc), "-jsonl", "-ud")
	var res struct{ Sentences [][]json.RawMessage }
	require.NoError(t, json.Unmarshal([]byte(jsonOut), &res))
	var fromJSON [][]string
	for _, sent := range res.Sentences {
		var toks []string
		for _, raw := range sent {
			var s string
			if json.Unmarshal(raw, &s) == nil {
				toks = append(toks, s)
				continue
			}
			var mw struct {
				Text  string
				Words []string
			}
			require.NoError(t, json.Unmarshal(raw, &mw))
			toks = append(toks, mw.Text+"=|"+strings.Join(mw.Words, "|"))
		}
		fromJSON = append(fromJSON, toks)
	}
	_, conllu, _ := runCmd(t, string(doc), "-jsonl", "-conllu", "-ud")
	assert.Equal(t, fromJSON, conlluSegmentation(t, conllu))
	assert.Len(t, fromJSON, 4)
}

func TestCoNLLUFormsKeepTheColumns(t *testing.T) {
	status, out, errOut := runCmd(t, "نامه نوشته\tخواهد شد. \xff", "-conllu", "-join-verbs")
	require.Equal(t, 0, status, errOut)
	assert.Contains(t, out, "2\tنوشته خواهد شد\t_\t")
	assert.Contains(t, out, "1\t\uFFFD\t_\t")
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			assert.Len(t, strings.Split(line, "\t"), 10, "%q", line)
		}
	}
}

func TestNormalizeGivesNormalizedTokensAtRawOffsets(t *testing.T) {
	text := "كتابش را ديروز خواندم . رشد 12.5% بود و ﻻزم است ميروم"
	doc, err := json.Marshal(map[string]string{"id": "w", "text": text})
	require.NoError(t, err)
	status, out, errOut := runCmd(t, string(doc)+"\n", "-jsonl", "-normalize", "-ud")
	require.Equal(t, 0, status, errOut)
	var res struct {
		ID        string          `json:"id"`
		Sentences [][]offsetToken `json:"sentences"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	require.Len(t, res.Sentences, 2)
	prev := 0
	var all []offsetToken
	for _, sent := range res.Sentences {
		for _, tok := range sent {
			require.GreaterOrEqual(t, tok.Start, prev, "spans in order, apart")
			assert.Equal(t, textfold.Fold(text[tok.Start:tok.End]), textfold.Fold(tok.Text), "raw %q for %q", text[tok.Start:tok.End], tok.Text)
			prev = tok.End
			all = append(all, tok)
		}
	}
	assert.Equal(t, offsetToken{Text: "کتابش", Start: 0, End: 10, Kind: "Word", Words: []string{"کتاب", "ش"}}, all[0])
	assert.Contains(t, all, offsetToken{Text: "۱۲٫۵٪", Start: strings.Index(text, "12.5%"), End: strings.Index(text, "12.5%") + 5, Kind: "Number"})
	assert.Contains(t, all, offsetToken{Text: "می‌روم", Start: strings.Index(text, "ميروم"), End: len(text), Kind: "Word"})
	assert.Contains(t, all, offsetToken{Text: ".", Start: strings.Index(text, "."), End: strings.Index(text, ".") + 1, Kind: "Punctuation"})
}

func TestNormalizeInPlainAndCoNLLUOutput(t *testing.T) {
	status, out, errOut := runCmd(t, "كتاب ها را ميخوانم .\n", "-normalize")
	require.Equal(t, 0, status, errOut)
	assert.Equal(t, "0\t13\tWord\tکتاب‌ها\n14\t18\tWord\tرا\n19\t33\tWord\tمی‌خوانم\n34\t35\tPunctuation\t.\n\n", out)

	status, out, errOut = runCmd(t, "كتاب ها را ميخوانم .\n", "-normalize", "-conllu")
	require.Equal(t, 0, status, errOut)
	assert.Contains(t, out, "1\tکتاب‌ها\t")
	assert.Contains(t, out, "3\tمی‌خوانم\t")
	assert.Contains(t, out, "# text = کتاب‌ها را می‌خوانم .\n", "SpaceAfter follows the raw text")
}

func TestHelpNamesNormalize(t *testing.T) {
	status, _, errOut := runCmd(t, "", "-h")
	assert.Equal(t, 0, status)
	assert.Contains(t, errOut, "-normalize")
	assert.Contains(t, errOut, "raw text")
}
