package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amends-cli/amends/internal/config"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/llm/ollamatest"
)

func TestDoctorAllPass(t *testing.T) {
	srv := fakeServer(t)
	f, out, errOut, _ := testFactory(t, srv)
	if code := Run(context.Background(), f, []string{"doctor"}); code != 0 {
		t.Fatalf("exit %d; stdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	cfg, _ := f.Config()
	want := []string{
		"ok   config       no file at " + cfg.ConfigFile + "; using defaults",
		"ok   host         " + srv.URL + " (from env)",
		"ok   server       Ollama 0.17.4 at " + srv.URL,
		"ok   model        llama3.2 (digest a80c4f17acd5, 3.2B parameters, context 131072 tokens)",
		"ok   models       1 on the server: llama3.2",
		"ok   prompts      overrides in " + filepath.Join(cfg.ConfigDir, "prompts") + " parse and render (or there are none)",
		"ok   scenarios    built-in only (none of yours in " + filepath.Join(cfg.ConfigDir, "scenarios") + ")",
		"ok   transcripts  " + cfg.TranscriptsDir + " (will be created, private, on first save)",
		"ok   terminal     stdin pipe or file, stdout pipe or file, colour off (not a terminal)",
		"All set.",
	}
	if diff := cmp.Diff(want, lines(out.String())); diff != "" {
		t.Errorf("doctor (-want +got):\n%s", diff)
	}
	if errOut.Len() != 0 {
		t.Errorf("stderr = %q", errOut)
	}
}

func TestDoctorJSON(t *testing.T) {
	srv := fakeServer(t)
	f, out, _, _ := testFactory(t, srv)
	if code := Run(context.Background(), f, []string{"doctor", "--json"}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	var rep doctorReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("doctor --json is not JSON: %v\n%s", err, out)
	}
	if !rep.OK {
		t.Error("ok = false")
	}
	var names, statuses []string
	for _, c := range rep.Checks {
		names = append(names, c.Name)
		statuses = append(statuses, c.Status)
	}
	if diff := cmp.Diff([]string{"config", "host", "server", "model", "models", "prompts", "scenarios", "transcripts", "terminal"}, names); diff != "" {
		t.Errorf("checks (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"pass", "pass", "pass", "pass", "pass", "pass", "pass", "pass", "pass"}, statuses); diff != "" {
		t.Errorf("statuses (-want +got):\n%s", diff)
	}
	model := rep.Checks[3].Data
	if model["context_length"] != float64(131072) || model["digest"] != ollamatest.DefaultModel("x").Digest || model["parameter_size"] != "3.2B" {
		t.Errorf("model data = %v", model)
	}
}

func TestDoctorServerDown(t *testing.T) {
	tests := []struct {
		name    string
		lookErr bool
		wantFix string
	}{
		{"ollama not installed", true, "Ollama is not installed here: get it from https://ollama.com/download, then run: ollama serve"},
		{"ollama installed", false, "start Ollama with: ollama serve (or point --host / OLLAMA_HOST at your server)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := fakeServer(t)
			f, out, errOut, _ := testFactory(t, srv)
			srv.Close()
			if !tt.lookErr {
				f.LookPath = func(string) (string, error) { return "/usr/local/bin/ollama", nil }
			}
			if code := Run(context.Background(), f, []string{"doctor", "--json"}); code != ExitError {
				t.Errorf("exit %d, want 1", code)
			}
			if errOut.Len() != 0 {
				t.Errorf("stderr = %q, want nothing (the report says it all)", errOut)
			}
			var rep doctorReport
			if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
				t.Fatal(err)
			}
			server, model := rep.Checks[2], rep.Checks[3]
			want := check{
				Name: "server", Status: "fail",
				Detail: "cannot reach Ollama at " + srv.URL + " (is it running? try: ollama serve)",
				Fix:    tt.wantFix,
			}
			if diff := cmp.Diff(want, server); diff != "" {
				t.Errorf("server check (-want +got):\n%s", diff)
			}
			if model.Status != "skip" || model.Detail != "llama3.2 (not checked: no server)" {
				t.Errorf("model check = %+v", model)
			}
			if rep.OK {
				t.Error("ok = true")
			}
		})
	}
}

func TestDoctorServerError(t *testing.T) {
	srv := fakeServer(t)
	srv.FailAll(500)
	f, out, _, _ := testFactory(t, srv)
	if code := Run(context.Background(), f, []string{"doctor"}); code != ExitError {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(out.String(), "FAIL server       ollama: Internal Server Error (status 500)\n") {
		t.Errorf("stdout:\n%s", out)
	}
}

func TestDoctorMissingModel(t *testing.T) {
	srv := fakeServer(t)
	f, out, _, _ := testFactory(t, srv, "AMENDS_MODEL", "missing")
	if code := Run(context.Background(), f, []string{"doctor"}); code != ExitError {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		"FAIL model        model \"missing\" is not pulled (try: ollama pull missing, or amends models pull missing)\n",
		"                  fix: amends models pull missing (an unknown amount, often several GB), or use one this server has: --model llama3.2 (MODEL=llama3.2 for make run)\n",
		"ok   models       1 on the server: llama3.2\n",
		"Some checks failed; see the fixes above.\n",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
}

func TestDoctorBadConfigStillChecksTheRest(t *testing.T) {
	srv := fakeServer(t)
	path := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(path, []byte("colour = \"red\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	f, out, _, _ := testFactory(t, srv, "AMENDS_CONFIG", path)
	if code := Run(context.Background(), f, []string{"doctor", "--json"}); code != ExitError {
		t.Errorf("exit %d, want 1", code)
	}
	var rep doctorReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	cfgCheck := rep.Checks[0]
	if cfgCheck.Status != "fail" || !strings.Contains(cfgCheck.Detail, path) || !strings.Contains(cfgCheck.Detail, `unknown key "colour"`) {
		t.Errorf("config check = %+v", cfgCheck)
	}
	// The other checks used the defaults plus the environment.
	if rep.Checks[1].Data["url"] != srv.URL || rep.Checks[2].Status != "pass" || rep.Checks[3].Status != "pass" {
		t.Errorf("checks = %+v", rep.Checks)
	}
}

func TestDoctorColour(t *testing.T) {
	srv := fakeServer(t)
	f, out, _, _ := testFactory(t, srv)
	f.IO.SetTTY(true, true, true)
	if code := Run(context.Background(), f, []string{"doctor"}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out.String(), "\x1b[32m✓\x1b[0m    config       no file") || !strings.Contains(out.String(), "colour on") {
		t.Errorf("no colour on a terminal:\n%q", out)
	}

	f, out, _, _ = testFactory(t, srv)
	f.IO.SetTTY(true, true, true)
	f.IO.SetWidth(200) // no wrapping
	if code := Run(context.Background(), f, []string{"--no-color", "doctor"}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if strings.Contains(out.String(), "\x1b[") || !strings.Contains(out.String(), "colour off (NO_COLOR or --no-color)") {
		t.Errorf("--no-color on a terminal:\n%q", out)
	}
}

func TestTerminalCheckSaysWhyColourIsOff(t *testing.T) {
	tests := []struct {
		name string
		tty  bool
		p    iostreams.Policy
		want string
	}{
		{"terminal", true, iostreams.Policy{}, "stdin terminal, stdout terminal, colour on"},
		{"pipe", false, iostreams.Policy{}, "stdin pipe or file, stdout pipe or file, colour off (not a terminal)"},
		{"forced in a pipe", false, iostreams.Policy{CliColorForce: true}, "stdin pipe or file, stdout pipe or file, colour on"},
		{"NO_COLOR", true, iostreams.Policy{NoColor: true}, "stdin terminal, stdout terminal, colour off (NO_COLOR or --no-color)"},
		{"CLICOLOR=0", true, iostreams.Policy{CliColorOff: true}, "stdin terminal, stdout terminal, colour off (CLICOLOR=0)"},
		{"TERM=dumb", true, iostreams.Policy{DumbTerm: true}, "stdin terminal, stdout terminal, colour off (TERM=dumb)"},
		{"TERM=dumb in a pipe", false, iostreams.Policy{DumbTerm: true}, "stdin pipe or file, stdout pipe or file, colour off (not a terminal)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ios, _, _, _ := iostreams.Test()
			ios.SetTTY(tt.tty, tt.tty, tt.tty)
			ios.Apply(tt.p)
			c := terminalCheck(ios, &config.Config{Policy: tt.p})
			if c.Detail != tt.want || c.Status != "pass" {
				t.Errorf("terminal check = %q (%s), want %q", c.Detail, c.Status, tt.want)
			}
		})
	}
}

func TestTranscriptsCheck(t *testing.T) {
	dir := t.TempDir()
	mk := func(name string, perm os.FileMode) string {
		p := filepath.Join(dir, name)
		if err := os.Mkdir(p, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, perm); err != nil {
			t.Fatal(err)
		}
		return p
	}
	private := mk("private", 0o700)
	open := mk("open", 0o755)
	group := mk("group", 0o750)
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "a", "b", "transcripts")

	tests := []struct {
		name string
		dir  string
		save bool
		want check
	}{
		{"private", private, true, check{Status: "pass", Detail: private + " (private, writable)"}},
		{"readable by others", open, true, check{Status: "fail", Detail: open + " is readable by others (mode 0755)", Fix: "chmod 700 " + open}},
		{"readable by the group", group, true, check{Status: "fail", Detail: group + " is readable by others (mode 0750)", Fix: "chmod 700 " + group}},
		{"a file", file, true, check{Status: "fail", Detail: file + " is not a folder"}},
		{"not there yet", missing, true, check{Status: "pass", Detail: missing + " (will be created, private, on first save)"}},
		{"saving off", open, false, check{Status: "pass", Detail: open + " (saving is off in the config)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := transcriptsCheck(&config.Config{TranscriptsDir: tt.dir, Save: tt.save})
			got := check{Status: c.Status, Detail: c.Detail, Fix: c.Fix}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if c.Name != "transcripts" || c.Data["path"] != tt.dir {
				t.Errorf("name %q, data %v", c.Name, c.Data)
			}
		})
	}
	// The check leaves nothing behind.
	if entries, _ := os.ReadDir(private); len(entries) != 0 {
		t.Errorf("%s has %d entries after the check", private, len(entries))
	}
	if _, err := os.Stat(filepath.Join(dir, "a")); !os.IsNotExist(err) {
		t.Errorf("the check created a folder: %v", err)
	}
}

func TestTranscriptsCheckUnwritable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write anywhere")
	}
	dir := filepath.Join(t.TempDir(), "ro")
	if err := os.Mkdir(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(dir, 0o700) })
	c := transcriptsCheck(&config.Config{TranscriptsDir: dir, Save: true})
	if c.Status != "fail" || !strings.HasPrefix(c.Detail, dir+" is not writable: ") {
		t.Errorf("check = %+v", c)
	}
	c = transcriptsCheck(&config.Config{TranscriptsDir: filepath.Join(dir, "sub"), Save: true})
	if c.Status != "fail" || !strings.Contains(c.Detail, "does not exist and "+dir+" is not writable") || c.Fix == "" {
		t.Errorf("check = %+v", c)
	}
}

func TestShortDigest(t *testing.T) {
	for in, want := range map[string]string{
		"sha256:a80c4f17acd55265feec": "a80c4f17acd5",
		"a80c4f17acd55265feec":        "a80c4f17acd5",
		"abc":                         "abc",
		"":                            "",
	} {
		if got := shortDigest(in); got != want {
			t.Errorf("shortDigest(%q) = %q, want %q", in, got, want)
		}
	}
}

// lines splits output into lines without the final empty one.
func lines(s string) []string {
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

func TestPullSize(t *testing.T) {
	for name, want := range map[string]string{
		"llama3.2":          "about 2.0 GB",
		"llama3.2:1b":       "about 1.3 GB",
		"qwen2.5:0.5b":      "about 300 MB",
		"llama3.1:8b":       "about 4.8 GB",
		"gemma3:27b-it-qat": "about 16.2 GB",
		"mystery":           "an unknown amount, often several GB",
	} {
		if got := pullSize(name); got != want {
			t.Errorf("pullSize(%q) = %q, want %q", name, got, want)
		}
	}
}
