package config

import (
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"github.com/amends-cli/amends/internal/usage"
)

// defaultOllamaPort is the port Ollama listens on when none is given.
const defaultOllamaPort = "11434"

// ollamaCloud, written alone, names Ollama's hosted service, which
// Ollama reaches over https.
const ollamaCloud = "ollama.com"

// defaultOllamaHost is where Ollama listens when OLLAMA_HOST is unset.
const defaultOllamaHost = "127.0.0.1"

// HostError is an Ollama host amends cannot use: a port that is not a
// number from 1 to 65535, or a scheme other than http or https.
type HostError struct {
	Value string // what was written
	Msg   string // what is wrong with it
	From  string // where it was written (OLLAMA_HOST, --host, a file), if known
}

func (e *HostError) Error() string {
	from := ""
	if e.From != "" {
		from = " (from " + e.From + ")"
	}
	return fmt.Sprintf("invalid Ollama host %q%s: %s (write HOST, HOST:PORT or http[s]://HOST[:PORT], e.g. 127.0.0.1:11434)", e.Value, from, e.Msg)
}

// Is makes the error a usage error: the user's to fix (exit code 2).
func (e *HostError) Is(target error) bool { return target == usage.ErrUsage }

// ParseOllamaHost turns an OLLAMA_HOST value (or --host, or the config
// file's host) into the server's base URL, reading it as the Ollama server
// and client do:
//
//   - blanks and quote marks around the value are ignored;
//   - nothing at all, or nothing before the path, means 127.0.0.1; a
//     port alone (":1234") is kept as it is, which dials this machine;
//   - "ollama.com" alone means Ollama's hosted service, over https;
//   - without a scheme the scheme is http and the port 11434; with
//     http:// or https:// the port defaults to 80 or 443;
//   - a path after the host is kept (a server behind a reverse proxy).
//
// Where Ollama would quietly fall back to a default port or keep a scheme
// it cannot speak, this is an error instead: a port that is not a number
// from 1 to 65535, or a scheme other than http and https, is a mistake the
// user should hear about. Schemes are read without regard to case
// ("HTTP://" is http), as URLs define them.
func ParseOllamaHost(s string) (*url.URL, error) {
	orig := s
	s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '"' || r == '\'' })
	if s == ollamaCloud {
		return &url.URL{Scheme: "https", Host: net.JoinHostPort(s, "443")}, nil
	}

	scheme, port := "http", defaultOllamaPort
	if before, after, found := strings.Cut(s, "://"); found {
		switch strings.ToLower(before) {
		case "http":
			scheme, port = "http", "80"
		case "https":
			scheme, port = "https", "443"
		default:
			return nil, &HostError{Value: orig, Msg: fmt.Sprintf("the scheme %q is not http or https", before)}
		}
		s = after
	}

	authority, path := s, ""
	if i := strings.IndexByte(s, '/'); i >= 0 {
		authority, path = s[:i], s[i:]
	}

	host := authority
	if h, p, err := net.SplitHostPort(authority); err == nil {
		if p == "" {
			p = port // "host:" means the default port
		}
		if !validPort(p) {
			return nil, &HostError{Value: orig, Msg: fmt.Sprintf("the port %q is not a number from 1 to 65535", p)}
		}
		host, port = h, p
	} else {
		// No port: a bracketed IPv6 address loses its brackets here and
		// gets them back from JoinHostPort.
		host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	}
	if authority == "" {
		host = defaultOllamaHost
	}
	return &url.URL{Scheme: scheme, Host: net.JoinHostPort(host, port), Path: path}, nil
}

// validPort reports whether p is a TCP port number amends can dial.
func validPort(p string) bool {
	n, err := strconv.ParseUint(p, 10, 16)
	return err == nil && n > 0
}

// IsLoopback reports whether u points at this machine.
func IsLoopback(u *url.URL) bool {
	h := u.Hostname()
	if h == "localhost" {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}
