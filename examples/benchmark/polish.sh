#!/usr/bin/env bash
# propose --target K (polished, the default) against --polish off and against the best of SEEDS runs of the
# peer, leidenalg with contiguity repaired afterwards (leidenalg_repair.py), at the counts issue 15 names:
# 12, 15, 28 and 42 on real England (all admissions), 10 and 20 for cancer and trauma on the demo.
# A row passes when footprint's localisation is at least the peer's best (to the 6 decimals summary.json gives)
# and its smallest footprint at least as large as that peer run's.
# Usage: examples/benchmark/polish.sh [SEEDS]   (default 5; needs ../shared/data/england)
set -euo pipefail
seeds=${1:-5}
launcher=${FOOTPRINT:-target/footprint}
E=../shared/data/england
D=data/demo
out=$(mktemp -d)
cases=()
[ -f "$E/flows.csv" ] && cases+=("england all_admissions 12,15,28,42") || echo "skipping England: $E absent" >&2
cases+=("demo cancer 10,20" "demo trauma 10,20")
for c in "${cases[@]}"; do
  read -r set condition ks <<< "$c"
  if [ "$set" = england ]; then
    inputs=(--areas "$E/areas.geojson" --areas "$E/areas.csv" --sites "$E/sites.csv" --flows "$E/flows.csv")
    peer=("$E/areas.geojson" "$E/areas.csv" "$E/sites.csv" "$E/flows.csv")
  else
    inputs=(--areas "$D/areas.geojson" --sites "$D/sites.csv" --flows "$D/flows.csv.gz")
    peer=("$D/areas.geojson" - "$D/sites.csv" "$D/flows.csv.gz")
  fi
  for k in ${ks//,/ }; do
    for polish in on off; do
      "$launcher" propose "${inputs[@]}" --condition "$condition" --target "$k" --polish $polish --quiet \
        --out "$out/$set-$condition-$k-$polish"
    done
  done
  /usr/bin/python3 -W ignore examples/benchmark/leidenalg_repair.py "${peer[@]}" "$condition" "$ks" --seeds "$seeds" \
    | sed "s/^{/{\"set\": \"$set\", /" >> "$out/peer.jsonl"
done
/usr/bin/python3 - "$out" "$seeds" <<'PY'
import json, sys
out, seeds = sys.argv[1], sys.argv[2]
peer = {}
for line in open(f"{out}/peer.jsonl"):
    d = json.loads(line)
    peer.setdefault((d["set"], d["condition"], d["k"]), []).append(d)
print(f"| set | condition | K | polished: localisation | smallest | from | moves | --polish off: localisation | smallest "
      f"| peer best of {seeds}: localisation | smallest | passes |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
for (s, c, k), runs in peer.items():
    def fp(polish):
        d = json.load(open(f"{out}/{s}-{c}-{k}-{polish}/summary.json"))["conditions"][c]
        return d
    on, off = fp("on"), fp("off")
    best = max(runs, key=lambda r: (round(r["localisation"], 6), r["smallest"]))
    ok = on["localisation"] >= round(best["localisation"], 6) and on["min_population"] >= best["smallest"]
    p = on["parameters"]
    print(f"| {s} | {c} | {k} | {on['localisation']:.6f} | {on['min_population']:,.0f} | {p.get('polish_from')} | "
          f"{p.get('polish_moves')} | {off['localisation']:.6f} | {off['min_population']:,.0f} | "
          f"{best['localisation']:.6f} | {best['smallest']:,.0f} | {'yes' if ok else 'NO'} |")
PY
