package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/persiantext/persian/tokenize"
)

func TestJSONLFollowsTheEvaluationContract(t *testing.T) {
	in := `{"id": "d0", "text": "خودش گفت: «کتاب را خواندم.» تمام!"}` + "\n\n" +
		`{"id": 7, "text": ""}` + "\n" +
		`{"id": "d2", "text": "۱۲٫۵٪ 👍🏽"}`
	var out bytes.Buffer
	w := bufio.NewWriter(&out)
	require.NoError(t, runJSONL(tokenize.New(tokenize.UD()), strings.NewReader(in), w))
	require.NoError(t, w.Flush())

	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
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

func TestJSONLRejectsBadInput(t *testing.T) {
	var out bytes.Buffer
	err := runJSONL(tokenize.New(), strings.NewReader("{\"id\":1,\"text\":\"الف\"}\nnot json\n"), bufio.NewWriter(&out))
	assert.ErrorContains(t, err, "input line 2")
}

func TestPrintTokens(t *testing.T) {
	var out bytes.Buffer
	w := bufio.NewWriter(&out)
	require.NoError(t, printTokens(tokenize.New(), strings.NewReader("سلام دنیا. خوبی؟"), w))
	require.NoError(t, w.Flush())
	assert.Equal(t, "0\t8\tWord\tسلام\n9\t17\tWord\tدنیا\n17\t18\tPunctuation\t.\n\n"+
		"19\t27\tWord\tخوبی\n27\t29\tPunctuation\t؟\n\n", out.String())
}
