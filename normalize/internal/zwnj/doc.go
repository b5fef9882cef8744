// Package zwnj is the ZWNJ repair of package normalize: it restores the
// zero-width non-joiners (U+200C) that web text glues away (میکنیم) or
// types as a space (کتاب ها), in text that the character pass has already
// normalized, one segment (a line, or a piece of a long one) at a time.
//
// The repair reads each run of words separated by single spaces. It
// analyses every word with the module's lexicon (internal/lexicon) and the
// morphology of Persian (analysis.go: a host with suffixes, a prefix
// before a verb, a compound), then joins neighbouring words that form one
// word (join.go), and finally writes each word with the ZWNJs its analysis
// asks for (repair.go). It only ever changes gaps between letters: a ZWNJ
// inserted, or a space turned into a ZWNJ or removed; never a letter.
//
// The spelling it writes is the project's standard orthography: the
// Academy of Persian Language and Literature's rules where they are firm
// (می‌، ‌ها، ‌تر، ‌ترین، the clitics after a silent ه), and for compounds
// the spelling of the lexicon. Corpus counts are evidence about words, not
// about style.
package zwnj
