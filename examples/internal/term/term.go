// Package term tells the example commands whether they read from a
// person at a terminal, so that all three behave alike: each shows a short
// demonstration then, and reads its input otherwise.
package term

import "os"

// IsTerminal reports whether f is a terminal, as far as the standard
// library can tell: a character device that is not the null device. The
// null device is a character device too, and a cron job or a service
// started with </dev/null must read it as an empty input, not wait for
// someone to type.
func IsTerminal(f *os.File) bool {
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(fi, null)
}
