#!/usr/bin/env bash
# The mission's run at LSOA scale (34,000 areas, 8 conditions, both references) without and with
# --require-role burns=BURNS_CENTRE,neonatal=NICU,trauma=MTC, interleaved; round 0 warms up. Prints medians.
# Usage: examples/benchmark/roles_cost.sh   (generates /tmp/footprint-bench/lsoa-roles, with roles, if missing)
set -euo pipefail
L=${FOOTPRINT:-target/footprint}
D=${BENCH_DATA:-/tmp/footprint-bench/lsoa-roles}
[ -f $D/flows.csv.gz ] || $L generate --areas 34000 --seed 1 --out $D > /dev/null
args="--areas $D/areas.geojson --sites $D/sites.csv --flows $D/flows.csv.gz --condition all --quiet --reference senates=$D/senates.csv --reference ahsns=$D/ahsns.csv"
times=$(mktemp)
for round in 0 1 2 3; do
  /usr/bin/time -f "$round	plain	%e" -a -o "$times" $L propose $args --out "$times.plain" > /dev/null
  /usr/bin/time -f "$round	roles	%e" -a -o "$times" $L propose $args --require-role burns=BURNS_CENTRE,neonatal=NICU,trauma=MTC --out "$times.roles" > /dev/null
done
/usr/bin/python3 - "$times" <<'PY'
import statistics, sys
t = {}
for line in open(sys.argv[1]):
    r, case, s = line.split()
    if r != "0":
        t.setdefault(case, []).append(float(s))
a, b = statistics.median(t["plain"]), statistics.median(t["roles"])
print(f"| mission's run | {a:.2f} s | with --require-role | {b:.2f} s | {b / a:.3f}x |")
PY
