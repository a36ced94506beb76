/**
 * A synthetic, England-like country in footprint's input formats: the embedded demo and the
 * benchmark inputs at LSOA scale. Deterministic for a seed.
 *
 * <p>Terms: <b>density</b> is a mixture of a dozen city kernels, a few dozen towns and a rural
 * background inside an irregular <b>coastline</b>; <b>areas</b> are Voronoi cells of points drawn from
 * the density (so each holds about the same number of residents, as LSOAs and MSOAs do); <b>senates</b>,
 * <b>counties</b> and <b>AHSNs</b> are groups of areas drawn as capacity-constrained power diagrams (each
 * reaches a target population); <b>flows</b> follow a gravity model with distance decay and a referral
 * hierarchy (tertiary services only at big-city sites).
 */
package io.footprint.synth;
