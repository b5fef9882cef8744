package tokenize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func texts(toks []Token) []string {
	var out []string
	for _, t := range toks {
		out = append(out, t.Text)
	}
	return out
}

func TestJoinVerbs(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"فردا خواهم رفت.", []string{"فردا", "خواهم رفت", "."}},
		{"او نخواهد آمد", []string{"او", "نخواهد آمد"}},
		{"نامه نوشته شد", []string{"نامه", "نوشته شد"}},
		{"او رفته بود", []string{"او", "رفته بود"}},
		{"گفته خواهد شد", []string{"گفته خواهد شد"}},
		{"من می روم", []string{"من", "می روم"}},
		{"کار انجام داده شده است", []string{"کار", "انجام", "داده شده است"}},
		{"خانه بزرگ است", []string{"خانه", "بزرگ", "است"}},
		{"رفته\n\nبود", []string{"رفته", "بود"}},
		{"خواهم. رفت", []string{"خواهم", ".", "رفت"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, texts(New(JoinVerbs()).Tokens(tt.in)), tt.in)
	}
}

func TestJoinVerbsHasNoEffectInUDMode(t *testing.T) {
	text := "فردا خواهم رفت و نامه نوشته شد و خودش می روم."
	assert.Equal(t, New(UD()).Tokens(text), New(UD(), JoinVerbs()).Tokens(text))
}

func TestJoinVerbsGroupsAreShort(t *testing.T) {
	got := texts(New(JoinVerbs()).Tokens("شده شده شده شده شده شده"))
	assert.Equal(t, []string{"شده شده شده شده", "شده شده"}, got)
}
