//go:build !race

package zwnj

const raceEnabled = false
