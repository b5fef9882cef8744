// Package tokenize splits Persian text into tokens and sentences, the way
// the Universal Dependencies treebanks of Persian do, without changing or
// losing a character.
//
// # Tokens
//
// The common case is a slice of tokens:
//
//	for _, tok := range tokenize.Tokens("کتاب‌هایم را در ۱۴۰۴/۰۱/۰۳ خریدم.") {
//		fmt.Println(tok.Kind, tok.Text)
//	}
//
// For quick use, as with hazm's word_tokenize and sent_tokenize, there are
// plain strings:
//
//	tokenize.Words(text)         // []string: the text of each token
//	tokenize.SentenceWords(text) // [][]string: the words of each sentence
//	tokenize.SentenceTexts(text) // []string: the text of each sentence
//
// The names say what comes back. Sentences returns the sentences' spans
// and SentenceTokens their tokens; SentenceWords and SentenceTexts are their
// string forms, so the existing Sentences keeps its meaning. In UD mode,
// Words gives syntactic words: خودش gives خود and ش.
//
// Every token carries its byte offsets into the input (Start, End) and a
// Kind: Word, Number, Punctuation, URL, Email, Mention, Hashtag, Emoji,
// Symbol or Markup. Only whitespace falls between tokens, so the tokens and
// the gaps between them give back the input byte for byte. In particular:
//
//   - a ZWNJ (نیم‌فاصله) stays inside its word; a token never ends at a ZWNJ
//     that has a letter after it (می‌خواهم، کتاب‌ها، ۱۳۶۰‌ها);
//   - numbers keep their Persian or Latin decimal and thousands separators
//     and a percent sign (۱۲٫۵، ۱۲٬۵۰۰، 3.14، 12,500، ۲۵٪), and dates, times,
//     scores and ranges are one token (۱۴۰۴/۰۱/۰۳، 18:14، ۳-۲، ۱۳۹۸–۱۴۰۰);
//   - URLs with any scheme (https://…, ssh://host/path, mailto:…), www.…
//     and bare domains (example.com/page?id=3, Amazon.com), e-mail
//     addresses, @mentions and #hashtags (#روز_معلم، #کتاب‌خوانی) are one
//     token each: the spans that the normalize package leaves as written,
//     found by the same recognizer, so what normalize protects the
//     tokenizer keeps whole. HTML tags, comments and character references
//     and Markdown code spans are one Markup token each (<p>, &amp;,
//     `x := 1`), spaces inside them included;
//   - Latin names and abbreviations that hold punctuation are one Word:
//     Node.js, ASP.NET, .NET, C++, C#, U.S., e.g.; and so are the Persian
//     abbreviations written with periods: ق.ظ.، ب.ظ.، ه‍.ش.، ق.م.;
//   - an emoji sequence with ZWJ, skin tone, flag or keycap (1️⃣) is one
//     Emoji token. Which characters are emoji follows Unicode's emoji data:
//     😀 is one, but © ™ ® ↔ ◻ are Symbols unless U+FE0F follows them
//     (©️). An ASCII emoticon, :) or :-(, is one Symbol;
//   - a run of one terminator (... or !!!) is one token, but ؟! is two, as
//     in the treebanks;
//   - invalid UTF-8 passes through as Symbol tokens of one byte.
//
// # Sentences
//
// Sentences returns sentence spans, SentenceTokens the tokens of each
// sentence. A sentence ends at . ! ? ؟ … and their combinations, together
// with the closing quotes and brackets after them; not inside numbers, URLs
// or abbreviations (ق.م.، Dr.). A blank line always ends a sentence, and so
// does the line break after a short line with no terminator (a heading). As
// in the UD Persian treebanks, a news dateline or heading before a colon,
// «تهران - ایرنا:», is a sentence of its own, also when a headline without a
// period runs into it: «افزایش بارش برف در کوهستان تبریز - ایرنا: …» is
// three sentences.
//
// An ellipsis inside a sentence does not end it when it stands for "and so
// on" after و، یا or a comma («سیب، گلابی و … خریدیم»); after a colon, an
// opening quote or bracket, or at the start of a sentence, where it marks an
// elided start or an omission («ما […] ادامه می‌دهیم»); or after a list
// of nouns that trails off and goes on («کاج و سرو و چنار… و درختان میوه
// کاشته‌اند»). Persian sentences end with their verb, so after a verb, or
// a single noun, an ellipsis ends the sentence («آمد و رفت… فردا می‌آید»).
// The rules are listed in sentence.go.
//
// A sentence also does not end at the period of a numbered list item at
// the start of a line: «۱. مقدمه» is one sentence, as «1) مقدمه» is.
//
// # Iterators
//
// TokensSeq and SentenceTokensSeq are the iterator forms of Tokens and
// SentenceTokens (as strings.SplitSeq is of strings.Split), for a range
// loop that may stop early:
//
//	for tok := range tokenize.TokensSeq(text) {
//		if tok.Kind == tokenize.URL {
//			fmt.Println(tok.Text)
//		}
//	}
//
// A Scanner has them too, for a stream: Scanner.Tokens and
// Scanner.Sentences yield tokens with Text set, which may be kept.
//
// # Scanner
//
// A Scanner reads tokens one at a time, in the manner of bufio.Scanner,
// from a byte slice (NewBytesScanner) or an io.Reader (NewScanner), with no
// allocation per token and, from a reader, a few hundred kilobytes of
// memory whatever the size of the input. A Scanner reading a stream returns
// the same tokens as one over the same bytes in memory, however the reads
// cut them, and both take time linear in the input, even on runs of
// letters or digits far longer than MaxTokenSize:
//
//	s := tokenize.NewScanner(os.Stdin)
//	for s.Scan() {
//		tok := s.Token()
//		fmt.Printf("%d-%d %s %s\n", tok.Start, tok.End, tok.Kind, s.Bytes())
//		if s.EndsSentence() {
//			fmt.Println()
//		}
//	}
//	if err := s.Err(); err != nil {
//		log.Fatal(err)
//	}
//
// # Options
//
// UD splits enclitics into syntactic words as the UD treebanks do: خودش is
// the multiword token خود + ش, مرا is م + را, توست is تو + ست, معتقدند is
// معتقد + ند. Token.Words holds the words' spans; the tokens themselves do
// not change. The decision uses a word list derived from the Lilak lexicon
// (see lexicon.go): the module's one lexicon, which is read in place, so
// nothing is loaded.
//
// JoinVerbs keeps compound verb groups together as one token: «خواهم رفت»,
// «گفته شد», «رفته بود». UD keeps them apart, so JoinVerbs does nothing in
// UD mode.
//
// # Normalization
//
// By default the package does not normalize: it takes the text as it is,
// and every offset points into it. Web text needs the normalize package
// first, to unify Arabic and Persian letters and digits and to repair
// ZWNJs, so that the tokenizer sees one spelling of each word: «كتاب ها»
// is then one token, کتاب‌ها, not two.
//
// The Normalize option does both at once and keeps the offsets in the raw
// text, where users annotate, highlight and link:
//
//	raw := "كتاب ها را ميخوانم"
//	tz := tokenize.New(tokenize.Normalize(nil)) // nil: the default Normalizer
//	for _, tok := range tz.Tokens(raw) {
//		fmt.Println(tok.Text, raw[tok.Start:tok.End]) // کتاب‌ها كتاب ها, ...
//	}
//
// Each token's text is normalized, and its Start and End (and its words')
// are byte offsets into the raw input, mapped back through the
// normalizer's normalize.OffsetMap: raw[Start:End] is the text the token
// came from. Spans are in order and never overlap. A Scanner reading a
// stream normalizes as it reads and keeps its bounded memory and its
// allocation-free Scan.
package tokenize
