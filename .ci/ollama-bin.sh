#!/usr/bin/env bash
# .ci/ollama-bin.sh — print the path of a real `ollama` binary for the e2e suite.
#
# Order of preference:
#   1. $OLLAMA_BIN, when set (must be executable);
#   2. an `ollama` on PATH (skipped when AMENDS_E2E_BUILD_OLLAMA=1);
#   3. a binary built from the Go module github.com/ollama/ollama at the version
#      this repo's go.mod requires, cached in .cache/ollama/<version>/ollama
#      (or $AMENDS_OLLAMA_CACHE/<version>/ollama).
#
# stdout: the binary's absolute path and nothing else. stderr: progress and errors.
# The build needs cgo, a C/C++ compiler, and three headers the module zip leaves
# out: nlohmann/json.hpp and stb/stb_image.h (Debian: nlohmann-json3-dev,
# libstb-dev) and miniaudio/miniaudio.h (our stand-in in .ci/miniaudio/).
set -euo pipefail

log() { printf 'ollama-bin: %s\n' "$*" >&2; }
die() { printf 'ollama-bin: error: %s\n' "$*" >&2; exit 1; }

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
module=github.com/ollama/ollama

# 1. explicit binary
if [[ -n "${OLLAMA_BIN:-}" ]]; then
	[[ -x "$OLLAMA_BIN" ]] || die "OLLAMA_BIN=$OLLAMA_BIN is not an executable file"
	log "using OLLAMA_BIN=$OLLAMA_BIN"
	printf '%s\n' "$(cd "$(dirname "$OLLAMA_BIN")" && pwd)/$(basename "$OLLAMA_BIN")"
	exit 0
fi

# 2. installed binary
if [[ "${AMENDS_E2E_BUILD_OLLAMA:-0}" != 1 ]] && p=$(command -v ollama 2>/dev/null); then
	log "using ollama from PATH: $p"
	printf '%s\n' "$p"
	exit 0
fi

# 3. build from the module version go.mod requires (read once, from go.mod).
version=$(awk -v m="$module" '
	$1 == "require" && $2 == m { print $3; exit }
	$1 == m && $2 ~ /^v/ { print $2; exit }
' "$root/go.mod")
[[ -n "$version" ]] || die "could not find $module in $root/go.mod"

# AMENDS_OLLAMA_CACHE moves the cache out of the work tree (e.g. to share
# one build between clones); the default is git-ignored.
cache_dir="${AMENDS_OLLAMA_CACHE:-$root/.cache/ollama}/$version"
bin="$cache_dir/ollama"
if [[ -x "$bin" ]]; then
	log "cached: $bin"
	printf '%s\n' "$bin"
	exit 0
fi

mkdir -p "$cache_dir"
# One build at a time: `make e2e` and the Go test may both ask for the binary.
exec 9>"$cache_dir/.lock"
if command -v flock >/dev/null 2>&1; then
	flock 9
fi
if [[ -x "$bin" ]]; then # built by whoever held the lock before us
	log "cached: $bin"
	printf '%s\n' "$bin"
	exit 0
fi

stub_dir="$here/miniaudio"
stub="$stub_dir/miniaudio/miniaudio.h"
json_h=/usr/include/nlohmann/json.hpp
stb_h=/usr/include/stb/stb_image.h

missing_pkgs() {
	local pkgs=()
	[[ -f "$json_h" ]] || pkgs+=(nlohmann-json3-dev)
	[[ -f "$stb_h" ]] || pkgs+=(libstb-dev)
	printf '%s\n' "${pkgs[@]}"
}

mapfile -t need < <(missing_pkgs | sed '/^$/d')
if ((${#need[@]} > 0)); then
	if command -v apt-get >/dev/null 2>&1 && [[ $(id -u) == 0 ]]; then
		log "installing ${need[*]} (apt-get)"
		apt-get update >&2
		DEBIAN_FRONTEND=noninteractive apt-get install -y "${need[@]}" >&2
	fi
	mapfile -t need < <(missing_pkgs | sed '/^$/d')
fi

problems=()
[[ -f "$json_h" ]] || problems+=("missing $json_h (install the Debian package nlohmann-json3-dev)")
[[ -f "$stb_h" ]] || problems+=("missing $stb_h (install the Debian package libstb-dev)")
[[ -f "$stub" ]] || problems+=("missing the miniaudio stand-in header $stub (it lives in the amends repo under .ci/miniaudio/)")
command -v go >/dev/null 2>&1 || problems+=("no go toolchain on PATH")
cc=${CC:-cc}
command -v "$cc" >/dev/null 2>&1 || problems+=("no C compiler ($cc) on PATH: cgo is required")
command -v "${CXX:-c++}" >/dev/null 2>&1 || problems+=("no C++ compiler (${CXX:-c++}) on PATH: cgo is required")
if ((${#problems[@]} > 0)); then
	for p in "${problems[@]}"; do log "error: $p"; done
	die "cannot build ollama $version; set OLLAMA_BIN to an existing ollama binary, or fix the above"
fi

tmp_bin=$(mktemp -d "$cache_dir/.build.XXXXXX")
trap 'rm -rf "$tmp_bin"' EXIT

log "building $module@$version with cgo into $cache_dir (takes a few minutes on 2 cores)"
start=$(date +%s)
# go install pkg@version ignores the surrounding module, so run it from the
# cache folder and drop any GOFLAGS (e.g. -mod=vendor) meant for our module.
(
	cd "$cache_dir"
	# -O1 without cgo's default -g: no debug info and lighter optimisation
	# for llama.cpp/ggml cut the cold build from about 6 to about 4 minutes
	# on two cores; the tests' tiny model runs just as well.
	env GOFLAGS= GOBIN="$tmp_bin" CGO_ENABLED=1 \
		CGO_CPPFLAGS="-I$stub_dir -I/usr/include ${CGO_CPPFLAGS:-}" \
		CGO_CFLAGS="${CGO_CFLAGS:--O1}" CGO_CXXFLAGS="${CGO_CXXFLAGS:--O1}" \
		go install -ldflags "-X $module/version.Version=${version#v}" "$module@$version"
) >&2 || die "go install $module@$version failed (see the compiler output above)"

[[ -x "$tmp_bin/ollama" ]] || die "go install succeeded but produced no $tmp_bin/ollama"
mv -f "$tmp_bin/ollama" "$bin"
log "built $bin in $(($(date +%s) - start))s"
printf '%s\n' "$bin"
