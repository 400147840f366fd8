#!/usr/bin/env bash
# Fails when the README's figures in img/ are stale: regenerates them from data/ with the
# committed model and run log (img/model.safetensors, img/run.log), which makes every
# figure deterministic, and compares byte for byte. `make figures` refreshes img/.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/digitviz
fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
"$bin" figures data -o "$fresh" --model img/model.safetensors --log img/run.log --quiet
stale=()
for file in "$fresh"/*.png; do
  name=$(basename "$file")
  cmp -s "$file" "img/$name" || stale+=("$name")
done
for file in img/*.png; do
  [ -e "$fresh/$(basename "$file")" ] || stale+=("$(basename "$file") (no longer made)")
done
if ((${#stale[@]})); then
  echo "img/ is stale: ${stale[*]}" >&2
  echo "Run 'make figures' and commit img/." >&2
  exit 1
fi
echo "img/: all $(ls "$fresh"/*.png | wc -l) figures up to date"
