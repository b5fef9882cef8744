package tokenize

// Kind says what a token is.
type Kind uint8

// The kinds of token. The zero Kind is never produced.
const (
	// Word is letters of any script, with ZWNJ, ZWJ and marks inside
	// (کتاب‌ها، mp3), and the Latin names and abbreviations that hold
	// punctuation: Node.js, ASP.NET, .NET, C++, C#, U.S., e.g., and the
	// Persian abbreviations with periods: ق.ظ.، ب.ظ.، ه‍.ش.، ق.م.
	Word Kind = iota + 1
	// Number is digits of any set with inner separators and a trailing
	// percent sign: ۱۲٫۵، 12,500، ۱۴۰۴/۰۱/۰۳، 18:14، ۲۵٪, and scores and
	// ranges: ۳-۲، ۱۳۹۸–۱۴۰۰.
	Number
	// Punctuation is . ، « » ( ) and the like; a run of one terminator
	// (... or !!) is one token.
	Punctuation
	// URL is a URL with any scheme (https://…, ssh://host/path, mailto:…),
	// www.… or a bare domain name (example.com/page?id=3, Amazon.com).
	URL
	Email   // name@example.com
	Mention // @name, @first.last
	Hashtag // #نام_نشان, with ZWNJ or _ inside
	// Emoji is one emoji sequence: ZWJ sequences, skin tones, flags,
	// keycaps (1️⃣). Membership follows Unicode's emoji data: 😀 is an
	// emoji, © ™ ® ↔ ◻ are Symbols unless U+FE0F follows them (©️).
	Emoji
	// Symbol is any other character: $ + © ™ a lone ZWNJ, an invalid
	// byte; and an ASCII emoticon such as :) or :-( as one token.
	Symbol
	// Markup is an HTML tag, comment or character reference (<p>, </a>,
	// <!-- … -->, &amp;) or a Markdown code span (`x := 1`), which may
	// hold spaces.
	Markup
)

var kindNames = [...]string{
	Word:        "Word",
	Number:      "Number",
	Punctuation: "Punctuation",
	URL:         "URL",
	Email:       "Email",
	Mention:     "Mention",
	Hashtag:     "Hashtag",
	Emoji:       "Emoji",
	Symbol:      "Symbol",
	Markup:      "Markup",
}

// String returns the name of the kind, such as "Word".
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "Kind(" + itoa(int(k)) + ")"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// Span is a half-open range [Start, End) of byte offsets into the input.
type Span struct {
	Start, End int
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Token is one token of the input.
//
// Start and End are byte offsets into the whole input (for a Scanner reading
// an io.Reader, into everything read so far), so input[Start:End] is the
// token's text, unchanged. With the Normalize option the token's text is
// normalized and input[Start:End] is the raw text it was normalized from.
type Token struct {
	Span
	Kind Kind

	// Text is the token's text. Tokens and SentenceTokens set it (a
	// substring of the input, no copy; with Normalize, of the normalized
	// input). A Scanner leaves it empty, so that
	// scanning allocates nothing: use Scanner.Bytes.
	Text string

	// Words holds the syntactic words of a multiword token, set only in UD
	// mode and only when the token is one (خودش: خود + ش). Each word is a
	// span inside the token; a ZWNJ between host and clitic may fall in no
	// word. It is nil for a token that is a single word. From a Scanner, it
	// is valid only until the next call to Scan.
	Words []Span
}

// IsMultiword reports whether the token was split into syntactic words.
func (t Token) IsMultiword() bool { return len(t.Words) > 1 }
