#!/usr/bin/env bash
# footprint against pandas + igraph + leidenalg on England-LSOA-scale synthetic data (34,000 areas, 1,200 sites,
# ~1.0M flow rows, 8 conditions). Needs Debian's python3-igraph, python3-leidenalg, python3-pandas.
# Usage: examples/benchmark/run.sh [RUNS]   (from the repository root, after mvn -q -DskipTests package)
# footprint runs as users run it, through its launcher target/footprint (Leiden's default: best of 2 random
# starts): the mission's run (contiguity on, aligned with the senates and the AHSNs: alignment, outside and
# realignment tables), contiguity on without references, off, and off with --starts 1 (one Leiden run per
# condition, as the baseline makes).
#
# The whole processes run interleaved, round after round (round 0 is a warm-up and is not counted), so
# that a busy or throttled machine slows them all alike; /usr/bin/time gives each run's wall time and peak RSS.
set -euo pipefail
runs=${1:-7}
jar=${FOOTPRINT_JAR:-target/footprint.jar}
launcher=$(dirname "$jar")/footprint
data=${BENCH_DATA:-/tmp/footprint-bench/lsoa}
out=${BENCH_OUT:-/tmp/footprint-bench}
py=/usr/bin/python3
[ -f "$jar" ] && [ -x "$launcher" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 2; }
if [ ! -f "$data/flows.csv.gz" ]; then
  "$launcher" generate --areas 34000 --seed 1 --out "$data"
fi
args="--areas $data/areas.geojson --sites $data/sites.csv --flows $data/flows.csv.gz --condition all --quiet"
refs="--reference senates=$data/senates.csv --reference ahsns=$data/ahsns.csv"
times="$out/times.tsv"
mkdir -p "$out"
: > "$times"
for round in $(seq 0 "$runs"); do
  for name in mission on off off1 python; do
    case $name in
      mission) cmd="$launcher propose $args $refs --out $out/mission" ;;
      on) cmd="$launcher propose $args --out $out/on" ;;
      off) cmd="$launcher propose $args --contiguity off --out $out/off" ;;
      off1) cmd="$launcher propose $args --contiguity off --starts 1 --out $out/off1" ;;
      python) cmd="$py examples/benchmark/leidenalg_baseline.py $data/flows.csv.gz $out/py" ;;
    esac
    /usr/bin/time -f "$round	$name	%e	%M" -a -o "$times" $cmd > /dev/null
  done
done
$py - "$times" <<'EOF'
import statistics, sys
rows = [line.split("\t") for line in open(sys.argv[1]) if line.strip()]
runs = {}
for r, name, wall, rss in rows:
    if r != "0":
        runs.setdefault(name, []).append((float(wall), int(rss)))
label = {"mission": "the mission's run: --reference senates --reference ahsns",
         "on": "footprint propose --condition all (contiguity on)",
         "off": "footprint propose --condition all --contiguity off",
         "off1": "the same, --starts 1 (one Leiden run per condition)", "python": "pandas + igraph + leidenalg + CSV"}
base = statistics.median(w for w, _ in runs["python"])
print(f"{'whole process':62} {'median':>7} {'min':>6} {'max':>6} {'vs python':>9} {'peak RSS':>9}")
for name in ("mission", "on", "off", "off1", "python"):
    walls = [w for w, _ in runs[name]]
    med = statistics.median(walls)
    print(f"{label[name]:62} {med:6.2f}s {min(walls):5.2f}s {max(walls):5.2f}s {med / base:8.2f}x "
          f"{max(r for _, r in runs[name]) / 1e6:7.2f}GB")
print(f"({len(runs['python'])} interleaved rounds after one warm-up; times in {sys.argv[1]})")
EOF
# the mission's run once more with --timings: every stage, their sum against the process's wall time
# shellcheck disable=SC2086
/usr/bin/time -f "process (wall, /usr/bin/time): %e s" -o "$out/mission-time" "$launcher" propose $args $refs --timings \
  --out "$out/mission" 2> "$out/mission-timings" > /dev/null
grep '^timing:' "$out/mission-timings"
cat "$out/mission-time"
# the issue's share: alignment and realignment's CPU time against the whole process's
awk '/^timing:   align /{a=$(NF-1)} /^timing:   realign /{r=$(NF-1)} /^timing: process \(cpu/{p=$(NF-1)}
  END{printf "align + realign: %d ms of %d ms of the process'"'"'s CPU (%.1f%%)\n", a + r, p, 100 * (a + r) / p}' \
  "$out/mission-timings"
