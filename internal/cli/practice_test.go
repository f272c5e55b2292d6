package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/amends-cli/amends/internal/coach"
	"github.com/amends-cli/amends/internal/config"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/llm/ollamatest"
	"github.com/amends-cli/amends/internal/practice"
	"github.com/amends-cli/amends/internal/scenario"
	"github.com/amends-cli/amends/internal/templates"
	"github.com/amends-cli/amends/transcripts"
)

type practiceEnv struct {
	t      *testing.T
	srv    *ollamatest.Server
	dir    string
	env    map[string]string
	out    *bytes.Buffer
	errOut *bytes.Buffer
}

func newPracticeEnv(t *testing.T) *practiceEnv {
	t.Helper()
	srv := ollamatest.New()
	t.Cleanup(srv.Close)
	dir := t.TempDir()
	return &practiceEnv{t: t, srv: srv, dir: dir, env: map[string]string{
		"OLLAMA_HOST":     srv.URL,
		"HOME":            dir,
		"XDG_CONFIG_HOME": filepath.Join(dir, "config"),
		"XDG_DATA_HOME":   filepath.Join(dir, "data"),
		"XDG_CACHE_HOME":  filepath.Join(dir, "cache"),
	}}
}

// run runs `amends ARGS` in process with stdin and returns the exit code.
func (p *practiceEnv) run(stdin string, args ...string) int {
	p.t.Helper()
	ios, in, out, errOut := iostreams.Test()
	in.WriteString(stdin)
	p.out, p.errOut = out, errOut
	f := NewFactory(ios, config.Env(func(k string) (string, bool) { v, ok := p.env[k]; return v, ok }))
	root := NewCmdRoot(f)
	root.SetArgs(args)
	err := root.ExecuteContext(context.Background())
	return printError(errOut, err)
}

func (p *practiceEnv) transcripts() []string {
	p.t.Helper()
	m, _ := filepath.Glob(filepath.Join(p.dir, "data", "amends", "transcripts", "*.jsonl"))
	return m
}

func TestPracticeUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"practice", "--relationship", "boss"}, "friend, family, partner, colleague, other"},
		{[]string{"practice", "--mood", "angry"}, "hurt, guarded, defensive, cold, open"},
		{[]string{"practice", "--difficulty", "brutal"}, "gentle, realistic, hard"},
		{[]string{"practice"}, "missing --who and --what"},
		{[]string{"practice", "--who", "Sam"}, "missing --what"},
		{[]string{"practice", "--scenario", "nope"}, `no scenario "nope"`},
		{[]string{"practice", "--resume", "last", "--who", "Sam"}, "leave out --who"},
		{[]string{"practice", "--who", "Sam", "--what", "x", "--opening", "/does/not/exist"}, "--opening"},
	} {
		p := newPracticeEnv(t)
		if code := p.run("", tc.args...); code != ExitUsage {
			t.Errorf("%v: exit %d, want 2 (stderr %q)", tc.args, code, p.errOut.String())
		}
		if !strings.Contains(p.errOut.String(), tc.want) {
			t.Errorf("%v: stderr %q lacks %q", tc.args, p.errOut.String(), tc.want)
		}
	}
}

func TestPracticePipedSession(t *testing.T) {
	p := newPracticeEnv(t)
	p.srv.Enqueue(
		ollamatest.Reply{Tokens: []string{"Oh.", " Hi."}},
		ollamatest.Reply{Tokens: []string{"If?"}},
	)
	code := p.run("Hi Jordan.\nI'm sorry if I hurt you.\n/status\n/end\n", "practice", "--scenario", "close-friend")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, p.errOut.String())
	}
	// Piped, stdout is the replies only; the rest is on stderr, labelled.
	if out := p.out.String(); out != "Oh. Hi.\nIf?\n" {
		t.Errorf("stdout = %q, want the replies only", out)
	}
	for _, want := range []string{"[status] context   [", "[debrief] Debrief: your conversation with Jordan"} {
		if !strings.Contains(p.errOut.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, p.errOut.String())
		}
	}
	if !strings.Contains(p.errOut.String(), "Transcript: ") {
		t.Errorf("no transcript path on stderr: %q", p.errOut.String())
	}
	files := p.transcripts()
	if len(files) != 1 {
		t.Fatalf("transcripts: %v", files)
	}
	tr, _, err := transcripts.Parse(mustOpen(t, files[0]))
	if err != nil {
		t.Fatal(err)
	}
	if tr.Header.ScenarioName() != "close-friend" || tr.Header.PartnerName() != "Jordan" || tr.Header.Model != "llama3.2" {
		t.Errorf("header = %+v", tr.Header)
	}
	var types []string
	for _, e := range tr.Events {
		types = append(types, string(e.Type))
	}
	// The debrief's model call gets the fake's default (not JSON), so the
	// debrief falls back to the rules with a notice.
	if got, want := strings.Join(types, " "), "user partner user nudge partner debrief end"; got != want {
		t.Errorf("events = %q, want %q", got, want)
	}
	if !strings.Contains(p.errOut.String(), "rule checks only") {
		t.Errorf("no fallback notice: %q", p.errOut.String())
	}
	// The persona is rendered once and sent first, unchanged.
	reqs := p.srv.ChatRequests()
	if reqs[0].Messages[0].Role != "system" || !strings.Contains(reqs[0].Messages[0].Content, "Jordan") {
		t.Errorf("first message is not the persona: %+v", reqs[0].Messages[0])
	}
	if reqs[0].Messages[0].Content != reqs[1].Messages[0].Content {
		t.Error("the persona changed between turns")
	}
}

func TestPracticeDebriefWithModel(t *testing.T) {
	p := newPracticeEnv(t)
	p.srv.Enqueue(
		ollamatest.Reply{Tokens: []string{"Okay."}},
		ollamatest.Reply{JSON: `{"steps":{"listening":{"rating":1,"note":"You went straight to sorry."}},"best_line":"","weakest_line":"","suggestions":["Ask first.","Name the act.","Offer a change."],"summary":"A start."}`},
	)
	if code := p.run("I'm sorry I missed your dinner.\n/end\n", "practice", "--who", "Sam", "--what", "I missed Sam's dinner", "--json"); code != 0 {
		t.Fatalf("exit %d: %s", code, p.errOut.String())
	}
	out := p.out.String()
	if !strings.Contains(out, `"type":"debrief"`) || !strings.Contains(out, `"source":"rules+model"`) || !strings.Contains(out, "Ask first.") {
		t.Errorf("json debrief:\n%s", out)
	}
}

func TestPracticeResume(t *testing.T) {
	p := newPracticeEnv(t)
	p.srv.Enqueue(ollamatest.Reply{Tokens: []string{"r1"}}, ollamatest.Reply{Tokens: []string{"r2"}})
	if code := p.run("one\ntwo\n/undo\n/mood cold\n", "practice", "--who", "Sam", "--what", "I forgot."); code != 0 {
		t.Fatalf("exit %d: %s", code, p.errOut.String())
	}
	p.srv.Enqueue(ollamatest.Reply{Tokens: []string{"r3"}})
	if code := p.run("three\n", "practice", "--resume", "last"); code != 0 {
		t.Fatalf("resume exit %d: %s", code, p.errOut.String())
	}
	if !strings.Contains(p.errOut.String(), "Resuming session") {
		t.Errorf("stderr %q", p.errOut.String())
	}
	reqs := p.srv.ChatRequests()
	last := reqs[len(reqs)-1].Messages
	var got []string
	for _, m := range last[1:] {
		got = append(got, m.Role+":"+m.Content)
	}
	if want := "user:one|assistant:r1|user:three"; strings.Join(got, "|") != want {
		t.Errorf("resumed request = %q, want %q", strings.Join(got, "|"), want)
	}
	if !strings.Contains(last[0].Content, "cold") {
		t.Error("the resumed persona does not carry the last mood")
	}
	if files := p.transcripts(); len(files) != 1 {
		t.Errorf("resume made a new file: %v", files)
	}
}

func TestPracticeNoSave(t *testing.T) {
	p := newPracticeEnv(t)
	if code := p.run("hello\n", "practice", "--who", "Sam", "--what", "I forgot.", "--no-save"); code != 0 {
		t.Fatalf("exit %d: %s", code, p.errOut.String())
	}
	if files := p.transcripts(); len(files) != 0 {
		t.Errorf("--no-save wrote %v", files)
	}
	if _, err := os.Stat(filepath.Join(p.dir, "data", "amends", "practice_history")); err == nil {
		t.Error("--no-save wrote a history file")
	}
}

func TestPracticeOpening(t *testing.T) {
	p := newPracticeEnv(t)
	draft := filepath.Join(p.dir, "draft.txt")
	if err := os.WriteFile(draft, []byte("Sam, I'm sorry I missed your dinner.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code := p.run("", "practice", "--who", "Sam", "--what", "I missed it.", "--opening", draft); code != 0 {
		t.Fatalf("exit %d: %s", code, p.errOut.String())
	}
	reqs := p.srv.ChatRequests()
	if len(reqs) != 1 || reqs[0].Messages[1].Content != "Sam, I'm sorry I missed your dinner." {
		t.Errorf("opening not sent: %+v", reqs)
	}
}

func TestPracticeServerDown(t *testing.T) {
	p := newPracticeEnv(t)
	p.srv.Close()
	if code := p.run("hi\n", "practice", "--who", "Sam", "--what", "x"); code != ExitError {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(p.errOut.String(), "ollama serve") {
		t.Errorf("stderr %q", p.errOut.String())
	}
}

func TestPracticeStreamErrorExitsOneInPipe(t *testing.T) {
	p := newPracticeEnv(t)
	p.srv.Enqueue(ollamatest.Reply{Tokens: []string{"You", " never", " call."}, DisconnectAfter: 2})
	code := p.run("I'm sorry.\nnot read\n", "practice", "--who", "Sam", "--what", "x")
	if code != ExitError {
		t.Errorf("exit %d, want 1", code)
	}
	tr, _, err := transcripts.Parse(mustOpen(t, p.transcripts()[0]))
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.Events) < 2 || tr.Events[0].Text != "I'm sorry." || !tr.Events[1].Interrupted || tr.Events[1].Text != "You never" {
		t.Errorf("events = %+v", tr.Events)
	}
}

func mustOpen(t *testing.T, path string) *os.File {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestPracticeSafetyStepsOut(t *testing.T) {
	p := newPracticeEnv(t)
	p.srv.Enqueue(ollamatest.Reply{Tokens: []string{"Okay."}})
	code := p.run("He hit me last night.\nHello?\n/end\n", "practice", "--who", "Sam", "--what", "I missed Sam's dinner.")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, p.errOut.String())
	}
	if n := len(p.srv.ChatRequests()); n != 0 {
		t.Errorf("%d requests reached the partner while paused", n)
	}
	if !strings.Contains(p.errOut.String(), "/continue") {
		t.Errorf("stderr %q", p.errOut.String())
	}
	if strings.Contains(p.out.String(), "Debrief") {
		t.Error("a reconciliation debrief was given after a safety concern")
	}
	tr, _, err := transcripts.Parse(mustOpen(t, p.transcripts()[0]))
	if err != nil {
		t.Fatal(err)
	}
	if tr.Count(transcripts.EventSafety) != 1 || tr.Count(transcripts.EventUser) != 0 {
		t.Errorf("events = %+v", tr.Events)
	}
}

// A session does not screen a built-in scene's text as shipped
// (screenScene): every one must screen clean.
func TestBuiltinScenesScreenClean(t *testing.T) {
	cat := scenario.Builtin()
	names := cat.Names()
	if len(names) == 0 {
		t.Fatal("no built-in scenes")
	}
	for _, n := range names {
		sc, err := cat.Get(n)
		if err != nil {
			t.Fatal(err)
		}
		sc.ApplyDefaults()
		if msg, detail := coach.Screen(practice.SceneText(sc)); msg != "" {
			t.Errorf("built-in scene %s does not screen clean: %v", n, detail)
		}
	}
}

// A built-in scene changed by a flag is screened like any other, and so is
// every line, the shipped scene's own text aside.
func TestPracticeScreensChangedBuiltinScene(t *testing.T) {
	sc, shipped, err := buildScene(&practiceOptions{IO: iostreamsTest(), Scenario: "missed-birthday"}, t.TempDir())
	if err != nil || shipped == "" || shipped != practice.SceneText(sc) {
		t.Fatalf("shipped = %q, err %v", shipped, err)
	}
	if _, shipped, _ = buildScene(&practiceOptions{IO: iostreamsTest(), Scenario: "missed-birthday", What: "I missed the dinner."}, t.TempDir()); shipped != "" {
		t.Errorf("a changed scene counted as shipped: %q", shipped)
	}
	if msg, _ := screenScene(practice.SceneText(sc))("He hit me last night."); msg == "" {
		t.Error("a line was not screened")
	}

	p := newPracticeEnv(t)
	p.srv.Enqueue(ollamatest.Reply{Tokens: []string{"Okay."}})
	code := p.run("Hello?\n/end\n", "practice", "--scenario", "missed-birthday", "--what", "He hit me last night.")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, p.errOut.String())
	}
	if n := len(p.srv.ChatRequests()); n != 0 {
		t.Errorf("%d requests reached the partner while paused", n)
	}
	if !strings.Contains(p.errOut.String(), "/continue") {
		t.Errorf("stderr %q", p.errOut.String())
	}
}

// The full persona when the context leaves room, else the compact one
// (rendered only then, unless overridden: an override in error fails at
// once, as it always did).
func TestPracticePersonaForContext(t *testing.T) {
	sc, _, err := buildScene(&practiceOptions{IO: iostreamsTest(), Scenario: "missed-birthday"}, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	set := templates.New("")
	full, err := set.Render("partner", templates.PartnerData{Scenario: sc})
	if err != nil {
		t.Fatal(err)
	}
	compacts, err := coach.CompactPersonas(set, sc)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		ctx  int
		want string
	}{{131072, full}, {2048, compacts[0]}} {
		p := newPracticeEnv(t)
		m := ollamatest.DefaultModel("llama3.2")
		m.ContextLength = tc.ctx
		p.srv.SetModels(m)
		p.srv.Enqueue(ollamatest.Reply{Tokens: []string{"Okay."}})
		if code := p.run("Hi Sam.\n/end\n", "practice", "--scenario", "missed-birthday", "--no-save"); code != 0 {
			t.Fatalf("context %d: exit %d: %s", tc.ctx, code, p.errOut.String())
		}
		reqs := p.srv.ChatRequests()
		if len(reqs) == 0 || len(reqs[0].Messages) == 0 || reqs[0].Messages[0].Content != tc.want {
			t.Errorf("context %d: the persona is not the expected one", tc.ctx)
		}
	}

	p := newPracticeEnv(t)
	dir := filepath.Join(p.dir, "config", "amends", "prompts")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "partner-compact.tmpl"), []byte("{{.NoSuchField}}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code := p.run("Hi Sam.\n/end\n", "practice", "--scenario", "missed-birthday", "--no-save"); code != 2 || !strings.Contains(p.errOut.String(), "partner-compact.tmpl") {
		t.Errorf("a broken compact override: exit %d, stderr %q", code, p.errOut.String())
	}
	if n := len(p.srv.ChatRequests()); n != 0 {
		t.Errorf("%d chat requests with a broken override", n)
	}
}

func iostreamsTest() *iostreams.IOStreams {
	ios, _, _, _ := iostreams.Test()
	return ios
}

func TestPracticeAsksForMissingScene(t *testing.T) {
	ios, in, _, errOut := iostreams.Test()
	ios.SetTTY(true, true, true)
	in.WriteString("Sam\nI missed Sam's dinner.\nfriend\n")
	opts := &practiceOptions{IO: ios}
	sc, _, err := buildScene(opts, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if sc.Who != "Sam" || sc.What != "I missed Sam's dinner." || sc.Relationship != "friend" || sc.Mood != "guarded" {
		t.Errorf("scene = %+v", sc)
	}
	if !strings.Contains(errOut.String(), "Who is the other person") {
		t.Errorf("questions not asked on stderr: %q", errOut.String())
	}
	// An everyday word is understood; an answer that is not is asked
	// again, and the answers so far are kept.
	ios, in, _, errOut = iostreams.Test()
	ios.SetTTY(true, true, true)
	in.WriteString("Sam\nx\nthe guy from the shop\nmy brother\n")
	sc, _, err = buildScene(&practiceOptions{IO: ios}, t.TempDir())
	if err != nil || sc.Who != "Sam" || sc.What != "x" || sc.Relationship != "family" {
		t.Errorf("scene = %+v, %v", sc, err)
	}
	if !strings.Contains(errOut.String(), "is not one of those") {
		t.Errorf("no second try: %q", errOut.String())
	}
}

func TestPracticeTrimNoticeOnce(t *testing.T) {
	p := newPracticeEnv(t)
	if err := os.MkdirAll(filepath.Join(p.dir, "config", "amends"), 0o700); err != nil {
		t.Fatal(err)
	}
	// A tiny context: the persona alone takes most of it.
	p.srv.SetModels(func() ollamatest.Model {
		m := ollamatest.DefaultModel("llama3.2:latest")
		m.ContextLength = 2048
		m.Digest = "2048c0ffee" // another model, another digest
		return m
	}())
	p.srv.SetTokensPerByte(0.35) // the fake refuses a prompt over num_ctx
	long := strings.Repeat("I keep thinking about that night and what I should have said. ", 8)
	var in strings.Builder
	for range 12 {
		in.WriteString(long + "\n")
	}
	if code := p.run(in.String(), "practice", "--who", "Sam", "--what", "I missed it.", "--no-nudge"); code != 0 {
		t.Fatalf("exit %d: %s", code, p.errOut.String())
	}
	if n := strings.Count(p.errOut.String(), "no longer fits"); n != 1 {
		t.Errorf("trim notice shown %d times; stderr:\n%s", n, p.errOut.String())
	}
	for i, r := range p.srv.ChatRequests() {
		if r.Options["num_ctx"] != float64(2048) {
			t.Errorf("request %d num_ctx %v", i, r.Options["num_ctx"])
		}
		if r.Messages[0].Role != "system" || !strings.Contains(r.Messages[0].Content, "Sam") {
			t.Errorf("request %d lost the persona", i)
		}
	}
}

// Lines typed ahead of the scene questions' answers are not lost: the
// questions and the session read through one buffered reader (they used
// to be swallowed by the questions' own reader).
func TestPracticeKeepsLinesTypedAheadOfTheQuestions(t *testing.T) {
	srv := fakeServer(t)
	srv.Enqueue(ollamatest.Reply{Tokens: []string{"Go on."}})
	f, _, errOut, in := testFactory(t, srv)
	f.IO.SetTTY(true, false, true)
	in.WriteString("Sam\nI missed Sam's dinner.\nFriend\nHi Sam, I'm sorry I missed your dinner.\n/quit\n")
	piped := false
	opts := &practiceOptions{Factory: f, IO: f.IO, NoSave: true, interactive: &piped, set: map[string]bool{}}
	if code := printError(errOut, practiceRun(context.Background(), opts)); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var sent bool
	for _, r := range srv.Requests() {
		if r.Path == "/api/chat" && strings.Contains(string(r.Body), "I'm sorry I missed your dinner.") {
			sent = true
		}
	}
	if !sent {
		t.Errorf("the line typed ahead never reached the model; stderr:\n%s", errOut)
	}
	if !strings.Contains(errOut.String(), "(friend;") {
		t.Errorf("the relationship answer \"Friend\" was not taken as friend: %s", errOut)
	}
}

// An everyday answer to "who are they to you" is understood rather than
// ending the session (issue 10: "brother" aborted and lost the answers).
func TestRelationshipOf(t *testing.T) {
	for in, want := range map[string]string{
		"brother": "family", "My sister": "family", "boss": "colleague", "my boss.": "colleague",
		"Friends": "friend", "": "other", "wife": "partner", "colleague": "colleague", "neighbour": "other",
	} {
		if got, ok := relationshipOf(in); !ok || got != want {
			t.Errorf("relationshipOf(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := relationshipOf("the guy from the shop"); ok {
		t.Error("an unknown answer was taken")
	}
}
