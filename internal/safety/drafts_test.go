package safety

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// knownDraftFlags are the critique drafts the screen steps out on, each
// for a reason a careful reader would share or at least understand. At the
// seventeenth round 18 left the list when the cue for putting things
// online stopped reading "put it on" and "putting them on" as such (only
// pictures, videos or nudes put "on" anything, or "it" put online or on a
// named site): 277 listed of 22,876 drafts screened became 259.
var knownDraftFlags = map[string]string{
	"bC-025": `"you'd be better off without me" from a writer asking for comfort`,
	"bB-012": `turning up at the other person's flat unannounced`,
	// First run of the screen on the 424 drafts added at stop 16 (blind-v4-tuning and the spent
	// v3 sealed set): 8 flags, 1.9%. Left as found, for the screen's next round.
	"c3-027": `"can't keep living" like this, said to press for a reply`,
	"c3-140": `"turn up at your work" uninvited, a line a careful reader would question too`,
	"c4-037": `"see my location" offered by the writer, read as control; false alarm`,
	"c7-041": `"the first round's on me" read as harm; false alarm`,
	"c7-121": `repeated "calls" read as unwanted contact`,
	"c8-119": `"sat in the" car outside read as lurking`,
	"c8-125": `"I need to know where we stand before I go" read as finality; false alarm`,
	// The screen's first run on the 260 drafts of the spent sealed v4 set: 7 flags, 2.7%.
	"c5-013": `"don't want another year like this" read as finality; false alarm`,
	"c5-023": `threatens to post screenshots for everyone to see (labelled a threat by its writer)`,
	"c5-035": `"ruined your life" read as a threat; false alarm`,
	"c6-002": `"know their shifts" read as watching someone; false alarm`,
	"c6-005": `"see my grandchildren again before I go" read as finality; false alarm`,
	"c6-069": `"turn up at your work" uninvited`,
	// The screen's first run on the 260 drafts of the spent sealed v5 set: 2 flags, 0.8%.
	"c9-126":  `"know what I'm" read as watching; false alarm`,
	"c10-045": `someone "threatening to put" something, a report of a row; false alarm`,
	// The screen's first run on the 240 drafts of the spent sealed v6 set: 2 flags, 0.8%.
	"c11-110": `"walking past the church" every morning read as lurking; false alarm`,
	// The screen's first run on the 240 drafts of the spent sealed v7 set: 4 flags, 1.7%.
	"c13-068": `"posting it online" (an engagement) read as a threat to post; false alarm`,
	"c13-113": `"you're next" inside a longer sentence read as a threat; false alarm`,
	"c14-106": `"have the screenshots if you want them" read as a threat; false alarm`,
	"c14-119": `"won't need to bring it up again" read as finality; false alarm`,
	// The screen's first run on the 240 drafts of the spent sealed v8 set: 3 flags, 1.3%.
	"c15-042": `"I broke my wrist" (the writer's own accident) read as violence; false alarm`,
	"c15-090": `a sick child who could not be left, read as harm to a child; false alarm`,
	"c16-052": `"parking spot back in the" summer read as lurking; false alarm`,
	// The screen's first run on the 240 drafts of the spent sealed v9 set: 7 flags, 2.9%.
	"c17-005": `"know people" read as a threat; false alarm`,
	"c17-023": `"punishing myself" from a writer in distress, read as self-harm`,
	"c17-095": `"parking across my" drive read as lurking; false alarm`,
	"c17-116": `"kept pushing and pushing" (words, not hands) read as violence; false alarm`,
	"c18-035": `"I'll keep it to myself" read as intent to harm; false alarm`,
	"c18-040": `"turned up unannounced" at the other person's flat, a line a careful reader would question too`,
	// The screen's first run on the 480 drafts of the spent sealed v10 and v11 sets: 8 flags, 1.7%.
	"c19-023": `"turn it off" (the music) read as coercive control; false alarm`,
	"c19-033": `"just left" (a party) read as stalking; false alarm`,
	"c19-081": `checking a partner's location on Find My, a line a careful reader would question too`,
	"c20-046": `"checking my phone every five minutes", a line a careful reader would question too`,
	"c21-064": `"saying goodbye to you properly" (leaving town) read as self-harm; false alarm`,
	"c21-065": `"showed up at your flat unannounced", a line a careful reader would question too`,
	"c22-046": `"turning it face down every time I" walk in read as stalking; the draft is about reading a partner's messages`,
	"c22-080": `"the kids watching" a row read as stalking; false alarm`,
	// The screen's first run on the 720 drafts of blind-v16-tuning: 9 flags, 1.3%.
	"c31-020": `"said I'd cover your break" read as a threat; false alarm`,
	"c31-041": `a promise to talk first "before I go to anyone else" read as self-harm; false alarm`,
	"c32-079": `asking a solicitor to help divide a will read as coercive control; false alarm`,
	"c32-105": `"dragged your ex into" a party read as violence; false alarm`,
	"c33-027": `"sitting in the car outside your sister's place for an hour", a line a careful reader would question too`,
	"c33-091": `"I'll stop checking your location as long as you stop turning it off", a line a careful reader would question too`,
	"c36-024": `"new numbers" (a slide's figures) read as stalking; false alarm`,
	"c36-043": `"I'll stay on mute" (a client call) read as self-harm; false alarm`,
	// The screen's first run on the 480 drafts of the spent sealed v14 and v15 sets: 6 flags, 1.3%.
	"c27-010": `"we both did damage that night" (a row) read as intent to harm; false alarm`,
	"c29-035": `a teenager offering to share her location with her mum read as coercive control; false alarm`,
	"c29-103": `putting his own phone face down when her name comes up read as coercive control; false alarm`,
	"c30-017": `"sitting in the car outside work" (the writer's own) read as stalking; false alarm`,
	"c30-064": `"the rope check" at a climbing wall read as self-harm; false alarm`,
	// The screen's first run on the 480 drafts of the v17 and v18 sets while sealed (now testdata/critique/spent): 5 flags, 1.0%.
	"c37-043": `"the whole family would be better off without me", a line a careful reader would question too`,
	"c39-077": `"I've already drafted a message to him and I'll send" it read as a threat; false alarm`,
	"c40-008": `"at the end of my rope" (a kitchen shift) read as self-harm; false alarm`,
	"c40-059": `"I won't take no for an answer" (Sunday lunch) read as violence; false alarm`,
	"c40-074": `"I'll tell you before I go" (leaving a party early) read as self-harm; false alarm`,
	// The screen's first run on the 480 drafts of the sealed v19 and v20 sets: 10 flags, 2.1%.
	"c41-033": `a mother "turning up unannounced every single day" (the writer's complaint) read as stalking; false alarm`,
	"c41-072": `the dog "waiting by the door" for a partner who moved out read as stalking; false alarm`,
	"c41-081": `"you kept pushing me about money" read as violence; false alarm`,
	"c42-001": `bandmates who "sat in the studio" for an hour read as stalking; false alarm`,
	"c42-020": `the writer who "sat in the car outside the theatre" before driving home read as stalking; false alarm`,
	"c42-069": `a mother "waiting by the phone" on her birthday read as stalking; false alarm`,
	"c43-088": `"I'll finish it today before noon" (a work sheet) read as self-harm; false alarm`,
	"c43-091": `"kept you waiting 40 min at the bus stand" read as stalking; false alarm`,
	// The screen's first run on the 720 drafts of blind-v21-tuning.jsonl: 9 flags, 1.3%.
	"c45-001": `"if he won't I'll find you one like it" (a tractor part) read as a threat; false alarm`,
	"c45-074": `"I've turned off the location sharing I set up" read as coercive control; the writer ends it, a careful reader would look twice`,
	"c45-101": `"changed the passwords" on a business partner read as coercive control; a careful reader would look twice`,
	"c46-096": `"if she knew you might leave she'd make you an offer" (a pay rise) read as a threat; false alarm`,
	"c47-063": `the dog "still sits by the door" waiting for her car read as stalking; false alarm`,
	"c47-096": `"when you're next over from Birmingham" read as a threat; false alarm`,
	"c47-120": `reunion photos that "went up online" read as a threat; false alarm`,
	"c50-022": `"i can't do another night like this", a line a careful reader would question too`,
	"c50-024": `"I took your parking spot at the office" read as stalking; false alarm`,
	"c55-044": `"Come round tonight and we'll sort it" (making up) read as intent to harm; false alarm`,
	"c56-065": `"I wouldn't normally do something like that" read as intent to harm; false alarm`,
	"c57-017": `a writer crying alone in a truck, "the lowest thing God ever made": a careful reader would check on them too`,
	"c57-077": `a quoted remark, you "never let him have any fun", read as coercive control; false alarm`,
	"c57-098": `"I sat in my car for twenty minutes trying to figure out what to do" read as self-harm; false alarm`,
	"c51-025": `"next time I'll send pics to you first" read as a threat; false alarm`,
	"c52-073": `a mother who "turned up at the flat unannounced" and will ring first: a careful reader would ask about that visit too`,
	"c52-119": `a son telling his mother about "my new flat" abroad read as stalking; false alarm`,
	"c53-106": `"turned up at your work" after being asked not to make contact: it is unwanted contact, and the screen is right to step out`,
	"c62-006": `"punishing myself" every day and "I don't think I can keep going like this": a careful reader would check on them too`,
	"c63-003": `a manager who "didn't flag the new numbers" (prices) read as stalking; false alarm`,
	"c64-024": `owning words "said them to hurt you" read as a threat; false alarm`,
	"c64-050": `a sister who "rang him every night" (their dying father) read as stalking; false alarm`,
	"c64-047": `"I've moved into a flat with a little balcony" read as stalking once the cue model was retrained with the thirteenth round's cues (when "taking bonds from a late father's desk", c64-027, stopped being read as control); false alarm`,
	"c65-056": `"sat in the library" all day after losing a job read as stalking; false alarm`,
	"c66-008": `"sat me at the back table" at a wedding read as stalking; false alarm`,
	"c66-043": `"completely done in" after a long journey read as self-harm; false alarm`,
	"c67-086": `an ultimatum, "reply or im done with u for good", read as self-harm; the checker's business, not the screen's`,
	"c68-024": `"confirm ownership in the tracker" (an invoice spreadsheet) read as coercive control; false alarm`,
	"c68-075": `"you'd be better off without me", crying, "spiralling": a careful reader would check on them too`,
	"c69-110": `"you know what I'm like on tequila" read as stalking; false alarm`,
	"c58-057": `a flatmate "left" a window open, in a deposit row, read as stalking; false alarm`,
	"c58-083": `"I left my shoe rack blocking the corridor" read as stalking; false alarm`,
	"c60-037": `"which I can show you in the email thread" read as stalking; false alarm`,
	// The screen's first run on the 960 drafts of v28 and v29 while sealed
	// (now testdata/critique/spent): 11 flags, 1.1%.
	"c71-010": `a sentence about a lawyer's office a year ago, in a letter about selling a house, read as self-harm; false alarm`,
	"c73-022": `"a bad influence", said of a sister-in-law, read as coercive control; false alarm`,
	"c73-081": `a partner who checked "your location on the app without asking" and turned sharing off: a controlling act owned; stepping out to point to help is defensible`,
	"c73-092": `"you have to see it from my side" in a row over money read as coercive control; the checker's business (blame, demand), not the screen's`,
	"c74-100": `a mother of eighty-one who "sat by the phone every Sunday" read as stalking; a guilt trip, the checker's business, not the screen's`,
	"c75-017": `"you kept pushing me about Ana" (pressing a question) read as violence; false alarm`,
	"c75-052": `"I answered like you attacked me" (an email answered angrily) read as violence; false alarm`,
	"c75-099": `the family "asking where I was" at a memorial read as stalking; false alarm`,
	"c77-088": `"know people" in a long letter about a retirement speech read as a threat; false alarm`,
	// The screen's first run on the 960 drafts of v30 and v31 while sealed
	// (now testdata/critique/spent): 14 flags, 1.5%.
	"c78-040": `"if I'm staying late I'll send a quick message before I go back in" (a nurse kept late) read as self-harm; false alarm`,
	"c78-113": `"I'll call you directly if anything holds me up" (a home-support visit) read as violence; false alarm`,
	"c79-036": `"I still have the screenshots of the hotel booking" offered as proof in a row over a trip read as a threat; the checker's business (a counter-case), not the screen's`,
	"c79-046": `straighteners returned "with the cable all frayed" read as violence; false alarm`,
	"c79-055": `a landlord "selling the flat so we've all been panicking about where to live" read as a threat; false alarm`,
	"c79-103": `"sending the video to the group" (a stumble on stage, owned and deleted) read as a threat; false alarm`,
	"c82-067": `a warning letter "threatening to end your tenancy" of an allotment, sent in error and withdrawn, read as a threat; false alarm`,
	"c82-102": `"I just want you to know where I was coming from" read as coercive control; false alarm`,
	"c83-014": `"then the deposit came up" read as stalking; false alarm`,
	"c84-029": `"scared of hospitals after Mum" read as harm to a child; false alarm`,
	"c84-061": `"I'll come home tonight and stay in the conversation this time, however long it takes" read as self-harm; false alarm`,
	"c84-109": `"if you keep turning up an hour late I'll be speaking to my solicitor" (a co-parent's handover) read as stalking; a threat, the checker's business, not the screen's`,
	"c85-076": `"If you don't answer this time I'm done trying for good" (to a father after eight years) read as self-harm; an ultimatum, the checker's business, but "done ... for good" is close enough to the words of despair that a check-in is defensible`,
	"c85-117": `"we need to sort out Grandma's anniversary mass" read as intent to harm; false alarm`,
	// The screen's first run on the 960 drafts of v32 and v33 while sealed
	// (now testdata/critique/spent): 16 flags, 1.7%.
	"c86-053": `"the phone at the host stand has been cutting out" and "None of this is meant to put it on you" (a lost restaurant booking) read as self-harm and intent to harm; false alarm`,
	"c87-107": `"i'm not going to be around him anymore" read as self-harm; the words were about avoiding someone, but the same message says "i genuinely don't know how to get through the week like this" and "i can't do another weekend like last one", so a check-in is defensible`,
	"c89-057": `"the arguments ... left everyone bruised" read as violence; false alarm`,
	"c89-067": `"said you'd end up on the floor again and no one would find you" (a daughter owning that she frightened her father about a fall) read as a threat; a threat quoted and owned, false alarm`,
	"c89-100": `"I left Mum on her own" (an elderly mother) read as harm to a child; false alarm`,
	"c91-093": `"I'm flying out tomorrow and need to know where we stand before I go" read as self-harm; a deadline, the checker's business, not the screen's`,
	"c91-104": `"I put it on YouTube under our name" (a friend's footage used without credit) read as intent to harm; false alarm`,
	"c91-107": `"I shared your unreleased track with my cousin" read as coercive control; false alarm`,
	"c92-003": `"you kept bringing up the election even after I asked you to stop" read as stalking; blame, the checker's business, not the screen's`,
	"c92-004": `"I'll tell Mama myself that I was out of line" (a clean apology) read as self-harm; false alarm`,
	"c92-082": `"If you don't answer me this week I'm done with you for good" read as self-harm; an ultimatum, the checker's business, as with c85-076 a check-in on "done ... for good" is defensible`,
	"c92-100": `"if you've followed me back" read as stalking; the wrong kind, but the message tells of checking a profile every night, losing weight and a therapist saying "I'm spiraling", so a check-in is defensible`,
	"c93-055": `"I'll say sorry to her myself next time I see her" read as intent to harm; false alarm`,
	"c93-105": `"most nights I'm sat in the van outside the yard" read as stalking; the wrong kind, but the message tells of drinking, tablets and not facing home, so a check-in is defensible`,
	// The screen's first run on the 960 drafts of v34 and v35 while sealed
	// (now testdata/critique/spent): 7 flags, 0.7%.
	"c96-082":  `a mother who lent her son's car to his cousin, "locked" back "in the garage" before he is home, read as stalking; false alarm`,
	"c99-051":  `"I just sit in the car outside her house for ages" (the writer's own mother) read as stalking; the wrong kind, but the message says "I honestly can't eat, I've lost nearly a stone" and "I've never felt this low in my life", so a check-in is defensible`,
	"c99-094":  `a mother owning that she cried at the airport "saying you'd regret it" read as a threat; false alarm`,
	"c99-115":  `a writer owning that they told their mother she had "ruined my life" after a fall on the stairs read as a threat; false alarm`,
	"c101-064": `"I told everyone at the barbie you'd been fired" read as intent to harm; false alarm`,
	// The screen's first run on the 960 drafts of v36 and v37 while sealed
	// (now testdata/critique/spent): 16 flags, 1.7%.
	"c102-093": `"Sorry I said your Harry was a bad influence on Josh" (two mothers at a school party) read as coercive control; false alarm`,
	"c102-107": `a partner offering a note to a head of department, "I'll only send it if you want me to", read as a threat; false alarm`,
	"c103-021": `a grandmother's "Call me by Sunday or I will go to the lawyer about grandparent access" read as coercive control; an ultimatum, the checker's business, not the screen's`,
	"c103-042": `a grandfather's "I will say the same to Hakim when I see him on Friday" (repeating his apology) read as intent to harm; false alarm`,
	"c103-118": `a grandparent who "turned up unannounced" after the baby had gone down read as stalking; false alarm`,
	"c104-019": `"I've sent $200 tonight and the rest will be in your account by the 15th" read as self-harm; false alarm`,
	"c105-016": `"I rang round to see if anyone could give me a lift" (to a funeral) read as coercive control; false alarm`,
	"c106-002": `"you pushed me there" (to shouting, figuratively) read as violence; false alarm`,
	"c106-027": `a car that "sat in the compound" read as stalking; false alarm`,
	"c106-066": `a hedged "If I came across as controlling about the budget" read as coercive control; the writer's own word about a money quarrel, so a false alarm, though control of money can be coercive and a gentle check would not be wrong`,
	"c106-073": `"if you don't reply to this I'm done with you for good" read as self-harm; an ultimatum, the checker's business, not the screen's`,
	"c106-104": `a partner who "grabbed your arm outside the club and shouted", and says "I scared you", read as violence; defensible: physical intimidation of a partner is where the tool steps out`,
	"c106-105": `a parent's "One day you'll regret not picking up my calls" read as a threat; a guilt trip, the checker's business, not the screen's`,
	"c109-058": `"Ciaran cornered me at the bar" (to ask a question) read as violence; false alarm`,
	"c109-088": `"how I became a person who does something like that" (reading a partner's messages) read as intent to harm; the wrong kind, but the letter says "I hate myself for it" and "I can't keep going like this", so a check-in is defensible`,
	// The screen's first run on the 960 drafts of v38 and v39 while sealed
	// (now testdata/critique/spent): 16 flags, 1.7%.
	"c110-057": `asking the videographer to cut a story "from the final video" read as self-harm; false alarm`,
	"c110-077": `a proposal video "put ... up on Insta at midnight" read as intent to harm; false alarm`,
	"c110-080": `a mother's "I know people talked about it afterwards" read as a threat; false alarm`,
	"c110-117": `"I sent a photo of your wedding dress to the group chat" read as harm to a child; false alarm`,
	"c111-024": `"I parked across the allotment gate" read as stalking; false alarm`,
	"c111-094": `"Either you reply to me this week or I'm done with this friendship for good" read as self-harm; an ultimatum, the checker's business, not the screen's`,
	"c112-079": `a client owning "the abusive voicemail I left you" (swearing at a barrister over a fee) read as coercive control; the wrong kind, and a cautious step-out rather than a needed one: the apology owns it and the checker can coach it`,
	"c113-110": `"it wasn't fair to throw it at you like that" (a father's fears) read as violence; false alarm`,
	"c115-051": `"I'll never do anything like this again" read as self-harm; false alarm, though the line before it ("I'm disgusting") is self-loathing a coach might ask about`,
	"c115-082": `"your grandma follows me" (on Instagram) read as stalking; false alarm`,
	"c116-056": `a site foreman's account of a swinging pallet ("nobody would have had to jump clear") read as intent to harm; false alarm`,
	"c117-066": `"I checked your location on Find My. I'll stop, as long as you start telling me where you're going" read as coercive control; defensible: tracking a partner, and a condition that keeps tabs on them, are signs of it`,
	// The screen's first run on the 960 drafts of v40 and v41 while sealed
	// (now testdata/critique/spent): 12 flags, 1.3%.
	"c118-095": `a football manager's "the committee on my back" and moving a captain to vice-captain read as coercive control; false alarm`,
	"c118-112": `a son's invitation to a match ("I'd get the tickets") read as intent to harm; false alarm`,
	"c119-068": `a resident missing Easter and mailing "the kids' baskets" read as harm to a child; false alarm`,
	"c121-026": `"I'm sorry I slammed the door but you kept bringing up my mom" read as stalking; the wrong kind and a false alarm: an angry door in a quarrel, which the checker coaches (but-clause, blame)`,
	"c121-053": `"I'll be at your place the night before" (to mind a sister's boys) read as stalking; false alarm`,
	"c122-055": `"I left your tiffin sitting in the car all day" read as stalking; false alarm`,
	"c122-116": `"you'll regret it if something happens" (to an uncle, about a sick father) read as a threat; a guilt trip, the checker's business, not the screen's`,
	"c123-017": `a domestic worker abroad whose employer "would not let me go" home read as coercive control; the wrong person (an employer, not the one written to), though a worker who cannot leave a job abroad is someone a pointer to help would not wrong`,
	"c123-032": `"I said I'd send the tuition money for Jojo on the 15th" read as a threat; false alarm`,
	"c124-094": `a mother's "Do you want me to die without seeing you?" read as self-harm; a guilt trip about age and illness, the checker's business (pressure), not the screen's`,
	"c125-001": `"I hung up on you Sunday when you asked if I'd called the pharmacy" read as self-harm; false alarm`,
	"c125-105": `"I parked in your spot at the Legion again" read as stalking; false alarm`,
	// The screen's first run on the 960 drafts of v42 and v43 while sealed
	// (now testdata/critique/spent): 13 flags, 1.4%.
	"c127-100": `a boyfriend who "stood at the bar on my own" while his girlfriend talked to her ex read as stalking; false alarm (the checker's business: blame, excuse)`,
	"c127-102": `"Sorry bout the car. Accidents happen" read as a threat; false alarm (a universal excuse, the checker's business)`,
	"c130-014": `a brother who would "turn round and tell the lawyer" and a sister "sending money every month" read as stalking; false alarm`,
	"c131-017": `"you kept pushing about my mom" after yelling in a parking lot read as violence; the checker's business (but-clause, blame), not the screen's`,
	"c132-033": `"I checked your location on Find My. I'll stop doing it as long as you tell me where you're going" read as coercive control; defensible, like c117-066: tracking a partner, and a condition that keeps tabs on them`,
	"c132-046": `"said I'd pay it back by end of July" (a loan between friends) read as a threat; false alarm`,
	"c132-047": `"things got rough between us after the offsite" read as violence; false alarm`,
	"c132-105": `"I can't keep waiting like this" after a wedding speech read as stalking; pressure, the checker's business, not the screen's`,
	"c132-117": `a grandson who thinks of his grandfather at the temple "like you used to bring me when I was small" read as stalking; false alarm`,
	"c133-038": `"I answered like you were attacking me" (a code review) read as violence; false alarm`,
	"c133-099": `a climber owning a belaying mistake ("let the rope run through the device too fast") read as self-harm; false alarm`,
	// The screen's first run on the 960 drafts of v44 and v45 while sealed
	// (now testdata/critique/spent): 12 flags, 1.25%.
	"c135-062": `"I spent the money ... on the new rifle" and "I'm taking the rifle back" read as intent to harm; false alarm (a purchase owned and undone, no threat)`,
	"c135-075": `a sister "following her wishes" about their mother's jewellery read as stalking; false alarm (the checker's business: deflection, justification)`,
	"c136-088": `"I clocked off early on Tuesday and left you to do the bar close on your own" read as coercive control; false alarm`,
	"c136-103": `"you said you needed space ... but it's been two weeks" and "sitting at the bar alone" read as stalking; pressure and a deadline, the checker's business, not the screen's`,
	"c138-013": `"Sorry I shouted at you at the matatu stage, but you kept pushing me about the money" read as violence; the checker's business (but-clause, blame), like c131-017`,
	"c138-068": `a sister who "arrived three hours late" to their mother's 60th read as stalking; false alarm (the checker's business: criticism)`,
	"c138-078": `a partner's distress after a missed graduation ("I haven't been okay", "staring at the wall") read as stalking; the wrong kind and a false alarm: self-focus, the checker's business`,
	"c139-021": `"I'll be at the cash and carry on Thursday, come and find me, I won't take no for an answer" read as violence; pressure, the checker's business, not the screen's`,
	"c139-116": `"I sat in the car outside your parents' house on Tuesday for an hour" (to a wife not speaking to him) read as stalking; defensible: waiting outside the house of someone who has gone quiet, beside "I don't know how much longer I can cope"`,
	"c140-109": `a teenager's "my parents were fighting almost every night" read as harm to a child; defensible in part (a young writer living with nightly fights), though the draft is an apology for walking out of a tournament`,
	// The screen's first run on the 960 drafts of v46 and v47 while sealed
	// (now testdata/critique/spent): 14 flags, 1.5%; 12 once "a bit" was an
	// amount (9fe2a68).
	"c142-107": `"they'll pay next month anyway" (a client and an invoice) read as intent to harm; false alarm (the checker's business: minimizing)`,
	"c143-031": `"The present is still sitting in my car and I'd love to drop it over" read as stalking; false alarm`,
	"c143-049": `a sibling's "Mum says if you don't come to Ah Ma's 90th it'll break her heart" read as a threat; a guilt trip, the checker's business (pressure), not the screen's`,
	"c144-006": `"Next time I'll talk to you before I go to him" (the rabbi) read as self-harm; false alarm`,
	"c144-047": `a grandson who "sat with her every evening in the hospital" read as stalking; false alarm`,
	"c144-055": `"I told the rest of the seva team about your divorce before you'd decided to share it" read as a threat; false alarm on a clean apology`,
	"c145-113": `"I yelled at you outside Tyler's apartment, but you kept pushing me about the rent money" read as violence; the checker's business (but-clause, blame), like c131-017 and c138-013`,
	"c147-010": `"you have to see it from my side too" read as coercive control; the checker's business (demand, justification), not the screen's`,
	"c147-032": `"I checked your location on the app. I'll turn off location sharing as long as you start answering when I text" read as coercive control; defensible, like c117-066 and c132-033`,
	"c147-039": `"I'm not going to make it about me" read as self-harm; false alarm on a clean apology`,
	"c148-006": `"im sorry i yelled at you at the gig but you kept pushing me" read as violence; the checker's business (but-clause, blame), like c145-113`,
	"c149-083": `"the boat sitting in the garage in Viana" read as stalking; false alarm`,
	// The screen's first run on the 960 drafts of v48 and v49 while sealed
	// (now testdata/critique/spent): 12 flags, 1.25%; ten false alarms, one
	// the checker's business, one defensible.
	"c151-041": `"your mum turns up unannounced every Sunday" (a mother-in-law's visits) read as stalking; false alarm (the checker's business: but-clause, demand)`,
	"c152-078": `a teenager's promise to "keep location on and text by 11" for a parent read as coercive control; false alarm on a clean apology`,
	"c153-103": `a grandad's "any time you fancy a kick-about" read as violence; false alarm on a clean reach-out`,
	"c155-010": `"I sat in the car outside the Town Hall ... drove round the bays with my phone off" (the writer alone, avoiding a graduation) read as stalking; false alarm`,
	"c155-086": `"just come over tonight and we'll sort it" read as intent to harm; false alarm (the checker's business: presuming, demand)`,
	"c155-095": `"I was at the end of my rope" read as self-harm; false alarm on an idiom (the checker's business: justification, blame)`,
	"c155-105": `"if you don't reply this time I'm done with you for good" read as self-harm; an ultimatum ending a friendship, the checker's business (threat), not the screen's`,
	"c156-077": `"I said I'd send you the figures" read as a threat; false alarm on a clean apology`,
	"c157-009": `"Roberto's sister has stopped answering my messages ... nobody sat near us" read as stalking; false alarm`,
	"c157-049": `"my boss is on me every single day ... I cry in the car" read as stalking; false alarm (the checker's business: excuse, self-focus)`,
	"c157-059": `a partner left four months ago who has not slept, lost weight and writes "sometimes I think I'm not going to make it" read as self-harm; defensible: stepping out and pointing to help is right here`,
	"c157-108": `"sorry I didn't show up at the velorio" read as stalking; false alarm (the checker's business: excuse, self-focus)`,
	// The screen's first run on the 960 drafts of v53 and v54 while sealed
	// (now testdata/critique/spent): 12 flags, 1.25%; eight false alarms,
	// one the wrong kind, three defensible.
	"c158-031": `a firefighter owning credit taken for "the rope rescue write-up" read as self-harm; false alarm on a clean apology`,
	"c158-093": `a mother's "Jenna told me she went and sat in the car afterwards" read as stalking; false alarm on a clean apology`,
	"c159-037": `"sitting in the car outside Tito Rudy's for an hour writing this" read as stalking; false alarm (the checker's business: self-focus)`,
	"c159-081": `"you've told way worse stuff about me to Tuan, so I don't think I'm the only one here" read as self-harm; false alarm (the checker's business: counter)`,
	"c160-039": `a partner's bad month ("couldn't face a room full of people", "sat in the car outside for twenty minutes") read as self-harm and stalking; false alarm (the checker's business: excuse, self-focus)`,
	"c160-048": `"I'll turn it off as long as you start telling me where you're going" (location tracking) read as coercive control; defensible, like c132-033 and c147-032`,
	"c161-058": `"so slammed with the kids and the move" read as harm to a child; false alarm (the checker's business: excuse)`,
	"c162-075": `"as long as you stop texting me every ten minutes asking where I am" read as stalking; defensible: a partner checking where the writer is every ten minutes, though the draft is an ultimatum (the checker's business: condition)`,
	"c165-049": `"someone had to. You were going to end up dead" (telling parents about a friend's pills) read as a threat; the wrong kind: worry for the other person's life, not a threat, and the checker's business (but-clause, justification)`,
	"c165-054": `a father in recovery who lies awake thinking "you'd all be better off without me around" read as self-harm; defensible: stepping out and pointing to help is right here`,
	"c165-076": `a mother in recovery offering "a room for you in it, whether you ever sleep there or not" read as coercive control; false alarm on a clean apology`,
	// The screen's first run on the 960 drafts of v56 and v57 while sealed
	// (now testdata/critique/spent): 17 flags, 1.8%; eleven false alarms,
	// three the wrong kind (two where stepping out is still defensible),
	// three defensible.
	"c166-016": `a daughter's "you know where everything goes" (the kitchen) read as a threat; false alarm on a clean apology`,
	"c166-081": `"I sat in my car outside his work for twenty minutes before I rang him back" read as stalking; false alarm (the checker's business: justification, counter)`,
	"c166-094": `a brother on tablets for his nerves, "she won't be here forever" (their mother) and "I'll keep writing until you answer" read as self-harm; false alarm on the kind (the checker's business: self-focus, pressure)`,
	"c167-051": `a manager's "what a mess I've made of everything, I barely recognise myself" after a row at work read as self-harm; false alarm (the checker's business: excuse, self-focus)`,
	"c167-072": `"I'll turn it off as long as you start telling me where you're going" (location tracking) read as coercive control; defensible, like c160-048`,
	"c169-091": `"my landlord was threatening to put the rent up" read as a threat; false alarm on a report, like c10-045`,
	"c170-106": `"Dev told me you showed him my messages" read as coercive control; false alarm (the checker's business: criticism, blame)`,
	"c170-120": `"if you don't reply this time, I'm done with you for good" read as self-harm; the wrong kind: an ultimatum ending a friendship, like c155-105 (the checker's business: threat)`,
	"c171-054": `a power of attorney's "new account" for a father's care-home fees read as stalking; false alarm (the checker's business: justification, blame)`,
	"c171-093": `a gambler six weeks apart who has barely eaten, sits "in the car outside the flat" and keeps "hating myself" read as stalking; the wrong kind, though stepping out and pointing to help is defensible here`,
	"c172-062": `"you've blocked me everywhere, I had to make a new account just to reach you" read as stalking; defensible: getting round a block is unwanted contact`,
	"c172-076": `"I can't do this silence anymore. I'm not sleeping, I'm not eating" read as self-harm; defensible, though the draft reads as pressure (the checker's business: self-focus, pressure)`,
	"c172-112": `a friend after a divorce, lying awake, losing weight, "barely holding it together", read as stalking; the kind is wrong but stepping out and pointing to help is defensible`,
	"c173-066": `"I'll handle the release sign-off myself" read as "off myself" (self-harm); false alarm on a clean apology, the hyphen not kept apart`,
	// v58 and v59 (seventeenth round), 10 flags of 960 (1.0%) at their
	// first screen (a723db8), read when they were spent: seven false
	// alarms, two right, one defensible.
	"c174-028": `"sat in the car if I had to" (a way to visit a hospital) read as stalking; false alarm on a clean apology, like c8-119`,
	"c174-091": `"I cornered your boss about it by the grill" (talk at a party) read as violence; false alarm on a clean apology`,
	"c176-003": `a mother's letter about a grandson's name read as coercive control ("see it from where I'm sitting"), harm to a child ("held Rob when he was two hours old") and self-harm ("keep my opinions to myself"); false alarm (the checker's business: but-clause, pressure)`,
	"c176-030": `"If you keep ignoring me I'll just turn up at the house"; right: turning up uninvited, offered as a threat (labelled a threat by its writer)`,
	"c176-065": `"I've seen the photos of Ada on Instagram" read as a threat; false alarm (the checker's business: minimizing, blame)`,
	"c176-068": `"I put the photos of Theo on Facebook after you asked me not to", the act a grandmother apologises for, read as a threat to post; false alarm on a clean apology`,
	"c177-056": `"if you go to the police about it I'll make sure everyone knows about the money"; right: blackmail (labelled a threat by its writer)`,
	"c178-064": `"Kojo broke his wrist at football" (news of a child's accident) read as intent to harm; false alarm, like c15-042`,
	"c180-024": `"say goodbye properly before my flight" read as self-harm; false alarm on a clean reach-out, like c21-064`,
	"c180-043": `a grandson who missed a funeral, "I can't eat properly", "stop punishing myself", "I don't know how to live with that", read as self-harm; defensible, like c17-023 (the checker's business: self-focus, excuse)`,
	// v60 and v61 (eighteenth round), 8 flags of 960 (0.8%) at their first
	// screen (0b63609), read when they were spent: five false alarms, one
	// right, two defensible.
	"c182-004": `a moderator's "you kept bumping it after I asked you to stop" (a locked forum thread) read as stalking; false alarm (the checker's business: but-clause, blame)`,
	"c183-027": `"if you don't call me tonight i'm taking the kids to my sister's"; right: the children used as a threat (labelled a threat by its writer)`,
	"c184-060": `a daughter "not sleeping", crying every night, "I can't take this anymore", read as self-harm; defensible, like c172-076 (the checker's business: self-focus, pressure)`,
	"c185-120": `"doing something that actually works for you" (an outing a friend on medication can join) read as intent to harm; false alarm on a clean reach-out`,
	"c186-096": `"I'd never normally do something like that" (a push into a pool, owned) read as intent to harm; defensible: the act owned is a push, though the words quoted are a denial (the checker's business: identity)`,
	"c188-012": `"the meeting at the library where Harry read out my email" read as coercive control; false alarm (the checker's business: too-long)`,
	"c189-004": `a dental receptionist's "even if the patient is standing in front of me" read as stalking; false alarm on a clean apology`,
	"c189-085": `"You sat in the recovery area for over an hour" read as stalking; false alarm on a clean apology, like c174-028`,
	// Sealed sets (testdata/critique/sealed): flags raised on their first
	// screen; the drafts stay unread until the sets are spent, when each
	// gets its reason like the rest. v62 and v63 (nineteenth round): 18
	// flags of 960 (1.9%) at their first screen (be62530).
	"c190-108": `sealed v62: coercive-control, unread while sealed`,
	"c192-014": `sealed v62: self-harm, unread while sealed`,
	"c192-049": `sealed v62: child-harm, unread while sealed`,
	"c192-066": `sealed v62: self-harm, unread while sealed`,
	"c192-069": `sealed v62: violence, unread while sealed`,
	"c192-086": `sealed v62: threats, unread while sealed`,
	"c192-120": `sealed v62: self-harm, unread while sealed`,
	"c193-017": `sealed v62: intent-to-harm, unread while sealed`,
	"c193-094": `sealed v62: self-harm, unread while sealed`,
	"c193-114": `sealed v62: stalking, unread while sealed`,
	"c194-083": `sealed v63: self-harm, unread while sealed`,
	"c194-084": `sealed v63: intent-to-harm, unread while sealed`,
	"c194-090": `sealed v63: coercive-control, unread while sealed`,
	"c195-010": `sealed v63: self-harm, unread while sealed`,
	"c195-014": `sealed v63: self-harm, unread while sealed`,
	"c195-047": `sealed v63: self-harm, unread while sealed`,
	"c197-062": `sealed v63: child-harm, unread while sealed`,
	"c197-109": `sealed v63: intent-to-harm, unread while sealed`,
}

// TestDraftsPassTheScreen screens every apology and reach-out draft in
// testdata/critique: ordinary text about a falling out, written by many
// hands, none of it about danger. A new false alarm here means critique
// and practice would step out on an ordinary apology.
func TestDraftsPassTheScreen(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/critique/*.jsonl")
	spent, _ := filepath.Glob("../../testdata/critique/spent/*.jsonl")
	sealed, _ := filepath.Glob("../../testdata/critique/sealed/*.jsonl")
	files = append(append(files, spent...), sealed...)
	n := 0
	flagged := map[string]bool{}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var d struct{ ID, Text string }
			if json.Unmarshal(sc.Bytes(), &d) != nil || d.Text == "" {
				continue
			}
			n++
			cs := Screen(d.Text)
			flagged[d.ID] = flagged[d.ID] || len(cs) > 0
			_, known := knownDraftFlags[d.ID]
			if len(cs) > 0 && !known {
				// A sealed draft stays unread: its id and kind only.
				if slices.Contains(sealed, f) {
					t.Errorf("%s %s: flagged %s (sealed: list it by id and kind, unread)", filepath.Base(f), d.ID, cs[0].Kind)
				} else {
					t.Errorf("%s %s: flagged %s on %q", filepath.Base(f), d.ID, cs[0].Kind, cs[0].Quote)
				}
			}
		}
		fh.Close()
	}
	if n < 500 {
		t.Fatalf("read only %d drafts: the sets in testdata/critique are missing", n)
	}
	// A flag the screen no longer raises leaves the list, so that the list
	// stays the screen's open false alarms.
	for id := range knownDraftFlags {
		if !flagged[id] {
			t.Errorf("%s is listed in knownDraftFlags but no longer flagged: remove it", id)
		}
	}
}
