#!/usr/bin/env bash
# What each lever of the front end and of augmentation does to new voices: leave one
# speaker out on FSDD (digitviz crossval --by speaker), seeds 1-3, for each variant of the
# default recipe below. Prints "name: mean M worst W | speaker accuracy …" per variant.
#   scripts/levers.sh [RECORDINGS] [VARIANT…]   (default: ../shared/data/fsdd/recordings, all)
# The README's table of levers comes from this script. Needs a release build; about 5
# minutes per variant without augmentation on 2 cores, 10-20 with it. The `voices`
# variant needs `make voices` first.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/digitviz
data=${1:-../shared/data/fsdd/recordings}
shift || true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

declare -A flags=(
  [previous]="--top-db 80 --dropped-low-bands 3 --high-pass none --trim none --segments 3 --augment none"
  [highpass-trim]="--top-db 80 --segments 3 --augment none"
  [segments5]="--top-db 80 --augment none"
  [segments8]="--top-db 80 --segments 8 --augment none"
  [8khz]="--top-db 80 --sample-rate 8000 --fft-size 744 --hop-length 186 --augment none"
  [voices]="--top-db 80 --segments 3 --augment none --extra voices"
  [speed]="--top-db 80 --augment none --augment-speed 0.9 1.1"
  [speed4]="--top-db 80 --segments 3 --augment none --augment-speed 0.85 0.93 1.07 1.15"
  [noise]="--top-db 80"
  [topdb40]="--top-db 40"
  [default]=""
  [noise3]="--augment-noise 20 10 5"
)
order=(previous highpass-trim segments5 segments8 8khz voices speed speed4 noise topdb40 default noise3)
[ $# -gt 0 ] && order=("$@")

for name in "${order[@]}"; do
  for seed in 1 2 3; do
    # shellcheck disable=SC2086
    "$bin" crossval "$data" --json -q -o "$work/cv.png" --seed "$seed" ${flags[$name]}
  done | python3 -c '
import json, sys
text, decoder, runs = sys.stdin.read(), json.JSONDecoder(), []
position = 0
while text[position:].strip():
    position += len(text[position:]) - len(text[position:].lstrip())
    run, position = decoder.raw_decode(text, position)
    runs.append(run)
per = {}
for run in runs:
    for fold in run["folds"]:
        per.setdefault(fold["name"], []).append(fold["accuracy"])
means = {name: 100 * sum(v) / len(v) for name, v in per.items()}
print(f"{sys.argv[1]}: mean {sum(means.values()) / len(means):.1f} worst {min(means.values()):.1f} | "
      + " ".join(f"{name} {value:.1f}" for name, value in means.items()))' "$name"
done
