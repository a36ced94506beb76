package io.footprint.cluster;

import java.util.Arrays;

/**
 * Makes every cluster satisfy the {@link Constraints} by merging, never splitting: the violating
 * cluster with the fewest residents is merged into the neighbouring cluster it exchanges the most
 * activity with, until none violates. A cluster with areas merges only into a cluster adjacent to
 * it, so contiguous clusters stay contiguous; a cluster of sites alone joins the cluster it
 * exchanges most activity with. Merging never lowers the worse of two localisations, so the loop
 * ends, at worst with one cluster per connected piece of the adjacency.
 *
 * <p>This is the "merge small service areas into the neighbour they send most patients to" rule
 * the Dartmouth Atlas used to build hospital service areas.
 */
public final class ConstraintMerger {
  private ConstraintMerger() {}

  /** A new, normalised clustering in which no cluster violates the constraints (where merging can fix it). */
  public static Clustering apply(SpatialFlowNetwork net, Clustering start, Constraints constraints) {
    Clustering c = new Clustering(start.cluster).normalise();
    ClusterStats.Totals stats = new ClusterStats(net, c).totals();
    int k = c.nClusters;
    int[][] members = Groups.of(c.cluster, k);
    int[] memberCount = c.sizes();
    boolean[] alive = new boolean[k];
    boolean[] stuck = new boolean[k];
    Arrays.fill(alive, true);
    double[] flowTo = new double[k];
    int[] shared = new int[k];
    int[] touched = new int[k];
    while (true) {
      int worst = -1;
      for (int j = 0; j < k; j++) {
        if (alive[j] && !stuck[j] && constraints.violated(stats, j)
            && (worst < 0 || stats.population()[j] < stats.population()[worst])) {
          worst = j;
        }
      }
      if (worst < 0) {
        break;
      }
      int nTouched = 0;
      for (int p = 0; p < memberCount[worst]; p++) {
        int i = members[worst][p];
        for (int e = net.flows.firstNeighbourIndex[i]; e < net.flows.firstNeighbourIndex[i + 1]; e++) {
          int d = c.cluster[net.flows.neighbour[e]];
          if (d != worst) {
            if (flowTo[d] == 0 && shared[d] == 0) {
              touched[nTouched++] = d;
            }
            flowTo[d] += net.flows.edgeWeight[e];
          }
        }
        for (int e = net.adjacency.firstNeighbourIndex[i]; e < net.adjacency.firstNeighbourIndex[i + 1]; e++) {
          int d = c.cluster[net.adjacency.neighbour[e]];
          if (d != worst) {
            if (flowTo[d] == 0 && shared[d] == 0) {
              touched[nTouched++] = d;
            }
            shared[d]++;
          }
        }
      }
      boolean hasAreas = stats.areas()[worst] > 0;
      int best = -1;
      for (int t = 0; t < nTouched; t++) {
        int d = touched[t];
        if (hasAreas && shared[d] == 0 && stats.areas()[d] > 0) {
          continue;
        }
        if (best < 0 || flowTo[d] > flowTo[best]
            || (flowTo[d] == flowTo[best] && (shared[d] > shared[best] || (shared[d] == shared[best] && d < best)))) {
          best = d;
        }
      }
      double between = best < 0 ? 0 : flowTo[best];
      for (int t = 0; t < nTouched; t++) {
        flowTo[touched[t]] = 0;
        shared[touched[t]] = 0;
      }
      if (best < 0) {
        stuck[worst] = true;
        continue;
      }
      merge(worst, best, between, c, stats, members, memberCount, alive);
    }
    return c.normalise();
  }

  private static void merge(int from, int into, double between, Clustering c, ClusterStats.Totals s,
      int[][] members, int[] memberCount, boolean[] alive) {
    int n = memberCount[into] + memberCount[from];
    if (members[into].length < n) {
      members[into] = Arrays.copyOf(members[into], Math.max(n, members[into].length * 2));
    }
    for (int p = 0; p < memberCount[from]; p++) {
      int i = members[from][p];
      c.cluster[i] = into;
      members[into][memberCount[into]++] = i;
    }
    memberCount[from] = 0;
    members[from] = new int[0];
    alive[from] = false;
    s.merge(from, into, between);
  }

}
