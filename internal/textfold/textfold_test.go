package textfold

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFoldUnifiesWhatNormalizeUnifies(t *testing.T) {
	cases := []struct{ a, b string }{
		{"كتاب ها", "کتاب‌ها"},
		{"کتـــاب", "کتاب"},
		{"\u200fسلام\u200e", "سلام"},
		{"ﻻزم", "لازم"},
		{"مسئله", "مسيله"},
		{"مسي\u0654له", "مسئله"},
		{"خانۀ", "خانه"},
		{"1404/01/03", "۱۴۰۴/۰۱/۰۳"},
		{"3.14", "۳٫۱۴"},
		{"12,500", "۱۲٬۵۰۰"},
		{"50%", "۵۰٪"},
		{"کتاب ,", "کتاب،"},
		{`"سلام"`, "«سلام»"},
		{"...", "…"},
		{"کِتاب", "کتاب"},
		{"\xff ب", "\xffب"},
	}
	for _, c := range cases {
		assert.Equal(t, Fold(c.a), Fold(c.b), "%q and %q", c.a, c.b)
	}
}

func TestFoldKeepsWhatDiffers(t *testing.T) {
	cases := []struct{ a, b string }{
		{"کتاب", "کتب"},
		{"1", "2"},
		{"a", "A"},
		{"\xff", "\xfe"},
	}
	for _, c := range cases {
		assert.NotEqual(t, Fold(c.a), Fold(c.b), "%q and %q", c.a, c.b)
	}
}
