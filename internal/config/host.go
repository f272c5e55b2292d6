package config

import (
	"net"
	"net/url"
	"strconv"
	"strings"
)

// DefaultOllamaPort is the port Ollama listens on when none is given.
const DefaultOllamaPort = "11434"

// ParseOllamaHost reads a host the way Ollama reads OLLAMA_HOST: a bare host
// gets http and port 11434, "http://host" gets port 80, "https://host" 443,
// an empty value means 127.0.0.1:11434, and a bad port falls back to the
// default. It returns ok=false only for a port that had to be replaced, so
// callers can warn.
func ParseOllamaHost(s string) (u *url.URL, ok bool) {
	ok = true
	defaultPort := DefaultOllamaPort
	// Ollama's envconfig.Var also drops quotes, as left by env files.
	s = strings.Trim(strings.TrimSpace(s), "\"'")
	scheme, hostport, found := strings.Cut(s, "://")
	switch {
	case !found:
		scheme, hostport = "http", s
		if s == "ollama.com" {
			scheme, hostport = "https", "ollama.com:443"
		}
	case scheme == "http":
		defaultPort = "80"
	case scheme == "https":
		defaultPort = "443"
	}
	hostport, path, _ := strings.Cut(hostport, "/")
	host, port, err := net.SplitHostPort(hostport)
	if err != nil {
		host, port = "127.0.0.1", defaultPort
		if ip := net.ParseIP(strings.Trim(hostport, "[]")); ip != nil {
			host = ip.String()
		} else if hostport != "" {
			host = hostport
		}
	}
	if n, err := strconv.ParseInt(port, 10, 32); err != nil || n > 65535 || n < 0 {
		port = defaultPort
		ok = false
	}
	return &url.URL{Scheme: scheme, Host: net.JoinHostPort(host, port), Path: path}, ok
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
