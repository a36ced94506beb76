#!/usr/bin/env bash
# How the mission's run grows with the country: generated countries of 2,500, 7,000, 34,000 and 180,000 areas
# with flows of the same density (about 30.5 rows per area, by --years), each run as
#   target/footprint propose --condition all --reference senates --reference ahsns
# (8 conditions, both references, GeoJSON and report), through the launcher, interleaved round after round
# (no warm-up needed: every run is a fresh process). Prints time and peak RSS per size, and the exponent b of a
# least-squares fit of log(time) = a + b log(areas).
# Usage: examples/benchmark/scale.sh [ROUNDS]   (from the repository root, after mvn -q -DskipTests package)
set -euo pipefail
rounds=${1:-3}
base=${BENCH_OUT:-/tmp/footprint-bench}
py=/usr/bin/python3
# areas and --years giving about 30.5 flow rows per area, as the 34,000-area set has at --years 1
sizes="2500:0.27 7000:0.37 34000:1 180000:5.5"
for s in $sizes; do
  n=${s%%:*}
  years=${s##*:}
  dir=$base/scale-$n
  [ "$n" = 34000 ] && dir=${BENCH_DATA:-$base/lsoa}
  if [ ! -f "$dir/flows.csv.gz" ]; then
    target/footprint generate --areas "$n" --seed 1 --years "$years" --out "$dir" > /dev/null
  fi
done
times=$base/scale.tsv
: > "$times"
for round in $(seq 1 "$rounds"); do
  for s in $sizes; do
    n=${s%%:*}
    dir=$base/scale-$n
    [ "$n" = 34000 ] && dir=${BENCH_DATA:-$base/lsoa}
    /usr/bin/time -f "$round	$n	%e	%M" -a -o "$times" target/footprint propose --areas "$dir/areas.geojson" \
      --sites "$dir/sites.csv" --flows "$dir/flows.csv.gz" --condition all --reference "senates=$dir/senates.csv" \
      --reference "ahsns=$dir/ahsns.csv" --quiet --out "$base/scale-out-$n" > /dev/null
  done
done
$py - "$times" "$base" <<'PY'
import gzip, math, statistics, sys
rows = [l.split("\t") for l in open(sys.argv[1]) if l.strip()]
by = {}
for r, n, wall, rss in rows:
    by.setdefault(int(n), []).append((float(wall), int(rss)))
print(f"{'areas':>8} {'flow rows':>10} {'median s':>9} {'min-max s':>12} {'peak RSS':>9}")
xs, ys = [], []
for n in sorted(by):
    d = f"{sys.argv[2]}/lsoa" if n == 34000 else f"{sys.argv[2]}/scale-{n}"
    with gzip.open(f"{d}/flows.csv.gz", "rt") as f:
        flows = sum(1 for _ in f) - 1
    walls = [w for w, _ in by[n]]
    med = statistics.median(walls)
    xs.append(math.log(n)); ys.append(math.log(med))
    print(f"{n:8d} {flows:10d} {med:9.2f} {min(walls):5.2f}-{max(walls):5.2f} {max(r for _, r in by[n]) / 1e6:8.2f}GB")
mx, my = statistics.mean(xs), statistics.mean(ys)
b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
print(f"fitted exponent of time against areas: {b:.2f} (over all sizes); "
      f"{(ys[-1] - ys[-2]) / (xs[-1] - xs[-2]):.2f} between the two largest")
PY
