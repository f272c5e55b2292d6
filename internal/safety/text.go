package safety

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// token is one normalised word of the screened text. Several tokens can
// share one span of the original: "won't" becomes "will" and "not", and
// the texting form "kms" becomes "kill" and "myself".
type token struct {
	w          string // normalised: lower case, contractions and texting forms spelt out
	start, end int    // byte span in the original text
	name       bool   // capitalised and not a word the screen knows: probably a name
}

// sentence is the unit the rules match in: a run of tokens between
// sentence breaks. Commas and dashes stay in it as "," tokens, so that a
// pattern can refuse to reach across them.
type sentence []token

// comma is the token standing for a clause break inside a sentence.
const comma = ","

// split cuts text into sentences of normalised tokens.
func split(text string) []sentence {
	var (
		out  []sentence
		cur  sentence
		word strings.Builder
		ws   = -1 // start of the word being read
	)
	flushWord := func(end int) {
		if ws < 0 {
			return
		}
		raw := text[ws:end]
		cur = appendWord(cur, raw, word.String(), ws, end)
		word.Reset()
		ws = -1
	}
	flushSentence := func() {
		cur = illBeforeVerb(cur)
		if len(cur) > 0 {
			out = append(out, cur)
		}
		cur = nil
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if ws < 0 {
				ws = i
			}
			word.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’' || r == '‘' || r == 'ʼ':
			// An apostrophe inside or at the end of a word belongs to it.
			if ws >= 0 {
				word.WriteByte('\'')
			}
		default:
			flushWord(i)
			switch r {
			case '.', '!', '?', ';', '\n', '…':
				flushSentence()
			case ',', ':', '(', ')', '—', '–', '"', '“', '”':
				if n := len(cur); n > 0 && cur[n-1].w != comma {
					cur = append(cur, token{w: comma, start: i, end: i + size})
				}
			case '&', '+':
				cur = append(cur, token{w: "and", start: i, end: i + size})
			case '😂', '🤣', '😆', '😅', '🙄':
				cur = append(cur, token{w: "lol", start: i, end: i + size})
			}
		}
		i += size
	}
	flushWord(len(text))
	flushSentence()
	return out
}

// appendWord adds the tokens for one word (raw as written, w lower-cased
// with apostrophes straightened).
func appendWord(s sentence, raw, w string, start, end int) sentence {
	add := func(ws ...string) sentence {
		for _, x := range ws {
			s = append(s, token{w: x, start: start, end: end})
		}
		return s
	}
	w = strings.Trim(w, "'")
	if w == "" {
		return s
	}
	if exp, ok := texting()[w]; ok {
		return add(exp...)
	}
	if w == "ill" && illMeansIWill(s) {
		return add("i", "will")
	}
	if i := strings.IndexByte(w, '\''); i > 0 {
		stem, tail := w[:i], w[i+1:]
		switch tail {
		case "t":
			if strings.HasSuffix(stem, "n") {
				stem = stem[:len(stem)-1]
				if full, ok := negStems[stem]; ok {
					stem = full
				}
				return add(stem, "not")
			}
		case "ll":
			return add(stem, "will")
		case "re":
			return add(stem, "are")
		case "ve":
			return add(stem, "have")
		case "m":
			return add(stem, "am")
		case "d":
			return add(stem, "would")
		case "s":
			if isPronounIs[stem] {
				return add(stem, "is")
			}
			return add(stem) // a possessive
		}
		w = strings.ReplaceAll(w, "'", "")
		if exp, ok := texting()[w]; ok {
			return add(exp...)
		}
	}
	t := token{w: w, start: start, end: end}
	if r, _ := utf8.DecodeRuneInString(raw); unicode.IsUpper(r) && !known(w) {
		t.name = true
	}
	return append(s, t)
}

// illMeansIWill tells the texting "ill" ("ill kill him") from the
// adjective ("I'm ill"): it is "I will" at the start of a clause.
func illMeansIWill(s sentence) bool {
	if len(s) == 0 {
		return true
	}
	switch s[len(s)-1].w {
	case comma, "and", "but", "so", "then", "or", "because", "if", "otherwise", "lol", "honestly", "swear":
		return true
	}
	return false
}

// negStems spells out the stems of irregular negative contractions.
var negStems = map[string]string{"wo": "will", "ca": "can", "sha": "shall", "ai": "is", "do": "do"}

// isPronounIs lists the words whose "'s" means "is" (or "has"), not a
// possessive.
var isPronounIs = map[string]bool{
	"he": true, "she": true, "it": true, "that": true, "there": true, "what": true, "who": true,
	"where": true, "here": true, "how": true, "everyone": true, "nobody": true, "someone": true, "this": true,
	"let": false,
}

// texting spells out contractions written without an apostrophe and the
// shorthand of text messages, so the rules are written once, in full. It
// is made on first use: a map literal is built at start-up by every
// command, screening or not.
var texting = sync.OnceValue(func() map[string][]string {
	return map[string][]string{
		"dont": {"do", "not"}, "doesnt": {"does", "not"}, "didnt": {"did", "not"}, "wont": {"will", "not"},
		"cant": {"can", "not"}, "cannot": {"can", "not"}, "isnt": {"is", "not"}, "wasnt": {"was", "not"},
		"arent": {"are", "not"}, "werent": {"were", "not"}, "wouldnt": {"would", "not"},
		"shouldnt": {"should", "not"}, "couldnt": {"could", "not"}, "havent": {"have", "not"},
		"hasnt": {"has", "not"}, "hadnt": {"had", "not"}, "aint": {"is", "not"}, "dnt": {"do", "not"},
		"im": {"i", "am"}, "ive": {"i", "have"}, "youre": {"you", "are"}, "theyre": {"they", "are"},
		"hes": {"he", "is"}, "shes": {"she", "is"}, "thats": {"that", "is"}, "whats": {"what", "is"},
		"youll": {"you", "will"}, "theyll": {"they", "will"}, "itll": {"it", "will"}, "itd": {"it", "would"},
		"shouldve": {"should", "have"}, "couldve": {"could", "have"}, "wouldve": {"would", "have"},
		"u": {"you"}, "ya": {"you"}, "yu": {"you"}, "ur": {"your"}, "r": {"are"}, "n": {"and"},
		"ppl": {"people"}, "bf": {"boyfriend"}, "gf": {"girlfriend"}, "hubby": {"husband"}, "wifey": {"wife"},
		"bc": {"because"}, "bcuz": {"because"}, "cuz": {"because"}, "coz": {"because"}, "cos": {"because"},
		"rn": {"right", "now"}, "tho": {"though"}, "thru": {"through"}, "abt": {"about"}, "b4": {"before"},
		"wanna": {"want", "to"}, "gonna": {"going", "to"}, "gotta": {"got", "to"}, "tryna": {"trying", "to"},
		"finna": {"going", "to"}, "imma": {"i", "am", "going", "to"}, "ima": {"i", "am", "going", "to"},
		"kms": {"kill", "myself"}, "kmsl": {"kill", "myself"}, "kys": {"kill", "yourself"},
		"unalive": {"kill"}, "unalived": {"killed"}, "unaliving": {"killing"},
		"sewerslide": {"suicide"}, "suicde": {"suicide"}, "sucide": {"suicide"}, "suicidle": {"suicidal"},
		"od": {"overdose"}, "oded": {"overdosed"}, "od'd": {"overdosed"}, "odd": {"odd"},
		"pls": {"please"}, "plz": {"please"}, "tmrw": {"tomorrow"}, "tmr": {"tomorrow"}, "2day": {"today"},
		"2nite": {"tonight"}, "tonite": {"tonight"}, "nite": {"night"}, "evry": {"every"}, "evrything": {"everything"},
		"jk": {"just", "kidding"}, "lmao": {"lol"}, "lmfao": {"lol"}, "haha": {"lol"}, "hahaha": {"lol"},
		"rofl": {"lol"}, "mum": {"mom"}, "mam": {"mom"}, "mommy": {"mom"}, "mummy": {"mom"}, "mother": {"mom"},
		"daddy": {"dad"}, "father": {"dad"}, "stepdad": {"stepdad"}, "hes'": {"he", "is"},
		"fone": {"phone"}, "msgs": {"messages"}, "txt": {"text"}, "txts": {"texts"}, "pic": {"picture"},
		"pics": {"pictures"}, "pix": {"pictures"}, "nudez": {"nudes"}, "vids": {"videos"}, "vid": {"video"},
		"photos": {"pictures"}, "photo": {"picture"}, "pictures": {"pictures"}, "kiddo": {"kid"}, "kiddos": {"kids"},
		"children": {"kids"}, "child": {"kid"}, "everytime": {"every", "time"}, "alot": {"a", "lot"},
		"anymore": {"anymore"}, "outta": {"out", "of"}, "lemme": {"let", "me"}, "gimme": {"give", "me"},
		"didn": {"did"}, "doesn": {"does"},
	}
})

// known reports whether a lower-case word is one the rules or the common
// vocabulary use, so a capitalised one is not taken for a name.
func known(w string) bool {
	if commonWords.has(w) {
		return true
	}
	_, ok := slices.BinarySearch(genLexiconWords, w)
	return ok
}

// commonWords are words that start sentences often enough that a capital
// letter says nothing about them.
var commonWords = lazySet(`a an the this that these those it its i me my mine we us our you your he him his she her they them their
and but or so if when then because since after before while until though although however also still yet
yes no not never ok okay oh well hey hi hello sorry please thanks thank honestly seriously literally actually
sometimes today yesterday tonight tomorrow last now lately recently again always usually often once twice
what why how where who which whatever anyway basically maybe perhaps really just even only every each all both
some any most much many more less few there here is was are were be been am do does did have has had will would
can could should shall may might must let like love dear god ugh lol wow look listen okay right`)

func setOf(words string) map[string]struct{} {
	ws := strings.Fields(words)
	m := make(map[string]struct{}, len(ws))
	for _, w := range ws {
		m[w] = struct{}{}
	}
	return m
}

// wordSet is a set of words made on first use: a process that screens
// nothing makes none (every command would otherwise build them all as it
// starts), and a screen makes only those its readings reach.
type wordSet func() map[string]struct{}

func lazySet(words string) wordSet {
	return sync.OnceValue(func() map[string]struct{} { return setOf(words) })
}

func (s wordSet) has(w string) bool {
	_, ok := s()[w]
	return ok
}

// illVerbs are the words after which a texting "ill" is "I will".
var illVerbs = lazySet(`make kill be do go get tell call find hurt never just see take show send post come stab end ruin put
always text leave wait try give break burn destroy beat hit smash say let not literally actually really`)

// illBeforeVerb spells out a texting "ill" left as it is by appendWord
// ("ill make sure ...") when a verb follows it.
func illBeforeVerb(s sentence) sentence {
	for k := 0; k < len(s)-1; k++ {
		if s[k].w != "ill" {
			continue
		}
		if !illVerbs.has(s[k+1].w) {
			continue
		}
		t := s[k]
		t.w, t.name = "i", false
		s[k].w, s[k].name = "will", false
		s = append(s[:k], append(sentence{t}, s[k:]...)...)
		k++
	}
	return s
}
