package lexicon_test

import (
	"fmt"

	"github.com/persiantext/persian/internal/lexicon"
)

func ExampleLexicon_Lookup() {
	e := lexicon.Default().Lookup([]byte("میکنیم"))
	fmt.Println(e != nil, e.Mask, e.Tags&lexicon.Verb != 0)
	// Output: true 2 true
}
