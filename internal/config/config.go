// Package config resolves amends' settings: flag > environment > config
// file > default. It is the only package that reads the environment.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/adrg/xdg"

	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/usage"
)

// Defaults.
const (
	DefaultModel       = "llama3.2"
	DefaultIdleTimeout = 2 * time.Minute
	AppName            = "amends"
)

// File is the shape of config.toml. Every key is optional.
type File struct {
	Model          string   `toml:"model"`
	Host           string   `toml:"host"`
	ContextSize    int      `toml:"context_size"`
	Temperature    *float64 `toml:"temperature"`
	TranscriptsDir string   `toml:"transcripts_dir"`
	Save           *bool    `toml:"save"`
	IdleTimeout    string   `toml:"idle_timeout"`

	// lineOf finds the line that sets a key, for errors (nil: unknown).
	lineOf func(key string) int
}

// Flags are the global flags as the user gave them; empty means not given.
type Flags struct {
	Model      string
	Host       string
	ConfigPath string
	NoColor    bool
	Timeout    time.Duration
}

// Env is the environment as a lookup function, so tests can supply one.
type Env func(string) (string, bool)

// OSEnv reads the process environment.
func OSEnv(k string) (string, bool) { return os.LookupEnv(k) }

// Config is the resolved configuration.
type Config struct {
	Model          string
	Host           *url.URL // parsed as Ollama parses OLLAMA_HOST
	ContextSize    int      // 0: use the model's own context length
	Temperature    *float64
	TranscriptsDir string
	Save           bool
	IdleTimeout    time.Duration

	ConfigFile  string // the config file path consulted
	ConfigFound bool   // whether it existed
	ConfigDir   string // $XDG_CONFIG_HOME/amends
	DataDir     string // $XDG_DATA_HOME/amends
	CacheDir    string // $XDG_CACHE_HOME/amends: what amends learns about models

	// Source names where each setting came from: flag, env, file or default.
	Source map[string]string

	Policy iostreams.Policy
	Editor string
}

// FileError is a config file that exists but cannot be used.
type FileError struct {
	Path string
	Line int
	Msg  string
}

// MissingFileError is a config file named by --config or AMENDS_CONFIG
// that does not exist.
type MissingFileError struct {
	Path    string
	FromEnv bool
}

func (e *MissingFileError) Error() string {
	from := "--config"
	if e.FromEnv {
		from = "AMENDS_CONFIG"
	}
	return fmt.Sprintf("config file %s does not exist (check the path given with %s)", e.Path, from)
}

// Is makes the error a usage error: the user's to fix (exit code 2).
func (e *MissingFileError) Is(target error) bool { return target == usage.ErrUsage }

// Is makes the error a usage error: the user's to fix (exit code 2).
func (e *FileError) Is(target error) bool { return target == usage.ErrUsage }

func (e *FileError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("config file %s, line %d: %s (fix or remove the file)", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("config file %s: %s (fix or remove the file)", e.Path, e.Msg)
}

// Paths are the per-user directories amends uses.
type Paths struct {
	ConfigDir string
	DataDir   string
	CacheDir  string
}

// UserPaths returns the XDG directories for amends, honouring
// XDG_CONFIG_HOME and XDG_DATA_HOME as given by env.
func UserPaths(env Env) Paths {
	xdg.Reload()
	cfg, data, cache := xdg.ConfigHome, xdg.DataHome, xdg.CacheHome
	if v, ok := env("XDG_CONFIG_HOME"); ok && v != "" && filepath.IsAbs(v) {
		cfg = v
	}
	if v, ok := env("XDG_DATA_HOME"); ok && v != "" && filepath.IsAbs(v) {
		data = v
	}
	if v, ok := env("XDG_CACHE_HOME"); ok && v != "" && filepath.IsAbs(v) {
		cache = v
	}
	return Paths{ConfigDir: filepath.Join(cfg, AppName), DataDir: filepath.Join(data, AppName), CacheDir: filepath.Join(cache, AppName)}
}

// Load resolves the configuration: defaults, then the config file, then
// the environment, then the flags, each layer over the one before.
func Load(fl Flags, env Env) (*Config, error) {
	if env == nil {
		env = OSEnv
	}
	c := defaults(UserPaths(env))
	c.ConfigFile = fl.ConfigPath
	explicit := fl.ConfigPath != ""
	if !explicit {
		if v, ok := env("AMENDS_CONFIG"); ok && v != "" {
			c.ConfigFile, explicit = v, true
		} else {
			c.ConfigFile = filepath.Join(c.ConfigDir, "config.toml")
		}
	}
	f, found, err := readFile(c.ConfigFile)
	if err != nil {
		return nil, err
	}
	if explicit && !found {
		return nil, &MissingFileError{Path: c.ConfigFile, FromEnv: fl.ConfigPath == ""}
	}
	c.ConfigFound = found
	var host string
	if found {
		if host, err = c.applyFile(f, env); err != nil {
			return nil, err
		}
	}
	if v := c.applyEnv(env); v != "" {
		host = v
	}
	if fl.Host != "" {
		host, c.Source["host"] = fl.Host, "flag"
	}
	if err := c.applyFlags(fl); err != nil {
		return nil, err
	}
	if c.Host, err = ParseOllamaHost(host); err != nil {
		var he *HostError
		if errors.As(err, &he) {
			he.From = map[string]string{"env": "OLLAMA_HOST", "flag": "--host", "file": c.ConfigFile}[c.Source["host"]]
		}
		return nil, err
	}
	c.Policy = PolicyFromEnv(fl.NoColor, env)
	return c, nil
}

// defaults is the configuration before any file, variable or flag.
func defaults(p Paths) *Config {
	c := &Config{
		Model:          DefaultModel,
		Save:           true,
		IdleTimeout:    DefaultIdleTimeout,
		ConfigDir:      p.ConfigDir,
		DataDir:        p.DataDir,
		CacheDir:       p.CacheDir,
		TranscriptsDir: filepath.Join(p.DataDir, "transcripts"),
		Source:         map[string]string{},
	}
	for _, k := range []string{"model", "host", "transcripts_dir", "idle_timeout", "save", "context_size", "temperature"} {
		c.Source[k] = "default"
	}
	return c
}

// applyFile lays the config file's values over c, checking their ranges,
// and returns the host it names ("" for none).
func (c *Config) applyFile(f File, env Env) (host string, err error) {
	// Every error names the line that sets the key.
	bad := func(key, msg string) error {
		fe := &FileError{Path: c.ConfigFile, Msg: msg}
		if f.lineOf != nil {
			fe.Line = f.lineOf(key)
		}
		return fe
	}
	if f.ContextSize < 0 {
		return "", bad("context_size", "context_size must be 0 or more")
	}
	if f.Temperature != nil && (*f.Temperature < 0 || *f.Temperature > 2) {
		return "", bad("temperature", "temperature must be between 0 and 2")
	}
	var idle time.Duration
	if f.IdleTimeout != "" {
		if idle, err = time.ParseDuration(f.IdleTimeout); err != nil || idle <= 0 {
			return "", bad("idle_timeout", fmt.Sprintf("idle_timeout %q is not a duration like \"90s\" or \"2m\"", f.IdleTimeout))
		}
	}
	set := func(key string, cond bool, apply func()) {
		if cond {
			apply()
			c.Source[key] = "file"
		}
	}
	set("model", f.Model != "", func() { c.Model = f.Model })
	set("host", f.Host != "", func() { host = f.Host })
	set("context_size", f.ContextSize > 0, func() { c.ContextSize = f.ContextSize })
	set("temperature", f.Temperature != nil, func() { c.Temperature = f.Temperature })
	set("transcripts_dir", f.TranscriptsDir != "", func() { c.TranscriptsDir = expandHome(f.TranscriptsDir, env) })
	set("save", f.Save != nil, func() { c.Save = *f.Save })
	set("idle_timeout", idle > 0, func() { c.IdleTimeout = idle })
	return host, nil
}

// applyEnv lays the environment over c and returns the host OLLAMA_HOST
// names ("" for none).
func (c *Config) applyEnv(env Env) (host string) {
	if v, ok := env("AMENDS_MODEL"); ok && v != "" {
		c.Model, c.Source["model"] = v, "env"
	}
	if v, ok := env("OLLAMA_HOST"); ok && strings.TrimSpace(v) != "" {
		host, c.Source["host"] = v, "env"
	}
	if v, ok := env("AMENDS_TRANSCRIPTS_DIR"); ok && v != "" {
		c.TranscriptsDir, c.Source["transcripts_dir"] = expandHome(v, env), "env"
	}
	if v, ok := env("VISUAL"); ok && v != "" {
		c.Editor = v
	} else if v, ok := env("EDITOR"); ok && v != "" {
		c.Editor = v
	}
	return host
}

// applyFlags lays the global flags (but --host) over c.
func (c *Config) applyFlags(fl Flags) error {
	if fl.Model != "" {
		c.Model, c.Source["model"] = fl.Model, "flag"
	}
	if fl.Timeout < 0 {
		return usage.Errorf("--timeout %s is negative: give how long to wait, e.g. --timeout 90s", fl.Timeout)
	}
	if fl.Timeout > 0 {
		c.IdleTimeout, c.Source["idle_timeout"] = fl.Timeout, "flag"
	}
	return nil
}

// PolicyFromEnv derives the terminal and colour policy from the --no-color
// flag and the environment.
func PolicyFromEnv(noColorFlag bool, env Env) iostreams.Policy {
	var p iostreams.Policy
	p.NoColor = noColorFlag
	if v, ok := env("NO_COLOR"); ok && v != "" {
		p.NoColor = true
	}
	if v, ok := env("CLICOLOR"); ok && v == "0" {
		p.CliColorOff = true
	}
	if v, ok := env("CLICOLOR_FORCE"); ok && v != "" && v != "0" {
		p.CliColorForce = true
	}
	if v, ok := env("TERM"); ok && v == "dumb" {
		p.DumbTerm = true
	}
	if v, ok := env("AMENDS_FORCE_TTY"); ok && v != "" && v != "0" {
		p.ForceTTY = true
	}
	if v, ok := env("COLUMNS"); ok {
		if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && n > 0 && n < 10000 {
			p.Columns = n
		}
	}
	return p
}

func readFile(path string) (File, bool, error) {
	var f File
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return f, false, nil
	}
	if err != nil {
		return f, false, &FileError{Path: path, Msg: err.Error()}
	}
	md, err := toml.Decode(string(data), &f)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return f, true, &FileError{Path: path, Line: pe.Position.Line, Msg: firstLine(pe.Message)}
		}
		// Type mismatches come as "toml: line N (last key "k"): ...".
		if m := reTypeErr().FindStringSubmatch(firstLine(err.Error())); m != nil {
			line, _ := strconv.Atoi(m[1])
			return f, true, &FileError{Path: path, Line: line, Msg: fmt.Sprintf("%s: %s", m[2], m[3])}
		}
		return f, true, &FileError{Path: path, Msg: firstLine(strings.TrimPrefix(err.Error(), "toml: "))}
	}
	f.lineOf = func(key string) int { return keyLine(string(data), toml.Key{key}) }
	if undec := md.Undecoded(); len(undec) > 0 {
		key := undec[0]
		return f, true, &FileError{
			Path: path, Line: keyLine(string(data), key),
			Msg: "unknown key " + strconv.Quote(key.String()) + " (known: model, host, context_size, temperature, transcripts_dir, save, idle_timeout)",
		}
	}
	return f, true, nil
}

var reTypeErr = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^toml: line (\d+) \(last key "([^"]*)"\): (.*)$`) })

// keyLine finds the line that defines key (a top-level key or a table), as
// the TOML library does not report it for undecoded keys; 0 if not found.
func keyLine(data string, key toml.Key) int {
	if len(key) == 0 {
		return 0
	}
	last := regexp.QuoteMeta(key[len(key)-1])
	re := regexp.MustCompile(`^\s*(?:\[+\s*)?(?:[\w.-]+\.)?"?` + last + `"?\s*(?:=|\])`)
	for i, line := range strings.Split(data, "\n") {
		if re.MatchString(line) {
			return i + 1
		}
	}
	return 0
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

func expandHome(p string, env Env) string {
	if p == "~" || strings.HasPrefix(p, "~/") {
		if h, ok := env("HOME"); ok && h != "" {
			return filepath.Join(h, strings.TrimPrefix(p, "~"))
		}
	}
	return p
}
