package io.footprint.cluster;

import java.util.Arrays;

/**
 * Makes a clustering contiguous after the fact, the repair that Leiden on the flow graph alone needs before its
 * clusters can be footprints (the recipe of the peers footprint is benchmarked against; on delineating service
 * areas by Louvain and Leiden with contiguity, see Wang, C., Wang, F. and Onega, T. (2021), "Network
 * optimization approach to delineating health care service areas: spatially constrained Louvain and Leiden
 * algorithms", Transactions in GIS 25, 1065-1081): in every
 * cluster the connected piece of areas with most residents keeps the cluster, and every other piece joins a
 * bordering piece that has kept its cluster, the one its residents send most activity to (then the one it
 * shares most borders with, then the lowest cluster). Pieces bordering no kept piece wait until a neighbour
 * has joined one, so every piece ends in a contiguous cluster of its adjacency component. Sites keep their
 * clusters; a site whose cluster is left with no areas joins the footprint of the area that sends it most
 * ({@link OrphanSites}). The count can only fall.
 */
public final class ContiguityRepair {
  private ContiguityRepair() {}

  /**
   * The repaired clustering brought within the constraints ({@link ConstraintMerger}) and, when it still has
   * more than {@code count} clusters, merged down to it as a target's search would merge ({@link TargetMerger}
   * at {@code resolution}); it may have fewer.
   */
  public static Clustering repair(SpatialFlowNetwork net, Clustering start, Constraints constraints, int count,
      double resolution) {
    Clustering c = ConstraintMerger.apply(net, repair(net, start), constraints);
    return c.nClusters > count ? TargetMerger.mergeTo(net, c, count, resolution, true) : c;
  }

  /** The repaired clustering, normalised. */
  public static Clustering repair(SpatialFlowNetwork net, Clustering start) {
    int nA = net.areaCount;
    int n = net.flows.nNodes;
    int[] cluster = start.cluster.clone();
    Network adj = net.adjacency;
    int[] piece = new int[nA];
    Arrays.fill(piece, -1);
    int pieces = 0;
    int[] stack = new int[nA];
    for (int a = 0; a < nA; a++) {
      if (piece[a] >= 0) {
        continue;
      }
      int top = 0;
      stack[top++] = a;
      piece[a] = pieces;
      while (top > 0) {
        int v = stack[--top];
        for (int e = adj.firstNeighbourIndex[v]; e < adj.firstNeighbourIndex[v + 1]; e++) {
          int b = adj.neighbour[e];
          if (b < nA && piece[b] < 0 && cluster[b] == cluster[a]) {
            piece[b] = pieces;
            stack[top++] = b;
          }
        }
      }
      pieces++;
    }
    int[][] members = Groups.of(piece, pieces);
    double[] residents = new double[pieces];
    int[] clusterOf = new int[pieces];
    for (int p = 0; p < pieces; p++) {
      clusterOf[p] = cluster[members[p][0]];
      for (int a : members[p]) {
        residents[p] += net.population[a];
      }
    }
    // the kept piece of each cluster: most residents, then the lowest first area (pieces are numbered so)
    int[] kept = new int[start.nClusters];
    Arrays.fill(kept, -1);
    for (int p = 0; p < pieces; p++) {
      int c = clusterOf[p];
      if (kept[c] < 0 || residents[p] > residents[kept[c]]) {
        kept[c] = p;
      }
    }
    boolean[] settled = new boolean[pieces];
    int loose = 0;
    for (int p = 0; p < pieces; p++) {
      settled[p] = kept[clusterOf[p]] == p;
      loose += settled[p] ? 0 : 1;
    }
    double[] flowTo = new double[start.nClusters];
    int[] shared = new int[start.nClusters];
    int[] touched = new int[start.nClusters];
    while (loose > 0) {
      int joined = 0;
      for (int p = 0; p < pieces; p++) {
        if (settled[p]) {
          continue;
        }
        int nTouched = 0;
        for (int a : members[p]) {
          for (int e = adj.firstNeighbourIndex[a]; e < adj.firstNeighbourIndex[a + 1]; e++) {
            int b = adj.neighbour[e];
            if (b < nA && piece[b] != p && settled[piece[b]]) {
              int c = cluster[b];
              if (shared[c] == 0) {
                touched[nTouched++] = c;
              }
              shared[c]++;
            }
          }
        }
        if (nTouched == 0) {
          continue;
        }
        for (int a : members[p]) {
          for (int e = net.flows.firstNeighbourIndex[a]; e < net.flows.firstNeighbourIndex[a + 1]; e++) {
            int c = cluster[net.flows.neighbour[e]];
            if (shared[c] > 0) {
              flowTo[c] += net.flows.edgeWeight[e];
            }
          }
        }
        int best = -1;
        for (int t = 0; t < nTouched; t++) {
          int c = touched[t];
          if (best < 0 || flowTo[c] > flowTo[best]
              || (flowTo[c] == flowTo[best] && (shared[c] > shared[best] || (shared[c] == shared[best] && c < best)))) {
            best = c;
          }
        }
        for (int t = 0; t < nTouched; t++) {
          flowTo[touched[t]] = 0;
          shared[touched[t]] = 0;
        }
        for (int a : members[p]) {
          cluster[a] = best;
        }
        settled[p] = true;
        joined++;
        loose--;
      }
      if (joined == 0) {
        break; // pieces of an adjacency component without a kept piece stay as they are
      }
    }
    boolean[] hasArea = new boolean[start.nClusters];
    for (int a = 0; a < nA; a++) {
      hasArea[cluster[a]] = true;
    }
    for (int s = nA; s < n; s++) {
      if (!hasArea[cluster[s]]) {
        cluster[s] = -1;
      }
    }
    int[] own = cluster.clone();
    OrphanSites.join(net.flows, nA, cluster, s -> own[s] >= 0 ? own[s] : start.cluster[s]);
    return new Clustering(cluster).normalise();
  }
}
