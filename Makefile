# amends — one entry point for building, testing and checking.
# `make run` builds and starts the main job; `make test` runs the suite.

GO       ?= go
BIN      := bin/amends
PKG      := ./...
VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS  := -s -w -X github.com/amends-cli/amends/internal/cli.version=$(VERSION)
# build, run and test compile with the same settings (no -trimpath, no
# cgo), so `make run` after `make test` reuses its build cache: only the
# link step is new. Without cgo the binary is static, so no dynamic loader
# runs at every start (see BENCHMARKS.md). race and e2e need cgo.
CGO      ?= 0
GOB      := CGO_ENABLED=$(CGO) $(GO)
GOFUMPT  := $(GO) run mvdan.cc/gofumpt@v0.12.0
STATICCHECK := $(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: all build generate run test race race-fast critique-test lint fmt fmt-check vet staticcheck tidy-check check e2e bench bench-startup bench-history bench-firstchat bench-prefix bench-go fuzz eval-model eval-critic cover clean

all: build

build:
	$(GOB) build -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/amends

# The main job: rehearse the conversation. Before that, doctor checks Ollama
# and the model and says exactly what to do when either is missing.
#   make run MODEL=llama3.2:1b ARGS="--scenario colleague"
#   OLLAMA_HOST=http://box:11434 make run ARGS="-m tiny"
# doctor checks the model and host that practice will use: MODEL=, or
# --model/-m and --host in ARGS (ARGS wins), or AMENDS_MODEL and OLLAMA_HOST.
MODEL ?=
run: build
	@set -- $(ARGS); model='$(MODEL)'; host=''; \
	while [ $$# -gt 0 ]; do case "$$1" in \
	  --model|-m) model="$$2"; shift ;; --model=*) model="$${1#--model=}" ;; -m=*) model="$${1#-m=}" ;; -m?*) model="$${1#-m}" ;; \
	  --host) host="$$2"; shift ;; --host=*) host="$${1#--host=}" ;; \
	esac; [ $$# -gt 0 ] && shift; done; \
	./$(BIN) doctor $${model:+--model "$$model"} $${host:+--host "$$host"} || { echo; echo "Fix the failing checks above, then run 'make run' again."; exit 1; }
	@./$(BIN) practice $(if $(MODEL),--model '$(MODEL)') $(ARGS)

# Put amends on your PATH (in $(shell $(GO) env GOPATH)/bin, or GOBIN).
install:
	$(GO) install -trimpath -ldflags '$(LDFLAGS)' ./cmd/amends

test:
	$(GOB) test -count=1 $(PKG)

# Rebuild generated files: internal/critique/rules_gen.go (the rules split
# into parts with their prefilters), internal/critique/rules_prog.bin (their
# patterns compiled ahead of time) and testdata/critique/generated.jsonl;
# internal/safety/keys_gen.go (the key words of the safety screen's frames)
# and internal/safety/cues_gen.go (the cue phrases of cues.go as tables);
# internal/scenario/builtin_gen.go (the built-in scenes, parsed).
generate:
	$(GO) generate ./internal/critique/ ./internal/safety/ ./internal/scenario/

race:
	$(GO) test -race -count=1 $(PKG)

# The race detector on every package but the rule checker, whose labelled
# sets take ten minutes under -race and run no goroutines of their own.
RACE_PKG = $(shell $(GO) list ./... | grep -v -e /internal/critique -e /internal/e2e)
race-fast:
	$(GO) test -race -count=1 $(RACE_PKG)

cover:
	$(GO) test -coverprofile=cover.out $(PKG) && $(GO) tool cover -func=cover.out | tail -1

fmt:
	$(GOFUMPT) -w .

fmt-check:
	@out=$$($(GOFUMPT) -l .); if [ -n "$$out" ]; then echo "gofumpt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet $(PKG)
	$(GO) vet -tags e2e ./internal/e2e/...

staticcheck:
	$(STATICCHECK) $(PKG)

lint: fmt-check vet staticcheck

tidy-check:
	$(GO) mod tidy -diff

# The rule checker's tests without -race (race-fast leaves them out): its
# labelled sets and their floors, so a commit that lowers them is caught
# before it lands, not only by the full suite.
critique-test:
	$(GO) test -count=1 ./internal/critique/

# What CI checks before the suites, and what to run before every commit.
check: lint tidy-check race-fast critique-test

# The real-server suite: builds (or finds) Ollama, generates a tiny model,
# serves it on a loopback port and drives the amends binary against it.
e2e:
	bash .ci/ollama-bin.sh >/dev/null
	$(GO) test -tags e2e -count=1 -timeout 40m -v ./internal/e2e/...

# One table: each row times amends against an anchor in the same run
# (alternating, medians, ratio) and fails only when a ratio is over its
# target. `make bench` keeps the latest table in BENCHMARKS.md.
RUNS ?= 41
bench:
	BENCH_OUT=BENCHMARKS.md CGO_ENABLED=$(CGO) bash .ci/bench.sh all $(RUNS)

# Its start-up rows alone: `amends critique --offline` on 1 KB against a Go
# hello world and against `amends version`.
bench-startup:
	CGO_ENABLED=$(CGO) bash .ci/bench.sh startup $(RUNS)

# Its history rows alone: list and show last over 1000 long sessions.
bench-history:
	CGO_ENABLED=$(CGO) bash .ci/bench.sh history $(RUNS)

# The Go benchmarks of every package (absolute figures, for profiling).
bench-go:
	$(GO) test -run '^$$' -bench . -benchmem $(PKG)

# Process start to the first chat request: amends practice against a bare
# api.Client.Chat program, alternating, medians and ratio (fails over
# MAX_RATIO).
MAX_RATIO ?= 1.3
bench-firstchat:
	$(GO) run ./internal/benchtool/firstchat -runs 30 -max-ratio $(MAX_RATIO)

# Prefix reuse and prompt-eval time per turn over a long session on the
# real server's tiny model (TURNS lines, default 100).
bench-prefix:
	bash .ci/ollama-bin.sh >/dev/null
	AMENDS_BENCH_TURNS=$(or $(TURNS),100) $(GO) test -tags e2e -count=1 -timeout 40m -run '^$$' -bench PracticePrefixReuse -benchtime 1x -v ./internal/e2e/

fuzz:
	$(GO) test -run '^$$' -fuzz FuzzCheck -fuzztime 30s ./internal/critique/
	$(GO) test -run '^$$' -fuzz FuzzRead -fuzztime 30s ./transcripts/

# The offline critic's figures on any labelled JSONL file (per element
# accuracy with false positives and negatives apart, per category recall and
# precision, clean drafts with a high finding, AUC clean vs defective):
#   make eval-critic FILE=testdata/critique/blind-v2-tuning.jsonl
eval-critic:
	$(GO) test -count=1 -run TestEvalFile -v ./internal/critique/ -args -file '$(abspath $(FILE))'

# Compare the rules, the model and the merge on the labelled set, with a
# progress line per draft on stderr:
#   make eval-model MODEL=llama3.2 [LIMIT=40] [DRAFT_TIMEOUT=90s]
LIMIT ?= 0
DRAFT_TIMEOUT ?= 2m
eval-model:
	$(GO) test -tags evalmodel -count=1 -timeout 0 -run TestEvalModel -v ./internal/coach/ -args -model '$(MODEL)' -limit '$(LIMIT)' -draft-timeout '$(DRAFT_TIMEOUT)'

clean:
	rm -rf bin cover.out
