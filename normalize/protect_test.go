package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/persiantext/persian/internal/span"
)

func TestURLsOfAnySchemeAndBareDomainsKeepTheirDigits(t *testing.T) {
	runCases(t, charOnly(), []ruleCase{
		{"ssh", "به ssh://host/path123 بروید", "به ssh://host/path123 بروید"},
		{"mailto", "به mailto:ali@example.ir نامه بدهید", "به mailto:ali@example.ir نامه بدهید"},
		{"tel", "شماره tel:+982188776655 را بگیرید", "شماره tel:+982188776655 را بگیرید"},
		{"bare domain with query", "سایت example.com/page?id=3 را ببینید", "سایت example.com/page?id=3 را ببینید"},
		{"bare domain with path", "سایت isna.ir/news/12 را", "سایت isna.ir/news/12 را"},
		{"bare domain then period", "خبر در isna.ir.", "خبر در isna.ir."},
		{"bare domain in brackets", "( isna.ir/a_1 )", "(isna.ir/a_1)"},
		{"domain name and number", "شرکت Amazon.com 12 کالا", "شرکت Amazon.com ۱۲ کالا"},
		{"file name is no domain", "فایل README.md 12 خط", "فایل README.md ۱۲ خط"},
		{"letters glued to a domain", "سایتAmazon.com", "سایتAmazon.com"},
	})
}

func TestHashtagAndMentionLettersUnified(t *testing.T) {
	for name, n := range map[string]*Normalizer{"default": New(), "search": New(Search())} {
		t.Run(name, func(t *testing.T) {
			runCases(t, n, []ruleCase{
				{"hashtag with underscore", "برچسب #كتاب_خواني را", "برچسب #کتاب_خوانی را"},
				{"hashtag with ZWNJ", "#كتاب\u200cخواني", "#کتاب\u200cخوانی"},
				{"hashtag with Arabic heh", "#ہفتہ_كتاب", "#هفته_کتاب"},
				{"hashtag digits stay", "#سال_1404 و #سال_۱۴۰۴", "#سال_1404 و #سال_۱۴۰۴"},
				{"mention", "سلام @علي_رضايي", "سلام @علی_رضایی"},
				{"Latin mention stays", "@Ali_Rezaei_12 و @ali.rezaei", "@Ali_Rezaei_12 و @ali.rezaei"},
				{"number sign is no hashtag", "ردیف #12", "ردیف #" + map[string]string{"default": "۱۲", "search": "12"}[name]},
			})
		})
	}
	// Search folds what it folds elsewhere, inside a tag too.
	runCases(t, New(Search()), []ruleCase{
		{"hashtag folds hamza", "#مسئلهٔ_روز", "#مسیله_روز"},
	})
	// Digits are the tag's shape: no digit option changes them.
	runCases(t, New(WithDigits(LatinDigits)), []ruleCase{
		{"hashtag keeps Persian digits", "#سال_۱۴۰۴", "#سال_۱۴۰۴"},
	})
}

func TestMarkupAndCodeSpansPassThrough(t *testing.T) {
	runCases(t, charOnly(), []ruleCase{
		{"comment", "متن <!-- كتاب  ها ? --> متن", "متن <!-- كتاب  ها ? --> متن"},
		{"doctype", "<!DOCTYPE html>", "<!DOCTYPE html>"},
		{"self-closing tag", "خط<br/>بعدي", "خط<br/>بعدی"},
		{"autolink is a URL", "<https://example.com/a?b=1>", "<https://example.com/a?b=1>"},
		{"code span with runs", "دستور ``a ` 12`` را", "دستور ``a ` 12`` را"},
		{"less-than sign is text", "اگر ۳ < 4 باشد", "اگر ۳ < ۴ باشد"},
	})
}

// TestInvisibleRunesAgreeWithSpan guards an invariant of protect.go: the
// runes that the character pass removes or turns into a ZWNJ are the runes
// that span treats as part of a name.
func TestInvisibleRunesAgreeWithSpan(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if isInvisible(r) != span.IsInvisible(r) {
			t.Fatalf("%U: normalize says invisible %v, span %v", r, isInvisible(r), span.IsInvisible(r))
		}
	}
}

// spanAlphabet is what TestSpansIdempotentOnRandomText draws from: the
// pieces of spans, and the characters the character pass removes or
// changes next to them.
var spanAlphabet = []string{
	"example.com/a?b=1", "Amazon.com", "n.om", "www.", "x.ir", "mailto:", "ssh://h/p", "p://", "x@y.io", "@a", "@",
	"#ب", "#", "_", ".", ",", ":", ")", "(", "&amp;", "&", "<p>", "<!-- ", " -->", "`", "``", " ", "\u00a0",
	"a", "Z", "1", "۳", "٤", "ي", "ك", "ا", "د", "ﺑ", "ﻻ", "ﹶ", "ـ", "\u064e", "\u0651", "\u0654",
	"\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u00ad", "¬", "؟", "،", "؛", "?", "«", "»", "\"", "👨", "\xff",
}

// TestSpansIdempotentOnRandomText checks, on random text made of the
// pieces of spans, that normalizing twice changes nothing more and that
// streaming gives what String gives: the two invariants that a protected
// span can break.
func TestSpansIdempotentOnRandomText(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 9))
	for name, opts := range invariantConfigs {
		n := New(opts...)
		for k := 0; k < 3000; k++ {
			var sb strings.Builder
			for i, m := 0, 1+r.IntN(30); i < m; i++ {
				sb.WriteString(spanAlphabet[r.IntN(len(spanAlphabet))])
			}
			s := sb.String()
			once := n.String(s)
			if twice := n.String(once); twice != once {
				t.Fatalf("%s: not idempotent on %q:\nonce  %q\ntwice %q", name, s, once, twice)
			}
			if k%20 == 0 {
				for route, got := range streamings(t, n, s, uint64(k)) {
					if got != once {
						t.Fatalf("%s, %s: differs from String on %q:\nwant %q\ngot  %q", name, route, s, once, got)
					}
				}
			}
		}
	}
}
