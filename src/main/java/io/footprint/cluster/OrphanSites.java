package io.footprint.cluster;

import java.util.function.IntUnaryOperator;

/**
 * A site that no footprint of areas holds (nobody's first choice, or a site that a nested proposal's
 * region lent no areas) joins the footprint of the area that sends it most activity: the one rule
 * for such sites, wherever they arise.
 */
public final class OrphanSites {
  private OrphanSites() {}

  /**
   * For every site node {@code s >= areaCount} with {@code label[s] < 0}, sets {@code label[s]} to the
   * label of its heaviest neighbour in {@code flows} (the first on ties); a site with no flows keeps
   * {@code ifAlone(s)}.
   */
  public static void join(Network flows, int areaCount, int[] label, IntUnaryOperator ifAlone) {
    for (int s = areaCount; s < flows.nNodes; s++) {
      if (label[s] >= 0) {
        continue;
      }
      int best = -1;
      double bestW = -1;
      for (int e = flows.firstNeighbourIndex[s]; e < flows.firstNeighbourIndex[s + 1]; e++) {
        if (flows.neighbour[e] < areaCount && flows.edgeWeight[e] > bestW) {
          bestW = flows.edgeWeight[e];
          best = flows.neighbour[e];
        }
      }
      label[s] = best < 0 ? ifAlone.applyAsInt(s) : label[best];
    }
  }
}
