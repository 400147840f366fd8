#!/usr/bin/env bash
# Benchmarks of the release build, run through `make bench`: wall time and peak memory of
# whole digitviz processes, beside the Python reference (librosa, Keras, matplotlib) when
# REFVENV names a virtual environment that has it, ratios first; then where the time goes
# (in-process profiles by digitviz-bench, and the process start).
#
#   scripts/bench.sh                     digitviz alone
#   REFVENV=DIR scripts/bench.sh         with the Python reference side by side
#   scripts/bench.sh --make-venv DIR     create DIR with scripts/requirements-bench.txt
#
# BUILD (default .build/release) is the folder of the binaries; RUNS (default 5) runs of each digitviz job and REFRUNS (default 1) of each reference
# job; the best wall time of each is kept, with its peak RSS. Uses FSDD
# (../shared/data/fsdd/recordings, 2,500 files) when present, else the bundled data/.
# Absolute times on a shared machine move with its load (printed first): compare the
# ratios, measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = --make-venv ]; then
  dir=${2:?usage: scripts/bench.sh --make-venv DIR}
  python3 -m venv "$dir"
  "$dir/bin/pip" install --quiet --upgrade pip
  "$dir/bin/pip" install --quiet -r scripts/requirements-bench.txt
  echo "Created $dir: run REFVENV=$dir make bench"
  exit 0
fi

build=${BUILD:-.build/release}   # where digitviz and digitviz-bench are
bin=$build/digitviz
bench=$build/digitviz-bench
data=../shared/data/fsdd/recordings
[ -d "$data" ] || data=data
files=$(find "$data" -name '*.wav' | wc -l)
first=$(find "$data" -name '*.wav' | sort | sed -n 1p)
runs=${RUNS:-5}
refruns=${REFRUNS:-1}
python=""
if [ -n "${REFVENV:-}" ]; then
  python="$REFVENV/bin/python"
  "$python" -c 'import librosa, keras, matplotlib' 2>/dev/null \
    || { echo "REFVENV=$REFVENV lacks librosa, keras or matplotlib (scripts/bench.sh --make-venv DIR)" >&2; exit 1; }
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results=$work/results   # one line per job: label|digitviz s|MB|reference s|MB|unit count|unit

# best COUNT COMMAND...: runs COMMAND COUNT times, prints "best-wall-seconds peak-RSS-MB".
best() {
  local count=$1; shift
  local best=999999 rss=0
  for _ in $(seq "$count"); do
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    read -r secs kb <"$work/time"
    best=$(python3 -c "print(min($best, $secs))")
    rss=$(python3 -c "print(max($rss, $kb / 1024))")
  done
  echo "$best $rss"
}

# job LABEL UNITS UNIT -- DIGITVIZ COMMAND... [-- REFERENCE COMMAND...]
job() {
  local label=$1 units=$2 unit=$3; shift 4
  local ours=() theirs=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do ours+=("$1"); shift; done
  [ $# -gt 0 ] && { shift; theirs=("$@"); }
  local ref="- -"
  if [ -n "$python" ] && [ ${#theirs[@]} -gt 0 ]; then ref=$(best "$refruns" "$python" "${theirs[@]}"); fi
  local own; own=$(best "$runs" "${ours[@]}")
  echo "$label|${own% *}|${own#* }|${ref% *}|${ref#* }|$units|$unit" >>"$results"
}

echo "digitviz benchmarks: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
echo "data: $data ($files files); digitviz best of $runs runs${python:+, reference best of $refruns (${REFVENV})}"
echo

# The original's features for training (digitviz's equal librosa's: the tests check it).
$bin features "$data" -o "$work/features.csv" --quiet
samples=$(( (files * 4 + 4) / 5 ))
ref=scripts/reference
job "features of $files files (40 mean MFCCs)" "$files" files -- \
  $bin features "$data" -o "$work/f.csv" --quiet -- $ref/features.py "$data" "$work/ref-features.csv"
job "training, original recipe, 200 epochs" "$((samples * 200))" samples -- \
  $bin train "$work/features.csv" --original -m "$work/m.safetensors" --log "$work/run.log" --quiet -- \
  $ref/train.py "$work/features.csv" "$work/ref-model.keras" "$work/ref-run.log"
job "the original's 14 figures from a run log" 14 figures -- \
  $bin figures data -o "$work/fig" --model img/model.safetensors --log img/run.log --original-figures --quiet -- \
  $ref/figures.py data img/run.log "$work/ref-fig"
if [ -n "$python" ]; then
  job "predict one file, whole process" 1 files -- $bin predict "$work/m.safetensors" "$first" -- \
    $ref/predict.py "$work/ref-model.keras" "$first"
else
  job "predict one file, whole process" 1 files -- $bin predict "$work/m.safetensors" "$first"
fi
job "features, 1 thread" "$files" files -- $bin features "$data" -o "$work/f.csv" --quiet --threads 1
job "training, 1 thread" "$((samples * 200))" samples -- \
  $bin train "$work/features.csv" --original -m "$work/m1.safetensors" --log "$work/run1.log" --quiet --threads 1
job "all 25 figures (features for the confusion)" 25 figures -- \
  $bin figures data -o "$work/fig" --model img/model.safetensors --log img/run.log --quiet
job "digitviz --version (process start)" 1 runs -- $bin --version

python3 - "$results" "${python:+yes}" <<'PY'
import sys
rows = [line.rstrip("\n").split("|") for line in open(sys.argv[1])]
with_ref = sys.argv[2] == "yes"
if with_ref:
    print("Ratios, reference time / digitviz time (best wall times of this run):")
    for label, ours, _, theirs, _, _, _ in rows:
        # /usr/bin/time counts in 10 ms steps: a shorter job's ratio comes from the fine timings below.
        if theirs != "-" and float(ours) >= 0.05:
            print(f"  {label:48} {float(theirs) / float(ours):7.1f}x")
    # librosa runs on one thread: digitviz on one thread against the same reference run.
    single = [r for r in rows if r[0].startswith("features, 1 thread")]
    if single and rows[0][3] != "-":
        print(f"  {'features, both on one thread':48} {float(rows[0][3]) / max(float(single[0][1]), 1e-3):7.1f}x")
    # Keras (TensorFlow) trains on every core: digitviz on one thread against it.
    single = [r for r in rows if r[0].startswith("training, 1 thread")]
    if single and rows[1][3] != "-":
        print(f"  {'training, digitviz on one thread':48} {float(rows[1][3]) / max(float(single[0][1]), 1e-3):7.1f}x")
    print()
print(f"  {'job':48} {'digitviz':>9} {'peak RSS':>9} {'throughput':>17}" + (f" {'reference':>10} {'peak RSS':>9}" if with_ref else ""))
for label, ours, ours_mb, theirs, theirs_mb, units, unit in rows:
    if float(ours) >= 0.05:
        line = f"  {label:48} {float(ours):8.3f}s {float(ours_mb):6.1f} MB {int(units) / float(ours):10.0f} {unit}/s"
    else:  # within /usr/bin/time's 10 ms steps: timed to the microsecond below
        line = f"  {label:48} {'(below)':>9} {float(ours_mb):6.1f} MB {'(below)':>17}"
    if with_ref and theirs != "-":
        line += f" {float(theirs):9.2f}s {float(theirs_mb):6.1f} MB"
    print(line)
PY

# Whole processes too short for /usr/bin/time's 10 ms steps, timed to the microsecond:
# FINERUNS (default 50) runs one after the other, after one run to warm the page cache.
fineruns=${FINERUNS:-50}
echo
echo "Short whole processes (digitviz-bench time: posix_spawn to waitpid, monotonic clock):"
$bin predict "$work/m.safetensors" "$first" >/dev/null
$bench time "predict one file" "$fineruns" $bin predict "$work/m.safetensors" "$first" | tee "$work/predict-time"
$bench time "digitviz --version" "$fineruns" $bin --version
reference=$(sed -n 's/^predict one file, whole process|[^|]*|[^|]*|\([^|-][^|]*\)|.*/\1/p' "$results")
if [ -n "$reference" ]; then
  python3 - "$reference" "$work/predict-time" <<'PY'
import re, sys
mean = float(re.search(r"mean ([0-9.]+) ms", open(sys.argv[2]).read()).group(1))
print(f"  predict one file, reference / digitviz mean: {float(sys.argv[1]) * 1000 / mean:.0f}x")
PY
fi

echo
echo "Where the time goes (in-process, one thread; digitviz-bench):"
$bench features "$data"
$bench train "$work/features.csv"
$bench figures data img/model.safetensors img/run.log
$bench predict "$data" "$work/m.safetensors"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
