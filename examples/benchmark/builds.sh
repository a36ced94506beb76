#!/usr/bin/env bash
# Two builds on the mission's run (8 conditions, both references), interleaved round after round (round 0 is a
# warm-up and is not counted): whole-process wall time and peak RSS from /usr/bin/time, and the proposing
# stage's CPU steps from --timings, as medians, with the new build's ratio to the old, and the share of the
# process's CPU time that alignment and realignment take (the issue's 10%).
# Usage: examples/benchmark/builds.sh OLD.jar NEW.jar DATA [ROUNDS]
#   DATA: a folder written by `footprint generate` (areas.geojson, sites.csv, flows.csv.gz, senates.csv, ahsns.csv)
# Each jar runs with the launcher's JVM settings (target/footprint).
set -euo pipefail
# the JVM settings of the launcher, src/main/dist/footprint
launcher_jvm="-XX:TieredStopAtLevel=1 -XX:Tier3InvocationThreshold=50 -XX:Tier3MinInvocationThreshold=25 -XX:Tier3CompileThreshold=500 -XX:Tier3BackEdgeThreshold=10000 -XX:+UseSerialGC"
old=$1
new=$2
data=$3
rounds=${4:-3}
out=${BENCH_OUT:-/tmp/footprint-bench}/builds
py=/usr/bin/python3
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 2; }
mkdir -p "$out"
times="$out/times.tsv"
: > "$times"
for round in $(seq 0 "$rounds"); do
  for side in old new; do
    jar=$old
    [ "$side" = new ] && jar=$new
    /usr/bin/time -f "%e	%M" -o "$out/time" java $launcher_jvm -jar "$jar" propose \
      --areas "$data/areas.geojson" --sites "$data/sites.csv" --flows "$data/flows.csv.gz" --condition all \
      --reference "senates=$data/senates.csv" --reference "ahsns=$data/ahsns.csv" --quiet --timings \
      --out "$out/$side" 2> "$out/timings" > /dev/null
    realign=$(sed -n 's/^timing: *realign (cpu, all conditions) *\([0-9]*\) ms/\1/p' "$out/timings")
    cluster=$(sed -n 's/^timing: *cluster (cpu, all conditions) *\([0-9]*\) ms/\1/p' "$out/timings")
    align=$(sed -n 's/^timing: *align (cpu, all conditions) *\([0-9]*\) ms/\1/p' "$out/timings")
    process=$(sed -n 's/^timing: *process (cpu, every thread) *\([0-9]*\) ms/\1/p' "$out/timings")
    echo "$round	$side	$(cat "$out/time")	$cluster	$realign	${align:-0}	${process:-0}" >> "$times"
  done
done
$py - "$times" <<'EOF'
import statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
by = {}
for r, side, wall, rss, cluster, realign, align, process in rows:
    if r != "0":
        share = (int(align) + int(realign)) / int(process) if int(process) else float("nan")
        by.setdefault(side, []).append((float(wall), int(rss), int(cluster), int(realign), share))
med = {s: [statistics.median(v[i] for v in by[s]) for i in range(5)] for s in by}
print(f"{'build':6} {'wall (median)':>14} {'min-max':>13} {'peak RSS':>9} {'cluster CPU':>12} {'realign CPU':>12} "
      f"{'align + realign, share of process CPU (median, min-max)':>56}")
for s in ("old", "new"):
    walls = [v[0] for v in by[s]]
    shares = [v[4] for v in by[s]]
    print(f"{s:6} {med[s][0]:13.2f}s {min(walls):6.2f}-{max(walls):5.2f}s {max(v[1] for v in by[s]) / 1e6:8.2f}GB "
          f"{med[s][2] / 1000:11.2f}s {med[s][3] / 1000:11.2f}s "
          f"{100 * med[s][4]:44.1f}% ({100 * min(shares):.1f}-{100 * max(shares):.1f}%)")
print(f"new / old: wall {med['new'][0] / med['old'][0]:.3f}x, cluster CPU {med['new'][2] / med['old'][2]:.3f}x, "
      f"realign CPU {med['new'][3] / med['old'][3]:.3f}x ({len(by['old'])} interleaved rounds after a warm-up)")
EOF
