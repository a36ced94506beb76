#!/usr/bin/env bash
# What the class-data archive (target/footprint.jsa, made by package) saves: the launcher with it against the same
# launcher and jar copied to a folder without it, interleaved round after round (round 0 is a warm-up), on the
# LSOA set: the mission's run, --contiguity off, the demo and --version. /usr/bin/time gives wall, user CPU, RSS.
# Usage: examples/benchmark/archive.sh [ROUNDS]   (from the repository root, after mvn -q -DskipTests package)
set -euo pipefail
rounds=${1:-5}
data=${BENCH_DATA:-/tmp/footprint-bench/lsoa}
out=${BENCH_OUT:-/tmp/footprint-bench}/archive
[ -f target/footprint.jsa ] || { echo "no target/footprint.jsa: build first (mvn -q -DskipTests package)" >&2; exit 2; }
[ -f "$data/flows.csv.gz" ] || target/footprint generate --areas 34000 --seed 1 --out "$data"
rm -rf "$out"
mkdir -p "$out/without"
cp target/footprint target/footprint.jar "$out/without/"
args="--areas $data/areas.geojson --sites $data/sites.csv --flows $data/flows.csv.gz --condition all --quiet"
refs="--reference senates=$data/senates.csv --reference ahsns=$data/ahsns.csv"
times="$out/times.tsv"
: > "$times"
for r in $(seq 0 "$rounds"); do
  for side in with without; do
    if [ "$side" = with ]; then launcher=target/footprint; else launcher="$out/without/footprint"; fi
    for job in mission off demo version; do
      case $job in
        mission) cmd="$launcher propose $args $refs --out $out/$side-mission" ;;
        off) cmd="$launcher propose $args --contiguity off --out $out/$side-off" ;;
        demo) rm -rf "$out/$side-demo"; cmd="$launcher run --quiet --out $out/$side-demo" ;;
        version) cmd="$launcher --version" ;;
      esac
      /usr/bin/time -f "$r	$side	$job	%e	%U	%M" -a -o "$times" $cmd > /dev/null
    done
  done
done
python3 - "$times" <<'PY'
import statistics as st, sys
d = {}
for line in open(sys.argv[1]):
    r, side, job, wall, user, rss = line.rstrip("\n").split("\t")
    if r != "0":
        d.setdefault((job, side), []).append((float(wall), float(user), int(rss)))
print(f"{'run':8} {'without the archive':>30} {'with it':>30} {'ratio':>6}")
for job in ("mission", "off", "demo", "version"):
    cells = []
    for side in ("without", "with"):
        v = d[(job, side)]
        w = [x[0] for x in v]
        cells.append((st.median(w), min(w), max(w), st.median(x[1] for x in v)))
    (a, a0, a1, ac), (b, b0, b1, bc) = cells
    print(f"{job:8} {a:6.2f}s ({a0:.2f}-{a1:.2f}) cpu {ac:5.2f}s {b:6.2f}s ({b0:.2f}-{b1:.2f}) cpu {bc:5.2f}s {b / a:6.3f}")
print(f"({len(d[('mission', 'with')])} interleaved rounds after one warm-up; times in {sys.argv[1]})")
PY
