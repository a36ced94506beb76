#!/usr/bin/env bash
# The report and GeoPackage of the mission's run at LSOA scale (34,000 areas, 8 conditions, both references):
# report.html's size; Chromium's time to load it (headless, startup included, --dump-dom; median of 3) and its
# console errors; and the run without and with --gpkg, interleaved (round 0 warms up), with the GeoPackage's size.
# Usage: examples/benchmark/report_cost.sh   (generates /tmp/footprint-bench/lsoa-roles if missing)
set -euo pipefail
L=${FOOTPRINT:-target/footprint}
D=${BENCH_DATA:-/tmp/footprint-bench/lsoa-roles}
[ -f $D/flows.csv.gz ] || $L generate --areas 34000 --seed 1 --out $D > /dev/null
args="--areas $D/areas.geojson --sites $D/sites.csv --flows $D/flows.csv.gz --condition all --quiet --reference senates=$D/senates.csv --reference ahsns=$D/ahsns.csv"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for round in 0 1 2 3; do
  /usr/bin/time -f "$round	plain	%e" -a -o "$work/times" $L propose $args --out "$work/plain" > /dev/null
  /usr/bin/time -f "$round	gpkg	%e" -a -o "$work/times" $L propose $args --gpkg --out "$work/gpkg" > /dev/null
done
for i in 1 2 3; do
  /usr/bin/time -f "%e" -a -o "$work/load" chromium --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$work/profile" \
    --enable-logging=stderr --v=0 --dump-dom "file://$work/plain/report.html" > "$work/dom.html" 2> "$work/log$i"
done
errors=$(cat "$work"/log? | grep -c -E "Uncaught|CONSOLE.*[Ee]rror" || true)
labels=$(grep -c '<text class="label"' "$work/dom.html" || true)
layers=$(ogrinfo -ro -q "$work/gpkg/footprints.gpkg" | grep -c ':' || true)
/usr/bin/python3 - "$work/times" "$work/load" "$(stat -c %s "$work/plain/report.html")" \
  "$(stat -c %s "$work/gpkg/footprints.gpkg")" "$errors" "$labels" "$layers" <<'PY'
import statistics, sys
t = {}
for line in open(sys.argv[1]):
    r, case, s = line.split()
    if r != "0":
        t.setdefault(case, []).append(float(s))
load = statistics.median(float(x) for x in open(sys.argv[2]))
a, b = statistics.median(t["plain"]), statistics.median(t["gpkg"])
print("| report.html | Chromium loads it (median of 3) | console errors | footprint labels in the DOM |")
print("|---|---|---|---|")
print(f"| {int(sys.argv[3]) / 1e6:.1f} MB | {load:.2f} s | {sys.argv[5]} | {sys.argv[6]} |")
print()
print("| mission's run | without --gpkg | with --gpkg | ratio | footprints.gpkg | layers (ogrinfo) |")
print("|---|---|---|---|---|---|")
print(f"| median of 3 | {a:.2f} s | {b:.2f} s | {b / a:.3f}x | {int(sys.argv[4]) / 1e6:.1f} MB | {sys.argv[7]} |")
PY
