package safety

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestScreenFlags(t *testing.T) {
	tests := []struct {
		text  string
		kind  string
		quote string // words the quote must hold ("" means: do not check)
	}{
		// Self-harm.
		{"Sometimes I think about killing myself.", SelfHarm, "killing myself"},
		{"I just want to end it all.", SelfHarm, "end it all"},
		{"I don't want to live anymore.", SelfHarm, "don't want to live"},
		{"I don’t want to be alive", SelfHarm, "don’t want to be alive"},
		{"I've been hurting myself again.", SelfHarm, "hurting myself"},
		{"I keep having suicidal thoughts since she left.", SelfHarm, "suicidal"},
		{"Honestly, everyone would be better off without me.", SelfHarm, "everyone would be better off without me"},
		{"Some days I want to die.", SelfHarm, "want to die"},
		{"I've thought about taking my own life.", SelfHarm, "taking my own life"},
		{"I overdosed last year after we fell out.", SelfHarm, "overdosed"},
		{"I used to self-harm when we fought.", SelfHarm, "self-harm"},
		{"I'm going to kill myself", SelfHarm, "kill myself"},
		// Remorse put off until after the act, or refused.
		{"I'll feel bad about it afterwards but I'm going to make sure he suffers.", Intent, ""},
		{"I'm going to get him when he's alone. I'd feel bad about it for a day, tops.", Intent, "feel bad about it"},
		{"I won't feel bad about it when he's six feet under.", Intent, "won't feel bad about it"},
		{"i could genuinely kill her and i don't think i'd feel bad about it", Intent, ""},
		// Violence and threats.
		{"He hit me when I tried to leave.", Violence, "He hit me"},
		{"She threatened to kill me if I told anyone.", Threat, "threatened to kill"},
		{"He hits me when he's drunk.", Violence, "He hits me"},
		// A bite is still a blow beside "a bit" of something else.
		{"She bit me on the arm a bit too hard last night and it bled.", Violence, ""},
		{"He shoved me a bit and then he bit me.", Violence, ""},
		{"I've been slipping a bit of his pills into her tea so she stays quiet.", Intent, ""},
		{"I've been slipping some of his pills into her drink.", Intent, ""},
		// A threat to the one written to, in the writer's own words.
		{"If you leave me, I'll kill you.", Intent, "I'll kill you"},
		{"if you leave me ill kill you", Threat, ""},
		{"I'm going to hurt you if you tell anyone.", Intent, ""},
		{"She hurts me, and then says sorry.", Violence, "She hurts me"},
		{"I'm afraid he'll hurt me if I say no.", Violence, "afraid he'll hurt"},
		{"My husband beat me last winter.", Violence, "My husband beat me"},
		{"He choked me during the argument.", Violence, "He choked me"},
		{"They beat me up after school.", Violence, "beat me"},
		{"I'm scared of him.", Violence, "scared of him"},
		{"Honestly I'm terrified of her when she drinks.", Violence, "terrified of her"},
		{"I fear for my safety around her.", Violence, "fear for my safety"},
		{"He pulled a knife on me.", Violence, "pulled a knife"},
		{"If he does it again I'm going to kill him.", Intent, "I'm going to kill him"},
		{"My dad punched my brother.", Violence, "My dad punched my brother"},
		{"She said she'd hurt me if I left.", Threat, "said she'd hurt"},
		{"Things got violent last Christmas.", Violence, "got violent"},
		{"He has been stalking me since the breakup.", Stalking, "stalking me"},
		{"I slapped her. I know there is no excuse.", Violence, "I slapped her"},
		// Control and coercive control.
		{"He controls my money and my phone.", Control, "controls my money"},
		{"She won't let me see my friends.", Control, "won't let me see my friends"},
		{"He's abusive when he drinks.", Control, "abusive"},
		{"He forced me to have sex.", Violence, "forced me to"},
		{"I'm not allowed to see my family.", Control, "not allowed to see my family"},
		{"She isolated me from everyone.", Control, "isolated me"},
		{"I have a restraining order against him.", Control, "restraining order"},
		{"He threatened to take the kids if I left.", Threat, "threatened to take the kids"},
		{"It was emotional abuse for years.", Control, "abuse"},
		{"He tracks my location all the time.", Control, "tracks my location"},
		{"I had to ask his permission to buy groceries.", Control, "had to ask his permission"},
		{"She cut me off from my family.", Control, "cut me off from my"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			cs := Screen(tt.text)
			if len(cs) == 0 {
				t.Fatalf("Screen(%q) found nothing, want %s", tt.text, tt.kind)
			}
			c := cs[0]
			if c.Kind != tt.kind {
				t.Errorf("kind %q, want %q (%+v)", c.Kind, tt.kind, cs)
			}
			// The quote is the frame that matched: it holds the key words
			// (and may reach a little further, to the agent or the verb).
			if tt.quote != "" && !strings.Contains(c.Quote, tt.quote) {
				t.Errorf("quote %q does not hold %q", c.Quote, tt.quote)
			}
			if tt.text[c.Start:c.End] != c.Quote {
				t.Errorf("offsets %d:%d give %q, not the quote %q", c.Start, c.End, tt.text[c.Start:c.End], c.Quote)
			}
		})
	}
	if len(tests) < 25 {
		t.Errorf("only %d positive cases", len(tests))
	}
}

func TestScreenLetsOrdinaryTalkThrough(t *testing.T) {
	tests := []string{
		"I hurt your feelings and I'm sorry.",
		// Remorse felt now, and comfort (not remorse put off or refused).
		"I'm sorry. I feel bad about it.",
		"I felt so guilty after it that I couldn't sleep.",
		"Please don't feel bad about it, it was my mistake.",
		"I don't want you to feel bad about it, I just wanted to say I'm sorry.",
		"Don't feel guilty about it, you had every right to be upset.",
		"That comment hurt, and I understand why.",
		"You hurt me when you left without a word, and I hurt you back.",
		"I was dying to see you at the party.",
		"I was just killing time before the meeting.",
		"The deadline is killing me this week.",
		"It's been killing me that we haven't talked.",
		"It hit me last night how unfair I was.",
		"He hit me up yesterday to ask about dinner.",
		// A fear of hurting the reader, a game, a joke, a refusal.
		"I am afraid I'll hurt you again if I don't change.",
		"i'm gonna kill you in warzone tonight",
		"I'll kill you if you spoil the ending lol",
		"I would never hurt you.",
		"I'd hate to hurt you again.",
		// "a bit" is an amount, not a bite.
		"Hey Kiran, I still think you overreacted a bit about the hen do, but I miss you.",
		"I think you took the bit about your sister the wrong way.",
		"I was a little bit short with you about the rota.",
		"She hit me with the news that she was moving.",
		"I hit send too fast and regretted it.",
		"She beat me at chess again, fair and square.",
		"They beat us 3-0 in the final.",
		"You beat me to it: I was about to call.",
		"I'm afraid she'll never forgive me.",
		"I'm afraid he'll say no, and that's his right.",
		"I'm scared of her reaction if I bring it up.",
		"I'm terrified of losing you as a friend.",
		"She won't let me explain what happened.",
		"My boss won't let me leave early on Fridays.",
		"I abused your trust, and I know it.",
		"It was an abuse of power on my part to overrule you.",
		"He has struggled with substance abuse.",
		"I choked on my words when I saw you.",
		"I could have died of embarrassment.",
		"I wanted to die of embarrassment after the toast.",
		"I don't want to live with this regret any more.",
		"I beat myself up about it for weeks.",
		"I cut myself off from everyone that year.",
		"I hurt myself at the gym, so I missed your game.",
		"We fought about money and I said things I regret.",
		"I want to end things on a better note.",
		"Posting that was social suicide.",
		"Sorry I forced you to listen to my rant.",
		"Losing the job forced me to rethink a lot.",
		"He threatened to quit the band if we kept fighting.",
		"I threatened to leave the group chat.",
		"She controls the budget at work.",
		"You kicked me out of the flat and I deserved it.",
		"I'm killing myself trying to make this work.",
	}
	for _, text := range tests {
		if cs := Screen(text); len(cs) > 0 {
			t.Errorf("Screen(%q) = %+v, want nothing", text, cs)
		}
	}
	if len(tests) < 25 {
		t.Errorf("only %d negative cases", len(tests))
	}
}

func TestScreenSeveral(t *testing.T) {
	text := "He controls my money. Last week he hit me, and now I don't want to live."
	got := Screen(text)
	want := []Concern{
		{Kind: Control, Quote: "He controls my money", Start: 0, End: 20},
		{Kind: Violence, Quote: "he hit me", Start: 32, End: 41},
		{Kind: SelfHarm, Quote: "don't want to live", Start: 53, End: 71},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Screen (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]string{SelfHarm, Violence, Control}, Kinds(got)); d != "" {
		t.Errorf("Kinds (-want +got):\n%s", d)
	}
}

func TestScreenOverlapReportedOnce(t *testing.T) {
	// "threatened to kill" and "said she'd ... kill me" style rules can
	// overlap; one concern per passage.
	got := Screen("She threatened me, she said she would kill me.")
	for i := 1; i < len(got); i++ {
		if got[i].Start < got[i-1].End {
			t.Errorf("overlapping concerns: %+v", got)
		}
	}
	if len(got) == 0 {
		t.Fatal("nothing found")
	}
}

func TestMessage(t *testing.T) {
	if Message(nil) != "" {
		t.Error("Message(nil) is not empty")
	}
	violence := Message(Screen("He hit me."))
	selfHarm := Message(Screen("He hit me and I want to die."))
	for name, msg := range map[string]string{"violence": violence, "self-harm": selfHarm} {
		for _, want := range []string{
			"step out of the practice",
			"your safety, not making up",
			"don't owe anyone",
			"amends guide let-go",
			"local emergency number",
			"988",
			"Samaritans on 116 123",
			"findahelpline.com",
			"/continue",
		} {
			if !strings.Contains(msg, want) {
				t.Errorf("%s message lacks %q:\n%s", name, want, msg)
			}
		}
	}
	if !strings.Contains(violence, "mentions violence or threats.") {
		t.Errorf("violence message does not say why:\n%s", violence)
	}
	if !strings.Contains(selfHarm, "mentions thoughts of harming yourself and violence or threats.") {
		t.Errorf("self-harm message does not say why:\n%s", selfHarm)
	}
	// For self-harm the crisis line comes first.
	if strings.Index(selfHarm, "988") > strings.Index(selfHarm, "emergency") {
		t.Errorf("self-harm message does not lead with the crisis line:\n%s", selfHarm)
	}
}

func FuzzScreen(f *testing.F) {
	for _, s := range []string{"He hit me.", "I don’t want to live", "I'm scared of him", "", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prevEnd := 0
		for _, c := range Screen(text) {
			if c.Start < prevEnd || c.End <= c.Start || c.End > len(text) {
				t.Fatalf("bad span %d:%d (prev end %d) in %q", c.Start, c.End, prevEnd, text)
			}
			if text[c.Start:c.End] != c.Quote {
				t.Fatalf("quote mismatch")
			}
			if utf8.ValidString(text) && !utf8.ValidString(c.Quote) {
				t.Fatalf("quote splits a character")
			}
			prevEnd = c.End
		}
	})
}

func BenchmarkScreen(b *testing.B) {
	line := "Dana, I presented the proposal as if it were mine on Tuesday. It was our work, and I took the credit. I'm sorry, and I'll tell the team at Thursday's stand-up."
	for b.Loop() {
		Screen(line)
	}
}
