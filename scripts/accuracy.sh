#!/usr/bin/env bash
# Accuracy on the Free Spoken Digit Dataset, as the README reports it:
#   scripts/accuracy.sh [RECORDINGS]   (default ../shared/data/fsdd/recordings)
# For digitviz's recipe and the original's (--original): the random split (test 0.2,
# split seed 42) with training seeds 1-5, FSDD's official split, and each speaker held
# out in turn. Prints a Markdown table. Needs a release build (make build).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/digitviz
data=${1:-../shared/data/fsdd/recordings}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
speakers=$(ls "$data" | sed -n 's/^[0-9]_\([^_]*\)_[0-9]*\.wav$/\1/p' | sort -u)

# accuracy CSV FLAGS…: the test accuracy (%) of one training run.
accuracy() {
  local csv=$1; shift
  "$bin" train "$csv" -m "$work/m.safetensors" -q "$@" | sed -n 's/.*test accuracy \([0-9.]*\) %.*/\1/p'
}

row() {
  local name=$1 csv=$2; shift 2
  local runs=() split
  for seed in 1 2 3 4 5; do runs+=("$(accuracy "$csv" "$@" --seed "$seed")"); done
  local summary
  summary=$(printf '%s\n' "${runs[@]}" | awk '{s+=$1; if(min==""||$1<min)min=$1; if($1>max)max=$1} END {printf "%.2f (%.1f–%.1f)", s/NR, min, max}')
  local line="| $name | $summary | $(accuracy "$csv" "$@" --split official)"
  local total=0
  for speaker in $speakers; do
    split=$(accuracy "$csv" "$@" --split "speaker:$speaker")
    line+=" | $split"
    total=$(awk -v a="$total" -v b="$split" 'BEGIN {print a + b}')
  done
  echo "$line | $(awk -v t="$total" -v n="$(echo $speakers | wc -w)" 'BEGIN {printf "%.1f", t / n}') |"
}

"$bin" features "$data" -o "$work/digitviz.csv" --pooling segments --coefficients 20 -q
"$bin" features "$data" -o "$work/original.csv" -q
header="| recipe | random split, 5 seeds: mean (min–max) | official split"
for speaker in $speakers; do header+=" | held out: $speaker"; done
echo "$header | held out: mean |"
printf '|%s\n' "$(printf ' --- |%.0s' $(seq 1 $(( $(echo $speakers | wc -w) + 4 ))))"
row "digitviz (default: 20 MFCCs, segments, standardized)" "$work/digitviz.csv"
row "original (--original: 40 mean MFCCs, unscaled)" "$work/original.csv" --original
