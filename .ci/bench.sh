#!/usr/bin/env bash
# The performance table: each row times amends against an anchor in the
# same run, alternating the two, and reports medians and their ratio. It
# fails only when a ratio is over its target, never on an absolute time
# (the machine is shared: absolute times swing with its load, ratios much
# less).
#
#   .ci/bench.sh [all|startup|history|checker|firstchat] [RUNS]
#
# all (the default) writes the table with the machine and the command to
# $BENCH_OUT when set (make bench sets BENCHMARKS.md). RUNS (default 41)
# timed runs of each side of each row, after 3 warm-up runs.
# BENCH_GATE=wall|cpu|none picks the ratio that must hold (default wall).
# With valgrind installed, each process row also shows the instructions of
# one run of each side (callgrind), which the load does not move;
# BENCH_INSTRUCTIONS=0 leaves them out.
# AMENDS_BIN=path measures that binary instead of building one.
# VALE=path (or vale on PATH) is the anchor of the 20 KB row; without
# either, vale is built once from the Go module proxy into
# ~/.cache/amends/bench-bin (a download the first time).
set -euo pipefail

what=${1:-all}
runs=${2:-41}
gate=${BENCH_GATE:-wall}
case $what in all | startup | history | checker | firstchat) ;; *)
	echo "usage: .ci/bench.sh [all|startup|history|checker|firstchat] [RUNS]" >&2
	exit 2
	;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go=${GO:-go}
flags=(-ldflags '-s -w') # as `make build`

echo "building..." >&2
if [[ -n ${AMENDS_BIN:-} ]]; then
	bin=$AMENDS_BIN
else
	bin=$tmp/amends
	(cd "$root" && "$go" build "${flags[@]}" -o "$bin" ./cmd/amends)
fi
(cd "$root" && "$go" build -o "$tmp/benchcmp" ./internal/benchcmp)

# The floor: a Go hello world built the same way.
mkdir -p "$tmp/hello"
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n' >"$tmp/hello/main.go"
printf 'module hello\n\ngo 1.21\n' >"$tmp/hello/go.mod"
(cd "$tmp/hello" && GOFLAGS=-mod=mod "$go" build "${flags[@]}" -o "$tmp/hello-bin" .)

# The vale built when none is given (see the header): newer releases need
# modules the proxy no longer serves; its parsers need cgo.
vale_version=v3.7.1
vale_cache=${XDG_CACHE_HOME:-$HOME/.cache}/amends/bench-bin

# Go keeps using the caller's caches when HOME moves below.
GOCACHE=$("$go" env GOCACHE) GOMODCACHE=$("$go" env GOMODCACHE) GOPATH=$("$go" env GOPATH)
export GOCACHE GOMODCACHE GOPATH

# firstchat sets up its own home; it runs in the caller's environment.
orig_env=(HOME="$HOME")
[[ -n ${XDG_CONFIG_HOME:-} ]] && orig_env+=(XDG_CONFIG_HOME="$XDG_CONFIG_HOME")
[[ -n ${XDG_DATA_HOME:-} ]] && orig_env+=(XDG_DATA_HOME="$XDG_DATA_HOME")

# Nothing of the user's: config, data and transcripts all in $tmp.
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data HOME=$tmp/home
unset AMENDS_TRANSCRIPTS_DIR AMENDS_MODEL OLLAMA_HOST
mkdir -p "$XDG_CONFIG_HOME" "$HOME"

# A 1 KB apology with a few defects, so that a fair share of the rules run.
draft=$tmp/draft.txt
{
	printf "I'm sorry if you felt hurt by what happened at your birthday dinner last Friday. "
	printf "I missed it, but work has been crazy and my phone died, so I couldn't call. "
	printf "I know you had planned it for weeks and I left you waiting at the restaurant, which must have been embarrassing. "
	printf "It was just a joke when I said you were too sensitive about it, and honestly you also forgot my party last year. "
	printf "From now on I will put our plans in my calendar and set a reminder the day before. "
	printf "Could I take you out to dinner this weekend to make it up to you? No pressure, take whatever time you need. "
	printf "I know how much that evening meant to you, and I hate that I let you down. "
	printf "I'll also call your mum to apologise for the empty seat. "
	printf "If you'd rather not talk yet, I understand. I just want you to know I am sorry and that I am working on being more reliable. "
	printf "Please reply by tonight so we can move on and put this behind us, ok? "
	printf "I was wrong to shout at you in front of everyone, and I am sorry for the things I said about your job.\n"
} >"$draft"
# Just under the 20 000-byte limit of a draft.
big=$tmp/draft20k.txt
for _ in $(seq 20); do cat "$draft"; done | head -c 19950 >"$big"

rows=$tmp/rows.tsv
: >"$rows"
row() { printf '%s\t%s\t%s\t%s\t%s\n' "$@" >>"$rows"; }

if [[ $what == all || $what == startup ]]; then
	"$bin" critique --offline -f "$draft" >/dev/null || [[ $? == 3 ]] || exit 1
	row "critique --offline, 1 KB, whole process" 3 "$bin critique --offline -f $draft" "Go hello world" "$tmp/hello-bin"
	row "critique --offline, 1 KB, whole process" 1.2 "$bin critique --offline -f $draft" "amends version" "$bin version"
fi

if [[ $what == all || $what == history ]]; then
	echo "writing 1000 long sessions and 1000 reflections..." >&2
	tx=$XDG_DATA_HOME/amends/transcripts
	rf=$XDG_DATA_HOME/amends/reflections
	mkdir -p -m 700 "$XDG_DATA_HOME/amends" "$tx" "$rf"
	awk -v N=1000 -v DIR="$tx" -f "$root/.ci/benchdata/transcripts.awk"
	awk -v N=1000 -v DIR="$rf" -f "$root/.ci/benchdata/reflections.awk"
	size=$(du -sm "$tx" | cut -f1)
	# The first list builds the index (timed once, for the record).
	s=${EPOCHREALTIME/[.,]/}
	"$bin" transcripts list >/dev/null
	e=${EPOCHREALTIME/[.,]/}
	cold_ms=$(((10#$e - 10#$s) / 1000))
	"$bin" reflect list >/dev/null
	row "transcripts list, 1000 long sessions ($size MB)" 4 "$bin transcripts list" "amends version" "$bin version"
	row "transcripts show last, same store" 4 "$bin transcripts show last" "amends version" "$bin version"
	row "reflect list, 1000 reflections" 4 "$bin reflect list" "amends version" "$bin version"
	row "reflect show last, same store" 4 "$bin reflect show last" "amends version" "$bin version"
fi

if [[ $what == all || $what == checker ]]; then
	# In process: 20 KB against 1 KB, when the critique package has the
	# benchmark (BenchmarkCheckSize/1KB and /20KB).
	listed=$(cd "$root" && "$go" test -list 'BenchmarkCheckSize' ./internal/critique/ 2>/dev/null || true)
	if grep -q '^BenchmarkCheckSize$' <<<"$listed"; then
		(cd "$root" && "$go" test -c -o "$tmp/critique.test" ./internal/critique/)
		row "checker in process, 20 KB" 25 "gobench $tmp/critique.test BenchmarkCheckSize/20KB $root/internal/critique" "the same, 1 KB" "gobench $tmp/critique.test BenchmarkCheckSize/1KB $root/internal/critique"
	fi
	vale=${VALE:-$(command -v vale || true)}
	if [[ -z $vale ]]; then
		if [[ ! -x $vale_cache/vale ]]; then
			echo "installing vale $vale_version into $vale_cache..." >&2
			CGO_ENABLED=1 GOBIN=$vale_cache "$go" install "github.com/errata-ai/vale/v3/cmd/vale@$vale_version" >&2 ||
				echo "bench: could not install vale $vale_version; the 20 KB row against it is left out" >&2
		fi
		[[ -x $vale_cache/vale ]] && vale=$vale_cache/vale
	fi
	if [[ -n $vale ]]; then
		cp -r "$root/.ci/benchdata/vale" "$tmp/vale"
		cp "$big" "$tmp/vale/draft.txt"
		"$vale" --config "$tmp/vale/.vale.ini" --output line "$tmp/vale/draft.txt" >/dev/null || [[ $? == 1 ]] || exit 1
		cat >"$tmp/vale.sh" <<EOF
#!/bin/sh
"$vale" --config "$tmp/vale/.vale.ini" --output line "$tmp/vale/draft.txt" >/dev/null
[ \$? -le 1 ]
EOF
		chmod +x "$tmp/vale.sh"
		cat >"$tmp/amends20k.sh" <<EOF
#!/bin/sh
exec "$bin" critique --offline -f "$big"
EOF
		chmod +x "$tmp/amends20k.sh"
		n=$(find "$tmp/vale/styles" -name '*.yml' | wc -l)
		row "critique --offline, 20 KB, whole process" 1 "$tmp/amends20k.sh" "vale ($n comparable rules)" "$tmp/vale.sh"
	fi
fi

# Process start to the first chat request, against a bare api.Client.Chat
# program on a fake Ollama: internal/benchtool/firstchat measures it (it
# must see the request arrive) and its row joins the table.
firstchat_row=
firstchat_status=0
if [[ $what == all || $what == firstchat ]] && [[ -d $root/internal/benchtool/firstchat ]]; then
	echo "timing the first chat request..." >&2
	out=$(cd "$root" && env -u XDG_CONFIG_HOME -u XDG_DATA_HOME "${orig_env[@]}" "$go" run ./internal/benchtool/firstchat -runs "$runs" -max-ratio 1.3 2>"$tmp/firstchat.err") || firstchat_status=$?
	line=$(grep '^| start -> first chat' <<<"$out" || true)
	before=$(grep '^| requests before it' <<<"$out" | cut -d'|' -f3 | sed 's/^ *//; s/ *$//' || true)
	if [[ -n $line ]]; then
		IFS='|' read -r _ _ a b r _ <<<"$line"
		verdict=ok
		[[ $firstchat_status != 0 ]] && verdict="**over**"
		firstchat_row="| process start → first chat request (requests before it: ${before:-?}) | $(echo $a) | bare api.Client.Chat | $(echo $b) | $(echo $r | sed 's/x$/×/') | | ≤ 1.3× | $verdict |"
	else
		cat "$tmp/firstchat.err" >&2
		firstchat_status=1
	fi
fi

[[ -s $rows || -n $firstchat_row ]] || {
	echo "no rows to run" >&2
	exit 1
}

{
	echo "Machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')), $(free -g | awk '/^Mem:/ {print $2}') GB, $(uname -sr); $($go version | cut -d' ' -f3)"
	echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "Command: make bench (.ci/bench.sh $what $runs; gate: $gate), $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo unknown)"
	echo "Each row: $runs timed runs of each side after 3 warm-ups, alternating (A B A B, the order swapped every other pair); medians; ratio = amends / anchor (wall time is gated; CPU is user+system from the kernel)."
	echo
} >"$tmp/head.txt"
cat "$tmp/head.txt" >&2

echo "timing..." >&2
status=0
if [[ -s $rows ]]; then
	instr=()
	[[ ${BENCH_INSTRUCTIONS:-1} != 0 ]] && instr=(-instructions)
	"$tmp/benchcmp" -runs "$runs" -gate "$gate" "${instr[@]}" "$rows" >"$tmp/table.md" || status=$?
else
	printf '| what | amends | anchor | anchor time | ratio (wall) | ratio (CPU) | target | |\n| --- | ---: | --- | ---: | ---: | ---: | ---: | --- |\n' >"$tmp/table.md"
fi
if [[ -n $firstchat_row ]]; then
	grep -q '| instructions' "$tmp/table.md" && firstchat_row+=" |"
	echo "$firstchat_row" >>"$tmp/table.md"
fi
[[ $firstchat_status != 0 && $status == 0 ]] && status=1
cat "$tmp/table.md"
{
	echo
	echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
	[[ -n ${cold_ms:-} ]] && echo "The first transcripts list (building the index from 1000 long sessions) took ${cold_ms} ms, once."
	echo "Binary: $(du -k "$bin" | cut -f1) KB."
	if [[ $what == all || $what == checker ]] && [[ -z ${vale:-} ]]; then
		echo "The 20 KB row against vale is left out: vale could not be found or installed."
	fi
} >"$tmp/foot.txt"
cat "$tmp/foot.txt"

if [[ -n ${BENCH_OUT:-} && $what == all && $status -le 1 ]]; then
	{
		echo "# Benchmarks"
		echo
		echo "The latest \`make bench\` on the project's machine. Targets are ratios to an anchor"
		echo "measured in the same run (issue 11); absolute times move with the machine's load."
		echo
		cat "$tmp/head.txt" "$tmp/table.md" "$tmp/foot.txt"
		if [[ -f $root/.ci/benchdata/NOTES.md ]]; then
			echo
			cat "$root/.ci/benchdata/NOTES.md"
		fi
	} >"$BENCH_OUT"
	echo "wrote $BENCH_OUT" >&2
fi
exit $status
