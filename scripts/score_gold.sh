#!/usr/bin/env bash
# Where the tool stands on the shared gold sets: seeds, devset and (when its texts are collected in
# .cache/realdev/) the real development set. Predictions and misses are left in .cache/score/.
#   scripts/score_gold.sh [--misses] [EXTRACT_FLAGS...]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "$top/../shared" && pwd)
py="${PYTHON:-$top/.venv/bin/python}"; ex="${EXTRACT:-$top/.venv/bin/extract}"
out="$top/.cache/score"; mkdir -p "$out"
misses=""; [ "${1:-}" = "--misses" ] && { misses="--misses"; shift; }
run() {  # name gold inputs...
  local name=$1 gold=$2; shift 2
  rm -f "$out/$name.db"
  "$ex" "$@" --db "$out/$name.db" --format jsonl -q >"$out/$name.pred.jsonl"
  "$py" "$shared/eval/score.py" "$gold" "$out/$name.pred.jsonl" --misses >"$out/$name.score.txt" 2>&1 || true
  echo "$name: $(grep -E '^strict' "$out/$name.score.txt" | tr '\n' ' ')"
  [ -n "$misses" ] && cat "$out/$name.score.txt" || true
}
run seeds "$shared/eval/seeds.gold.jsonl" "$shared"/seeds/*.txt "$@"
run devset "$shared/devset/gold.jsonl" "$shared"/devset/*.txt "$@"
if "$py" "$shared/realdev/build_input.py" "$out/realdev.jsonl" >/dev/null 2>&1; then
  run realdev "$shared/realdev/gold.jsonl" "$out/realdev.jsonl" "$@"
else
  echo "realdev: texts not all collected in .cache/realdev/"
fi
