# amends — one entry point for building, testing and checking.
# `make run` builds and starts the main job; `make test` runs the suite.

GO       ?= go
BIN      := bin/amends
PKG      := ./...
VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS  := -s -w -X github.com/amends-cli/amends/internal/cli.version=$(VERSION)
GOFUMPT  := $(GO) run mvdan.cc/gofumpt@v0.12.0
STATICCHECK := $(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: all build generate run test race lint fmt fmt-check vet staticcheck tidy-check check e2e bench bench-startup bench-firstchat fuzz eval-model cover clean

all: build

build:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/amends

# The main job: rehearse the conversation. Before that, doctor checks Ollama
# and the model and says exactly what to do when either is missing.
run: build
	@./$(BIN) doctor || { echo; echo "Fix the failing checks above, then run 'make run' again."; exit 1; }
	@./$(BIN) practice $(ARGS)

test:
	$(GO) test -count=1 $(PKG)

# Rebuild generated files: internal/critique/rules_gen.go (the rules split
# into parts with their prefilters) and testdata/critique/generated.jsonl.
generate:
	$(GO) generate ./internal/critique/

race:
	$(GO) test -race -count=1 $(PKG)

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

check: lint race

# The real-server suite: builds (or finds) Ollama, generates a tiny model,
# serves it on a loopback port and drives the amends binary against it.
e2e:
	bash .ci/ollama-bin.sh >/dev/null
	$(GO) test -tags e2e -count=1 -timeout 15m -v ./internal/e2e/...

bench:
	$(GO) test -run '^$$' -bench . -benchmem $(PKG)

# Whole-process start-up of `amends critique --offline` on a 1 KB draft,
# against a hello-world floor; fails over THRESHOLD ms (median).
THRESHOLD ?= 20
bench-startup:
	bash .ci/bench-startup.sh $(THRESHOLD) 50

# Process start to the first chat request: amends practice against a bare
# api.Client.Chat program, alternating, medians and ratio (fails over
# MAX_RATIO).
MAX_RATIO ?= 1.3
bench-firstchat:
	$(GO) run ./internal/benchtool/firstchat -runs 30 -max-ratio $(MAX_RATIO)

fuzz:
	$(GO) test -run '^$$' -fuzz FuzzCheck -fuzztime 30s ./internal/critique/
	$(GO) test -run '^$$' -fuzz FuzzRead -fuzztime 30s ./transcripts/

# Compare the rules, the model and the merge on the labelled set:
#   make eval-model MODEL=llama3.2
eval-model:
	$(GO) test -tags evalmodel -count=1 -timeout 60m -run TestEvalModel -v ./internal/coach/ -args -model '$(MODEL)'

clean:
	rm -rf bin cover.out
