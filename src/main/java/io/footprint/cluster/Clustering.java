package io.footprint.cluster;

import java.util.Arrays;

/**
 * A cluster number for every node of a network. Mutable, as the algorithms refine it in place; the
 * numbering is made canonical by {@link #normalise()} (clusters numbered in order of their first
 * node), so equal partitions compare equal.
 */
public final class Clustering {
  final int[] cluster;
  int nClusters;

  /** Every node in a cluster of its own. */
  public static Clustering singletons(int nNodes) {
    int[] c = new int[nNodes];
    for (int i = 0; i < nNodes; i++) {
      c[i] = i;
    }
    return new Clustering(c);
  }

  /** Wraps (and copies) cluster numbers; negative numbers are not allowed. */
  public Clustering(int[] cluster) {
    this(cluster, 0);
  }

  /** Wraps (and copies) cluster numbers, declaring at least {@code minClusters} clusters (some may be empty). */
  public Clustering(int[] cluster, int minClusters) {
    this.cluster = cluster.clone();
    int max = minClusters - 1;
    for (int c : cluster) {
      if (c < 0) {
        throw new IllegalArgumentException("negative cluster " + c);
      }
      max = Math.max(max, c);
    }
    this.nClusters = max + 1;
  }

  public int nodeCount() {
    return cluster.length;
  }

  public int clusterCount() {
    return nClusters;
  }

  public int cluster(int node) {
    return cluster[node];
  }

  public int[] toArray() {
    return cluster.clone();
  }

  /** Renumbers clusters 0..k-1 in order of their lowest node, dropping empty clusters. */
  public Clustering normalise() {
    int[] map = new int[nClusters];
    Arrays.fill(map, -1);
    int next = 0;
    for (int i = 0; i < cluster.length; i++) {
      int c = cluster[i];
      if (map[c] < 0) {
        map[c] = next++;
      }
      cluster[i] = map[c];
    }
    nClusters = next;
    return this;
  }

  /** Sizes of the clusters. */
  public int[] sizes() {
    int[] n = new int[nClusters];
    for (int c : cluster) {
      n[c]++;
    }
    return n;
  }

  /** Nodes ordered by cluster (stable in node order); cluster c's nodes are at clusterStarts()[c]..[c+1]-1. */
  int[] nodesByCluster() {
    int[] start = clusterStarts();
    int[] fill = Arrays.copyOf(start, nClusters);
    int[] out = new int[cluster.length];
    for (int i = 0; i < cluster.length; i++) {
      out[fill[cluster[i]]++] = i;
    }
    return out;
  }

  int[] clusterStarts() {
    int[] start = new int[nClusters + 1];
    for (int c : cluster) {
      start[c + 1]++;
    }
    for (int c = 0; c < nClusters; c++) {
      start[c + 1] += start[c];
    }
    return start;
  }

  /** The clustering of the original nodes when each node of this clustering was itself a cluster of them. */
  public Clustering lift(Clustering finer) {
    int[] c = new int[finer.cluster.length];
    for (int i = 0; i < c.length; i++) {
      c[i] = cluster[finer.cluster[i]];
    }
    return new Clustering(c);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Clustering other && Arrays.equals(other.cluster, cluster);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(cluster);
  }

  @Override
  public String toString() {
    return Arrays.toString(cluster);
  }
}
