package io.footprint.cluster;

import java.util.HashMap;
import java.util.function.BiConsumer;

/**
 * Agreement between two partitions of the same items, each item weighted (by its population, so
 * that the indices speak of residents, not of areas).
 *
 * @param adjustedRand adjusted Rand index (Hubert, L. and Arabie, P. (1985), "Comparing
 *     partitions", Journal of Classification 2, 193-218), with weights read as counts of people
 * @param normalisedMutualInformation mutual information over the arithmetic mean of the two
 *     entropies (Strehl and Ghosh 2002; scikit-learn's default); 1 when both partitions are trivial
 * @param variationOfInformation H(A) + H(B) - 2 I(A;B) in nats (Meila, M. (2007), "Comparing
 *     clusterings - an information based distance", J. Multivariate Analysis 98, 873-895)
 */
public record Agreement(double adjustedRand, double normalisedMutualInformation, double variationOfInformation) {

  /**
   * @param a part of each item in the first partition (0..)
   * @param b part of each item in the second partition (0..)
   * @param weight weight of each item, non-negative
   */
  public static Agreement of(int[] a, int[] b, double[] weight) {
    Table t = Table.of(a, b, weight);
    if (t.n() == 0) {
      return new Agreement(Double.NaN, Double.NaN, Double.NaN);
    }
    double n = t.n();
    double sumRows = 0;
    double ha = 0;
    for (double r : t.rowSum()) {
      sumRows += pairs(r);
      ha -= r > 0 ? r / n * Math.log(r / n) : 0;
    }
    double sumCols = 0;
    double hb = 0;
    for (double c : t.colSum()) {
      sumCols += pairs(c);
      hb -= c > 0 ? c / n * Math.log(c / n) : 0;
    }
    double expected = sumRows * sumCols / pairs(n);
    double max = (sumRows + sumCols) / 2;
    double ari = max == expected ? 1 : (t.pairsInCells() - expected) / (max - expected);
    double mi = t.mutualInformation();
    double nmi = ha + hb == 0 ? 1 : mi / ((ha + hb) / 2);
    return new Agreement(ari, Math.max(0, Math.min(1, nmi)), Math.max(0, ha + hb - 2 * mi));
  }

  /**
   * The weighted contingency table of two partitions, summed up: row and column totals, the total, the
   * pairs within cells and the mutual information. Dense when it is small (footprints against regions
   * always are), else sparse.
   */
  private record Table(double[] rowSum, double[] colSum, double n, double pairsInCells, double mutualInformation) {
    static Table of(int[] a, int[] b, double[] weight) {
      int na = 0;
      int nb = 0;
      for (int i = 0; i < a.length; i++) {
        na = Math.max(na, a[i] + 1);
        nb = Math.max(nb, b[i] + 1);
      }
      boolean dense = (long) na * nb <= 1 << 22;
      double[] table = dense ? new double[na * nb] : null;
      HashMap<Long, Double> sparse = dense ? null : new HashMap<>();
      double[] rowSum = new double[na];
      double[] colSum = new double[nb];
      double n = 0;
      for (int i = 0; i < a.length; i++) {
        double w = weight[i];
        if (w <= 0) {
          continue;
        }
        if (dense) {
          table[a[i] * nb + b[i]] += w;
        } else {
          sparse.merge(((long) a[i] << 32) | b[i], w, Double::sum);
        }
        rowSum[a[i]] += w;
        colSum[b[i]] += w;
        n += w;
      }
      double[] sums = new double[2]; // pairs within cells, mutual information
      final double total = n;
      BiConsumer<Long, Double> cell = (key, nij) -> {
        int i = (int) (key >>> 32);
        int j = (int) (long) key;
        sums[0] += pairs(nij);
        sums[1] += nij / total * Math.log(nij * total / (rowSum[i] * colSum[j]));
      };
      if (dense) {
        for (int k = 0; k < table.length; k++) {
          if (table[k] > 0) {
            cell.accept(((long) (k / nb) << 32) | (k % nb), table[k]);
          }
        }
      } else {
        sparse.forEach(cell);
      }
      return new Table(rowSum, colSum, n, sums[0], sums[1]);
    }
  }

  private static double pairs(double x) {
    return x * (x - 1) / 2;
  }
}
