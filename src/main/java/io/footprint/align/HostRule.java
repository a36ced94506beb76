package io.footprint.align;

/**
 * The one rule for a footprint's host region and whether it is aligned with it, which alignment
 * and realignment share: the host is the real region (not the "no region" part) holding most of the
 * footprint's residents, the lowest-numbered on ties; the footprint is aligned when that region holds
 * at least the threshold's share of its residents.
 */
final class HostRule {
  private HostRule() {}

  /**
   * @param residents the footprint's residents in each region
   * @param noRegion the number of the "no region" part, or -1 when every area lies in a region
   * @return the host's number, or -1 when no real region holds any of the footprint's residents
   */
  static int host(double[] residents, int noRegion) {
    int host = -1;
    for (int r = 0; r < residents.length; r++) {
      if (r != noRegion && residents[r] > 0 && (host < 0 || residents[r] > residents[host])) {
        host = r;
      }
    }
    return host;
  }

  /** Whether a footprint of {@code total} residents is aligned with {@code host} ({@link #host}'s answer). */
  static boolean aligned(double[] residents, double total, int host, double threshold) {
    return host >= 0 && total > 0 && residents[host] / total >= threshold;
  }
}
