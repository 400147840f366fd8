# digitviz: two commands on a fresh Debian/Ubuntu machine with Swift 6:
#   make demo   installs what is missing, builds, runs the main job on data/ into out/
#   make test   installs what is missing, runs the test suite
# make bench runs the benchmarks (FSDD from ../shared/data/fsdd when present, else data/);
# REFVENV=DIR make bench adds the Python reference side by side (scripts/bench.sh --make-venv DIR).

SHELL := /bin/bash
APT_PACKAGES := pkg-config libsndfile1-dev libsoxr-dev libkissfft-dev \
                libcairo2-dev zlib1g-dev fonts-dejavu-core time
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
OUT ?= out
BIN := .build/release/digitviz

.PHONY: deps build demo test docs bench fuzz figures figures-retrain data fixtures clean

deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	swift build -c release --static-swift-stdlib --product digitviz

demo: build
	@mkdir -p $(OUT)
	$(BIN) features data -o $(OUT)/features.csv
	$(BIN) figures data -o $(OUT)
	@echo "Wrote $(OUT)/: features.csv, model.safetensors, run.log and the figures"


# The house checks, then the tests: each folder of a module uses only the folders below
# it (and the check catches a planted upward use), another package can depend on this one
# by version, and the test suite passes.
test: deps
	scripts/check-floors.py
	scripts/check-floors.py --self-test
	scripts/check-consumer.sh
	swift test

# The DocC documentation of DigitAudio and DigitPlot (swift-docc-plugin), every warning an
# error (a broken symbol link, an undocumented parameter). Not part of `make test`. The
# archives land in .build/plugins/Swift-DocC/outputs/ (DigitAudio.doccarchive, DigitPlot.doccarchive).
docs: deps
	swift package generate-documentation --target DigitAudio --target DigitPlot --warnings-as-errors

# The README's figures: redrawn from the committed model and run log (deterministic);
# figures-retrain trains a new model on data/ first. The test suite fails when img/ is
# stale (Tests/DigitPlotTests/ReadmeFiguresTests.swift).
COMPARE := $(BIN) curves img/run.log Tests/DigitAudioTests/Fixtures/keras/csvlogger.csv \
           --label "digitviz on data/" --label "Keras 3 on FSDD" --metric loss --log-y -o img/curves-compare.png

figures: build
	$(BIN) figures data -o img --model img/model.safetensors --log img/run.log
	$(BIN) crossval data -o img/crossval.png -q > /dev/null
	$(COMPARE)

figures-retrain: build
	$(BIN) figures data -o img
	$(COMPARE)

bench: build
	swift build -c release --static-swift-stdlib --product digitviz-bench
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
