package config_test

import (
	"log/slog"
	"net/url"
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
}

// TestParseOllamaHostMatchesOllama checks ParseOllamaHost against the code
// Ollama itself runs on OLLAMA_HOST.
func TestParseOllamaHostMatchesOllama(t *testing.T) {
	// envconfig warns about bad ports through the default logger.
	prev := slog.Default()
	slog.SetDefault(slog.New(slog.DiscardHandler))
	t.Cleanup(func() { slog.SetDefault(prev) })
	for _, in := range hostInputs {
		t.Run(in, func(t *testing.T) {
			t.Setenv("OLLAMA_HOST", in)
			want := envconfig.Host()
			got, _ := config.ParseOllamaHost(in)
			if got.String() != want.String() {
				t.Errorf("ParseOllamaHost(%q) = %s, Ollama says %s", in, got, want)
			}
		})
	}
}

func TestParseOllamaHost(t *testing.T) {
	tests := []struct {
		in     string
		want   string
		wantOK bool
	}{
		{"", "http://127.0.0.1:11434", true},
		{"example.com", "http://example.com:11434", true},
		{"http://example.com", "http://example.com:80", true},
		{"https://example.com", "https://example.com:443", true},
		{"[::1]:1234", "http://[::1]:1234", true},
		{"0.0.0.0:11434", "http://0.0.0.0:11434", true},
		{"127.0.0.1:99999", "http://127.0.0.1:11434", false},
		{"http://example.com:bad", "http://example.com:80", false},
		{"example.com/x/", "http://example.com:11434/x/", true},
	}
	for _, tt := range tests {
		got, ok := config.ParseOllamaHost(tt.in)
		if got.String() != tt.want || ok != tt.wantOK {
			t.Errorf("ParseOllamaHost(%q) = %s, %v; want %s, %v", tt.in, got, ok, tt.want, tt.wantOK)
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
