package span

// Top-level domains that make a bare name (example.com, Amazon.com) a
// URL. With a scheme, www. or an @ before it, any domain is one; without,
// only a known top-level domain tells a host name from a word with a
// period in it (Node.js, e.g, 3.14).

// countryTLDs are the two-letter country-code top-level domains of the
// IANA root zone database (248 of them in October 2025).
const countryTLDs = "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt " +
	"bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et " +
	"eu fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il " +
	"im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc " +
	"md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe " +
	"pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st " +
	"su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf " +
	"ws ye yt za zm zw"

// fileTLDs are country codes that are more often file extensions (README.md,
// setup.py, lib.so): such a name is a URL only with a path after it.
const fileTLDs = "cc md mk pl pm py rs sh so"

// tldKind classifies a top-level domain.
type tldKind uint8

const (
	notTLD   tldKind = iota
	knownTLD         // a URL on its own
	fileTLD          // a URL only with a path
)

// twoLetterTLDs classifies every pair of lower-case letters.
var twoLetterTLDs = func() (t [26 * 26]tldKind) {
	for k := 0; k+1 < len(countryTLDs); k += 3 {
		t[int(countryTLDs[k]-'a')*26+int(countryTLDs[k+1]-'a')] = knownTLD
	}
	for k := 0; k+1 < len(fileTLDs); k += 3 {
		t[int(fileTLDs[k]-'a')*26+int(fileTLDs[k+1]-'a')] = fileTLD
	}
	return t
}()

// tldClass classifies a top-level domain given in lower-case ASCII
// letters.
func tldClass(tld []byte) tldKind {
	if len(tld) == 2 {
		return twoLetterTLDs[int(tld[0]-'a')*26+int(tld[1]-'a')]
	}
	switch string(tld) {
	// The original generic domains and the most common newer ones.
	case "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "name", "pro", "mobi", "asia",
		"tel", "travel", "jobs", "aero", "coop", "museum", "app", "dev", "blog", "shop", "store", "online",
		"site", "tech", "xyz", "club", "cloud", "wiki":
		return knownTLD
	}
	return notTLD
}
