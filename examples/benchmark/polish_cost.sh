#!/usr/bin/env bash
# What the polish costs at LSOA scale (34,000 areas, 8 conditions): the mission's run (resolution 1, both
# references: border moves only) and propose --condition all --target 10 (border moves and the repaired
# rivals), each with the polish on (the default) and --polish off, interleaved for N rounds; medians and ratios.
# Usage: examples/benchmark/polish_cost.sh [N]   (default 3; generates /tmp/footprint-bench/lsoa if missing)
set -euo pipefail
rounds=${1:-3}
launcher=${FOOTPRINT:-target/footprint}
data=${BENCH_DATA:-/tmp/footprint-bench/lsoa}
out=$(mktemp -d)
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 2; }
[ -f "$data/flows.csv.gz" ] || "$launcher" generate --areas 34000 --seed 1 --out "$data" > /dev/null
args="--areas $data/areas.geojson --sites $data/sites.csv --flows $data/flows.csv.gz --condition all --quiet"
refs="--reference senates=$data/senates.csv --reference ahsns=$data/ahsns.csv"
for round in $(seq 0 "$rounds"); do
  for polish in on off; do
    /usr/bin/time -f "$round	mission	$polish	%e" -a -o "$out/times" \
      "$launcher" propose $args $refs --polish $polish --out "$out/mission-$polish" > /dev/null
    /usr/bin/time -f "$round	target10	$polish	%e" -a -o "$out/times" \
      "$launcher" propose $args --target 10 --polish $polish --out "$out/t10-$polish" > /dev/null
  done
done
/usr/bin/python3 - "$out" <<'PY'
import json, statistics, sys
out = sys.argv[1]
t = {}
for line in open(f"{out}/times"):
    r, case, polish, s = line.split("\t")
    if r != "0":  # round 0 warms the disk cache
        t.setdefault((case, polish), []).append(float(s))
names = {"mission": "mission's run (--reference senates --reference ahsns)", "target10": "--target 10"}
print("| run, 8 conditions | polish on | --polish off | ratio | mean localisation on / off |")
print("|---|---|---|---|---|")
for case in ("mission", "target10"):
    on, off = statistics.median(t[(case, "on")]), statistics.median(t[(case, "off")])
    loc = {}
    for p in ("on", "off"):
        d = json.load(open(f"{out}/{'mission' if case == 'mission' else 't10'}-{p}/summary.json"))["conditions"]
        loc[p] = statistics.mean(c["localisation"] for c in d.values())
    print(f"| {names[case]} | {on:.2f} s | {off:.2f} s | {on / off:.2f}x | {loc['on']:.4f} / {loc['off']:.4f} |")
PY
