#!/usr/bin/env bash
# Modularity at resolution 1 of footprint --contiguity off against leidenalg on the same bipartite area-site flow
# graph: footprint seeds 1-10 with --starts 1 (one run) and with the default --starts 2 (best of two runs),
# leidenalg seeds 0-9 (one run each, n_iterations=-1). For each, the seed-1 value, the median, and how many of the
# 10 seeds fall more than 0.001 below leidenalg's median (leidenalg's own runs included).
# Usage: examples/benchmark/compare_modularity.sh AREAS SITES FLOWS [CONDITION]   (AREAS may be "A.geojson,A.csv")
set -euo pipefail
areas=$1; sites=$2; flows=$3; condition=${4:-all}
launcher=${FOOTPRINT:-target/footprint}
out=$(mktemp -d)
area_args=()
IFS=',' read -ra area_files <<< "$areas"
for a in "${area_files[@]}"; do area_args+=(--areas "$a"); done
for starts in 1 2; do
  for seed in 1 2 3 4 5 6 7 8 9 10; do
    "$launcher" propose "${area_args[@]}" --sites "$sites" --flows "$flows" --condition "$condition" \
      --contiguity off --resolution 1 --seed $seed --starts $starts --quiet --out "$out/fp$starts-$seed"
  done
done
/usr/bin/python3 examples/benchmark/leidenalg_baseline.py "$flows" "$out/py" --seeds 10 > "$out/py.jsonl"
/usr/bin/python3 - "$out" <<'PY'
import json, statistics, sys
out = sys.argv[1]
runs = {s: [json.load(open(f"{out}/fp{s}-{seed}/summary.json"))["conditions"] for seed in range(1, 11)] for s in (1, 2)}
print(f"{'condition':30} {'leidenalg median (min) below':>30} | {'--starts 1: seed 1, median, below':>34} | "
      f"{'--starts 2: seed 1, median, below':>34}")
for line in open(f"{out}/py.jsonl"):
    d = json.loads(line)
    if "condition" not in d or d["condition"] not in runs[1][0]:
        continue
    la = d["modularity"]
    med = statistics.median(la)
    bar = med - 0.001
    cells = []
    for s in (1, 2):
        qs = [r[d["condition"]]["modularity"] for r in runs[s]]
        cells.append(f"{qs[0]:.5f} {'ok' if qs[0] >= bar else 'BELOW'}, {statistics.median(qs):.5f}, "
                     f"{sum(q < bar for q in qs)}/10")
    print(f"{d['condition']:30} {med:.5f} ({min(la):.5f}) {sum(q < bar for q in la)}/10".ljust(61)
          + f" | {cells[0]:>34} | {cells[1]:>34}")
PY
