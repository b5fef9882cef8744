package span

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// spanAt returns the text and kind of the span at the start of s, with no
// rune before it.
func spanAt(s string) (string, Kind) {
	e, k := At([]byte(s), 0, -1)
	return s[:e], k
}

func TestSpansAtTheStartOfText(t *testing.T) {
	tests := []struct {
		in   string
		want string
		kind Kind
	}{
		// URLs with a scheme: any scheme with //, opaque schemes without.
		{"https://example.com/a?b=1&c=۲ بروید", "https://example.com/a?b=1&c=۲", URL},
		{"ssh://host/path123 را", "ssh://host/path123", URL},
		{"git+https://example.org/r.git.", "git+https://example.org/r.git", URL},
		{"HTTP://EXAMPLE.COM", "HTTP://EXAMPLE.COM", URL},
		{"mailto:ali@example.ir،", "mailto:ali@example.ir", URL},
		{"tel:+982188776655", "tel:+982188776655", URL},
		{"https://fa.wikipedia.org/wiki/ایران_(کشور))", "https://fa.wikipedia.org/wiki/ایران_(کشور)", URL},
		{"https://example.com\u200c ها", "https://example.com", URL},
		{"https://example.com👍", "https://example.com", URL},
		{"https://example.com/«الف»", "https://example.com/", URL},
		{"note:this", "", None},
		{"https://", "", None},
		{"https:// x", "", None},
		// www. and bare domains.
		{"www.example.ir.", "www.example.ir", URL},
		{"WWW.Example.ir/page", "WWW.Example.ir/page", URL},
		{"example.com/page?id=3", "example.com/page?id=3", URL},
		{"Amazon.com.", "Amazon.com", URL},
		{"Amazon.com، کتاب", "Amazon.com", URL},
		{"isna.ir:8080/news", "isna.ir:8080/news", URL},
		{"AMAZON.COM", "", None},
		{"ASP.NET", "", None},
		{"Amazon.comها", "", None},
		{"Amazon.com's", "Amazon.com", URL},
		{"a.com,b", "a.com", URL},
		{"9gag.com", "", None},
		{"x۳.www.a.com)", "x۳.www.a.com", URL},
		{"x.om\u00ad ؟", "x.om\u00ad", URL},
		{"https://a.ir/?x=1&amp; ", "https://a.ir/?x=1&amp;", URL},
		{"https://a.ir/?x=1; ", "https://a.ir/?x=1", URL},
		{"(Amazon.com).", "", None},
		{"Node.js", "", None},
		{"README.md", "", None},
		{"github.com/x/README.md", "github.com/x/README.md", URL},
		{"example.md/page", "example.md/page", URL},
		{"Tehran.It", "", None},
		{"e.g.", "", None},
		{"3.14", "", None},
		{"192.168.1.1", "", None},
		{"example.com@x", "", None},
		// E-mail addresses.
		{"ali.rezaei@example.co.ir است", "ali.rezaei@example.co.ir", Email},
		{"ali@example.com.", "ali@example.com", Email},
		{"ali@example.comرا", "ali@example.comرا", Email},
		{"ali@example.com,bob@example.com؛", "ali@example.com,bob@example.com", Email},
		{"ali@localhost", "", None},
		{"ali@example.c", "", None},
		// Mentions and hashtags.
		{"@sara_ahmadi گفت", "@sara_ahmadi", Mention},
		{"@first.last.", "@first.last", Mention},
		{"@علي،", "@علي", Mention},
		{"@12", "@12", Mention},
		{"#روز_معلم مبارک", "#روز_معلم", Hashtag},
		{"#كتاب_خواني", "#كتاب_خواني", Hashtag},
		{"#کتاب‌خوانی!", "#کتاب‌خوانی", Hashtag},
		{"#tag-name", "#tag", Hashtag},
		{"#ایران_1404", "#ایران_1404", Hashtag},
		{"#12", "", None},
		{"# و", "", None},
		{"@ و", "", None},
		{"#\u200cالف", "#\u200cالف", Hashtag},
		{"#ـالف", "#ـالف", Hashtag},
		{"#\u064eالف", "#\u064eالف", Hashtag},
		{"#ـ\u00ad", "", None},
		{"@ـ\u00ad", "", None},
		{"@ali.rezaei:", "@ali.rezaei", Mention},
		{"@ali.rezaei://x", "@ali.rezaei://x", Mention},
		{"@w.\u200bmailto:ي", "@w.\u200bmailto:ي", Mention},
		{"@ali. رضا", "@ali", Mention},
		{"#الف\u064e\u200cها", "#الف\u064e\u200cها", Hashtag},
		// Markup.
		{"<p>متن", "<p>", Markup},
		{"</a> و", "</a>", Markup},
		{"<br/>", "<br/>", Markup},
		{`<a href="x?a=1,b=2">پیوند</a>`, `<a href="x?a=1,b=2">`, Markup},
		{"<!-- یادداشت <b> -->بعد", "<!-- یادداشت <b> -->", Markup},
		{"<!DOCTYPE html>", "<!DOCTYPE html>", Markup},
		{"&nbsp;ب", "&nbsp;", Markup},
		{"&#1610;", "&#1610;", Markup},
		{"&#x6CC;", "&#x6CC;", Markup},
		{"<https://example.com>", "", None},
		{"< p>", "", None},
		{"<p", "", None},
		{"<a\nhref>", "", None},
		{"<!-- a\n-->", "", None},
		{"<!-- a <!-- b -->", "", None},
		{"&amp", "", None},
		{"& و", "", None},
		// Code spans.
		{"`ls  -l 12` را", "`ls  -l 12`", Code},
		{"``a ` b`` c", "``a ` b``", Code},
		{"`a``", "`a``", Code},
		{"`ي`\u200b`ﻻ`", "`ي`\u200b`", Code},
		{"`\u200b`a`", "", None},
		{"` 12", "", None},
		{"`a\nb`", "", None},
		// Nothing.
		{"کتاب", "", None},
		{"", "", None},
	}
	for _, tt := range tests {
		got, kind := spanAt(tt.in)
		assert.Equal(t, tt.kind, kind, "kind of %q", tt.in)
		assert.Equal(t, tt.want, got, "span of %q", tt.in)
	}
}

func TestTokenSpansStartOnlyAfterADelimiterOrPunctuation(t *testing.T) {
	s := []byte("xhttps://a.b ")
	for _, tt := range []struct {
		prev rune
		kind Kind
	}{
		{-1, URL}, {' ', URL}, {'(', URL}, {'«', URL}, {'،', URL}, {'.', URL}, {'\u00a0', URL},
		{'a', None}, {'ب', None}, {'1', None}, {'_', None},
	} {
		_, k := At(s, 1, tt.prev)
		assert.Equal(t, tt.kind, k, "after %q", tt.prev)
	}
	// Markup and code spans start anywhere.
	e, k := At([]byte("a<b>"), 1, 'a')
	assert.Equal(t, Markup, k)
	assert.Equal(t, 4, e)
	// Inside a dotted run, no address or domain starts: the run was tried
	// from its start.
	_, k = At([]byte("a.example.com"), 2, '.')
	assert.Equal(t, None, k)
}

func TestSpanStaysInsideTheGivenSlice(t *testing.T) {
	s := []byte("`code` and https://example.com/a")
	e, k := At(s[:5], 0, -1)
	assert.Equal(t, None, k)
	assert.Equal(t, 0, e)
	e, k = At(s[:25], 11, ' ')
	assert.Equal(t, URL, k)
	assert.Equal(t, 25, e)
}

func TestLongRunsStaySearchable(t *testing.T) {
	// A failed search stops within a bounded distance.
	long := strings.Repeat("a.", 5000) + "com"
	_, k := At([]byte(long), 0, -1)
	assert.Equal(t, None, k, "a host name longer than 253 bytes")
	code := "`" + strings.Repeat("x", maxMarkup) + "`"
	_, k = At([]byte(code), 0, -1)
	assert.Equal(t, None, k, "a code span longer than maxMarkup")
}

func TestKindString(t *testing.T) {
	assert.Equal(t, "URL", URL.String())
	assert.Equal(t, "Code", Code.String())
	assert.Equal(t, "Kind(42)", Kind(42).String())
}

func TestIsDelim(t *testing.T) {
	for _, r := range []rune{' ', '\t', '\n', 0x85, 0xA0, 0x2009, 0x3000, '«', '»', '"', '<', '>', '`', '،', '؛', '😀', '©', utf8.RuneError} {
		assert.True(t, IsDelim(r), "%U", r)
	}
	for _, r := range []rune{'a', '/', '.', ')', 'ب', '\u200c', '-', '٫'} {
		assert.False(t, IsDelim(r), "%U", r)
	}
}

func FuzzAt(f *testing.F) {
	for _, s := range []string{
		"https://example.com/(a)). ali@example.com @x.y #y_ز 👨",
		"<a href=\"x\">b</a> &amp; `c` <!-- d --> example.com/p?id=3 Amazon.com",
		"mailto:a@b.ir ssh://h/p www.x.ir Node.js README.md x.md/y",
		"a.a.a.a.a.com ``a ` b`` \xff#\u200cx @\u200e",
	} {
		f.Add(s, 0, int32(-1))
		f.Add(s, 7, int32(' '))
	}
	f.Fuzz(func(t *testing.T, text string, i int, prev int32) {
		s := []byte(text)
		if i < 0 || i >= len(s) {
			return
		}
		e, k := At(s, i, prev)
		if k == None {
			if e != i {
				t.Fatalf("no span at %d of %q but end %d", i, s, e)
			}
			return
		}
		if e <= i || e > len(s) {
			t.Fatalf("span [%d, %d) of %q out of range", i, e, s)
		}
		if !MayStart(s[i]) {
			t.Fatalf("span %q starts with %q, which MayStart rejects", s[i:e], s[i])
		}
		if strings.ContainsRune(string(s[i:e]), '\n') {
			t.Fatalf("span %q holds a line feed", s[i:e])
		}
		switch k {
		case URL, Email, Mention, Hashtag:
			if prev >= 0 && !MayFollow(prev) {
				t.Fatalf("%v %q starts after %q", k, s[i:e], prev)
			}
		}
		if e < len(s) && utf8.Valid(s) && !utf8.RuneStart(s[e]) {
			t.Fatalf("span %q of %q ends inside a rune", s[i:e], s)
		}
		// The span is recognized from its own bytes: cutting the text right
		// after it changes nothing.
		if e2, k2 := At(s[:e], i, prev); e2 != e || k2 != k {
			t.Fatalf("span %v %q of %q is %v %q when the text ends after it", k, s[i:e], s, k2, s[i:e2])
		}
	})
}
