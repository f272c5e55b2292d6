//go:build e2e && unix

package e2e

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Every call kind on the small-context model (tiny2KModelName: 2048 tokens,
// bytes only, about 1.35 tokens a character), through a logging proxy, so
// that each request can be checked against the context.

// checkFits fails on any chat request that was refused or did not fit the
// context it asked for, and returns the requests.
func checkFits(t *testing.T, p *loggingProxy, numCtx int) []proxiedChat {
	t.Helper()
	chats := p.Chats()
	if len(chats) == 0 {
		t.Fatal("no chat request went through the proxy")
	}
	for i, c := range chats {
		ctx, _ := c.Req.Options["num_ctx"].(float64)
		predict, _ := c.Req.Options["num_predict"].(float64)
		if c.Status != 200 || c.Error != "" {
			t.Errorf("request %d: status %d %q", i, c.Status, c.Error)
		}
		if int(ctx) != numCtx {
			t.Errorf("request %d: num_ctx %v, want %d", i, c.Req.Options["num_ctx"], numCtx)
		}
		if c.Done && c.PromptEval+int(predict) > numCtx {
			t.Errorf("request %d: %d prompt tokens + %d for the reply > %d", i, c.PromptEval, int(predict), numCtx)
		}
		if c.Req.Stream != nil && !*c.Req.Stream {
			t.Errorf("request %d is not streamed", i)
		}
	}
	return chats
}

// jsonEvents parses amends' --json output.
func jsonEvents(t *testing.T, stdout string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for i, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var e map[string]any
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("stdout line %d is not JSON: %q", i+1, line)
		}
		out = append(out, e)
	}
	return out
}

func TestSmallContextPracticeHintEnd(t *testing.T) {
	p := newLoggingProxy(t, sharedServer(t))
	env := amendsEnv(t, nil, append(p.Env(), "AMENDS_MODEL="+tiny2KModelName)...)
	stdin := "Sam, I missed your birthday dinner and I left you waiting.\n" +
		"I'm sorry. That was my fault, and I should have called.\n/hint\n/status\n/end\n"
	stdout, stderr, code := runAmends(t, env, stdin, "practice", "--scenario", "missed-birthday", "--json")
	if code != 0 {
		t.Fatalf("exit %d, want 0\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	chats := checkFits(t, p, tiny2KContextLength)
	if len(chats) != 4 {
		t.Errorf("%d chat requests, want 4 (two replies, the hint, the debrief)", len(chats))
	}
	if !strings.HasPrefix(chats[0].Req.Messages[0].Content, "Role-play") {
		t.Error("the partner's persona is not the compact one on a 2048 context")
	}
	types := map[string]int{}
	for _, e := range jsonEvents(t, stdout) {
		typ, _ := e["type"].(string)
		types[typ]++
		if e["error"] == true {
			t.Errorf("error event: %v", e)
		}
		// Every finished reply carries the server's counts (a hint Ollama
		// cut short for repeating itself has none, and is still shown).
		if (typ == "partner" && e["interrupted"] != true) || typ == "debrief" || (typ == "hint" && e["usage"] != nil) {
			u, _ := e["usage"].(map[string]any)
			if n, _ := u["prompt_tokens"].(float64); n <= 0 || n > tiny2KContextLength {
				t.Errorf("%s event usage %v, want the server's prompt count", typ, e["usage"])
			}
		}
		if typ == "debrief" {
			if d, _ := e["data"].(map[string]any); d["notice"] != nil && d["notice"] != "" {
				t.Errorf("the debrief fell back to the rules: %v", d["notice"])
			}
		}
	}
	if types["partner"] != 2 || types["hint"] != 1 || types["debrief"] != 1 {
		t.Errorf("events %v, want 2 partner, 1 hint, 1 debrief\n%s", types, stdout)
	}
}

func TestSmallContextCritiqueAndReachOut(t *testing.T) {
	p := newLoggingProxy(t, sharedServer(t))
	env := amendsEnv(t, nil, append(p.Env(), "AMENDS_MODEL="+tiny2KModelName)...)

	// A short draft: the compact critique prompt fits, with the model.
	stdout, stderr, code := runAmends(t, env, "", "critique", "--json",
		"I'm sorry I missed your dinner. That was my fault, and next time I will put it in my calendar.")
	if code != 0 {
		t.Fatalf("critique: exit %d\n%s\n%s", code, stdout, stderr)
	}
	var rep struct {
		Source string `json:"source"`
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil || rep.Source != "rules+model" {
		t.Errorf("critique source %q (%v), want rules+model\nstderr: %s", rep.Source, err, stderr)
	}

	// A 4 KB draft cannot fit 2048 tokens of bytes: said, with numbers, and
	// the rules still run; nothing is sent.
	before := len(p.Chats())
	draft := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(draft, []byte(apology4KB()), 0o600); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code = runAmends(t, env, "", "critique", "--json", "-f", draft)
	if code != 0 {
		t.Fatalf("critique of a long draft: exit %d\n%s", code, stderr)
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil || rep.Source != "rules" {
		t.Errorf("long draft: source %q (%v), want rules", rep.Source, err)
	}
	if !strings.Contains(stderr, "too long") || !strings.Contains(stderr, "2048") {
		t.Errorf("stderr does not say the draft is too long, with numbers:\n%s", stderr)
	}
	if n := len(p.Chats()) - before; n != 0 {
		t.Errorf("%d requests sent for a draft known not to fit", n)
	}

	// reach-out drafts with the compact prompt.
	stdout, stderr, code = runAmends(t, env, "", "reach-out", "--who", "Sam", "--what", "We fell out over the dinner.", "--json")
	if code != 0 {
		t.Fatalf("reach-out: exit %d\n%s\n%s", code, stdout, stderr)
	}
	var ro struct {
		Draft string `json:"draft"`
	}
	if err := json.Unmarshal([]byte(stdout), &ro); err != nil || strings.TrimSpace(ro.Draft) == "" {
		t.Errorf("reach-out --json: %v %q", err, stdout)
	}
	checkFits(t, p, tiny2KContextLength)
}

// apology4KB is a plain apology of about 4 KB.
func apology4KB() string {
	parts := []string{
		"Sam, I am sorry I missed your birthday dinner and left you waiting at the restaurant.",
		"That was my fault. I forgot, and I did not even call you that night.",
		"I know you had planned it for weeks and that you felt let down and alone.",
		"From now on I will put our plans in my calendar with a reminder the day before.",
		"I would like to make it up to you, if you want that, whenever you are ready.",
	}
	var b strings.Builder
	for i := 0; b.Len() < 4000; i++ {
		b.WriteString(parts[i%len(parts)])
		b.WriteString(" ")
	}
	return strings.TrimSpace(b.String())
}

func TestCritique4KBOn8192(t *testing.T) {
	p := newLoggingProxy(t, sharedServer(t))
	env := amendsEnv(t, nil, p.Env()...)
	draft := filepath.Join(t.TempDir(), "draft.txt")
	text := apology4KB()
	if err := os.WriteFile(draft, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runAmends(t, env, "", "critique", "--json", "-f", draft)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var rep struct {
		Source string `json:"source"`
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil || rep.Source != "rules+model" {
		t.Fatalf("source %q (%v), want rules+model\nstderr: %s", rep.Source, err, stderr)
	}
	chats := checkFits(t, p, tinyContextLength)
	prompt := chats[0].Req.Messages[0].Content
	if n := strings.Count(prompt, "left you waiting at the restaurant"); n != strings.Count(text, "left you waiting at the restaurant") {
		t.Errorf("the draft's sentence appears %d times in the prompt, want once per time it is in the draft", n)
	}
	t.Logf("4 KB draft: prompt %d bytes, %d tokens of %d", len(prompt), chats[0].PromptEval, tinyContextLength)
}

// prefixReuse is the share of consecutive chat requests, from the first
// trim on, whose messages start with all of the previous request's.
func prefixReuse(chats []proxiedChat) (kept, pairs, firstTrim int) {
	firstTrim = -1
	var prev []string
	for i, c := range chats {
		var msgs []string
		for _, m := range c.Req.Messages {
			b, _ := json.Marshal(m)
			msgs = append(msgs, string(b))
		}
		isPrefix := len(prev) <= len(msgs)
		for j := 0; isPrefix && j < len(prev); j++ {
			isPrefix = prev[j] == msgs[j]
		}
		if i > 0 && !isPrefix && firstTrim < 0 {
			firstTrim = i
		}
		if firstTrim >= 0 && i > firstTrim {
			pairs++
			if isPrefix {
				kept++
			}
		}
		prev = msgs
	}
	return kept, pairs, firstTrim
}

// longSessionInput is n different lines, piped.
func longSessionInput(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "Turn %d: I keep thinking about the dinner and what I should have said to you that night.\n", i+1)
	}
	return b.String()
}

// runPiped runs amends with stdin piped, for sessions longer than
// runAmends allows.
func runPiped(t testing.TB, env []string, stdin string, limit time.Duration, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	p := startAmends(t, env, args...)
	go func() {
		_, _ = io.WriteString(p.Stdin, stdin)
		_ = p.Stdin.Close()
	}()
	start := time.Now()
	code = p.WaitExit(t, limit)
	t.Logf("amends %s: exit %d in %v", strings.Join(args, " "), code, time.Since(start).Round(time.Millisecond))
	return p.Stdout.String(), p.Stderr.String(), code
}

func TestPracticePrefixReuse(t *testing.T) {
	p := newLoggingProxy(t, sharedServer(t))
	env := amendsEnv(t, nil, p.Env()...)
	stdout, stderr, code := runPiped(t, env, longSessionInput(32), 10*time.Minute, "practice", "--scenario", "missed-birthday", "--no-nudge", "--json")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	chats := checkFits(t, p, tinyContextLength)
	if len(chats) != 32 {
		t.Fatalf("%d chat requests for 32 lines", len(chats))
	}
	kept, pairs, first := prefixReuse(chats)
	if first < 0 {
		t.Fatalf("no trim in 32 turns on %d tokens: the test does not exercise trimming\n%s", tinyContextLength, stdout)
	}
	share := float64(kept) / float64(pairs)
	t.Logf("first trim at request %d; after it %d of %d consecutive requests (%.0f%%) kept the previous one as a byte-identical prefix", first+1, kept, pairs, 100*share)
	if share < 0.70 {
		t.Errorf("prefix kept in %.0f%% of consecutive requests after the first trim, want at least 70%%", 100*share)
	}
	if n := strings.Count(stdout, "no longer fits"); n != 1 {
		t.Errorf("the trim notice appeared %d times, want once", n)
	}
}

// BenchmarkPracticePrefixReuse runs one long piped session (AMENDS_BENCH_TURNS
// lines, 100 by default) on the tiny model with context_size 4096, through
// the logging proxy, and reports how often a request kept the previous one
// as its prefix and the prompt-eval time per turn, against the same turns
// read cold (the server's cost per token on the turns that broke the
// prefix, times each turn's prompt): one run, whatever b.N.
//
//	make bench-prefix
func BenchmarkPracticePrefixReuse(b *testing.B) {
	turns := 100
	if v, err := strconv.Atoi(os.Getenv("AMENDS_BENCH_TURNS")); err == nil && v > 1 {
		turns = v
	}
	p := newLoggingProxy(b, sharedServer(b))
	env := amendsEnv(b, nil, p.Env()...)
	cfg := filepath.Join(envValue(env, "XDG_CONFIG_HOME"), "amends", "config.toml")
	if err := os.MkdirAll(filepath.Dir(cfg), 0o700); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(cfg, []byte("context_size = 4096\n"), 0o600); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	_, stderr, code := runPiped(b, env, longSessionInput(turns), 30*time.Minute, "practice", "--scenario", "missed-birthday", "--no-nudge", "--json")
	b.StopTimer()
	if code != 0 {
		b.Fatalf("exit %d\n%s", code, stderr)
	}
	chats := p.Chats()
	if len(chats) != turns {
		b.Fatalf("%d chat requests for %d lines", len(chats), turns)
	}
	kept, pairs, _ := prefixReuse(chats)
	// Cold cost per prompt token: turns whose prefix changed (the server
	// read the whole prompt), and the first.
	var coldRates []float64
	var actual, cold time.Duration
	var prev []string
	for i, c := range chats {
		var msgs []string
		for _, m := range c.Req.Messages {
			bs, _ := json.Marshal(m)
			msgs = append(msgs, string(bs))
		}
		broke := i == 0 || len(prev) > len(msgs)
		for j := 0; !broke && j < len(prev); j++ {
			broke = prev[j] != msgs[j]
		}
		if broke && c.PromptEval > 0 {
			coldRates = append(coldRates, float64(c.EvalTime)/float64(c.PromptEval))
		}
		prev = msgs
	}
	if len(coldRates) == 0 {
		b.Fatal("no cold turn to measure the anchor")
	}
	sort.Float64s(coldRates)
	rate := coldRates[len(coldRates)/2]
	for _, c := range chats {
		actual += c.EvalTime
		cold += time.Duration(rate * float64(c.PromptEval))
	}
	if pairs == 0 {
		pairs, kept = len(chats)-1, len(chats)-1 // never trimmed
	}
	reuse := 100 * float64(kept) / float64(pairs)
	perTurn := float64(actual) / float64(len(chats)) / float64(time.Millisecond)
	coldPerTurn := float64(cold) / float64(len(chats)) / float64(time.Millisecond)
	b.ReportMetric(reuse, "%prefix-kept")
	b.ReportMetric(perTurn, "ms-prompt-eval/turn")
	b.ReportMetric(coldPerTurn, "ms-cold-anchor/turn")
	b.ReportMetric(perTurn/coldPerTurn, "ratio")
	b.Logf("%d turns: %d of %d consecutive requests after the first trim kept the prefix (%.0f%%); prompt eval %.1f ms a turn against %.1f ms read cold (%.2fx)",
		len(chats), kept, pairs, reuse, perTurn, coldPerTurn, perTurn/coldPerTurn)
}
