package critique

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// familyCase is one short draft and a category it should (or should
// not) draw. The drafts were written by the critic's author from the
// forms each family takes in general (not from any labelled draft), to
// see whether detection reaches wording it was not tuned on; the
// innocent ones use the same words without the defect. Each batch was
// run once before the rules it prompted; first runs found 13 of 84,
// 3 of 49, 2 of 10, 23 of 44 and, after the third blind set was tuned
// on, 6 of 29 and 3 of 15: every new batch of wording escapes rules written for the
// last, so read the floors below as tuning figures too.
type familyCase struct {
	cat  string
	want bool
	kind Kind
	text string
}

func fAp(cat string, text string) familyCase { return familyCase{cat, true, KindApology, text} }
func fRo(cat string, text string) familyCase { return familyCase{cat, true, KindReachOut, text} }
func fApNot(cat string, text string) familyCase {
	return familyCase{cat, false, KindApology, text}
}

func fRoNot(cat string, text string) familyCase {
	return familyCase{cat, false, KindReachOut, text}
}

var familyCases = []familyCase{
	// minimizing: a diminisher on the act or on its effect
	fAp(CatMinimizing, "Sorry I forgot to ring you back. It was only the one call though."),
	fAp(CatMinimizing, "I'm sorry I took your car without asking. I only drove it to the shops and back."),
	fAp(CatMinimizing, "Sorry I was late for the christening, I was only ten minutes behind everyone."),
	fAp(CatMinimizing, "I'm sorry about the photo I posted. It's not the end of the world, it was up for an hour."),
	fAp(CatMinimizing, "Sorry I borrowed your jacket. At least I didn't spill anything on it."),
	fAp(CatMinimizing, "I apologise for the remark about your cooking. It was a tiny comment and nobody else noticed."),
	fAp(CatMinimizing, "Sorry I read your texts. I hardly looked at them, honestly."),
	fAp(CatMinimizing, "I'm sorry I mentioned your divorce at dinner. It was just a passing thing, nobody made anything of it."),
	fAp(CatMinimizing, "I'm sorry I skipped your recital. It's not like I missed your wedding."),
	fAp(CatMinimizing, "Sorry I snapped. It was nothing really, a couple of sharp words."),
	fAp(CatMinimizing, "Sorry about Saturday. No harm done in the end, the cake still got there."),
	fAp(CatMinimizing, "I'm sorry I told Dan about your job. It hardly matters now anyway."),
	fAp(CatMinimizing, "sorry i teased u abt ur haircut, was only a bit of a laugh"),
	fAp(CatMinimizing, "Sorry I was short with you. It could have been a lot worse."),
	fAp(CatMinimizing, "I'm sorry I spent the money. It was only fifty quid."),
	fApNot(CatMinimizing, "I'm sorry I mocked your accent in front of your team. It wasn't just a joke to you, and I should have seen that."),
	fApNot(CatMinimizing, "I'm sorry I only told you on the morning of the trip. You needed to know weeks before."),
	fApNot(CatMinimizing, "I'm sorry I missed your call. I only saw it at midnight, and I should have rung straight back."),
	fApNot(CatMinimizing, "I'm sorry I shouted at you. I know it might look like a small thing from outside, but it wasn't small to you."),
	fApNot(CatMinimizing, "I'm sorry I said your work was sloppy. I only realised later how unfair that was."),

	// contempt: sarcasm, mockery, scare quotes, eye-rolls
	fAp(CatContempt, "Oh I'm terribly sorry that my existence inconveniences you so much."),
	fAp(CatContempt, "Sorry I didn't run it past you first, Mr Perfect."),
	fAp(CatContempt, "So sorry your \"feelings\" got hurt over a parking space."),
	fAp(CatContempt, "Sorry I forgot the tickets. Must be nice never making a mistake."),
	fAp(CatContempt, "Sorry I was late, princess. Won't happen again."),
	fAp(CatContempt, "Sorry I said it. Wow, what a crime, call the police."),
	fAp(CatContempt, "sorry i ate ur leftovers, congrats on being the food police"),
	fAp(CatContempt, "Sorry I didn't text back. Shocking, I know. Alert the media."),
	fAp(CatContempt, "I'm sorry I was rude to your mum. Yeah right, like she's never been rude to me. Sure."),
	fRo(CatContempt, "Hi stranger. Nice of you to remember I exist. Coffee sometime?"),
	fRo(CatContempt, "Hey. Hope the new friends are treating you well, seeing as the old ones aren't good enough anymore. Drink soon?"),
	fRo(CatContempt, "Well, look who finally found a minute. Lunch next week?"),
	fApNot(CatContempt, "I'm so sorry I missed your party. You deserved better from me, and I'll make it up to you."),
	fApNot(CatContempt, "I'm sorry I called your plan \"stupid\" in the meeting. It wasn't, and I'll say so to the team."),
	fRoNot(CatContempt, "Hi stranger! It's been far too long. Would you like to get a coffee sometime?"),
	fApNot(CatContempt, "Congratulations on the new job, and I'm sorry I didn't come to your leaving drinks."),

	// criticism: "you always/never", labels, character
	fAp(CatCriticism, "Sorry I didn't call. You never pick up anyway."),
	fAp(CatCriticism, "I'm sorry I shouted, but you always have to have the last word."),
	fAp(CatCriticism, "Sorry I lost my temper. You're so self-centred sometimes it's hard not to."),
	fAp(CatCriticism, "I apologise for leaving early. Typical of you to make it about yourself though."),
	fAp(CatCriticism, "Sorry I forgot. You're such a nag about these things."),
	fAp(CatCriticism, "I'm sorry I slammed the door. You constantly exaggerate everything I do."),
	fAp(CatCriticism, "Sorry about dinner. You are honestly the most ungrateful person I know."),
	fAp(CatCriticism, "i'm sorry i snapped but ur always so negative about everything"),
	fAp(CatCriticism, "I'm sorry I missed the meeting. You never give anyone enough notice."),
	fRo(CatCriticism, "Hey. I know you hold grudges forever, but it's been a year. Coffee?"),
	fRo(CatCriticism, "Hi Sam. You've always been too proud to make the first move, so I will. Fancy a walk?"),
	fApNot(CatCriticism, "I'm sorry I missed your birthday. You always remember mine, and I should have done the same."),
	fApNot(CatCriticism, "I'm sorry I shouted. You never deserved that, and it won't happen again."),
	fRoNot(CatCriticism, "Hi Jo. You always made me laugh and I miss that. Would you like to meet for a coffee?"),
	fApNot(CatCriticism, "I'm sorry I was so dismissive when you told me about the job. You were right to be upset."),

	// resentful: counting, grudging, forced
	fAp(CatResentful, "For the third time, I'm sorry I forgot your birthday."),
	fAp(CatResentful, "I've apologised over and over for the party. Sorry. Again."),
	fAp(CatResentful, "Okay, I'm sorry I was late. There's your apology."),
	fAp(CatResentful, "Mum says I have to apologise, so sorry for what I said about your boyfriend."),
	fAp(CatResentful, "Sorry I borrowed your charger, if that's what you need to hear."),
	fAp(CatResentful, "Fine. I'm sorry I didn't invite you. Are you satisfied now?"),
	fAp(CatResentful, "How many times do you want me to say it? Sorry I missed the call."),
	fAp(CatResentful, "I'm sorry I was rude. Will that do?"),
	fAp(CatResentful, "Apparently I owe you an apology for being honest, so here it is: sorry."),
	fAp(CatResentful, "I keep saying sorry for the wedding and it's never enough for you."),
	fApNot(CatResentful, "I'm sorry I forgot your birthday. I know saying it once won't fix it, and I'll plan something this weekend."),
	fApNot(CatResentful, "I'm sorry again for the party. I've been thinking about it all week and I understand now why it hurt."),
	fApNot(CatResentful, "I'm fine with whatever you decide. I'm sorry I shouted at you in front of the kids."),

	// justification: the act was right or necessary
	fAp(CatJustification, "Sorry I told your dad about the loan. He had a right to know."),
	fAp(CatJustification, "I'm sorry I cancelled the holiday, but it was the only sensible option."),
	fAp(CatJustification, "Sorry I said it in front of everyone. I still don't think I did anything wrong."),
	fAp(CatJustification, "I'm sorry I reported it to HR. I did what anyone in my position would do."),
	fAp(CatJustification, "Sorry about what I said about your drinking. Somebody needed to say it."),
	fAp(CatJustification, "I'm sorry I read your messages. I was worried and I needed to know the truth."),
	fAp(CatJustification, "Sorry I was blunt. Honestly it was for your own benefit."),
	fAp(CatJustification, "I'm sorry I went over your head. I'm not going to take back what I said, because it was true."),
	fAp(CatJustification, "Sorry I moved your things. I meant every word about the mess though."),
	fAp(CatJustification, "Sorry I sold the bike. I don't regret doing it, it was sitting there for two years."),
	fAp(CatJustification, "I'm sorry I complained to your manager, but my complaint was completely fair."),
	fApNot(CatJustification, "I'm sorry I read your messages. I had no right to, and I know that."),
	fApNot(CatJustification, "I'm sorry I told your dad. You were right to be angry, and it wasn't my place."),
	fApNot(CatJustification, "I'm sorry I cancelled. There's no defending it; I'll rebook the cottage for May."),

	// pressure: closure on the writer's terms, guilt, the writer's need
	fAp(CatPressure, "I'm sorry I forgot the anniversary. Can't we just move on now?"),
	fAp(CatPressure, "Sorry about the party. I'd really like us to put it behind us this week."),
	fAp(CatPressure, "I apologised, so I think it's time we forgot about it."),
	fAp(CatPressure, "Sorry I yelled. Don't make this into a big thing, okay?"),
	fAp(CatPressure, "I'm sorry I missed dinner. Life's too short to stay angry over a meal."),
	fAp(CatPressure, "Sorry about the car. Let's wipe the slate clean and get back to how we were."),
	fAp(CatPressure, "I'm sorry for what I said. Think of what this is doing to the kids."),
	fAp(CatPressure, "Sorry for last night. Are we okay now? Please say we're okay."),
	fAp(CatPressure, "I'm sorry I lied. I hope you'll forgive me by the weekend, Mum's birthday is Sunday."),
	fAp(CatPressure, "Sorry I was rude. Please don't let one bad night throw away ten years."),
	fRo(CatPressure, "Hi Dad. It's been long enough, don't you think? Let's draw a line under it. Lunch Sunday?"),
	fRo(CatPressure, "Hey. Mum cries about you every week, you know. Would you call her?"),
	fRo(CatPressure, "Hey you. Can we just forget the whole thing ever happened and grab a pint?"),
	fRo(CatPressure, "Hi. I've reached out three times now. I'd appreciate the courtesy of a reply. Coffee?"),
	fApNot(CatPressure, "I'm sorry I forgot the anniversary. Take whatever time you need; I'm not asking you to move on."),
	fApNot(CatPressure, "I'm sorry I lied. I hope one day, when you're ready, we can talk, but that's up to you."),
	fRoNot(CatPressure, "Hi Dad. I've been thinking about you. If you ever want to get lunch, I'd love that, no rush at all."),
	fRoNot(CatPressure, "Hey. I'd like to put things right between us, whenever you feel ready. Coffee sometime?"),

	// passive: agentless
	fAp(CatPassive, "I'm sorry about Friday. Voices were raised and a line was crossed."),
	fAp(CatPassive, "Sorry about the wedding. Some harsh things got said on both sides."),
	fAp(CatPressure, "Sorry. Let's just drop it."),
	fAp(CatPassive, "I apologise for the meeting. Tempers flared and the discussion went off the rails."),
	fAp(CatPassive, "Sorry your news got out before you were ready."),
	fAp(CatPassive, "I'm sorry about the deposit. There was a mix-up with the bank transfer."),
	fAp(CatPassive, "Sorry about the secret. It slipped out at the pub."),
	fAp(CatPassive, "I'm sorry the invitation never reached you. The list was put together in a hurry."),
	fAp(CatPassive, "Sorry. Things were said at the barbecue that shouldn't have been."),
	fAp(CatPassive, "I'm sorry that your birthday was overlooked this year."),
	fAp(CatPassive, "Sorry about the argument. The whole evening got away from us."),
	fApNot(CatPassive, "I'm sorry I raised my voice at you on Friday. I crossed a line."),
	fApNot(CatPassive, "I'm sorry I let your news slip at the pub. I told Sam when you'd asked me not to."),
	fApNot(CatPassive, "I'm sorry I forgot your birthday this year. I overlooked it, and that's on me."),

	// ---- second batch: the other families ----

	// blame: their part as the cause
	fAp(CatBlame, "I'm sorry I shouted. I'd had enough of you talking over me all evening."),
	// From the fourteenth round's dev drafts (testdata/critique/dev).
	fRo(CatBlame, "hey been a while since u ditched me at the festival wanna grab a drink sometime"),
	fRoNot(CatBlame, "hey its been a while since you stopped replying and i miss you, fancy a drink sometime?"),
	fAp(CatBlame, "I'm sorry about the bills. It would have gone differently if you'd paid your share on time."),
	fAp(CatBlame, "Sorry I posted it. You were the one who sent it to the group first."),
	fAp(CatBlame, "Sorry I shouted at bath time. You were on your phone instead of helping, so I just snapped."),
	fAp(CatBlame, "im sorry i didnt tell u sooner u know how u get about this stuff"),
	fAp(CatBlame, "I am sorry I didn't invite you. After the way you treated Daniel at Christmas, I didn't feel I had a choice."),
	fAp(CatJustification, "sorry i changed the locks anyone wouldve after 3 months of no rent"),
	fAp(CatJustification, "I'm sorry it upset you, and I'd make the same call again."),
	fAp(CatJustification, "sorry i told mom before u could it was better she heard it from family than guessed"),
	fApNot(CatJustification, "I'm sorry. I'd never do that again."),
	fAp(CatVague, "im sorry for my part in the fight about ur sister can we talk tonight"),
	fAp(CatVague, "ok whatever it was im sorry can we move on"),
	fRo(CatBlame, "yo its been a month since i banned u from the server cos u were spamming nonstop wanna talk sometime"),
	fAp(CatBlame, "I'm sorry I reassigned the account. You'd been sitting on it for six weeks, so I had to act."),
	fAp(CatBlame, "my bad for not ccing u on the thread i figured ud check the shared drive like ur supposed to"),
	fApNot(CatBlame, "I'm sorry I missed the call. You'd asked me twice to be on it because you couldn't face it alone, and I let you down."),
	fApNot(CatBlame, "I'm telling you this because you deserve to know, and I'm sorry I kept it from you."),
	fAp(CatBlame, "Sorry I left early, but honestly your friends made it impossible to stay."),
	fAp(CatBlame, "I'm sorry I missed the deadline. Your brief was so unclear I couldn't have got it right."),
	fAp(CatBlame, "Sorry I said that. You wound me up until I snapped."),
	fAp(CatBlame, "I'm sorry I lied, but I only lied because you'd have gone mad at me."),
	fAp(CatBlame, "Sorry I forgot. You should have reminded me, you know what I'm like."),
	fAp(CatBlame, "I apologise for the tone of my email. Your team's delays left me no alternative."),
	fAp(CatBlame, "Sorry I blew up. You know I hate being ambushed like that."),
	fAp(CatBlame, "I'm sorry the trip went wrong. If your sister had booked the right train none of this would have happened."),
	fApNot(CatBlame, "I'm sorry I shouted at you. You didn't deserve that, whatever was going on for me."),
	fApNot(CatBlame, "I'm sorry I forgot your birthday. You had reminded me twice, and I still forgot."),
	fApNot(CatBlame, "I'm sorry I snapped when you asked about the money. You had every right to ask."),

	// counter: trading charges
	fAp(CatCounter, "I'm sorry I read your messages. Then again, you've read mine plenty of times."),
	fAp(CatCounter, "Sorry I was late. You weren't exactly on time last week either."),
	fAp(CatCounter, "I'm sorry for what I said. You said far worse to me at Christmas."),
	fAp(CatCounter, "Sorry I lost my temper. Neither of us covered ourselves in glory."),
	fAp(CatCounter, "I apologise for missing the call. Let's not forget you cancelled on me twice last month."),
	fAp(CatCounter, "Sorry I forgot the tickets. It's not like you've never forgotten anything."),
	fAp(CatCounter, "I'm sorry I yelled. I think we both owe each other an apology."),
	fApNot(CatCounter, "I'm sorry I read your messages. Whatever else happened, that was my doing and nobody else's."),
	fApNot(CatCounter, "I'm sorry I was late again. You were there on time, as always, and I left you waiting."),

	// invalidating: their feelings questioned
	fAp(CatInvalidating, "I'm sorry I made the joke. You're taking this way too seriously though."),
	fAp(CatInvalidating, "Sorry about the comment. It's really not worth getting this worked up over."),
	fAp(CatInvalidating, "I'm sorry I was late. There's no need to be so upset about twenty minutes."),
	fAp(CatInvalidating, "Sorry I teased you. You need to toughen up a bit."),
	fAp(CatInvalidating, "I'm sorry I forgot the dinner. Honestly, you're making a mountain out of a molehill."),
	fAp(CatInvalidating, "Sorry I said it. I think you're being a bit oversensitive."),
	fAp(CatInvalidating, "I'm sorry about the email. I really don't think it warranted that reaction."),
	fApNot(CatInvalidating, "I'm sorry I made that joke. You had every reason to be upset."),
	fApNot(CatInvalidating, "I'm sorry I was late. I know it wasn't just the twenty minutes, it was the third time this month."),

	// presuming: claiming to know their mind
	fAp(CatPresuming, "I'm sorry I missed the wedding. I know you've already forgiven me deep down."),
	fAp(CatPresuming, "Sorry about last night. I know you don't really mean what you said."),
	fAp(CatPresuming, "I'm sorry I shouted. I know you're not actually that bothered."),
	fRo(CatPresuming, "Hey. I know you've been wanting to talk too. Coffee Saturday?"),
	fRo(CatPresuming, "Hi Mum. I'm sure you miss me as much as I miss you. Lunch soon?"),
	fApNot(CatPresuming, "I'm sorry I missed the wedding. I don't know how it felt for you, and I'd like to hear it if you want to tell me."),
	fRoNot(CatPresuming, "Hi Mum. I miss you. I know you might not be ready, and that's okay. Lunch sometime?"),

	// threat: an ultimatum or a consequence
	fAp(CatThreat, "I'm sorry I shouted. But answer my calls, or I'm coming round."),
	fAp(CatThreat, "Sorry about Friday. If this carries on I'll have no choice but to tell your parents."),
	fAp(CatThreat, "I'm sorry I took the money. Keep ignoring me and see what happens."),
	fRo(CatThreat, "Hi. Either you call me this week or I'm changing the locks. Can we talk?"),
	fRo(CatThreat, "Hey. This is the last time I reach out. After this you won't hear from me again."),
	fApNot(CatThreat, "I'm sorry I shouted. If you ever want to talk about it, I'll make the time."),
	fRoNot(CatThreat, "Hi. If you'd rather not hear from me, I understand, and I won't write again unless you do."),

	// deflection: sorry for their feelings or reaction
	fAp(CatDeflection, "I'm sorry my comment bothered you so much."),
	fAp(CatDeflection, "Sorry you were left feeling that way after the party."),
	fAp(CatDeflection, "I'm sorry you didn't enjoy the surprise."),
	fAp(CatDeflection, "I'm sorry it came as such a shock to you."),
	fApNot(CatDeflection, "I'm sorry I made fun of your work. It hurt you, and I understand why."),

	// universal excuse: the fault made general
	fAp(CatUniversalExcuse, "I'm sorry I forgot. We all slip up now and then."),
	fAp(CatUniversalExcuse, "Sorry I was short with you. Everyone has bad days."),
	fAp(CatUniversalExcuse, "I'm sorry I missed it. That's just how it goes sometimes."),
	fAp(CatUniversalExcuse, "Sorry I lost it. Anyone can snap under that kind of pressure."),
	fApNot(CatUniversalExcuse, "I'm sorry I forgot your birthday. I can't put it down to anything but not paying attention."),

	// condescending: talking down
	fAp(CatCondescending, "I'm sorry I raised my voice. Let me explain it again more slowly."),
	fAp(CatCondescending, "Sorry for the confusion. As I've said many times, the deadline was Friday."),
	fAp(CatCondescending, "I apologise for my tone. I'd have thought it was fairly obvious what I meant."),
	fAp(CatCondescending, "Sorry I was curt. I'll try to keep it simple for you this time."),
	fApNot(CatCondescending, "I'm sorry I was curt. I'll keep my messages short and kind from now on."),

	// demand: orders
	fAp(CatDemand, "I'm sorry I missed the call. Ring me back as soon as you see this."),
	fAp(CatDemand, "Sorry I was late. Now let's get one thing straight: you will hear me out."),
	fRo(CatDemand, "Hi. I expect an answer from you this time."),
	fRo(CatDemand, "Dad, come to Sunday lunch. No excuses this time."),
	fRoNot(CatDemand, "Dad, would you like to come to Sunday lunch? No worries if not."),
	// ---- third batch: reach-outs that lean on the reader ----
	fRo(CatPressure, "Hi. I can see you've read my messages. Please just reply, even one line."),
	fRo(CatPressure, "Hey. I'm not giving up on us. Dinner Friday?"),
	fRo(CatPressure, "Dad, don't you think it's about time we talked? Lunch Sunday?"),
	fRo(CatPressure, "Hi Kim. You could at least have the decency to answer. Coffee next week?"),
	fRo(CatPressure, "Mum. You're breaking Nan's heart with this silence. Can we meet?"),
	fRo(CatPressure, "Hey. Is it too much to ask for a phone call? I just want to talk."),
	fRo(CatPressure, "Hi. Why won't you talk to me? Can we get a coffee?"),
	fRo(CatPressure, "Hi Ali. Everyone keeps asking when we're going to sort this out. Drink soon?"),
	fRo(CatPressure, "Jess, please don't do this to us. Can I call you tonight?"),
	fRo(CatPressure, "Hey. How hard is it to send one text back? Coffee?"),
	fRoNot(CatPressure, "Hi Kim. I know it's been a while and I don't expect a reply. If you'd like a coffee sometime, I'm around."),
	fRoNot(CatPressure, "Hey. I'll be around all summer, so whenever you feel like talking, I'd love to hear from you."),
	// ---- fourth batch: the families that were caught more often ----
	fAp(CatVague, "I'm sorry for all of it. I know I messed up."),
	fAp(CatVague, "Sorry for being the way I've been lately."),
	fAp(CatVague, "I'm sorry for my part in all this."),
	fAp(CatVague, "I apologise for any hurt I may have caused over the years."),
	fAp(CatVague, "Sorry for the stuff that went on at the weekend."),
	fAp(CatVague, "I'm sorry for whatever it was that upset you."),
	fApNot(CatVague, "I'm sorry for all of it: the lies about the money, and the way I blamed you when you found out."),
	fAp(CatExcuse, "I'm sorry I snapped. The kids had been up all night and I was running on empty."),
	fAp(CatExcuse, "Sorry I missed it. Work has been absolutely relentless this month."),
	fAp(CatExcuse, "I'm sorry I forgot. My head's been all over the place with the house move."),
	fAp(CatExcuse, "Sorry I was rude. I'd just had some bad news from the doctor."),
	fAp(CatExcuse, "I'm sorry I didn't call. I've had so much on with Dad being ill."),
	fApNot(CatExcuse, "I'm sorry I snapped. I was exhausted, but that's no excuse for taking it out on you."),
	fAp(CatIntent, "I'm sorry about the joke. I honestly thought you'd find it funny."),
	fAp(CatIntent, "Sorry I told them. I was only trying to get you some support."),
	fAp(CatIntent, "I'm sorry I moved your things. I was trying to make space for you."),
	fAp(CatIntent, "Sorry about the comment. It was meant as a compliment."),
	fAp(CatHedged, "I'm sorry if my tone came across as harsh. Perhaps I could have phrased it better."),
	fAp(CatHedged, "I think I might have overstepped at dinner. Sorry."),
	fAp(CatHedged, "Sorry. It's possible I was a bit sharp with you."),
	fAp(CatSelfFocus, "I'm sorry I let you down. I've been beating myself up about it every day, I feel awful."),
	fAp(CatSelfFocus, "I'm so sorry I forgot. I'm such a useless friend, I don't know why you bother with me."),
	fAp(CatSelfFocus, "Sorry I shouted. This has honestly been the worst week of my life."),
	fAp(CatEmptyPromise, "I'm sorry I was late again. It will never happen again, you have my word."),
	fAp(CatEmptyPromise, "Sorry I forgot your birthday. I'm going to be a better brother from now on."),
	fAp(CatEmptyPromise, "I'm sorry. Things are going to be different, I swear."),
	fAp(CatIdentity, "I'm sorry I said that. I'm honestly not usually like this."),
	fAp(CatIdentity, "Sorry about the outburst. I'm a kind person really, you know that."),
	fAp(CatMisunderstanding, "I'm sorry about the text. I think it just got lost in how it was worded."),
	fAp(CatMisunderstanding, "Sorry, I think you got the wrong end of the stick about what I said."),
	fAp(CatMisunderstanding, "I'm sorry the email read the way it did."),
	fRo(CatDeadline, "Hi. I need to know by the weekend whether you're coming to the wedding. Can we talk?"),
	fRo(CatDeadline, "Hey, please get back to me as soon as you can, it's important. Coffee?"),
	fRo(CatDeadline, "Hi Dad. Let me know before Friday, I need to book the table. Lunch Sunday?"),
	fRoNot(CatDeadline, "Hi Dad. There's no hurry at all, but if you fancy lunch one Sunday, I'd love that."),
	fAp(CatConditional, "I'm sorry to the extent that anything I said was hurtful."),
	fAp(CatConditional, "If my words hurt you, then I apologise."),
	fAp(CatConditional, "Sorry if it seemed like I didn't care."),
	fApNot(CatConditional, "I'm sorry I didn't ask if you were okay after the funeral."),
	fAp(CatButClause, "I'm sorry I was late. That said, the traffic was unreal."),
	fAp(CatButClause, "I apologise for the tone. Having said that, my point stands."),
	fApNot(CatButClause, "I meant to ring you, but I didn't. I'm sorry, and I'll call you tonight."),
	fAp(CatRegretOnly, "I deeply regret what happened at the party. It should never have gone that way."),
	fAp(CatAnnounced, "I've been wanting to say sorry for the things I said at the funeral."),
	fAp(CatDiffuseAddressee, "Sorry to everyone I let down at the reunion."),
	// ---- fifth batch, written after the third blind set was tuned on ----
	fAp(CatPressure, "Sorry about the barbecue. Can we call it square and get back to normal this weekend?"),
	fAp(CatPressure, "I apologise for the remark. I trust this matter is now closed."),
	fAp(CatPressure, "soz about last nite. we cool??"),
	fAp(CatPressure, "I'm sorry I lied. You know I'd do anything for you, so please just let this go."),
	fRo(CatPressure, "Hi Gran. The whole family misses you at Sunday dinner and it isn't the same. Will you come this week?"),
	fAp(CatResentful, "I'm sorry, okay? I don't know how many more ways I can say it."),
	fAp(CatResentful, "Sorry I was late. Again. Clearly I'm the only one who ever has to apologise around here."),
	fAp(CatResentful, "There. I've said sorry for the party. Can we drop it now?"),
	fAp(CatResentful, "I'm apologising because HR told me to: sorry for the comment in the standup."),
	fAp(CatContempt, "Oh my apologies, I forgot you're never wrong about anything."),
	fAp(CatContempt, "Sorry I breathed too loudly during your film, I'll try to exist more quietly."),
	fRo(CatContempt, "Hey stranger, guess your new mates finally got bored of you? Pint sometime."),
	fAp(CatContempt, "So sorry for daring to have an opinion at your dinner party."),
	fAp(CatMinimizing, "I'm sorry I borrowed your bike without asking. It was gone for like twenty minutes."),
	fAp(CatMinimizing, "Sorry about the photo, hardly anyone saw it before I took it down."),
	fAp(CatMinimizing, "I apologise for the late payment. It's a few days, nothing more."),
	fAp(CatMinimizing, "Sorry I swore in front of your mum, it slipped out once, it's not the end of civilisation."),
	fAp(CatPassive, "I'm sorry the wrong date ended up on the invitation."),
	fAp(CatPassive, "Apologies. Your message was left unanswered for longer than it should have been."),
	fAp(CatPassive, "Sorry, the ball got dropped on your reference letter."),
	fAp(CatPassive, "I regret that offence was caused at the meeting. Apologies."),
	fAp(CatJustification, "Sorry I grounded you, but it was absolutely necessary after what you did."),
	fAp(CatJustification, "I'm sorry I reported the noise. Frankly, I'd be within my rights to do it again."),
	fAp(CatJustification, "Sorry I told the coach, but you left me no real option; you were going to get hurt."),
	fAp(CatJustification, "I'm sorry I said it, though to be honest I stand behind every word."),
	fAp(CatCriticism, "Sorry I snapped. You're impossible to talk to when you're like this."),
	fAp(CatCriticism, "I'm sorry I left early. You've got a real talent for making everything about yourself."),
	fRo(CatCriticism, "Hi Jen. I know patience has never been your strong point, but can we talk?"),
	fAp(CatCriticism, "Sorry I shouted. Honestly you're such a nightmare when you've been drinking."),
	// ---- sixth batch: the smaller families again ----
	fAp(CatCondescending, "Sorry if I wasn't clear. I'll use smaller words next time."),
	fAp(CatCondescending, "I'm sorry I was sharp. As anyone could have told you, the booking was always for Friday."),
	fAp(CatCondescending, "Apologies for the confusion; I realise the spreadsheet might be a bit complicated for you."),
	fAp(CatInvalidating, "I'm sorry I teased you, but you really need to stop being so touchy about your height."),
	fAp(CatInvalidating, "Sorry I laughed. It honestly wasn't something to cry over."),
	fAp(CatInvalidating, "I'm sorry about dinner. I think you're letting your emotions run away with you."),
	fAp(CatPresuming, "I'm sorry I missed the recital. I'm sure deep down you understand why."),
	fAp(CatPresuming, "Sorry about Friday. Knowing you, you've already moved on from it anyway."),
	fRo(CatPresuming, "Hi Tom. I know you want to sort this out as much as I do. Pint Friday?"),
	fAp(CatCounter, "I'm sorry I was rude to your sister. She wasn't exactly polite to me either, mind."),
	fAp(CatCounter, "Sorry I forgot the anniversary. You forgot my birthday last year, so I suppose we're even."),
	fAp(CatCounter, "I'm sorry I shouted. Let's be honest though, you gave as good as you got."),
	fAp(CatDeflection, "I'm sorry the joke didn't land with you."),
	fAp(CatDeflection, "Sorry that you found my message upsetting."),
	fAp(CatDeflection, "I'm sorry you ended up taking it so personally."),
}

// TestFamilies reports how far each family's detection reaches on the
// cases above, and fails under the floors.
func TestFamilies(t *testing.T) {
	type tally struct{ hit, pos, fp, neg int }
	by := map[string]*tally{}
	var misses []string
	for _, c := range familyCases {
		tl := by[c.cat]
		if tl == nil {
			tl = &tally{}
			by[c.cat] = tl
		}
		got := cats(Check(c.text, c.kind))[c.cat]
		if c.want {
			tl.pos++
			if got {
				tl.hit++
			} else {
				misses = append(misses, fmt.Sprintf("missed %s: %s", c.cat, c.text))
			}
		} else {
			tl.neg++
			if got {
				tl.fp++
				misses = append(misses, fmt.Sprintf("unexpected %s: %s", c.cat, c.text))
			}
		}
	}
	names := make([]string, 0, len(by))
	for k := range by {
		names = append(names, k)
	}
	sort.Strings(names)
	var b strings.Builder
	hit, pos, fp := 0, 0, 0
	for _, k := range names {
		tl := by[k]
		hit, pos, fp = hit+tl.hit, pos+tl.pos, fp+tl.fp
		fmt.Fprintf(&b, "%-14s found %2d of %2d, false %d of %d\n", k, tl.hit, tl.pos, tl.fp, tl.neg)
	}
	t.Logf("families:\n%s%s", b.String(), strings.Join(misses, "\n"))
	if float64(hit) < familyFloor*float64(pos) || fp > familyMaxFP {
		t.Errorf("families: found %d of %d (floor %.2f), %d false (max %d)", hit, pos, familyFloor, fp, familyMaxFP)
	}
}

const (
	familyFloor = 0.85
	familyMaxFP = 0
)

// innocentDrafts are clean drafts that use the families' words
// innocently ("only", "just a", "you always", "move on", "I know you",
// "either ... or", "last time"); written with the cases above.
var innocentDrafts = []struct {
	kind Kind
	text string
}{
	{KindApology, "I'm sorry I only told you about the move on the day. You should have heard it from me weeks before, and next time you will."},
	{KindApology, "I'm sorry I missed your graduation. I know it was a big day for you and your mum, and I wasn't there. I'd like to take you both to dinner, if you'd let me."},
	{KindApology, "I'm sorry I shouted at you on Sunday. You always try to keep the peace, and I made that harder. From now on I'll walk away and calm down before we talk."},
	{KindApology, "I'm sorry I read your diary. At least, that's where it started; I also told Sam what was in it. Both were wrong, and I won't do either again."},
	{KindApology, "I'm sorry I forgot to pick you up. It was the second time this month, and I know it left you stranded. I've put a reminder on my phone for every Thursday."},
	{KindApology, "I'm sorry I made that joke about your job at the party. It was cruel, not funny, and I said it to get a laugh at your expense. I'll tell the others I was out of line."},
	{KindApology, "I'm sorry for what I said about your dad. I know you may not want to talk for a while, and I'll wait until you're ready."},
	{KindApology, "I'm sorry I cancelled on you again. The last time I did this you told me how much it hurt, and I did it anyway. Can I make it up to you on Saturday?"},
	{KindApology, "I'm sorry I snapped at you in the meeting. Your question was fair and I answered it like an attack. I'll apologise to the team tomorrow as well."},
	{KindApology, "I'm sorry I lied about where I was. You deserved the truth, and I'll answer any question you have, now or whenever you want."},
	{KindApology, "I'm sorry I took the car without asking. I know you needed it for work. I'll pay for the taxi you had to take, and I'll always ask first."},
	{KindApology, "I'm sorry I teased you about your accent. It wasn't harmless, and I can see why it stung. It won't happen again; I've told the lads to drop it too."},
	{KindReachOut, "Hi Dad. It's been a while, and I've missed our Sunday walks. Would you like to go for one some weekend? Either way, I hope you're keeping well."},
	{KindReachOut, "Hey Sam. I know things ended badly last time, and I'd like to hear how you saw it. Coffee sometime, if you're up for it? No pressure at all."},
	{KindReachOut, "Hi Mum. I've been thinking about what you said at Christmas. You were right about a lot of it. Could I ring you this week, whenever suits?"},
	{KindReachOut, "Hi Jo, just a quick note to say I miss you. If you'd ever like to meet up, I'd love that. If not, I understand."},
	{KindApology, "I'm sorry I kept the diagnosis from you. You had every right to know, and you should have heard it from me first."},
	{KindApology, "I'm sorry I went through your bag. I told myself I needed to know, but that was an excuse. It was a violation of your privacy. I've told you my passcode and you can ask me anything."},
	{KindApology, "I'm sorry I said your painting looked \"unfinished\". It was a cruel thing to say about something you'd worked on for months."},
	{KindApology, "I'm sorry I missed your call, and I'm sorry I only rang back on Sunday. You needed me on Friday. From now on my phone stays on at night."},
	{KindApology, "I'm sorry I forgot our anniversary. You never forget the small things, and I should have done the same. I've booked the restaurant we went to on our first date, if you'll come."},
	{KindApology, "I'm sorry for the way I spoke to you at Christmas. You were trying to help, and I was rude. Next time I'm upset I'll say so instead of snapping."},
	{KindApology, "I'm sorry I told Mum about your job before you did. It wasn't my news to share. I'll tell her it was my mistake, not yours."},
	{KindApology, "Sorry I was so late last night, that's on me. I left work at seven when I'd said six. Next week I'll leave at five so there's time."},
	{KindApology, "I'm sorry I made that comment about your weight. There's nothing funny about it and it wasn't my place. It won't happen again; I'll keep my opinions about your body to myself."},
	{KindApology, "im so sorry i didnt show up on saturday. u waited an hour and i didnt even text. thats on me. can i take u for breakfast this week?"},
	{KindApology, "I apologise for the remarks I made in Tuesday's meeting about your team's figures. They were unfair and I made them in front of everyone. I'll correct the record at Friday's meeting."},
	{KindReachOut, "Hi Tom. It's been a long time, and I think about our trips a lot. I'm sorry for how I left things. If you'd ever like a pint, I'm buying. If not, I understand."},
	{KindReachOut, "Hey Mum. I've thought a lot about Easter. I'm sorry for my part. Would you like to come for lunch one Sunday? Whenever suits you."},
	{KindReachOut, "Hi Ana, I saw your news about the baby - congratulations! I've missed you. Coffee sometime, if you're up for it?"},
	{KindApology, "I'm sorry I missed your match. I'll stand by you at the final on Saturday, front row, and I've already booked the day off."},
	{KindApology, "I'm sorry I snapped at you when you asked for help with the form. You'd been patient all week. Can I sit with you tonight and do it together?"},
	{KindApology, "I'm sorry I forgot to call your mum on her birthday. She'd been looking forward to it, and I let it slip. I'll ring her tomorrow morning and send flowers."},
	{KindApology, "I'm sorry I laughed when you told me about the audition. It mattered to you and I made it small. Next time I'll listen first."},
	{KindApology, "I'm so sorry I was late to the hospital. You were on your own for an hour, which is the last thing you needed. I'll be there early on Thursday."},
	{KindApology, "I apologise for sending the report to the client before you'd signed it off. That was my mistake, and I've written to them to explain."},
	{KindApology, "sorry i bailed on ur party last minute, that was a rubbish thing to do. lunch on me next week?"},
	{KindApology, "I'm sorry I didn't tell you I'd lost my job. I was ashamed, but you deserved to know, and hiding it made things worse for both of us. I'll tell you straight from now on."},
	{KindApology, "Sorry I was short with you on the phone, that wasn't fair. Are you free for a proper chat tonight? I'd like to hear how the interview went."},
	{KindReachOut, "Hey Mo. I'd love to catch up when you're free, even for like twenty minutes. Coffee on me. No worries at all if you're busy."},
	{KindReachOut, "Hi Aunt Rose. I've been thinking about you a lot since the summer. Would you like to come for tea one Sunday? Only if you feel up to it."},
	{KindReachOut, "Hi Sam, it's been ages. I'm sorry I went quiet after the move; that's on me. Fancy a walk along the canal sometime?"},
	{KindReachOut, "Hi Priya. I'm sorry it's taken me so long to write. I'd like to move past how we left things, but only if you want to as well. Lunch one day?"},
}

func TestFamiliesInnocent(t *testing.T) {
	for _, d := range innocentDrafts {
		r := Check(d.text, d.kind)
		for _, f := range r.Findings {
			if f.Severity != SevLow {
				t.Errorf("%s %q on a clean draft:\n%s", f.Category, f.Quote, d.text)
			}
		}
	}
}
