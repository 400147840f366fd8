#!/usr/bin/env bash
# Fuzzes every parser of untrusted files for SECONDS each (default 60): WAV, safetensors,
# features CSV, run logs. Seeds: the bundled recordings, a model, a features CSV and the
# Keras log fixtures, plus the regression inputs in Tests/DigitAudioTests/Fixtures/fuzz.
# A crashing input is copied there (kept as a regression fixture) and the script fails.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-60}
: "${SWIFT_RELEASE:?run it through make fuzz, which sets the release build command}"
$SWIFT_RELEASE --product digitviz-fuzz
$SWIFT_RELEASE --product digitviz
BIN=.build/release
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
SEEDS=$WORK/seeds
mkdir -p "$SEEDS"
cp data/0_*_0.wav data/7_*_1.wav "$SEEDS"/ 2>/dev/null || true
cp Tests/DigitAudioTests/Fixtures/keras/* "$SEEDS"/
cp Tests/DigitAudioTests/Fixtures/fuzz/* "$SEEDS"/ 2>/dev/null || true
"$BIN"/digitviz features data -q -o "$SEEDS"/features.csv
head -c 20000 "$SEEDS"/features.csv > "$SEEDS"/features-head.csv
cp img/model.safetensors "$SEEDS"/model.safetensors
status=0
for target in wav safetensors csv runlog; do
  if ! "$BIN"/digitviz-fuzz "$SECONDS_PER_TARGET" "$SEEDS" "$WORK/run" "$target"; then
    kept=Tests/DigitAudioTests/Fixtures/fuzz/crash-$target-$(date +%s)
    cp "$WORK/run/current-$target" "$kept"
    echo "fuzz: $target crashed; input kept as $kept" >&2
    status=1
  fi
done
exit $status
