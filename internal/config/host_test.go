package config_test

import (
	"errors"
	"log/slog"
	"net/url"
	"strings"
	"testing"

	"github.com/ollama/ollama/envconfig"

	"github.com/amends-cli/amends/internal/config"
)

// hostInputs are OLLAMA_HOST values people write, and some they should not.
var hostInputs = []string{
	"",
	"   ",
	"127.0.0.1",
	"localhost",
	"example.com",
	"ollama.com",
	"127.0.0.1:1234",
	"localhost:8080",
	":1234",
	"0.0.0.0",
	"http://127.0.0.1",
	"http://example.com",
	"http://example.com:8080",
	"https://example.com",
	"https://example.com:8443",
	"[::1]",
	"[::1]:1234",
	"::1",
	"http://[::1]:1234",
	"http://[fe80::1]",
	"127.0.0.1:99999",
	"127.0.0.1:-1",
	"127.0.0.1:port",
	"http://example.com:bad",
	"example.com/path",
	"http://example.com:8080/ollama/",
	"https://example.com/v1/api",
	"  127.0.0.1:1234  ",
	"\t http://example.com \n",
	`"127.0.0.1:1234"`,
	`'http://example.com'`,
	"HTTP://example.com",
	"ftp://example.com",
	"unix:///tmp/ollama.sock",
	"ollama.com/x",
	"ollama.com:1234",
	"'ollama.com'",
	"x:",
	"x:080",
	"x:0",
	"x:65535",
	"[::1",
	"http://",
	"https://:5",
	"/path",
	`"'x'"`,
	"' x '",
}

// rejectedHosts are the inputs where amends says no while Ollama quietly
// substitutes a default: a bad port, or a scheme other than http(s).
var rejectedHosts = map[string]string{
	"127.0.0.1:99999":         "port",
	"127.0.0.1:-1":            "port",
	"x:0":                     "port",
	"127.0.0.1:port":          "port",
	"http://example.com:bad":  "port",
	"ftp://example.com":       "scheme",
	"unix:///tmp/ollama.sock": "scheme",
}

// casedSchemes are read as URLs define schemes, without regard to case;
// Ollama keeps "HTTP" as the scheme, with port 11434.
var casedSchemes = map[string]string{
	"HTTP://example.com": "http://example.com:80",
}

// TestParseOllamaHostMatchesOllama checks ParseOllamaHost against the code
// Ollama itself runs on OLLAMA_HOST: the same URL for every input it
// accepts, and an error for each one it rejects.
func TestParseOllamaHostMatchesOllama(t *testing.T) {
	// envconfig warns about bad ports through the default logger.
	prev := slog.Default()
	slog.SetDefault(slog.New(slog.DiscardHandler))
	t.Cleanup(func() { slog.SetDefault(prev) })
	for _, in := range hostInputs {
		t.Run(in, func(t *testing.T) {
			t.Setenv("OLLAMA_HOST", in)
			want := envconfig.Host()
			got, err := config.ParseOllamaHost(in)
			if what, rejected := rejectedHosts[in]; rejected {
				var he *config.HostError
				if !errors.As(err, &he) || !strings.Contains(err.Error(), what) {
					t.Errorf("ParseOllamaHost(%q) = %v, %v; want an error about the %s (Ollama would use %s)", in, got, err, what, want)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseOllamaHost(%q): %v; Ollama says %s", in, err, want)
			}
			if ours, ok := casedSchemes[in]; ok {
				if got.String() != ours {
					t.Errorf("ParseOllamaHost(%q) = %s, want %s (Ollama says %s)", in, got, ours, want)
				}
				return
			}
			if got.String() != want.String() {
				t.Errorf("ParseOllamaHost(%q) = %s, Ollama says %s", in, got, want)
			}
		})
	}
}

func TestParseOllamaHost(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		wantErr string
	}{
		{"", "http://127.0.0.1:11434", ""},
		{"example.com", "http://example.com:11434", ""},
		{"http://example.com", "http://example.com:80", ""},
		{"HTTPS://example.com", "https://example.com:443", ""},
		{"[::1]:1234", "http://[::1]:1234", ""},
		{"0.0.0.0:11434", "http://0.0.0.0:11434", ""},
		{"127.0.0.1:65535", "http://127.0.0.1:65535", ""},
		{"example.com/x/", "http://example.com:11434/x/", ""},
		{"127.0.0.1:0", "", `the port "0" is not a number from 1 to 65535`},
		{"127.0.0.1:65536", "", `the port "65536" is not a number from 1 to 65535`},
		{"127.0.0.1:+80", "", `the port "+80"`},
		{"http://example.com:bad", "", `invalid Ollama host "http://example.com:bad": the port "bad"`},
		{"ftp://x", "", `the scheme "ftp" is not http or https`},
	}
	for _, tt := range tests {
		got, err := config.ParseOllamaHost(tt.in)
		switch {
		case tt.wantErr != "":
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseOllamaHost(%q) = %v, %v; want error containing %q", tt.in, got, err, tt.wantErr)
			}
		case err != nil || got.String() != tt.want:
			t.Errorf("ParseOllamaHost(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
		}
	}
}

func TestIsLoopback(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"http://127.0.0.1:11434", true},
		{"http://127.0.0.2:1", true},
		{"http://localhost:11434", true},
		{"http://[::1]:11434", true},
		{"http://0.0.0.0:11434", false},
		{"http://192.168.1.10:11434", false},
		{"https://ollama.com:443", false},
	}
	for _, tt := range tests {
		u, err := url.Parse(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := config.IsLoopback(u); got != tt.want {
			t.Errorf("IsLoopback(%s) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
