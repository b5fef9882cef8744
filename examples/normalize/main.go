// Command normalize normalizes Persian text read from standard input.
//
// SKELETON: flags, the built-in sample and streaming come with issue 2.
package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/persiantext/persian/normalize"
)

func main() {
	n := normalize.New()
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<26)
	out := bufio.NewWriter(os.Stdout)
	for in.Scan() {
		out.Write(n.Bytes(in.Bytes()))
		out.WriteByte('\n')
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "normalize:", err)
		os.Exit(1)
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "normalize:", err)
		os.Exit(1)
	}
}
