package io.footprint.cluster;

/**
 * The members of each part of a partition, in increasing order: the one grouping of nodes (or areas,
 * or sites) by cluster that the steps and the scores share.
 */
public final class Groups {
  private Groups() {}

  /** {@code out[p]}: the positions {@code i} with {@code partOf[i] == p}; positions in part -1 are left out. */
  public static int[][] of(int[] partOf, int parts) {
    return of(partOf, parts, null);
  }

  /**
   * As {@link #of(int[], int)}, over the listed positions only (all when null), which must be increasing
   * for each part's members to be.
   */
  public static int[][] of(int[] partOf, int parts, int[] positions) {
    int n = positions == null ? partOf.length : positions.length;
    int[] count = new int[parts];
    for (int k = 0; k < n; k++) {
      int p = partOf[positions == null ? k : positions[k]];
      if (p >= 0) {
        count[p]++;
      }
    }
    int[][] out = new int[parts][];
    for (int p = 0; p < parts; p++) {
      out[p] = new int[count[p]];
    }
    int[] fill = new int[parts];
    for (int k = 0; k < n; k++) {
      int i = positions == null ? k : positions[k];
      int p = partOf[i];
      if (p >= 0) {
        out[p][fill[p]++] = i;
      }
    }
    return out;
  }
}
