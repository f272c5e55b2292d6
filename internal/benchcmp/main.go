// Command benchcmp times amends against an anchor in the same run and
// prints one Markdown table of ratios. It is the engine of `make bench`
// (.ci/bench.sh writes its rows); it is not part of amends.
//
//	benchcmp [-runs N] [-warmup N] [-gate wall|cpu|none] [-instructions] ROWS
//
// ROWS is a file of tab-separated rows:
//
//	name  max-ratio  amends-argv  anchor-name  anchor-argv
//
// where an argv is space-separated (no quoting: the script keeps paths free
// of spaces). Each row runs the two commands alternately, A B B A A B ...,
// so that a drift in the machine's load falls on both, and reports the
// medians of wall time and of CPU time (user+system, from the kernel), and
// their ratios. A row whose argv starts with "gobench" instead compares two
// benchmarks of a compiled test binary in process:
//
//	gobench BINARY BENCHMARK [DIR]   (ns/op of one -test.bench run in DIR)
//
// With -instructions, each process row also counts the instructions of one
// run of each side under valgrind's callgrind: a figure the machine's load
// does not move, beside the wall-time ratio that is gated.
//
// The exit status is 1 when a gated ratio is over its row's maximum,
// never because of an absolute time.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"
)

type row struct {
	name       string
	max        float64
	a, b       []string
	anchorName string
}

type sample struct{ wall, cpu time.Duration }

func main() {
	runs := flag.Int("runs", 31, "timed runs of each command")
	warmup := flag.Int("warmup", 3, "untimed runs of each command first")
	gate := flag.String("gate", "wall", "which ratio must stay within the maximum: wall, cpu or none")
	instr := flag.Bool("instructions", false, "also count each process's instructions once under valgrind (callgrind), which the machine's load does not move")
	flag.Parse()
	if flag.NArg() != 1 || (*gate != "wall" && *gate != "cpu" && *gate != "none") {
		fmt.Fprintln(os.Stderr, "usage: benchcmp [-runs N] [-warmup N] [-gate wall|cpu|none] ROWS")
		os.Exit(2)
	}
	rows, err := readRows(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchcmp:", err)
		os.Exit(2)
	}
	if *instr {
		if _, err := exec.LookPath("valgrind"); err != nil {
			fmt.Fprintln(os.Stderr, "benchcmp: -instructions needs valgrind; leaving that column out")
			*instr = false
		}
	}
	head, rule := "| what | amends | anchor | anchor time | ratio (wall) | ratio (CPU) | target | |", "| --- | ---: | --- | ---: | ---: | ---: | ---: | --- |"
	if *instr {
		head, rule = head+" instructions (amends / anchor) |", rule+" ---: |"
	}
	fmt.Println(head)
	fmt.Println(rule)
	failed := false
	for _, r := range rows {
		as, bs, err := measure(r, *runs, *warmup)
		if err != nil {
			// Say so in the table and go on with the other rows.
			fmt.Fprintf(os.Stderr, "benchcmp: %s: %v\n", r.name, err)
			fmt.Printf("| %s | (failed, see stderr) | %s | | | | ≤ %g× | **failed** |%s\n", r.name, r.anchorName, r.max, map[bool]string{true: " |"}[*instr])
			failed = true
			continue
		}
		aw, bw := median(as, wallOf), median(bs, wallOf)
		ac, bc := median(as, cpuOf), median(bs, cpuOf)
		rw, rc := ratio(aw, bw), ratio(ac, bc)
		verdict := "ok"
		checked := map[string]float64{"wall": rw, "cpu": rc}[*gate]
		if *gate != "none" && checked > r.max {
			verdict, failed = "**over**", true
		}
		extra := ""
		if *instr {
			extra = " |"
			if !isGoBench(r.a) {
				ia, erra := instructions(r.a)
				ib, errb := instructions(r.b)
				if erra == nil && errb == nil && ib > 0 {
					extra = fmt.Sprintf(" %.1fM / %.1fM = %.2f× |", float64(ia)/1e6, float64(ib)/1e6, float64(ia)/float64(ib))
				}
			}
		}
		if isGoBench(r.a) {
			// In process there is no CPU time of its own: show ns/op.
			fmt.Printf("| %s | %s | %s | %s | %.2f× | | ≤ %g× | %s |%s\n", r.name, dur(aw), r.anchorName, dur(bw), rw, r.max, verdict, extra)
			continue
		}
		fmt.Printf("| %s | %s (CPU %s) | %s | %s (CPU %s) | %.2f× | %.2f× | ≤ %g× | %s |%s\n",
			r.name, dur(aw), dur(ac), r.anchorName, dur(bw), dur(bc), rw, rc, r.max, verdict, extra)
	}
	if failed {
		fmt.Fprintf(os.Stderr, "benchcmp: a %s ratio is over its target\n", *gate)
		os.Exit(1)
	}
}

func readRows(path string) ([]row, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rows []row
	for i, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("%s:%d: want 5 tab-separated fields, got %d", path, i+1, len(f))
		}
		max, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: max ratio: %w", path, i+1, err)
		}
		rows = append(rows, row{name: f[0], max: max, a: strings.Fields(f[2]), anchorName: f[3], b: strings.Fields(f[4])})
	}
	return rows, nil
}

func isGoBench(argv []string) bool { return (len(argv) == 3 || len(argv) == 4) && argv[0] == "gobench" }

func measure(r row, runs, warmup int) (as, bs []sample, err error) {
	if isGoBench(r.a) != isGoBench(r.b) {
		return nil, nil, errors.New("both sides must be processes, or both gobench")
	}
	for i := 0; i < warmup; i++ {
		if _, err := run(r.a); err != nil {
			return nil, nil, err
		}
		if _, err := run(r.b); err != nil {
			return nil, nil, err
		}
	}
	for i := 0; i < runs; i++ {
		first, second := r.a, r.b
		if i%2 == 1 {
			first, second = r.b, r.a
		}
		s1, err := run(first)
		if err != nil {
			return nil, nil, err
		}
		s2, err := run(second)
		if err != nil {
			return nil, nil, err
		}
		if i%2 == 1 {
			s1, s2 = s2, s1
		}
		as, bs = append(as, s1), append(bs, s2)
	}
	return as, bs, nil
}

// run runs argv once with no input and its output discarded.
func run(argv []string) (sample, error) {
	if isGoBench(argv) {
		dir := ""
		if len(argv) == 4 {
			dir = argv[3]
		}
		return goBench(argv[1], argv[2], dir)
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	var errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = io.Discard, &errOut
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return sample{}, fmt.Errorf("%s: %v: %s", strings.Join(argv, " "), err, strings.TrimSpace(errOut.String()))
	}
	st := cmd.ProcessState
	return sample{wall: wall, cpu: st.UserTime() + st.SystemTime()}, nil
}

// goBench runs one benchmark of a compiled test binary and returns its
// ns/op as the wall figure.
func goBench(bin, name, dir string) (sample, error) {
	cmd := exec.Command(bin, "-test.run", "^$", "-test.bench", "^"+name+"$", "-test.benchtime", "200ms", "-test.count", "1")
	cmd.Dir = dir // the package's directory, where its testdata is
	out, err := cmd.CombinedOutput()
	if err != nil {
		return sample{}, fmt.Errorf("%s -test.bench %s: %v: %s", bin, name, err, out)
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) >= 4 && strings.HasPrefix(f[0], "Benchmark") && f[3] == "ns/op" {
			ns, err := strconv.ParseFloat(f[2], 64)
			if err == nil {
				return sample{wall: time.Duration(ns)}, nil
			}
		}
	}
	return sample{}, fmt.Errorf("%s -test.bench %s: no ns/op in:\n%s", bin, name, out)
}

// instructions counts the instructions of one run of argv under callgrind.
// Go's asynchronous preemption signals upset callgrind, so they are off.
func instructions(argv []string) (int64, error) {
	args := append([]string{"--tool=callgrind", "--callgrind-out-file=/dev/null"}, argv...)
	cmd := exec.Command("valgrind", args...)
	cmd.Env = append(os.Environ(), "GODEBUG=asyncpreemptoff=1")
	cmd.Stdout = io.Discard
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	_ = cmd.Run() // the exit status is the program's; the count is what matters
	for _, line := range strings.Split(errOut.String(), "\n") {
		if _, after, ok := strings.Cut(line, "Collected : "); ok {
			return strconv.ParseInt(strings.TrimSpace(after), 10, 64)
		}
	}
	return 0, fmt.Errorf("no instruction count from valgrind for %s", strings.Join(argv, " "))
}

func wallOf(s sample) time.Duration { return s.wall }
func cpuOf(s sample) time.Duration  { return s.cpu }

func median(ss []sample, of func(sample) time.Duration) time.Duration {
	ds := make([]time.Duration, len(ss))
	for i, s := range ss {
		ds[i] = of(s)
	}
	slices.Sort(ds)
	n := len(ds)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return ds[n/2]
	}
	return (ds[n/2-1] + ds[n/2]) / 2
}

func ratio(a, b time.Duration) float64 {
	if b <= 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func dur(d time.Duration) string {
	switch {
	case d >= time.Second:
		return fmt.Sprintf("%.2f s", d.Seconds())
	case d >= time.Millisecond:
		return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond))
	default:
		return fmt.Sprintf("%.1f µs", float64(d)/float64(time.Microsecond))
	}
}
