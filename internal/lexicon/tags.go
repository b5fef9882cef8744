package lexicon

// Tag is a set of tags of a word: its parts of speech from the Lilak
// lexicon, the verb stems of Lilak's verb table, and its role in words
// written with a ZWNJ, which the generator computes.
type Tag uint32

// Parts of speech, one per tag of Lilak's lexicon.
const (
	Verb         Tag = 1 << iota // a finite verb form or participle: کنیم، رفته‌اند
	Noun                         // a singular noun
	Plural                       // a plural noun
	Adjective                    // an adjective, comparative or superlative
	Adverb                       // an adverb
	Pronoun                      // من، آن‌ها
	Adposition                   // از، برای
	Conjunction                  // و، که
	Numeral                      // دو، صد
	Determiner                   // هر، چند
	Interjection                 // آه
	Classifier                   // تا، عدد
	Foreign                      // a foreign word
	OtherPOS                     // a word of Lilak's lexicon with no part of speech it names
	PastStem                     // the past stem of a verb in Lilak's verb table: رفت
	PresentStem                  // the present stem of a verb: رو
	Head                         // the first part of a word written with a ZWNJ: بین in بین‌المللی
	Tail                         // a productive second part of compounds: کننده، شده، سازی
	Bound                        // a second part of compounds that the corpus seldom writes alone: کننده، آمیز
	JoinedFamily                 // a compound whose family the corpus writes as one word: روزنامه‌نگار (روزنامه‌نگاران)
	StemOnly                     // in the table only as a verb stem, not as a word of the spelling lexicon
)

// Groups of tags.
const (
	// Function is the closed classes: pronouns, adpositions,
	// conjunctions, numerals, determiners, interjections and classifiers.
	Function = Pronoun | Adposition | Conjunction | Numeral | Determiner | Interjection | Classifier
	// Nominal is what can host a clitic: nouns, adjectives, adverbs,
	// pronouns, numerals, determiners, classifiers and foreign words.
	Nominal = Noun | Plural | Adjective | Adverb | Pronoun | Numeral | Determiner | Classifier | Foreign
	// PartsOfSpeech is every part-of-speech tag.
	PartsOfSpeech = Verb | Noun | Plural | Adjective | Adverb | Function | Foreign | OtherPOS
	// Stems is the verb stem tags.
	Stems = PastStem | PresentStem
)

// posNames maps the part-of-speech names of Lilak's lexicon to tags. The
// generator reads them; they are here so that the names and the tags stay
// in one place.
var posNames = map[string]Tag{
	"verb": Verb, "noun_singular": Noun, "noun_plural": Plural, "adjective": Adjective,
	"adjective_comparative": Adjective, "adjective_superlative": Adjective, "adverb": Adverb,
	"pronoun": Pronoun, "adposition": Adposition, "conjunction": Conjunction, "numeral": Numeral,
	"determiner": Determiner, "interjection": Interjection, "classifier": Classifier, "foreign": Foreign,
}

// POSTag returns the tag of a part-of-speech name of Lilak's lexicon
// ("noun_singular"), and OtherPOS for a name it does not know.
func POSTag(name string) Tag {
	if t, ok := posNames[name]; ok {
		return t
	}
	return OtherPOS
}

// PluralStyle says how a corpus wrote the plurals of a word.
type PluralStyle uint8

const (
	PluralUnknown PluralStyle = iota // no clear evidence
	PluralGlued                      // کتابها
	PluralZWNJ                       // کتاب‌ها
)

// Entry is what the lexicon knows about one word.
type Entry struct {
	Mask   uint32      // bit i: a ZWNJ follows letter i of the key
	Tags   Tag         // parts of speech and roles; zero when unknown
	Glued  uint16      // corpus count of the word written without its ZWNJs
	Joined uint16      // corpus count of the word written with its ZWNJs
	Spaced uint16      // corpus count of the word written as two words at a ZWNJ
	Plural PluralStyle // how the corpus writes this word's plurals
}
