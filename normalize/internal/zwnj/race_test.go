//go:build race

package zwnj

// raceEnabled: the race detector makes sync.Pool drop what it is given, so
// allocation counts mean nothing under it.
const raceEnabled = true
