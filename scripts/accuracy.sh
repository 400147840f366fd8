#!/usr/bin/env bash
# Accuracy on the Free Spoken Digit Dataset, as the README reports it:
#   scripts/accuracy.sh [RECORDINGS]   (default ../shared/data/fsdd/recordings)
# For digitviz's recipe and the original's (--original), each split trained with seeds
# 1-5: the random split (test 0.2, split seed 42), FSDD's official split, and each
# speaker held out in turn. Prints a Markdown table of mean (min–max) test accuracy.
# Needs a release build (make build); takes about 3 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/digitviz
data=${1:-../shared/data/fsdd/recordings}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
speakers=$(ls "$data" | sed -n 's/^[0-9]_\([^_]*\)_[0-9]*\.wav$/\1/p' | sort -u)

# seeds CSV FLAGS…: "mean (min–max)" test accuracy (%) over training seeds 1-5.
seeds() {
  local csv=$1; shift
  for seed in 1 2 3 4 5; do
    "$bin" train "$csv" -m "$work/m.safetensors" -q --seed "$seed" "$@" 2>&1 | sed -n 's/.*test accuracy \([0-9.]*\) %.*/\1/p'
  done | awk '{s+=$1; if(min==""||$1<min)min=$1; if($1>max)max=$1} END {printf "%.1f (%.1f–%.1f)", s/NR, min, max}'
}

row() {
  local name=$1 csv=$2; shift 2
  local line="| $name | $(seeds "$csv" "$@") | $(seeds "$csv" "$@" --split official)"
  local means=()
  for speaker in $speakers; do
    local result
    result=$(seeds "$csv" "$@" --split "speaker:$speaker")
    line+=" | $result"
    means+=("${result%% *}")
  done
  echo "$line | $(printf '%s\n' "${means[@]}" | awk '{s+=$1} END {printf "%.1f", s/NR}') |"
}

"$bin" features "$data" -o "$work/digitviz.csv" --recipe digitviz -q
"$bin" features "$data" -o "$work/original.csv" -q
header="| recipe | random split | official split"
for speaker in $speakers; do header+=" | held out: $speaker"; done
echo "$header | held out: mean |"
printf '|%s\n' "$(printf ' --- |%.0s' $(seq 1 $(( $(echo $speakers | wc -w) + 4 ))))"
row "digitviz (default: 20 MFCCs, segments, standardized)" "$work/digitviz.csv"
row "original (--original: 40 mean MFCCs, unscaled)" "$work/original.csv" --original
