#!/usr/bin/env bash
# The rook adjacency on a long border drawn with different vertices on its two sides (long_border.py), through
# the launcher: the stages "load inputs" and "area adjacency" of propose --timings (the adjacency starts on a
# second thread as soon as the areas are read; its stage is what is left of it once the inputs are read, so the
# two are given apart and together).
# Usage: examples/benchmark/border.sh [OLD.jar [OLD_MAX_N]]   (from the repository root, after packaging)
# With OLD.jar, that build runs too, for N up to OLD_MAX_N (default 20000), interleaved with this one.
set -euo pipefail
# the JVM settings of the launcher, src/main/dist/footprint
launcher_jvm="-XX:TieredStopAtLevel=1 -XX:Tier3InvocationThreshold=50 -XX:Tier3MinInvocationThreshold=25 -XX:Tier3CompileThreshold=500 -XX:Tier3BackEdgeThreshold=10000 -XX:+UseSerialGC"
old=${1:-}
old_max=${2:-20000}
out=${BENCH_OUT:-/tmp/footprint-bench}/border
py=/usr/bin/python3
mkdir -p "$out"
printf '%-6s %8s %10s %9s %9s %10s %9s\n' build N_side ring_vtx "load ms" "adj ms" "both ms" "process s"
for n in 10000 20000 40000 80000 160000; do
  $py examples/benchmark/long_border.py "$n" "$out/$n"
  args="propose --areas $out/$n/areas.geojson --sites $out/$n/sites.csv --flows $out/$n/flows.csv --target 2 --timings --quiet"
  for build in new old; do
    if [ "$build" = old ]; then
      [ -n "$old" ] && [ "$n" -le "$old_max" ] || continue
      cmd="java $launcher_jvm -jar $old"
    else
      cmd=target/footprint
    fi
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e" -o "$out/time" $cmd $args --out "$out/$n/out-$build" 2> "$out/timings" > /dev/null
    load=$(awk '/timing: load inputs/ {print $(NF-1)}' "$out/timings")
    adj=$(awk '/timing: area adjacency/ {print $(NF-1)}' "$out/timings")
    printf '%-6s %8d %10d %9d %9d %10d %9s\n' "$build" "$n" $((2 * n + 6)) "$load" "$adj" $((load + adj)) \
      "$(cat "$out/time")"
  done
done
