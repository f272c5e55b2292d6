package critique

import (
	"flag"
	"path/filepath"
	"strings"
	"testing"
)

var evalTexting = flag.Bool("texting", false, "with -file: rewrite each draft in texting style (no stops, commas, question or exclamation marks; lower case) before it is checked")

// textingStyle rewrites a draft the way many people text: no full stops,
// commas, colons, question or exclamation marks, lower case, one space
// between words. Clauses run into each other, which is what the checker
// must still read right.
func textingStyle(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '.', ',', '!', '?', ';', ':', '\u2026':
			return ' '
		}
		return r
	}, s)
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// TestTextingRunOns: without stops or commas an apology, the next
// sentence and the one after run into one clause. What the checker reads
// across the missing stop must still be what the words say: an "if" that
// opens an offer or a commitment's own condition is not a condition on
// the apology, an "unless" clause does not own the "I'll" of a second
// "if", a clause that ends just before the apology does not negate it,
// and a "but" that turns to the writer's own truth in a second sentence
// takes nothing back. The same words with the defect in them are still
// read as defects.
func TestTextingRunOns(t *testing.T) {
	clean := []struct {
		cat  string
		text string
	}{
		{CatButClause, "i'm sorry i didn't come to the hospital when your dad was in i made an excuse about work but honestly i was scared of hospitals and that's my problem not yours"},
		{CatButClause, "sorry i laughed when you said you wanted to join the choir i meant it as a tease but it came out as mockery and that was me not you"},
		{CatButClause, "sorry i posted our dms without asking you no expectations but if you ever want to play again i'm on most nights"},
		{CatButClause, "dear owen i'm sorry i read your messages on the family ipad you'd left it logged in but that didn't make them mine to read"},
		{CatButClause, "i'm sorry for what i said about your work no need to call back right away but if you'd ever want to grab a beer i'm buying"},
		{CatConditional, "i was short with you in that meeting and i'm sorry if you'd be open to a coffee next week i'd like that"},
		{CatConditional, "hey luke its been a while since dans stag and i was out of line that weekend if youre up for it id like to grab a beer and say sorry properly no worries if not"},
		{CatButClause, "sorry i didnt post anything for your birthday i know it sounds small but you saw me post for jakes the same week and that stung i get it"},
		{CatNoApology, "apologies deepa i took credit for your dashboard in the qbr ill correct it with ravi in the next sync"},
		{CatDiffuseAddressee, "bea im the one who screenshotted the chat im sorry it made you look awful to people who matter to you and i wanted that at the time"},
		{CatConditional, "i was wrong to go through your phone sorry if something's bothering me i'll ask you straight out"},
		{CatConditional, "i told your sister before you could and i'm really sorry if she brings it up again i'll tell her i jumped the gun"},
		{CatConditional, "when you asked if i was coming to your match i said yes and then stayed at the pub i'm sorry you looked for me in the stands"},
		{CatConditional, "im sorry i said your mum was a lot in front of her even if i was tired thats on me"},
		{CatConditional, "i was sharp with you before you left and i'm sorry for that if you're up in dublin next month i'd love to buy you a pint"},
		{CatThreat, "i'm sorry i told aunt linda from now on anything you tell me stays with me unless you say otherwise and if i'm ever unsure i'll ask you first"},
		{CatNoApology, "i've started this email four times so i'm just going to say it i'm sorry i missed your ordination"},
		{CatNoApology, "when you asked if i'd cleaned the bathroom i said yes and i hadn't even started sorry i lied to get out of it i'll do it tonight"},
		// From v46/v47 once spent, the round's prober and its code
		// review: a "yet" of time, a trailing "though", a "but" that goes
		// on to owning the act, and an "or not" that frees them.
		{CatButClause, "Sorry I haven't replied yet, work has been mad. I'll call you tonight."},
		{CatButClause, "sorry i was rude when you asked if i'd found a job yet i rolled my eyes"},
		{CatButClause, "sorry i called you a charity case in front of the guys you know that's not who i am though"},
		// From the sixteenth round (v53/v54 spent): a run-on "but" that
		// goes on to owning ("that's no reason", "that's not on you", "the
		// truth is i", "that's mine to", "it wasn't funny", "intent doesn't
		// change") or to an offer ("i'd love to", "i'm here if"), and a
		// "feel" two words back that belongs to a clause of its own.
		{CatButClause, "hey liz i'm sorry i disappeared after your dad's diagnosis i didn't know what to say but that's no reason to go quiet on you"},
		{CatButClause, "rach i'm sorry i snapped at you when you rang me on my break i was wrecked after the double but that's not on you"},
		{CatButClause, "dear pop i'm sorry i didn't come up for your eightieth i told mum it was work but the truth is i'd booked a weekend away"},
		{CatButClause, "sorry i lost it at training i've been stressed but that's mine to sort out not yours"},
		{CatButClause, "sorry i laughed at the meeting i thought it was a joke but it wasn't funny and i should have known"},
		{CatButClause, "sorry about the comment i meant it kindly but intent doesn't change how it landed"},
		{CatButClause, "i'm sorry i said what i said at the braai no need to reply soon but i'd love to take you for a curry sometime"},
		{CatButClause, "sorry i went quiet after the funeral take all the time you need but i'm here if you want to talk"},
		{CatNoApology, "dear gran a text didn't feel right i'm sorry i didn't come up for grandad's anniversary"},
		{CatExcuse, "im sorry i told you i was too busy to help that was a lie"},
		{CatPressure, "i'm sorry i forgot your birthday i'll keep making it up to you until we're good again"},
		{CatNoApology, "hi sarah apologies that the client deck went out with the wrong figures i've sent the corrected one"},
		{CatNoApology, "dear janet apologies if the comments on the draft came across as dismissive i'll go through them with you"},
		{CatNoApology, "as i already said i'm sorry i missed your gallery opening"},
		{CatMinimizing, "sorry i said it was just banter it hurt you and i'll stop"},
		{CatMinimizing, "nate i'm sorry i forgot our anniversary and when you brought it up at dinner i acted like it was no big deal it was a big deal"},
		{CatMinimizing, "sorry i told your boss you were late that wasn't mine to say i'll tell him tomorrow it was just a rumour"},
		{CatButClause, "sorry i didn't come to your 70th i said i'd come but i picked the overtime instead that was my choice and it was wrong"},
		{CatButClause, "hey ana sorry it's taken me so long to write i wanted to reach out sooner but i kept chickening out which is on me"},
		{CatButClause, "i'm sorry i missed your graduation i told you the coach was cancelled but the truth is i stayed to finish a job"},
		{CatPressure, "let me know if you want to come or not"},
		{CatPressure, "id love a walk whenever youre ready or not"},
		{CatButClause, "sorry i was harsh with you though you didnt deserve any of it"},
		{CatButClause, "sorry i havent paid you back yet its going in tonight"},
		{CatButClause, "sorry i didnt reply yet i was swamped"},
		{CatButClause, "sorry for everything yet again"},
		{CatPressure, "sorry about last night no pressure to reply or not"},
		{CatDemand, "i'm sorry i told you you need to calm down that was rude of me"},
		{CatInvalidating, "sorry i shouldn't have made such a big deal about it"},
		{CatPressure, "sorry i know you can't please everyone i'll give you space"},
		{CatDeadline, "i'm sorry you didn't call me back on friday i should have tried again"},
		{CatCriticism, "i'm sorry i said you were lazy in front of everyone that was cruel"},
		{CatMinimizing, "i'm sorry i told her about it i'll tell her tomorrow it was just gossip and i shouldn't have"},
		{CatMinimizing, "i'm sorry you lent it to me without a second thought and i've treated it like it didn't matter i've set up a standing order"},
		{CatCriticism, "efe i'm sorry i told people at the party that your business failed because you were lazy it wasn't true"},
		{CatEmptyPromise, "sorry about the other weekend i'll make sure it doesn't happen again i've moved the bins to the back"},
		{CatEmptyPromise, "sorry i missed your call i promise i'll ring you at six tomorrow"},
		{CatButClause, "i'm sorry i called you a gold digger at the engagement it was out of order tho everyone was laughing i'll apologise to your mum too"},
	}
	for _, tc := range clean {
		for _, f := range Check(tc.text, KindApology).Findings {
			if f.Category == tc.cat {
				t.Errorf("%s: want none on %q; got %q", tc.cat, tc.text, f.Quote)
			}
		}
	}
	wantRuleFindings(t, []roundCase{
		{CatConditional, KindApology, "sorry if my music kept you up last night i'll use headphones after 10 from now on"},
		{CatConditional, KindApology, "i'm sorry if i hurt you i'll do better"},
		{CatButClause, KindApology, "sorry i yelled i was stressed but you started it"},
		{CatButClause, KindApology, "i'm sorry i missed your graduation i know it was a big day but i think you need to look at the whole picture"},
		{CatNoApology, KindApology, "i'm not sorry i said it"},
		{CatThreat, KindApology, "sorry about the car but unless you pay half i'll tell your dad"},
		// A negation in the clause before does not reach a clause that
		// opens on its own subject and verb.
		{CatMinimizing, KindApology, "sorry i didnt mean to upset you it wasnt a big deal"},
		// From the round's review: what the guards must not silence.
		{CatNoApology, KindApology, "I won't pretend to be sorry for what I said."},
		{CatNoApology, KindApology, "i'm not in the least bit sorry for what i said"},
		{CatNoApology, KindApology, "I don't believe I was wrong to tell her."},
		{CatConditional, KindApology, "I'm sorry if there's anything I did that upset you."},
		{CatConditional, KindApology, "I'm sorry if you had a bad time because of me."},
		{CatConditional, KindApology, "I'm sorry if you're down about what I said."},
		{CatConditional, KindApology, "I'm sorry if you'd rather I hadn't told her."},
		{CatConditional, KindApology, "sorry if it seemed like i didnt care ill do better"},
		{CatButClause, KindApology, "sorry i didnt tell you i lied about the money but i knew you would go mental"},
		{CatButClause, KindApology, "sorry i snapped i was tired but i should be allowed to see my friends"},
		{CatButClause, KindApology, "sorry i forgot your birthday but if not for your attitude i would have remembered"},
		{CatButClause, KindApology, "sorry i yelled i was stressed but honestly i think you started it"},
		{CatThreat, KindApology, "sorry about the car but unless you pay half by friday if not i'll tell your dad"},
		{CatCondescending, KindApology, "sorry i was late no offence you clearly didnt read my message"},
		// From the second probe.
		{CatNoApology, KindApology, "I'm not even a little sorry."},
		{CatNoApology, KindApology, "im not even slightly sorry"},
		{CatNoApology, KindApology, "as i said im not sorry"},
		{CatNoApology, KindApology, "hi sarah the deck went out with the wrong figures"},
		{CatNoApology, KindApology, "hey no apologies that was a fair call"},
		// From the seventeenth round's review: what its guards must not silence.
		{CatConditional, KindApology, "im sorry ok if i hurt you"},
		{CatConditional, KindApology, "I'm sorry okay if you felt left out"},
		{CatConditional, KindApology, "I'm sorry, fine if that upset you"},
		{CatNoApology, KindApology, "Apologies accepted, I hope you've learned something."},
		{CatNoApology, KindApology, "apologies nah i did nothing wrong"},
		{CatNoApology, KindApology, "Apologies aside, I think you owe me an apology too."},
		{CatDeadline, KindApology, "I'm sorry I was rude. I'll need a decision by the weekend."},
		{CatButClause, KindApology, "sorry i know it sounds petty but i'm still annoyed you didn't invite me"},
		{CatButClause, KindApology, "sorry i know it sounds small but u r overreacting"},
		{CatCriticism, KindApology, "sorry i made it seem like you were being dramatic which honestly you kind of were"},
		{CatCriticism, KindApology, "sorry i made it sound like you were being jealous but tbh you were"},
		{CatDiffuseAddressee, KindApology, "sorry you sounded harsh to those who heard it"},
		// From v56/v57 once spent: what their clean drafts' guards must not silence.
		{CatConditional, KindApology, "im sorry no worries if you were hurt by it"},
		{CatButClause, KindApology, "sorry i forgot your birthday i know it sounds small but youre overreacting"},
		{CatDiffuseAddressee, KindApology, "im sorry to people who were offended by my post"},
		{CatThreat, KindApology, "im sorry unless you come back im changing the locks"},
		// Eighteenth round: a demand on the reader opens a clause of its
		// own after a run-on apology; one told to the reader is reported.
		{CatDemand, KindApology, "i'm sorry i shouted at you at mia's party you need to understand how much pressure i'm under"},
		{CatDemand, KindApology, "sorry i didnt come to the shower you should understand i was working a double"},
		// A negation before a suggestion, a plea, or a clause that ended on
		// its own auxiliary does not reach it.
		{CatPressure, KindApology, "i know it wasn't ideal for anyone let's put it behind us and focus on q4"},
		{CatPressure, KindApology, "i can't eat i can't sleep i'm a mess without you please just call me"},
		{CatPressure, KindApology, "hey i know we both said stuff we shouldn't have water under the bridge coffee next week"},
		{CatDeadline, KindApology, "mum's asking why you weren't at christmas ring me before new year"},
		{CatDeadline, KindApology, "that was confidential and i shouldn't have mentioned it let me know by 5pm today that we're fine"},
		{CatCounter, KindApology, "okay i'm sorry i called you a snob we both said things we didn't mean"},
		{CatJustification, KindApology, "sorry for what i said about your mum someone had to say it"},
		{CatCriticism, KindApology, "dad i know you're not really angry anymore you're just being stubborn"},
		{CatEmptyPromise, KindApology, "mum i'm sorry for everything that's happened this year i'll be a better daughter i promise things will be different"},
		{CatEmptyPromise, KindApology, "beta papa here i regret that i wasn't there for your convocation i will change you will see"},
		// Words owned end where a clause of its own opens some words on.
		{CatCriticism, KindApology, "i'm sorry i called your analysis junior-level in the channel you always get so defensive about feedback"},
		{CatCounter, KindApology, "i'm sorry i called you selfish we both said things we didn't mean"},
		// From v46/v47 once spent: a "yet" that turns, a "though" that
		// opens a defence, and a plea after a clause that denies.
		{CatButClause, KindApology, "I'm sorry I was late, and yet you act like it's a crime."},
		{CatButClause, KindApology, "sorry i was late yet you never said what time"},
		{CatButClause, KindApology, "sorry i yelled though you started it"},
		{CatButClause, KindApology, "sorry i shouted honestly tho its a seat calm down"},
		{CatPressure, KindApology, "im so sorry i missed it i cant sleep please tell me you dont hate me"},
		{CatPressure, KindReachOut, "hey its been months are we still friends or not"},
		// From the round's prober.
		{CatButClause, KindApology, "i apologise for the comment yet honestly you overreacted"},
		{CatButClause, KindApology, "sorry i was late yet its only ten minutes"},
		{CatMinimizing, KindApology, "sorry i forgot your bday it wasnt that bad though"},
		// From the round's code review: a denial of fault is no owning, a
		// "yet" turns unless it tells time, and a "yet" read as time
		// leaves the "but" after it.
		{CatButClause, KindApology, "sorry i missed it but i had to work and i dont think thats my fault"},
		{CatButClause, KindApology, "sorry i shouted but i was stressed and you keep saying its my fault"},
		{CatButClause, KindApology, "sorry i was late yet everyone else was late too"},
		{CatButClause, KindApology, "I'm sorry I was late yet you act like it's a crime. I'll be on time next week."},
		{CatButClause, KindApology, "I'm sorry I snapped; yet you never apologise either."},
		{CatButClause, KindApology, "Sorry I haven't been round yet but work has been mad."},
		{CatButClause, KindApology, "sorry i yelled though honestly you started it"},
		// The sixteenth round's owned turns stop at their own words.
		{CatButClause, KindApology, "sorry i snapped at you but that's not on me you started it"},
		{CatButClause, KindApology, "sorry i was late but the truth is you never told me the time"},
		{CatButClause, KindApology, "sorry i missed it but i'd love to know why you didn't remind me"},
		// A report verb far back does not reach a clause of its own.
		{CatExcuse, KindApology, "sorry i snapped at you in the car i was hangry"},
		{CatExcuse, KindApology, "im sorry i yelled at you at the match i was so stressed"},
		{CatExcuse, KindApology, "i'm sorry i shouted at the apprentice i was running on three hours sleep"},
		{CatExcuse, KindApology, "sorry i snapped at you on the phone i'd had a good few drinks at gary's leaving do"},
		// "we're good right" closing a draft without stops asks for it.
		{CatPressure, KindApology, "i'm sorry i forgot to pick zara up from netball it won't happen again so we're good right"},
		{CatPressure, KindApology, "sorry for everything lately are we good 🙏"},
		// A time named and nothing more, then a clause of another kind.
		{CatVague, KindApology, "sorry about last night call me when you're free"},
		{CatVague, KindApology, "hi marta sorry about this morning won't happen again kyle"},
		// Words owned end at a comment on them, with no comma before it.
		{CatMinimizing, KindApology, "sorry i said your cooking was bland it was just banter"},
	})
	// The "or not" rule is for drafts without stops only (rule.runOn): in
	// a draft with them the question mark says whether it was asked.
	for _, f := range Check("Hi Sam. It has been a while. Dinner on Friday or not", KindReachOut).Findings {
		if f.Category == CatPressure && !f.Learned {
			t.Errorf("want no pressure rule on a draft with stops; got %q", f.Quote)
		}
	}
	for _, f := range Check("I'm sorry I missed the game. Unless you'd rather I didn't, I'll come to the next one.", KindApology).Findings {
		if f.Category == CatThreat {
			t.Errorf("want no threat in an offer the reader may refuse; got %q", f.Quote)
		}
	}
	for _, tc := range []struct{ cat, text string }{
		{CatInvalidating, "I'm sorry I snapped. I don't believe you were overreacting."},
		{CatBlame, "I'm sorry I snapped. There's no way that was your fault."},
		{CatNoApology, "im not making excuses sorry i was rude to your mum ill call her tomorrow"},
		{CatNoApology, "i never should have said that sorry i hurt you"},
	} {
		for _, f := range Check(tc.text, KindApology).Findings {
			if f.Category == tc.cat && !f.Learned {
				t.Errorf("%s: want none on %q; got %q", tc.cat, tc.text, f.Quote)
			}
		}
	}
	// ... but a clause governed by a preposition or a verb of saying is
	// not one of its own.
	for _, tc := range []struct{ cat, text string }{
		{CatBlame, "Everyone was tired that night. None of that is your fault, and I'm sorry I snapped at you."},
		{CatExcuse, "I'm sorry I let the rope run. I'm not going to tell you I was tired or that the rope was new."},
	} {
		for _, f := range Check(tc.text, KindApology).Findings {
			if f.Category == tc.cat && !f.Learned {
				t.Errorf("%s: want none on %q; got %q", tc.cat, tc.text, f.Quote)
			}
		}
	}
}

// TestTextingStyleOnCleanDrafts rewrites every clean labelled draft in
// texting style and counts those that then draw a high finding, which
// none of them should. As written, 15 of the 7,082 do (in sample); in
// texting style 86 did before the run-on readings above (at 9fe2a68),
// 25 after them, 27 once the word models read a long run in parts
// (runOnParts: two high findings the doubt no longer softens), and 22
// once a run-on "but" may follow anyone's second clause, and 26 after
// the review's mends (guards narrowed where they silenced real defects).
// With v53 and v54 learnt (sixteenth round) 33 of 8,699 did, and 26 after
// the round's mends of the shapes read there. The ceiling holds the gain.
func TestTextingStyleOnCleanDrafts(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every labelled draft")
	}
	files, _ := filepath.Glob("../../testdata/critique/*.jsonl")
	spent, _ := filepath.Glob("../../testdata/critique/spent/blind-*-sealed.jsonl")
	n, high := 0, 0
	for _, f := range append(files, spent...) {
		ds, err := ReadLabelledFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range ds {
			if len(d.Categories) > 0 {
				continue
			}
			n++
			for _, fd := range Check(textingStyle(d.Text), d.Kind).Findings {
				if fd.Severity == SevHigh {
					high++
					break
				}
			}
		}
	}
	t.Logf("clean drafts in texting style with a high finding: %d of %d", high, n)
	if n < 5000 {
		t.Fatalf("read only %d clean drafts", n)
	}
	// 20 since v60 and v61 were learnt (nineteenth round): the learnt
	// reader no longer softens "i'm coming round saturday with food" in a
	// son's apology to his mother, a visit announced rather than asked,
	// which other writers label pressure.
	if high > 20 {
		t.Errorf("%d of %d clean drafts draw a high finding in texting style; at most 20 did (nineteenth round)", high, n)
	}
}

// TestRunOnParts: a long sentence with no clause mark is read by the word
// models in parts, each opening on a word that usually opens a sentence
// and at least runOnMin words long; a short one, or one with commas, is
// read whole.
func TestRunOnParts(t *testing.T) {
	run := "i'm sorry i missed your graduation babe i got the date wrong and that's totally on me not the bus or anything i feel awful about it i know how hard you worked can i take you out for a meal next week to celebrate properly my treat"
	parts := newDoc(run).wordSentences()
	if len(parts) < 3 {
		t.Fatalf("want the run read in parts; got %d", len(parts))
	}
	for i, p := range parts {
		if len(p) < runOnMin {
			t.Errorf("part %d has %d words, fewer than %d", i, len(p), runOnMin)
		}
		if i > 0 && !runOnOpeners.has(newDoc(run).norm[p[0].s:p[0].e]) {
			t.Errorf("part %d opens on %q", i, run[p[0].s:p[0].e])
		}
	}
	// The last part too is at least runOnMin words long.
	tail := "i know i let you down when i missed the school run on friday and the kids waited at the gate for ages i was at the pub with dave and i forgot the time completely and i feel awful about the kids sorry ok then"
	parts = newDoc(tail).wordSentences()
	if last := parts[len(parts)-1]; len(parts) < 2 || len(last) < runOnMin {
		t.Errorf("want parts of at least %d words; got %d parts, the last of %d", runOnMin, len(parts), len(last))
	}
	for _, whole := range []string{
		"i'm sorry i missed your graduation i got the date wrong",
		"I'm sorry I missed your graduation, babe, I got the date wrong and that's totally on me, not the bus or anything, I feel awful about it and I know how hard you worked for it",
	} {
		if n := len(newDoc(whole).wordSentences()); n != 1 {
			t.Errorf("want %q read whole; got %d parts", whole, n)
		}
	}
}
