package cli_test

// End-to-end tests of the amends binary with testscript. Each script in
// testdata/script runs `amends` as a real process (the test binary
// re-executed as cli.Main) against its own fake Ollama server.
//
// The environment every script starts with:
//
//	OLLAMA_HOST      the fake server's URL, http://127.0.0.1:PORT
//	FAKE_URL         the same URL (stays set if a script changes OLLAMA_HOST)
//	FAKE_PORT        its port
//	HOME             $WORK/home
//	XDG_CONFIG_HOME  $WORK/.config   (so the config file is $WORK/.config/amends/config.toml)
//	XDG_DATA_HOME    $WORK/.local/share
//	NO_COLOR, CLICOLOR, CLICOLOR_FORCE, TERM, AMENDS_*: unset
//
// Commands added for scripts (see scriptCmds):
//
//	fake down                       close the server; OLLAMA_HOST now refuses connections
//	fake models [NAME...]           the server has exactly these models (none with no NAME)
//	fake pullable NAME...           `pull NAME` succeeds and then lists NAME
//	fake reply [-delay D] [-stall N] [-disconnect N] TOKEN...
//	                                queue one streamed /api/chat reply made of TOKENs
//	fake json JSON                  queue one reply whose content is JSON (for "format" calls)
//	fake fail STATUS [MESSAGE...]   queue one /api/chat reply that is an error status
//	fake failall STATUS             every request answers STATUS (0 heals the server)
//	fake default TOKEN...           the reply used when the queue is empty
//	fake version V                  what /api/version reports
//	fake requests [PATH]            print the requests received (to stdout, for `stdout`)
//	exits CODE[,CODE] PROG [ARGS...] run PROG (like exec) and require exit status CODE
//	bigfile FILE SIZE [line]        make FILE of SIZE bytes (NUL bytes, or one line of "a" ending in a newline)
//	json FILE [PATH WANT]...        FILE (or stdout/stderr) is valid JSON, and each PATH has WANT
//	[cmd:NAME]                      condition: amends has the top-level command NAME
//
// Run with -update to rewrite the cmp golden sections in place.

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/amends-cli/amends/internal/cli"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/llm/ollamatest"
)

var update = flag.Bool("update", false, "rewrite testscript golden files")

func TestMain(m *testing.M) {
	// In-process tests must not learn about fake models in the user's
	// cache folder (llm keeps a per-model cache there).
	// One fixed folder, emptied first: testscript.Main exits without
	// running deferred calls.
	cache := filepath.Join(os.TempDir(), "amends-cli-test-cache")
	_ = os.RemoveAll(cache)
	os.Setenv("XDG_CACHE_HOME", cache)
	testscript.Main(m, map[string]func(){
		"amends": func() { os.Exit(cli.Main()) },
	})
}

func TestScripts(t *testing.T) {
	t.Parallel()
	testscript.Run(t, scriptParams(filepath.Join("testdata", "script")))
}

// fakeKey is where Setup leaves the script's fake server.
type fakeKey struct{}

// scriptParams are the testscript parameters for a directory of scripts;
// every script directory in this package should use them.
func scriptParams(dir string) testscript.Params {
	return testscript.Params{
		Dir:                 dir,
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		Setup:               scriptSetup,
		Cmds:                scriptCmds,
		Condition:           scriptCondition,
	}
}

func scriptSetup(env *testscript.Env) error {
	srv := ollamatest.New()
	env.Defer(srv.Close)
	env.Values[fakeKey{}] = srv

	home := filepath.Join(env.WorkDir, "home")
	if err := os.MkdirAll(home, 0o700); err != nil {
		return err
	}
	env.Setenv("HOME", home)
	env.Setenv("XDG_CONFIG_HOME", filepath.Join(env.WorkDir, ".config"))
	env.Setenv("XDG_DATA_HOME", filepath.Join(env.WorkDir, ".local", "share"))
	env.Setenv("OLLAMA_HOST", srv.URL)
	env.Setenv("FAKE_URL", srv.URL)
	env.Setenv("FAKE_PORT", strconv.Itoa(srv.Listener.Addr().(*net.TCPAddr).Port))
	return nil
}

// scriptCondition adds [cmd:NAME], true when amends has that top-level
// command, so scripts about commands still being written can skip.
func scriptCondition(cond string) (bool, error) {
	name, ok := strings.CutPrefix(cond, "cmd:")
	if !ok {
		return false, fmt.Errorf("unknown condition %q", cond)
	}
	ios, _, _, _ := iostreams.Test()
	root := cli.NewCmdRoot(cli.NewFactory(ios, func(string) (string, bool) { return "", false }))
	for _, c := range root.Commands() {
		if c.Name() == name {
			return true, nil
		}
	}
	return false, nil
}

var scriptCmds = map[string]func(ts *testscript.TestScript, neg bool, args []string){
	"fake":    cmdFake,
	"json":    cmdJSON,
	"exits":   cmdExits,
	"bigfile": cmdBigfile,
}

// cmdExits runs PROG and requires its exit status to be CODE, or one of a
// comma-separated list of codes (for checks that depend on the machine,
// such as whether something listens on 127.0.0.1:11434). Like exec, it
// leaves stdout and stderr for the commands that follow.
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! exits (give the code you expect)")
	}
	if len(args) < 2 {
		ts.Fatalf("usage: exits CODE[,CODE...] PROG [ARGS...]")
	}
	var want []int
	for _, c := range strings.Split(args[0], ",") {
		n, err := strconv.Atoi(c)
		if err != nil {
			ts.Fatalf("exits: bad code %q", c)
		}
		want = append(want, n)
	}
	err := ts.Exec(args[1], args[2:]...)
	got := 0
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		got = ee.ExitCode()
	case err != nil:
		ts.Fatalf("exits: %v", err)
	}
	if !slices.Contains(want, got) {
		ts.Fatalf("%s exited %d, want %s", args[1], got, args[0])
	}
}

func fakeOf(ts *testscript.TestScript) *ollamatest.Server {
	srv, _ := ts.Value(fakeKey{}).(*ollamatest.Server)
	if srv == nil {
		ts.Fatalf("no fake server in this script")
	}
	return srv
}

func cmdFake(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! fake")
	}
	if len(args) == 0 {
		ts.Fatalf("usage: fake down|models|pullable|reply|json|fail|failall|default|version|requests ...")
	}
	sub, args := args[0], args[1:]
	do, ok := fakeCommands[sub]
	if !ok {
		ts.Fatalf("fake: unknown subcommand %q", sub)
	}
	do(ts, fakeOf(ts), sub, args)
}

// fakeCommands are the subcommands of the fake command, by name.
var fakeCommands = map[string]func(ts *testscript.TestScript, srv *ollamatest.Server, sub string, args []string){
	"down": func(_ *testscript.TestScript, srv *ollamatest.Server, _ string, _ []string) { srv.Close() },
	"models": func(_ *testscript.TestScript, srv *ollamatest.Server, _ string, args []string) {
		ms := make([]ollamatest.Model, len(args))
		for i, n := range args {
			ms[i] = ollamatest.DefaultModel(n)
		}
		srv.SetModels(ms...)
	},
	"pullable": func(ts *testscript.TestScript, srv *ollamatest.Server, _ string, args []string) {
		if len(args) == 0 {
			ts.Fatalf("usage: fake pullable NAME...")
		}
		for _, n := range args {
			srv.AddPullable(ollamatest.DefaultModel(n))
		}
	},
	"reply":   fakeReply,
	"default": fakeReply,
	"json": func(ts *testscript.TestScript, srv *ollamatest.Server, _ string, args []string) {
		if len(args) != 1 {
			ts.Fatalf("usage: fake json JSON")
		}
		if !json.Valid([]byte(args[0])) {
			ts.Fatalf("fake json: not valid JSON: %s", args[0])
		}
		// Tokens too, so a call without a format gets the same text.
		srv.Enqueue(ollamatest.Reply{JSON: args[0], Tokens: []string{args[0]}})
	},
	"fail":    fakeFail,
	"failall": fakeFail,
	"version": func(ts *testscript.TestScript, srv *ollamatest.Server, _ string, args []string) {
		if len(args) != 1 {
			ts.Fatalf("usage: fake version V")
		}
		srv.SetVersion(args[0])
	},
	"requests": func(ts *testscript.TestScript, srv *ollamatest.Server, _ string, args []string) {
		if len(args) > 1 {
			ts.Fatalf("usage: fake requests [PATH]")
		}
		out := ts.Stdout() // even when empty, so `! stdout .` means "none"
		for _, r := range srv.Requests() {
			if len(args) == 1 && r.Path != args[0] {
				continue
			}
			fmt.Fprintf(out, "%s %s %s\n", r.Method, r.Path, strings.TrimSpace(string(r.Body)))
		}
	},
}

// fakeReply queues a reply (reply) or sets the one given when none is
// queued (default).
func fakeReply(ts *testscript.TestScript, srv *ollamatest.Server, sub string, args []string) {
	r := parseReply(ts, sub, args)
	if sub == "default" {
		srv.SetDefault(r)
	} else {
		srv.Enqueue(r)
	}
}

// fakeFail queues an error reply (fail) or fails every request (failall).
func fakeFail(ts *testscript.TestScript, srv *ollamatest.Server, sub string, args []string) {
	if len(args) == 0 || (sub == "failall" && len(args) != 1) {
		ts.Fatalf("usage: fake fail STATUS [MESSAGE...] | fake failall STATUS")
	}
	status, err := strconv.Atoi(args[0])
	if err != nil || (status != 0 && (status < 400 || status > 599)) {
		ts.Fatalf("fake %s: status %q is not 4xx or 5xx", sub, args[0])
	}
	if sub == "failall" {
		srv.FailAll(status)
		return
	}
	msg := strings.Join(args[1:], " ")
	if msg == "" {
		msg = http.StatusText(status)
	}
	srv.Enqueue(ollamatest.Reply{Status: status, Error: msg})
}

// parseReply reads [-delay D] [-stall N] [-disconnect N] TOKEN...
func parseReply(ts *testscript.TestScript, sub string, args []string) ollamatest.Reply {
	fs := flag.NewFlagSet("fake "+sub, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // ts.Stderr would replace the last command's stderr
	delay := fs.Duration("delay", 0, "sleep before each token")
	stall := fs.Int("stall", 0, "hang after this many tokens")
	disconnect := fs.Int("disconnect", 0, "drop the connection after this many tokens")
	if err := fs.Parse(args); err != nil {
		ts.Fatalf("fake %s: %v", sub, err)
	}
	if fs.NArg() == 0 && *stall == 0 {
		ts.Fatalf("usage: fake %s [-delay D] [-stall N] [-disconnect N] TOKEN...", sub)
	}
	return ollamatest.Reply{
		Tokens: fs.Args(), TokenDelay: *delay,
		StallAfter: *stall, DisconnectAfter: *disconnect,
	}
}

// cmdJSON checks that a file, or the last command's stdout or stderr, is
// one JSON value, and that each PATH in it has the value WANT.
//
// A PATH is dot-separated: an object key, an array index, or, on an array
// of objects, the "name" of the element to pick (checks.model.status).
// WANT is compared with strings as they are and everything else as JSON
// (true, 131072, null). With !, the file must be JSON and some PATH must
// not have its WANT (or be missing).
func cmdJSON(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) == 0 || len(args)%2 != 1 {
		ts.Fatalf("usage: json FILE [PATH WANT]...")
	}
	var data string
	switch args[0] {
	case "stdout":
		data = ts.ReadFile("stdout")
	case "stderr":
		data = ts.ReadFile("stderr")
	default:
		data = ts.ReadFile(args[0])
	}
	var v any
	if err := json.Unmarshal([]byte(data), &v); err != nil {
		ts.Fatalf("%s is not JSON: %v", args[0], err)
	}
	mismatch := ""
	for i := 1; i < len(args); i += 2 {
		got, err := jsonPath(v, args[i])
		if err != nil {
			mismatch = err.Error()
			if !neg {
				ts.Fatalf("%s: %v", args[0], err)
			}
			continue
		}
		if got != args[i+1] {
			mismatch = fmt.Sprintf("%s is %s, want %s", args[i], got, args[i+1])
			if !neg {
				ts.Fatalf("%s: %s", args[0], mismatch)
			}
			continue
		}
		ts.Logf("%s: %s = %s", args[0], args[i], got)
	}
	if neg && mismatch == "" {
		ts.Fatalf("%s: every path has its value, and ! json wanted a mismatch", args[0])
	}
}

func jsonPath(v any, path string) (string, error) {
	for _, seg := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]any:
			next, ok := x[seg]
			if !ok {
				return "", fmt.Errorf("%s: no key %q", path, seg)
			}
			v = next
		case []any:
			if i, err := strconv.Atoi(seg); err == nil {
				if i < 0 || i >= len(x) {
					return "", fmt.Errorf("%s: index %d out of range (len %d)", path, i, len(x))
				}
				v = x[i]
				continue
			}
			found := false
			for _, el := range x {
				if m, ok := el.(map[string]any); ok && m["name"] == seg {
					v, found = el, true
					break
				}
			}
			if !found {
				return "", fmt.Errorf("%s: no element named %q", path, seg)
			}
		default:
			return "", fmt.Errorf("%s: %q is below a scalar", path, seg)
		}
	}
	if s, ok := v.(string); ok {
		return s, nil
	}
	b, err := json.Marshal(v)
	return string(b), err
}

// cmdBigfile makes a large file without keeping it in the script.
func cmdBigfile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: bigfile FILE SIZE [line]")
	}
	size, err := strconv.ParseInt(args[1], 10, 64)
	ts.Check(err)
	f, err := os.Create(ts.MkAbs(args[0]))
	ts.Check(err)
	defer f.Close()
	if len(args) > 2 && args[2] == "line" {
		_, err = f.Write(append(bytes.Repeat([]byte("a"), int(size-1)), '\n'))
		ts.Check(err)
		return
	}
	ts.Check(f.Truncate(size))
}
