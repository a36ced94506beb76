#!/usr/bin/env bash
# Modularity at resolution 1 of footprint --contiguity off (seed 1, and median of seeds 1-10) against leidenalg
# (median of seeds 0-9) on the same
# bipartite area-site flow graph. Usage: examples/benchmark/compare_modularity.sh AREAS SITES FLOWS [CONDITION]
set -euo pipefail
areas=$1; sites=$2; flows=$3; condition=${4:-all}
out=$(mktemp -d)
for seed in 1 2 3 4 5 6 7 8 9 10; do
  java -jar "${FOOTPRINT_JAR:-target/footprint.jar}" propose --areas "$areas" --sites "$sites" --flows "$flows" --condition "$condition" \
    --contiguity off --resolution 1 --seed $seed --quiet --out "$out/fp$seed"
done
/usr/bin/python3 examples/benchmark/leidenalg_baseline.py "$flows" "$out/py" --seeds 10 > "$out/py.jsonl"
/usr/bin/python3 - "$out" <<'PY'
import json, statistics, sys
out = sys.argv[1]
runs = [json.load(open(f"{out}/fp{s}/summary.json"))["conditions"] for s in range(1, 11)]
for line in open(f"{out}/py.jsonl"):
    d = json.loads(line)
    if "condition" not in d or d["condition"] not in runs[0]:
        continue
    med = statistics.median(d["modularity"])
    seed1 = runs[0][d["condition"]]["modularity"]
    ours = statistics.median(r[d["condition"]]["modularity"] for r in runs)
    print(f"{d['condition']:30s} footprint seed 1 {seed1:.5f}, median {ours:.5f} | leidenalg median {med:.5f} "
          f"(min {min(d['modularity']):.5f}) | seed 1 {seed1 - med:+.5f} {'ok' if seed1 >= med - 0.001 else 'BELOW'}, "
          f"median {ours - med:+.5f} {'ok' if ours >= med - 0.001 else 'BELOW'}")
PY
