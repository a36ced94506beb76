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
    Merging m = new Merging(net, new Clustering(start.cluster).normalise());
    while (true) {
      int worst = m.worst(constraints);
      if (worst < 0) {
        break;
      }
      int nTouched = m.neighbours(worst);
      int best = m.best(worst, nTouched);
      double between = best < 0 ? 0 : m.flowTo[best];
      m.clear(nTouched);
      if (best < 0) {
        m.stuck[worst] = true;
      } else {
        m.merge(worst, best, between);
      }
    }
    return m.c.normalise();
  }

  /** The state of one merging: the clustering, its totals and members, and work arrays per cluster. */
  private static final class Merging {
    final SpatialFlowNetwork net;
    final Clustering c;
    final ClusterStats.Totals stats;
    final int[][] members;
    final int[] memberCount;
    final boolean[] alive;
    final boolean[] stuck;
    /** zero between merges: activity and shared borders between the worst cluster and each other. */
    final double[] flowTo;
    final int[] shared;
    final int[] touched;

    Merging(SpatialFlowNetwork net, Clustering c) {
      this.net = net;
      this.c = c;
      int k = c.nClusters;
      stats = new ClusterStats(net, c).totals();
      members = Groups.of(c.cluster, k);
      memberCount = c.sizes();
      alive = new boolean[k];
      Arrays.fill(alive, true);
      stuck = new boolean[k];
      flowTo = new double[k];
      shared = new int[k];
      touched = new int[k];
    }

    /** The violating cluster with the fewest residents (the lowest number on ties), or -1. */
    int worst(Constraints constraints) {
      int worst = -1;
      for (int j = 0; j < alive.length; j++) {
        if (alive[j] && !stuck[j] && constraints.violated(stats, j)
            && (worst < 0 || stats.population()[j] < stats.population()[worst])) {
          worst = j;
        }
      }
      return worst;
    }

    /** The clusters the worst one exchanges activity with or borders, into {@link #touched}; returns how many. */
    int neighbours(int worst) {
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
      return nTouched;
    }

    /**
     * The cluster to merge into: the one exchanging most activity (then sharing most borders, then the
     * lowest number); a cluster with areas only merges into one it borders or one without areas.
     */
    int best(int worst, int nTouched) {
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
      return best;
    }

    void clear(int nTouched) {
      for (int t = 0; t < nTouched; t++) {
        flowTo[touched[t]] = 0;
        shared[touched[t]] = 0;
      }
    }

    void merge(int from, int into, double between) {
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
      stats.merge(from, into, between);
    }
  }
}
