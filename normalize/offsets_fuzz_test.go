package normalize

import (
	"math/rand/v2"
	"testing"
)

// FuzzOffsets checks the OffsetMap on short texts (up to maxFuzzText
// bytes, cut with min as in FuzzNormalize): AppendOffsets writes what
// String writes; the map covers both texts, its edits are in order and
// fold alike on both sides; every word maps to raw text that folds to it,
// the words' spans in order and apart; random spans map both ways and
// back; and one streaming route, picked by config with the normalizer,
// fills the same map. The costlier checks (every route, every input of
// the invariant tests, long lines) are TestOffsetMapStreamsLikeAppend and
// TestOffsetMapFoldsBack.
func FuzzOffsets(f *testing.F) {
	seeds := append([]string{
		"كتاب ها و ميروم",
		"کتـــاب \u200fسلام\u200e ، 50 % و 3.14",
		"ﻻزم ﷺ ﷲ\u00a0\u00a0و",
		"  \r\n\u200b\u00adمی\u200dرود...  ",
		"#كتاب_خواني @علي https://a.ir/1 `x  y`",
		"مسي\u0654له «5» \"سلام\" ,قلم",
	}, faultySentences...)
	for i, s := range seeds {
		for n := range fuzzNormalizers {
			f.Add(s, uint8(n+len(fuzzNormalizers)*((i+n)%len(offsetRoutes))))
		}
	}
	f.Fuzz(func(t *testing.T, s string, config uint8) {
		s = s[:min(len(s), maxFuzzText)]
		i := int(config) % len(fuzzNormalizers)
		route := offsetRoutes[int(config)/len(fuzzNormalizers)%len(offsetRoutes)]
		n := fuzzNormalizers[i]
		out, m := offsetsOf(n, s)
		if want := n.String(s); out != want {
			t.Fatalf("normalizer %d: AppendOffsets wrote %q, String %q (input %q)", i, out, want, s)
		}
		h := fnv32(s)
		checkOffsetMap(t, "fuzz", s, out, m, rand.New(rand.NewPCG(uint64(h), 5)))
		var sm OffsetMap
		if got := route.run(t, n, s, uint64(h), &sm); got != out {
			t.Fatalf("normalizer %d, %s: wrote %q, AppendOffsets %q (input %q)", i, route.name, got, out, s)
		}
		if len(sm.edits) != len(m.edits) {
			t.Fatalf("normalizer %d, %s: %d edits, AppendOffsets %d (input %q)", i, route.name, len(sm.edits), len(m.edits), s)
		}
		for k := range m.edits {
			if sm.edits[k] != m.edits[k] {
				t.Fatalf("normalizer %d, %s: edit %d is %+v, AppendOffsets %+v (input %q)", i, route.name, k, sm.edits[k], m.edits[k], s)
			}
		}
	})
}
