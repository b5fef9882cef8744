package normalize

import (
	"fmt"
	"strings"
	"testing"
)

// longLineFillers fill a line up to the window edge; each leads to a
// different cut rule of segment.go.
var longLineFillers = []string{
	"کتاب‌ها را خواندم. ",  // rule 2: sentence ends
	"کتاب ها را میخوانم ",  // rule 3: word boundaries
	"ب",                    // rule 5: one huge word
	" ",                    // rule 1: spaces, as indentation
	"\u00a0",               // rule 1: Unicode spaces
	"12345",                // rule 5: one huge number
	"abc def, ghi ",        // Latin text
	"ب" + "\u064e\u0654",   // letters with marks
	"\u200c\u200f\xd8 \t ", // invisible, bidi, invalid, tab
}

// windowEdgeUnits are the texts placed at the window edge.
var windowEdgeUnits = []string{
	"کتاب ها", "ی\u0654", "\u064e\u0654ب", ". الف", "؟ ب", "12,500", "\xd8\xa8", "\xe2\x80",
	"https://a.b/c d", "  \u00a0 ", "\u200cها", "\r", "1\uFE0F\u20E3", "50%", "192.168.1.1",
}

// longLine builds a line longer than the window from unit: filler up to
// off bytes before the window edge, unit, and some more filler. When
// wordFirst is set a word stands before the filler, so that spaces stand
// inside the line rather than at its start; when secondLine is set, a
// newline and unit follow.
func longLine(filler, unit string, off int, wordFirst, secondLine bool) string {
	var sb strings.Builder
	if wordFirst {
		sb.WriteString("متن ")
	}
	for sb.Len() < maxSegment-off {
		sb.WriteString(filler)
	}
	sb.WriteString(unit)
	for tail := sb.Len() + 32; sb.Len() < tail; {
		sb.WriteString(filler)
	}
	if secondLine {
		sb.WriteString("\n" + unit)
	}
	return sb.String()
}

// TestLongLinesAtTheWindowEdge places short texts just before, across and
// after the edge of the segment window in lines that each cut rule of
// segment.go cuts, and checks on each line the invariants of FuzzNormalize:
// idempotence (at sentence cuts), UTF-8, invalid bytes, the line count, and
// streaming equal to String, by two routes per line that rotate through
// all of them.
func TestLongLinesAtTheWindowEdge(t *testing.T) {
	offsets := []int{0, 1, 2, 3, 4, 5, 7, 9, 13, 21, 31}
	k := 0
	for fi, filler := range longLineFillers {
		for ui, unit := range windowEdgeUnits {
			for _, off := range offsets {
				k++
				if (testing.Short() || raceEnabled) && k%4 != 0 {
					continue
				}
				line := longLine(filler, unit, off, (ui+off)%2 == 1, (fi+ui)%3 == 0)
				i := k % len(fuzzNormalizers)
				n := fuzzNormalizers[i]
				name := fmt.Sprintf("filler %d, unit %q, %d bytes before the edge", fi, unit, off)
				once := checkOutput(t, i, n, line, !hasWeakCut(line))
				for _, r := range []int{k % len(streamRoutes), (k + 3) % len(streamRoutes)} {
					if got := streamRoutes[r].run(t, n, line, uint32(k)); got != once {
						t.Errorf("%s, normalizer %d, %s: differs from String", name, i, streamRoutes[r].name)
					}
				}
			}
		}
	}
}
