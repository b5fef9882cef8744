package span

import "unicode/utf8"

// wordSpan returns the end and kind of the URL or e-mail address that
// starts at s[i], an ASCII letter, digit or _, or (i, None).
func wordSpan(s []byte, i int, prev rune) (int, Kind) {
	if e := schemeURLEnd(s, i); e > 0 {
		return e, URL
	}
	if hasPrefixFold(s, i, "www.") && i+4 < len(s) && (asciiAlnum(s[i+4]) || otherDigitAt(s, i+4) > 0) {
		return urlEnd(s, i, i+4), URL
	}
	if prev == '.' {
		// Inside a dotted run (a.b.c): an address or a domain would have
		// started at the start of the run, where it was tried already.
		return i, None
	}
	if e := emailEnd(s, i); e > 0 {
		return urlEnd(s, i, e), Email
	}
	if e := bareDomainEnd(s, i); e > 0 {
		return e, URL
	}
	return i, None
}

// schemeURLEnd returns the end of a URL with a scheme that starts at
// s[i], or -1. Any scheme followed by "//" and something more is a URL
// (ssh://host, git+https://…); a scheme without "//" only when it is one
// of the opaque schemes (mailto:a@b.ir), since a word and a colon is
// common prose (note:this).
func schemeURLEnd(s []byte, i int) int {
	if !asciiLetter(s[i]) {
		return -1
	}
	j := i + 1
	for j < len(s) && j-i < maxScheme && (asciiAlnum(s[j]) || s[j] == '+' || s[j] == '-' || s[j] == '.') {
		j++
	}
	if j+1 >= len(s) || s[j] != ':' {
		return -1
	}
	rest := j + 1
	if rest+1 < len(s) && s[rest] == '/' && s[rest+1] == '/' {
		rest += 2
	} else if !isOpaqueScheme(s[i:j]) {
		return -1
	}
	if e := urlEnd(s, i, rest); e > rest {
		return e
	}
	return -1
}

// opaqueSchemes are the URI schemes, registered with IANA, that are
// written without "//" and common in text.
var opaqueSchemes = []string{"mailto", "tel", "sms", "urn", "data", "magnet", "geo", "xmpp", "sip", "sips", "news", "fax", "bitcoin"}

func isOpaqueScheme(name []byte) bool {
	for _, o := range opaqueSchemes {
		if len(name) == len(o) && hasPrefixFold(name, 0, o) {
			return true
		}
	}
	return false
}

// urlEnd returns the end of the URL that starts at s[start] and whose
// body is read from s[from]: the first delimiter, less the punctuation
// that a sentence puts after a URL. It may return from if nothing is left.
func urlEnd(s []byte, start, from int) int {
	j := from
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if delimByte[c] {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRune(s[j:])
		if IsDelim(r) {
			break
		}
		j += size
	}
	return trimEnd(s, start, from, j)
}

// delimByte is IsDelim for ASCII.
var delimByte = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = IsDelim(rune(c))
	}
	return t
}()

// trimEnd leaves out of s[start:end] the punctuation that ends a clause
// after a URL (. , ; : ! ? ؟ ' … and a ZWNJ), and a closing bracket that
// has no opener inside, but nothing before from.
func trimEnd(s []byte, start, from, end int) int {
	for end > from {
		r, size := utf8.DecodeLastRune(s[from:end])
		switch r {
		case ';':
			if entityBefore(s[start:end]) {
				break // &amp; at the end of a URL is whole
			}
			end -= size
			continue
		case '.', ',', ':', '!', '?', '؟', '\'', '…', '\u200c':
			end -= size
			continue
		case ')', ']', '}':
			open := byte('(')
			if r == ']' {
				open = '['
			} else if r == '}' {
				open = '{'
			}
			if count(s[start:end], open) < count(s[start:end], byte(r)) {
				end -= size
				continue
			}
		}
		break
	}
	return end
}

// entityBefore reports whether s ends with an HTML character reference.
func entityBefore(s []byte) bool {
	k := len(s) - 1 // the ';'
	for j := k - 1; j >= 0 && k-j <= 34; j-- {
		if s[j] == '&' {
			return entityEnd(s, j) == len(s)
		}
	}
	return false
}

func count(s []byte, b byte) int {
	n := 0
	for _, c := range s {
		if c == b {
			n++
		}
	}
	return n
}

// emailEnd returns the end of the e-mail address that starts at s[i], or
// -1: an ASCII local part, @ and a domain of two or more labels whose last
// label is two or more letters. The span runs on to the end of the token,
// as a URL does: a span that ended inside a token could end inside a span
// that a second pass of normalize finds later in the token.
func emailEnd(s []byte, i int) int {
	j := i
	for j < len(s) && j-i < maxLocal {
		if localByte(s[j]) {
			j++
		} else if k := otherDigitAt(s, j); k > 0 {
			j += k
		} else {
			break
		}
	}
	if j >= len(s) || s[j] != '@' {
		return -1
	}
	h := scanHost(s, j+1)
	if h.labels < 2 || h.tldLen < 2 {
		return -1
	}
	return h.end
}

func localByte(c byte) bool {
	return asciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

// bareDomainEnd returns the end of a URL written without scheme or www
// that starts at s[i] (example.com/page?id=3, Amazon.com), or -1. Its
// host must start with an ASCII letter: a digit might be a Persian digit
// that normalize made Latin, and a second pass must not find a span that
// the first did not.
func bareDomainEnd(s []byte, i int) int {
	if !asciiLetter(s[i]) {
		return -1
	}
	h := scanHost(s, i)
	if h.labels < 2 || h.tldLen < 2 {
		return -1
	}
	tld := tldClass(h.tld[:h.tldLen])
	if tld == notTLD {
		return -1
	}
	end := h.end
	if end == len(s) {
		if tld == fileTLD {
			return -1
		}
		return end
	}
	if c := s[end]; c == '/' || c == '?' || c == '#' || c == ':' && end+1 < len(s) && s[end+1] >= '0' && s[end+1] <= '9' {
		// A path, query, fragment or port: the URL runs on to the end of
		// its token.
		return urlEnd(s, i, end)
	}
	if tld == fileTLD {
		return -1 // README.md, setup.py: a file name
	}
	// Without a path the URL is the host name, unless a letter, digit, _,
	// - or @ is glued to it: Amazon.comها is no domain. A ¬, which
	// normalize may turn into a ZWNJ and drop, does not count, nor do
	// marks and invisible characters.
	k := end
	for {
		if k+1 < len(s) && s[k] == 0xC2 && s[k+1] == 0xAC {
			k += 2
		} else if t := transparentAt(s, k); t > 0 {
			k += t
		} else {
			break
		}
	}
	if r, _ := utf8.DecodeRune(s[k:]); r == '@' || r == '-' || r != utf8.RuneError && wordRune(r) {
		return -1
	}
	return end
}

// host is what scanHost found.
type host struct {
	end    int // end of the host name in s
	labels int // number of labels
	tld    [maxTLD]byte
	tldLen int // letters of the last label, lower-cased, or 0 if it is not all ASCII letters or too long
}

// maxTLD is the longest top-level domain that scanHost reports.
const maxTLD = 16

// scanHost reads the host name at s[i]: labels of ASCII letters, digits
// and hyphens, separated by single periods, each starting with a letter or
// digit. Invisible characters and marks after the first byte of a label
// belong to it and count for nothing, and Persian and Arabic-Indic digits
// count as digits: normalize may remove the ones and make the others
// Latin, and what a first pass does not protect, a second must not either.
func scanHost(s []byte, i int) host {
	var h host
	j := i
	for j < len(s) && j-i < maxHost {
		if !asciiAlnum(s[j]) && otherDigitAt(s, j) == 0 {
			break
		}
		h.labels++
		h.tldLen = 0
		letters, n := true, 0
		for j < len(s) && n <= maxLabel {
			c := s[j]
			if asciiAlnum(c) || c == '-' {
				if asciiLetter(c) {
					if n < maxTLD {
						h.tld[n] = c | 0x20
					}
				} else {
					letters = false
				}
				n++
				j++
				continue
			}
			if k := transparentAt(s, j); k > 0 {
				j += k
				continue
			}
			if k := otherDigitAt(s, j); k > 0 {
				letters = false
				n++
				j += k
				continue
			}
			break
		}
		if letters && n <= maxTLD {
			h.tldLen = n
		}
		h.end = j
		if j+1 < len(s) && s[j] == '.' {
			// The next label, after any marks and invisible characters.
			k := j + 1
			for t := transparentAt(s, k); t > 0; t = transparentAt(s, k) {
				k += t
			}
			if k < len(s) && (asciiAlnum(s[k]) || otherDigitAt(s, k) > 0) {
				j = k
				continue
			}
		}
		break
	}
	if h.tldLen > 0 && !lowerTLD(s[i:h.end], h.tldLen) {
		h.tldLen = 0
	}
	return h
}

// otherDigitAt returns the size of the Persian or Arabic-Indic digit at
// s[j], or 0.
func otherDigitAt(s []byte, j int) int {
	if j+1 < len(s) && (s[j] == 0xDB && s[j+1] >= 0xB0 && s[j+1] <= 0xB9 || s[j] == 0xD9 && s[j+1] >= 0xA0 && s[j+1] <= 0xA9) {
		return 2
	}
	return 0
}

// lowerTLD reports whether the last n letters of the host name are lower
// case. An upper-case or capitalized last part is a name (ASP.NET) or a
// sentence that lost its space (Tehran.It), not a domain.
func lowerTLD(name []byte, n int) bool {
	for k := len(name) - 1; k >= 0 && n > 0; k-- {
		switch c := name[k]; {
		case c >= 'a' && c <= 'z':
			n--
		case c >= 'A' && c <= 'Z':
			return false
		}
	}
	return true
}

// hasPrefixFold reports whether s[i:] starts with the lower-case ASCII
// prefix p, ignoring ASCII case.
func hasPrefixFold(s []byte, i int, p string) bool {
	if len(s)-i < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		if c := s[i+k]; c != p[k] && !(asciiLetter(c) && c|0x20 == p[k]) {
			return false
		}
	}
	return true
}
