package critique

import (
	"strings"
	"sync"
)

// A signal is a normalised span that carries an element.
type signal struct{ s, e int }

var (
	// Performed apologies (IFID: illocutionary force indicating device).
	reSorry    = sig(`\bsorry\b`)
	reApologiz = sig(`\b(?:(?:i|we)\s+(?:[a-z]+ly\s+|do\s+|really\s+|just\s+)?apologi[sz]e|` + im + `\s+(?:[a-z]+ly\s+)?apologi[sz]ing|my\s+(?:sincere\s+|deepest\s+|heartfelt\s+|humble\s+|honest\s+)?apologies|please\s+accept\s+my\s+(?:[a-z]+\s+)?apolog(?:y|ies)|apologies\s+for)\b|(?:^|[.!?\n,:;]\s*)apologies\s+(?:that|if|regarding|about|re|from|again|once\s+again|to\s+(?:you|u|all|everyone|both))\b|\b(?:hi|hey|hiya|hello|dear|morning|evening|afternoon)\s+[a-z']{3,}\s+apologies\s+(?:that|if|regarding|about|re|again|once\s+again|to\s+(?:you|u|all|everyone|both))\b|\bapologies\s*(?:[,:;!\x{2014}\x{2013}]|-\s|\.(?:\s|$))`)
	reOwnIFID  = sig(`\b(?:i\s+was\s+(?:so\s+|completely\s+|totally\s+|really\s+|dead\s+)?(?:wrong|out\s+of\s+line)|my\s+(?:fault|bad)|forgive\s+me|i\s+(?:take|accept)\s+(?:full\s+|complete\s+)?responsibility|that(?:'?s|\s+was|\s+is)\s+(?:all\s+)?on\s+me)\b`)
	// Sorry that is sympathy or politeness, not an apology.
	reSorryNot = lazyRE(`^\s+(?:to\s+(?:hear|bother|interrupt|disturb|say|trouble|reach\s+out\s+out\s+of)|for\s+your\s+loss|(?:if\s+)?not\s+sorry)\b`)

	reOwnership = sig(`\b(?:my\s+(?:fault|bad|mistake|responsibility)|i\s+was\s+(?:so\s+|completely\s+|totally\s+|really\s+)?wrong|(?:that|this|it)(?:'?s|\s+was|\s+is)\s+(?:all\s+)?on\s+me|i\s+(?:take|accept)\s+(?:full\s+|complete\s+)?(?:responsibility|ownership)|(?:there'?s|there\s+is|that'?s|it'?s|that\s+is|it\s+is|it\s+was|that\s+was)\s+no\s+excuse|no\s+excuses|i\s+own\s+(?:that|it|this)|i\s+should(?:n'?t|\s+not|\s+never)?\s+have|i\s+should'?ve|i\s+had\s+no\s+right|i\s+have\s+no\s+excuse|(?:wrong|unfair|cruel|selfish|careless|thoughtless|unkind)\s+of\s+me|i\s+was\s+out\s+of\s+line|i\s+(?:messed|screwed)\s+up|i\s+let\s+you\s+down|i\s+hurt\s+you|i\s+failed\s+you)\b`)

	reImpact = sig(`\b(?:(?:made|left|leaving|making)\s+you\s+(?:feel|look|wait|cry|late|miss|alone|doubt|question|carry|do|pay|scramble|explain)|you\s+(?:felt|must\s+have\s+felt|were\s+left|had\s+to|ended\s+up)|(?:it|that|this)\s+(?:hurt|embarrassed|humiliated|scared|worried|upset)\s+you|(?:hurt|embarrassed|humiliated|scared|worried|upset|let\s+down|disrespected|betrayed|dismissed|belittled|sidelined|excluded|blindsided|undermined|alone|unimportant|invisible|small|unheard|unsafe)\b` + `|must\s+have\s+(?:been|felt)|cost\s+you|your\s+(?:trust|feelings|day|evening|night|birthday|work|time))`)

	reForward        = sig(`\b(?:i'?ll|i\s+will|i'?m\s+going\s+to|i\s+am\s+going\s+to|i'?m\s+gonna|i\s+am\s+gonna|i\s+plan\s+to|i\s+intend\s+to|i\s+promise\s+(?:to|i'?ll|i\s+will|that\s+i'?ll)|i\s+commit\s+to|i(?:'?ve|\s+have)\s+(?:already\s+|just\s+)?(?:started|begun|signed\s+up|booked|messaged|emailed|texted|contacted|corrected|fixed|sorted|approved|cancelled|moved|changed|refunded|set\s+up|set|taken|made\s+sure|made\s+an?\s+appointment|joined|scheduled|put\s+(?:a|an|the|it|them|my|reminders?|alarms?)|deleted|blocked|asked|arranged|ordered|found|talked\s+to|spoken\s+to|told|written|sent|paid|returned|replaced|started\s+seeing|called|stopped|quit|given\s+up|cut\s+(?:back|down|out)|added|transferred|unfollowed|muted|removed|decided\s+to|paid\s+back|put\s+aside|set\s+aside|moved\s+my)|i'?m\s+(?:now\s+)?(?:working\s+on|seeing\s+a|going\s+to\s+therapy|taking|starting|setting|putting|learning|getting\s+help|in\s+therapy)|i\s+am\s+(?:now\s+)?(?:working\s+on|seeing\s+a|taking|starting|setting|putting|learning|getting\s+help|in\s+therapy)|i'?m\s+(?:deleting|cancell?ing|booking|changing|quitting|stopping|blocking|unfollowing|returning|fixing|replacing|setting\s+up|signing\s+up|ordering|buying|sending|paying\s+(?:you|for|back)|setting\s+off|leaving\s+earlier|giving\s+up|cutting\s+(?:back|down|out))\b|my\s+plan\s+is\s+to|the\s+plan\s+is\s+(?:to|that\s+i)|i\s+have\s+decided\s+to|i'?m\s+planning\s+to|i\s+am\s+planning\s+to|from\s+now\s+on|from\s+(?:tonight|today|tomorrow|this\s+(?:week|weekend|month)|monday|next\s+[a-z]+)|i\s+can\s+(?:drop|pay|cover|bring|fix|replace|take|come|sort|make|help|book|cook|order)|i'?m\s+(?:paying|covering|fixing|replacing|booking|sorting)|going\s+forward|in\s+(?:the\s+)?future|next\s+(?:time|show|week|weekend|month|year|one|game|party|visit)|starting\s+(?:today|now|tomorrow|tonight|this\s+week|monday)|moving\s+forward|from\s+here\s+on|i\s+won'?t|i\s+will\s+not|i'?m\s+not\s+going\s+to|i'?m\s+not\s+(?:drinking|touching|using|lending|smoking|gambling|betting|borrowing|driving)|i'?m\s+(?:now\s+)?[a-z]+ing\s+(?:every|each|all)\s+[a-z]+|i'?ll\s+never|i\s+will\s+never|i\s+promise)\b`)
	reForwardGeneric = lazyRE(`^[\s,]*(?:(?:i'?ll\s+|i\s+will\s+|i\s+promise\s+|i'?m\s+going\s+to\s+|i\s+am\s+going\s+to\s+)?(?:(?:definitely|really|totally|honestly|seriously|absolutely|truly|genuinely|actually|just|def)\s+)?(?:never\s+)?(?:(?:try\s*(?:harder|my\s+best|to\s+do\s+better|to\s+be\s+better|to\s+change)?)|try\s+to\s+[a-z]+(?:\s+[a-z]+)?\s+(?:more|less)(?:\s+often)?|(?:pretend|claim|deny|make\s+excuses)\b.*|say\s+(?:it|that|this|i|you)\s+(?:was|were|is)\b.*|i\s+(?:hope|wish|think|guess|believe|feel)\b.*|do\s+better|be\s+better|change|be\s+a\s+better\s+[a-z]+|work\s+on\s+(?:myself|it|things|that|this|me)|(?:ever\s+)?do\s+(?:that|it|this|anything\s+like\s+(?:that|this))(?:\s+ever)?\s+again|let\s+(?:it|this|that)\s+happen(?:\s+again)?|happen\s+again|make\s+sure\s+(?:it|this|that)\s+(?:never|doesn'?t|won'?t)\s+happens?\s+again|make\s+(?:that|the\s+same)\s+mistake\s+again|be\s+(?:a\s+(?:lot|bit|little)\s+|much\s+)?more\s+[a-z]+|be\s+(?:honest|frank|straight|real)(?:\s+with\s+(?:you|u))?|explain\s+(?:everything|myself|it\s+all|my\s+(?:side|reasoning|thinking|decision)|why)\b.*|think\s+about\s+(?:it|this|what\s+i\s+did)|reflect|learn\s+from\s+(?:this|it)|grow|improve|keep\s+(?:that|this|it)\s+in\s+mind|understand|respect\s+(?:that|it|your\s+(?:decision|choice|space|wishes))|be\s+(?:here|around|there|waiting)|wait|leave\s+it\s+(?:there|at\s+that)|let\s+you\s+be|give\s+you\s+(?:space|time|some\s+space)|hope|miss\s+you|always\s+love\s+you|talk\s+to\s+you\s+soon|see\s+you|keep\s+(?:calling|texting|trying)|hear\s+from\s+you|(?:do|be)\s+anything|be\s+like\s+(?:that|this)(?:\s+again)?|forgive\s+myself|be\s+(?:a\s+)?(?:completely\s+|totally\s+|whole\s+)?(?:different|new|changed)\s+[a-z]+|you'?ll\s+see|(?:sort|fix|deal\s+with|get\s+(?:round|around)\s+to)\s+(?:it|this|that)?\s*(?:out\s+)?(?:at\s+some\s+point|sometime|one\s+day|eventually|soonish|when\s+i\s+can)|give\s+you\s+(?:a|an)\s+(?:proper\s+|real\s+)?(?:one|apology)|apologi[sz]e\b.*|say\s+sorry\b.*|take\s+(?:it|that|anything|a\s+word)\s+back\b.*|back\s+down\b.*|forget\s+(?:this|it|that|the\s+[a-z]+|how|what)|stop\s+(?:thinking|feeling|regretting|being\s+sorry)|(?:be\s+able\s+to\s+)?(?:make\s+(?:it|this)\s+up)\s+to\s+you\s+enough)\s*(?:[.!?,;:-]|$|\b(?:if|and|but|when|until|for\s+you|again|i\s+(?:promise|swear)|from\s+now\s+on|going\s+forward|moving\s+forward|in\s+(?:the\s+)?future|from\s+(?:today|here\s+on)|this\s+time)\b)|[.!?]|$)`)
	reRepair         = sig(`\b(?:make\s+(?:it|this|things|that)\s+(?:up\s+to\s+you|right)|make\s+(?:it|this)\s+up|make\s+amends|(?:how|what)\s+(?:can|could|should)\s+i\s+(?:do\s+to\s+)?(?:make|fix|help|repair|do|earn|start)|what\s+would\s+(?:help|make\s+(?:it|this|things)\s+(?:better|right))|is\s+there\s+(?:anything|something)\s+i\s+(?:can|could)\s+do|let\s+me\s+(?:fix|replace|pay|cover|make|buy|take\s+you|treat\s+you|repair|bring|help|cook|drop|carry|sort)|i(?:'?d|\s+would)\s+(?:like|love|want)\s+to\s+(?:make\s+(?:it|this)\s+(?:up|right)|fix|replace|pay|cover|take\s+you|treat\s+you|buy|repair|make\s+amends|cook|redo|reschedule|help\s+you|visit|come\s+(?:over|round|by|and)|see\s+you|bring\s+you)|(?:can|could|may)\s+i\s+(?:come|take|make|bring|buy|cook|help|fix|treat|call\s+you\s+(?:on|this|next|tomorrow))|i\s+want\s+to\s+(?:make\s+(?:it|this|things)\s+(?:up|right)|make\s+amends|fix|replace|pay|repair)|(?:i'?ll|i\s+will)\s+(?:pay|replace|cover|fix|repair|reimburse|buy\s+you|make\s+it\s+up)|would\s+it\s+help\s+if\s+i|would\s+it\s+be\s+(?:ok(?:ay)?|alright|all\s+right|possible)\s+(?:if\s+i|for\s+me\s+to)|(?:how|what)\s+about\s+(?:if\s+)?i\s+(?:cook|take|buy|pay|come|bring|make|book|treat|replace|fix|get|do|drive|pick)|what\s+if\s+i\s+(?:cook|take|buy|pay|come|bring|make|book|treat|replace|fix|got|get)|why\s+don'?t\s+i\s+(?:cook|take|buy|pay|come|bring|make|book|treat|replace|fix|get)|i\s+could\s+(?:take|pay|cover|bring|cook|come|help|buy|fix|replace|drive|pick|make|book|sort|give|look\s+after|have\s+the\s+kids|redo)|(?:i'?d|i\s+would|i'?m|i\s+am)\s+(?:be\s+)?(?:(?:really|more\s+than|very)\s+)?(?:happy|glad|willing|keen)\s+to\s+(?:pay|cover|replace|fix|repair|help|buy|cook|take|come|bring|sort|make\s+(?:it|this)|drive|redo|reimburse)|i\s+owe\s+you\s+(?:a\s+new|another|a\s+replacement|(?:a\s+)?(?:drink|pint|coffee|meal|dinner|lunch|night\s+out|day\s+out|weekend|new\s+one))|(?:the\s+)?money(?:'s|\s+is|\s+has\s+been|\s+was)\s+(?:now\s+)?(?:in\s+your\s+account|on\s+its\s+way|sent|transferred|back\s+in)|you'?ll\s+have\s+(?:it|them|the\s+[a-z]+|my\s+[a-z]+)\s+(?:by|before|first\s+thing|tomorrow|today|tonight|on)|so\s+i\s+can\s+(?:hear|listen|explain|make|fix|sort|put|say|apologi[sz]e|buy|pay)|i(?:'?d|\s+would)\s+(?:like|love|want)\s+to\s+(?:write\s+to|apologi[sz]e\s+to\s+(?:her|him|them)|apologi[sz]e\s+(?:properly|in\s+person)|say\s+sorry\s+(?:properly|in\s+person)|call\s+(?:her|him|them)|tell\s+(?:her|him|them|everyone|your|the)|explain\s+to|set\s+(?:it|things|the\s+record)\s+straight|put\s+(?:it|things)\s+right|correct)|(?:drinks?|dinner|lunch|coffee|pint|pints|food|the\s+next\s+round|it|breakfast|brunch|tea|chai|cake|the\s+[a-z]+)(?:\s+is|\s+are|'s|\s+will\s+be|'ll\s+be)?\s+on\s+me|i(?:'?d|\s+would)\s+(?:be\s+grateful\s+for|appreciate|welcome)\s+(?:the\s+chance|a\s+chance|an\s+opportunity|the\s+opportunity|(?:ten|five|a\s+few|fifteen|twenty)\s+minutes|a\s+(?:meeting|call|chat))|(?:sending|transferring|paying\s+you|paying\s+it\s+back|paying\s+you\s+back)\b` + gap + `{0,20}?\b(?:now|today|tonight|right\s+away|straight\s+away|this\s+(?:morning|afternoon|evening)))\b`)

	reInvitation = sig(`\b(?:(?:would|could|will)\s+you\s+(?:be\s+(?:open|up|willing|free|around|interested|game)|like\s+to|want\s+to|maybe|consider|have\s+time|feel\s+like|let\s+me)|(?:can|could|may|might|shall)\s+we\s+(?:please\s+|maybe\s+|just\s+|ever\s+)?(?:talk|meet|grab|get|catch|have|find|try|maybe|start|chat|sit|go|call|hang|speak)|would\s+it\s+be\s+(?:ok(?:ay)?|alright|all\s+right|possible)\s+(?:if|to)|if\s+you(?:'?re|\s+are|'?d\s+be|\s+would\s+be)\s+(?:ever\s+)?(?:open|up\s+for|willing|interested|free)|if\s+you(?:'?d|\s+would|\s+ever|\s+want|\s+feel)\s+(?:ever\s+)?(?:like|want|ready|up|to|fancy|feel\s+like)|if\s+you\s+(?:ever\s+)?fancy|(?:i(?:'?d|\s+would)|would)\s+(?:welcome|love|like|value|appreciate)\s+(?:a|the)\s+(?:chance|opportunity)\s+to|(?:i(?:'?d|\s+would)|would)\s+(?:love|like|really\s+like|be\s+glad|be\s+happy|welcome\s+the\s+chance)\s+to\s+(?:talk|hear|meet|grab|get|catch|see|have|call|chat|listen|buy\s+you|take\s+you|reconnect)|let\s+me\s+know\s+if|my\s+door\s+is\s+(?:always\s+)?open|i'?m\s+(?:here|around)\s+(?:if|when|whenever)|are\s+you\s+(?:free|around|up\s+for|open)|open\s+to\s+(?:talking|a\s+(?:chat|call|coffee|talk|walk))|how\s+about\s+(?:a\s+)?(?:coffee|lunch|a\s+call|a\s+walk|we)|(?:do\s+you\s+)?(?:want|wanna|fancy)\s+(?:to\s+)?(?:grab|get|meet|talk|catch|have|go|chat)|up\s+for\s+(?:a\s+)?(?:coffee|lunch|a\s+call|a\s+walk|a\s+chat|talking))\b`)
	// Proposals of contact in other shapes: "pint fri?", "fancy a walk",
	// "could I give you a ring", "let's meet", "call me".
	reProposal = sig(`\b(?:owe\s+me\s+(?:at\s+least\s+)?(?:a|one)\s+(?:coffee|drink|pint|call|chat|conversation|lunch|dinner)|see\s+you\s+then|(?:fancy|up\s+for|want|wanna|feel\s+like)\s+(?:a\s+|an\s+|some\s+|to\s+)?(?:coffee|drink|drinks|pint|beer|lunch|dinner|food|walk|call|chat|catch[\s-]?up|brew|cuppa|tea|bite|meet|get|grab|go|talk|catch)|i(?:'?d|\s+would)\s+(?:really\s+|still\s+|also\s+)?(?:like|love)\s+to\s+(?:sit\s+down|come\s+(?:by|over|round|and)|pop\s+(?:by|round|over)|visit|ring|give\s+you\s+a|sort\s+(?:it|this)|clear\s+the\s+air|have\s+a|get\s+together|meet\s+up|talk)|(?:can|could|may)\s+i\s+(?:give\s+you\s+a\s+(?:ring|call|bell)|call|ring|phone|come\s+(?:by|over|round)|see\s+you|visit|take\s+you|buy\s+you|pop)|let'?s\s+(?:just\s+|maybe\s+|please\s+)?(?:meet|have|grab|get|talk|catch\s+up|go\s+for|sit\s+down|do\s+(?:lunch|dinner|coffee|drinks)|video\s+chat|facetime|call|ring|speak|hop\s+on\s+a\s+call)|i(?:'?d|\s+would)\s+(?:really\s+)?(?:like|love)\s+(?:us|for\s+us)\s+to\s+(?:sit|talk|meet|get|have|catch|grab)|(?:ready|want|willing|happy|open|free|able|prepared)\s+to\s+(?:talk|meet|chat|speak)|(?:perhaps|maybe)\s+we\s+(?:might|could|can|should)\s+(?:meet|have|grab|get|talk|catch|go|speak)|\b(?:we|us)\s+(?:meet|meeting|sit\s+down|talk\s+(?:properly|it\s+through|face\s+to\s+face))|(?:can|could|may)\s+i\s+(?:come\s+and\s+see|come\s+see|pop\s+(?:by|round|over|in)|drop\s+by)|(?:coffee|drink|drinks|pint|lunch|dinner|chai|tea|walk|call|chat|catch[\s-]?up|brunch|breakfast|cuppa|beer|meal|bite)\s+(?:sometime|some\s+time|soon|one\s+day|next\s+week|at\s+some\s+point|this\s+week(?:end)?|whenever|when\s+you'?re\s+free|one\s+of\s+these\s+days)|i(?:'?ll|\s+will)\s+be\s+(?:at|in)\s+(?:the\s+)?[a-z]+\b` + gap + `{0,30}?\b(?:at\s+\d|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|tonight|this\s+(?:week|weekend))|(?:call|ring|text|phone|message)\s+(?:me|us|her|him|them|mum|mom|dad)|answer\s+me|(?:a\s+)?(?:phone\s+)?call\s+at\s+least|pick\s+up\s+the\s+phone|talk\s+to\s+me|(?:can|could)\s+we\s+(?:please\s+)?(?:talk|meet|chat|speak)|we\s+(?:need|have)\s+to\s+(?:talk|address|meet|sit\s+down|discuss)|we\s+could\s+(?:go|meet|get|grab|have|do|talk|catch)|i'?m\s+free\s+(?:on\s+)?(?:[a-z]+day|tomorrow|this|next|any|most|whenever)|(?:happy|glad|keen|delighted|pleased)\s+to\s+(?:talk|chat|meet|discuss|catch\s+up|hear|visit|see\s+you|come)|meet\s+me|(?:meet|meeting)\s+up|come\s+(?:for|to)\s+(?:sunday\s+)?(?:lunch|dinner|tea|coffee))\b`)
	// More ways people propose contact: "if you ever felt like a coffee",
	// "over a beer if you're keen", "up for a surf some arvo?", "I'd like
	// to come see you some weekend", "we should talk", "give me a buzz".
	// reRepairDone: a repair already made or fixed to a time ("I've
	// rebooked Marcello's for Friday", "I've put your order back", "can I
	// ring you tonight?", "it'll be with you by Friday", "my shout").
	reRepairDone = sig(`\bi'?ve\s+(?:(?:now|already|just|since)\s+)?(?:restored|corrected|fixed|replaced|rebooked|refunded|repaid|paid\s+(?:you|it|the)|returned|given\s+(?:it|them|the\s+[a-z]+)\s+back|cleaned|filled|swapped|sorted|booked|ordered|pulled|removed|deleted|reissued|resubmitted|rescheduled|put\s+(?:it|them|the\s+[a-z]+|your\s+[a-z]+)\s+back|pumped|bought|transferred|blocked|set\s+(?:a|two|three|up|an)\s+(?:reminder|alarm|alert)s?|taken\s+(?:down|out)|unblocked|had\s+it\s+(?:valeted|cleaned|fixed|repaired))\b|\b(?:can|could)\s+i\s+(?:call|ring|phone)\s+(?:you\s+)?(?:tonight|tomorrow|on|this|next|after|at|before|sunday|monday|saturday)\b|\b(?:it'?ll|they'?ll|it\s+will|they\s+will)\s+be\s+with\s+you\s+by\b|\bmy\s+(?:shout|treat)\b|\bi'?ve\s+(?:just\s+|now\s+|already\s+)?sent\s+(?:you\s+)?(?:the\s+|back\s+the\s+)?(?:[£$€]\s?\d|\d+\s*(?:quid|bucks|euro|dollars|pounds)|money|cash|it\s+back|the\s+money)|(?:^|[.!?,;]\s*)(?:just\s+)?(?:sent|transferred|paid)\s+(?:you\s+)?(?:[£$€]\s?\d|the\s+money|it\s+back)|\b(?:a\s+)?(?:new|replacement|fresh)\s+(?:one|ones|[a-z]+)\s+(?:from\s+[a-z]+\s+)?(?:is|are|'s)\s+(?:in|on|at|by)\s+(?:the|your)\b|\breplacing\s+(?:it|them)\b|\bsending\s+you\s+the\s+money\b|\b(?:i'?ll|i\s+will|will)\s+(?:transfer|send\s+(?:you\s+)?the\s+money|return\s+(?:it|them|the|your))\b`)
	// reRepairOffer: the writer offers to come and do something for them,
	// or has already bought or booked it ("I'd like to come up on the 22nd
	// and take you to lunch", "I'd love to help with Easter lunch", "I
	// ordered you the same ones", "if you need a lift this week I'm home").
	// Wanting to talk or hear is an invitation, not a repair.
	reRepairOffer = sig(`\bi(?:'?d|\s+would)\s+(?:really\s+|very\s+much\s+|also\s+|just\s+)?(?:like|love)\s+to\s+(?:come|pop|take\s+you|sit\s+down|help|call\s+you|ring\s+you|cook|buy\s+you|treat\s+you|make\s+(?:you|it\s+up)|bring|drive|fly|visit|pay|replace|fix|host|have\s+you|invite\s+you)\b|\bi\s+(?:ordered|bought|booked|got)\s+you\b|\bi'?m\s+(?:getting|buying|ordering|booking|bringing|making)\s+you\b|\bi\s+have\s+(?:now\s+|already\s+|just\s+)?(?:bought|ordered|booked|replaced|fixed|paid|returned|rebooked|refunded)\b|\bif\s+you\s+need\s+a\s+(?:lift|hand)\b|\bi'?m\s+(?:coming|driving|popping|flying|heading)\s+(?:[a-z0-9]+\s+){0,3}?(?:to\s+(?:see|visit|help|fix|bring|take|drop|sort)|and\s+(?:bring|help|fix|take|sort))\b|(?:^|[.!?,;]\s*)(?:getting|buying|ordering|bringing|sending|replacing)\s+(?:you|u)\s+(?:a|an|another|the|some|new|fresh)\b|\b(?:i'?ll|i\s+will)\s+(?:apologi[sz]e|say\s+sorry)\s+to\s+(?:her|him|them|everyone|the\s+[a-z]+|your\s+[a-z]+|[a-z]+\s+(?:myself|personally|directly|in\s+person))\b`)
	// reWhenOnly: the forward signals that are only a time ("from now
	// on", "going forward"), not a promise by themselves.
	// reClauseDone: what may follow such a time when it ends its clause.
	reClauseDone   = lazyRE(`^\s*(?:[.!?,;:-]|$|(?:i\s+)?(?:promise|swear)\b|x+\b)`)
	reWhenOnly     = lazyRE(`^(?:from\s+now\s+on|going\s+forward|moving\s+forward|in\s+(?:the\s+)?future|from\s+here\s+on)$`)
	reProposalMore = sig(`\bif\s+(?:you|u)(?:'?d|\s+would)?\s+ever\s+(?:be\s+)?(?:open|up|willing|interested|free|like|liked|want|wanted|fancy|fancied|feel|felt)\b|\bif\s+one\s+day\s+(?:you|u)\b|\b(?:would|'?d)\s+be\s+(?:good|great|nice|lovely|brilliant)\s+to\s+(?:talk|catch\s+up|grab|see|meet|chat|have|hear|get)\b|\blet\s+me\s+know\s+when\b|\bi'?m\s+around\s+(?:to\s+talk|this|next|on|if|whenever|most|all)\b|(?:^|[.!?,;]\s*)(?:just\s+|please\s+|so\s+)?come\s+(?:to|round|over|home|along|for)\b|\b(?:i|we)(?:'?d|\s+would)\s+(?:really\s+|very\s+much\s+|so\s+)?(?:love|like|value|welcome|appreciate)\s+(?:a|an|some)\s+(?:[a-z-]+\s+)?(?:pint|coffee|chat|call|one-to-one|walk|drink|talk|conversation|catch-up|meal|lunch|dinner|cuppa|tea)\b|\b(?:i|we)(?:'?d|\s+would)\s+(?:really\s+|very\s+much\s+|so\s+)?(?:love|like)\s+(?:to\s+(?:invite|bring|have\s+you)|it\s+if\s+you)\b|\bwe\s+(?:can|could)\s+(?:maybe\s+)?(?:call|meet|take|talk|have|video|facetime|grab|get|go|catch)\b|\bwho'?s\s+(?:down|up|in)\s+for\b|\b(?:i'?d|i\s+would)\s+be\s+(?:up|down)\s+for\s+(?:that|it)\b|\b(?:let'?s\s+)?find\s+(?:[0-9]+|ten|fifteen|twenty|thirty|a\s+few)\s+(?:minutes|mins)\b|\bdeserve\s+(?:at\s+least\s+)?(?:a|one)\s+(?:coffee|drink|pint|call|chat|conversation)\b|\b(?:coffee|pint|beers?|drinks?|lunch|dinner|brunch|walk)\s+(?:on\s+me|at\s+the|(?:this\s+|next\s+|on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|whenever)\b|\byou\s+(?:need\s+to|must|have\s+to)\s+(?:be\s+there|come)\b|\bcan\s+(?:you|u)\s+(?:meet|come|call|ring|spare)\b|\bneed\s+to\s+talk\s+to\s+(?:you|u)\b|\bfancy\s+(?:dropping|coming|popping|meeting|grabbing|getting|going)\b|\b(?:are|r)\s+we\s+(?:ever\s+)?(?:going\s+to|gonna)\s+(?:talk|meet|sort)\b|\bi\s+(?:want|wanna|hope)\s+to\s+come\s+(?:and\s+)?(?:see|visit|round|over)\b|\bif\s+(?:you|u)\s+(?:ever\s+)?(?:felt|feel)\s+like\b|\bif\s+(?:you|u)(?:'?re|\s+are|\s+r)\s+(?:ever\s+)?(?:keen|game|around|in\s+town|up\s+for\s+it|down)\b|\b(?:fancy|up\s+for|keen\s+(?:for|on))\s+(?:a|an|some)\s+[a-z]+|\bi(?:'?d|\s+would)\s+(?:really\s+|still\s+|also\s+)?(?:like|love)\s+to\s+come\s+(?:see|and\s+see|visit|down|up|over|round|by|home)\b|\bwe\s+(?:should|could|must)\s+(?:really\s+|probably\s+|maybe\s+)?(?:talk|meet|catch\s+up|get\s+together|grab|have\s+a|go\s+for|sit\s+down|chat)\b|\b(?:give|drop|send)\s+me\s+a\s+(?:buzz|ring|call|bell|shout|line|text|message)\b|\b(?:set\s+up|find|make|book)\s+(?:some\s+)?time\s+(?:with\s+you\s+)?to\s+(?:talk|meet|chat|catch\s+up)\b|\bwe(?:'ll|\s+will|\s+can)\s+talk\b|\b(?:some|one)\s+(?:arvo|afternoon|evening|weekend|morning|night)\s*\?|\b(?:have|having)\s+you\s+(?:round|over)\b|\b(?:shout|buy|get)\s+you\s+(?:a\s+)?(?:coffee|drink|pint|beer|lunch|dinner|breakfast|brunch|tea|cuppa|meal)\b|\bi'?m\s+around\s+for\s+a\s+(?:call|chat|coffee|drink|walk)\b|\bgive\s+(?:us|me)\s+a\s+(?:call|ring|bell|buzz)\b|\b(?:want|wanna|fancy)\s+to\s+(?:watch|come|grab|get|go|meet|catch)\b|\b(?:can|could)\s+we\s+(?:please\s+)?(?:just\s+)?(?:[a-z]+\s+){0,4}?(?:meet|get\s+(?:a\s+)?coffee|grab|talk|catch\s+up)\b|\bif\s+(?:you|u)\s+(?:don'?t|dont)\s+(?:call|ring|text|message|phone)\s+me\b|\bgrace\s+me\s+with\s+a\b|\bif\s+you\s+wanted\s+to\s+(?:get|grab|go|meet|come)\b|\bmaybe\s+(?:breakfast|lunch|dinner|coffee|a\s+walk|a\s+drink|a\s+call)\b|\bin\s+on\s+[a-z]+days\b|\bwith\s+a\s+time\s+that\s+works\b`)
	// A social plan put as a question: "pint fri?", "Coffee next week?".
	reProposalQ = sig(`(?:^|[.!?\n]\s*)(?:(?:this|next|on)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|weekend)\s*\?|\b(?:chai|courts?|gym|park|pub|cinema|coffee|drinks?|a\s+drink|pints?|lunch|dinner|food|walk|a\s+walk|a\s+call|call|catch[\s-]?up|brunch|breakfast|cuppa|tea|beers?|a\s+bite|film|movie|gig|match|game|meal|curry|pizza|run|swim|chat)\b` + gap + `{0,40}\?`)
	reRoom      = sig(`\b(?:no\s+(?:pressure|rush|obligation|hurry|expectations?)|take\s+(?:your|all\s+the|whatever|as\s+much|any)\s+(?:time|space)|(?:in|on)\s+your\s+own\s+time|whenever\s+(?:you(?:'?re|\s+are)\s+ready|you\s+feel\s+ready|works|suits|you\s+want|you\s+like|you\s+can)|when\s+(?:you(?:'?re|\s+are)\s+ready|you\s+feel\s+ready|and\s+if)|if\s+you(?:'?re|\s+are)\s+not\s+ready|if\s+you(?:'?d|\s+would)\s+rather\s+not|if\s+not\b|no\s+(?:big\s+deal|worries|problem|stress)\s+if|(?:i'?ll|i\s+will|i\s+would|i\s+totally|i\s+completely|i\s+fully|i)\s+(?:completely\s+|totally\s+|fully\s+)?(?:understand|respect)\s+(?:if|that|it|your)|(?:it'?s|that'?s|it\s+is|that\s+is)\s+(?:completely\s+|totally\s+|also\s+)?(?:ok(?:ay)?|fine|alright|all\s+right)\s+(?:if|too|either)|you\s+(?:don'?t|do\s+not)\s+(?:have|need)\s+to\s+(?:reply|respond|answer|write|say|get\s+back|forgive|do)|no\s+need\s+to\s+(?:reply|respond|answer|write)|either\s+way|if\s+and\s+when|only\s+if\s+you|if\s+you(?:'?re|\s+are)\s+(?:ever\s+)?(?:open|up\s+for|willing)|if\s+you(?:'?d|\s+would)\s+like|if\s+you\s+(?:ever\s+)?want\s+to|if\s+you\s+ever\s+(?:feel|want)|no\s+worries(?:\s+at\s+all)?\s+if|(?:totally\s+|entirely\s+|completely\s+|all\s+)?up\s+to\s+you|there'?s\s+no\s+(?:rush|pressure|deadline)|at\s+your\s+(?:own\s+)?pace|i\s+don'?t\s+expect\s+(?:a|an|anything|you)|i'?m\s+not\s+expecting\s+(?:a|an|anything|you|much)|(?:whether|if)\s+you\s+(?:reply|respond|write\s+back)\s+or\s+not)\b`)
)

var reNamedObject = lazyRE(`\b(?:your|his|her|their|the|my)\s+[a-z]+`)

// set returns the space-separated words as a set. A set is built on its
// first look-up, not when the package is initialised: every command links
// this package, and most never check a draft.
func set(words string) *wordSet { return &wordSet{words: words} }

// wordSet is a set of words made on first use (see set).
type wordSet struct {
	words string
	once  sync.Once
	m     map[string]bool
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool {
	s.once.Do(func() {
		s.m = make(map[string]bool, strings.Count(s.words, " ")+1)
		for w := range strings.FieldsSeq(s.words) {
			s.m[w] = true
		}
	})
	return s.m[w]
}

func firstWords(s string, n int) []string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return f
}

// negated reports a negation word shortly before p in the same clause.
func (d *doc) negated(p int) bool {
	ws := d.wordsBefore(p, 6)
	if d.unpunctuated && d.clauseOpensAt(p) && !embedded(ws) {
		// In a draft without stops, p opens a clause of its own ("...
		// didnt mean to upset you it wasnt a big deal", "... didnt even
		// text thats on me").
		return false
	}
	if d.unpunctuated && len(ws) > 0 && runOnTurn(d, ws, p) {
		return false
	}
	for i, w := range ws {
		if clauseSubject.has(w) && i+1 < len(ws) && cognition.has(ws[i+1]) {
			// "I didn't think you'd take it so personally": the negation
			// is on the thinking; the clause after it says what it says.
			return false
		}
		if d.unpunctuated && w == "please" && (i+1 == len(ws) || !pleaseVerbBefore.has(ws[i+1]) && !speech.has(ws[i+1])) {
			// texting without stops: "i can't sleep please tell me"
			// turns to them at "please"; "i can't please everyone", "i'd
			// never say please" do not.
			return false
		}
		if runOnStart.has(w) && (i+1 == len(ws) || !cognition.has(ws[i+1]) && !speech.has(ws[i+1]) && ws[i+1] != "that") {
			// texting without stops: "i didnt mean to upset u its just a
			// joke" starts a new clause at "its".
			return false
		}
		if d.unpunctuated && subjectWord.has(w) && finite.has(wordAfter(d, ws, i, p)) && !embedded(ws[i+1:]) {
			// texting without stops: "i didnt mean it it was never a big
			// deal" opens a new clause at "it was"; "i don't think it
			// was" and "i never said it was" do not. In a draft with
			// stops a clause like it after a negation is a complement
			// ("I don't believe you were overreacting").
			return false
		}
		if i < 5 && negates(ws, i) {
			return true
		}
	}
	return false
}

// runOnTurn: in a draft without stops, p turns to something new that no
// negation before it can reach: a suggestion ("it wasn't ideal for anyone
// let's put it behind us"), a plea ("i can't sleep please just call me";
// not "i can't please everyone"), or anything after a clause that ended
// on its own auxiliary ("we both said stuff we shouldn't have water under
// the bridge"; not "we shouldn't have made it a big deal").
func runOnTurn(d *doc, ws []string, p int) bool {
	w := wordAfter(d, nil, 0, p)
	next := wordAfter(d, nil, 0, skipWord(d, p))
	switch {
	case w == "let's" || w == "lets":
		return true
	case w == "please" || w == "pls" || w == "plz":
		return !pleaseVerbBefore.has(ws[0]) && !speech.has(ws[0])
	case (w == "can" || w == "could" || w == "shall") && next == "we", w == "hope" && (next == "we" || next == "you" || next == "u"):
		// "we both did stuff we're not proud of can we just move past
		// it", "not you specifically hope we are fine now"
		return !pleaseVerbBefore.has(ws[0])
	case imperative.has(w) && (next == "me" || next == "us") || w == "let" && next == "me":
		// "you weren't at christmas ring me before new year", "i
		// shouldn't have mentioned it let me know by 5": an order after
		// a clause; "you didn't call me" and "why didn't you ring me"
		// are still denied.
		return !pleaseVerbBefore.has(ws[0]) && !personal.has(ws[0])
	}
	return len(ws) > 1 && ws[0] == "have" && elidedAux.has(ws[1]) && (!participle(w) || w == "let" && next == "me")
}

var (
	imperative  = set("call ring phone text answer message tell meet")
	personal    = set("i you u we they he she")
	elidedAux   = set("shouldn't shouldnt wouldn't wouldnt couldn't couldnt mustn't")
	participles = set("said told put let been gone done made left got gotten brought thought sent kept taken come run hit cut set read spent lost paid sold held seen known given written spoken shown meant heard felt found")
)

// participle: w can follow "have" as its past participle.
func participle(w string) bool {
	return participles.has(w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")
}

// wordAfter is the word that follows ws[i] (ws as wordsBefore(p, ...)
// gives them, nearest first): ws[i-1], or for the nearest the word at p.
func wordAfter(d *doc, ws []string, i, p int) string {
	if i > 0 {
		return ws[i-1]
	}
	e := p
	for e < len(d.norm) && isWordByte(d.norm[e]) {
		e++
	}
	return d.norm[p:e]
}

// embedded reports whether a clause that starts just after ws (ws nearest
// first) is governed by them: a verb of thinking or saying ("i don't
// think it was", "i'm not going to tell you i was"), a conjunction or a
// preposition ("none of that is").
func embedded(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	w := ws[0]
	if governs(w) || complementizer.has(w) {
		return true
	}
	return objectWord.has(w) && len(ws) > 1 && governs(ws[1])
}

// governs: a verb of thinking or saying, or a word that takes a clause
// ("no way that was", "nobody thinks that was").
func governs(w string) bool {
	return cognition.has(w) || speech.has(w) || clauseTakers.has(w)
}

var clauseTakers = set("believe believed believes feel feels reckon reckoned reckons suppose supposed guess guessed thinks says way sure doubt deny denied agree agreed pretend")

// skipWord returns the offset of the word after the one at p.
func skipWord(d *doc, p int) int {
	for p < len(d.norm) && isWordByte(d.norm[p]) {
		p++
	}
	return skipSpace(d, p)
}

var (
	pleaseVerbBefore = set("to can can't cant cannot couldn't couldnt could never not won't wont will would wouldn't wouldnt didn't didnt don't dont doesn't doesnt")
	subjectWord      = set("it that this there i you he she they we someone somebody nobody everyone everybody")
	finite           = set("am was wasn't is isn't were weren't are aren't will won't would wouldn't had hadn't has hasn't did didn't do don't does doesn't can can't could couldn't never always got")
	complementizer   = set("that if whether because when since so as though like than of for about with to in on at from by over after before into")
	objectWord       = set("you him her them me us everyone")
)

// apologyNegated reports a negation of the apology at p ("I'm not
// sorry", "I won't pretend to be sorry", "not even a little bit sorry").
// In a draft without stops, a clause that ends just before the apology
// does not negate it ("i said yes and i hadn't even started sorry i
// lied", "im not making excuses sorry i was rude"): there the word just
// before a negated apology is one that can stand inside its phrase.
func (d *doc) apologyNegated(p int) bool {
	if d.unpunctuated {
		ws := d.wordsBefore(p, 1)
		if len(ws) == 1 && !negates(ws, 0) && !inApologyPhrase.has(ws[0]) && !governs(ws[0]) {
			return false
		}
	}
	return d.negated(p)
}

var inApologyPhrase = set("be being been feel felt feeling am i'm is was were even really so very one bit least remotely little slightly tiny wee tad whit single say saying said sound sounds seem seems look looks gonna going to too terribly particularly especially much any more all at truly genuinely actually ever")

// negates reports whether ws[i] (ws as wordsBefore gives them, nearest
// first) negates the words after it: a negation word, unless it is the
// "no" of a set phrase that closes on its noun ("no pressure", "no
// worries", "long time no see"), which texting runs straight into the
// apology ("no pressure i am really sorry about friday").
func negates(ws []string, i int) bool {
	w := ws[i]
	if closesNoPhrase(ws, i) {
		return false
	}
	return negWords.has(w) || strings.HasSuffix(w, "n't")
}

// closesNoPhrase reports whether ws[i] is the "no" of a set phrase whose
// noun follows it (ws nearest first).
func closesNoPhrase(ws []string, i int) bool {
	return i > 0 && i < len(ws) && ws[i] == "no" && noPhrase.has(ws[i-1])
}

var noPhrase = set("pressure worries worry problem probs prob rush stress offence offense judgement judgment see speak talk hear chat")

// clauseSubject opens an embedded clause; cognition verbs take one.
// runOnStart words open a new clause when they do not follow such a verb.
var (
	runOnStart    = set("it's its that's thats i'm i'll there's he's she's we're they're you're youre")
	speech        = set("say said saying pretend pretending claim claimed tell told telling")
	clauseSubject = set("you you'd you're you've you'll u he she they it that we")
	cognition     = set("think thought realise realize realised realized know knew expect expected imagine imagined see saw mean meant")
)

var negWords = set("not no never none nobody cannot won't dont cant wont didnt isnt wasnt nor without refuse stop")

// inQuotes reports whether p lies between a pair of double quotes.
func (d *doc) inQuotes(p int) bool {
	n := strings.Count(d.norm[:p], `"`)
	if n%2 == 0 {
		return false
	}
	return strings.Contains(d.norm[p:], `"`)
}

// reportVerbs are verbs by which the writer recounts their own words.
var reportVerbs = set("said told called accused implied suggested claimed insisted joked yelled snapped wrote texted muttered shouted replied answered acted pretended made saying telling calling implying suggesting insisting joking blamed blaming dismissed brushed laughed treated labelled labeled")

// clauseOpensAt: the words at p open a clause of their own in a draft
// without stops: a subject and a finite verb ("i was", "it wasnt", "i'd
// had"), or a word that starts one ("its", "thats").
func (d *doc) clauseOpensAt(p int) bool {
	w := wordAfter(d, nil, 0, p)
	next := wordAfter(d, nil, 0, skipWord(d, p))
	if clauseAdverb.has(next) {
		// "we both said", "we all knew", "it just got": the verb comes one
		// word later, and a past tense there opens the clause too.
		next = wordAfter(d, nil, 0, skipWord(d, skipWord(d, p)))
		if subjectWord.has(w) && (speech.has(next) || reportVerbs.has(next) || strings.HasSuffix(next, "ed")) {
			return true
		}
	}
	return (subjectWord.has(w) || openSubject.has(w)) && (finite.has(next) || w == "you" && youMust.has(next)) || runOnStart.has(w) || perfectOpens(w, next)
}

// notAboutThem: a clause that opens on w two words after a verb of
// reporting is seldom what was reported ("i called you selfish we both
// said things"); one on "you" or "i" often is.
func notAboutThem(w string) bool { return w == "we" || w == "it" || indefinite.has(w) }

var (
	// youMust: "you need to understand", "you should know": a demand on
	// the reader opens a clause of its own.
	youMust = set("need needs should gotta")
	// clauseAdverb: "we both said", "it just got": one word between a
	// subject and its verb.
	clauseAdverb = set("both all also just really still")
)

// perfectOpens: "i'd had", "i'd been": a contracted subject and its verb.
func perfectOpens(w, next string) bool {
	return (w == "i'd" || w == "id") && (next == "had" || next == "been")
}

// clauseOpensIn: among words between a verb of reporting and a match
// (wordsBefore's order, nearest first), a subject and its verb open a
// clause of their own: "... at the apprentice i was running on three
// hours sleep". One after a complementizer ("like", "that", "if", "as")
// belongs to the verb ("i acted like it was no big deal").
func clauseOpensIn(ws []string) bool {
	for j := 1; j < len(ws); j++ {
		opens := openSubject.has(ws[j]) && openVerb.has(ws[j-1]) || perfectOpens(ws[j], ws[j-1])
		if opens && (j+1 == len(ws) || !complementizer.has(ws[j+1])) {
			return true
		}
	}
	return false
}

var (
	openSubject = set("i we it things work life")
	openVerb    = set("was were had got felt")
)

// reported reports that the words before p (same clause) are the writer
// recounting their own earlier words ("I told you to ...", "I said it was ...").
func (d *doc) reported(p int) bool {
	if d.writerManner(p) || d.toldMyself(p) || d.askedIfIThought(p) {
		return true
	}
	ws := d.wordsBefore(p, 8)
	for i, w := range ws {
		if reportVerbs.has(w) {
			if d.unpunctuated && (i > 2 || i == 2 && notAboutThem(wordAfter(d, nil, 0, p)) && !complementizer.has(ws[0]) && !leadsIntoClause.has(ws[0])) && (d.clauseOpensAt(p) || clauseOpensIn(ws[:i])) {
				// texting without stops: "sorry i snapped at you in the
				// car i was hangry" has said its act before "i was"
				// opens a clause of its own (at p, or just before it:
				// "... the apprentice i was running on three hours
				// sleep"); "i told you i was busy" still reports. Not
				// read: a clause told to someone named at length ("sorry
				// i told my mum on the phone i was busy" is taken for a
				// clause of its own).
				return false
			}
			// the subject of the verb should be the writer
			for _, s := range ws[i+1:] {
				if s == "i" || s == "i'd" || s == "i've" || s == "i'm" {
					return true
				}
				if s == "you" || s == "he" || s == "she" || s == "they" || s == "we" {
					return false
				}
			}
			return strings.HasSuffix(w, "ing") && i+1 == len(ws) // "telling you to calm down" after "sorry for"
		}
	}
	return false
}

// reToldMyself is the writer recounting what they told themselves at
// the time, the story behind the act, which the rest of the sentence
// usually takes back ("I told myself it was cluttering the spare room and
// that you never played it, but it was yours").
var reToldMyself = lazyRE(`\bi\s+(?:had\s+|'d\s+|just\s+)?(?:told|convinced|persuaded|kept\s+telling)\s+myself\b`)

// toldMyself reports whether p lies inside the writer's "I told myself
// ...", with nothing between that turns or explains ("but", "because",
// "which", "honestly"), and the sentence then takes it back with a "but"
// ("I told myself ... that you never played it, but it was yours"): of
// 65 labelled drafts with "I told myself", none is labelled criticism.
// "I told myself you never read them anyway, which is true" and "I told
// myself it was for your own good because you never tell me anything"
// still are.
func (d *doc) toldMyself(p int) bool {
	a, b := d.sentence(p)
	loc := reToldMyself().FindStringIndex(d.norm[a:p])
	if loc == nil || reTurnWithin().MatchString(d.norm[a+loc[1]:p]) {
		return false
	}
	return reButLater().MatchString(d.norm[p:b])
}

// askedIfIThought: the reader's own question, retold, and the writer's
// answer told as the act ("when you asked if I thought you were stupid, I
// said yes"): the words after "I thought" are what the reader asked. A
// question answered in the present ("you asked if i think ur lazy and
// honestly yes i do") still criticises.
func (d *doc) askedIfIThought(p int) bool {
	if !reAskedIfIThought().MatchString(d.leadIn(p)) {
		return false
	}
	_, b := d.sentence(p)
	return reAnswerTold().MatchString(d.norm[p:min(b, p+60)])
}

var (
	reAskedIfIThought = lazyRE(`\b(?:asked|wondered)\s+(?:me\s+)?(?:if|whether)\s+i\s+(?:really\s+|honestly\s+)?(?:thought|found|considered)\s*$`)
	reAnswerTold      = lazyRE(`\bi\s+(?:said|told\s+you|answered|replied|snapped|laughed)\b`)
)

var reTurnWithin = lazyRE(`\b(?:but|because|cause|cos|since|which|honestly|though|however|anyway|tbh)\b`)

var (
	reMannerEnd = lazyRE(`\b(?:acted|treated\s+(?:you|it|them|him|her)|spoke(?:\s+to\s+(?:you|u))?|talked(?:\s+to\s+(?:you|u))?|behaved|carried\s+on|went\s+on)\s+(?:like|as\s+if|as\s+though)\s+$|\bmade\s+(?:it|this|that)\s+(?:sound|look|seem)\s+(?:like|as\s+if|as\s+though)\s+$|\btreated\s+[^.!?;]*?\band\s+(?:you|u)\s+(?:like|as\s+if|as\s+though)\s+$`)
	// the writer is the verb's subject: right before it ("I acted like",
	// "I just spoke to you as if") or sharing it across "and" ("I got
	// defensive and acted like"); "my sister acted like" is not
	reWriterJustBefore = lazyRE(`(?:^|[^a-z'])i(?:'?d|\s+had)?\s+(?:(?:just|then|also|really|basically|probably|kind\s+of|sort\s+of|literally|still)\s+)?$|(?:^|[^a-z'])i\s+((?:[a-z']+\s+){1,4})and\s+(?:then\s+)?$`)
)

// writerManner: the match is what the writer acted as if were so ("I got
// defensive and acted like you were being petty", "I spoke to you as if it
// didn't matter"): the writer owning how they behaved, not saying it now.
// The subject of the verb must be "I", so "you acted like it didn't
// matter" and "my sister acted like you were petty" are not guarded.
func (d *doc) writerManner(p int) bool {
	a, _ := d.sentence(p)
	pre := d.norm[a:p]
	loc := reMannerEnd().FindStringIndex(pre)
	if loc == nil {
		return false
	}
	m := reWriterJustBefore().FindStringSubmatchIndex(pre[:loc[0]])
	if m == nil || m[2] >= 0 && reOtherSubjectWord().MatchString(pre[m[2]:m[3]]) {
		return false
	}
	return !reRestated().MatchString(d.after(p, 160))
}

var (
	// reOtherSubjectWord: someone else acts between "I" and "and" ("I
	// think you got drunk and acted like ...").
	reOtherSubjectWord = lazyRE(`\b(?:you|u|he|she|they|we|your\s+[a-z]+)\b`)
	// reRestated: the view is held again after it ("... like you were
	// being dramatic, because you were", "and I stand by that", "but tbh
	// you were", "which honestly you kind of were").
	reRestated = lazyRE(`\b(?:because|cos|cause|coz|since)\s+(?:you|u)\s+(?:were|are|was|really\s+were)\b|\bi\s+(?:still\s+)?stand\s+by\b|\band\s+(?:you|u)\s+(?:were|are|still\s+are)\b|\bwhich\s+(?:you|u)\s+(?:were|are)\b|\b(?:which|but|and|though|tho)\s+(?:(?:honestly|tbh|frankly|let'?s\s+be\s+honest|to\s+be\s+honest|to\s+be\s+fair|tbf|ngl|actually|really)\W+)*(?:you|u)\s+(?:(?:kind\s+of|kinda|sort\s+of|really|actually|totally|definitely|still|literally)\s+)*(?:were|are|was|r)(?:\s*(?:[.!?,;]|$)|\s+(?:being|though|tho|lol|haha)\b)`)
)

func actLaterInSentence(d *doc, _, e int) bool {
	_, b := d.sentence(e)
	for _, a := range d.actsOnce() {
		if a.s >= e && a.s < b {
			return true
		}
	}
	return false
}

// An invitation the phrase rules above do not know is found by its two
// parts in one sentence: something the two of them could do together
// (a call, a walk, a drink, "come over", "see you") and a frame that
// offers it rather than reports it (a question, "would you", "if you",
// "I'd like", "maybe", "one evening", "you'd be welcome"). A sentence
// that negates, looks back ("used to") or misses ("I miss our walks")
// offers nothing.
var (
	reContactTerm = lazyRE(`\b(?:talk|talking|chat|speak|call|ring|phone|facetime|video|meet|meeting|see\s+(?:you|u|each\s+other)|visit|come\s+(?:over|by|round|around|for|to|along)|pop\s+(?:over|by|round|in)|drop\s+by|catch\s*-?\s*up|coffee|tea|cuppa|drinks?|pints?|beers?|lunch|dinner|supper|roast|breakfast|brunch|walk|games?|duo|huddle|sherry|fish\s+and\s+chips|meal|food|takeaways?|hang\s+out|get\s+together|link\s+up|barbecue|bbq|braai|a\s+seat\s+for\s+you|have\s+you\s+(?:in|over|round)|curry|pizza|picnic)\b`)
	reOfferFrame  = lazyRE(`\?|\b(?:would|could|will|should)\s+(?:you|u)\b|\b(?:can|could|shall)\s+we\b|\bif\s+(?:you|u|yuh)\b|\bwhenever\b|\bsome\s*time\b|\bone\s+(?:day|evening|afternoon|morning|night|weekend|sunday|saturday|monday|tuesday|wednesday|thursday|friday)\b|\bwhen\s+(?:you|u)(?:'re|\s+are)\s+ready\b|\bwelcome\b|\bi(?:'d|\s+would)\s+(?:really\s+|very\s+much\s+|just\s+)?(?:like|love|be\s+glad|be\s+pleased|be\s+happy|appreciate)\b|\b(?:i|we)\s+could\b|\bmaybe\b|\bperhaps\b|\bi'?m\s+around\b|\bfree\s+to\b|\blet'?s\b|\bfancy\b|\bup\s+for\b|\bopen\s+to\b`)
	reNoOffer     = lazyRE(`\b(?:don'?t|do\s+not|not|never|no\s+longer|won'?t|can'?t|cannot|didn'?t|used\s+to|miss|missed)\b`)
	// A plan proposed (as a question or in an offering frame, see
	// proposesPlan) names a time ahead or doing it together, whatever the
	// plan is ("vc sometime?", "braai sunday?", "down for wings at the
	// spot this weekend?"); one that asks about the past does not.
	rePlanAhead = lazyRE(`\b(?:some\s*time|soon|tomorrow|tmrw|tomoz|tonight|(?:this|next)\s+(?:week|weekend|month|mon|tue|wed|thu|fri|sat|sun)\w*|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:arvo|afternoon|morning|evening|night))?|together|down\s+for|keen\s+(?:for|to)|fancy|up\s+for|wanna|want\s+to)\b`)
	rePlanPast  = lazyRE(`\b(?:did|was|were|had|last|ago|yesterday|went|said|told|how\s+(?:was|did)|why)\b`)
)

// reAgreeEither: the writer saying they would do the same in the
// other's place ("I wouldn't either").
var reAgreeEither = lazyRE(`\b(?:i|me)\s+(?:wouldn'?t|would\s+not|don'?t|do\s+not|couldn'?t|could\s+not|won'?t|neither)\s*,?\s+either$`)

// reDeclineIf: an "if" that imagines them saying no ("if you're not up
// for it", "if you'd rather not", "if you're busy").
var reDeclineIf = lazyRE(`\bif\s+(?:you|u)(?:'re|\s+are|'d|\s+would|\s+do|\s+don'?t|\s+aren'?t|\s+can'?t)?\s+(?:not\b|rather\b|prefer\b|busy\b|still\s+not\b|need\s+(?:more\s+)?(?:time|space)\b)`)

// asksHowItLanded: "tell me how it landed", "I'd like to hear how it came
// across": asking for the other's side of it, not blaming the wording.
func asksHowItLanded(d *doc, s, _ int) bool {
	for _, w := range d.wordsBefore(s, 4) {
		switch w {
		case "tell", "hear", "understand", "know", "ask", "share", "explain":
			return true
		}
	}
	return false
}

// proposesPlan reports whether sentence t proposes something to do, at a
// time ahead or together, as a question or in an offering frame ("we're
// running a session friday night if you want in").
func proposesPlan(t string) bool {
	return (strings.Contains(t, "?") || reOfferFrame().MatchString(t)) && rePlanAhead().MatchString(t) && !rePlanPast().MatchString(t)
}

// offeredContact returns the first sentence that offers contact in the
// two-part shape above, or nil.
func (d *doc) offeredContact() *signal {
	for p := 0; p < len(d.norm); {
		s, e := d.sentence(p)
		if e <= p {
			break
		}
		p = e
		t := d.norm[s:e]
		if d.inQuotes(s) || !(reContactTerm().MatchString(t) && reOfferFrame().MatchString(t) || proposesPlan(t)) {
			continue
		}
		if refuses(t) {
			continue
		}
		a, b := d.trimmed(s, e)
		return &signal{a, b}
	}
	return nil
}

// refuses reports whether a sentence negates, looks back or misses; the
// "not" of "if not" leaves them free and negates nothing.
func refuses(t string) bool {
	for _, m := range reNoOffer().FindAllStringSubmatchIndex(t, -1) {
		if !strings.HasSuffix(t[:m[0]], "if ") {
			return true
		}
	}
	return false
}
