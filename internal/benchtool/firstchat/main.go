// Command firstchat measures how long a process takes from its start to its
// first chat request, for amends against a bare api.Client.Chat program
// (internal/benchtool/bareclient), side by side.
//
//	go run ./internal/benchtool/firstchat [-runs 30] [-max-ratio 1.3] [-amends BIN]
//
// It builds both binaries as `make build` does, serves them an in-process
// fake Ollama (internal/llm/ollamatest) on loopback, and runs them in
// turn, alternating: amends as `practice --scenario missed-birthday
// --no-save` with one piped line, in a home whose model cache is warm (one
// untimed run first), the anchor with one Chat call. The time is from just
// before the process is started to the arrival of its first /api/chat
// request at the server; also counted: the requests made before it. It
// prints the medians and their ratio, and exits 1 when the ratio is over
// -max-ratio. -amends measures that binary instead of building one;
// -against takes another amends binary as the anchor instead of the bare
// client (the same practice run, to compare two builds side by side).
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/amends-cli/amends/internal/llm/ollamatest"
)

func main() {
	runs := flag.Int("runs", 30, "timed runs of each program")
	maxRatio := flag.Float64("max-ratio", 1.3, "fail when amends' median is more than this times the anchor's")
	bin := flag.String("amends", "", "measure this amends binary instead of building one")
	against := flag.String("against", "", "another amends binary as the anchor, instead of the bare client")
	flag.Parse()
	if err := run(*runs, *maxRatio, *bin, *against); err != nil {
		fmt.Fprintln(os.Stderr, "firstchat:", err)
		os.Exit(1)
	}
}

func build(dir, out, pkg string) error {
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags", "-s -w", "-o", out, pkg)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	return cmd.Run()
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above %s", dir)
		}
		dir = parent
	}
}

// timing is one timed run: start to first chat, and the requests before it.
type timing struct {
	d      time.Duration
	before []string
}

func timeOne(srv *ollamatest.Server, bin string, args []string, env []string, stdin string) (timing, error) {
	n := len(srv.Requests())
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	cmd.Stdin = strings.NewReader(stdin)
	start := time.Now()
	out, err := cmd.CombinedOutput()
	if err != nil {
		return timing{}, fmt.Errorf("%s: %v\n%s", filepath.Base(bin), err, out)
	}
	var t timing
	for _, r := range srv.Requests()[n:] {
		if r.Path == "/api/chat" {
			t.d = r.At.Sub(start)
			return t, nil
		}
		t.before = append(t.before, r.Path)
	}
	return timing{}, fmt.Errorf("%s made no chat request", filepath.Base(bin))
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

func run(runs int, maxRatio float64, amendsBin, against string) error {
	root, err := repoRoot()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "firstchat-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	amends, bare := filepath.Join(tmp, "amends"), filepath.Join(tmp, "bareclient")
	if amendsBin != "" {
		if amends, err = filepath.Abs(amendsBin); err != nil {
			return err
		}
	} else if err := build(root, amends, "./cmd/amends"); err != nil {
		return err
	}
	anchorName, bareArgs, bareIn := "bare api.Client.Chat", []string(nil), ""
	if against != "" {
		if bare, err = filepath.Abs(against); err != nil {
			return err
		}
		anchorName = "amends practice (" + filepath.Base(bare) + ")"
	} else if err := build(root, bare, "./internal/benchtool/bareclient"); err != nil {
		return err
	}

	srv := ollamatest.New()
	defer srv.Close()
	srv.SetDefault(ollamatest.Reply{Tokens: []string{"Why", " now?"}})
	home := filepath.Join(tmp, "home")
	env := []string{
		"HOME=" + home, "PATH=" + os.Getenv("PATH"),
		"XDG_CONFIG_HOME=" + filepath.Join(home, ".config"),
		"XDG_DATA_HOME=" + filepath.Join(home, ".local", "share"),
		"XDG_CACHE_HOME=" + filepath.Join(home, ".cache"),
		"OLLAMA_HOST=" + srv.URL, "AMENDS_MODEL=llama3.2", "NO_COLOR=1", "TERM=dumb",
	}
	amendsArgs := []string{"practice", "--scenario", "missed-birthday", "--no-save", "--no-nudge"}
	if against != "" {
		bareArgs, bareIn = amendsArgs, "Hi Sam.\n"
	}
	// Warm up: the model cache, the page cache, the server.
	for range 3 {
		if _, err := timeOne(srv, amends, amendsArgs, env, "Hi Sam.\n"); err != nil {
			return err
		}
		if _, err := timeOne(srv, bare, bareArgs, env, bareIn); err != nil {
			return err
		}
	}
	var a, b []time.Duration
	var before []string
	for i := range 2 * runs {
		if i%2 == 0 {
			t, err := timeOne(srv, amends, amendsArgs, env, "Hi Sam.\n")
			if err != nil {
				return err
			}
			a, before = append(a, t.d), t.before
		} else {
			t, err := timeOne(srv, bare, bareArgs, env, bareIn)
			if err != nil {
				return err
			}
			b = append(b, t.d)
		}
	}
	ma, mb := median(a), median(b)
	ratio := float64(ma) / float64(mb)
	fmt.Printf("process start -> first chat request, median of %d alternating runs (%s/%s, %d CPUs)\n", runs, runtime.GOOS, runtime.GOARCH, runtime.NumCPU())
	fmt.Printf("| what | amends practice | %s | ratio |\n| --- | --- | --- | --- |\n", anchorName)
	fmt.Printf("| start -> first chat | %.1f ms | %.1f ms | %.2fx |\n", ms(ma), ms(mb), ratio)
	fmt.Printf("| requests before it | %d (%s) | 0 | |\n", len(before), strings.Join(before, ", "))
	if ratio > maxRatio {
		return fmt.Errorf("ratio %.2f is over %.2f", ratio, maxRatio)
	}
	return nil
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
