package io.footprint.synth;

import java.util.Arrays;

/**
 * Capacity-constrained assignment of weighted points to seeds: each point goes to the seed with the
 * least power distance |p - s|^2 - w_s, and the weights are adjusted until every seed's total is
 * near its target (Aurenhammer, F. (1987), "Power diagrams: properties, algorithms and
 * applications", SIAM J. Computing 16). Regions are convex, hence compact and mostly contiguous.
 */
final class PowerDiagram {
  private PowerDiagram() {}

  /** The seed of each of {@code members}, in the order given. */
  static int[] assign(double[][] pts, double[] weight, int[] members, double[][] seeds, double[] target) {
    int k = seeds.length;
    double[] w = new double[k];
    int[] label = new int[members.length];
    double[] load = new double[k];
    for (int iter = 0; iter < 300; iter++) {
      Arrays.fill(load, 0);
      for (int i = 0; i < members.length; i++) {
        double[] p = pts[members[i]];
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int s = 0; s < k; s++) {
          double dx = p[0] - seeds[s][0];
          double dy = p[1] - seeds[s][1];
          double d = dx * dx + dy * dy - w[s];
          if (d < bestD) {
            bestD = d;
            best = s;
          }
        }
        label[i] = best;
        load[best] += weight[members[i]];
      }
      double worst = 0;
      for (int s = 0; s < k; s++) {
        double ratio = load[s] / target[s];
        worst = Math.max(worst, Math.abs(ratio - 1));
        // grow under-filled seeds' reach, shrink over-filled ones: step in squared metres
        w[s] += 4e8 * (1 - ratio);
      }
      if (worst < 0.02) {
        break;
      }
    }
    return label;
  }
}
