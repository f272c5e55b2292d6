#!/usr/bin/env bash
# Start-up benchmark: wall time of a whole `amends critique --offline` process
# on a 1 KB draft, read against the machine's own floor (a hello-world Go
# binary built the same way).
#
#   .ci/bench-startup.sh [THRESHOLD_MS] [RUNS]
#
# THRESHOLD_MS (default 20): exit 1 when the median of amends is over it.
# RUNS (default 50) timed runs of each command, after 3 warm-up runs.
# AMENDS_BIN=path measures that binary instead of building one.
#
# Uses hyperfine when installed (apt-get install -y hyperfine), else a bash
# loop timed with $EPOCHREALTIME (or date +%s%N); the loop's own fork and
# exec add a little to every figure, the floor included.
# Wall times on a shared machine swing with its load: the load average is
# printed, and the hello-world floor moves with it. Not run in CI.
set -euo pipefail

threshold=${1:-20}
runs=${2:-50}
warmup=3

root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go=${GO:-go}
flags=(-trimpath -ldflags '-s -w') # as `make build`

if [[ -n ${AMENDS_BIN:-} ]]; then
	bin=$AMENDS_BIN
else
	bin=$tmp/amends
	(cd "$root" && "$go" build "${flags[@]}" -o "$bin" ./cmd/amends)
fi

mkdir -p "$tmp/hello"
cat >"$tmp/hello/main.go" <<'EOF'
package main

import "fmt"

func main() { fmt.Println("hello") }
EOF
printf 'module hello\n\ngo 1.21\n' >"$tmp/hello/go.mod"
(cd "$tmp/hello" && GOFLAGS=-mod=mod "$go" build "${flags[@]}" -o "$tmp/hello-bin" .)

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

# Fail early (and visibly) if the command itself fails.
"$bin" critique --offline -f "$draft" >/dev/null

# stats FILE: min, median and p90 (ms) of the times (ms), one a line.
stats() {
	sort -g "$1" | awk '{ t[NR] = $1 } END {
		m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
		p = int(NR * 0.9 + 0.999999); if (p < 1) p = 1; if (p > NR) p = NR
		printf "%.1f %.1f %.1f\n", t[1], m, t[p]
	}'
}

# now_us sets $us_now to the time in microseconds: $EPOCHREALTIME (bash 5,
# no fork) when there is one, else date +%s%N (whose fork adds a millisecond
# or so).
if [[ -n ${EPOCHREALTIME:-} ]]; then
	now_us() { us_now=${EPOCHREALTIME/[.,]/}; }
else
	now_us() { us_now=$(($(date +%s%N) / 1000)); }
fi

# measure NAME CMD...: times (ms) of RUNS runs into $tmp/NAME.ms
measure() {
	local name=$1
	shift
	if command -v hyperfine >/dev/null; then
		if ! hyperfine -N --style none --warmup "$warmup" --runs "$runs" \
			--export-json "$tmp/$name.json" -- "$(printf '%q ' "$@")" >/dev/null 2>"$tmp/$name.err"; then
			cat "$tmp/$name.err" >&2
			exit 2
		fi
		# times are in seconds, in the one result
		tr -d '\n ' <"$tmp/$name.json" | sed 's/.*"times":\[\([^]]*\)\].*/\1/' | tr ',' '\n' |
			awk '{ printf "%.3f\n", $1 * 1000 }' >"$tmp/$name.ms"
	else
		local i s e us=()
		for ((i = 0; i < warmup; i++)); do "$@" >/dev/null; done
		for ((i = 0; i < runs; i++)); do
			now_us
			s=$us_now
			"$@" >/dev/null
			now_us
			e=$us_now
			us+=($((10#$e - 10#$s)))
		done
		printf '%s\n' "${us[@]}" | awk '{ printf "%.3f\n", $1 / 1000 }' >"$tmp/$name.ms"
	fi
}

tool=hyperfine
if ! command -v hyperfine >/dev/null; then
	tool="bash loop (date +%s%N)"
	[[ -n ${EPOCHREALTIME:-} ]] && tool="bash loop (EPOCHREALTIME)"
fi
echo "runs: $runs after $warmup warm-up; timer: $tool"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs"
echo "binary: $bin ($(du -k "$bin" | cut -f1) KB), draft: $(wc -c <"$draft") bytes"

measure hello "$tmp/hello-bin"
measure version "$bin" version
measure critique "$bin" critique --offline -f "$draft"

printf '%-34s %8s %8s %8s\n' "ms" min median p90
for name in hello version critique; do
	read -r mn md p9 < <(stats "$tmp/$name.ms")
	case $name in
	hello) label="hello world (floor)" ;;
	version) label="amends version" ;;
	critique) label="amends critique --offline (1 KB)" ;;
	esac
	printf '%-34s %8s %8s %8s\n' "$label" "$mn" "$md" "$p9"
	[[ $name == critique ]] && median=$md
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

if awk -v m="$median" -v t="$threshold" 'BEGIN { exit !(m > t) }'; then
	echo "FAIL: critique median ${median} ms is over ${threshold} ms"
	exit 1
fi
echo "ok: critique median ${median} ms is within ${threshold} ms"
