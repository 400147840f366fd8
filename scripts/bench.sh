#!/usr/bin/env bash
# Benchmarks of the release build: wall time, throughput and peak memory of whole
# digitviz processes. Run through `make bench`. Uses FSDD (../shared/data/fsdd/recordings,
# 2,500 files) when present, else the bundled data/.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/digitviz
data=../shared/data/fsdd/recordings
[ -d "$data" ] || data=data
files=$(find "$data" -name '*.wav' | wc -l)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# run LABEL COUNT UNIT COMMAND...: best wall time of 5 runs, with peak RSS.
run() {
  local label=$1 count=$2 unit=$3; shift 3
  local best=999999 rss=0
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
    read -r secs kb <"$work/time"
    best=$(python3 -c "print(min($best, $secs))")
    rss=$kb
  done
  printf '%-44s %7.3f s  %9.0f %s/s  peak RSS %5.1f MB\n' "$label" "$best" \
    "$(python3 -c "print($count / max($best, 0.001))")" "$unit" "$(python3 -c "print($rss / 1024)")"
}

echo "digitviz benchmarks ($(nproc) cores; data: $data, $files files)"
run "features, all cores" "$files" files $bin features "$data" -o "$work/f.csv" --quiet
run "features, 1 thread" "$files" files $bin features "$data" -o "$work/f.csv" --quiet --threads 1

# Training: the whole process on the features CSV (200 epochs, random split), then
# prediction as a whole process and in-process.
samples=$(( (files * 4 + 4) / 5 ))
$bin features "$data" -o "$work/train.csv" --recipe digitviz --quiet
run "train 200 epochs (features CSV)" "$((samples * 200))" samples $bin train "$work/train.csv" -m "$work/m.safetensors" --quiet
first=$(find "$data" -name '*.wav' | sort | sed -n 1p)
run "predict, whole process (1 file)" 1 files $bin predict "$work/m.safetensors" "$first"
.build/release/digitviz-bench "$data" "$work/m.safetensors"

# Figures: the original's 14 (10 waveplots, countplot, architecture, accuracy, loss) from
# the committed model and run log, then all 25 of `digitviz figures`.
run "figures: the original's 14, from a run log" 14 figures $bin figures data -o "$work/fig" --model img/model.safetensors --log img/run.log --original-figures --quiet
run "figures: all 25 (features for the confusion)" 25 figures $bin figures data -o "$work/fig" --model img/model.safetensors --log img/run.log --quiet
