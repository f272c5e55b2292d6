package safety

import (
	"strings"
	"sync"
)

// Word classes used by the rules, as {name}. Each is a regular expression
// over normalised tokens (see text.go: contractions and texting forms are
// already spelt out, "children" is "kids", "mother" is "mom", "photos" is
// "pictures", and a name is "word#n").
// lexiconClasses builds them on first use.
var lexiconClasses = sync.OnceValue(func() map[string]string {
	lexicon := map[string]string{}
	fillLexicon(lexicon)
	return lexicon
})

// lexiconWords is every plain word of the classes, so a capitalised one
// is not taken for a name.
var lexiconWords = sync.OnceValue(func() map[string]struct{} {
	m := map[string]struct{}{}
	add := func(text string) {
		for i := 0; i < len(text); {
			j := i
			for j < len(text) && text[j] >= 'a' && text[j] <= 'z' {
				j++
			}
			if j > i {
				m[text[i:j]] = struct{}{}
				i = j
			} else {
				i++
			}
		}
	}
	for _, alts := range lexiconClasses() {
		add(alts)
	}
	for _, r := range rules {
		add(r.pattern)
	}
	return m
})

// verbs spells out the forms of regular verbs: "punch" gives punch,
// punches, punched, punching; a trailing "+" doubles the last consonant
// (slap+: slapped, slapping); "a/b/c" lists irregular forms as they are.
func verbs(spec string) string {
	var out []string
	for _, v := range strings.Fields(spec) {
		switch {
		case strings.Contains(v, "/"):
			out = append(out, strings.Split(v, "/")...)
		case strings.HasSuffix(v, "+"):
			b := v[:len(v)-1]
			d := b + b[len(b)-1:]
			out = append(out, b, b+"s", d+"ed", d+"ing")
		case strings.HasSuffix(v, "e"):
			out = append(out, v, v+"s", v+"d", v[:len(v)-1]+"ing")
		case strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "s"), strings.HasSuffix(v, "x"):
			out = append(out, v, v+"es", v+"ed", v+"ing")
		default:
			out = append(out, v, v+"s", v+"ed", v+"ing")
		}
	}
	return alt(out...)
}

// words turns a space-separated list into an alternation; "_" in an entry
// stands for a space (a multi-word entry).
func words(list string) string {
	f := strings.Fields(list)
	for i := range f {
		f[i] = strings.ReplaceAll(f[i], "_", " ")
	}
	return alt(f...)
}

func alt(xs ...string) string {
	// Longest first, so "beat up" is tried before "beat".
	ys := append([]string(nil), xs...)
	for i := 1; i < len(ys); i++ {
		for j := i; j > 0 && len(ys[j]) > len(ys[j-1]); j-- {
			ys[j], ys[j-1] = ys[j-1], ys[j]
		}
	}
	return "(?:" + strings.Join(ys, "|") + ")"
}

func fillLexicon(lexicon map[string]string) {
	rel := words(`husband wife partner boyfriend girlfriend ex ex_husband ex_wife ex_boyfriend ex_girlfriend ex_partner fiance fiancee
spouse dad mom stepdad stepmom step_dad step_mom brother sister son daughter uncle aunt cousin grandpa grandma grandfather
grandmother boss teacher coach roommate flatmate landlord friend neighbour neighbor kid kids baby man guy woman parents
family brother_in_law sister_in_law mom_in_law dad_in_law stepbrother stepsister bf gf husbands wifes date manager coworker
colleague babysitter nanny priest pastor tutor`)
	det := words(`my our his her their the your this that a an`)
	name := `[a-z]+#n`
	lexicon["rel"] = rel
	adj := `(?:(?:little|older|younger|baby|big|step|twin|best|new|old|own|ex|former|current|abusive|drunk) )?`
	lexicon["ag"] = alt(`he`, `she`, `they`, `you`, `i`, `we`, `someone`, `somebody`, `people`, `(?:`+det+` )?`+adj+rel, name, det+` `+name)
	lexicon["agx"] = alt(`he`, `she`, `they`, `you`, `someone`, `somebody`, `(?:`+det+` )?`+adj+rel, name) // an agent who is not the writer
	lexicon["vic"] = alt(`me`, `us`, `him`, `her`, `them`, `you`, `someone`, `somebody`, `my mom and me`, det+` `+adj+rel, `(?:my|our|his|her|their|the) (?:dog|cat|puppy|pet)`, name)
	kidNoun := words(`son daughter kid kids baby babies toddler boy girl boys girls stepson stepdaughter sons daughters newborn infant nephew niece grandson granddaughter little_one little_ones little_sister little_brother baby_sister baby_brother`)
	lexicon["kidx"] = `(?:(?:my|our|his|her|their|the|your|a) (?:[0-9]+ ?(?:yo|yr|yrs|year old|month old|years old) |little |baby |step |youngest |oldest |eldest )?` + kidNoun + `|(?:my|our|his|her|their|the|your) [0-9]+ ?(?:yo|yr|yrs|year old|month old))`
	lexicon["kid"] = `(?:(?:(?:my|our|his|her|their|the|your|a) )(?:(?:[0-9]+ (?:year|month|yr) old|little|baby|infant|newborn|step|own|two|three|youngest|oldest|eldest|older|younger|teenage|little) )?` +
		words(`son daughter kid kids baby babies toddler boy girl boys girls stepson stepdaughter sons daughters newborn infant nephew niece grandson granddaughter little_one little_ones kids_and_me me_and_the_kids`) +
		`|(?:my|our|his|her|their|the|your) [0-9]+ ?(?:yo|yr|yrs|year old|month old))`
	lexicon["adv"] = `(?:` + words(`has have had did does do would will is was were are am be been being just always often sometimes once also even then again still keep
used_to keeps kept started starts ended_up end_up tried_to tries_to would_often literally actually really physically repeatedly basically
would_always constantly regularly now finally suddenly almost nearly allegedly totally`) + ` ){0,4}`
	lexicon["hit"] = alt(verbs(`hit/hits/hitting punch slap+ kick beat/beats/beaten/beating smack whack thump headbutt choke strangle throttle
batter pummel stomp bite/bit/bitten/bites/biting burn/burnt/burned/burns/burning scald stab+ elbow knee/kneed/knees/kneeing
rape molest assault grope suffocate smother waterboard`), `beat up`, `beats up`, `beat the (?:shit|crap|hell|life) out of`, `beats the (?:shit|crap|hell|life) out of`)
	lexicon["physv"] = alt(verbs(`smash bang slam+ drag+ bite/bit/bitten/bites/biting knee/kneed/knees/kneeing elbow headbutt drown suffocate smother squeeze/squeezed/squeezes/squeezing
twist yank pinch scratch claw whip+ lash tie/tied/ties/tying tape stamp stomp kick punch slap+ smack hit/hits/hitting beat/beats/beaten/beating choke strangle throttle
burn/burnt/burned/burns/burning scald stab+ cut/cuts/cutting shake/shook/shaken/shakes/shaking batter pummel`), `spat (?:in|on|at)`, `spit (?:in|on|at)`, `spits (?:in|on|at)`,
		`covered`, `covers`, `held`, `holds`, `pulled`, `pulls`, `tried to (?:drown|suffocate|smother|strangle|choke|kill|stab|run over|push)`, `sat on`, `stood on`, `stamped on`, `stomped on`)
	lexicon["push"] = verbs(`pull yank push shove throw/threw/thrown/throws/throwing slam+ drag+ pin+ knock shake/shook/shaken/shakes/shaking fling/flung/flings/flinging hurl toss`)
	lexicon["dir"] = words(`down into against off onto on_to across over through up_against out_the_door out_of_the_door out_of_the_house out_of_bed out to_the_floor to_the_ground out_of_the_car out_of_a_moving_car out_of_the_window down_the_stairs down_the_steps into_the_wall into_a_wall`)
	lexicon["mod"] = words(`will would is_going_to was_going_to are_going_to were_going_to going_to gonna is_gonna will_really would_really is_gonna`)
	lexicon["threatv"] = alt(`kill`, `murder`, `hurt`, `harm`, `beat`, `stab`, `shoot`, `strangle`, `choke`, `beat (?:the (?:shit|crap|hell|life) out of|up)`,
		`break (?:my|your|his|her|our) (?:legs?|neck|face|arms?|jaw|nose|bones)`, `burn (?:down )?(?:the|our|my) (?:house|place|flat|apartment|car)(?: down)?(?: with (?:me|us|you|the kids) (?:inside|in it))?`, `hunt (?:me|us|you) down`,
		`make (?:me|us|you) (?:pay|regret it|suffer|disappear)`, `end (?:me|you)`, `take (?:the|my|our) (?:kids|son|daughter|baby)`, `slit (?:my|your) throat`,
		`smash (?:my|your|his|her) (?:face|head) in`, `put (?:me|you|us) in (?:the )?(?:hospital|ground|grave)`, `find (?:me|us|you) (?:wherever|anywhere|no matter)`,
		`(?:post|share|send|leak|release|upload) (?:the|my|those|our|your) (?:pictures|videos|nudes)`)
	lexicon["harmv"] = alt(`kill`, `murder`, `hurt`, `harm`, `beat`, `beat up`, `punch`, `hit`, `stab`, `shoot`, `strangle`, `choke`, `poison`, `run over`,
		`attack`, `killing`, `murdering`, `hurting`, `harming`, `beating`, `punching`, `hitting`, `stabbing`, `shooting`, `strangling`, `choking`, `poisoning`,
		`attacking`, `beating up`, `beat (?:the (?:shit|crap|hell|life) out of)`, `drown`, `drowning`, `suffocate`, `smother`, `jump`, `batter`, `cut`, `bury`)
	lexicon["harmobj"] = alt(`make (?:him|her|them|you) (?:pay|suffer|bleed)`, `(?:break|breaking|smash|smashing|snap|snapping|cave|caving) (?:his|her|their|your) (?:legs?|neck|face|arms?|jaw|nose|skull|head|teeth|kneecaps?)(?: in)?`,
		`slit (?:his|her|their|your) throat`, `(?:burn|burning) (?:down )?(?:his|her|their|your) (?:house|place|car|flat)(?: down)?`, `(?:burn|torch|set fire to) (?:his|her|their|your|my) (?:house|place|car|flat) with (?:him|her|them|you|me) (?:inside|in it)`, `get rid of (?:him|her|them)(?: for good)?`)
	lexicon["body"] = words(`face head eye eyes eyebrow eyebrows lip lips nose jaw arm arms wrist wrists leg legs rib ribs neck throat back chest stomach
hand hands finger fingers shoulder shoulders skull hair ear ears cheek cheeks forehead mouth teeth tooth thigh thighs knee knees ankle collarbone temple body`)
	lexicon["weapon"] = words(`gun guns knife knives blade machete axe pistol rifle shotgun crossbow baseball_bat bat acid hammer crowbar`)
	lexicon["weaponish"] = words(`gun guns knife knives blade machete axe pistol rifle shotgun crossbow baseball_bat acid crowbar`)
	lexicon["target"] = alt(`him`, `her`, `them`, `you`, `someone`, `somebody`, `people`, `everyone`, `that (?:guy|man|woman|girl|bitch|bastard|asshole)`, `(?:`+det+` )?`+adj+rel, name, det+` `+name)
	lexicon["circle"] = `(?:(?:my|our|her|his|any|any of my) )?` + words(`friends friend family parents mom dad sister sisters brother brothers siblings anyone anybody people
kids son daughter grandparents cousins best_friend therapist doctor coworkers colleagues family_or_friends friends_or_family girlfriends mates`)
	lexicon["wantto"] = alt(`want to`, `wanted to`, `wish i could`, `going to`, `gonna`, `thinking about`, `thought about`, `think about`, `planning to`, `plan to`,
		`tempted to`, `about to`, `tried to`, `try to`, `urge to`, `almost`, `nearly`, `ready to`, `feel like`, `considering`, `considered`, `want to just`, `will`, `should just`, `might`)
	lexicon["pills"] = words(`pills tablets meds medication medications sleeping_pills painkillers tylenol paracetamol ibuprofen xanax benadryl advil aspirin
antidepressants insulin oxy oxycodone opioids sleeping_tablets prescription sertraline citalopram fluoxetine prozac zoloft lexapro
escitalopram lithium diazepam valium codeine tramadol morphine lorazepam ativan quetiapine seroquel amitriptyline co_codamol
propranolol zopiclone temazepam gabapentin pregabalin fentanyl heroin acetaminophen nurofen`)
	lexicon["spread"] = verbs(`post share send/sent/sends/sending leak release upload show/showed/shown/shows/showing spread/spreads/spreading publish forward put/puts/putting`) +
		`(?: (?:them|it|those|everything))?(?: (?:online|to everyone|everywhere|on the internet|to my (?:boss|family|parents|mom|dad|work|friends)))?`
	lexicon["intimate"] = words(`nudes nude naked_pictures naked_videos intimate_pictures intimate_videos explicit_pictures sex_tape private_pictures private_videos
pictures_of_me_naked videos_of_me_naked sexual_pictures sexts sexy_pictures dirty_pictures private_pics porn_site porn_sites porn onlyfans`)
	lexicon["often"] = words(`every_night every_day every_time every_morning every_evening all_the_time always constantly daily each_night each_day whenever
everyday nonstop non_stop twenty_times demands make_me makes_me made_me without_asking secretly`)
	lexicon["harmact"] = `(?:` + lexicon["harmv"] + ` ` + lexicon["target"] + `|` + lexicon["harmobj"] + `|put ` + lexicon["target"] + ` in (?:the )?(?:hospital|ground|grave|a wheelchair|intensive care)` +
		`|(?:push|pushing|throw|throwing|shove|shoving) ` + lexicon["target"] + ` (?:off|down|out of|under|in front of|over)` +
		`|(?:run|running) ` + lexicon["target"] + ` (?:over|down|off the road)|jump ` + lexicon["target"] +
		`|(?:throw|throwing|pour|pouring) (?:acid|boiling water|bleach|hot water|petrol) (?:in|on|at|over) (?:his|her|their|your) (?:face|eyes|head|body))`
}
