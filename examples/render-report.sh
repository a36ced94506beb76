#!/usr/bin/env bash
# Renders the report of real England at 28 footprints (MSOA, all admissions, 2013 senates and AHSNs) as the
# README shows it: a screenshot of the page in headless Chromium, and the map page of its print to PDF (A4
# landscape) drawn by poppler's pdftoppm. Needs the shared test bed beside the repository, chromium and
# poppler-utils. From the repository root:  bash examples/render-report.sh
set -euo pipefail
footprint=${FOOTPRINT:-target/footprint}
E=../shared/data/england
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$footprint" propose --areas $E/areas.geojson --areas $E/areas.csv --sites $E/sites.csv --flows $E/flows.csv \
  --condition all_admissions --target 28 --reference senates=$E/msoa_senates_2013.csv \
  --reference ahsns=$E/msoa_ahsns_2013.csv --quiet --out "$work/england"
"$footprint" run --quiet --out "$work/demo"
chrome=(chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --user-data-dir="$work/profile")
"${chrome[@]}" --virtual-time-budget=5000 --window-size=1500,1250 --screenshot="$work/screen.png" \
  "file://$work/england/report.html#all_admissions" 2>/dev/null
"${chrome[@]}" --no-pdf-header-footer --print-to-pdf="$work/england.pdf" "file://$work/england/report.html" 2>/dev/null
pdftoppm -r 110 -png -f 2 -l 2 -singlefile "$work/england.pdf" "$work/print"
"${chrome[@]}" --virtual-time-budget=5000 --window-size=1400,1100 --screenshot="$work/demo.png" "file://$work/demo/report.html" 2>/dev/null
cp "$work/screen.png" examples/report-england.png
cp "$work/print.png" examples/report-england-print.png
cp "$work/demo.png" examples/report-demo.png
echo "pages in the England PDF: $(pdfinfo "$work/england.pdf" | awk '/^Pages/ {print $2}')"
ls -l examples/report-england.png examples/report-england-print.png examples/report-demo.png
