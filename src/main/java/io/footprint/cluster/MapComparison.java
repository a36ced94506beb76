package io.footprint.cluster;

import java.util.Arrays;
import java.util.HashMap;

/**
 * What changed between two partitions of the same items (areas), each item weighted (by residents): for
 * each unit of A its best match in B by Jaccard overlap, the items that leave their unit's match, and the
 * Mapcurves goodness of fit both ways (Hargrove, W. W., Hoffman, F. M. and Hessburg, P. F. (2006),
 * "Mapcurves: a quantitative method for comparing categorical maps", Journal of Geographical Systems 8,
 * 187-208; used for hospital service areas by Haynes et al. 2020).
 *
 * <p>With c_ij the weight A's unit i shares with B's unit j, a_i and b_j the units' weights: Jaccard(i, j) =
 * c_ij / (a_i + b_j - c_ij); a unit's Mapcurves fit GOF_i = sum over j of (c_ij / a_i)(c_ij / b_j); the map's
 * score is the mean of its units' fits (the area under its Mapcurve), 1 for identical maps.
 *
 * @param bestMatch per unit of A, the unit of B of greatest Jaccard overlap (ties: the lower), or -1
 * @param jaccard per unit of A, that overlap
 * @param shared per unit of A, the weight it shares with its match
 * @param changed per item, whether its unit in B is not its A unit's match
 * @param mapcurvesAInB mean over A's units of their fit in B
 * @param mapcurvesBInA mean over B's units of their fit in A
 */
public record MapComparison(int[] bestMatch, double[] jaccard, double[] shared, boolean[] changed,
    double mapcurvesAInB, double mapcurvesBInA) {

  /**
   * @param a unit of each item in A (0..)
   * @param b unit of each item in B (0..)
   * @param weight each item's weight (items of weight 0 decide no match)
   */
  public static MapComparison of(int[] a, int[] b, double[] weight) {
    int na = 0;
    int nb = 0;
    for (int i = 0; i < a.length; i++) {
      na = Math.max(na, a[i] + 1);
      nb = Math.max(nb, b[i] + 1);
    }
    double[] sizeA = new double[na];
    double[] sizeB = new double[nb];
    HashMap<Long, double[]> cells = new HashMap<>();
    for (int i = 0; i < a.length; i++) {
      sizeA[a[i]] += weight[i];
      sizeB[b[i]] += weight[i];
      cells.computeIfAbsent(((long) a[i] << 32) | b[i], k -> new double[1])[0] += weight[i];
    }
    int[] best = new int[na];
    Arrays.fill(best, -1);
    double[] jac = new double[na];
    double[] shared = new double[na];
    double[] fitA = new double[na];
    double[] fitB = new double[nb];
    long[] keys = cells.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    for (long key : keys) {
      int i = (int) (key >>> 32);
      int j = (int) key;
      double c = cells.get(key)[0];
      if (c <= 0) {
        continue;
      }
      double jj = c / (sizeA[i] + sizeB[j] - c);
      if (jj > jac[i]) {
        jac[i] = jj;
        best[i] = j;
        shared[i] = c;
      }
      double g = (c / sizeA[i]) * (c / sizeB[j]);
      fitA[i] += g;
      fitB[j] += g;
    }
    boolean[] changed = new boolean[a.length];
    for (int i = 0; i < a.length; i++) {
      changed[i] = b[i] != best[a[i]];
    }
    return new MapComparison(best, jac, shared, changed, mean(fitA, sizeA), mean(fitB, sizeB));
  }

  /** The mean fit over the units that hold any weight. */
  private static double mean(double[] fit, double[] size) {
    double s = 0;
    int n = 0;
    for (int k = 0; k < fit.length; k++) {
      if (size[k] > 0) {
        s += fit[k];
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }
}
