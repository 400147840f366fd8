#!/usr/bin/env bash
# Accuracy on the Free Spoken Digit Dataset, as the README reports it:
#   scripts/accuracy.sh [RECORDINGS]   (default ../shared/data/fsdd/recordings)
#   SEEDS="1 2 3" scripts/accuracy.sh  (training seeds; default 1 2 3)
#   BIN=path/to/digitviz scripts/accuracy.sh  (default .build/release/digitviz)
#   ROWS="default cnn original best" scripts/accuracy.sh  (the rows to make; default all)
#   VOICES=DIR scripts/accuracy.sh  (synthetic voices for the best row; default voices,
#                                    made by scripts/make-voices.py when missing)
# For digitviz's default recipe, its convolutional network (--network cnn), the best
# recipe for new voices (cnn, synthetic voices, weight decay 0.1, an ensemble of three
# networks hearing each recording also at speeds 0.85 and 1.15: its seeds are 1, 4 and 7,
# so that its three ensembles share no network) and the
# original's recipe (--original), every number a mean
# over the training seeds: test accuracy on the random split (test 0.2, split seed 42)
# and on FSDD's official split; leave one speaker out (digitviz crossval --by speaker:
# the mean over speakers, the worst speaker, and each speaker); and the robustness suite
# (digitviz robustness) of the random split's first-seed model on its test part.
# Prints Markdown tables. Needs a release build (make build); about 50 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BIN:-.build/release/digitviz}
data=${1:-../shared/data/fsdd/recordings}
seeds=${SEEDS:-1 2 3}
rows=${ROWS:-default cnn original best}
voices=${VOICES:-voices}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# mean: the mean of the numbers on standard input, one decimal.
mean() { awk '{s+=$1} END {printf "%.1f", s/NR}'; }

# split KIND FLAGS…: mean test accuracy (%) of `train --split KIND` over the seeds.
split() {
  local kind=$1; shift
  for seed in $seeds; do
    "$bin" train "$data" -m "$work/m-$seed.safetensors" -q --seed "$seed" --split "$kind" "$@" 2>&1 >/dev/null \
      | sed -n 's/.*test accuracy \([0-9.]*\) %.*/\1/p'
  done | mean
}

# loso FLAGS…: per-speaker accuracies of crossval by speaker, one "speaker accuracy" per
# line per seed, into $work/loso.
loso() {
  for seed in $seeds; do
    "$bin" crossval "$data" --json -q -o "$work/cv.png" --seed "$seed" "$@" \
      | python3 -c 'import json,sys; [print(f["name"], 100 * f["accuracy"]) for f in json.load(sys.stdin)["folds"]]'
  done > "$work/loso"
}

speakers=$(ls "$data" | sed -n 's/^[0-9]_\([^_]*\)_[0-9]*\.wav$/\1/p' | sort -u)
conditions=()
row() {
  local name=$1; shift
  local random official
  random=$(split random "$@")
  official=$(split official "$@")
  loso "$@"
  local line="| $name | $random | $official | $(awk '{print $2}' "$work/loso" | mean)"
  line+=" | $(for s in $speakers; do echo "$s $(awk -v s="$s" '$1==s {print $2}' "$work/loso" | mean)"; done \
      | sort -k2 -n | head -1 | awk '{print $2 " (" $1 ")"}')"
  for s in $speakers; do line+=" | $(awk -v s="$s" '$1==s {print $2}' "$work/loso" | mean)"; done
  echo "$line |" >> "$work/accuracy.md"
  # Robustness: the first seed's random-split model on its test part.
  local first=${seeds%% *}
  "$bin" train "$data" -m "$work/r.safetensors" -q --seed "$first" "$@" > /dev/null
  "$bin" robustness "$work/r.safetensors" "$data" --json -q > "$work/robustness.json"
  python3 - "$name" "$work" <<'PY'
import json, sys
name, work = sys.argv[1], sys.argv[2]
results = json.load(open(f"{work}/robustness.json"))
open(f"{work}/robustness-header.md", "w").write(
    "| recipe | " + " | ".join(r["condition"] for r in results) + " |\n|" + " --- |" * (len(results) + 1) + "\n")
open(f"{work}/robustness.md", "a").write(f"| {name} | " + " | ".join(f"{100 * r['accuracy']:.1f}" for r in results) + " |\n")
PY
}

wanted() { [[ " $rows " == *" $1 "* ]]; }
wanted default && row "digitviz (default)"
wanted cnn && row "digitviz \`--network cnn\`" --network cnn
if wanted best; then
  [ -d "$voices" ] || scripts/make-voices.py "$voices"
  seeds=${BEST_SEEDS:-1 4 7} row "digitviz \`--network cnn --extra voices --weight-decay 0.1 --ensemble 3 --test-time-speeds\`" \
    --network cnn --extra "$voices" --weight-decay 0.1 --ensemble 3 --test-time-speeds
fi
wanted original && row "original (\`--original\`)" --original

header="| recipe | random split | official split | held out: mean | held out: worst"
for s in $speakers; do header+=" | $s"; done
echo "$header |"
printf '|%s\n' "$(printf ' --- |%.0s' $(seq 1 $(( $(echo $speakers | wc -w) + 5 ))))"
cat "$work/accuracy.md"
echo
cat "$work/robustness-header.md" "$work/robustness.md"
