#!/usr/bin/env bash
# Byte-identical outputs of two builds: runs each case with OLD.jar and NEW.jar and compares every file written
# (SHA-256 of the whole tree). Used before and after a change that must not change outputs (a redesign, a speed-up).
# Usage: examples/benchmark/same-outputs.sh OLD.jar NEW.jar [CASE...]
# Cases: demo, demo-all (with --topojson --realign), generate, england12, england15, england28, within, lsoa, lsoa-refs (default: all but lsoa-refs, the
# slowest).
# England cases read ../shared/data/england; lsoa generates /tmp/footprint-bench/lsoa (34,000 areas) if missing.
set -euo pipefail
old=$1
new=$2
shift 2
cases=${*:-demo demo-all generate england12 england15 england28 within lsoa}
work=${SAME_OUT:-/tmp/footprint-same}
e=../shared/data/england
lsoa=${BENCH_DATA:-/tmp/footprint-bench/lsoa}
run() { java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$@" > /dev/null; }
refs="--reference senates=$e/msoa_senates_2013.csv --reference ahsns=$e/msoa_ahsns_2013.csv"
england="--areas $e/areas.geojson --areas $e/areas.csv --sites $e/sites.csv --flows $e/flows.csv"
rm -rf "$work"
mkdir -p "$work"
status=0
for c in $cases; do
  case $c in
    demo) args="run" ;;
    demo-all) args="run --topojson --realign" ;;
    generate) args="generate --areas 2500 --seed 2013" ;;
    england12) args="propose $england --target 12 $refs" ;;
    england15) args="propose $england --target 15 $refs" ;;
    england28) args="propose $england --target 28 $refs" ;;
    within) args="propose $england --within senates $refs" ;;
    lsoa|lsoa-refs)
      [ -f "$lsoa/flows.csv.gz" ] || run "$new" generate --areas 34000 --seed 1 --out "$lsoa"
      args="propose --areas $lsoa/areas.geojson --sites $lsoa/sites.csv --flows $lsoa/flows.csv.gz --condition all"
      [ "$c" = lsoa-refs ] && args="$args --reference senates=$lsoa/senates.csv --reference ahsns=$lsoa/ahsns.csv" ;;
    *) echo "unknown case $c" >&2; exit 2 ;;
  esac
  for side in old new; do
    jar=$old
    [ "$side" = new ] && jar=$new
    # shellcheck disable=SC2086
    if [ "$c" = generate ]; then
      run "$jar" $args --out "$work/$c-$side"
    else
      run "$jar" $args --quiet --out "$work/$c-$side"
    fi
    (cd "$work/$c-$side" && find . -type f -print0 | sort -z | xargs -0 sha256sum) > "$work/$c-$side.sha256"
  done
  if cmp -s "$work/$c-old.sha256" "$work/$c-new.sha256"; then
    echo "$c: identical ($(wc -l < "$work/$c-new.sha256") files)"
  else
    echo "$c: DIFFERENT"
    diff "$work/$c-old.sha256" "$work/$c-new.sha256" | head -20
    status=1
  fi
done
exit $status
