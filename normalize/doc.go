// Package normalize cleans up Persian text as it arrives from the web,
// keyboards and PDF copies, the way a careful editor would.
//
// The common case is one call:
//
//	clean := normalize.String("علي  ميرود .")   // "علی می‌رود."
//
// String and Bytes use the defaults. New builds a Normalizer with options;
// it is immutable, safe for concurrent use, and has the same methods plus
// Append (no allocation when the buffer has room), Reader, Writer and
// Transformer for streams:
//
//	n := normalize.New(normalize.WithDigits(normalize.LatinDigits))
//	io.Copy(os.Stdout, n.Reader(os.Stdin))
//
// A Writer holds back the line in progress until it sees its '\n', so
// Close it to flush the last line. Close may be called twice (a deferred
// Close after an explicit one): the second writes nothing and returns what
// the first returned. Write after Close fails with ErrClosed. Close does
// not close the underlying writer.
//
// # Offsets back to the raw text
//
// Users annotate, highlight and link the text they have, not the
// normalized text a program analyses. AppendOffsets normalizes like Append
// and fills an OffsetMap, which maps any span of the output to the span of
// the raw text it came from, and back:
//
//	var m normalize.OffsetMap
//	out := n.AppendOffsets(nil, raw, &m)
//	rawStart, rawEnd := m.Raw(outStart, outEnd)
//	outStart, outEnd = m.Out(rawStart, rawEnd)
//
// «كتاب ها» becomes «کتاب‌ها», one span that maps to all of «كتاب ها».
// Removed tatweel and bidi marks belong to their neighbours in the word;
// an inserted ZWNJ maps to the gap it filled (the space it replaced, or
// the empty span between the letters of a glued word); a space removed
// before punctuation belongs to no word. A span that starts or ends
// inside an edit (one letter of the ligature ﻻ → لا) widens to all of it.
// The map stores only the edits, the places where the output and the input
// differ in length, so it costs memory in proportion to the changes, not
// to the text, and recording it costs a few percent of the time of Append
// (normalizing without a map records nothing).
//
// For streams, OffsetReader and OffsetTransformer fill the map as they
// go, at any chunking, with the same result as AppendOffsets; Forget drops
// what a reader that moves forward no longer needs. The tokenize package
// uses them for its Normalize option, which reports each token's offsets
// in the raw text.
//
// A nil *Normalizer behaves as the Normalizer of the default options, and
// New ignores nil options: a Normalizer field that was never set still
// normalizes, the way String and Bytes do, rather than panicking.
//
// # What it does
//
// A character pass, then the ZWNJ repair:
//
//   - Letters: lookalike Arabic, Urdu and Kurdish letters become the
//     Persian ones (ي ى → ی, ك → ک, ہ ھ ە → ه); tatweel goes. Letters that
//     Persian spelling uses (ة ۀ أ إ ؤ ئ ء) are kept, also when written
//     decomposed (ي + hamza above stays ئ); see letters.go for the reason
//     behind each decision. The Search profile folds them too.
//   - Presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) fold to base
//     letters with NFKC from golang.org/x/text/unicode/norm, lam-alef
//     included: ﻻ → لا. No letter is lost.
//   - Digits are unified to Persian (the default), Latin, or kept, by
//     context: a number inside a Latin word, an identifier or a Latin
//     sentence (mp3, COVID-19, user123) keeps its digits. Decimal and
//     thousands separators follow the target (3.14 → ۳٫۱۴, 12,500 →
//     ۱۲٬۵۰۰); dates and times keep their / - : separators. So does the
//     percent sign after a number (right after it or after spaces): 50% →
//     ۵۰٪ (U+066A, as hazm and Virastar write it) when the digits become
//     Persian, ٪ → % when they become Latin. Three or more numeric groups joined by full stops
//     are an address or a version (192.168.1.1, 1.2.3): an identifier,
//     whose digits stay as written; a dotted date (1404.01.03, 03.01.1404)
//     is still a number. A digit followed by U+FE0F or U+20E3 is part of a
//     keycap emoji (1️⃣) and stays as written, with the number it ends.
//   - Diacritics are kept unless WithDiacritics(false).
//   - Invisible characters: a soft hyphen, zero-width space, misused ZWJ or
//     the ¬ of some keyboards between two letters becomes a ZWNJ, and the
//     invisible ones are removed elsewhere. Bidi controls are removed
//     unless WithBidiControls(true).
//   - ZWNJ cleanup: runs collapse to one; a ZWNJ next to a space,
//     punctuation, a digit or a line edge, or after a letter that does not
//     join (ا د ذ ر ز ژ و), is removed.
//   - Spacing and punctuation: runs of spaces become one, Unicode spaces
//     become U+0020, trailing spaces go, indentation stays space for space
//     however long it is (a line that holds only spaces becomes empty;
//     with WithSpacing(false) every space of every run is kept). In Persian
//     context , ; ? become ، ؛ ؟. No space before . ، ؛ ؟ ! : and one after
//     them before a Persian word; no space just inside brackets or « ».
//     Quotes (WithQuoteStyle) and the ellipsis (WithEllipsis) are options.
//   - Protected spans pass through as written: URLs with any scheme
//     (https://…, ssh://host/path123, mailto:…), www.… and bare domains
//     (example.com/page?id=3 keeps its 3), e-mail addresses, HTML tags,
//     comments and entities, and Markdown code spans. Hashtags and
//     mentions keep their shape (# @ _ . digits, ZWNJs), but their Arabic
//     letters are unified like the text's, so that a search finds the
//     tag: #كتاب_خواني → #کتاب_خوانی (Latin handles stay byte for byte).
//     The tokenize package finds the same spans and makes each one token.
//   - The ZWNJ repair (WithZWNJRepair, on by default) restores the half
//     spaces that web text glues or replaces with a space: میروم and
//     می روم become می‌روم.
//
// # The orthography of the ZWNJ repair
//
// The repair writes one standard: the rules of the Academy of Persian
// Language and Literature where they are firm, and the common editorial
// choice where they allow two spellings.
//
//   - The verb prefixes می and نمی, the plural ها and its forms, and تر and
//     ترین take a ZWNJ after a letter that joins, glued or apart in the
//     input: میکنیم، کتاب ها، مهمترین → می‌کنیم، کتاب‌ها، مهم‌ترین; after a
//     letter that does not join they are glued (روزها). بهتر، بیشتر، کمتر
//     and their ترین forms are written joined.
//   - Clitics, یی and the ezafe ی after a silent ه take a ZWNJ: رفته‌اند،
//     نامه‌ای، گوشه‌یی، خانه‌ی من; after other letters clitics are glued
//     (کتابم، ایرانی).
//   - Compounds are written as the lexicon writes them (بین‌المللی،
//     گفت‌وگو). A word that only ends like a suffix is never split (تنها،
//     دختر، میز).
//
// Each segment is repaired at the level its own writing shows. A segment
// that breaks a firm rule above lost its ZWNJs, and every repair applies;
// where they became spaces, two free words that the lexicon writes as one
// compound are joined too. A segment that already writes ZWNJs and breaks
// no firm rule was written by someone who puts them: its compounds stay as
// written (رئیس جمهور، به زودی and اعلام شده are standard apart). A
// preposition heads no compound. The level is a function of the segment's
// bytes, so the output is the same in memory and streaming.
//
// # Guarantees
//
// Line structure is kept exactly: the output has as many lines as the
// input, and a CR before a newline stays. Invalid UTF-8 bytes pass through
// unchanged. Streaming (Reader, Writer, Transformer, in any chunking)
// gives the same bytes as String, and memory stays bounded for any input,
// even a line of a gigabyte: the text is processed in segments, a line or
// a piece of at most 2 KB of a longer line cut at a point that depends
// only on the text (see segment.go). Normalizing twice changes nothing
// more, for lines shorter than 2 KB and for longer lines that have a
// sentence end at least every 2 KB.
//
// # Speed
//
// Transformer implements transform.SpanningTransformer, and its Span
// checks already-normal text with a table-driven scan instead of
// rewriting it; Append and String take the same fast path per segment.
// The scan keeps the work it did: where it meets something to change, the
// character pass starts at the last word before it rather than at the
// start of the segment, and the one space before punctuation that
// tokenized and scraped text has everywhere («کتاب ،») the scan removes
// itself and goes on.
package normalize
