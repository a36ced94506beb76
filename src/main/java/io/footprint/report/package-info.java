/**
 * Everything footprint writes: {@code summary.json}, per-condition GeoJSON and CSV tables, and a
 * self-contained HTML report with SVG maps.
 *
 * <p>Terms: an <b>output directory</b> is written <b>atomically</b>: files go to a sibling temporary
 * directory that replaces the target only once every file is written, so a failed or killed run
 * leaves the previous outputs as they were. Every writer is <b>deterministic</b>: maps are written in
 * key order and numbers with fixed decimals, so the same results give the same bytes.
 */
package io.footprint.report;
