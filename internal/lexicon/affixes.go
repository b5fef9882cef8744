package lexicon

// The affixes of Persian words, as ZWNJ repair, the generator and the
// tokenizer need them. Each list is in one place so that the packages
// agree on what a suffix is. Spellings follow the Academy of Persian
// Language and Literature's «دستور خط فارسی»: the plural ها and the
// comparative تر/ترین are written apart from their host with a ZWNJ after
// a letter that joins; the clitics that start with alef are written apart
// after a silent ه (خانه‌ام، رفته‌اند).

// SuffixKind is the rule that joins a suffix to its host.
type SuffixKind uint8

const (
	PluralSuffix      SuffixKind = iota // ها های هایی …: a ZWNJ after a joining letter
	ComparativeSuffix                   // تر ترین تری: a ZWNJ after a joining letter
	AlefClitic                          // ای ام ات اش ایم اید اند: a ZWNJ after silent ه or ی
	PronounClitic                       // مان تان شان: a ZWNJ after silent ه
	GluedSuffix                         // یی ان ی ش م ت: glued; the host keeps its own ZWNJs
)

// A Suffix is a suffix and the rule that joins it to its host.
type Suffix struct {
	Text string
	Kind SuffixKind
}

// Suffixes are the suffixes that ZWNJ repair reads, longest first within
// each kind.
var Suffixes = [...]Suffix{
	{"هایشان", PluralSuffix}, {"هایتان", PluralSuffix}, {"هایمان", PluralSuffix},
	{"هایی", PluralSuffix}, {"هایم", PluralSuffix}, {"هایت", PluralSuffix},
	{"هایش", PluralSuffix}, {"هاست", PluralSuffix}, {"های", PluralSuffix},
	{"ها", PluralSuffix},
	{"ترین", ComparativeSuffix}, {"تری", ComparativeSuffix}, {"تر", ComparativeSuffix},
	{"ایم", AlefClitic}, {"اید", AlefClitic}, {"اند", AlefClitic},
	{"ای", AlefClitic}, {"ام", AlefClitic}, {"ات", AlefClitic}, {"اش", AlefClitic},
	{"شان", PronounClitic}, {"تان", PronounClitic}, {"مان", PronounClitic},
	{"یی", GluedSuffix}, {"ان", GluedSuffix}, {"ی", GluedSuffix},
	{"ش", GluedSuffix}, {"م", GluedSuffix}, {"ت", GluedSuffix},
}

// FamilySuffixes are the endings that make the family of a compound: the
// compound itself (the empty ending) and its inflected and derived forms
// (روزنامه‌نگار، روزنامه‌نگاران، روزنامه‌نگاری).
var FamilySuffixes = [...]string{"", "ی", "یی", "ای", "ها", "های", "هایی", "ان", "ات", "اش", "ام", "تر", "ترین", "ش", "م", "ت", "مان", "تان", "شان", "گان", "ند", "ید", "یم", "ه"}

// VerbPrefixes are the prefixes of present and continuous verb forms,
// written apart with a ZWNJ: می‌روم، نمی‌روم.
var VerbPrefixes = [...]string{"می", "نمی"}

// Preverbs are the verbal prefixes written glued before می and نمی:
// برمی‌گردد، فرومی‌ریزد. Each ends in a letter that does not join.
var Preverbs = [...]string{"فرو", "فرا", "باز", "بر", "در", "وا"}

// CliticlessParticles are the particles ending in ه that never take a
// clitic: به، که، نه، چه.
var CliticlessParticles = [...]string{"به", "که", "نه", "چه"}

// JoinedComparatives are the adjectives whose comparative and superlative
// are written joined by the standard: بهتر، بیشتر، کمتر، کهتر، مهتر and
// their ترین forms.
var JoinedComparatives = [...]string{"به", "بیش", "کم", "که", "مه"}
