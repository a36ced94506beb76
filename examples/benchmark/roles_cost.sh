#!/usr/bin/env bash
# The mission's run at LSOA scale (34,000 areas, 8 conditions, both references) without and with
# --require-role burns=BURNS_CENTRE,neonatal=NICU,trauma=MTC, and with those roles and --relationships (each
# tertiary centre related to its 3 nearest other sites, weight 100, every condition), interleaved; round 0 warms
# up. Prints medians.
# Usage: examples/benchmark/roles_cost.sh   (generates /tmp/footprint-bench/lsoa-roles, with roles, if missing)
set -euo pipefail
L=${FOOTPRINT:-target/footprint}
D=${BENCH_DATA:-/tmp/footprint-bench/lsoa-roles}
[ -f $D/flows.csv.gz ] || $L generate --areas 34000 --seed 1 --out $D > /dev/null
args="--areas $D/areas.geojson --sites $D/sites.csv --flows $D/flows.csv.gz --condition all --quiet --reference senates=$D/senates.csv --reference ahsns=$D/ahsns.csv"
times=$(mktemp)
/usr/bin/python3 - "$D/sites.csv" "$times.rel.csv" <<'PY'
import csv, math, sys
sites = list(csv.DictReader(open(sys.argv[1])))
with open(sys.argv[2], "w") as out:
    out.write("site_a,site_b,condition,weight\n")
    for s in sites:
        if s["roles"]:
            near = sorted((math.hypot(float(t["lat"]) - float(s["lat"]), float(t["lon"]) - float(s["lon"])), t["site_code"])
                          for t in sites if t["site_code"] != s["site_code"])[:3]
            for _, code in near:
                out.write(f"{s['site_code']},{code},,100\n")
PY
for round in 0 1 2 3; do
  /usr/bin/time -f "$round	plain	%e" -a -o "$times" $L propose $args --out "$times.plain" > /dev/null
  /usr/bin/time -f "$round	roles	%e" -a -o "$times" $L propose $args --require-role burns=BURNS_CENTRE,neonatal=NICU,trauma=MTC --out "$times.roles" > /dev/null
  /usr/bin/time -f "$round	related	%e" -a -o "$times" $L propose $args --require-role burns=BURNS_CENTRE,neonatal=NICU,trauma=MTC --relationships "$times.rel.csv" --out "$times.related" > /dev/null
done
/usr/bin/python3 - "$times" <<'PY'
import statistics, sys
t = {}
for line in open(sys.argv[1]):
    r, case, s = line.split()
    if r != "0":
        t.setdefault(case, []).append(float(s))
a, b, c = (statistics.median(t[k]) for k in ("plain", "roles", "related"))
print("| mission's run | without | with --require-role | ratio | with roles and --relationships | ratio |")
print("|---|---|---|---|---|---|")
print(f"| median of 3 | {a:.2f} s | {b:.2f} s | {b / a:.3f}x | {c:.2f} s | {c / a:.3f}x |")
PY
