package io.footprint.cluster;

import java.util.Arrays;

/**
 * Merges clusters down to an exact count, greedily: each step merges the pair of bordering clusters
 * (or a cluster with no areas and any cluster it exchanges flow with) whose merge changes modularity
 * least badly, i.e. the agglomerative step of Clauset, Newman and Moore (2004) restricted to
 * neighbours.
 */
final class TargetMerger {
  private TargetMerger() {}

  static Clustering mergeTo(SpatialFlowNetwork net, Clustering start, int target, double resolution,
      boolean contiguity) {
    return mergeTo(net, start, target, resolution, contiguity, null);
  }

  /**
   * As above; with {@code regionOfNode} not null, two clusters holding areas merge only when their
   * first areas lie in the same region, so that footprints nested in regions stay nested.
   */
  static Clustering mergeTo(SpatialFlowNetwork net, Clustering start, int target, double resolution,
      boolean contiguity, int[] regionOfNode) {
    Clustering c = new Clustering(start.cluster).normalise();
    double m = net.flows.totalWeight();
    while (c.nClusters > target) {
      Network agg = net.flows.aggregate(c);
      Network adj = net.adjacency.aggregate(c);
      double[] k = agg.strengths();
      boolean[] hasArea = new boolean[c.nClusters];
      int[] region = new int[c.nClusters];
      for (int i = net.areaCount - 1; i >= 0; i--) {
        hasArea[c.cluster[i]] = true;
        region[c.cluster[i]] = regionOfNode == null ? 0 : regionOfNode[i];
      }
      int bestA = -1;
      int bestB = -1;
      double best = Double.NEGATIVE_INFINITY;
      for (int a = 0; a < c.nClusters; a++) {
        for (int e = agg.firstNeighbourIndex[a]; e < agg.firstNeighbourIndex[a + 1]; e++) {
          int b = agg.neighbour[e];
          if (b <= a || (contiguity && hasArea[a] && hasArea[b] && !adjacent(adj, a, b))
              || (hasArea[a] && hasArea[b] && region[a] != region[b])) {
            continue;
          }
          double gain = agg.edgeWeight[e] / m - resolution * k[a] * k[b] / (2 * m * m);
          if (gain > best) {
            best = gain;
            bestA = a;
            bestB = b;
          }
        }
        for (int e = adj.firstNeighbourIndex[a]; e < adj.firstNeighbourIndex[a + 1]; e++) {
          int b = adj.neighbour[e];
          if (b > a && region[a] == region[b]) {
            double gain = -resolution * k[a] * k[b] / (2 * m * m);
            if (gain > best) {
              best = gain;
              bestA = a;
              bestB = b;
            }
          }
        }
      }
      if (bestA < 0) {
        break;
      }
      for (int i = 0; i < c.cluster.length; i++) {
        if (c.cluster[i] == bestB) {
          c.cluster[i] = bestA;
        }
      }
      c.normalise();
    }
    return c;
  }

  private static boolean adjacent(Network adj, int a, int b) {
    return Arrays.binarySearch(adj.neighbour, adj.firstNeighbourIndex[a], adj.firstNeighbourIndex[a + 1],
        b) >= 0;
  }
}
