#!/usr/bin/env bash
# The evidence commands against the run they extend, on real England (MSOA, all admissions, ../shared/data/england),
# through the launcher, interleaved round after round (round 0 is a warm-up and is not counted):
#   target28   propose --target 28 (the run a scan replaces)
#   scan       scan --counts 2..60 with both references
#   boot100    propose --target 28 --bootstrap 100
#   refine     refine --start stp=msoa_stp_2017.csv (the full path)
# and, once, the LSOA-scale set (34,000 areas, 8 conditions, examples/benchmark/run.sh makes it) with --bootstrap 20,
# and refined from its generated senates.
# Usage: examples/benchmark/evidence.sh [RUNS] [lsoa]   (from the repository root, after mvn -q -DskipTests package)
set -euo pipefail
runs=${1:-3}
lsoa=${2:-}
E=${ENGLAND:-../shared/data/england}
out=${BENCH_OUT:-/tmp/footprint-bench}/evidence
py=/usr/bin/python3
[ -f "$E/flows.csv" ] || { echo "needs the shared England test bed at $E" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 2; }
mkdir -p "$out"
in="--areas $E/areas.geojson --areas $E/areas.csv --sites $E/sites.csv --flows $E/flows.csv --condition all_admissions --quiet"
refs="--reference senates=$E/msoa_senates_2013.csv --reference ahsns=$E/msoa_ahsns_2013.csv"
times="$out/times.tsv"
: > "$times"
for round in $(seq 0 "$runs"); do
  for name in target28 scan boot100 refine; do
    case $name in
      target28) cmd="target/footprint propose $in $refs --target 28 --out $out/target28" ;;
      scan) cmd="target/footprint scan $in $refs --counts 2..60 --out $out/scan" ;;
      boot100) cmd="target/footprint propose $in $refs --target 28 --bootstrap 100 --out $out/boot100" ;;
      refine) cmd="target/footprint refine $in --start stp=$E/msoa_stp_2017.csv --out $out/refine" ;;
    esac
    # shellcheck disable=SC2086
    /usr/bin/time -f "$round	$name	%e	%M" -a -o "$times" $cmd > /dev/null 2>&1
  done
done
if [ -n "$lsoa" ]; then
  d=${BENCH_DATA:-/tmp/footprint-bench/lsoa}
  [ -f "$d/flows.csv.gz" ] || target/footprint generate --areas 34000 --seed 1 --out "$d"
  /usr/bin/time -f "1	lsoa_boot20	%e	%M" -a -o "$times" target/footprint propose --areas "$d/areas.geojson" \
    --sites "$d/sites.csv" --flows "$d/flows.csv.gz" --condition all --bootstrap 20 --quiet --out "$out/lsoa-boot20" \
    > /dev/null 2>&1
  /usr/bin/time -f "1	lsoa_refine	%e	%M" -a -o "$times" target/footprint refine --areas "$d/areas.geojson" \
    --sites "$d/sites.csv" --flows "$d/flows.csv.gz" --condition all --start "senates=$d/senates.csv" --quiet \
    --out "$out/lsoa-refine" > /dev/null 2>&1
  /usr/bin/time -f "1	lsoa_plain	%e	%M" -a -o "$times" target/footprint propose --areas "$d/areas.geojson" \
    --sites "$d/sites.csv" --flows "$d/flows.csv.gz" --condition all --quiet --out "$out/lsoa-plain" > /dev/null 2>&1
fi
$py - "$times" <<'PY'
import statistics, sys
rows = [line.split("\t") for line in open(sys.argv[1]) if line.strip()]
runs = {}
for r, name, wall, rss in rows:
    if r != "0":
        runs.setdefault(name, []).append((float(wall), int(rss)))
label = {"target28": "propose --target 28", "scan": "scan --counts 2..60", "boot100": "propose --target 28 --bootstrap 100",
         "refine": "refine --start stp (full path)",
         "lsoa_boot20": "LSOA set, 8 conditions, --bootstrap 20", "lsoa_plain": "LSOA set, 8 conditions, no bootstrap",
         "lsoa_refine": "LSOA set, 8 conditions, refine --start senates"}
base = statistics.median(w for w, _ in runs["target28"])
print(f"{'whole process':42} {'median':>7} {'min':>6} {'max':>6} {'vs target28':>11} {'peak RSS':>9}")
for name in ("target28", "scan", "boot100", "refine", "lsoa_plain", "lsoa_boot20", "lsoa_refine"):
    if name not in runs:
        continue
    walls = [w for w, _ in runs[name]]
    med = statistics.median(walls)
    ratio = f"{med / base:10.2f}x" if name in ("target28", "scan", "boot100", "refine") else f"{'':>11}"
    print(f"{label[name]:42} {med:6.2f}s {min(walls):5.2f}s {max(walls):5.2f}s {ratio} {max(r for _, r in runs[name]) / 1e6:7.2f}GB")
print(f"({len(runs['target28'])} interleaved rounds after one warm-up; times in {sys.argv[1]})")
PY
