# digitviz: two commands on a fresh Debian/Ubuntu machine with Swift 6:
#   make demo   installs what is missing, builds, runs the main job on data/ into out/
#   make test   installs what is missing, runs the test suite
# make bench runs the benchmarks (FSDD from ../shared/data/fsdd when present, else data/).

SHELL := /bin/bash
APT_PACKAGES := pkg-config libsndfile1-dev libsoxr-dev libkissfft-dev libopenblas-dev \
                libcairo2-dev zlib1g-dev fonts-dejavu-core time
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
OUT ?= out
BIN := .build/release/digitviz

.PHONY: deps build demo test bench fuzz figures figures-retrain data fixtures clean

deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	swift build -c release --product digitviz

demo: build
	@mkdir -p $(OUT)
	$(BIN) features data -o $(OUT)/features.csv
	$(BIN) figures data -o $(OUT)
	@echo "Wrote $(OUT)/: features.csv, model.safetensors, run.log and the figures"


test: deps
	swift test

# The README's figures: redrawn from the committed model and run log (deterministic);
# figures-retrain trains a new model on data/ first. The test suite fails when img/ is
# stale (Tests/DigitPlotTests/ReadmeFiguresTests.swift).
figures: build
	$(BIN) figures data -o img --model img/model.safetensors --log img/run.log

figures-retrain: build
	$(BIN) figures data -o img

bench: build
	swift build -c release --product digitviz-bench
	scripts/bench.sh

# Fuzz every file parser for FUZZ_SECONDS each (crashing inputs are kept as fixtures).
FUZZ_SECONDS ?= 60
fuzz: deps
	scripts/fuzz.sh $(FUZZ_SECONDS)

# Regenerate the bundled sample data (needs espeak-ng and sox) and the librosa fixtures.
data:
	scripts/make-sample-data.sh

fixtures:
	python3 scripts/make-fixtures.py

clean:
	rm -rf .build $(OUT)
