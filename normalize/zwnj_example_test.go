package normalize_test

import (
	"fmt"
	"strings"

	"github.com/persiantext/persian/normalize"
)

// showZWNJ shows the invisible ZWNJ as <ZWNJ>.
func showZWNJ(s string) string { return strings.ReplaceAll(s, "\u200c", "<ZWNJ>") }

// The default Normalizer restores ZWNJs that were dropped (میخوانیم) or
// typed as spaces (کتاب ها), and leaves a real word boundary alone (ماه می).
func Example_zwnjRepair() {
	n := normalize.New()
	fmt.Println(showZWNJ(n.String("ما کتاب ها را میخوانیم")))
	fmt.Println(showZWNJ(n.String("در ماه می سال گذشته")))
	// Output:
	// ما کتاب<ZWNJ>ها را می<ZWNJ>خوانیم
	// در ماه می سال گذشته
}

func ExampleWithWords() {
	n := normalize.New(normalize.WithWords("ری‌استارت"))
	fmt.Println(showZWNJ(n.String("سیستم را ریاستارت کنید")))
	// Output: سیستم را ری<ZWNJ>استارت کنید
}

func ExampleWithExceptions() {
	n := normalize.New(normalize.WithExceptions("کتاب ها"))
	fmt.Println(showZWNJ(n.String("کتاب ها و نامه ها")))
	// Output: کتاب ها و نامه<ZWNJ>ها
}

func ExampleWithZWNJRepair() {
	n := normalize.New(normalize.WithZWNJRepair(false))
	fmt.Println(showZWNJ(n.String("میخوانیم")))
	// Output: میخوانیم
}
