package critique

// Category describes one kind of finding. Element is the apology
// element it undermines; ReachOutElement is the reach-out element it
// goes against when the draft is a reach-out ("" when the category is
// not checked for reach-outs). Which elements a finding withholds, not
// only weakens, is Withholds (apology) and blockers in check.go.
type Category struct {
	ID              string `json:"id"`
	Severity        string `json:"severity"`
	Element         string `json:"element"`
	ReachOutElement string `json:"reach_out_element,omitempty"`
	Why             string `json:"why"`
	Hint            string `json:"hint"`
}

// Category ids.
const (
	CatConditional      = "conditional"
	CatDeflection       = "deflection"
	CatButClause        = "but-clause"
	CatPassive          = "passive"
	CatBlame            = "blame"
	CatMinimizing       = "minimizing"
	CatVague            = "vague"
	CatRegretOnly       = "regret-only"
	CatAnnounced        = "announced"
	CatHedged           = "hedged"
	CatIntent           = "intent"
	CatIdentity         = "identity"
	CatExcuse           = "excuse"
	CatJustification    = "justification"
	CatCounter          = "counter"
	CatMisunderstanding = "misunderstanding"
	CatInvalidating     = "invalidating"
	CatDiffuseAddressee = "diffuse-addressee"
	CatPressure         = "pressure"
	CatResentful        = "resentful"
	CatDeadline         = "deadline"
	CatEmptyPromise     = "empty-promise"
	CatSelfFocus        = "self-focus"
	CatUniversalExcuse  = "universal-excuse"
	CatContempt         = "contempt"
	CatCriticism        = "criticism"
	CatDemand           = "demand"
	CatTooLong          = "too-long"
	CatNoApology        = "no-apology"
	CatCondescending    = "condescending"
	CatPresuming        = "presuming"
	CatThreat           = "threat"
	CatCondition        = "condition"
)

// catalogue is the fixed list of categories. Texts are the project's
// own summaries of the research in apology-research.md section 2.
var catalogue = []Category{
	{
		CatConditional, SevHigh, ElemAcknowledgment, ElemBrief,
		"An \"if\" turns the harm into a maybe and leaves the hurt person to prove it happened (Lazare 2004; Ingall & McCarthy 2023).",
		"Drop the \"if\": \"I'm sorry that I ...\" and name what you did.",
	},
	{
		CatDeflection, SevHigh, ElemResponsibility, ElemBrief,
		"Apologising for how they feel, not for what you did, hints that their reaction is the problem (Ingall & McCarthy 2023).",
		"Apologise for your act and then name its effect: \"I'm sorry I ..., and I can see it left you feeling ...\".",
	},
	{
		CatButClause, SevHigh, ElemResponsibility, ElemBrief,
		"A \"but\" after the apology takes it back and opens a defence (Lerner 2017; Schumann 2018).",
		"End the apology before the \"but\"; if context matters, save it for when they ask.",
	},
	{
		CatPassive, SevHigh, ElemResponsibility, ElemBrief,
		"Agentless phrasing (\"mistakes were made\", \"things got out of hand\") hides who did it (Kampf 2009; Lazare 2004).",
		"Put yourself in the sentence as the one who acted: \"I said ...\", \"I made a mistake when I ...\".",
	},
	{
		CatBlame, SevHigh, ElemResponsibility, ElemBrief,
		"Pointing at the other person's part moves the fault onto them and reads as defensiveness (Schumann 2018; Freyd 1997).",
		"Own only your part here; their part, if any, is a separate conversation for later.",
	},
	{
		CatMinimizing, SevHigh, ElemResponsibility, ElemBrief,
		"Shrinking the act (\"just a joke\", \"no big deal\") tells them the hurt is out of proportion (Schumann 2018; Benoit & Drew 1997).",
		"Describe the act plainly and let its weight stand: \"I made a joke at your expense, and it was unkind.\"",
	},
	{
		// A first reach-out need not name the act ("I'm sorry for my part
		// in what happened"), so in a reach-out only a blanket apology
		// ("sorry for everything") is vague, and it withholds no element.
		CatVague, SevHigh, ElemAcknowledgment, ElemBrief,
		"An apology for \"everything\" or \"whatever I did\" names no act, which is where most apologies fail (Lazare 2004).",
		"Name the specific thing you did, when, and to whom: \"I'm sorry I ... at ...\".",
	},
	{
		CatRegretOnly, SevMedium, ElemAcknowledgment, ElemBrief,
		"\"I regret\" or \"it's unfortunate\" reports a feeling without apologising or owning the act (Kampf 2009; Ingall & McCarthy 2023).",
		"Say the words: \"I'm sorry I ...\" or \"I was wrong to ...\".",
	},
	{
		CatAnnounced, SevLow, ElemAcknowledgment, ElemBrief,
		"Saying you want to apologise describes an apology instead of making one (Ingall & McCarthy 2023).",
		"Skip the preamble: \"I'm sorry I ...\".",
	},
	{
		CatHedged, SevMedium, ElemAcknowledgment, ElemBrief,
		"\"May have hurt you\" keeps the harm hypothetical (Kador 2009; Lazare 2004).",
		"State the effect you know about: \"I hurt you when I ...\".",
	},
	{
		CatIntent, SevMedium, ElemAcknowledgment, ElemBrief,
		"Leading with what you meant puts your intent ahead of their experience (Stone, Patton & Heen 1999).",
		"Own the impact first; mention intent later, briefly, if at all.",
	},
	{
		CatIdentity, SevMedium, ElemResponsibility, ElemBrief,
		"\"That's not who I am\" guards your self-image instead of the relationship (Schumann 2018).",
		"Let the act speak about the act: \"I did that, and I want to do better.\"",
	},
	{
		CatExcuse, SevMedium, ElemResponsibility, ElemBrief,
		"Tiredness, stress or a bad day offered as the cause reads as an excuse (Schumann 2018); explanations carry little weight (Lewicki et al. 2016).",
		"Cut the excuse, or own it outright: \"I was stressed, and that's no excuse for ...\".",
	},
	{
		CatJustification, SevHigh, ElemResponsibility, ElemBrief,
		"Defending the act as right or necessary cancels the apology (Schumann 2018; Benoit & Drew 1997).",
		"Drop the defence; say what it cost them and that you'd act differently.",
	},
	{
		CatCounter, SevMedium, ElemResponsibility, ElemBrief,
		"\"You did it too\" or \"we both\" turns the apology into a trade of charges, a form of defensiveness (Gottman et al. 1998).",
		"Keep this message about your part; raise theirs another time, if at all.",
	},
	{
		CatMisunderstanding, SevHigh, ElemResponsibility, ElemBrief,
		"Calling it a misunderstanding puts the fault in how they heard you (Lazare 2004; Ingall & McCarthy 2023).",
		"Own what you said or did as it landed: \"What I said was hurtful.\"",
	},
	{
		CatInvalidating, SevHigh, ElemResponsibility, ElemBrief,
		"Telling them they are too sensitive or should calm down questions whether they were hurt at all (Lazare 2004; Gottman et al. 1998).",
		"Accept their feelings as real: \"You had every reason to be upset.\"",
	},
	{
		CatDiffuseAddressee, SevMedium, ElemAcknowledgment, ElemBrief,
		"Apologising to \"anyone who was offended\" does not speak to the person you hurt (Lazare 2004; Kampf 2009).",
		"Address them directly: \"I'm sorry I hurt you.\"",
	},
	{
		CatPressure, SevHigh, ElemCommitment, ElemNoPressure,
		"Pushing for forgiveness or a quick return to normal (\"so we're good, right?\"), or a guilt trip (\"after all I've done for you\"), puts your relief first; forgiveness is theirs to give, and a coerced reconciliation does not hold (Lewicki et al. 2016; Lerner 2017; Risen & Gilovich 2007).",
		"Leave the next step to them, with nothing owed: \"Take whatever time you need.\"",
	},
	{
		CatResentful, SevHigh, ElemAcknowledgment, ElemNoPressure,
		"A grudging or forced apology is seen for what it is (Risen & Gilovich 2007).",
		"Wait until you can mean it; then say it once, plainly, without keeping score.",
	},
	{
		CatDeadline, SevHigh, ElemCommitment, ElemNoPressure,
		"Asking for a reply by a time or urging an answer leaves no room to take time or decline (Rosenberg 2003; the guide's reaching-out step).",
		"Remove the deadline and say a reply can wait: \"No rush, whenever you're ready.\"",
	},
	{
		CatEmptyPromise, SevMedium, ElemCommitment, ElemBrief,
		"\"It will never happen again\" with no concrete step costs nothing to say (Lewicki et al. 2016; Scher & Darley 1997).",
		"Name one specific change or repair: \"From now on I will ...\".",
	},
	{
		CatSelfFocus, SevMedium, ElemAcknowledgment, ElemBrief,
		"Centring your own distress, or running yourself down, asks the hurt person to comfort you (Lerner 2017).",
		"Keep the focus on what it was like for them; say what you will do, not how bad you feel.",
	},
	{
		CatUniversalExcuse, SevMedium, ElemResponsibility, ElemBrief,
		"\"Nobody's perfect\" waters ownership down into a general truth.",
		"Replace it with your specific part: \"I was wrong to ...\".",
	},
	{
		CatContempt, SevHigh, ElemAcknowledgment, ElemBrief,
		"Sarcasm and mockery are the strongest sign of a relationship in trouble (Gottman et al. 1998).",
		"Remove the sarcasm; write only what you would say face to face, calmly.",
	},
	{
		CatCriticism, SevHigh, ElemResponsibility, ElemBrief,
		"\"You always\" and labels attack who they are, not what happened (Gottman et al. 1998; Rosenberg 2003).",
		"Describe one concrete event and your part in it; drop the label.",
	},
	{
		CatDemand, SevMedium, ElemAcknowledgment, ElemNoPressure,
		"\"You need to understand\" is a demand, not a request they can refuse (Rosenberg 2003).",
		"Turn it into a request they can decline: \"Would you be open to ...?\"",
	},
	{
		CatTooLong, SevMedium, ElemResponsibility, ElemBrief,
		"Long messages drift into explanation and relitigating; short ones land better (Lerner 2017; the guide's reaching-out step).",
		"Cut to the act, its effect, your part and one next step.",
	},
	{
		CatNoApology, SevHigh, ElemAcknowledgment, "",
		"The explicit words of apology have an effect of their own (Scher & Darley 1997).",
		"Say it directly: \"I'm sorry I ...\" or \"I apologise for ...\".",
	},
	{
		CatCondescending, SevLow, ElemAcknowledgment, ElemBrief,
		"\"Obviously\" or \"as I said\" implies they were slow to understand (Ingall & McCarthy 2023).",
		"Drop the marker; say the thing once, plainly.",
	},
	{
		CatPresuming, SevLow, ElemAcknowledgment, ElemBrief,
		"\"I know how you feel\" presumes instead of asking (Kador 2009; Rosenberg 2003).",
		"Ask or reflect instead: \"I imagine that felt ... - is that right?\"",
	},
	{
		CatThreat, SevHigh, ElemCommitment, ElemNoPressure,
		"A threat or ultimatum coerces instead of repairing; forced reconciliation is seen through and breeds resentment (Risen & Gilovich 2007; Gottman et al. 1998).",
		"Remove the \"or else\": say what you will do whatever they decide, and leave the choice to them.",
	},
	{
		CatCondition, SevHigh, ElemCommitment, ElemNoPressure,
		"A promise that depends on them changing first puts the repair on their account; an offer of repair counts only when it is yours to keep (Lewicki et al. 2016; Schumann 2018).",
		"Make the change unconditional: \"I'll ...\" with no \"as long as you ...\"; raise what you need from them another time.",
	},
}

var catIndex = func() map[string]int {
	m := make(map[string]int, len(catalogue))
	for i, c := range catalogue {
		m[c.ID] = i
	}
	return m
}()

// Categories returns a copy of the catalogue, for docs and --help.
func Categories() []Category {
	out := make([]Category, len(catalogue))
	copy(out, catalogue)
	return out
}

func lookup(id string) Category { return catalogue[catIndex[id]] }

// Lookup returns the category with the given id.
func Lookup(id string) (Category, bool) {
	i, ok := catIndex[id]
	if !ok {
		return Category{}, false
	}
	return catalogue[i], true
}

// withholds says which apology elements a medium or high finding of a
// category withholds (the definitions the labelled sets use): the
// acknowledgment needs an explicit apology for a named, real act, so an
// "if", a hedge, a vague object or a misdirected apology withholds it;
// responsibility needs the act owned with nothing shifting it, so every
// defence withholds it; a threat or a condition on them withholds the
// commitment. Others withhold less: a grudging tone (resentful) and "I
// never meant to" (intent) nothing, a bare "I regret" (regret-only: "I
// regret that I forgot your birthday" owns the act but apologises for
// nothing) and an apology to a group (diffuse-addressee) only the
// acknowledgment. Their writers
// in the blind sets kept responsibility in 74% (of 125), 53% (77), 76%
// (29) and 59% (39) of the apologies where nothing else withheld it; with
// them withholding it, responsibility was right on 0.914 of the 8,928
// spent blind drafts, without, 0.929. Responsibility still needs an act
// named as the writer's: "I never meant to hurt you" and "I regret that
// you feel that way" name none (acts.go).
var withholds = map[string][]string{
	CatConditional:      {ElemAcknowledgment, ElemResponsibility},
	CatDeflection:       {ElemAcknowledgment, ElemResponsibility},
	CatPassive:          {ElemAcknowledgment, ElemResponsibility},
	CatVague:            {ElemAcknowledgment, ElemResponsibility},
	CatRegretOnly:       {ElemAcknowledgment},
	CatHedged:           {ElemAcknowledgment, ElemResponsibility},
	CatMisunderstanding: {ElemAcknowledgment, ElemResponsibility},
	CatDiffuseAddressee: {ElemAcknowledgment},
	CatNoApology:        {ElemAcknowledgment},
	CatButClause:        {ElemResponsibility},
	CatBlame:            {ElemResponsibility},
	CatMinimizing:       {ElemResponsibility},
	CatIdentity:         {ElemResponsibility},
	CatExcuse:           {ElemResponsibility},
	CatJustification:    {ElemResponsibility},
	CatCounter:          {ElemResponsibility},
	CatInvalidating:     {ElemResponsibility},
	CatContempt:         {ElemAcknowledgment, ElemResponsibility},
	CatCriticism:        {ElemResponsibility},
	CatUniversalExcuse:  {ElemResponsibility},
	CatDemand:           {ElemResponsibility},
	CatThreat:           {ElemCommitment},
	CatCondition:        {ElemCommitment},
}

// Withholds returns the apology elements a finding of category id
// withholds (see withholds).
func Withholds(id string) []string { return append([]string(nil), withholds[id]...) }

// sureness says how sure a category's rules are, where they are less
// than sure: their findings cost that share of a full finding. Measured
// on the labelled sets, these fire on drafts their labellers did not
// flag more often than the rest.
var sureness = map[string]float64{
	CatCondescending: 0.5,
	CatPresuming:     0.6,
	CatHedged:        0.8,
	CatSelfFocus:     0.8,
	CatMinimizing:    0.8,
	CatTooLong:       0.7,
	CatAnnounced:     0.7,
}

// Sureness is how sure the rules of category id are, from 0 to 1.
func Sureness(id string) float64 {
	if s, ok := sureness[id]; ok {
		return s
	}
	return 1
}

// pushing are the categories that push the other person for a reply,
// for forgiveness or for a return to normal, rather than weakening the
// apology itself.
var pushing = map[string]bool{CatPressure: true, CatDeadline: true, CatDemand: true, CatResentful: true}

// Pushes reports whether a finding of category id pushes the other
// person (for a reply, forgiveness or a quick return to normal). The
// practice debrief rates "no pressure" on these.
func Pushes(id string) bool { return pushing[id] }

// LineIgnored reports whether category id is about a whole message and
// says nothing about one line of a conversation: a single line need not
// apologise (the person may be listening or asking), and length is
// judged on a whole message.
func LineIgnored(id string) bool { return id == CatNoApology || id == CatTooLong }
