#!/usr/bin/env bash
# footprint against pandas + igraph + leidenalg on England-LSOA-scale synthetic data (34,000 areas, 1,200 sites,
# ~1.0M flow rows, 8 conditions). Needs Debian's hyperfine, python3-igraph, python3-leidenalg, python3-pandas.
# Usage: examples/benchmark/run.sh [RUNS]   (from the repository root, after mvn -q -DskipTests package)
set -euo pipefail
runs=${1:-5}
jar=${FOOTPRINT_JAR:-target/footprint.jar}
data=${BENCH_DATA:-/tmp/footprint-bench/lsoa}
out=${BENCH_OUT:-/tmp/footprint-bench}
py=/usr/bin/python3
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
if [ ! -f "$data/flows.csv.gz" ]; then
  java -jar "$jar" generate --areas 34000 --seed 1 --out "$data"
fi
args="--areas $data/areas.geojson --sites $data/sites.csv --flows $data/flows.csv.gz --condition all --quiet"
hyperfine --runs "$runs" --warmup 1 --export-json "$out/hyperfine.json" \
  -n "footprint (contiguity on)" "java -jar $jar propose $args --out $out/on" \
  -n "footprint (contiguity off)" "java -jar $jar propose $args --contiguity off --out $out/off" \
  -n "pandas+igraph+leidenalg" "$py examples/benchmark/leidenalg_baseline.py $data/flows.csv.gz $out/py"
# peak memory of one run of each
for mode in on off; do
  c=$([ $mode = on ] && echo "" || echo "--contiguity off")
  /usr/bin/time -f "peak RSS footprint (contiguity $mode): %M KB" java -jar $jar propose $args $c --out "$out/$mode" 2>&1 | tail -1
done
/usr/bin/time -f "peak RSS pandas+igraph+leidenalg: %M KB" $py examples/benchmark/leidenalg_baseline.py \
  "$data/flows.csv.gz" "$out/py" 2>&1 | tail -1
