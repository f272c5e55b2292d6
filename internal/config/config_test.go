package config_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/amends-cli/amends/internal/config"
	"github.com/amends-cli/amends/internal/iostreams"

	"github.com/amends-cli/amends/internal/usage"
)

// mapEnv is an Env over a map; only the keys present are set.
func mapEnv(m map[string]string) config.Env {
	return func(k string) (string, bool) {
		v, ok := m[k]
		return v, ok
	}
}

// testEnv returns an environment with private XDG dirs under a temp dir,
// plus kv, and the config file path Load will consult by default.
func testEnv(t *testing.T, kv map[string]string) (env config.Env, dir, cfgFile string) {
	t.Helper()
	dir = t.TempDir()
	m := map[string]string{
		"HOME":            filepath.Join(dir, "home"),
		"XDG_CONFIG_HOME": filepath.Join(dir, "config"),
		"XDG_DATA_HOME":   filepath.Join(dir, "data"),
	}
	for k, v := range kv {
		m[k] = v
	}
	return mapEnv(m), dir, filepath.Join(dir, "config", "amends", "config.toml")
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestLoadDefaults(t *testing.T) {
	env, dir, cfgFile := testEnv(t, nil)
	c, err := config.Load(config.Flags{}, env)
	if err != nil {
		t.Fatal(err)
	}
	type view struct {
		Model, Host, TranscriptsDir, ConfigFile, ConfigDir, DataDir string
		Save, ConfigFound                                           bool
		IdleTimeout                                                 time.Duration
		ContextSize                                                 int
		Source                                                      map[string]string
	}
	got := view{
		c.Model, c.Host.String(), c.TranscriptsDir, c.ConfigFile, c.ConfigDir, c.DataDir,
		c.Save, c.ConfigFound, c.IdleTimeout, c.ContextSize, c.Source,
	}
	want := view{
		Model:          "llama3.2",
		Host:           "http://127.0.0.1:11434",
		TranscriptsDir: filepath.Join(dir, "data", "amends", "transcripts"),
		ConfigFile:     cfgFile,
		ConfigDir:      filepath.Join(dir, "config", "amends"),
		DataDir:        filepath.Join(dir, "data", "amends"),
		Save:           true,
		IdleTimeout:    2 * time.Minute,
		Source: map[string]string{
			"model": "default", "host": "default", "transcripts_dir": "default", "idle_timeout": "default",
			"save": "default", "context_size": "default", "temperature": "default",
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("defaults (-want +got):\n%s", diff)
	}
	if c.Temperature != nil {
		t.Errorf("Temperature = %v, want nil (model default)", *c.Temperature)
	}
}

func TestLoadPrecedence(t *testing.T) {
	const file = `model = "file-model"
host = "file-host:1111"
transcripts_dir = "/from/file"
idle_timeout = "30s"
`
	tests := []struct {
		name  string
		file  string // config.toml content; "" for none
		env   map[string]string
		flags config.Flags

		wantModel, wantModelSrc string
		wantHost, wantHostSrc   string
		wantDir, wantDirSrc     string
		wantIdle                time.Duration
	}{
		{
			name:      "defaults",
			wantModel: "llama3.2", wantModelSrc: "default",
			wantHost: "http://127.0.0.1:11434", wantHostSrc: "default",
			wantDir: "DATA/amends/transcripts", wantDirSrc: "default",
			wantIdle: 2 * time.Minute,
		},
		{
			name:      "file beats default",
			file:      file,
			wantModel: "file-model", wantModelSrc: "file",
			wantHost: "http://file-host:1111", wantHostSrc: "file",
			wantDir: "/from/file", wantDirSrc: "file",
			wantIdle: 30 * time.Second,
		},
		{
			name: "env beats file",
			file: file,
			env: map[string]string{
				"AMENDS_MODEL": "env-model", "OLLAMA_HOST": "env-host", "AMENDS_TRANSCRIPTS_DIR": "/from/env",
			},
			wantModel: "env-model", wantModelSrc: "env",
			wantHost: "http://env-host:11434", wantHostSrc: "env",
			wantDir: "/from/env", wantDirSrc: "env",
			wantIdle: 30 * time.Second,
		},
		{
			name:      "flag beats env and file",
			file:      file,
			env:       map[string]string{"AMENDS_MODEL": "env-model", "OLLAMA_HOST": "env-host"},
			flags:     config.Flags{Model: "flag-model", Host: "http://flag-host", Timeout: 5 * time.Second},
			wantModel: "flag-model", wantModelSrc: "flag",
			wantHost: "http://flag-host:80", wantHostSrc: "flag",
			wantDir: "/from/file", wantDirSrc: "file",
			wantIdle: 5 * time.Second,
		},
		{
			name:      "flag beats default with no file or env",
			flags:     config.Flags{Model: "flag-model", Host: "https://remote"},
			wantModel: "flag-model", wantModelSrc: "flag",
			wantHost: "https://remote:443", wantHostSrc: "flag",
			wantDir: "DATA/amends/transcripts", wantDirSrc: "default",
			wantIdle: 2 * time.Minute,
		},
		{
			name:      "empty and blank env values are not set",
			file:      file,
			env:       map[string]string{"AMENDS_MODEL": "", "OLLAMA_HOST": "   ", "AMENDS_TRANSCRIPTS_DIR": ""},
			wantModel: "file-model", wantModelSrc: "file",
			wantHost: "http://file-host:1111", wantHostSrc: "file",
			wantDir: "/from/file", wantDirSrc: "file",
			wantIdle: 30 * time.Second,
		},
		{
			name:      "~ in the environment means HOME",
			env:       map[string]string{"AMENDS_TRANSCRIPTS_DIR": "~/notes"},
			wantModel: "llama3.2", wantModelSrc: "default",
			wantHost: "http://127.0.0.1:11434", wantHostSrc: "default",
			wantDir: "HOME/notes", wantDirSrc: "env",
			wantIdle: 2 * time.Minute,
		},
		{
			name:      "~ in the file means HOME",
			file:      `transcripts_dir = "~/t"`,
			wantModel: "llama3.2", wantModelSrc: "default",
			wantHost: "http://127.0.0.1:11434", wantHostSrc: "default",
			wantDir: "HOME/t", wantDirSrc: "file",
			wantIdle: 2 * time.Minute,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env, dir, cfgFile := testEnv(t, tt.env)
			if tt.file != "" {
				writeFile(t, cfgFile, tt.file)
			}
			c, err := config.Load(tt.flags, env)
			if err != nil {
				t.Fatal(err)
			}
			expand := func(p string) string {
				p = strings.Replace(p, "DATA", filepath.Join(dir, "data"), 1)
				return strings.Replace(p, "HOME", filepath.Join(dir, "home"), 1)
			}
			got := []string{c.Model, c.Source["model"], c.Host.String(), c.Source["host"], c.TranscriptsDir, c.Source["transcripts_dir"], c.IdleTimeout.String()}
			want := []string{tt.wantModel, tt.wantModelSrc, tt.wantHost, tt.wantHostSrc, expand(tt.wantDir), tt.wantDirSrc, tt.wantIdle.String()}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("model, source, host, source, dir, source, idle (-want +got):\n%s", diff)
			}
			if c.ConfigFound != (tt.file != "") {
				t.Errorf("ConfigFound = %v", c.ConfigFound)
			}
		})
	}
}

func TestLoadFileValues(t *testing.T) {
	env, _, cfgFile := testEnv(t, nil)
	writeFile(t, cfgFile, "temperature = 0.4\nsave = false\ncontext_size = 4096\n")
	c, err := config.Load(config.Flags{}, env)
	if err != nil {
		t.Fatal(err)
	}
	if c.Temperature == nil || *c.Temperature != 0.4 || c.Save || c.ContextSize != 4096 {
		t.Errorf("temperature %v, save %v, context %d", c.Temperature, c.Save, c.ContextSize)
	}
	if diff := cmp.Diff([]string{"file", "file", "file"}, []string{c.Source["temperature"], c.Source["save"], c.Source["context_size"]}); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
}

func TestLoadConfigPath(t *testing.T) {
	t.Run("--config beats AMENDS_CONFIG beats the default path", func(t *testing.T) {
		env, dir, cfgFile := testEnv(t, nil)
		writeFile(t, cfgFile, `model = "default-path"`)
		envFile := filepath.Join(dir, "env.toml")
		writeFile(t, envFile, `model = "env-path"`)
		flagFile := filepath.Join(dir, "flag.toml")
		writeFile(t, flagFile, `model = "flag-path"`)

		c, err := config.Load(config.Flags{}, env)
		if err != nil || c.Model != "default-path" {
			t.Fatalf("default path: %v, %v", c, err)
		}
		env2 := func(k string) (string, bool) {
			if k == "AMENDS_CONFIG" {
				return envFile, true
			}
			return env(k)
		}
		c, err = config.Load(config.Flags{}, env2)
		if err != nil || c.Model != "env-path" || c.ConfigFile != envFile {
			t.Fatalf("AMENDS_CONFIG: %+v, %v", c, err)
		}
		c, err = config.Load(config.Flags{ConfigPath: flagFile}, env2)
		if err != nil || c.Model != "flag-path" || c.ConfigFile != flagFile {
			t.Fatalf("--config: %+v, %v", c, err)
		}
	})
	t.Run("a missing default file is fine", func(t *testing.T) {
		env, _, cfgFile := testEnv(t, nil)
		c, err := config.Load(config.Flags{}, env)
		if err != nil || c.ConfigFound || c.ConfigFile != cfgFile {
			t.Fatalf("%+v, %v", c, err)
		}
	})
	t.Run("XDG dirs must be absolute to count", func(t *testing.T) {
		env := mapEnv(map[string]string{"XDG_CONFIG_HOME": "relative/cfg", "XDG_DATA_HOME": "relative/data"})
		p := config.UserPaths(env)
		if !filepath.IsAbs(p.ConfigDir) || !filepath.IsAbs(p.DataDir) {
			t.Errorf("UserPaths = %+v, want absolute fallbacks", p)
		}
	})
}

func TestLoadFileErrors(t *testing.T) {
	tests := []struct {
		name     string
		content  string // "" with dir=true: the path is a folder
		dir      bool
		wantLine int
		wantMsg  string // substring of FileError.Msg
	}{
		{name: "missing value", content: "# c\nmodel = \"x\"\nhost = \n", wantLine: 3, wantMsg: "expected value"},
		{name: "unterminated string", content: "model = \"llama3.2\n", wantLine: 1, wantMsg: "newline"},
		{name: "junk after a value", content: "model = \"a\"\n\nhost = \"x\" junk\n", wantLine: 3, wantMsg: ""},
		{name: "duplicate key", content: "model = \"a\"\nmodel = \"b\"\n", wantLine: 2, wantMsg: "model"},
		{name: "wrong type", content: "model = \"a\"\nsave = \"yes\"\n", wantLine: 2, wantMsg: "save: incompatible types"},
		{name: "unknown key", content: "modle = \"a\"\n", wantLine: 1, wantMsg: `unknown key "modle" (known: model, host, context_size, temperature, transcripts_dir, save, idle_timeout)`},
		{name: "unknown key further down", content: "# c\nmodel = \"a\"\n\n  colour = true\n", wantLine: 4, wantMsg: `unknown key "colour"`},
		{name: "unknown table", content: "[server]\nhost = \"x\"\n", wantLine: 1, wantMsg: `unknown key "server"`},
		{name: "temperature too high", content: "model = \"a\"\ntemperature = 2.5\n", wantLine: 2, wantMsg: "temperature must be between 0 and 2"},
		{name: "temperature negative", content: "temperature = -0.1\n", wantLine: 1, wantMsg: "temperature must be between 0 and 2"},
		{name: "negative context", content: "# c\n\ncontext_size = -1\n", wantLine: 3, wantMsg: "context_size must be 0 or more"},
		{name: "bad duration", content: "idle_timeout = \"soon\"\n", wantLine: 1, wantMsg: `idle_timeout "soon" is not a duration like "90s" or "2m"`},
		{name: "zero duration", content: "idle_timeout = \"0s\"\n", wantLine: 1, wantMsg: `idle_timeout "0s" is not a duration`},
		{name: "negative duration", content: "idle_timeout = \"-1m\"\n", wantLine: 1, wantMsg: `idle_timeout "-1m" is not a duration`},
		{name: "a folder", dir: true, wantMsg: "is a directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env, _, cfgFile := testEnv(t, nil)
			if tt.dir {
				if err := os.MkdirAll(cfgFile, 0o700); err != nil {
					t.Fatal(err)
				}
			} else {
				writeFile(t, cfgFile, tt.content)
			}
			_, err := config.Load(config.Flags{}, env)
			var fe *config.FileError
			if !errors.As(err, &fe) {
				t.Fatalf("Load error = %v (%T), want *config.FileError", err, err)
			}
			if fe.Path != cfgFile {
				t.Errorf("Path = %q, want %q", fe.Path, cfgFile)
			}
			if fe.Line != tt.wantLine {
				t.Errorf("Line = %d, want %d (msg %q)", fe.Line, tt.wantLine, fe.Msg)
			}
			if !strings.Contains(fe.Msg, tt.wantMsg) {
				t.Errorf("Msg = %q, want it to contain %q", fe.Msg, tt.wantMsg)
			}
			if strings.Contains(fe.Msg, "\n") {
				t.Errorf("Msg has more than one line: %q", fe.Msg)
			}
			if !strings.Contains(err.Error(), cfgFile) {
				t.Errorf("Error() = %q does not name the file", err)
			}
		})
	}
}

func TestLoadExplicitConfigMissing(t *testing.T) {
	env, dir, _ := testEnv(t, nil)
	path := filepath.Join(dir, "nope.toml")
	for _, tc := range []struct {
		name  string
		flags config.Flags
		env   config.Env
	}{
		{"--config", config.Flags{ConfigPath: path}, env},
		{"AMENDS_CONFIG", config.Flags{}, func(k string) (string, bool) {
			if k == "AMENDS_CONFIG" {
				return path, true
			}
			return env(k)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := config.Load(tc.flags, tc.env)
			var me *config.MissingFileError
			if !errors.As(err, &me) {
				t.Fatalf("err = %v, want *config.MissingFileError", err)
			}
			want := "config file " + path + " does not exist (check the path given with " + tc.name + ")"
			if err.Error() != want {
				t.Errorf("message = %q, want %q", err.Error(), want)
			}
			if !errors.Is(me, usage.ErrUsage) {
				t.Error("a missing config file must be a usage error (exit 2)")
			}
		})
	}
}

func TestFileErrorMessage(t *testing.T) {
	tests := []struct {
		err  config.FileError
		want string
	}{
		{config.FileError{Path: "/c.toml", Line: 3, Msg: "bad"}, "config file /c.toml, line 3: bad (fix or remove the file)"},
		{config.FileError{Path: "/c.toml", Msg: "bad"}, "config file /c.toml: bad (fix or remove the file)"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

func TestPolicyFromEnv(t *testing.T) {
	tests := []struct {
		name string
		flag bool
		env  map[string]string
		want iostreams.Policy
	}{
		{name: "nothing"},
		{name: "--no-color", flag: true, want: iostreams.Policy{NoColor: true}},
		{name: "NO_COLOR=1", env: map[string]string{"NO_COLOR": "1"}, want: iostreams.Policy{NoColor: true}},
		{name: "NO_COLOR=0 still counts", env: map[string]string{"NO_COLOR": "0"}, want: iostreams.Policy{NoColor: true}},
		{name: "empty NO_COLOR does not", env: map[string]string{"NO_COLOR": ""}},
		{name: "CLICOLOR=0", env: map[string]string{"CLICOLOR": "0"}, want: iostreams.Policy{CliColorOff: true}},
		{name: "CLICOLOR=1 is the default", env: map[string]string{"CLICOLOR": "1"}},
		{name: "CLICOLOR_FORCE=1", env: map[string]string{"CLICOLOR_FORCE": "1"}, want: iostreams.Policy{CliColorForce: true}},
		{name: "CLICOLOR_FORCE=0", env: map[string]string{"CLICOLOR_FORCE": "0"}},
		{name: "CLICOLOR_FORCE empty", env: map[string]string{"CLICOLOR_FORCE": ""}},
		{name: "TERM=dumb", env: map[string]string{"TERM": "dumb"}, want: iostreams.Policy{DumbTerm: true}},
		{name: "TERM=xterm", env: map[string]string{"TERM": "xterm-256color"}},
		{name: "AMENDS_FORCE_TTY=1", env: map[string]string{"AMENDS_FORCE_TTY": "1"}, want: iostreams.Policy{ForceTTY: true}},
		{name: "AMENDS_FORCE_TTY=0", env: map[string]string{"AMENDS_FORCE_TTY": "0"}},
		{name: "COLUMNS=60", env: map[string]string{"COLUMNS": "60"}, want: iostreams.Policy{Columns: 60}},
		{name: "COLUMNS not a number", env: map[string]string{"COLUMNS": "wide"}},
		{name: "COLUMNS=0", env: map[string]string{"COLUMNS": "0"}},
		{
			name: "all at once", flag: true,
			env:  map[string]string{"NO_COLOR": "1", "CLICOLOR": "0", "CLICOLOR_FORCE": "1", "TERM": "dumb", "AMENDS_FORCE_TTY": "1"},
			want: iostreams.Policy{NoColor: true, CliColorOff: true, CliColorForce: true, DumbTerm: true, ForceTTY: true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := config.PolicyFromEnv(tt.flag, mapEnv(tt.env))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("PolicyFromEnv (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLoadPolicyAndEditor(t *testing.T) {
	env, _, _ := testEnv(t, map[string]string{"NO_COLOR": "1", "EDITOR": "vi", "VISUAL": "code -w"})
	c, err := config.Load(config.Flags{}, env)
	if err != nil {
		t.Fatal(err)
	}
	if !c.Policy.NoColor || c.Editor != "code -w" {
		t.Errorf("Policy %+v, Editor %q; want NoColor and VISUAL over EDITOR", c.Policy, c.Editor)
	}
	env, _, _ = testEnv(t, map[string]string{"EDITOR": "vi"})
	if c, err = config.Load(config.Flags{NoColor: true}, env); err != nil {
		t.Fatal(err)
	}
	if !c.Policy.NoColor || c.Editor != "vi" {
		t.Errorf("Policy %+v, Editor %q; want --no-color and EDITOR", c.Policy, c.Editor)
	}
}

// A host amends cannot use stops Load with an error that says where it
// was written and is the user's to fix (exit 2), wherever it came from.
func TestLoadRejectsBadHost(t *testing.T) {
	for _, tc := range []struct {
		name  string
		file  string
		env   map[string]string
		flags config.Flags
		from  string
	}{
		{name: "env", env: map[string]string{"OLLAMA_HOST": "127.0.0.1:99999"}, from: "(from OLLAMA_HOST)"},
		{name: "flag", flags: config.Flags{Host: "ftp://x"}, from: "(from --host)"},
		{name: "file", file: "host = \"localhost:0\"\n", from: "config.toml)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env, _, cfgFile := testEnv(t, tc.env)
			if tc.file != "" {
				writeFile(t, cfgFile, tc.file)
			}
			_, err := config.Load(tc.flags, env)
			var he *config.HostError
			if !errors.As(err, &he) || !errors.Is(he, usage.ErrUsage) || !strings.Contains(err.Error(), tc.from) {
				t.Errorf("Load: %v; want a HostError mentioning %q", err, tc.from)
			}
		})
	}
}

// A negative --timeout is the user's mistake (exit 2), not a silent default.
func TestLoadRejectsNegativeTimeout(t *testing.T) {
	env, _, _ := testEnv(t, nil)
	_, err := config.Load(config.Flags{Timeout: -5 * time.Second}, env)
	if !errors.Is(err, usage.ErrUsage) || !strings.Contains(err.Error(), "--timeout -5s") {
		t.Errorf("Load: %v; want a usage error naming --timeout -5s", err)
	}
}
