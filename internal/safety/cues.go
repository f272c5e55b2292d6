package safety

// The frames of rules.go read a sentence the way it is usually phrased,
// and miss the many other ways a person says the same thing. The cues
// read it a second way: a sentence is tagged with what its phrases speak
// of (a blow, an injury, a child, a means of self-harm, a sign of
// finality, control over money or a phone, a threat, being watched, a
// plan to hurt someone) and a concern is raised when the tags that make
// one meet: a means of self-harm with a sign of intent, a control phrase
// whose object is not a teenager's curfew, something said with a threat
// in it, a child with neglect or abuse, being watched by someone the
// writer has left. The tags are broad word families rather than the
// wording of any one line; the families follow what services that screen
// for danger ask about (Campbell et al. 2003, the Danger Assessment;
// Stark 2007 on coercive control; Posner et al. 2011, the Columbia scale,
// on suicidal ideation, preparation and past attempts).

// cueTag is what a cue phrase speaks of.
type cueTag uint64

const (
	tViol     cueTag = 1 << iota // a violent or sexual act done to someone
	tInjury                      // a mark of violence
	tWeapon                      // a weapon
	tKid                         // a child
	tMinor                       // the writer says they are a child
	tKidHarm                     // neglect or abuse when a child is its object
	tSelfHarm                    // self-harm on its own
	tMethod                      // a means of self-harm
	tFinal                       // a sign of finality or preparation, enough on its own
	tHint                        // a weaker sign, enough with another or with a means
	tControl                     // control of money, phone, movement, friends
	tThreat                      // a threat on its own
	tThreatC                     // what a threat says, when someone said it
	tSay                         // someone said, warned or messaged
	tStalk                       // following or watching, on its own
	tWatch                       // watching: control or stalking when it is a pattern
	tLurk                        // turning up or waiting near, stalking when unwanted or again and again
	tContact                     // contact or watching that is stalking when unwanted
	tPersist                     // again and again: still, keeps, every night
	tUnwanted                    // after a breakup, a block, a no
	tIntent                      // the writer's plan to hurt someone, on its own
	tHarm                        // an act of harm to someone else
	tPlan                        // the writer means to: going to, want to, will
	tParent                      // a parent
	tTeenRule                    // what parents of teenagers forbid
	tEveryday                    // an everyday reading that claims its words
	tLight                       // a joke: lol, haha, kidding
	tPlay                        // play: as a joke, messing about, we laughed
	tNotAge                      // a number that is not an age: "5 mins", "3 times"
	tAccident                    // an accident, a fall, a sport
	tMutual                      // agreed between them: "we both share locations"
	tPlace                       // a rule of a place: at work, at school
	tSerious                     // I mean it, not joking, seriously
)

// cueClasses are the word families the phrases share (normalised words:
// "mum" is mom, "children" kids, "photos" pictures; see text.go).
var cueClasses = map[string]string{
	"who": `he|she|they|someone|somebody|@rel|guy|man|woman|bloke|lad|girl|boy`,
	"rel": `husband|wife|partner|boyfriend|girlfriend|ex|fiance|fiancee|spouse|dad|mom|parents|stepdad|stepmom|brother|sister|` +
		`son|daughter|uncle|aunt|cousin|grandpa|grandma|granddad|grandad|nan|boss|manager|coworker|colleague|flatmate|roommate|` +
		`landlord|neighbour|neighbor|friend|mate|coach|teacher|tutor|babysitter|in-laws|inlaws|law|bf|gf|hubby|missus|mrs`,
	"obj":    `me|us|him|her|them|@poss`,
	"poss":   `my|his|her|their|our|your`,
	"kidw":   `kid|kids|baby|babies|toddler|toddlers|twins|infant|newborn|nephew|niece|nieces|nephews|grandson|granddaughter|grandkids|stepson|stepdaughter|son|daughter|boy|girl|little_one|little_ones|eldest|youngest`,
	"body":   `face|head|eye|eyes|lip|lips|nose|jaw|arm|arms|wrist|wrists|leg|legs|rib|ribs|neck|throat|back|chest|stomach|hair|ear|cheek|mouth|teeth|tooth|thigh|thighs|shoulder|shoulders|hand|hands|fingers|finger|skull|body|collarbone|ankle`,
	"blowv":  `klap|klapped|klaps|booted|boots|booting|clocked|clocks|lamped|lamps|floored|backhand*|slapped|sparked|thumped|laid_into|lays_into|laying_into|knocks_me_about|knocked_me_about|roughed|manhandl*|leathers|leathering|headlock*|chokehold*|pistol-whip*|kneed|stamped_on|stomped_on|hit|hits|hitting|punch*|slap*|kick*|beat|beats|beaten|beating|smack*|whack*|thump*|headbutt*|choke|choked|chokes|choking|strangl*|throttl*|batter*|pummel*|decked|deck|decks|shove|shoved|shoves|shoving|elbow*|bit|bites|biting|stamp*|stomp*|kneed|kneeing|clobber*|wallop*|belted|belting|leathered|knocked|socked|lamped|glassed|bottled|thrashed|whipped|whips|spat|spits|burnt|burned|scalded|stabbed|stabbing|shook|shaking|shaken`,
	"forcev": `pushed|pushes|pushing|grabbed|grabs|grabbing|dragged|drags|dragging|pinned|pins|pinning|threw|throws|thrown|throwing|slammed|slams|slamming|held|holds|holding|yanked|yanks|squeezed|twisted|cornered|trapped|tied|restrained|sat_on|flung|hurled|shoved`,
	"pills":  `pills|tablets|meds|medication|medicine|painkillers|paracetamol|tylenol|ibuprofen|aspirin|sleeping|antidepressants|insulin|prescription|codeine|tramadol|oxy|xanax|valium|diazepam|sertraline|lithium|heroin|fentanyl|co-codamol|panadol|nurofen|benadryl|anti-depressants`,
	"sayv":   `said|says|say|saying|told|tells|tell|telling|warned|warns|warning|texted|texts|messaged|messages|wrote|writes|emailed|threatened|threatens|threatening|keeps_saying|yelled|screamed|whispered|shouted|hinted|reminded|reminds|goes|went`,
	"plan":   `going|gonna|want|wanna|will|plan|planning|planned|thinking|thought|considering|intend|mean|ready|about|tempted|could|should|would|might|gotta`,
	"hurtv":  `kill|hurt|harm|stab|shoot|strangle|batter|beat|punch|smash|hit|murder|poison|burn|attack|jump|choke|slap|kick|glass|bottle|knife|shank|torch|maim|cripple|slash|deck|thump|floor|lamp|strangle|drown|run_over|beat_up|do_in`,
	"harmv":  `glass|jump|torch|stab|knife|cut|shank|bottle|do_in|sort_out|deal_with|take_care_of|kill|hurt|harm|stab|shoot|strangle|batter|beat|punch|smash|hit|murder|poison|burn|maim|cripple|slash|choke|attack|jump|glass|bottle|knife|deck|thump|wreck|destroy|ruin|break|snap|run|finish|end|sort|get|teach|make|wait|waiting|put|post|send|leak|share|show`,
	"weapon": `knife|knives|gun|guns|shotgun|rifle|pistol|machete|blade|blades|crowbar|hammer|axe|bat|taser|acid|firearm|firearms|weapon|weapons|cleaver|screwdriver`,
	"parent": `mom|dad|parents|stepdad|stepmom|grandma|grandpa|nan|granddad|grandad|guardian|carer|foster`,
	"teenok": `diary|room|bedroom|party|parties|out|go|going|sleepover|concert|festival|club|clubs|clubbing|stay|staying|date|dating|phone|screen|games|gaming|xbox|playstation|laptop|wear|makeup|tattoo|piercing|dye|drive|car|curfew|late|trip|holiday|pub|bar|drink|drinking|friends|boyfriend|girlfriend|town|city|gig`,
}

// Phrases by tag. Words are as the splitter leaves them: won't is "will
// not", can't "can not", I'm "i am", mum "mom", photos "pictures".
var cuePhrases = []struct {
	tag     cueTag
	phrases []string
}{
	{tViol, []string{
		`@who|i|you ~3 @blowv|@forcev me|us|her|him|them|into|against|down|across|around|about`,
		`@who|i|you ~3 @blowv|@forcev my|our|your @body|@rel|@kidw|mother|mom|dad|sister|brother`,
		`@who|i|you ~3 @blowv|@forcev her|his|their wife|husband|partner|girlfriend|boyfriend|mother|mom|dad|father|ex|son|daughter|baby|kids|kid|girl|boy`,
		`@blowv|@forcev a|some|this|that|the boy|girl|lad|guy|man|woman|kid|bloke|stranger|teenager|student ~3 outside|in|at|on|behind|till|until|so`,
		`punched|hit|kicked|slapped|smashed|thumped ~4 and then me|her|him`, `holds|held|holding|pins|pinned|pinning me|her|him ~1 down`,
		`pins|pinned|pinning|holds|held|holding my|her arms|wrists|legs|head|hands`,
		`got|get|gets|getting|was|were|been|being @blowv|@forcev ~3 in|into|on|onto|across|by|against|down the|my|a|@who|@rel @body|@who|@rel|wall|floor|stairs|door|table|counter`,
		`@blowv me|us|her|him ~2 up|about|around|black_and_blue|senseless|unconscious|out`,
		`@blowv|@forcev ~2 me|us|her|him|them ~3 against|into|down|onto|off|across|by|up|to_the|out_of`,
		`@forcev|@blowv ~1 me|us|her|him|@rel ~2 by|to|against the? @poss? @body|wall|floor|ground|door|bed|hair|throat|neck`,
		`by @poss? throat|neck|hair`,
		`hands|hand|fingers|arm|arms|belt|rope|cord round|around|on|across|against my|her|his|their throat|neck|windpipe`,
		`@blowv|@forcev|kicked|booting|booted|stamped|stamping ~3 me|her|him|us ~3 in|on the|my|her ribs|stomach|head|face|back|chest|floor|ground`,
		`raise|raised|raises|raising ~1 a|his|her hand|fist|fists to|at me|her|us|my`,
		`with his|her|a|the belt|buckle|shoe|slipper|stick|hairbrush|wooden_spoon|cable|cord|iron|kettle|lighter|cigarette`,
		`under|in the? hot|boiling tap|water|kettle|iron`,
		`came|comes|come|coming|used_to_come into|in_to my|her|his|their room|bed ~3 at|in the? night|nights`,
		`took|takes|taking advantage of me|her ~3 drunk|asleep|passed|when|while`,
		`exposed|flashed|flashes himself|herself`, `non-consensual|nonconsensual|without_consent|without_my_consent`,
		`@blowv my|our|your @rel|@kidw|mother|sister|brother`,
		`got|gets|getting|get|became|turned|turns|went physical|violent|rough|handsy|heavy_handed`,
		`things got|get|went|go|turned physical|violent|ugly_and_physical`,
		`put|puts|putting|laid|lay|lays his|her|their hands|hand|a_hand|finger|fingers on me|her|him|us|my|the`,
		`hands|hand up|down|inside|under my|her skirt|dress|top|shirt|trousers|pants|jeans|clothes|underwear|knickers`,
		`rape|raped|rapes|raping|rapist|molest*|sexually|sexual_assault|assaulted|assault|assaults|assaulting`,
		`forced|forces|forcing|force himself|herself|me|her|us ~2 on|into|to have|sex|do|things|stuff`,
		`makes|made|make ~1 me|her ~2 sex|sexual|things|stuff i|she did|do not|never want*`,
		`doing|did|does|do stuff|things to me|her while|when i|she was|am|is asleep|sleeping|drunk|passed_out|unconscious`,
		`stopped|stop saying no|fighting_back`,
		`does|did|do not take|stop|listen when i say|said no`,
		`will|would not take no`,
		`woke|wake|waking up|wakes ~3 him|her|them ~3 on|touching|inside|doing`,
		`touch*|grope*|fondl* me|her|him|us ~4 asleep|without|when_i|after_i_said|i_said_no|i_told|not_want|did_not_want`,
		`hitting|hits|hit|punches|punching|kicks|kicking me|her where it does|do not show`,
		`threw|throws|thrown|throwing a|the|his|her|my|things|stuff ~2 at me|my|her|us`,
		`attacked|attacks|attacking me|her|us`, `attacked|attacks|attacking my|her @body`,
		`biting|clawing|scratching|bit|clawed|scratched|bites|claws|scratches ~2 at? me|my|her|him ~3 till|until|so_hard|bleed|bled|blood`,
		`till|until i|she|he bleed|bled|bleeds|bruised|passed_out|pass_out|could_not_breathe|couldnt_breathe|blacked_out`,
		`put|puts|putting|stubbed|stubs ~1 a|his|her|their? cigarette|cig|fag|lighter|joint out? on my|her|his`,
		`threw|throws|thrown|throwing ~5 at me|my|her|us`, `@who @blowv|@forcev|grabs|grabbed ~1 @rel|me|her|him|us`, `angry|mad|drunk|wound_up|upset enough to hit|hurt|slap|punch|push|shove|kick me|her|him`,
		`shuts|shut|locks|locked|lock me|her|him|us|them in ~2 the|a|my|her? cupboard|cellar|shed|garage|closet|basement|room|bathroom|boot|car|wardrobe`,
		`strangled|strangling|choked|choking|throttled me|her|us|my`,
		`spat|spits|spit in|on|at my|me|her`,
		`locked|locks|lock|locking ~1 me|her|us in|inside|out ~2 room|house|bathroom|flat|cupboard|car|shed|garage|cellar|bedroom|night|cold`,
		`hurt|hurts|hurting|injured|injures me|her|us ~2 physically|with_a|with_his|with_her|with_the|until|so_bad_that`,
		`@who ~2 beats|beat|hits|hit|hurt|hurts|smacks|slaps|punches|kicks|chokes|strangles me|us|her|him`,
		`@who ~2 bit|bites|burned|burnt|burns|scalded me|her|us`,
		`knocked|knocks|knock me|her ~2 out|down|over|unconscious|flying`,
		`black|blacked @poss eye`,
	}},
	{tInjury, []string{
		`bruise|bruises|bruised|bruising|bruisy`,
		`black eye|eyes`, `broke|fractured|cracked|busted|dislocated my|her rib|ribs|nose|arm|wrist|jaw|finger|fingers|collarbone|cheekbone|tooth|teeth|shoulder`, `split|fat|busted|bloody lip`, `broken|fractured|cracked|bust @body|bones|cheekbone|rib|ribs|nose|finger|fingers|wrist|arm`,
		`concussion|concussed|stitches|welts|welt`,
		`marks|handprint|handprints|fingermarks|finger_marks on @poss @body`,
		`could|can not breathe`, `passed|pass out ~3 he|she|they|grip|choking|throat|neck`,
		`cover|covered|covering up? the|my|her marks|bruises`, `long|longer sleeves`,
	}},
	{tWeapon, []string{
		`@weapon`,
	}},
	{tKid, []string{
		`@poss|the|a|our|your kid|kids|baby|babies|toddler|toddlers|twins|infant|newborn|little_one|little_ones|grandkids`,
		`@poss|the|our little|baby|younger|youngest|eldest|oldest? son|daughter|sons|daughters|boy|girl|boys|girls|nephew|niece|nieces|nephews|stepson|stepdaughter|grandson|granddaughter`,
		`@poss|the|our little|baby|younger|youngest brother|brothers|sister|sisters|one|ones|siblings`,
		`#kidage|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen year|yr|month|months ~1 old|olds`,
		`#yo`, `#kidage yo|yr|yrs|y`, `under 6s|7s|8s|9s|10s|11s|12s|13s|14s|15s|16s`,
		`she|he is|was|turned only? 1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16`,
		`@poss eldest|youngest|oldest|twins|stepson|stepdaughter|kids|kid|baby`,
	}},
	{tSelfHarm, []string{
		`quitarme|quitar la vida`, `suicidarme|suicidar|suicidarse|matarme`, `en finir`, `me tuer|suicider`, `mich umbringen|selbstmord|nicht_mehr_leben`,
		`jeena nahi|nhi chahta|chahti`, `mar jaana|jaunga|jaungi|jana`, `me matar|me_suicidar`,
	}},
	{tViol, []string{
		`me pega|golpea|golpeó|empujó|pegó|bateu|bate|frappe|frappé|agarró`, `schlägt|schlug|geschlagen mich`, `schlägt mich`, `maarta|marta hai|tha`,
	}},
	{tThreat, []string{
		`va a matar|matarme`, `bringt|bringe mich um`, `vai me matar|matar`, `maar dalunga|dalega|dungi`,
	}},
	{tControl, []string{
		`quitó|quita el? pasaporte|teléfono|dinero`, `no me deja salir|trabajar|ver|hablar`, `garde|prend mon téléphone|passeport|argent`, `lit tout`,
	}},
	{tStalk, []string{
		`me sigue a|por todas partes`, `stehe jeden abend vor`, `aparece en mi`,
	}},
	{tIntent, []string{
		`quiero que ~2 sufra`, `con un cuchillo`, `ich will ihn|sie verletzen|umbringen`, `will ihn|sie verletzen`,
	}},
	{tMinor, []string{
		`when i was|i_was only? #kidage|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seven|eight|six|five|little|small|a_kid|a_child|a_teenager`,
		`as a kid|child|teenager|little_girl|little_boy`,
		`i am|m only? 9|10|11|12|13|14|15|16|17|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen`,
		`i am only? #kidage and|but|so`,
	}},
	{tKidHarm, []string{
		`leave|leaves|left|leaving ~4 alone|unattended|on_their_own|on_his_own|on_her_own|by_themselves|by_himself|by_herself`,
		`home alone`, `stay|stays|staying behind ~1 alone|after`, `not|never tell ~1 my|your|her|his? parents|mom|dad|anyone|anybody`,
		`says|said|tells|told me|her|him i_am|im|she_is|he_is special|mature|grown_up`, `me encierra|encerró`, `tengo|tiene #kidage`, `dirty|soiled|wet|filthy nappy|nappies|diaper|diapers`, `too high|drunk|wasted|stoned|off_our_faces|off_her_face|off_his_face to notice|care|look|cope`,
		`always|constantly|often|usually|permanently hungry|starving|filthy|dirty|unwashed|smelly`, `passed out ~3 most|every|all days|day|nights|the_time|again`,
		`locked|shut|locks|shuts ~1 out|in ~2 the? garden? shed|garage|cellar|cupboard|car|cold|rain|garden`, `presses|pressed|holds|held|puts|put ~2 hot|burning|boiling ~1 spoon|iron|pan|lighter|cigarette|water|knife ~2 on|to|against my|her|his|their`,
		`had|eaten|eat ~1 a? proper? meal|meals|food ~2 in|for days|weeks`, `eaten|eat|had properly|anything|a_thing ~2 in|for days|weeks|ages`,
		`spends|spent|spending|drinks|drank|gambles|gambled ~3 all|everything|the_money|the_food_money ~3 drink|booze|drugs|gambling|betting|on_drink`, `fridge|cupboards|cupboard is|are|was empty|bare`,
		`asking|asks|asked ~2 for pictures|nudes|selfies|videos`, `messaging|messages|texting|texts|chatting ~3 on snapchat|instagram|tiktok|discord|whatsapp|roblox`, `rough|too_rough|heavy_handed with ~1 the|my|our baby|kids|kid|son|daughter|boy|girl`,
		`inappropriate|sexual|dirty|explicit|sexy messages|pictures|texts|comments|stuff|chats|videos`,
		`drinks|drunk|high|using|stoned ~4 when|while he|she has|is_looking_after|is_watching the|my kids|baby|children`, `in the car ~3 alone|hours|while|windows|hot`,
		`to|at school ~3 hungry|dirty|unwashed|same_clothes|no_lunch|no_coat|bruised|scared`, `same clothes ~3 all|every|days|week`,
		`on a bender|binge|drugs|smack|crack|meth|the_gear`, `off her|his|their face|head|tits`,
		`lifts|rides home|to`, `buying|buys|bought|gives|gave|giving ~1 her|him|them ~2 stuff|gifts|presents|money|vapes|alcohol|drink|phone`,
		`chats|messages|texts|talks ~1 secret|private`, `tell|telling ~2 her|him|them ~1 not to tell`,
		`sleepover|sleepovers|sleep_over ~3 his|her|their|with`,
		`social services|child_protection|cps|the_social`,
		`no|not_enough|hardly_any|any food|dinner|meals|heating|nappies|clean_clothes`,
		`forgets|forgot|forgetting|does|did|do|never ~1 not? feed|feeding`,
		`go|goes|going|went|gone hungry|without_food|without_eating|to_bed_hungry`,
		`starve|starves|starved|starving`,
		`sleep|sleeps|slept|sleeping|stay|stays|locked|locks|puts|put|shut|shuts ~7 garage|shed|cellar|cupboard|closet|basement|outside|cage|attic|loft|overnight`,
		`sit|sits|sitting|sat on his|her|their|my lap`,
		`keep|keeping|keeps|kept secrets|a_secret|it_secret|secret`,
		`our|a|little little? secret|secrets`,
		`not|never to tell|say ~1 anyone|anybody|mom|dad|parents|my|your|her|his|nobody`,
		`sends|sent|send|sending|takes|took|taking ~2 pictures|videos|picture|video ~5 me|her|him|of|bath|naked|nude|undressed|body|to_people`,
		`in the bath|shower ~2 pictures|videos|film*`,
		`pictures|videos of ~3 in the bath|shower|naked|undressed`,
		`get|gets|getting|got me|her|him on my|her|his own|alone`,
		`alone with ~2 me|her|him|them`,
		`sex|sexual offender|offenders|register|predator|groom*|nonce|paedo*|pedo*`,
		`down there`, `privates|private_parts|private_area|private_areas`,
		`touch|touches|touched|touching her|him|them|me ~3 there|down|private|inappropriately|funny|weird|under`,
		`will|would not|never let|lets me|us ~1 take|bring|see ~3 doctor|doctors|hospital|gp|dentist`,
		`has|have|had never? not? been|seen ~3 doctor|doctors|since_birth|gp`,
		`older|grown|adult|#num man|men|guy|woman ~4 messag*|meet|meeting|money|gifts|pictures|texting|chatting|snapchat`,
		`#num year old man|guy|woman`,
		`mind|look_after|watch|babysit ~3 twins|baby|babies|brothers|sisters|siblings ~3 all night|overnight|all weekend|alone|every|while`,
		`@blowv|@forcev|beats|belts|smacks|slaps|whips|burns|screams_at|shakes|shook ~2 him|her|them`,
		`@blowv|@forcev|beats|belts|smacks|slaps|whips|burns|screams_at|shakes|shook ~1 the|my|our|his|her little|baby? @kidw`,
		`hurts|hurt|hurting her|him|them|me`, `slaps|hits|smacks|belts|kicks|shakes the|any ones|kids|ones_who|children`,
		`walking|walks|walked in on her|him ~2 in the? shower|bath|bathroom|changing|getting_dressed`,
		`taking|takes|took|bringing|drives|driving ~1 her|him|them ~2 to his|her|their house|flat|place|car ~2 alone|on_their_own`,
		`no coats|coat|shoes ~3 winter|cold|snow|rain|midnight|night`, `thuds|screaming|screams|crying|bangs ~3 through the? wall|walls|floor`,
		`scared|afraid|terrified|frightened|petrified of|to ~3 him|her|dad|mom|stepdad|stepmom|home|uncle|boyfriend|go_home`,
		`drunk|high|wasted|stoned|passed_out ~4 baby|kids|kid|with_them|looking_after|in_charge|school_run|driving`,
		`shout*|scream* at ~2 for hours|every|until`,
	}},
	{tSelfHarm, []string{
		`hang|hanging|starve|starving|punish|punishing|drown|drowning|end|ending|ended myself`,
		`want|wanna|going|gonna|plan|planning|ready|tempted|need ~1 to? kill|end|off|top myself|my_life`,
		`self_harm*|self_injur*|selfharm*|sh|suicid*|overdos*|overdose`,
		`relapse*|relapsing ~3 sh|harm|cutting|self`,
		`take|took|taking|swallow*|downed|necked|had|drank|drunk ~4 all|many|bunch|handful|load|loads|lots|whole|every|packet|box|bottle|strip|too ~3 @pills`,
		`@pills ~3 on_purpose|together|at_once|all_at_once|with_vodka|with_alcohol|and_vodka|with|to_sleep|to_stop`,
		`all|whole|every ~1 my|her|the @pills`,
		`hold|holding|held|keep|kept|have ~2 razor|blade|blades|rope|noose ~4 ages|hours|feel|for|just|long|again|night|nights|bed`,
		`razor|razors|blade|blades|noose|rope|ligature`,
		`tied|tie|tying|hung|hang ~3 belt|rope|cord|scarf|tie|cable ~4 door|wardrobe|banister|bannister|beam|hook|tree|rail|neck`,
		`walk|walked|walking|went|wade|waded|wading ~2 into the? sea|river|lake|ocean|water|canal|traffic`,
		`over|off|from|at the? bridge|edge|ledge|cliff|roof|tracks|platform|balcony|overpass ~6 easy|thinking|jump|quick|fall|end|nearly|almost|how|long`,
		`jump|jumping|jumped|step|stepped|stepping ~2 off|from|in_front_of|under|infront ~2 bridge|building|roof|balcony|train|bus|lorry|car|cliff|tracks|platform|traffic`,
		`not|never wake|waking up`,
		`do_not|never|no_longer|does_not want*|wanna|wish ~2 live|alive|exist|existing|be_here|be_around|wake_up`,
		`want|wanna|wish|wishing|ready|deserve|deserves|hope|hoping|pray|praying ~2 to die|be_dead|not_exist|not_be_here|end_it|stop_existing|stop_breathing|not_wake_up|die`,
		`@pills|them ~2 saved|stockpiled|hidden|stashed|hoarded|collected|put_by`,
		`saved|saving|stockpil*|hoard*|stash*|collecting|count|counting ~3 @pills`,
		`can_not|could_not|do_not see ~1 a|any future`, `future where|with i_am|me still|alive|here|around`,
		`end|ending|finish|finishing it|things|everything ~2 all|tonight|for_good|now|soon|this_time|today|i_mean_it|properly|myself`,
		`i_am|am|is ending|finishing it|things|everything`, `planning|plan|planned|decided|ready to end|finish it|everything|my_life`,
		`take|taking|took|end|ending|ended my own? life`,
		`attempt|attempted|attempts ~2 to? again|end_it|kill|die|overdose|before|last`, `tried|try to end_it|kill_myself|die|overdose|take_my_life`,
		`better off without me|dead|gone|if_i_was_gone|if_i_were_gone|if_i_died`,
		`no|not_any point|reason|way ~2 living|going_on|being_here|to_live|in_living|out|carrying_on|staying`,
	}},
	{tMethod, []string{
		`@pills|razor|razors|blade|blades|rope|noose|belt|bridge|tracks|train|cliff|ledge|roof|overdose|vodka|bleach|carbon|exhaust|hose|gun|sea|river`,
	}},
	{tFinal, []string{
		`giving|gave|give|given|giving_away ~2 my|all_my things|stuff|belongings|possessions|clothes|books|records away|to`,
		`properly go|gone`, `not here anymore|any_more|for_much_longer`, `when|after|once i am gone|not_here|dead`, `go|going through with it`, `just not being here|existing|around|alive`, `final goodbye|message|letter`,
		`will|would not matter ~3 after|anymore|soon|what|by`, `swallowed|took|downed|necked everything|all in|from the? medicine|bathroom cabinet|cupboard`,
		`how high|tall|far_down ~4 bridge|building|multi-storey|storey|car_park|carpark|roof|cliff|multi|flats|tower`, `this is goodbye|my_goodbye|the_end_for_me`, `not be|being here ~2 anymore|any_more|tomorrow|next|for|by|like`, `like not be|being here`,
		`point in|of waking|wake up|getting_up|being_here|living|carrying_on`,
		`wrote|written|writing|left ~3 notes|letters ~1 for|to ~2 mom|dad|my|everyone|the|her|him|them`,
		`done done`, `i am|i_m done ~3 for_good|with_life|with_everything|with_it_all|like_done`,
		`goodbye|good-bye|goodbyes|farewell|final ~2 letter|letters|note|notes|message|messages|text|video|post`,
		`wrote|written|write|writing|left|leave ~3 a|the|my|some note|notes|letter|letters ~3 drawer|for|bed|everyone|mom|dad|kids|in_case|just_in_case|still|there|tonight|hidden|kind`,
		`not the apology kind`,
		`said|say|saying goodbye ~3 for_good|forever|everyone|properly|meant|last`,
		`will_not|not be around|here|a_problem|a_burden|a_bother|in_your_way|alive ~3 much|for|by|longer|after|next|to_see`,
		`not planning|plan|intending|going on|to be_around|be_here|being_around|being_here|being_alive|be_alive|waking_up|wake_up|live|living|stick_around|sticking_around|make_it`,
		`will|wont|would not need ~2 them|it|anything|any_of_it|these|those|anymore|any_more`,
		`will|would not need to ~5 anymore|any_more|again`,
		`got|have|got_everything everything ready|sorted|planned|in_order|arranged`,
		`sorted|sorting|put|putting my affairs|will|things in_order`,
		`everything|all|it_all|the_pain|the_thoughts to stop|end|be_over ~1 not? the? for_good|forever|permanently|everything`,
		`just want everything to stop`,
		`want|wanna|wish ~2 everything|it_all|all_of_it to stop|end|be_over|go_away`,
		`do_not|can_not|never want|wanna|do|live ~2 like this|this_anymore|anymore`,
		`planning|planned|worked_out|working_out|figured_out|thinking_about how|when|where to do it|do_it`,
		`did not|didnt|never go through with it`,
		`went through with it`,
		`stomach pumped`, `standing|stood|stand|sitting|sat|climbing|climbed on|over|onto the? bridge|railing|railings|ledge|edge|parapet ~3 most|every|again|nights|night|for|thinking`,
		`driving|drive|drove|crash|crashing|steer|steering|swerve ~2 into|off the? overpass|bridge|wall|tree|lorry|truck|barrier|cliff|river|oncoming`,
		`ctb`, `catch the bus`,
	}},
	{tHint, []string{
		`how easy|quick|simple it would|would|d be`,
		`just to feel something`,
		`nobody|no one|noone would|will even? miss|notice|care`,
		`burden|burdens`,
		`in hospital|a_and_e|the_hospital|er ~4 on_purpose|pills|overdose|drank`,
		`on purpose`,
		`#num|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve months|weeks|days|years clean`,
		`gave|give|given|giving away? my|all|the ~3 cat|dog|pets|stuff|things|belongings|possessions|savings|guitar|car|bike`,
		`everyone|everybody|they|them ~3 relieved|better_off|happier|lighter`, `paid|paying|pay off what i owe|my_debts|everything_i_owe`,
		`cancelled|canceled|cancelling|cancel ~2 phone|contract|contracts|subscriptions|gym|insurance`, `before i go`,
		`want|wants him|her|them to have my`,
		`deleted|deleting|delete|closed ~3 all|every ~2 accounts|account|profiles|pictures|socials|everything`,
		`blame|blames herself|himself|themselves`,
		`looks|look|seem|seems like an accident`,
		`everything ready`, `one|my last message|letter|note|text|call ~2 to|for|ever|anyone|everyone`, `actually|properly|completely|totally|really done`, `not dramatic|not_being_dramatic|not_attention_seeking`, `made my peace`, `tie|tying|tied up loose ends`, `put|putting|got my|things affairs|things in order`,
		`wrote|written|writing|left ~2 a|the note|letter|notes|letters`, `have|got|made a plan`, `plan is to do it`,
		`going to do it|go_through_with_it`, `can_not|could_not ~1 do|go_on|take|keep_going|carry_on ~1 this|it|on ~1 anymore|any_more|living|any_longer`, `do it when|tonight|while|before`, `made up my mind`,
	}},
	{tControl, []string{
		`will|does|would|did|do|never|has|had|have|is|was not? let|lets|letting|allow*|permit* me|her|him|us|them|my|our @rel? ~1 leave|go_out|out|go_anywhere|go_alone|go_to_work|go_home|go_to_my|visit|work|drive|eat|sleep|contact|study|apply|wear|get_a_job|have_a_job|have_friends|have_money|have_a_phone|have_my|have_her|have_any|see_my|see_her|see_any|see_friends|see_family|see_anyone|see_a_doctor|see_the_kids|talk_to|speak_to|call|phone|text|use_the_phone|use_the_car|use_my|use_money|use_the_card|keep_my|keep_her|keep_any|spend_money|spend_any|out_of`,
		`have_to|had_to|got_to|must|need_to ~3 ask|text|check_with|get_a_yes|get_permission|ask_permission ~5 before i|anywhere|go|leave|spend`,
		`bad influence`, `can_not|cannot|not_allowed_to talk|speak|see|visit|call|ring|text ~1 to? my mom|dad|family|friends|sister|brother|parents|best_friend ~1 anymore|any_more`,
		`makes|made|make me|her explain|justify|account_for ~2 each|every|all|one`, `changed|changes|changing|reset|resets ~2 the|my|all|her ~2 passwords|password|pin|login|passcode|logins`,
		`posts|posting|posted|pretends|pretending|pretended as me|her|to_be_me|to_be_her`,
		`took|takes|taken|removed|removes|pulled ~1 the? sim|battery|sim_card ~3 out? of? my|her phone`, `changed|changes|changing|reset|resets my|her ~1 email|phone|bank|account? password|passwords|pin|login|passcode`, `reads|checks|sees|monitors everything|all_my`, `has|have|got|needs|need|must to? approve|check|see|okay|ok ~2 every|all|my|what`,
		`not to ring|call|phone|text|see|visit|speak_to|talk_to|contact ~1 my|her|his ~1 own? mom|dad|family|friends|sister|brother|parents|mate|mates`,
		`cancelled|canceled|cancels|stopped|withdrew|pulled ~1 me|my|her ~2 enrolment|enrollment|course|uni|job|appointments|interview|contract|application|visa`,
		`goes|went|gone|go mad|mental|crazy|ballistic if|when i ~3 deleted|delete|been|go|see|talk|wear|switch|turn`,
		`not|never ~1 allowed ~1 to? leave|go|see|out|have|work|drive|talk|speak|call|text|use|keep|wear|eat|sleep|spend|meet|get|any|friends|money|a_job|a_phone|my|the_house|alone|anywhere|out_of`,
		`nothing|no|hardly_any money|cash ~3 of|my|her own`,
		`send|show|sends|shows ~2 him|her|them ~1 a|pictures|picture|proof|selfie|video ~3 where|who|of_where|with`,
		`decides|chooses|picks|controls what|who|where|when i|she ~1 wear|see|eat|go|spend|talk`,
		`will_not|would_not|does_not|never give|gives ~1 me|her any? money|cash|card|access`,
		`calls|rings|phones|checks|texts ~3 to check|to_see|to_make_sure where|who|i_am_at|i_am_really|i_am_where|she_is_at|i_am_home|i_am_not_lying`,
		`allowed out|outside|anywhere`,
		`has|kept|keeps|keep|took|takes|taken|hid|hides|hidden|holds|holding|confiscated|confiscates|locked_up|in_charge_of|keeping|taking|takes_away|took_away my|her|our passport|passports|bank|cards|card|wages|salary|money|pay|id|documents|papers|benefits|pension|keys|car_keys|sim|phone|visa|birth_certificate`,
		`salary|wages|pay|benefits|pension|money ~2 go|goes|went|paid straight? ~1 to|into his|her|their|my_husband|my_wife|the ~2 account|bank|name`,
		`handles|controls|control|controlling|manages|runs|has all? ~1 the|our|my|all money|finances|bank|cards|accounts|account|budget`,
		`ask|asks|asking|beg|begging ~2 him|her|them ~1 for money|cash|bus_fare|permission|the_card|pocket_money|an_allowance`,
		`have to|had to|got_to|must ~1 ask ~2 permission|for_money|before_i|to_go|if_i_can`,
		`show|shows|showed ~2 him|her|them ~1 the|every|all|my receipts|receipt|bank_statements|messages|phone`,
		`account for every|each|all ~1 stop|penny|pound|minute|hour|dollar|cent|rupee|mile|second`,
		`app|tracker|software|spyware|camera|cameras on|in ~1 my|the|our laptop|phone|car|computer|tablet|room|bedroom`,
		`put|installed|install|installs|puts|added ~4 app|tracker|software|spyware|camera|cameras|gps`,
		`shows|show|see|sees|read|reads|checks|check ~1 him|her|them? ~1 everything_i|every_message|what_i_type|where_i_am|where_i_go|my_location|the_mileage|mileage`,
		`location|locations ~3 on|sharing|shared|all_the_time|24/7|always|tracked|on_24`,
		`track|tracks|tracking|tracked ~2 me|my|her|where|everything|us`, `tracker|trackers|stalkerware|spyware|tracking_app ~4 my|me|her|on`,
		`switch|turn|turned|switched|turning it|location|the_location|tracking off`,

		`makes|made|make ~2 me|her unlock|hand_over|show|give|send|share|tell ~3 phone|password|passwords|code|messages|pin`,
		`knows|has|demands|wants|wanted ~2 all? my passwords|password|pin|codes`,
		`timed|times|timing ~2 me|my|her walk*|shop*|trip*|how_long`,
		`moved|move|moving ~2 us|me|her ~3 away from ~1 everyone|everybody|my_family|friends|family`,
		`cut|cuts|cutting me|her|us ~1 off from ~1 my|her|everyone|friends|family`,
		`isolat*`,
		`stopped|stops|stop ~1 me|her from ~2 seeing|going|working|talking|calling|visiting|having|leaving|driving`,
		`goes|went|gone|go mental|crazy|mad|ballistic|nuts|psycho|off_on_me ~3 if|when i ~3 switch|turn|go|see|talk|speak|leave|text|message|wear`,
		`controls|controlled ~1 what|who|where|when|everything|my|me|her`,
		`coercive|coercion|controlling_behaviour|controlling_behavior`,
		`can_not|could_not even ~2 buy|get|have|leave|see|go ~2 sim|phone|own|without|a_coffee|food|clothes|anything`,
		`no|without access to ~2 money|bank|account|phone|car|cash|the_car`,
		`pocket money|allowance ~3 from|he|she|husband|wife|partner|gives`,
		`with him|her|them at all times`,
		`not allowed to have friends`,
	}},
	{tWatch, []string{
		`checks|check|checked|checking|reads|read|reading|goes|go|went|going|looks|look|scrolls ~1 through|at? all? my|her|our phone|messages|texts|emails|whatsapp|dms|chats|email|laptop|browser|history|bank|receipts`,
		`knows|knew|know ~2 what|where|who|when i ~4 ate|had|ordered|was|were|went|wore|did|said|bought|am|go|with`,
		`everywhere i go`, `knows|knew|know my|her routine|movements|schedule|timetable|shift|shifts|rota`, `knew|knows|know exactly which|where|what|who`,
		`somehow always? at|in the same ~1 pub|bar|gym|shop|place|club|cafe|church|party|places`,
	}},
	{tThreat, []string{
		`threatened|threatens|threatening|threaten|threat|threats ~2 to? kill|hurt|harm|stab|shoot|post|send|share|leak|show|release|ruin|take|burn|expose|out_me|out_her|out_him|report|break|beat|end|find|come|throw|smash|destroy|strangle|choke|run|get_me|get_her|get_you|put_me|put_her`,
		`threatened|threatening|threatens me|her|us|him with`,
		`threatened|threatens|threatening|threaten ~2 to? tell ~2 husband|wife|boss|police|everyone|everybody|family|parents|work|employer|church|kids|the_kids|social|immigration|partner|boyfriend|girlfriend|everything`,
		`accidents happen|happen_to_people`,
		`find out what happens`,
		`you|you_will|i_will|she_will|he_will will|would regret|be_sorry ~2 it|this|that|if|when`,
		`watch your|my back`,
		`always|will|i_will|i_ll find you|me|her`,
		`knows|know|found|finds|found_out where ~4 live|lives|living|work|works|parks|stays|sleeps|goes|school`,
		`be careful|watch_out ~3 if|or|what|going|about|she|he`,
		`going|go|put|putting|up online|on_the_internet|everywhere|viral`,
		`send|sending|show|showing|post|posting|leak|leaking|share|sharing|put|putting|upload ~3 video|videos|pictures|nudes|tape|sex_tape|recording|recordings|screenshots ~3 to|on|online|everyone|everywhere`,
		`got|has|have|had|kept|keeps|saved ~2 a|the|some|those|my|our video|videos|pictures|nudes|tape|recording|screenshots ~4 of|us|me|her|send|post|show|online|unless|if`,

		`or|otherwise else`,
		`take|taking|took|get the|my|our kids|kid|children|baby|son|daughter ~3 away|off_me|from_me|and|if|never`,
		`never see ~2 the|my|your kids|kid|children|baby|son|daughter ~2 again`,
		`ruin|ruins|ruined|destroy|destroys ~1 my|your|her|his life|career|reputation|name|marriage`,
		`make|makes|made me|us|you pay|suffer|regret|disappear`,
		`cleaned|cleaning|cleans|loaded|loading|showed|shows|waved|left|leaves|put ~3 gun|shotgun|rifle|knife|knives|weapon|pistol ~4 table|front|me|where|bed|car|out|while`,
	}},
	{tThreat, []string{
		`@who|they|he|she|him|them will|would|is_going_to|are_going_to|gonna|going_to|reckons_he_will|reckons_she_will ~2 put|sort|deal_with|do|batter|beat|smash|hurt|kill|stab|cut|burn|get|come_for|come_after|end|finish|bury|knock|glass|jump|teach|ruin|destroy|out|expose|report|take ~2 me|us|my ~3 out|in|through|down|over|for|with|off|the_window|a_lesson|for_good|if|unless|when|or`,
		`coming|come|comes round|over|for|after ~3 sort|deal|get|teach|batter|hurt|do|find ~2 me|us|my|you`,
		`out|outing me|us|her|him to ~2 my|her|his|their|everyone|family|parents|work`,
		`all over the internet|online|the_internet|social_media|facebook|instagram`,
		`you will ~1 regret|be_sorry`, `or else`, `one more word|thing|time and you_are|you_will_be|you_re dead|done|finished`, `turn|turns|end|ends|wind|winds up dead|missing|in_a_ditch|in_a_canal|in_a_river|in_a_box|in_the_river|in_the_canal`, `know|knows what happens to`, `ring|call|report|tell|shop ~2 immigration|social_services|the_home_office|home_office|my_employer|the_police|ice ~4 if|when|the_day|unless|i`, `know|knows people`, `make|makes your|my life hell|a_misery|a_living_hell`,
		`won't|will_not|never see it|this coming`, `watch yourself|your_back|your_step`,
		`put|puts|putting me|her|us out of|on the house|street`,
	}},
	{tThreatC, []string{
		`will|would|gonna|going_to|shall ~2 kill|hurt|harm|stab|shoot|strangle|murder|beat|burn|bury|break|smash|end|ruin|destroy|come_after|send|post|share|show|leak|throw|drown|smother|suffocate|choke|poison|gut|slit`,
		`to kill|hurt|harm|stab|shoot|strangle|murder|burn|beat_up|ruin|destroy`,
		`post|send|share|leak|show|sent|posted ~3 pictures|video|videos|nudes|tape|recording`,
		`tell ~2 everyone|everything|husband|wife|boss|parents|family|police|work ~4 unless|if|or_else`,
		`will|would|gonna|going_to ~2 regret|be_sorry|pay|suffer`, `be careful`,
		`i_am|you_are|she_is|he_is|you_will_be|i_will_be dead|finished|done_for if|when|unless`, `where ~3 lives|live|work|works|school`,
	}},
	{tSay, []string{
		`@sayv`,
	}},
	{tStalk, []string{
		`follow|follows|followed|following|stalk|stalks|stalked|stalking|stalker me|us|her ~3 home|to|around|everywhere|again|from|into|when`,
		`follows|followed|following|stalks|stalked|stalking me|us|her`,

		`outside|across_from|opposite|near|at_the_end_of my|our house|flat|work|door|street|road|place|window|building|office|school|college|gym ~3 every|again|still|most|all|night|nights|days|hours|times`,
		`new|my_new address|number|flat|house|place ~6 never|nobody|no_one|noone|not|did_not|how`,
		`never|did_not gave|give|told|tell him|her|them ~1 the|my address|number ~6 still|and|but|turned|knocked|showed|came|found`,
		`withheld|private|unknown|blocked|different|new|fake|burner number|numbers|accounts|account|profiles|profile|phones`,
		`after|since|even_though|even_tho i ~2 blocked|told|asked|changed|moved|said ~3 stop|him|her|them|number|everything|leave`,
		`blocked ~2 him|her|them ~2 everywhere|on_everything|so|and ~2 now|still|he|she`,
		`log|logs|logged|logging|gets|got|getting|get|breaks|broke|hacks|hacked|hacking into|in_to my|her ~1 email|emails|accounts|account|netflix|spotify|instagram|facebook|icloud|phone|laptop|cloud`,
		`still gets|get|got in`,
		`changed|change|changing ~2 the|my passwords|password ~4 still|again|twice|times`,
		`drives|drove|driving|walks|walked|walking|goes|went|cycles|runs ~1 past|by ~2 my|our|her|the house|flat|work|window|kitchen|place|school|door ~3 every|times|day|night|again|a_lot|constantly|always|several`,
		`notes|flowers|letters|gifts|presents|cards|parcels ~4 on|at|to|outside my|our|her ~1 new? windscreen|car|door|address|house|flat|work|doorstep`,
		`flowers|gifts|presents|letters|cards|parcels keep arriving|coming|turning_up`,
		`rings|calls|texts|messages|rang|called ~4 every night|every_day|all_night|at_midnight|at_3am|nonstop|non-stop|hundreds|100|50|constantly|every_hour`,
		`airtag|air_tag|tracker|gps ~3 on|in|under my|her car|bag|coat|bike`,
		`watches|watching|watched|spying|spies ~1 on? me|us|her|my|our ~3 from|house|window|every|all|through`,
		`will always find you|me`,
	}},
	{tLurk, []string{
		`turn|turns|turned|turning|show|shows|showed|showing|pops|popped|waits|waited|waiting|sits|sat|sitting|hangs|hanging|parks|parked|parking|stood|standing|lurking|lurks ~2 up? ~2 at|outside|across|near|by|opposite|in|round|around|behind|next_to ~3 me|my|our|her|the|work|school|college|gym|road|street|house|flat|office|door|job|car_park|carpark|window|church`,
		`turns|turned|keeps|kept|keep ~1 turning|showing|popping up`,
		`sat|sits|sitting|stood|standing|waiting behind|next_to|near|opposite|outside me|us|my`,
	}},
	{tLurk, []string{
		`emailing|email|emails|emailed|messaging|messages|messaged|calling|calls|called|ringing|rings|rang|contacting|contacts|contacted|texting ~1 my boss|mom|dad|family|friends|work|parents|colleagues|sister|brother|manager|school|kids`,
		`rock|rocks|rocked|rocking up ~2 at|outside|to my|her|our`, `is|was|keeps_being|always|been outside|waiting_outside my|her|our ~1 lectures|lecture|halls|class|classes|job|work|house|flat|door|school|gym|office`,
		`letting|lets|let himself|herself|themselves in|into`, `has|still_has|kept|keeps|copied|made|cut ~2 a? spare key|keys`, `things ~2 have|had|been moved|missing|gone`,
	}},
	{tLurk, []string{
		`appears|appeared|shows|showed|turns|turned|pops|popped ~1 up? there|wherever|everywhere ~3 within|minutes|hour|every|soon`,
		`knew|knows|know which|where|what|who ~4 i|i_was|i_am|i_go|i_went`,
		`drive|driving|drove|drives|walk|walking|walked|walks past|by ~1 her|his|their|my house|place|flat|work|window`,
		`sending|sends|sent|leaving|leaves|left ~2 presents|gifts|flowers|letters|notes|cards|a_note ~3 to|at|on my|her|the office|work|door|house|step|doorstep|car`,
		`found|finds|tracked_down|track_down my|her|it ~2 address|new_address|house|flat|it`,
		`gets|got|makes|made|uses|used|sets_up|set_up ~1 a new|another|different|fresh one|number|account|profile|phone|sim`,
	}},
	{tContact, []string{
		`texts|texting|texted|calls|calling|called|rings|ringing|messages|messaging|messaged|emails|emailing|emailed|dms|writes|writing|turns|turning|turned|shows|showing|showed|sends|sending|sent|comes|came|coming|waits|waiting|waited|parks|parked|sits|sat|appears|appeared|contacts|contacting|contacted|follows|following|watches|watching|drives|drove|walks|walked|knows|knew|leaves|left|rang|hangs|hanging`,
	}},
	{tPersist, []string{
		`#num times|calls|messages|texts|voicemails|emails`, `then at|then_outside`,
		`most|every|all nights|days|mornings|evenings|weekends|night|day`,
		`@who waits|sits|parks|stands|hangs|lurks|follows|drives|loiters`, `@who turns|shows up`,
		`still|keeps|keep|kept|constantly|nonstop|every|everyday|daily|nightly|again|repeatedly|always`,
		`several|many|multiple|dozens_of|hundreds_of times|calls|messages|texts`,
	}},
	{tUnwanted, []string{
		`since|after i ended|finished|stopped it|things|us`, `did_not|didn't|never tell|told anyone|anybody`,
		`somehow knew|knows|found|finds|turned_up|appears|appeared|always_knows|always_finds`,
		`uninvited|unannounced|unwelcome|unwanted`,
		`never told ~1 anyone|anybody|him|her|them|a_soul`,
		`broke|split up`, `block|blocks|blocking|split|splitting|separated|divorced|divorce|restraining|injunction|blocked|ghosted`,
		`ex`, `told|asked|begged|said ~5 stop|leave_me_alone|space|not_to|no_contact|back_off`,
		`moved|changed ~2 address|number|house|flat|city|away|numbers`,
		`never gave|told ~1 him|her|them`, `nobody|no_one knows`,
	}},
	{tIntent, []string{
		`i|we|me_and|and_me ~1 am|are|will|would|want|wanna|going|gonna|plan|planning|ready|need ~2 to? glass|jump|torch|knife|stab|shank|batter|bottle|deal_with|sort_out|do_in|take_care_of|burn|run_over|hunt ~1 him|her|them|his|her|down|that|@rel`,
		`bring|bringing|take|taking|brought|carry|carrying the|a|my @weapon|bat|baseball_bat|hammer`,
		`start|starting|set ~1 a|the? fire|alight ~3 his|her|their|place|house|flat|car|door`,
		`fire|fires ~6 start|set|light|starting|setting|lighting ~2 at|to|in his|her|their|the place|house|flat|car|door`,
		`feel what i felt|how_i_felt`, `make sure he|she|they never|does_not|can_not|won't|will_not ~4 again|anyone|anybody|walks|talks`,
		`make|making ~1 him|her|them|my_wife|my_husband|my_ex|@rel feel|suffer ~1 pain|it|what`, `how i would|would_do|d_do it`,
		`know|knows|learnt|learned|worked_out his|her|their shift|shifts|routine|schedule ~1 pattern|times|pattern|rota`, `and where he|she|they parks|lives|sleeps|drinks`,
		`can_not|cannot|can't taste|detect|trace`, `cleaning products|bleach|antifreeze|rat_poison ~5 tea|coffee|drink|food|taste`, `want|wanted|need him|her|them|@rel|my_sister's_husband ~2 gone ~2 permanently|for_good|for_ever|forever`,
		`someone|somebody|anyone who_would|who_could|who_will|to do it|do_him|do_her|do_the_job`, `asking|asked around for someone|somebody`,
		`hire|hiring|pay|paying|paid someone|somebody|a_guy to`,
		`genuinely|actually|really|seriously|honestly want|wanna|going_to|mean_to ~1 kill|hurt|murder|stab|strangle|poison`,
		`how long ~2 sentence|sentences|prison|jail|you_get|you_do_for`, `mess|messing him|her|them up`, `will_not|won't|not be walking|going home|anywhere after`,
		`bringing|bring|taking|take ~2 gun|knife|blade|machete|bat ~3 to settle|to_sort|to_deal|for_him|for_her`,
		`poison|poisoning|spike|spiking|rat_poison|bleach ~2 in? her|his|their|my|the ~1 coffee|tea|drink|food|dinner|lunch|pint|wine`, `get|gets|got what is coming ~2 to? him|her|them`, `work_out|figure_out|learn|find_out|know his|her|their schedule|routine|movements|shifts`,
		`put|putting|slip|slipping|slipped|spike|spiking|crush|crushing|crushed ~4 something|stuff|it|pills|drugs|bleach|laxatives|tablets|meds|medication ~1 in|into his|her|their|my|the ~2 drink|food|tea|coffee|dinner|pint|wine|water|juice`,
		// A threat to the one written to, in the writer's own words ("if
		// you leave me I'll kill you"); a joke ("lol") or an idiom ("I
		// could kill you for eating my chips") is read as one by the screen.
		`i|we will|would|shall|gonna|going_to|am_going_to|are_going_to|wanna|want_to ~1 kill|hurt|murder|stab|shoot|strangle|choke|batter|punch|slap|burn|drown|poison you|u`,
		`spike|spiking|spiked ~2 drink|drinks|him|her`, `i_am|i_will|gonna|going_to|i_am_going_to giving|give ~1 her|him|them a slap|smack|clip|beating|hiding|kicking|punch|good_hiding`,
		`she|he|they needs|need|has|have|deserves|deserve to pay|suffer|bleed`, `want|wanted|need ~1 him|her|them bleeding|dead|hurt|in_hospital|in_pain|to_suffer|to_bleed|six_feet_under|in_a_box`,
		`get|getting him|her|them on his|her|their own|alone`, `sharpen*|sharpening ~3 @weapon|knife|machete|blade|axe`,
		`reading|read|looked|looking|researching|googling|googled ~4 poison|poisonous|toxic|lethal|untraceable`,
		`worked|working|figured out|found_out ~1 which|what road|route|way|street|bus ~2 he|she|they walks|drives|goes|takes|walk|drive|take`,
		`bought|buy|got|getting|carry|carrying|sharpened|sharpening|took|take ~2 a|the|my gun|machete|crowbar|bat|baseball_bat|acid|taser|shotgun|rifle|pistol|axe|hammer`,
		`i|i_will|i_am_going_to|gonna|going_to ~3 ruin|destroy|expose|wreck ~1 his|her|their|him|her life|career|marriage|reputation|business`,
		`imagine|imagining|picture|picturing|fantasi*|dreaming_about|dream_of ~2 hurting|killing|stabbing|strangling|beating|smashing|punching|pushing|shoving|hitting|drowning|poisoning|running_over him|her|them|his|my|that|@rel`, `pay for what he|she|they did`, `so he|she|they does|do not|doesnt|dont|won't suspect|see_it_coming|know`,
		`deal|dealing with him|her|them once|properly|for_good|myself`,
		`teach|teaching ~1 him|her|them|that|the a lesson`,
		`make|making|makes|watch ~3 him|her|them|his|her|that ~2 pay|suffer|bleed|regret|sorry|hurt`,
		`never|not walk|walking|walks ~2 right|properly|straight|again|away_from_it|away`,
		`not walking away from it`,
		`break|breaking|broke|snap|snapping|smash|smashing|bust|busting ~1 his|her|their|your|that ~2 @body|fingers|legs|kneecaps|face|head|nose|jaw|teeth`,
		`run|running|knock ~3 him|her|them|@rel|boyfriend|girlfriend ~2 over|down|off_the_road`,
		`finish|finishing|end|ending it|him|her|them|this|the_job ~2 properly|for_good|once|when|tonight|myself|for_ever`,
		`find|finding ~2 him|her|them ~3 and|finish|end|kill|hurt|sort|get`,
		`he|she|they will|is_going_to see|learn|regret|pay`,
		`waiting|wait for him|her|them ~3 when|after|outside|tonight|where`,
		`know|knows where he|she|they ~1 parks|lives|works|sleeps|drinks|goes`,
		`which school ~1 her|his|their ~1 kids|kid|children|son|daughter go|goes`,
		// Pictures, videos or nudes put "on" anything; "it" or "them" only
		// online or on a named site ("put it on a card", "I put it on you",
		// "putting it on" for faking, "put it on your doorstep" were false
		// alarms on ordinary apologies).
		`put|putting|post|posting|send|sending|share|sharing|upload|uploading ~3 pictures|videos|nudes ~3 online|on|every|everywhere|to_everyone|site|sites`,
		`put|putting|post|posting|send|sending|share|sharing|upload|uploading ~3 them|it ~3 online|every|everywhere|to_everyone|site|sites|on_facebook|on_fb|on_insta|on_instagram|on_twitter|on_x|on_snapchat|on_snap|on_tiktok|on_youtube|on_reddit|on_onlyfans|on_the_internet|on_socials|on_social_media|on_my_story|on_my_page`,
		`so he|she|they ~1 knows|know|feels|feel how it feels`,
		`going|go|gonna|come|coming round|over|to ~3 his|her|their|tonight ~5 mates|lads|boys|friends|lesson|sort|deal|bat|knife`,
		`sort|sorting|deal|dealing him|her|them|that out|with`,
		`bought|buy|got|getting|carry|carrying|sharpened|sharpening|took|take|keep|keeping|hid|hide ~2 a|the|my|his|her @weapon ~3 he|she|they|for|in|just|now|tonight|will|see`,
		`hitting|hit|punching|punch|hurting|hurt ~2 him|her|them|my|his back`,
		`really hurting|hurt|killing him|her|them`,
		`hurt|harm|kill|stab|batter|beat|smash|punch|glass|bottle|attack|jump|strangle|poison|burn ~2 him|her|them|his|that|@rel|@who|someone ~4 seriously|honestly|mean|swear|for_real|not_joking|properly|real|tonight|tomorrow`,
		`could|would|will genuinely|actually|honestly|seriously|literally|really kill|hurt|murder|strangle|stab|batter ~1 him|her|them|my`,
		// Remorse put off until after the act ("I'll feel bad about it after,
		// but ...", "I'd feel guilty about it for a day, tops") or refused ("I
		// won't feel bad about it"); not the remorse of an apology, which is
		// felt now or was ("I feel bad about it", "I felt so guilty after it").
		`will|would|ll|d|might|probably feel bad|guilty|sorry about|after it`,
		`i will|would|ll|d not|never feel bad|guilty|sorry about|after it`,
		`i do not think i will|would|d|ll feel bad|guilty|sorry`,
		`make|making sure he|she|they|@rel ~1 suffers|suffer`,
		`do|did|does|doing something|damage ~2 to? him|her|them|his|her|that`,
		`key|keying|slash|slashing|smash|smashing ~1 his|her|their car|tyres|tires|windows|window`,
	}},
	{tHarm, []string{
		`@hurtv him|her|them|that|someone|somebody|@rel`,
		`@hurtv his|her|their|my|that @rel|@who`,
	}},
	{tPlan, []string{
		`i|we|i_am|we_are ~1 will|would|want|wanna|going|gonna|plan|planning|thinking|thought|could|might|ready|intend|mean|about|swear|promise|tempted|shall|have_been|need`,
		`going to|gonna`,
	}},
	{tParent, []string{`@parent`}},
	{tTeenRule, []string{`@teenok`, `after|past|before|by #num|midnight|ten|eleven|nine|dark`, `school night|nights`, `grounded|curfew`}},
	{tEveryday, []string{
		`beat|beats|beaten|beating|thrashed|smashed|kill|killing|killed|destroyed me|us|him|her|them|you|u ~1 at|in|on ~3 chess|cards|game|games|tennis|pool|darts|golf|poker|fifa|scrabble|monopoly|race|match|football|squash|badminton|quiz|arm_wrestling|arguments|fortnite|warzone|cod|valorant|apex|minecraft|ranked|round|rounds|mario_kart|smash|lobby|server|the_next_round|pvp`,
		`hit|hits me|us up`, `hit|hitting|hits it off`, `hit|hits home`, `hit|hits me ~2 hard|later|that|then|suddenly`,
		`it|this|that|reality|realisation|news|truth|guilt|grief|sadness|song|film|memory ~2 hit|hits|punched|kicked|slapped|knocked|floored me|us|him|her`,
		`killing|killed|smashing|smashed|crushing|nailing|nailed|slaying|slayed it`,
		`stabbed|stab|stabbing me|us|him|her in the back`,
		`pushed|push|pushes|pushing me|him|her|us ~1 away|too|to|into|out_of`,
		`pushed|pushing|push ~1 my|her|his buttons`,
		`twisted|twist|twists my|his|her arm`,
		`dragged|drag|drags|dragging ~1 me|us|him|her ~2 to|along|out|round|around ~2 party|shops|shopping|church|wedding|gym|concert|work|pub|meeting|dinner|museum|family|event|walk`,
		`threw|throw|throws|thrown|throwing ~3 party|parties|tantrum|tantrums|fit|fits|wobbly|strop|game|match|up|shade|out|away|together|money|ball`,
		`threw|throw|throws|throwing me|us|her|him ~1 a|off|under_the_bus|out_of_the_group|out_of_the_chat`,
		`grabbed|grab|grabs|grabbing ~2 coffee|lunch|dinner|drink|drinks|food|a|some|bite|pint|beer|bag|keys|coat|phone|attention`,
		`held|hold|holds|holding ~2 grudge|grudges|hand|hands|baby|door|breath|it_against|on|back|tight|me_tight|hug`,
		`choked|choke|choking up|on ~2 food|drink|water|tears|words|bone|sandwich`,
		`choked|choke|chokes|choking in|during|under ~2 exam|final|interview|pressure|game|test|audition|match`,
		`kicked|kick|kicks me|us|him|her ~1 out ~2 of? ~2 group|chat|team|band|game|class|club|league|server|pub|bar|lobby`,
		`kicked|kick|kicks|kicking off`, `kicked ~2 ball|bucket|habit|door`,
		`slapped|slap ~1 with ~2 fine|bill|ban|warning|charge`,
		`slap on the wrist`, `slammed|slams|slamming|slam ~1 the|her|his|my|a|their door|doors|laptop|fist|fists|hand|phone|drawer|cupboard|car_door|boot|brakes`, `beat|beating ~2 myself up`, `beat|beats around the bush`, `killing|kills|killed time`,
		`dying to|for|of`, `die|died|dead of|from laughing|embarrassment|cringe|boredom|shame`,
		`hurt|hurts|hurting my|his|her|your feelings|pride|ego`,
		`dead to me|him|her|them|us`,
		`nail|staple|glue|hot_glue|spray|water|paint|nerf|toy|squirt gun|guns`, `smash ~2 console|phone|tv|screen|xbox|playstation|switch|controller|laptop ~4 if|unless|obviously|lol`,
		`rather die|be_dead|be_shot than ~2 run|eat|do|sit|watch|sing|dance|wear|listen|admit|apologise|apologize|climb|queue|miss|go_to|going_to|attend|sit_through`,
		`knife edge|edged`, `hit|hits|hitting ~2 with a|the|some guilt|news|question|bill|truth|comment|joke|line|fine|ultimatum|request`,
		`stabbed|stab|stabbing in the back`, `hurt|injured|pulled|strained|twisted|did|put_out my|his|her back|knee|ankle|wrist|shoulder|neck|leg|hip`,
		`on|off|back_on track`, `track|tracking|tracks|tracked my|her|his ~1 blood|sugar|steps|calories|sleep|weight|period|spending|budget|habits|progress|mood|food|runs`,
		`smothering|suffocating me|her|him|them`,
		`fell|fall|falling|fallen|falls out`,
		`knocked|knock ~1 me|us|him|her ~2 off_my_feet|sideways|for_six|for_six|back|out_of_the_park|up`,
		`shot|shoots|shooting ~1 me|him|her|us ~1 a|down|look|glance|text|message|email|smile`,
		`smother|smothering|smothered|suffocat* me|her|him|us ~2 with|by|texts|attention|love|messages|affection`,
		`strangle|murder|kill ~3 for|a|some ~2 pizza|coffee|holiday|beer|pint|drink|burger|sleep|chips|curry|tea|kebab|nap|holiday|break`,
		`would|could|'d kill for`,
		`boss|manager|teacher|coach ~3 will|going|is|would|gonna ~1 kill|murder`,
		`bleeding heart|nose_bleed|nosebleed`,
		`lost|losing ~1 my|his|her temper`,
		`told|tell|telling|tells him|her|them|me off`, `literally want|wanna to? die|dying`, `track|tracked|tracking down`,
		`trapped|caught|shut|slammed my|his|her finger|fingers|hand|thumb ~2 in`, `attacking|attack|attacked ~1 her|him|me|them ~3 when|whenever|every_time ~2 i|we|she|he`,
		`trapped|trap|traps ~1 me|her|him|them into ~1 going|doing|coming|agreeing|saying|a|buying|paying`,
		`smacked|banged|hit|bumped|whacked|cracked|knocked my|his|her head|knee|elbow|shin|toe|hip|shoulder ~3 on|against|getting|when`,
		`overdos* on chocolate|sugar|caffeine|coffee|netflix|sweets|cake|candy|tv|carbs|pizza|love|cheese|christmas`,
		`would|will|could literally? kill|murder me|us if ~1 she|he|they|mom|dad|he_ever|she_ever knew|found|finds|saw|knows|heard`,
		`stalked|stalking|stalk|stalks ~1 her|his|their|my|your instagram|insta|facebook|profile|page|socials|photos|pictures|tiktok|linkedin|posts|feed`,
		`parental control|controls`,
		// "a bit" as an amount ("you overreacted a bit about the hen do", "the
		// bit about your sister"); not before "of", which can be a dose.
		// A fear of hurting the reader again is remorse, not a plan.
		`afraid|scared|worried|terrified|frightened|fear|worry ~1 i ~2 hurt|lose|upset you|u`,
		`a|the|that|this|little|tiny|wee bit about|where|when|much|too|more|harsh|short|rude|sharp|defensive|off|over|late|early|quick`, `bit|bite|bites|biting ~2 head off`, `bit|bite|bites|biting my|your|his|her tongue|lip|lips|nails`,
		`dog|dogs|cat|cats|puppy|kitten|horse|toddler|baby|pony|goat ~3 follows|followed|following|bit|bites|scratched|knocked|jumped|kicked|headbutted|smacked|pushed`,
		`following|follows|followed|follow me|us|her|him ~1 round|around ~1 the house|flat|room|kitchen|shop|shops`,
		`showing|shows|showed|turns|turned|turning up late|early|drunk|unannounced_with_flowers`,
		`tracks|tracking|tracked|track ~2 flight|flights|parcel|order|delivery|train|package|bus`,
		`we|both ~2 share|sharing|shared ~1 location|locations|our_location|our_locations`,
		`phone charger|case|cable|screen|number|bill|contract`,
		`live|living in|near|at|together|abroad|nearby|close|far|there|with_him|with_her|with_them|with_my|somewhere|with_this|with_that|with_the|with_it|with_regret|with_guilt|like_that`,
		`social|career|political|professional|fashion|financial|commercial|electoral suicide|suicides`,
		`suicide squad|mission|missions|run|runs|doors|drill|drills|sprints|bomber|bombers`,
		`beat|beats|beaten|thrashed|smashed me|us|them|him|her #num|to_it|on_points|fair_and_square`,
		`kicked|kick|kicks|kicking me|us|him|her|them out`, `cut|cuts|cutting me|her|him|us|them off ~3 mid|in_traffic|while|when|before`,
		`cut|cuts|cutting|burned|burnt|burns my|his|her hair|finger|fingers|thumb|hand|hands ~2 cooking|shaving|on|while|chopping`,
		`cut|cuts|cutting ~2 hours|pay|budget|ties|corners|costs|class|carbs|sugar|the_cake`,
		`locked|lock|locks|locking ~1 myself|himself|herself|themselves out`,
		`locked ~1 myself|me|us|himself|herself in ~2 bathroom|room|toilet ~3 cry|crying|cried|calm|sulk`,
		`following|follow|follows|followed ~1 me|her|him|us ~1 on|back_on ~1 instagram|insta|twitter|tiktok|facebook|socials|spotify|strava|x`,
		`follows|followed|following me|us ~1 around ~3 like|puppy|dog|cat|kitten|everywhere_i_go_in_the_house`,
		`tracking ~2 parcel|order|delivery|steps|calories|sleep|period|spending|budget|fitness|run|runs`,
		`track of`,
	}},
	{tNotAge, []string{
		`#num mins|minutes|min|hours|hrs|hour|seconds|secs|days|weeks|months|quid|pounds|dollars|bucks|euros|rupees|percent|k|grand|miles|km|times|o_clock|pm|am|nil|goals|points|down|up|sets|games|rounds`,
	}},
	{tLight, []string{
		`seriously though|tho`, `joking aside`, `but seriously`,
		`lol|haha|hahaha|jk|just_kidding|kidding|joking|joke|jokes|laughed|laughing|banter|fair_tbh|tbh_fair|xd|obviously_joking|teasing|jokingly|tongue_in_cheek`,
	}},
	{tPlay, []string{
		`as a joke|laugh|bit`, `jokingly|playfully|teasing|banter`, `messing|mucking|fooling|horsing about|around`, `play fight|fighting|fought`,
		`we|we_both|both_of_us|and_we|everyone laughed|laughing|were_laughing`, `tickl*`,
	}},
	{tAccident, []string{
		`by accident|mistake`, `accidentally|accidental|accident`, `fell|fall|falls|falling|tripped|trips|slipped|slips|crashed`, `op|operation|surgery|procedure|physio|stitches_out`,
		`playground|swing|swings|bike|trampoline|scooter|skateboard|climbing_frame`, `not on purpose`,
	}},
	{tMutual, []string{
		`we both|agreed|decided|chose|chosen`, `both agreed|decided|like`, `because we like it`, `because he|she is|s better`,
	}},
	{tPlace, []string{
		`at|during|in work|school|class|lessons|the_office|exams|church`, `on shift`,
		`my|the|our|his|her boss|manager|supervisor|teacher|teachers|headteacher|landlord|landlady|coach|employer|company|school|uni|college|gym|club`,
	}},
	{tSerious, []string{
		`mean_it|meant_it|serious|not_joking|not_kidding|not_even_joking|not_even_kidding|for_real|i_swear|swear|promise|no_joke|dead_serious`,
	}},
}

// buildCueIndex parses the phrases. The screen does not: it reads the
// tables cues_gen.go made from them (run make generate after editing the
// phrases); the generator and the tests parse them here.
func buildCueIndex() *cueIndex {
	var ps []cuePhrase
	read := map[string]*cueElem{}
	for _, g := range cuePhrases {
		for _, src := range g.phrases {
			ps = append(ps, parsePhraseShared(src, g.tag, cueClasses, read))
		}
	}
	return newCueIndex(ps)
}
