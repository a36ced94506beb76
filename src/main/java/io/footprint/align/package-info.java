/**
 * Alignment of footprints with reference regions (the 12 clinical senate areas, the 15 AHSNs or a
 * user's own), and the footprints' polygons.
 *
 * <p>Terms, as the contract defines them:
 * <ul>
 *   <li><b>share</b>(F, r): population of F's areas whose centroid lies in region r / population of F.
 *       F's <b>host</b> region is the one with the largest share; F is <b>aligned</b> when that share is
 *       at least the threshold (0.95 by default).</li>
 *   <li><b>agreement</b> of two partitions of the areas: adjusted Rand index (Hubert and Arabie 1985)
 *       and normalised mutual information (arithmetic-mean normalisation, as scikit-learn's default),
 *       both weighted by population, i.e. computed over residents rather than areas; and the variation
 *       of information (Meila 2007), in nats.</li>
 *   <li><b>reference partition</b>: the regions scored as if they were footprints of the same flows,
 *       each site counted in the region holding it, so footprints and regions compare on equal
 *       terms.</li>
 *   <li><b>dissolve</b>: the union of a footprint's area polygons into one (Multi)Polygon.</li>
 * </ul>
 */
package io.footprint.align;
