//go:build race

package main

// raceEnabled shrinks the largest test inputs under the race detector,
// which runs the normalizer about ten times slower.
const raceEnabled = true
