#!/usr/bin/env bash
# Makes digitviz's bundled sample data set, data/*.wav.
#
# Every digit word, zero to nine, is spoken by espeak-ng in several voices
# (a language/accent plus a voice variant) and several takes per voice (pitch,
# speed and loudness varied), then converted by sox to 8 kHz mono 16-bit PCM WAV
# with leading and trailing silence trimmed, as in the Free Spoken Digit Dataset
# (FSDD). Files are named FSDD-style: {digit}_{voice}_{index}.wav, index from 0.
#
# Usage (from anywhere):   scripts/make-sample-data.sh [OUTPUT_DIR]
# OUTPUT_DIR defaults to data/ at the repository root. Old *.wav files there are
# removed first. The output is deterministic: two runs give byte-identical files
# (sox runs with -D, no dither; espeak-ng synthesis has no randomness).
#
# Needs: espeak-ng, sox (Debian: apt-get install espeak-ng sox).
set -euo pipefail
export LC_ALL=C

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/.." && pwd)"
out_dir="${1:-$repo_root/data}"

for tool in espeak-ng sox; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "error: '$tool' not found on PATH. On Debian/Ubuntu: sudo apt-get install espeak-ng sox" >&2
        exit 1
    fi
done

words=(zero one two three four five six seven eight nine)

# voice name (lowercase alphanumeric, no underscores) -> espeak-ng voice[+variant]
voices=(
    "us:en-us"
    "gb:en-gb"
    "scot:en-gb-scotland"
    "rp:en-gb-x-rp+m2"
    "nyc:en-us-nyc+m5"
    "carib:en-029+f2"
    "alto:en-us+f3"
    "soprano:en+f5"
    "bass:en+m3"
    "klatt:en-us+klatt"
)

# takes: "pitch speed amplitude" (espeak-ng -p 0-99, default 50; -s words/min,
# default 175; -a 0-200, default 100)
takes=(
    "50 175 100"
    "35 145 80"
    "68 205 120"
    "42 125 60"
)

# Check each voice exists before writing anything.
for entry in "${voices[@]}"; do
    spec="${entry#*:}"
    if ! espeak-ng -v "$spec" -q "test" >/dev/null 2>&1; then
        echo "error: espeak-ng cannot use voice '$spec' (is espeak-ng-data complete?)" >&2
        exit 1
    fi
done

mkdir -p "$out_dir"
find "$out_dir" -maxdepth 1 -type f -name '*.wav' -delete

tmp_dir="$(mktemp -d)"
trap 'rm -rf "$tmp_dir"' EXIT

count=0
for digit in "${!words[@]}"; do
    word="${words[$digit]}"
    for entry in "${voices[@]}"; do
        name="${entry%%:*}"
        spec="${entry#*:}"
        index=0
        for take in "${takes[@]}"; do
            read -r pitch speed amp <<<"$take"
            raw="$tmp_dir/raw.wav"
            out="$out_dir/${digit}_${name}_${index}.wav"
            espeak-ng -v "$spec" -p "$pitch" -s "$speed" -a "$amp" -w "$raw" "$word"
            # -D: no dither (deterministic). Resample first, then trim silence at
            # both ends, as FSDD is trimmed: audio starts where the level stays
            # above 0.1% of full scale for 20 ms. espeak-ng pads with digital
            # silence, so a low threshold keeps soft fricatives ("six", "five")
            # that a 1% threshold would cut.
            sox -D -V1 "$raw" -r 8000 -c 1 -b 16 -e signed-integer "$out" \
                rate -h 8000 \
                silence 1 0.02 0.1% reverse silence 1 0.02 0.1% reverse
            if [ "$(sox --i -s "$out")" -lt 800 ]; then
                echo "error: $out is shorter than 0.1 s after trimming" >&2
                exit 1
            fi
            index=$((index + 1))
            count=$((count + 1))
        done
    done
done

# Describe the data set.
{
    cat <<'MD'
# Sample data

Spoken digits made by this project, for the demo, the tests and the README's
figures. The real Free Spoken Digit Dataset (FSDD, CC BY-SA 4.0) is not copied
here; these files imitate its layout.

**Generated speech.** Every file is synthesised by
[`scripts/make-sample-data.sh`](../scripts/make-sample-data.sh) with
`espeak-ng` and converted with `sox`; no human voice is recorded. Regenerate
with:

```sh
scripts/make-sample-data.sh      # needs espeak-ng and sox (apt-get install espeak-ng sox)
```

The script is deterministic: running it twice gives byte-identical files (on the
same espeak-ng and sox versions).

License: the same as the project (MIT).

## Format

- WAV, 8,000 Hz, mono, 16-bit signed PCM, leading and trailing silence trimmed
  (like FSDD).
- Names: `{digit}_{voice}_{index}.wav`, as FSDD's `{digit}_{speaker}_{index}.wav`;
  the voice stands for the speaker, the index counts takes from 0.
MD
    echo "- ${#voices[@]} voices × ${#takes[@]} takes × 10 digits = $count files."
    echo
    echo "## Voices"
    echo
    echo "| voice | espeak-ng voice+variant |"
    echo "| --- | --- |"
    for entry in "${voices[@]}"; do
        echo "| \`${entry%%:*}\` | \`${entry#*:}\` |"
    done
    echo
    echo "## Takes"
    echo
    echo "| index | pitch (\`-p\`) | speed (\`-s\`, words/min) | amplitude (\`-a\`) |"
    echo "| --- | --- | --- | --- |"
    i=0
    for take in "${takes[@]}"; do
        read -r pitch speed amp <<<"$take"
        echo "| $i | $pitch | $speed | $amp |"
        i=$((i + 1))
    done
    echo
    echo "Made with $(espeak-ng --version | sed 's/ *Data at:.*//') and $(sox --version | sed 's/^sox: *//')."
} >"$out_dir/README.md"

echo "wrote $count files to $out_dir"
