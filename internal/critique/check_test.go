package critique

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func cats(r Report) map[string]bool {
	m := map[string]bool{}
	for _, f := range r.Findings {
		m[f.Category] = true
	}
	return m
}

// Each category: drafts that must fire it, and near misses (negated,
// quoted, owned or innocent uses) that must not.
var categoryCases = []struct {
	cat     string
	kind    Kind
	fire    []string
	notFire []string
}{
	// The act with no one doing it.
	{
		CatPassive, KindApology,
		[]string{"Sorry, a couple of invoices slipped through the cracks this month.", "Sorry the handover notes got mislaid.", "Sorry it came out wrong at dinner."},
		[]string{"Sorry, I let a couple of invoices slip through the cracks this month.", "Sorry I mislaid the handover notes."},
	},
	{
		CatCounter, KindApology,
		[]string{"I'm sorry I read your texts. Let's not pretend it's all one-sided."},
		[]string{"I'm sorry I read your texts. It was one-sided and it was me."},
	},
	// The writer siding with the reader trades no charge.
	{
		CatCounter, KindApology,
		[]string{"I'm sorry I yelled. But you never listen to me either."},
		[]string{"I'm sorry I lied about the money. If you don't trust me now, I wouldn't either."},
	},
	// "No hard feelings" after an "if" that imagines them saying no frees
	// them; said of the fight itself it pushes for closure.
	{
		CatPressure, KindReachOut,
		[]string{"Hey Sam, it's been a while. No hard feelings about the wedding, right? Let's get a pint."},
		[]string{"Hey Sam, fancy a pint sometime? If you're not up for it, honestly no hard feelings."},
	},
	// Scorn for the writer's own jokes is not scorn for the reader.
	{
		CatContempt, KindApology,
		[]string{"Sorry your so-called friends were upset by my toast."},
		[]string{"Sorry I mocked your cooking. I'll keep my so-called jokes to myself from now on."},
	},
	// Asking how it landed invites their side; blaming how it landed does not.
	{
		CatMisunderstanding, KindApology,
		[]string{"Sorry about the joke, I think it was just how it landed."},
		[]string{"Sorry I joked about your accent. If you want to tell me how it landed, I'll listen."},
	},
	// Owned repetition, an apology that arrives "properly", a lift given:
	// clean training drafts that drew a high finding.
	{
		CatResentful, KindApology,
		[]string{"Sorry I forgot the bins. That's the third time I've said it, so can we drop it?"},
		[]string{"I'm sorry I missed our 1:1 again. That's the second time this month, and it's on me. I've blocked Tuesdays for it."},
	},
	{
		CatBlame, KindApology,
		[]string{"I'm sorry I shouted, but you drove me to it."},
		[]string{"I'm sorry for what I said at dinner. You drove me to every swimming lesson for years and I know it."},
	},
	{
		CatButClause, KindReachOut,
		[]string{"I'm sorry I missed the funeral. But you knew how busy work was."},
		[]string{"I'm sorry I wasn't at the funeral. I'm not expecting anything. But if you ever want a coffee, I'm around."},
	},
	// A rule whose branches start with a word boundary on some and not
	// on others ("ffs", "*eye roll*") must not match inside a word.
	{
		CatContempt, KindReachOut,
		[]string{"ffs, are we still doing this? coffee saturday?"},
		[]string{"It's been a year since the layoffs and I think of you often. Coffee sometime, if you'd like?"},
	},
	// A count that shrinks the act.
	{
		CatMinimizing, KindApology,
		[]string{"sorry i finished your gin, it was literally two shots", "Sorry about the party, it was like 12 people max and we were done by one.", "Sorry about the nickname, it was a bit of fun."},
		[]string{"Sorry I was late picking you up. You waited forty minutes in the rain, and that was on me.", "I'm sorry I said those things; it was not just one comment, it was weeks of them."},
	},
	// A hard stretch offered as the cause.
	{
		CatExcuse, KindApology,
		[]string{"Apologies for missing the call. It's been an absolutely manic fortnight with the audit.", "Sorry I snapped, I've had about four hours sleep all week."},
		[]string{"Sorry I snapped at you. It's been a long time since we talked properly and I miss it.", "Sorry I snapped. I've had a rough fortnight, and that's no excuse for taking it out on you."},
	},
	// Pushing for a quick return to normal, in longer words.
	{
		CatPressure, KindReachOut,
		[]string{"Can we just put the whole thing with the garage behind us?", "let's grab a pint and get things back to how they were yeah", "can we just get on with things now"},
		[]string{"I'd like to put the garage business behind us, if you would too, whenever you're ready."},
	},
	// Counterfactual blame, in any words.
	{
		CatBlame, KindApology,
		[]string{"Sorry the bath overflowed, it wouldn't have happened if you hadn't had your music so loud.", "Sorry I wiped the server. If the runbook had been updated I would have known.", "sorry I binned your leftovers but how was I meant to know they were yours"},
		[]string{"Sorry I wiped the server. If I had read the runbook I would have known.", "If things had gone differently I would have been there, and I'm sorry I wasn't."},
	},
	// Sorry for how they felt, in more words for the feeling.
	{
		CatDeflection, KindApology,
		[]string{"I'm sorry you felt so put out at the barbecue.", "sorry u got so worked up about the rota", "I'm sorry it has caused you some inconvenience."},
		[]string{"I'm sorry I left you out of the barbecue plans.", "I'm sorry I caused you so much worry by not calling."},
	},
	{
		CatSelfFocus, KindApology,
		[]string{"Sorry I forgot your birthday. Please tell me you don't hate me."},
		[]string{"Sorry I forgot your birthday. I know it hurt, and I'd like to take you out on Saturday."},
	},
	// Findings on clean training drafts: an offer after "or I'll", the
	// writer's own words named as wrong, a repeat owned.
	{
		CatThreat, KindApology,
		[]string{"Sorry I missed your call. Answer me tonight or I'll tell your dad."},
		[]string{"Sorry I broke your mug. Tell me which one it was or I'll pick up a set like it."},
	},
	{
		CatCriticism, KindApology,
		[]string{"I'm sorry, but you were being dramatic about the flat."},
		[]string{"I was wrong to say you were being dramatic about the flat. You weren't, and I'm sorry."},
	},
	{
		CatResentful, KindApology,
		[]string{"Sorry about the bins. That's the third time I've said it."},
		[]string{"Sorry the bins were out late again. That's the third time this month and it's on me."},
	},
	// Shapes from the spent sealed v9 set.
	{
		CatDiffuseAddressee, KindApology,
		[]string{"Sorry to the whole netball squad for Saturday's outburst."},
		[]string{"I'm sorry I shouted at you after the match. I'll apologise to the whole squad on Tuesday too."},
	},
	{
		CatThreat, KindApology,
		[]string{"Sorry I borrowed your bike. If you tell Mum about it I'll tell her where you were on Friday."},
		[]string{"Sorry I borrowed your bike without asking. If you want, I'll tell Mum it was my idea."},
	},
	{
		CatEmptyPromise, KindApology,
		[]string{"Sorry I missed your gig, Lou. It'll never happen again, I promise mate."},
		[]string{"Sorry I missed your gig, Lou. I promise I'll be at the next one, I've already bought the ticket."},
	},
	{
		CatInvalidating, KindApology,
		[]string{"Sorry I mentioned your job at dinner. You take everything so personally."},
		[]string{"Sorry I mentioned your job at dinner. I took it far too lightly, and I know it hurt."},
	},
	{
		CatPressure, KindApology,
		[]string{"Sorry I snapped at the match. Can we just go back to normal now?"},
		[]string{"Sorry I snapped at the match. I'll pick you up on Saturday like normal, if you still want a lift."},
	},
	// Shapes from the training sets' remaining misses.
	{
		CatPressure, KindReachOut,
		[]string{"I haven't slept since the party. Please meet me, I really need this.", "Let's just forget the whole thing and do Sunday lunch."},
		[]string{"I'd love to hear how you've been, whenever you're ready. No need to reply."},
	},
	{
		CatCriticism, KindReachOut,
		[]string{"Whenever you're done sulking, give me a ring.", "You've never once called first. Pint Friday?"},
		[]string{"I've missed our Friday calls. Pint sometime, if you fancy it?"},
	},
	{
		CatMinimizing, KindApology,
		[]string{"sorry about the wedding speech, it was literally one line", "Sorry I skipped dinner. You're acting like I cheated."},
		[]string{"I'm sorry I put the line about your ex in the wedding speech. It embarrassed you in front of everyone."},
	},
	{
		CatPassive, KindApology,
		[]string{"Dear Owen, I regret that the site visit did not go to plan."},
		[]string{"Dear Owen, I regret that I cancelled the site visit without warning you. I'll rebook it for Tuesday."},
	},
	{
		CatExcuse, KindApology,
		[]string{"Sorry I was short with you on the phone. I'd had a shocker of a week."},
		[]string{"Sorry I was short with you on the phone. I'd had a shocker of a week, but that's no excuse."},
	},
	// Shapes from the spent sealed v7 and v8 sets.
	{
		CatPassive, KindReachOut,
		[]string{"Hi Nadia, sorry things got awkward after the wedding. Tea sometime?"},
		[]string{"Hi Nadia, I know things got awkward after the wedding. Tea sometime? No worries if not."},
	},
	{
		CatDiffuseAddressee, KindApology,
		[]string{"sorry to everyone at the barbecue if my joke landed badly", "Apologies to the whole team for Monday's stand-up."},
		[]string{"I'm sorry I snapped at you on Monday. I'll apologise to the team at Thursday's stand-up as well."},
	},
	{
		CatMinimizing, KindApology,
		[]string{"sorry about the car park thing, it really wasn't that big a deal though", "Sorry I borrowed your bike, you're honestly overreacting."},
		[]string{"I'm sorry I left you waiting outside the cinema for like an hour in the rain, and that's on me."},
	},
	{
		CatPresuming, KindReachOut,
		[]string{"Hey Priya, I know exactly what you're going through. Lunch next week?", "I know you're probably still fuming about the boat trip. Drinks soon?"},
		[]string{"Hey Priya, I can only guess how hard this year has been. Lunch next week, if you'd like?"},
	},
	{
		CatResentful, KindApology,
		[]string{"Okay fine, I'm sorry I moved your plants.", "That's the third time I've said it: sorry I forgot the rent."},
		[]string{"I'm sorry I moved your plants without asking. I'll put them back tonight."},
	},
	{
		CatExcuse, KindApology,
		[]string{"Sorry I called you boring at the quiz. I'd had way too much to drink."},
		[]string{"Sorry I called you boring at the quiz. I'd had way too much to drink, and that's no excuse."},
	},
	{
		CatBlame, KindApology,
		[]string{"sorry I benched you for the final, but honestly you were late to every session"},
		[]string{"sorry I benched you for the final without a word. I should have talked to you first."},
	},
	// Shapes from the spent sealed v6 set.
	{
		CatNoApology, KindApology,
		[]string{"Hey Jess, I wanted to talk about earlier on the floor."},
		[]string{"Hey Jess, just wanted to say sorry for snapping at you on the floor earlier. It wasn't your fault at all."},
	},
	{
		CatCondition, KindReachOut,
		[]string{"I'd like to catch up, but only if you stop telling people I left you in the lurch."},
		[]string{"I'd welcome a chance to catch up over lunch, on me. Only if you're interested, of course."},
	},
	{
		CatJustification, KindApology,
		[]string{"sorry I missed your drinks, in my head it was the 14th so it's not really on me"},
		[]string{"sorry i completely forgot your birthday drinks on saturday, i had it in my head it was the 14th and thats no excuse."},
	},
	// Shapes from the spent sealed v4 set: the writer's own promise to
	// call someone else, a means ("by message before"), and leave to say no.
	{
		CatDeadline, KindApology,
		[]string{"Call her today and say sorry.", "Reply by Friday."},
		[]string{"I'm sorry I missed the dinner. I'll call her today and apologise myself.", "I'm sorry I pushed back in front of the client. Next time I'll flag it by message before the meeting."},
	},
	{
		CatPressure, KindReachOut,
		[]string{"Hi Alan, I'd love a cuppa soon. No hard feelings, right? Let's just put it behind us."},
		[]string{"Hi Alan, if you'd ever fancy a cuppa I'm in most evenings - and no hard feelings at all if you'd rather not.", "hey man. its been a while. no hard feelings on my end. pickup game sunday if you're around"},
	},
	{
		CatConditional, KindApology,
		[]string{"I'm sorry if I hurt you.", "I apologize if anyone was upset.", "If I offended you, I'm sorry.", "sorry if that came off rude", "I'm sorry if you feel that way.", "It's been ages, and I'm sorry if the party stung."},
		[]string{"I'm sorry I hurt you.", "I'm sorry. If you ever want to talk, I'm here.", "I'm sorry, and if you're open to it I'd like to explain.", "I'm sorry I snapped, call me if you feel like talking.", "I'm sorry I shouted at your sister. I'd like to ring her and apologise, if you think she'd want that."},
	},
	{
		CatDeflection, KindApology,
		[]string{"I'm sorry you feel that way.", "Sorry you were upset.", "I'm sorry that it upset you.", "sorry your feelings got hurt"},
		[]string{"I'm sorry you were alone at the hospital because I left early.", "I'm sorry I upset you."},
	},
	{
		CatButClause, KindApology,
		[]string{"I'm sorry, but you were rude first.", "I'm sorry I yelled. But you kept pushing.", "I know I was late, but the traffic was awful."},
		[]string{"I'm sorry I yelled, and I'll work on my temper by stepping away.", "I'm sorry I yelled. I was wrong."},
	},
	{
		CatPassive, KindApology,
		[]string{"Mistakes were made.", "Things got out of hand last night.", "Some hurtful things were said.", "It just happened."},
		[]string{"I'm sorry for everything that happened.", "I made a mistake when I read your texts."},
	},
	{
		CatBlame, KindApology,
		[]string{"You made me do it.", "If you hadn't lied, I wouldn't have yelled.", "It's partly your fault.", "You started it."},
		[]string{"It's not your fault.", "You made me laugh so much that night.", "None of this was your fault.", "I'm sorry I said it was your fault."},
	},
	{
		CatMinimizing, KindApology,
		[]string{"It was just a joke.", "It's not a big deal.", "I was only kidding.", "I was a bit late, that's all."},
		[]string{"I won't say it was just a joke.", "It wasn't just a joke; it was cruel.", "I'm sorry I said it was only a joke."},
	},
	{
		CatVague, KindApology,
		[]string{"Sorry for whatever I did.", "I'm sorry for everything.", "I apologise for any inconvenience.", "I'm sorry if anything I said upset you."},
		[]string{"I'm sorry for everything I said about your mum at dinner, and for leaving early."},
	},
	{
		CatRegretOnly, KindApology,
		[]string{"I regret what happened at the party.", "It's unfortunate that you were hurt."},
		[]string{"I regret it, and I'm sorry I lied to you."},
	},
	{
		CatAnnounced, KindApology,
		[]string{"I want to apologize for missing your call.", "I'd like to apologise for the delay.", "I just want to apologise for how Friday night went.", "I want to take this opportunity to formally apologise for my conduct at the party.", "Wanted to apologise for the way the budget meeting went.", "I feel I owe you all an apology for what happened on Friday.", "I would like to offer an apology regarding the offsite."},
		[]string{"I'm sorry I missed your call. I wanted to apologise in person too.", "You need to apologise to her, not me.", "Do you want to apologise to Mum first?"},
	},
	{
		CatHedged, KindApology,
		[]string{"I may have upset you.", "I might have been a bit harsh.", "Maybe I overreacted."},
		[]string{"I upset you.", "I was harsh with you."},
	},
	{
		CatIntent, KindApology,
		[]string{"I didn't mean to hurt you.", "It wasn't my intention to embarrass you.", "I meant well.", "I was only trying to help."},
		[]string{"I meant to call you back and I didn't."},
	},
	{
		CatIdentity, KindApology,
		[]string{"That's not who I am.", "I'm not that kind of person.", "You know me better than that."},
		[]string{"That's not who I want to be, so I'm changing how I handle arguments."},
	},
	{
		CatExcuse, KindApology,
		[]string{"I was exhausted.", "I was so stressed at work.", "I'd had a long day.", "My phone died."},
		[]string{"I was stressed, but that's no excuse for snapping at you.", "I was tired. That doesn't excuse what I said."},
	},
	{
		CatJustification, KindApology,
		[]string{"I did it for your own good.", "Anyone would have done the same.", "It was the right call, and I would make the same decision again.", "I had my reasons."},
		[]string{"I had no right to read your messages."},
	},
	{
		CatCounter, KindApology,
		[]string{"To be fair, you did the same.", "We both said things.", "It takes two.", "You forgot mine too."},
		[]string{"I missed you too.", "I love you too."},
	},
	{
		CatMisunderstanding, KindApology,
		[]string{"You misunderstood me.", "It was taken out of context.", "That's not what I meant.", "It came out wrong."},
		[]string{"I misunderstood what you needed from me.", "It wasn't a misunderstanding; I lied."},
	},
	{
		CatInvalidating, KindApology,
		[]string{"You're too sensitive.", "Calm down.", "I don't see why you're upset.", "You're overreacting."},
		[]string{"I overreacted.", "I'm sorry I told you to \"calm down\".", "I won't tell you to calm down again."},
	},
	{
		CatDiffuseAddressee, KindApology,
		[]string{"I'm sorry to anyone who was offended.", "I apologize to those who felt hurt."},
		[]string{"I'm sorry I hurt you, Sam."},
	},
	{
		CatPressure, KindReachOut,
		[]string{"I need you to forgive me.", "Can we just move on?", "After everything I've done for you, answer me.", "Let's put this behind us."},
		[]string{"You don't have to forgive me.", "There's no need to move on quickly."},
	},
	{
		CatResentful, KindApology,
		[]string{"I already said I'm sorry.", "Fine, I'm sorry.", "What more do you want?", "Happy now?"},
		[]string{"I'm sorry, and I'm happy to talk now if you are."},
	},
	{
		CatDeadline, KindReachOut,
		[]string{"Please reply by tonight.", "Let me know by Friday.", "Call me ASAP.", "answer me??"},
		[]string{"No need to reply today.", "I'll call you tomorrow.", "It was a long client call this morning."},
	},
	{
		CatEmptyPromise, KindApology,
		[]string{"I'm sorry I yelled. It will never happen again.", "Sorry I forgot. I'll do better."},
		[]string{"I'm sorry I yelled. It won't happen again: I've started seeing a counsellor about my temper."},
	},
	{
		CatSelfFocus, KindApology,
		[]string{"I'm the worst.", "This has been so hard on me.", "I feel terrible. I'm heartbroken."},
		[]string{"I feel terrible about it, and I'm sorry I forgot your birthday."},
	},
	{
		CatUniversalExcuse, KindApology,
		[]string{"I'm only human.", "Everyone makes mistakes.", "Nobody's perfect."},
		[]string{"I made a mistake."},
	},
	{
		CatContempt, KindApology,
		[]string{"Sorry not sorry.", "Sorry you're so fragile.", "Whatever.", "ok 🙄"},
		[]string{"I'm sorry for whatever part I played in it, specifically leaving early."},
	},
	{
		CatCriticism, KindReachOut,
		[]string{"You always twist my words.", "You never listen.", "You're so selfish.", "What's wrong with you?"},
		[]string{"You always made me laugh.", "I called you selfish, and I'm sorry.", "You're not selfish."},
	},
	{
		CatDemand, KindReachOut,
		[]string{"You need to understand.", "We need to talk.", "Call me."},
		[]string{"Call me whenever you're ready.", "You don't need to reply."},
	},
	{
		CatNoApology, KindApology,
		[]string{"I shouldn't have said that.", "I hope we can move past this."},
		[]string{"I'm sorry I said that.", "My fault, I forgot to book the table.", "I apologise for missing the meeting."},
	},
	// Apologies said in other shapes (from the spent v17 and v18 sets):
	// "writing to say I am sorry", a bare "apologies -" opening, a
	// company's "we apologise", and an announcement, which is its own
	// finding.
	{
		CatNoApology, KindApology,
		[]string{"I'm writing about the shop money."},
		[]string{"I am writing to say I am sorry that I took the money from the shop box.", "Let me begin by saying that I'm so sorry I raised my voice.", "@dev apologies — I force-pushed to main and wiped your two commits.", "We apologise for the mix-up with your booking.", "I'd like to take this opportunity to apologise for my remarks in the huddle."},
	},
	{
		CatDeadline, KindApology,
		[]string{"Send me the money by the end of the month.", "I need it from you by the end of the week."},
		[]string{"I'll have the money for a new bike to you by the end of the month.", "I'm paying you back by the end of the week."},
	},
	{
		CatDemand, KindApology,
		[]string{"I need you to understand that I was under pressure."},
		[]string{"I need you to know that I never meant to hurt you, and I'm sorry I did.", "I want you to know I'm sorry I missed it."},
	},
	{
		CatButClause, KindApology,
		[]string{"I'm sorry I missed your housewarming. But you never reminded me."},
		[]string{"I'm sorry I missed your housewarming. I'd love to see the new place. But if you'd rather wait a while, I get it.", "I'm sorry I missed your housewarming. But if you need more time, that's fine.", "I'm sorry I accused you of cheating when I had nothing but my own jealousy to go on."},
	},
	// "Only" as "not until" owns a delay.
	{
		CatMinimizing, KindApology,
		[]string{"I'm sorry I changed the holiday plans. I only booked a cheap one."},
		[]string{"I'm sorry I changed the holiday plans without asking. I booked the caravan and I only told you once it was paid for."},
	},
	// A reach-out sorry that "it got weird" was once kept clean here after
	// one writer's label; four of the five reach-outs in the labelled sets
	// sorry (if) things got weird or awkward are labelled passive, so the
	// rule follows them. Naming the writer's act after it is not passive.
	{
		CatPassive, KindReachOut,
		[]string{"Hey Bo, mistakes were made at the tips meeting. Beer Friday?", "hey Bo, it's Dre. sorry it got weird after the tips thing. want to get a beer after close friday? totally fine if not", "sorry if things got a bit awkward at the barbecue. coffee soon?"},
		[]string{"hey Bo, it's Dre. I know it got weird after the tips thing. want to get a beer after close friday? totally fine if not", "hey Bo, sorry it got weird after I yelled at you about the tips. beer friday?"},
	},
	// A mix-up named as the event, a busy time calming down, and a reason
	// taken back in the same breath ("I thought I was helping, but it
	// wasn't my section to change").
	{
		CatMisunderstanding, KindApology,
		[]string{"Sorry for the mix-up about who was paying for dinner.", "I think there's been a bit of a mix-up about what I said."},
		[]string{"I'm sorry I told you off about the orders. The mix-up was partly down to the docket system I'd set up, and I made it look like your fault."},
	},
	{
		CatInvalidating, KindReachOut,
		[]string{"You need to calm down before we talk."},
		[]string{"I know you're busy with the twins. whenever things calm down, would you be up for a call?"},
	},
	{
		CatJustification, KindApology,
		[]string{"I'm sorry I rewrote your section. I thought I was helping."},
		[]string{"I'm sorry I rewrote your section without asking. I thought I was helping, but it wasn't my section to change."},
	},
	// Guilt through others' feelings and reproach for the silence.
	{
		CatPressure, KindReachOut,
		[]string{"We're grilling Saturday if you wanna come by. Mamaw'd be heartbroke to see us not talking.", "after all the rides I gave you, you can't even text me back? pizza sat?", "Mum's asking about you. Are you coming Sunday or not?"},
		[]string{"I'd be gutted if we lost touch. Coffee sometime?", "Are you coming to the quiz on Friday? No worries if not."},
	},
	{
		CatExcuse, KindApology,
		[]string{"I'm sorry I shouted at the apprentice. I was running on three hours sleep.", "Sorry I forgot the obs. The ward was extremely busy.", "sorry I was shouting at the match. I'd had like eight pints."},
		[]string{"Sorry I missed the obs at four. The ward was busy, but that's no excuse, and I've set an alarm for every round now.", "I was running on three hours sleep, but that's no excuse for shouting at the apprentice, and I'm sorry."},
	},
	{
		CatJustification, KindApology,
		[]string{"I'm sorry you felt your privacy was invaded when I entered the flat. As the owner I am entitled to inspect the property.", "Sorry the bed decision upset you. I had to follow escalation policy.", "I'm sorry I said it. I only said what everyone else was thinking."},
		[]string{"I'm sorry I entered the flat without notice. I should have given you the 24 hours the lease asks for, and I will from now on."},
	},
	// An apology that names nothing: no object, "the X thing", a label
	// on the writer, the things said.
	{
		CatVague, KindApology,
		[]string{"Sorry Nan. It won't happen again.", "ok fine, I'm sorry. can we drop it now", "Sorry about the whole parking permit thing. I'll do better.", "sorry i was a dick at the cricket", "I'm sorry for the things I said. I was upset."},
		[]string{"Sorry Nan. I shouldn't have laughed at your hat at the christening, and I won't tease you about it again.", "I was sharp with you about the parking permit. Sorry.", "Sorry for being late to your recital; I should have left work at five like I said."},
	},
	{
		CatBlame, KindApology,
		[]string{"I'm sorry I cut you off in the review. But you'd been talking for twenty minutes.", "Sorry I moved your bike. To be fair, you'd left it across the door."},
		[]string{"I'm sorry I read your diary. But you did the same to me in May, so we're even.", "I'm sorry I cut you off in the review, but I know that doesn't make it right and I'll wait my turn on Thursday."},
	},
	{
		CatPressure, KindReachOut,
		[]string{"Your gran's not getting any younger. Sunday lunch?", "Dad keeps asking about you. Could you ring him?", "I hope we can put this behind us before the wedding."},
		[]string{"Your gran would love to see you whenever you're ready. No rush at all.", "I hope the new job is going well. Coffee sometime if you'd like?"},
	},
	{
		CatMinimizing, KindApology,
		[]string{"Sorry I posted the video. It was only up for like ten minutes.", "sorry about the nickname, I was only messing", "I snapped at you in the meeting. Not my finest moment lol. Sorry.", "Sorry about the bins, no biggie though.", "we weren't even that loud, but sorry about the party"},
		[]string{"Sorry I posted the video without asking you. I've taken it down and I'll ask first from now on.", "I'm sorry I called you that nickname in front of your friends. It hurt you and it wasn't fair."},
	},
	{
		CatExcuse, KindApology,
		[]string{"Sorry I snapped on the phone. Work has been an absolute nightmare this week.", "sorry I ditched you at the party, I lost track of time", "I'm sorry I forgot your birthday. I've got so much going on at home."},
		[]string{"Sorry I snapped on the phone when you asked about the rent. I'll call you tonight and we can go through it properly."},
	},
	{
		CatPressure, KindReachOut,
		[]string{"I'm driving up Sunday whether you like it or not.", "are we still mates or not?", "Please tell me you don't hate me.", "Guess I'm not worth a text anymore. Quiz on Thursday if you want.", "I've sent you five messages now. Can we talk?"},
		[]string{"I'm driving up Sunday if that suits you; if not, another week is fine.", "Are you still up for the quiz? No worries either way.", "I've thought about what you said five times a day since. Coffee when you're ready?"},
	},
	{
		CatExcuse, KindApology,
		[]string{"Sorry I snapped. I'd had a good few drinks by then.", "sorry I went quiet, work's been crazy", "I'm sorry I missed the recital. I'd been working doubles all week.", "Sorry I yelled in the car, but you know how I get when I'm tired."},
		[]string{"Sorry I snapped at you at the barbecue. I'd had a few drinks, but that's no excuse and I'll apologise to your dad too."},
	},
	{
		CatDeadline, KindReachOut,
		[]string{"It's been a month. Answer me."},
		[]string{"It's been a month. Whenever you're ready to talk, I'm here."},
	},
	{
		CatJustification, KindApology,
		[]string{"I'm sorry I said it at dinner. I was only saying what everyone else was thinking.", "Sorry about the split. I still reckon going halves on the petrol was fair."},
		[]string{"I'm sorry I said it at dinner. It was cruel, and it wasn't mine to say."},
	},
	{
		CatCriticism, KindReachOut,
		[]string{"Blocking me on every app is childish. Call me when you're ready.", "are u still being dramatic about it? pub friday?"},
		[]string{"I get why you blocked me. When you're ready, I'd like to talk."},
	},
	// Scene-setting the writer then owns is not the defect: a time clause,
	// a reason turned back with "but", an apology owed rather than imposed.
	{
		CatPassive, KindApology,
		[]string{"Sorry about the rota. Mistakes were made and some shifts got dropped."},
		[]string{"I've thought about the match every day since it happened. I'm sorry I shouted at you in front of the team.", "I'm sorry I paid the rent late. My hours were cut in May, but I should have rung you the day I knew."},
	},
	{
		CatMinimizing, KindApology,
		[]string{"Sorry I left the gate open. Nobody was hurt anyway."},
		[]string{"I'm sorry I left the gate open. Nobody was hurt, but that was luck, not care.", "I'm sorry I laughed at your news. It was nerves, but that doesn't matter, it was unkind."},
	},
	{
		CatResentful, KindApology,
		[]string{"Apparently I owe you an apology, so here it is. Sorry."},
		[]string{"I owe you a proper apology, so here it is: I'm sorry I read your letter without asking."},
	},
	{
		CatBlame, KindApology,
		[]string{"I'm sorry I missed the hospital visit, but you were the one who said not to come."},
		[]string{"I'm sorry I didn't visit. I told myself you had it covered, but you were on your own for two days and I should have been there."},
	},
	{
		CatDeadline, KindReachOut,
		[]string{"Call me this weekend."},
		[]string{"Hi Dad. I'd love to call this weekend if you're up for it, and fine if not."},
	},
	// The same shapes with contractions, and the writer's own words about
	// themselves (from review).
	{
		CatExcuse, KindApology,
		[]string{"Sorry I snapped. It's been a nightmare at work.", "Sorry about the party, must've been the wine."},
		[]string{"I've let you down one too many times. I'm sorry I missed the match, and I'll be there on Saturday."},
	},
	{
		CatCriticism, KindApology,
		[]string{"I'm sorry I hid your keys, but blocking me was childish."},
		[]string{"That was childish of me. I'm sorry I hid your keys.", "I'm sorry I hid your keys. I was being childish."},
	},
	{
		CatJustification, KindApology,
		[]string{"I'm sorry I sold the car. I still think selling it was the right call."},
		[]string{"I still think you were right to be angry with me. I'm sorry I lied about the money."},
	},
	// Leave to say no is not a condition or a threat: "only if you're
	// feeling up to it", "if you are willing, I'd like to ...", "if you
	// don't, I'll leave it".
	{
		CatCondition, KindReachOut,
		[]string{"I'll stop drinking if you are willing to stop shouting at me."},
		[]string{"Could I pop round for a cuppa this weekend? Only if you're feeling up to it x", "mum can we talk tonight when you get home? only if you're not too tired", "I will apologise to the committee at the next meeting, and if you are willing, I would like to hear more over tea."},
	},
	{
		CatThreat, KindReachOut,
		[]string{"If you don't call me back, I'll leave."},
		[]string{"if you'd ever like to talk, i'm here. if you don't, i'll leave it.", "If you don't want to hear from me, I'll leave you in peace.", "sorry i told everyone. i won't bring it up again unless you do, and i'll tell dave it was my gossip"},
	},
	{
		CatCondescending, KindApology,
		[]string{"As I said, I'm sorry.", "Obviously I was wrong."},
		[]string{"I clearly hurt you."},
	},
	{
		CatPresuming, KindApology,
		[]string{"I know how you feel."},
		[]string{"I don't know how you feel, and I'd like to hear."},
	},
	{
		CatThreat, KindApology,
		[]string{"I'm sorry I shouted. Talk to me or I'll tell everyone what you did.", "If you don't reply by tonight I'm done with you.", "Unless you call me, I'm telling Mum.", "Pick up the phone, otherwise we're done.", "You'll regret this."},
		[]string{"I'm sorry I shouted. If you don't want to talk, I understand.", "I'm sorry I lied. Whether or not you reply, I'll keep my promise to tell you first."},
	},
	{
		CatCondition, KindApology,
		[]string{"I'm sorry I was late. I'll be on time, provided you quit bringing it up.", "I'll stop checking your phone as long as you stop hiding things.", "I'm sorry I yelled. I'll apologise to your mum once you apologise to mine.", "I'll change, but only if you do too."},
		[]string{"I'm sorry I was late. I'll be on time from now on, and if you'd like, we can talk about it over dinner.", "I'm sorry I read your messages. I'll stop, whatever you decide."},
	},
	// Shapes of the rules' high findings on clean drafts of the spent
	// sealed sets v28-v31 when they were first run (reworded here): a
	// slip of the thumb on "sorry", a promise to stand up for them, leave
	// asked for an offer, someone else's date, a "but" between the
	// writer's word and what the writer did, an "if" inside the words
	// apologised for.
	{
		CatNoApology, KindApology,
		[]string{"hey, i took your charger again."},
		[]string{"sory i took your charger without asking, ill get you a new one tomorrow", "soryy i walked out of the book club chat mid argument, that was rude of me"},
	},
	{
		CatThreat, KindApology,
		[]string{"Sorry I snapped. If it happens again I'll tell everyone what you did.", "I'm sorry I shouted. If it happens again I'll say something to your mum about your drinking.", "I'm sorry I shouted. If this continues I'll speak up at the custody hearing.", "I'm sorry I lied. Unless you say otherwise by six, I'm telling your parents what you did.", "I'm sorry I shouted. If it happens again I'll speak up and everyone will know what you did.", "I'm sorry I shouted. If it happens again, I'll say something and you'll regret it."},
		[]string{"Sorry I said nothing when Jamie mocked your accent. If it happens again I'll call it out.", "I'm sorry I told my sister your news. If I need to talk it through I'll ask you first, or I'll take it to my own counsellor."},
	},
	{
		CatCondition, KindApology,
		[]string{"I'm sorry I yelled. I'll pay you back once you admit you lied.", "I'm sorry I lied. I'll move back in once you agree I was right about your mum.", "I'll drop the complaint if you agree, in writing, to never contact her again.", "I'll only apologise to your mum if you agree first.", "I'll apologise to your sister, but only if you would.", "I'm sorry I yelled. I'll come home if you agree I was right.", "I'm sorry I yelled. I'll drop the complaint if you agree we never speak of it again."},
		[]string{"I'm sorry I left your name off the programme. I'll have it reprinted, and if you agree, I'll read the full list out at the start."},
	},
	{
		CatDeadline, KindApology,
		[]string{"I'm sorry I missed it. Confirm by Monday that you got this.", "Call me tonight if you want this to work.", "I need to know right now if you want to stay married."},
		[]string{"I'm sorry I took the job without asking you. I've asked HR to move the start date and they'll confirm by Monday.", "my bad for talking over you earlier. call me tonight if you want and i'll listen properly"},
	},
	{
		CatConditional, KindApology,
		[]string{"I'm sorry if that upset you, I said I'd be there.", "I'm sorry I said that if it hurt you.", "I'm sorry I told you off if that came across harsh.", "I'm sorry I said I'd go, if that caused any confusion.", "I'm sorry I said I'd pay if that gave you the wrong idea."},
		[]string{"I'm sorry I said I'd leave if you went on the trip. That was a threat and it was unfair.", "I'm sorry I left early. I'd like to come round on Sunday and say sorry in person, if that suits you."},
	},
	{
		CatButClause, KindApology,
		[]string{"I'm sorry I was late, I said I'd come but you were late too.", "I'm sorry I told you to get lost, but I was provoked.", "I'm sorry I sold the car, but it was mine to sell.", "I'm sorry I spent the savings, but that was my own money.", "I'm sorry I shouted, but it is my own house.", "I'm sorry I read your messages, but it's my responsibility to keep you safe.", "I'm sorry, I promised I'd come but I chose to put my own family first."},
		[]string{"sorry i missed your gig i said id come but i stayed in and didnt even text, thats on me", "I'm sorry I accused you of flirting. I know where it comes from. But that history is my baggage, and I'm dealing with it.", "I'm sorry I accused you. But that's my baggage, not yours."},
	},
	{
		CatVague, KindApology,
		[]string{"sorry i was such a dick", "sorry i was such a dick about it", "sorry i was such an idiot about everything", "sorry i was such a nightmare over all that", "sorry i was such a dick about the whole thing", "sorry i was such a dick about the other night", "sorry i was such a dick over the weekend"},
		[]string{"sorry i was such a dick about the fantasy league, i shouldnt have called you a cheat in the group"},
	},
	// Shapes of the rules' high findings on clean drafts of v32 and v33 at
	// their first runs (now spent), reworded, with cases beside each guard
	// that must still fire; and shapes of their misses.
	{
		CatThreat, KindApology,
		[]string{"Unless you say it's ok, I'll tell everyone what you did.", "I won't say a word unless you apologise, and I'll make sure everyone knows.", "If you tell anyone about this I'll tell your boss."},
		[]string{"I'm sorry I told the girls your news. I won't talk about it with anyone unless you say it's ok, and I'll tell them myself that I was out of line if you want me to.", "I'm sorry I told Leo. From now on if you tell me something's private it stays with me, and if you want I'll tell Leo myself that I blabbed."},
	},
	{
		CatDeadline, KindApology,
		[]string{"I'm sorry. Please tell me by tomorrow if you're coming or not."},
		[]string{"I'm sorry the refund was so late. It went this morning; please tell me if it hasn't arrived by tomorrow."},
	},
	{
		CatCriticism, KindApology,
		[]string{"Sorry I left, but you were being petty."},
		[]string{"I'm sorry I didn't pay you back. I got defensive and acted like you were being petty. You weren't."},
	},
	{
		CatMinimizing, KindApology,
		[]string{"Sorry I moved the wall. It didn't matter anyway.", "Sorry I snapped. You acted like it didn't matter.", "So sorry my joke about your haircut was SUCH a crime", "your name got left off, small oversight, can fix it"},
		[]string{"I'm sorry I was short with you about the wall. I spoke to you as if it didn't matter, and it does."},
	},
	{
		CatDiffuseAddressee, KindApology,
		[]string{"I'm sorry to anyone who was offended by the post."},
		[]string{"I'm sorry for the post I made about \"people who still go to church.\" I wrote it thinking about you, and it was unkind."},
	},
	{
		CatButClause, KindApology,
		[]string{"I know I said I'd be there, but work came up.", "I'm sorry I criticised how you put Alfie to bed. But that's your problem, not mine."},
		[]string{"I'm sorry I criticised how you put Alfie to bed. It wasn't my place. But that's my problem to manage, not yours to put up with."},
	},
	{
		CatButClause, KindReachOut,
		nil,
		[]string{"I know I said I needed space after the tour, but it's been long enough and I miss you. Want to grab a bite some night?"},
	},
	{
		CatPressure, KindReachOut,
		[]string{"I know you needed space, but it's been long enough now. Coffee?", "Don't let me down, be there Friday!", "Fancy a pint? I'll be at the Crown at 8, hope you show."},
		[]string{"I know I said I needed space after the tour, but it's been long enough and I miss you. Want to grab a bite some night?"},
	},
	{
		CatJustification, KindApology,
		[]string{"I'm sorry. I stand behind what I said, but the way you reacted was wrong.", "I'm sorry. I stand by it, but nothing I did was wrong."},
		[]string{"I'm sorry about how I handled the travel roster. Leaving you off was a coaching decision I stand behind, but telling you by posting the list in the team chat, instead of talking to you first, was wrong, and I apologise for that. From now on any change will be explained one-on-one first."},
	},
	{
		CatBlame, KindApology,
		[]string{"I'm sorry I called you a vulture, but you were the one who started it."},
		[]string{"I'm really sorry I told coach you were the one who left the gate open. It was me."},
	},
	{
		CatBlame, KindReachOut,
		[]string{"We both said things. But it was you who went to the solicitor first. Coffee sometime?"},
		nil,
	},
	{
		CatMinimizing, KindReachOut,
		[]string{"Mate we've not spoken in weeks over a daft text. Pint?"},
		nil,
	},
	{
		CatPassive, KindApology,
		[]string{"I'm sorry you were upset. There was some confusion about the funds."},
		nil,
	},
	// The fresh-eyes review of those guards and phrases found each of
	// these hidden or raised wrongly; the guards and phrases were narrowed.
	{
		CatThreat, KindApology,
		[]string{"I won't drop this unless you agree to pay me back, and I'll tell your mum everything.", "I'm not going to keep quiet unless you say it's ok to, I'll tell everyone what you did.", "If you tell Dad about the car, fine, if you want I'll tell him about your credit card too."},
		nil,
	},
	{
		CatButClause, KindReachOut,
		[]string{"I know I asked for a break, but you didn't have to move on so fast."},
		nil,
	},
	{
		CatButClause, KindApology,
		[]string{"I'm sorry I shouted, but it was my problem to deal with and you stuck your nose in.", "Sorry I snapped, but that's my issue to handle, not yours, so stay out of it."},
		nil,
	},
	{
		CatJustification, KindApology,
		[]string{"Sorry it got heated. I stand behind every word, but having to hear it from your brother was wrong."},
		nil,
	},
	{
		CatDiffuseAddressee, KindApology,
		[]string{"I am sorry my \"joke\" offended anyone who read it.", "Sorry that my post about \"snowflakes\" upset anyone who saw it."},
		nil,
	},
	{
		CatCriticism, KindApology,
		[]string{"I'm sorry, but my sister acted like you were being petty and I agree with her.", "im sorry but tbh ur mates acted like u were being dramatic"},
		[]string{"I'm sorry I didn't pay you back. I got defensive and acted like you were being petty. You weren't."},
	},
	{
		CatBlame, KindApology,
		nil,
		[]string{"You were the one who kept me going last winter, and I let you down. I'm sorry I missed your birthday.", "You were the one who brought me soup when I was ill, and I forgot yours. I'm sorry.", "It was you who told me the truth about Dan and I shot the messenger. I'm sorry I did that.", "I'm sorry I assumed it was you who left the gate open. It was me."},
	},
	{
		CatBlame, KindReachOut,
		nil,
		[]string{"You were the one who picked me up when everything fell apart. I miss you. Coffee sometime?"},
	},
	{
		CatMinimizing, KindApology,
		nil,
		[]string{"I'm sorry I looked over a couple of your messages without asking. It won't happen again.", "I'm sorry I lost my temper over one comment about my mum. It was a fair point and I overreacted.", "I'm sorry. I was making much more of it than it deserves, and I took it out on you.", "I'm sorry I was short with you about the wall. I spoke to you as if it didn't matter, and it does."},
	},
	{
		CatMinimizing, KindReachOut,
		nil,
		[]string{"Minor hiccup with the booking so they moved us to 8. Still up for dinner?"},
	},
	{
		CatPassive, KindApology,
		nil,
		[]string{"I'm sorry. There was some confusion on my part, I wrote down the wrong date.", "I'm sorry. My communication could have been better; I should have told you.", "there was a bit of confusion because i never told you the plan changed, that's on me, sorry"},
	},
	{
		CatPressure, KindReachOut,
		nil,
		[]string{"I'll be at the Crown from 8, hope you show up but honestly no pressure if you can't.", "Loved your paintings. Hope you show them somewhere soon!", "I hope you show yourself the kindness you show everyone else.", "Only reply once you know you want to, and if you never do, I understand.", "Thanks for covering for me, I can't do it without you mate. Pint soon?"},
	},
	{
		CatPressure, KindApology,
		nil,
		[]string{"Let's not drag the kids into it; I'll tell them myself that it was my fault."},
	},
	// A second review found more, narrowed again: "I assumed you could
	// take a joke" is no report of the writer's words; "I think you got
	// drunk and acted like"; a view restated ("because you were"); thanks
	// that name who did it ("it was you who booked my surprise party"); a
	// silence the writer kept; "our communication"; and "as if", which
	// compares and does not condition.
	{
		CatInvalidating, KindApology,
		[]string{"I assumed you could take a joke.", "sorry i didnt text back i assumed u were overreacting again tbh"},
		nil,
	},
	{
		CatCriticism, KindApology,
		[]string{"I assumed you were being dramatic again.", "I think you got drunk and acted like you were being dramatic on purpose.", "I'm sorry I talked to you like you were being dramatic, because you were."},
		nil,
	},
	{
		CatCriticism, KindReachOut,
		[]string{"Hey, I assumed you were still sulking so I left it. Coffee?"},
		nil,
	},
	{
		CatThreat, KindApology,
		[]string{"If you tell Dad about the car, fine, if you want I'll tell him myself about your credit card too.", "If you tell Dad about the car, fine, if you want I'll tell him that I saw you with Tom."},
		nil,
	},
	{
		CatButClause, KindReachOut,
		[]string{"I know I said I needed space, but the way you treated me made it necessary."},
		nil,
	},
	{
		CatPassive, KindApology,
		[]string{"I'm sorry. Our communication could have been better."},
		nil,
	},
	{
		CatBlame, KindApology,
		nil,
		[]string{"It was you who booked my surprise party and I never even said thank you. I'm sorry.", "Mum, it was you who brought up four kids on your own, and I forgot your birthday. I'm so sorry.", "You were the one who went to every one of my gigs, and I missed yours. I'm sorry.", "You were the one who changed my mind about teaching, and I never told you. I'm sorry.", "You were the one who decided to give me another chance and I blew it. I'm sorry."},
	},
	{
		CatMinimizing, KindApology,
		nil,
		[]string{"I'm sorry I ghosted you over one comment. That was a massive overreaction on my part.", "I blocked you over a few texts and I was wrong. I'm sorry."},
	},
	{
		CatMinimizing, KindReachOut,
		nil,
		[]string{"Work's been quiet so I finally went over a few messages from you. Lunch soon?", "We've not talked since the wedding over a few words I said that were cruel. I'm sorry. Coffee?"},
	},
	{
		CatPressure, KindReachOut,
		nil,
		[]string{"You know you want to be sure, and I respect that. Coffee whenever you're ready?", "The band can't do it without you. No pressure though, whenever you're ready."},
	},
	{
		CatPressure, KindApology,
		nil,
		[]string{"I'm sorry. The team can't do it without you and I should never have put you in that spot."},
	},
	{
		CatPassive, KindReachOut,
		nil,
		[]string{"There was some confusion about the date for the reunion, it's the 14th now. Hope to see you there."},
	},
	{
		CatConditional, KindApology,
		[]string{"I'm sorry if I spoke to you harshly."},
		[]string{"I'm sorry I spoke to you as if it didn't matter. It did, and I'll ring you tonight to hear it properly."},
	},
	{
		// Naming the act after "sorry you felt ..." still puts the
		// apology on their feeling (14 of 15 training drafts so labelled).
		CatDeflection, KindApology,
		[]string{"I'm sorry you felt embarrassed when I brought up your divorce at book club.", "sara i'm sorry you felt hurt by the meme i posted. i never meant it to be about you.", "I'm sorry you felt embarrassed when I brought up your divorce. It was wrong of you to make a scene though."},
		[]string{"I'm sorry I embarrassed you when I brought up your divorce.", "I'm sorry you were humiliated because I read your message out loud at dinner. I did that and it was wrong. I won't share your private messages again.", "I'm really sorry you were put on the spot when I asked about your salary at lunch. It was none of my business and I shouldn't have asked.", "I'm sorry you're upset that I missed your recital. I chose work over you and that was wrong.", "I'm sorry you were hurt when I shouted at you in front of the kids, and I was wrong to shout."},
	},
	{
		// Owned words end where a new clause comments on them.
		CatMinimizing, KindApology,
		[]string{"sorry i said your cooking was bland, it was just banter mum", "sorry i called her ugly, i was just trolling, it wasn't that deep lol", "sorry i said your cooking was bland lol it was just a joke", "ok sorry I told Gary about your job thing, it's honestly not a big deal", "sorry i said ur cooking was bland — it was just banter"},
		[]string{"I was wrong to say it was just a joke. It hurt you and I'll stop.", "I'm sorry I said your worries were no big deal, they were real.", "I was wrong to tell you it was nothing, it was just a joke and you should get over it. It hurt you and I'll stop."},
	},
	{
		// A "though" that opens what the writer went against adds to the
		// wrong ("even though you'd told me about it"); one that opens what
		// the other did or said to excuse it does not (from the clean
		// drafts of the spent v36 set that drew a high finding).
		CatButClause, KindApology,
		[]string{"I'm sorry I booked the meeting over your pickup, though you'd told me it was fine.", "I'm sorry I shouted, though you'd been winding me up all night."},
		[]string{"Sorry Wei Jie, I booked the 3pm meeting right over your kid's childcare pickup even though you'd told me about it on Monday. I'll move it to 11.", "I'm sorry I told Dad, although you'd asked me not to. That was wrong of me."},
	},
	{
		CatBlame, KindApology,
		[]string{"I'm sorry I snapped, though you'd been winding me up all night.", "I'm sorry I missed it, though you'd never reminded me."},
		[]string{"Sorry Wei Jie, I booked the 3pm meeting right over your kid's childcare pickup even though you'd told me about it on Monday. I'll move it to 11.", "I'm sorry I read it, even though you'd warned me it was private."},
	},
	{
		// An offer of what they may still want threatens nothing.
		CatThreat, KindApology,
		[]string{"I'm sorry. If you still ignore me, I'll tell everyone what you did.", "If you still won't answer, I'm done.", "If you still want your deposit back, I'll tell the landlord what you did."},
		[]string{"I'm sorry I told the story. If you still want me to give a toast at the wedding, I'll send you the whole text ahead of time.", "If you still want me to come on Saturday, I'll come early and help."},
	},
	{
		// The review of d5c02ec: the request went against in other words,
		// the offer only of what they may want of the writer, sympathy for
		// what happened to them, their work, and an act beside the label.
		CatButClause, KindApology,
		[]string{"I'm sorry I moved your stuff, though you'd told me to."},
		[]string{"I'm sorry I told Dad, even though you asked me not to. That was wrong.", "I'm sorry I invited him, although we'd agreed you would tell them first.", "Sorry I posted it, even tho you'd made me promise not to."},
	},
	{
		CatThreat, KindApology,
		[]string{"I'm sorry. If you still want to carry on like this, I'm done.", "If you still want to act like this, I'll stop trying."},
		[]string{"If you still want me to come on Saturday, I'll bring the cake.", "If you still need a lift to the airport, I'll take you.", "If you still want to look at the flat first, I'll come with you."},
	},
	{
		CatVague, KindReachOut,
		[]string{"Hi Uncle, sorry for all that happened over the property. Could we meet for tea?"},
		[]string{"Hi, I'm sorry for all that happened with your dad, that must have been awful. Would you like to get coffee sometime?"},
	},
	{
		CatVague, KindApology,
		[]string{"Sorry for being a dick at the cricket."},
		[]string{"sorry i was a dick and called you fat. i'll stop.", "Sorry for being an arse and ignoring you all night."},
	},
	{
		CatExcuse, KindApology,
		[]string{"sorry I skipped your gig, work ran late.", "Sorry I clocked you out early. I'd been on since 5 and wasn't thinking straight."},
		[]string{"Sorry I was short with you, your work ran late and I took it out on you."},
	},
	{
		CatExcuse, KindReachOut,
		nil,
		[]string{"Hey, it's been a long few months since we talked. Coffee sometime?"},
	},
	{
		// Words called wrong, or a list of them, stay owned.
		CatCriticism, KindApology,
		nil,
		[]string{"I'm sorry I said you were lazy, you were selfish and you were a drama queen. It was cruel and untrue. I'll stop."},
	},
	{
		CatInvalidating, KindApology,
		nil,
		[]string{"I'm sorry for saying, at the party, you're too sensitive. I'll listen next time.", "I'm sorry I told you, in front of everyone, you were overreacting.", "I'm sorry for telling you you're overreacting, you're not, and for saying you're too sensitive. I'll listen.", "I was wrong to tell you it was nothing, it was just a joke and you should get over it. It hurt you and I'll stop."},
	},
	// Eleventh round, from the misses of v40 and v41 and the clean drafts
	// that drew a high finding.
	{
		CatPressure, KindApology,
		nil,
		[]string{"I'm sorry I said we should put it in the rear view. That wasn't my call to make."},
	},
	{
		CatPressure, KindReachOut,
		[]string{"I know things got weird after the party but that's ancient history now right?", "Dad, about the cottage. lets just put it in the rear view ok"},
		[]string{"Hi Mireille, I'm sorry I blasted music past midnight. If it's ever too loud again, please just text me and I'll turn it down."},
	},
	{
		CatPressure, KindApology,
		[]string{"I'm sorry. Please just call me and I'll explain everything."},
		nil,
	},
	{
		CatSelfFocus, KindReachOut,
		[]string{"Hi Thabo. I've been a total mess without you. Coffee sometime?", "Please call me back, it's been 3 weeks and this is killing me.", "I really can't deal with this distance much longer, it's been eating me up."},
		nil,
	},
	{
		CatJustification, KindApology,
		[]string{"I'm sorry I signed the papers without you. Mum's GP said we couldn't wait, so there wasn't really another option.", "Sorry I embarrassed you in the meeting, but you deserved to hear it in person.", "I'm sorry I yelled at you over text. You needed to know directly how selfish you've been.", "I'm sorry I yelled at you in front of your friends. You deserved to hear it in person, not over text, after the way you've been."},
		[]string{"I'm sorry I ended things by text after four years. You deserved to hear it in person, and you deserved the chance to ask me questions.", "I'm sorry I ate your leftovers. There wasn't really another option in the fridge but that's no excuse, I'll replace them.", "I'm sorry, there wasn't really another option for you once I'd booked the wrong date, and that's entirely on me."},
	},
	{
		CatDeadline, KindReachOut,
		[]string{"I'm leaving for Korea on the 14th. If you want to fix this you have until then to call me.", "Bongani, give me an answer today about meeting."},
		[]string{"I'm sorry I broke your blender. The shop says you have until the 30th to return it, so I've already ordered a replacement.", "I'm sorry I missed the rota change. HR says you have until Friday to swap shifts, so I'll take your Saturday if that helps."},
	},
	{
		CatResentful, KindReachOut,
		[]string{"Been a month. Suppose I'll be the bigger person as usual. Coffee sometime?", "You never call first so I guess I have to. Coffee this weekend?", "I'm always the one reaching out, but here I am again."},
		[]string{"Hi Marcus, I'm the one who went quiet, so I'm the one reaching out. I miss you and I'm sorry.", "I'm sorry I took your charger. So I guess I have to buy you a new one."},
	},
	{
		CatMinimizing, KindApology,
		[]string{"I'm sorry I told Jessa about your debt. She would have found out eventually.", "Sorry I kept you waiting for like ten minutes. It happens."},
		[]string{"hey Tash, ok so I've been sitting in the car for like ten minutes trying to work out how to say this. I'm sorry I told Bri before I told you. You should have heard it from me.", "I'm sorry I told Jake about the surprise. I know you'll say he would have found out eventually, but it was your surprise and I ruined it.", "I'm sorry you heard it from Sam. I'd have found out eventually anyway, but you should have been the one to tell me, and I shouldn't have snapped."},
	},
	{
		CatPassive, KindApology,
		[]string{"Sorry the restock didn't get done.", "I'm sorry the band parts weren't printed in time for your section."},
		[]string{"I'm sorry the invoice wasn't paid on time because I forgot to submit it."},
	},
	{
		CatCriticism, KindApology,
		nil,
		[]string{"Seamus, I'm sorry I sold your old Telecaster without asking you. I told myself it was cluttering the spare room and that you never played it, but it was yours."},
	},
	{
		CatCriticism, KindApology,
		[]string{"Sorry I threw out your magazines. I told myself you never read them anyway, which is true, you never read anything I get you.", "I'm sorry I sold your guitar. I told myself it was fine because you never played it, and honestly you never do anything with your stuff."},
		nil,
	},
	{
		CatConditional, KindReachOut,
		nil,
		[]string{"I know I lost my temper over the parking and said things I shouldn't have. I'd like to come over for chai and say sorry properly, if you'll have me."},
	},
	{
		CatConditional, KindApology,
		[]string{"Sorry, if you'll have me, for whatever I did."},
		nil,
	},
	{
		CatCondition, KindApology,
		[]string{"I'll help again, but only if you ask me nicely and say sorry first.", "I'll come back, but only if you would stop lying to me."},
		[]string{"I'm sorry I corrected your tension in front of the whole group. From now on I'll keep tips for when it's just the two of us, and only if you ask for them.", "I'm sorry I corrected you in front of everyone. I'll keep tips for when it's just us, and only if you ask for them, of course."},
	},
	{
		CatThreat, KindReachOut,
		[]string{"If you're ever free, I'm going to tell everyone what you did.", "If you keep ignoring me, I'm posting the photos.", "If you want to keep playing games, I'm sending the 2 letters to your boss."},
		[]string{"I'm sorry I bailed on the ski trip and left you with the bill. I'd love to catch up if you're ever keen, and I'm sending the $200 I owe you now regardless."},
	},
	{
		CatBlame, KindApology,
		[]string{"Sorry I shouted, but you shouldn't have pushed me.", "I'm sorry about the row, but honestly you shouldn't have had to make such a scene."},
		[]string{"I'm sorry I told Aunty Pam that you'd been struggling with money. You hadn't asked me to keep it quiet, but you shouldn't have had to."},
	},
	// Clean drafts of the spent v48/v49 and earlier sets that drew a high
	// finding (fifteenth round): each shape, and the defence it must still
	// catch.
	{
		CatButClause, KindApology,
		[]string{"I'm sorry I didn't call after your surgery. But if not for the traffic I would have been there.", "I'm sorry I shouted. But honestly, you started it."},
		[]string{
			"I'm sorry I didn't call after your surgery. I'd like to visit this weekend. But if not, takpe, no rush ya.",
			"I'm sorry I stormed out of rehearsal. If you'd be up for a pint I'd like that. But honestly, no pressure.",
			"sorry I brought up your breakup at trivia, I thought it'd be a laugh but I read the room totally wrong. that was on me.",
			"Ma, I'm sorry I brought Lisa to Easter without telling you first, even though you'd asked us to keep it family only.",
		},
	},
	{
		CatThreat, KindApology,
		[]string{"I'm sorry about the seating plan. Put it back or I'll tell your dad.", "Otherwise I'll see you in court."},
		[]string{"I'm sorry I changed the seating plan. I've put it back. Call me when you can, or I'll see you at home."},
	},
	{
		CatPressure, KindApology,
		[]string{"I'm sorry about the ending. Please just forget it.", "Please just text me back, I can't take this."},
		[]string{
			"I'm sorry I spoiled the ending. Next month you pick the book. If you'd rather just forget it, that's fine too.",
			"I'm sorry I blasted music past midnight. I've moved the speaker. If it's ever too loud again, please just text me.",
			"i'm sorry i blasted music past midnight i've moved the speaker and i'll keep it off after 10 if it's ever too loud again please just text me",
		},
	},
	{
		CatCondition, KindReachOut,
		[]string{"I'd like to meet, but only if you apologise first."},
		[]string{"If you ever fancied a chat on the phone I'd like that, but only if you would."},
	},
	{
		CatNoApology, KindApology,
		[]string{"You never let me say sorry."},
		[]string{"Gonnae let me say sorry properly? I was bang out of order calling your new fella a rocket. I'll apologise to him too."},
	},
	{
		CatNoApology, KindApology,
		[]string{"I feel sorry for you.", "you felt sorry for me at the party"},
		[]string{
			"dear gran i'm writing this properly because a text didn't feel right i'm sorry i didn't come up for grandad's anniversary",
			"i know exactly how you feel mandy i'm sorry i forgot to save you a seat at the banquet",
		},
	},
	// Clean drafts of the spent v53/v54 that drew a high finding (sixteenth
	// round): each shape, and the defect it must still catch.
	{
		CatButClause, KindApology,
		[]string{"I'm sorry I brought up your ex. But I did it because you pushed me."},
		[]string{"I'm sorry I brought up your ex in front of your Halmeoni. That was thoughtless. But I did it, and I know it embarrassed you in front of her."},
	},
	{
		CatContempt, KindApology,
		[]string{"Fine, I'm sorry or whatever.", "I'll come to the thing or whatever."},
		[]string{"I'm sorry I said you were just like your mom. I'm not gonna pretend I was tired or whatever. I'm going to stop bringing your family into our fights."},
	},
	{
		CatConditional, KindApology,
		[]string{"I'll apologise if you feel that's right.", "I'm sorry if you feel that's right."},
		[]string{"I'm sorry I made that comment about your mum in front of the Patels. I'll apologise to her too if you feel that's right."},
	},
	{
		CatPassive, KindApology,
		[]string{"Sorry, your dog got out.", "Apologies that the handover notes weren't ready when you came in.", "the swimming trip cover got a bit mixed up on friday sorry for the hassle"},
		[]string{
			"I'm sorry I left the broken fence panel for six weeks. Your dog got out twice because of it. I'll pay for the post that was damaged on your side as well.",
			"Hi Ana, apologies that the handover notes weren't ready when you came in on Monday - I said I'd have them done by Friday and I didn't.",
		},
	},
	{
		CatDeadline, KindApology,
		[]string{"Sorry about Monday. Call me back, it's urgent.", "I'm sorry about the will. Ring me before Friday."},
		[]string{
			"Sorry the notes were late, that was on me. I'll stay on tomorrow to walk you through the two urgent cases.",
			"i'm sorry i moved dad's medals i'll bring the lot to the solicitor on the 9th if you want to ring me before then i'll pick up",
		},
	},
	{
		CatCriticism, KindApology,
		[]string{"I'm sorry, but you never want to talk about anything."},
		[]string{"I'm sorry I shared your messages. It was a breach of your trust, and I understand if you never want to message me again."},
	},
	// The sixteenth round's fresh-eyes review: the defects beside the
	// round's guards that the guards must leave alone.
	{
		CatButClause, KindApology,
		[]string{
			"I'm sorry I shouted, but that doesn't change the fact that you lied to me.",
			"I'm sorry I missed your birthday, but it doesn't matter, we never celebrate anyway.",
			"I'm sorry I didn't tell you, but it should have been obvious to you.",
			"I'm sorry I snapped, but it wasn't fair how you spoke to me.",
			"I'm sorry I brought up your ex. But I did it, because you pushed me.",
			"sorry i missed your party but the truth is i was exhausted",
			"I'm sorry I raised my voice, but I should never have had to ask you twice.",
			"I'm sorry I yelled. But if you'd ever listened to me, I wouldn't have had to.",
			"I'm sorry I shouted. But I hope we can both agree you started it.",
			"I'm sorry I laughed. But no worries, you'll get over it.",
			"I'm sorry I shouted, as though you never provoked me.",
		},
		nil,
	},
	{
		CatConditional, KindApology,
		[]string{"I'll apologise to you if you think I was wrong."},
		nil,
	},
	{
		CatCriticism, KindApology,
		[]string{"I'm sorry I yelled. But slamming the door in my face, that was childish.", "I noticed you ignoring me all night, that was childish.", "I'm sorry I stopped calling. If you never pick up, what's the point?"},
		nil,
	},
	{
		CatDeadline, KindApology,
		[]string{"i need the signed copy back asap things are tight", "Sorry. Please answer me urgently, family are waiting."},
		nil,
	},
	{
		CatResentful, KindApology,
		[]string{"I'm sorry. I'm not explaining it for the third time."},
		nil,
	},
	{
		CatBlame, KindApology,
		[]string{"I'm sorry I shouted, though you were being a child about it."},
		[]string{
			"I'm sorry I shouted at you in the garage. You were only trying to help and I spoke to you as though you were a child.",
			"i'm sorry i agreed with my mother at dinner i let her talk about you as if you weren't sitting there",
		},
	},
	{
		CatResentful, KindApology,
		[]string{"I'm sorry for the third time.", "For the last time, I apologise.", "I've said sorry for the third time now.", "ok for the third time i'm sorry i didn't cc you"},
		[]string{
			"I'm sorry I cancelled on the climbing thing for the third time. I'll book the next one myself.",
			"I'm sorry about Tuesday. When you asked for the third time if I'd locked the door, I snapped and called you useless.",
		},
	},
	{
		CatJustification, KindApology,
		[]string{"I'm sorry I answered your phone. I was protecting you.", "I'm sorry, but I thought I was protecting you, but you overreacted."},
		[]string{"I'm sorry I answered your work phone. I thought I was protecting you, but I didn't ask you, and the effect was the opposite. That's on me."},
	},
	{
		CatCriticism, KindApology,
		[]string{"You ghosted the group chat after the quiz. That was childish."},
		[]string{
			"my bad for ghosting the group chat after the quiz row, Leon. that was childish. pint friday? I'll listen this time",
			"lou i'm sorry i stormed out of the restaurant and left you to get a cab that was childish i've booked the same place for friday",
		},
	},
	{
		CatCondition, KindApology,
		[]string{"I'll come to parents' evening, but only if you stop ignoring me."},
		[]string{"I'm sorry I missed parents' evening. I'd love to come to the next one, sitting at the back if you'd prefer, and only if you say yes."},
	},
	// Clean drafts of the spent v56/v57 that drew a high finding (seventeenth
	// round): each shape, and the defect it must still catch.
	{
		CatNoApology, KindApology,
		[]string{"Apologies accepted, but I still think you were wrong.", "Deepa, I took credit for your dashboard in the QBR."},
		[]string{"Apologies Deepa, I took credit for your dashboard in the QBR. I'll correct it with Ravi in the next sync and put your name on the slide.", "Apologies Jen - I was out of order at the quiz."},
	},
	{
		CatDeadline, KindApology,
		[]string{"Sorry about the mix-up. Please confirm the new date by tomorrow.", "I'm sorry. You'll confirm by Friday or I'll book someone else."},
		[]string{"I'm sorry I promised the client Friday without asking you. I've told them we'll confirm a realistic date by tomorrow, and I'll confirm it with you by noon first.", "I'm sorry I was late with the figures. I will definitely reply by Friday."},
	},
	{
		CatMinimizing, KindApology,
		[]string{"I'm sorry about the speech. It was a bit of fun, but you took it badly.", "I thought it would land as a bit of fun, and it did."},
		[]string{"I'm sorry for the joke in my speech. I thought it would land as a bit of fun, but it came across as you not wanting her, and that's the opposite of the truth."},
	},
	{
		CatCriticism, KindApology,
		[]string{"I'm sorry I invited my ex. Then you got defensive and made it sound like you were being jealous.", "I'm sorry. You were being jealous."},
		[]string{
			"I'm sorry I invited my ex without asking you. Then when you brought it up I got defensive and made it sound like you were being jealous. That was unfair too.",
			"I'm sorry I moved in for three weeks. I treated your home as if it were mine and you as if you were a child.",
		},
	},
	// Clean drafts of the spent v58/v59 that drew a high finding (eighteenth
	// round), as written or in texting style.
	{
		CatButClause, KindApology,
		[]string{"I'm sorry I blocked you. I still disagree with you. But you were the one who started it.", "I'm sorry I went to the vigil. But that doesn't change the fact that you overreacted."},
		[]string{
			"I'm sorry I ended our friendship over the phone. I still disagree with you about a lot. But you didn't deserve to be thrown away over it, and the way I did it was cowardly.",
			"I'm sorry I went to the vigil without telling you. The vigil mattered to me. But that doesn't change that I broke a plan we'd made together.",
		},
	},
	{
		CatDeadline, KindApology,
		[]string{"Sorry about the rota. I need an answer urgently.", "I'm sorry, but this is urgent."},
		[]string{"I'm sorry I swapped our evening. I'll talk to you before I swap anything, however urgent it seems.", "i'm sorry i cancelled no matter how urgent work gets i'll keep friday for us"},
	},
	{
		CatCriticism, KindApology,
		[]string{"I'm sorry I argued. You were stupid to believe it though.", "sorry for ranting but you ignore me every time"},
		[]string{
			"I'm sorry I argued with you at the wake. When you asked if I thought you were stupid, I said yes. It was a cruel thing to say.",
			"i'm sorry i swapped our plans i'll talk to you before i swap anything every time however urgent it seems",
		},
	},
	{
		CatDiffuseAddressee, KindApology,
		[]string{"i'm sorry to everyone who was in the meeting", "i'm really sorry to anyone and everyone who was hurt"},
		[]string{
			"i blamed you to cover myself and i'm sorry i have already sent a correction to everyone who was in the meeting",
			"i'm sorry i argued with you it was a cruel thing to say to anyone and you're someone who has been good to me my whole life",
		},
	},
	// Clean drafts that drew a high finding once v60 and v61 were learnt
	// (nineteenth round): the cause of the act named after it as the
	// writer's own, and a writer asking why the words came so easily.
	{
		CatPassive, KindApology,
		[]string{
			"Sorry, it just happened. It happened because you kept pushing.", "Sorry, I was drunk and that is why it came out.", "Sorry it slipped out when we were at the pub.",
			// What a fresh-eyes review of these two guards found they let through.
			"I'm sorry. It just happened while I was at work.", "sorry things got out of hand after i went home", "I'm sorry. Things got heated because I was provoked.",
			"I'm sorry you're upset. I found out why your secret got out and it wasn't really anyone's fault.", "I'm sorry. My mum asked why the photo got around, it just did.",
		},
		[]string{
			"I'm sorry I forgot to book the rooms. That happened because I put it off and then it slipped my mind, and it's completely on me.",
			"i'm sorry i called your family trashy i've thought about why it came out so easily and i don't like the answer",
		},
	},
	// What a fresh-eyes review of the eighteenth round's guards showed they
	// would let through: each must still be caught.
	{
		CatButClause, KindApology,
		[]string{
			"I'm sorry I raised my voice, but that doesn't change the fact that I was right.",
			"sorry i snapped but it doesnt change that it was your idea",
			"sorry i voted against u but u didnt deserve to be captain",
			"I'm sorry I missed it, but it should have been put in the shared calendar.",
			"sorry i forgot but it should have been said in advance",
		},
		nil,
	},
	{
		CatDiffuseAddressee, KindApology,
		[]string{"sorry i told them sorry to anyone who was hurt", "sorry to everyone and i hope everyone who was hurt can forgive me"},
		nil,
	},
	{
		CatDeadline, KindApology,
		[]string{"I know you need time, however ASAP would be best.", "i get u need space however asap pls", "I'm sorry, however urgent, please."},
		nil,
	},
	{
		CatCriticism, KindApology,
		[]string{"I'm sorry. You asked if I think you're lazy and honestly yes, you're lazy."},
		nil,
	},
	{
		CatPressure, KindApology,
		[]string{"I'm sorry. It kills me when Mum cries because you won't come home.", "I'm sorry. It's hard every time she cries over you."},
		nil,
	},
	{
		CatMinimizing, KindApology,
		[]string{"ok that was unfair of me and it was one drink", "That was unfair of me, it was only one comment."},
		nil,
	},
	{
		CatPressure, KindReachOut,
		[]string{"Whether you like it or not, it's water under the bridge now."},
		nil,
	},
	// Clean drafts that learning v58/v59 left high: a rule's medium finding
	// the learnt reader now finds likely.
	{
		CatMinimizing, KindApology,
		[]string{"I'm sorry about the review. It was one busy Saturday.", "That was unfair, but it was one review."},
		[]string{"I'm sorry I left that review. That was unfair: the food was good and it was one busy Saturday. I've deleted it."},
	},
	{
		CatPressure, KindReachOut,
		[]string{"Let's have a coffee, no hard feelings?", "Hi Mo. Mum cries every night about this, you know."},
		[]string{"Hi Thomas, I'd like to clear the air. I'll be in the courtyard most mornings around 8. Come say hi anytime, or not at all, no hard feelings.", "Hi Jas, I know you're up with him every time he cries. I'd love to take him for an afternoon if you'd like a rest."},
	},
	{
		CatButClause, KindApology,
		[]string{"i'm sorry i criticised your forecast but it should have been obvious to you"},
		[]string{"i'm sorry the concern i had was a fair question but it should have been asked in our one-on-one not in front of fourteen people"},
	},
}

// roundCase is a draft of a kind that a category's rule must (or must
// not) read.
type roundCase struct {
	cat  string
	kind Kind
	text string
}

// roundElevenRules are the shapes the eleventh round's rules read; the
// learnt reader caught several of them already, so each must be a rule's
// finding, not a learnt one.
var roundElevenRules = []roundCase{
	{CatPressure, KindReachOut, "I know things got weird after the party but that's ancient history now right?"},
	{CatPressure, KindApology, "Dad, about the cottage. lets just put it in the rear view ok"},
	{CatSelfFocus, KindReachOut, "Hi Thabo. I've been a total mess without you. Coffee sometime?"},
	{CatSelfFocus, KindApology, "Sorry for ghosting you. Honestly it's been eating me up."},
	{CatJustification, KindApology, "I'm sorry I signed the papers without you. Mum's GP said we couldn't wait, so there wasn't really another option."},
	{CatDeadline, KindReachOut, "I'm leaving for Korea on the 14th. If you want to fix this you have until then to call me."},
	{CatDeadline, KindReachOut, "Bongani, give me an answer today about meeting."},
	{CatResentful, KindReachOut, "Been a month. Suppose I'll be the bigger person as usual. Coffee sometime?"},
	{CatResentful, KindReachOut, "You don't call first so I guess I have to."},
	{CatResentful, KindReachOut, "I'm always the one reaching out, but here I am again."},
	{CatMinimizing, KindApology, "I'm sorry I told Jessa about your debt. She would have found out eventually."},
	{CatMinimizing, KindApology, "Sorry I told them. They'd have found out eventually."},
	// Patterns with "'d" or "'s" after a \b (engine.go, leading); each quote
	// now starts with the word.
	{CatMinimizing, KindApology, "Sorry I told Dad first. Mum'd have found out eventually."},
	{CatMinimizing, KindApology, "Sorry I forgot the card. It's so minor though."},
	{CatPressure, KindReachOut, "Your dad's not been himself since you stopped coming round."},
	{CatSelfFocus, KindApology, "I know I hurt you and honestly it is killing me inside."},
	{CatDeadline, KindReachOut, "You've got until Friday to call me, after that I'm done."},
	{CatPassive, KindApology, "Sorry the bins didn't get taken out again."},
	{CatPassive, KindApology, "Sorry the restock didn't get done."},
	{CatVague, KindApology, "Dear Mr Patel, I apologise for any issues this may have caused."},
}

func TestRoundElevenRules(t *testing.T) { wantRuleFindings(t, roundElevenRules) }

// wantRuleFindings fails unless a rule (not the learnt reader) raises each
// case's category.
func wantRuleFindings(t *testing.T, cases []roundCase) {
	t.Helper()
	for _, tc := range cases {
		r := Check(tc.text, tc.kind)
		ok := false
		for _, f := range r.Findings {
			ok = ok || f.Category == tc.cat && !f.Learned
		}
		if !ok {
			t.Errorf("%s: want a rule's finding on %q; got %v", tc.cat, tc.text, r.Findings)
		}
	}
}

// roundTwelveRules are the twelfth round's shapes, each a rule's finding;
// roundTwelveClean are near misses no rule may raise (the learnt reader
// is left out: a retrain may move it).
var roundTwelveRules = []roundCase{
	{CatUniversalExcuse, KindApology, "Sorry I missed the 9am sync again. Everyone oversleeps once in a while though, right?"},
	{CatUniversalExcuse, KindApology, "Sorry my message came across as harsh. People read tone into Slack all the time."},
	{CatInvalidating, KindApology, "sorry I was late for dinner, it was 20 min, no need to overreact"},
	{CatInvalidating, KindApology, "sorry i was on my phone at your graduation dinner. it was like 5 mins, you're blowing it up"},
	{CatInvalidating, KindReachOut, "You always make these things bigger than they need to be, but I'm willing to talk if you are."},
	{CatDemand, KindApology, "I'm sorry I shouted at you. Now you need to apologise for what you said about my mum."},
	{CatCounter, KindApology, "fine. im sorry i didnt pay you back the £40. you still owe me for the festival ticket btw"},
	{CatCounter, KindApology, "Ok Ma sorry I slammed the door. But you were shouting too."},
	{CatCounter, KindReachOut, "I know I said some stuff at Pride but so did you. Anyway wanna get brunch?"},
	{CatPressure, KindReachOut, "anyway i'm around if u wanna talk, but i won't wait forever"},
	{CatDemand, KindReachOut, "Hey Dad, I need you to actually apologize first for what you said about Anna, okay?"},
	{CatExcuse, KindApology, "Sorry I forgot to bring the tent for the trip, I had so much on my head with the moving."},
	{CatExcuse, KindReachOut, "Hi Gran, sorry it's been so long, uni has been mental. Would you like me to come round for a cuppa?"},
	{CatPressure, KindReachOut, "Hi Neha, Dad asked about you again today. He's not been himself since you stopped coming."},
	{CatContempt, KindApology, "ok sorry I forgot, I sent the money now \U0001F644"},
	{CatExcuse, KindApology, "Sorry I didn't call, it's been a hard week for me."},
	{CatInvalidating, KindApology, "Sorry, no need to get all upset over a text."},
	{CatEmptyPromise, KindApology, "Sorry I missed your birthday. I'll really try harder."},
	{CatEmptyPromise, KindApology, "Sorry I missed your birthday. I will definitely be better."},
	{CatPressure, KindReachOut, "Mum hasn't been herself. She misses you terribly. Please call her."},
	{CatExcuse, KindApology, "Sorry we were late, the babysitter cancelled on us at the last minute."},
	{CatUniversalExcuse, KindApology, "I'm sorry I'm late. We all have a bad day now and then."},
	{CatContempt, KindApology, "ok sorry, I texted you back \U0001F644"},
	// An adverb no longer makes a bare "I'll be better" a commitment.
	{CatEmptyPromise, KindApology, "Sorry I missed Sunday lunch Mum, I'll definitely be better from now on, I promise I'll change"},
}

var roundTwelveClean = []roundCase{
	{CatUniversalExcuse, KindReachOut, "Everyone asks about you all the time at the club. I'm sorry I stopped coming. Fancy a pint?"},
	{CatInvalidating, KindApology, "I'm sorry I told you it was no big deal. There was no need to make you feel small. You were right to be upset."},
	{CatCounter, KindApology, "I'm sorry I shouted. You were right too, about the money and about me."},
	{CatExcuse, KindReachOut, "You've been on my mind a lot since the wedding. Coffee sometime, if you'd like?"},
	{CatPressure, KindApology, "I'm sorry I missed your party. Dad's not been himself since the operation, so I was at the hospital."},
	{CatContempt, KindApology, "I'm sorry I reacted with \U0001F644 when you told me about the job. That was dismissive. I'll ask questions next time."},
	{CatContempt, KindApology, "I'm sorry I just replied with a \U0001F644 to your news. That was dismissive."},
	{CatExcuse, KindReachOut, "Hi Sam, I know it's been a hard week for you with the move. I'm sorry I went quiet. Coffee Saturday?"},
	// From the review's prober.
	{CatExcuse, KindApology, "I know it's been a hard week for you. I'm sorry I added to it by snapping at you."},
	{CatExcuse, KindApology, "I'm sorry for what I said about your dad. I know college has been crazy for you, and I added to it."},
	{CatExcuse, KindApology, "Sorry I was short with you. I had so much on my mind but that's my problem, not yours. I'll call tonight."},
	{CatInvalidating, KindApology, "I'm sorry. I know you said there's no need to make a big deal of it, but I was wrong to cancel last minute."},
	{CatCounter, KindApology, "I'm sorry I forgot. You still owe me nothing, please don't send the money. I'll buy the next round."},
	{CatContempt, KindApology, "Sorry for sending \U0001F644 when you told me about the promotion. That was mean."},
	{CatContempt, KindApology, "I'm sorry I replied with an eye-roll emoji \U0001F644 when you told me. That was dismissive."},
	// From the review's code reader.
	{CatInvalidating, KindApology, "Sorry, I made this bigger than it needs to be. You were right about the rota."},
	{CatInvalidating, KindReachOut, "I know I tend to make things bigger than they need to be. I miss you. Coffee Saturday?"},
	{CatExcuse, KindReachOut, "Hi Priya, you've been so much on my mind since the funeral. Would you like to get a coffee sometime?"},
	{CatCounter, KindReachOut, "It's been ages since that row. You still owe me a rematch at darts. Fancy a pint Friday?"},
	{CatUniversalExcuse, KindApology, "Please don't worry about missing my birthday, everyone forgets now and then. I'm sorry I was short with you."},
	{CatUniversalExcuse, KindApology, "I'm sorry I told you everyone forgets now and then. It was my job to remember."},
	{CatPressure, KindApology, "Sorry I missed your party. Dad's not been himself since the operation, so I couldn't come to your thing."},
	{CatPressure, KindReachOut, "Dad's not been himself since the operation. I miss you though, coffee soon?"},
	{CatContempt, KindApology, "Sorry for the \U0001F644 emoji yesterday, that was rude of me."},
	{CatContempt, KindApology, "I'm sorry I responded to your news with a \U0001F644. That was dismissive."},
	{CatContempt, KindApology, "I'm sorry I replied with \U0001F644\U0001F644 when you told me. That was mean."},
}

func TestRoundTwelveRules(t *testing.T) {
	// An adverb does not turn a dated promise into a generic one.
	for _, txt := range []string{
		"Sorry I missed lunch. I'll definitely call you Sunday at 6.",
		"Sorry I missed lunch. I'll really make it up to you: dinner at Luigi's on Friday, my treat.",
	} {
		if !Check(txt, KindApology).Elements[ElemCommitment].Present {
			t.Errorf("want the commitment credited in %q", txt)
		}
	}
	wantRuleFindings(t, roundTwelveRules)
	for _, tc := range roundTwelveClean {
		for _, f := range Check(tc.text, tc.kind).Findings {
			if f.Category == tc.cat && !f.Learned {
				t.Errorf("%s: want none on %q; got %q", tc.cat, tc.text, f.Quote)
			}
		}
	}
}

// TestNoPhraseIsNotNegation: texting runs a set phrase with "no" ("no
// pressure", "long time no see") straight into the apology or promise
// after it; the "no" closes on its own noun and negates neither. A word
// right after the phrase qualifies it ("no pressure obviously" is not
// condescending), and a real "not" still negates.
func TestNoPhraseIsNotNegation(t *testing.T) {
	for _, tc := range []struct {
		text string
		elem string
	}{
		{"no pressure i am really sorry about friday i was rude to your mum", ElemAcknowledgment},
		{"hey long time no see i'm sorry i was rude to your mum on friday", ElemAcknowledgment},
		{"heyyy long time no speak 😅 sorry i ghosted after the wedding, i was being a coward", ElemResponsibility},
		{"i'm sorry i yelled at you. no pressure i'll call you sunday at 6 to talk it through", ElemCommitment},
	} {
		r := Check(tc.text, KindApology)
		if !r.Elements[tc.elem].Present {
			t.Errorf("want %s credited in %q", tc.elem, tc.text)
		}
		for _, f := range r.Findings {
			if f.Category == CatNoApology {
				t.Errorf("want no %s in %q", CatNoApology, tc.text)
			}
		}
	}
	wantRuleFindings(t, []roundCase{
		{CatVague, KindReachOut, "heyyy long time no speak 😅 sorry for everything that happened, would love a catch up"},
		{CatNoApology, KindApology, "long time no see. i'm not sorry i said it though."},
	})
	for _, f := range Check("Could we get a coffee and talk? No pressure obviously.", KindReachOut).Findings {
		if f.Category == CatCondescending {
			t.Errorf("want no %s on \"no pressure obviously\"; got %q", CatCondescending, f.Quote)
		}
	}
}

// learntOnInnocent are the innocent cases the learnt reader is known to
// query; any other is a regression. The finding model (weights of either
// sign, each sentence clipped at zero) queried none of them until v32 and
// v33 were learnt; from then until v38 and v39 were learnt it read
// "things got awkward" in a reach-out as passive.
//
// Since v36 and v37 were learnt it reads "That was a massive overreaction
// on my part" after "I ghosted you over one comment" (a silence the rules'
// guard clears) as minimizing. Taking the words of sentences where a guard
// cleared the category out of the learnt reader's sum, as it does for
// sentences that read the other way, ended that, but in five-fold
// cross-validation by set it cost 48 right findings for 29 wrong ones (10
// and 6 of them minimizing), so it was not kept.
//
// Since v40 and v41 were learnt (eleventh round) that case is read right
// again, and three others are queried, each at medium severity and half
// a rule's cost: "things got awkward" in a reach-out as passive (as before
// v38 and v39), "I lost my temper over one comment ... It was a fair point
// and I overreacted" as minimizing (the words of "over one comment", which
// a guard clears, weigh again in the next sentence), and "That's not who
// I want to be, so I'm changing ..." as identity (the writers' "that's
// not who I am" defence shares its words). The retrained models gained in
// cross-validation (recall 0.8412 to 0.8421, precision 0.8561 to 0.8570),
// so they were kept and the cases are listed.
//
// Since v42 and v43 were learnt (twelfth round) it also reads "I'm sorry
// for telling you you're overreacting, you're not, and for saying you're
// too sensitive" as invalidating: the writer owns the words and takes
// them back, which the rules' guard sees and the bag of words cannot.
// Cross-validation by set with them in: recall 0.8444, precision 0.8564
// on 18,265 labels.
//
// With the word classes (fifteenth round: "#you", "#past", "#but" and the
// rest, wordClass) the minimizing case is read right again, and "I'm
// sorry you were alone at the hospital because I left early" is read as
// deflection: "sorry #you were" is the deflecting shape, and the owning
// "because I left early" weighs less than it. Five-fold cross-validation
// by set with the classes and the thresholds chosen again: 94 more right
// findings for 44 more wrong (recall 0.8460 to 0.8504, precision 0.8563
// to 0.8551), and on the dev drafts nobody trained on 13 more right for 2
// fewer wrong.
//
// With v53 and v54 learnt (sixteenth round) the minimizing case is read
// as minimizing again: "over one comment" weighs more with their drafts.
// (With v56 and v57 learnt it was read right; with v58 and v59 learnt,
// eighteenth round, it is queried once more.)
var learntOnInnocent = []string{
	"identity: That's not who I want to be, so I'm changing how I handle arguments.",
	"invalidating: I'm sorry for telling you you're overreacting, you're not, and for saying you're too sensitive. I'll listen.",
	"minimizing: I'm sorry I ghosted you over one comment. That was a massive overreaction on my part.",
	"minimizing: I'm sorry I lost my temper over one comment about my mum. It was a fair point and I overreacted.",
	"passive: Hi Nadia, I know things got awkward after the wedding. Tea sometime? No worries if not.",
	"pressure: I'll be at the Crown from 8, hope you show up but honestly no pressure if you can't.",
}

func TestCategoryCases(t *testing.T) {
	seen := map[string]bool{}
	var learnt []string
	defer func() {
		slices.Sort(learnt)
		if !slices.Equal(learnt, learntOnInnocent) {
			t.Errorf("the word model queries these innocent cases:\n%s\nwant only:\n%s", strings.Join(learnt, "\n"), strings.Join(learntOnInnocent, "\n"))
		}
	}()
	for _, tc := range categoryCases {
		seen[tc.cat] = true
		for _, txt := range tc.fire {
			if r := Check(txt, tc.kind); !cats(r)[tc.cat] {
				t.Errorf("%s: want it to fire on %q; got %v", tc.cat, txt, keys(cats(r)))
			}
		}
		// The rules must never fire on an innocent case. The word model
		// reads words, not their scope, and is allowed a few of these
		// (learntOnInnocent), never at high severity.
		for _, txt := range tc.notFire {
			for _, f := range Check(txt, tc.kind).Findings {
				switch {
				case f.Category != tc.cat:
				case !f.Learned:
					t.Errorf("%s: want no finding on %q", tc.cat, txt)
				case f.Severity == SevHigh:
					t.Errorf("%s: the word model's finding on %q is high", tc.cat, txt)
				default:
					learnt = append(learnt, tc.cat+": "+txt)
				}
			}
		}
	}
	for _, c := range catalogue {
		if !seen[c.ID] && c.ID != CatTooLong {
			t.Errorf("no table cases for category %s", c.ID)
		}
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// A hedge with no apology beside it is also no apology: both are named,
// the hedge at its own weight and the missing apology as high, so the
// draft scores no higher than one with no hedge; a hedge beside an
// apology stays medium and the apology counts.
func TestHedgeWithoutApology(t *testing.T) {
	only := Check("I may have been a bit harsh about your boyfriend at dinner.", KindApology)
	if c := cats(only); !c[CatHedged] || !c[CatNoApology] {
		t.Errorf("hedge alone: categories %v, want hedged and no-apology", c)
	}
	for _, f := range only.Findings {
		if f.Category == CatHedged && f.Severity != SevMedium {
			t.Errorf("hedge alone: the hedge's severity is %s, want medium", f.Severity)
		}
	}
	bare := Check("About your boyfriend at dinner.", KindApology)
	if !cats(bare)[CatNoApology] {
		t.Errorf("no apology and no hedge: categories %v, want no-apology", cats(bare))
	}
	if only.Score > bare.Score {
		t.Errorf("hedge alone scores %d, over the bare draft's %d", only.Score, bare.Score)
	}
	with := Check("I'm sorry I was harsh about your boyfriend at dinner. I may have hurt you.", KindApology)
	if cats(with)[CatNoApology] {
		t.Errorf("hedge beside an apology: no-apology raised")
	}
	for _, f := range with.Findings {
		if f.Category == CatHedged && f.Severity == SevHigh {
			t.Errorf("hedge beside an apology is high")
		}
	}
}

func TestTooLong(t *testing.T) {
	long := "Hi Sam, " + strings.Repeat("I keep thinking about that summer and the lake. ", 15) + "Would you like to talk? No pressure."
	r := Check(long, KindReachOut)
	if !cats(r)[CatTooLong] || r.Elements[ElemBrief].Present {
		t.Fatalf("long reach-out: want too-long and brief absent; got %+v", r.Findings)
	}
	short := "Hi Sam, I miss our walks. Would you like to talk? No pressure."
	if r := Check(short, KindReachOut); cats(r)[CatTooLong] || !r.Elements[ElemBrief].Present {
		t.Fatalf("short reach-out: brief should be present")
	}
}

func TestNormalisationEquivalence(t *testing.T) {
	straight := "I'm sorry if I \"upset\" you.\nIt was just a joke, but you're too sensitive."
	curly := "I\u2019m sorry if I \u201cupset\u201d you.\r\nIt was just a joke, but you\u2019re too sensitive."
	upper := strings.ToUpper(straight)
	a, b, c := Check(straight, KindApology), Check(curly, KindApology), Check(upper, KindApology)
	sig := func(r Report) []string {
		var out []string
		for _, f := range r.Findings {
			out = append(out, f.Category)
		}
		return out
	}
	if diff := cmp.Diff(sig(a), sig(b)); diff != "" {
		t.Errorf("curly/CRLF differ from straight (-straight +curly):\n%s", diff)
	}
	if diff := cmp.Diff(sig(a), sig(c)); diff != "" {
		t.Errorf("upper case differs (-lower +upper):\n%s", diff)
	}
	if a.Score != b.Score || a.Score != c.Score {
		t.Errorf("scores differ: %d %d %d", a.Score, b.Score, c.Score)
	}
	for _, f := range b.Findings {
		if curly[f.Start:f.End] != f.Quote {
			t.Errorf("quote %q != input[%d:%d] %q", f.Quote, f.Start, f.End, curly[f.Start:f.End])
		}
	}
	// The conditional span starts at "I’m" and covers the curly apostrophe whole.
	if b.Findings[0].Quote != "I\u2019m sorry if" {
		t.Errorf("first quote = %q, want %q", b.Findings[0].Quote, "I\u2019m sorry if")
	}
}

func TestFindingsSortedAndValid(t *testing.T) {
	for _, d := range loadDrafts(t) {
		r := Check(d.Text, d.Kind)
		for i, f := range r.Findings {
			if f.Start < 0 || f.End < f.Start || f.End > len(d.Text) || d.Text[f.Start:f.End] != f.Quote {
				t.Fatalf("%s: bad span %+v", d.ID, f)
			}
			if i > 0 && r.Findings[i-1].Start > f.Start {
				t.Fatalf("%s: findings not sorted", d.ID)
			}
			if f.Message == "" || f.Suggestion == "" || f.Severity == "" || f.Element == "" {
				t.Fatalf("%s: incomplete finding %+v", d.ID, f)
			}
			if !contains(ElementNames(d.Kind), f.Element) {
				t.Fatalf("%s: finding element %q not an element of %s", d.ID, f.Element, d.Kind)
			}
		}
		for _, name := range ElementNames(d.Kind) {
			el := r.Elements[name]
			if el == nil || el.Note == "" {
				t.Fatalf("%s: element %s missing or without note", d.ID, name)
			}
			if el.Evidence != "" && !strings.Contains(d.Text, el.Evidence) {
				t.Fatalf("%s: evidence %q not in draft", d.ID, el.Evidence)
			}
		}
		if len(r.Elements) != 3 || r.Source != "rules" || r.Kind != d.Kind {
			t.Fatalf("%s: report shape %+v", d.ID, r)
		}
	}
}

func TestCatalogue(t *testing.T) {
	want := []string{
		"conditional", "deflection", "but-clause", "passive", "blame", "minimizing", "vague",
		"regret-only", "announced", "hedged", "intent", "identity", "excuse", "justification", "counter",
		"misunderstanding", "invalidating", "diffuse-addressee", "pressure", "resentful", "deadline",
		"empty-promise", "self-focus", "universal-excuse", "contempt", "criticism", "demand", "too-long", "no-apology",
	}
	got := map[string]Category{}
	for _, c := range Categories() {
		got[c.ID] = c
		if c.Why == "" || c.Hint == "" {
			t.Errorf("%s: empty why or hint", c.ID)
		}
		if c.Severity != SevHigh && c.Severity != SevMedium && c.Severity != SevLow {
			t.Errorf("%s: severity %q", c.ID, c.Severity)
		}
		if !contains(ElementNames(KindApology), c.Element) {
			t.Errorf("%s: element %q", c.ID, c.Element)
		}
		if c.ReachOutElement != "" && !contains(ElementNames(KindReachOut), c.ReachOutElement) {
			t.Errorf("%s: reach-out element %q", c.ID, c.ReachOutElement)
		}
	}
	for _, id := range want {
		if _, ok := got[id]; !ok {
			t.Errorf("catalogue lacks %s", id)
		}
	}
	// Categories returns a copy.
	Categories()[0].ID = "changed"
	if Categories()[0].ID == "changed" {
		t.Error("Categories exposes the package catalogue")
	}
}

func TestKinds(t *testing.T) {
	for in, want := range map[string]Kind{"apology": KindApology, "Reach-Out": KindReachOut, "reachout": KindReachOut} {
		if k, err := ParseKind(in); err != nil || k != want {
			t.Errorf("ParseKind(%q) = %q, %v", in, k, err)
		}
	}
	if _, err := ParseKind("letter"); err == nil || !strings.Contains(err.Error(), "apology or reach-out") {
		t.Errorf("ParseKind(letter) err = %v", err)
	}
	if diff := cmp.Diff([]string{"acknowledgment", "responsibility", "commitment"}, ElementNames(KindApology)); diff != "" {
		t.Error(diff)
	}
	if diff := cmp.Diff([]string{"invitation", "no-pressure", "brief"}, ElementNames(KindReachOut)); diff != "" {
		t.Error(diff)
	}
}

// Regexps compile lazily; make sure every piece of every pattern does.
func TestPatternsCompile(t *testing.T) {
	build()
	n := 0
	for _, r := range append(append([]*rule{}, signals...), rulePtrs()...) {
		for k := range r.nparts {
			p := r.part(k)
			r.matcher(k)
			n++
			if len(p.lits) == 0 && !p.whole {
				t.Errorf("part without literals must match the whole text: %s", p.src)
			}
		}
	}
	if n < len(rules) {
		t.Fatalf("only %d parts for %d rules", n, len(rules))
	}
}

func rulePtrs() []*rule {
	out := make([]*rule, len(rules))
	for i := range rules {
		out[i] = &rules[i]
	}
	return out
}

// Every announced form counts alike: the new ones ("I just want to
// apologise", "I wanted to write and apologise") score as the first rule's
// ("I want to apologise"): the same elements, announced and not
// no-apology (the scores differ only by the learnt reader's doubt); an apology
// owed to someone else or asked about is none. "Apologies that ..."
// apologises (the writers named passive there, not no-apology), but
// "empty apologies about it" does not.
func TestAnnouncedFormsAndApologiesThat(t *testing.T) {
	base := Check("I want to apologise for missing your call.", KindApology)
	for _, txt := range []string{"I just want to apologise for missing your call.", "I wanted to write and apologise for missing your call.", "I'm reaching out to apologise for missing your call."} {
		r := Check(txt, KindApology)
		if c := cats(r); c[CatNoApology] || !c[CatAnnounced] || hasSeverity(r, SevHigh) {
			t.Errorf("%q: want announced (low) and no no-apology; got %v", txt, r.Findings)
		}
		for name, el := range base.Elements {
			if r.Elements[name].Present != el.Present {
				t.Errorf("%q: %s present %v, in the first rule's form %v", txt, name, r.Elements[name].Present, el.Present)
			}
		}
	}
	for _, txt := range []string{"Want to say sorry to Gran together on Sunday?", "After the meeting I needed to apologise to the client for the delay.", "I'm tired of empty apologies about it. I missed your party and I'll make the next one."} {
		if c := cats(Check(txt, KindApology)); !c[CatNoApology] || c[CatAnnounced] {
			t.Errorf("%q: want no-apology and no announced; got %v", txt, c)
		}
	}
	for _, txt := range []string{"Apologies that the minutes went out with your comments misquoted.", "Hi Ken, apologies if my feedback on your deck was harsh."} {
		if cats(Check(txt, KindApology))[CatNoApology] {
			t.Errorf("%q: no-apology raised", txt)
		}
	}
}

func TestSoftenUnlikely(t *testing.T) {
	probs := make([]float64, len(catalogue))
	for k := range probs {
		probs[k] = 0.5
	}
	probs[catIndex[CatPassive]] = softenBelow / 2
	probs[catIndex[CatThreat]] = softenBelow / 2
	probs[catIndex[CatNoApology]] = 0
	high := func(cats ...string) []Finding {
		var fs []Finding
		for _, c := range cats {
			fs = append(fs, Finding{Category: c, Severity: SevHigh, Message: "m"})
		}
		return fs
	}
	sev := func(fs []Finding) []string {
		var out []string
		for _, f := range fs {
			out = append(out, f.Category+":"+f.Severity)
		}
		return out
	}
	for _, tc := range []struct {
		in   []Finding
		want []string
	}{
		{high(CatPassive), []string{"passive:medium"}},
		{high(CatPassive, CatNoApology), []string{"passive:high", "no-apology:high"}},
		{high(CatThreat), []string{"threat:high"}},
		{high(CatPassive, CatBlame), []string{"passive:high", "blame:high"}},
		{append(high(CatPassive), Finding{Category: CatHedged, Severity: SevHigh}), []string{"passive:high", "hedged:high"}},
	} {
		softenUnlikely(tc.in, probs)
		if got := sev(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("got %v, want %v", got, tc.want)
		}
	}
	fs := high(CatPassive)
	softenUnlikely(fs, probs)
	if !strings.Contains(fs[0].Message, "Marked medium") {
		t.Errorf("a softened finding does not say so: %q", fs[0].Message)
	}
}

// Softening happens end to end: on the training drafts some high findings
// are marked medium, each saying so, and none of softenKeep's categories.
func TestSoftenedOnTrainingDrafts(t *testing.T) {
	n := 0
	for _, e := range wordExamples(t) {
		d := e.d
		for _, f := range Check(d.Text, d.Kind).Findings {
			if !strings.Contains(f.Message, "Marked medium") {
				continue
			}
			n++
			if f.Severity != SevMedium || softenKeep[f.Category] || f.Learned {
				t.Errorf("%s: softened %s finding is %s (learned %v)", d.ID, f.Category, f.Severity, f.Learned)
			}
		}
	}
	if n == 0 {
		t.Error("no finding on the labelled drafts was softened")
	}
	t.Logf("%d findings softened", n)
}
