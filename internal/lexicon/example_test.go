package lexicon_test

import (
	"fmt"

	"github.com/persiantext/persian/internal/lexicon"
)

func ExampleLexicon_Lookup() {
	e, ok := lexicon.Default().Lookup([]byte("میکنیم"))
	fmt.Println(ok, e.Mask, e.Tags&lexicon.Verb != 0)
	// Output: true 2 true
}
