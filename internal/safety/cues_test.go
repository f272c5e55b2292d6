package safety

import (
	"strings"
	"testing"
)

// TestCueReadings checks the shapes the cues are for, each with the near
// miss that must not raise a concern. The texts are the project's own,
// not lines from the labelled sets.
func TestCueReadings(t *testing.T) {
	tests := []struct {
		text string
		kind string // "" for no concern
	}{
		// An act told in the passive, and a mark of violence with its doer.
		{"got slammed against the fridge by my boyfriend last night", Violence},
		{"she left bruises on my arm when she grabbed me", Violence},
		{"the fridge door slammed and I jumped", ""},
		// Control needs a controlled person who is not a teenager under a parent's rule.
		{"my husband keeps my bank card and gives me a tenner on Fridays", Control},
		{"my mum won't let me go to the party on Saturday", ""},
		{"my dad won't let my mum see her sister", Control},
		{"my boss won't let me leave early on Fridays", ""},
		// Turning up is stalking when it is unwanted or a pattern.
		{"since we split she waits outside my office most evenings", Stalking},
		{"he turned up at my door with flowers to say sorry", ""},
		// Means and finality.
		{"I've been saving up my tablets in a sock drawer", SelfHarm},
		{"gave my dog to my cousin and paid off what I owe, just want to make things right with my mum", SelfHarm},
		{"I took two paracetamol for the headache after the row", ""},
		// Threats said by someone else, and the idioms they resemble.
		{"he says he'll put me in hospital if I go to my sister's", Threat},
		{"she said she'd murder me if I was late again lol", ""},
		// The writer's own plan.
		{"I'm going to glass him at the party if he shows his face", Intent},
		{"I could kill him for eating my leftovers", ""},
		// A child in view turns neglect into harm to a child.
		{"my sister leaves her toddler alone in the flat when she goes out", ChildHarm},
		{"the kids went to their dad's for the weekend", ""},
		// Accidents and sport are not violence.
		{"my son fell off his bike and got a black eye", ""},
		{"we went paintballing and I came home covered in welts", ""},
	}
	for _, tt := range tests {
		cs := Screen(tt.text)
		switch {
		case tt.kind == "" && len(cs) > 0:
			t.Errorf("Screen(%q) = %s %q, want nothing", tt.text, cs[0].Kind, cs[0].Quote)
		case tt.kind != "" && len(cs) == 0:
			t.Errorf("Screen(%q) found nothing, want %s", tt.text, tt.kind)
		case tt.kind != "" && cs[0].Kind != tt.kind:
			t.Errorf("Screen(%q) = %s %q, want %s", tt.text, cs[0].Kind, cs[0].Quote, tt.kind)
		}
		for _, c := range cs {
			if tt.text[c.Start:c.End] != c.Quote || strings.TrimSpace(c.Quote) == "" {
				t.Errorf("Screen(%q): quote %q does not match its offsets %d:%d", tt.text, c.Quote, c.Start, c.End)
			}
		}
	}
}

// TestCuePhrasesParse builds every phrase: an unknown class or a phrase
// that starts with a gap is a panic on first use, so it must show here.
func TestCuePhrasesParse(t *testing.T) {
	x := buildCueIndex()
	n := 0
	for _, g := range cuePhrases {
		n += len(g.phrases)
	}
	if len(x.phrases) != n {
		t.Fatalf("%d phrases built, want %d", len(x.phrases), n)
	}
	for _, p := range x.phrases {
		for _, e := range p.elems {
			if e.gap == 0 && len(e.words) == 0 && len(e.classes) == 0 && len(e.prefixes) == 0 && len(e.seqs) == 0 && !e.num && !e.kidAge && !e.yo {
				t.Errorf("phrase %q has an element that fits nothing", p.src)
			}
		}
	}
}

// TestCueMatcher checks the notation on small phrases.
func TestCueMatcher(t *testing.T) {
	tests := []struct {
		phrase, text string
		want         int // tokens matched from the first, or -1
	}{
		{"hit|punch* me", "punched me hard", 2},
		{"hit ~2 me", "hit him and me", 4},
		{"hit ~1 me", "hit him and me", -1},
		{"hit ~3 me", "hit him, and me", -1}, // a gap does not cross a comma
		{"on_purpose", "on purpose", 2},
		{"took really? all", "took all", 2},
		{"#kidage year old", "13 year old", 3},
		{"#kidage year old", "30 year old", -1},
		{"#yo", "9yo", 1},
	}
	for _, tt := range tests {
		p := parsePhrase(tt.phrase, tViol, cueClasses)
		s := split(tt.text)[0]
		if got := p.matchAt(s, 0); got != tt.want {
			t.Errorf("%q on %q: matched %d tokens, want %d", tt.phrase, tt.text, got, tt.want)
		}
		// The same phrase laid out as tables (see cuegen_test.go).
		x := cueTableOf(newCueIndex([]cuePhrase{p}))
		ids := make([]int32, len(s))
		for k, tok := range s {
			ids[k] = x.words.find(tok.w)
		}
		if got := x.match(0, len(x.flags), s, ids, 0); got != tt.want {
			t.Errorf("%q on %q as tables: matched %d tokens, want %d", tt.phrase, tt.text, got, tt.want)
		}
	}
}

// TestTagNames checks every cue tag has a model feature name.
func TestTagNames(t *testing.T) {
	if last := cueTag(1) << (len(tagNames) - 1); last != tSerious {
		t.Fatalf("tagNames has %d names; the last tag is not tSerious", len(tagNames))
	}
}
