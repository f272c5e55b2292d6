package critique

import "testing"

// commitCases: whole apologies whose commitment (a concrete change or a
// concrete offer of repair, the definitions' element) is present or not.
// Written from the general forms of promising and offering.
var commitCases = []struct {
	want bool
	text string
}{
	{true, "I'm sorry I forgot your birthday. How about I cook for you on Friday and we celebrate properly?"},
	{true, "I'm sorry I broke your mug. I owe you a new one and I'm ordering it tonight."},
	{true, "I'm sorry I missed the school play. I've asked my manager for Thursdays off so it can't happen again."},
	{true, "I'm sorry I spoke over you at the meeting. I've decided to wait until you've finished before I say anything in future meetings."},
	{true, "I'm sorry I stained your dress. I'd be happy to pay for the dry cleaning."},
	{true, "I'm sorry I was short with you. I could take the kids on Saturday so you get a morning to yourself, if that would help."},
	{true, "I'm sorry I shared your news. My plan is to tell everyone in the group chat that it wasn't mine to share."},
	{true, "I'm sorry I forgot to pay you back. The money's in your account now, and I've added a bit for the wait."},
	{true, "I'm sorry I kept you waiting again. I'm setting off twenty minutes earlier from now."},
	{true, "I'm sorry I criticised your cooking in front of everyone. Whatever I think, I'll say it to you privately."},
	{true, "I'm sorry I read your texts. It stops now: I've deleted the app I used."},
	{true, "I'm sorry I drank too much at your wedding. I've stopped drinking for the rest of the year."},
	{true, "I'm sorry I let you down on moving day. Would it be okay if I came over this weekend to help you unpack?"},
	{true, "I'm sorry I snapped. What would help? I can give you space, or come round, whichever you'd like."},
	{false, "I'm sorry I forgot your birthday. I'll do better."},
	{false, "I'm sorry I broke your mug. It won't happen again."},
	{false, "I'm sorry I was rude to your mum. I hope one day I can make it up to her."},
	{false, "I'm sorry I missed the play. I'll try harder."},
	{false, "I'm sorry I shouted. I'll never forgive myself."},
	{false, "I'm sorry I lied. I'll understand if you need space."},
}

func TestCommitmentForms(t *testing.T) {
	bad := 0
	for _, c := range commitCases {
		got := Check(c.text, KindApology).Elements[ElemCommitment].Present
		if got != c.want {
			bad++
			t.Logf("commitment %v, want %v: %s", got, c.want, c.text)
		}
	}
	if bad > commitMaxWrong {
		t.Errorf("%d of %d commitment verdicts wrong (max %d)", bad, len(commitCases), commitMaxWrong)
	}
}

const commitMaxWrong = 0
