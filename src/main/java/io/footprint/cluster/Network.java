package io.footprint.cluster;

import java.util.Arrays;

/**
 * An undirected weighted network in compressed sparse row form, immutable.
 *
 * <p>Layout (after CWTSLeiden/networkanalysis {@code Network}): the neighbours of node {@code i} are
 * {@code neighbour[firstNeighbourIndex[i] .. firstNeighbourIndex[i+1]-1]}, sorted increasingly, with
 * the weights of those edges at the same positions of {@code edgeWeight}. Every edge is stored twice,
 * once from each end. Self-links are not stored as edges; their total weight is kept in
 * {@code selfLinkWeight[i]} (they arise when clusters are aggregated into nodes).
 */
public final class Network {
  final int nNodes;
  /** firstNeighbourIndex[i] is where node i's neighbours start; length nNodes + 1. */
  final int[] firstNeighbourIndex;
  /** neighbour of each stored edge end, sorted per node. */
  final int[] neighbour;
  /** weight of each stored edge end; positive and finite. */
  final double[] edgeWeight;
  /** total weight of node i's self-links (each counted once). */
  final double[] selfLinkWeight;
  /** {@link #totalWeight()} once summed, NaN before (weights are finite, so a total never is). */
  private volatile double totalWeight = Double.NaN;

  Network(int nNodes, int[] firstNeighbourIndex, int[] neighbour, double[] edgeWeight, double[] selfLinkWeight) {
    this.nNodes = nNodes;
    this.firstNeighbourIndex = firstNeighbourIndex;
    this.neighbour = neighbour;
    this.edgeWeight = edgeWeight;
    this.selfLinkWeight = selfLinkWeight;
  }

  /**
   * Builds a network from an edge list; edges given twice (in either direction) are summed, edges
   * from a node to itself become self-links.
   */
  public static Network fromEdges(int nNodes, int[] from, int[] to, double[] weight) {
    if (from.length != to.length || from.length != weight.length) {
      throw new IllegalArgumentException("edge arrays differ in length");
    }
    double[] self = new double[nNodes];
    int[] count = new int[nNodes + 1];
    for (int e = 0; e < from.length; e++) {
      if (from[e] < 0 || from[e] >= nNodes || to[e] < 0 || to[e] >= nNodes) {
        throw new IllegalArgumentException("edge " + e + " joins " + from[e] + " and " + to[e] + " of " + nNodes);
      }
      if (!(weight[e] > 0) || !Double.isFinite(weight[e])) {
        throw new IllegalArgumentException("edge " + e + " has weight " + weight[e]);
      }
      if (from[e] == to[e]) {
        self[from[e]] += weight[e];
      } else {
        count[from[e] + 1]++;
        count[to[e] + 1]++;
      }
    }
    for (int i = 0; i < nNodes; i++) {
      count[i + 1] += count[i];
    }
    // Each row holds (neighbour << 32 | edge) so that one primitive sort orders it by neighbour.
    long[] packed = new long[count[nNodes]];
    int[] fill = Arrays.copyOf(count, nNodes);
    for (int e = 0; e < from.length; e++) {
      if (from[e] != to[e]) {
        packed[fill[from[e]]++] = ((long) to[e] << 32) | e;
        packed[fill[to[e]]++] = ((long) from[e] << 32) | e;
      }
    }
    int[] first = new int[nNodes + 1];
    int[] nb = new int[packed.length];
    double[] w = new double[packed.length];
    int m = 0;
    for (int i = 0; i < nNodes; i++) {
      Arrays.sort(packed, count[i], count[i + 1]);
      int rowStart = m;
      for (int k = count[i]; k < count[i + 1]; k++) {
        int j = (int) (packed[k] >>> 32);
        double we = weight[(int) packed[k]];
        if (m > rowStart && nb[m - 1] == j) {
          w[m - 1] += we;
        } else {
          nb[m] = j;
          w[m] = we;
          m++;
        }
      }
      first[i + 1] = m;
    }
    return new Network(nNodes, first, Arrays.copyOf(nb, m), Arrays.copyOf(w, m), self);
  }

  /**
   * An unweighted network (every edge weight 1) over {@code nNodes >= start.length - 1} nodes, from a
   * symmetric adjacency already in compressed sparse row form with sorted rows; nodes past the rows
   * have no edges. The arrays are shared, not copied, so one adjacency serves every condition.
   */
  public static Network unweighted(int nNodes, int[] start, int[] neighbour, double[] ones) {
    int rows = start.length - 1;
    if (nNodes < rows || ones.length != neighbour.length || start[rows] != neighbour.length) {
      throw new IllegalArgumentException(rows + " rows and " + neighbour.length + " edge ends do not fit " + nNodes
          + " nodes");
    }
    int[] first = Arrays.copyOf(start, nNodes + 1);
    Arrays.fill(first, rows + 1, nNodes + 1, neighbour.length);
    return new Network(nNodes, first, neighbour, ones, new double[nNodes]);
  }

  /** Checks the layout's promises, naming the first one broken. */
  public void checkIntegrity() {
    if (firstNeighbourIndex.length != nNodes + 1 || firstNeighbourIndex[0] != 0
        || firstNeighbourIndex[nNodes] != neighbour.length || neighbour.length != edgeWeight.length
        || selfLinkWeight.length != nNodes) {
      throw new IllegalStateException("array lengths disagree with " + nNodes + " nodes and " + neighbour.length
          + " edge ends");
    }
    for (int i = 0; i < nNodes; i++) {
      for (int k = firstNeighbourIndex[i]; k < firstNeighbourIndex[i + 1]; k++) {
        int j = neighbour[k];
        if (j < 0 || j >= nNodes || j == i) {
          throw new IllegalStateException("node " + i + " has neighbour " + j);
        }
        if (k > firstNeighbourIndex[i] && neighbour[k - 1] >= j) {
          throw new IllegalStateException("neighbours of node " + i + " not strictly increasing");
        }
        int back = Arrays.binarySearch(neighbour, firstNeighbourIndex[j], firstNeighbourIndex[j + 1], i);
        if (back < 0 || edgeWeight[back] != edgeWeight[k]) {
          throw new IllegalStateException("edge " + i + "-" + j + " is not stored symmetrically");
        }
        if (!(edgeWeight[k] > 0) || !Double.isFinite(edgeWeight[k])) {
          throw new IllegalStateException("edge " + i + "-" + j + " has weight " + edgeWeight[k]);
        }
      }
    }
  }

  public int nodeCount() {
    return nNodes;
  }

  /** Number of edges, each counted once, self-links excluded. */
  public int edgeCount() {
    return neighbour.length / 2;
  }

  public int degree(int node) {
    return firstNeighbourIndex[node + 1] - firstNeighbourIndex[node];
  }

  public int neighbourStart(int node) {
    return firstNeighbourIndex[node];
  }

  public int neighbourEnd(int node) {
    return firstNeighbourIndex[node + 1];
  }

  public int neighbour(int k) {
    return neighbour[k];
  }

  public double edgeWeight(int k) {
    return edgeWeight[k];
  }

  public double selfLinkWeight(int node) {
    return selfLinkWeight[node];
  }

  /** Node strengths: the weight of every edge at the node, self-links counted twice (as modularity does). */
  public double[] strengths() {
    double[] s = new double[nNodes];
    final int[] first = firstNeighbourIndex;
    final double[] weight = edgeWeight;
    for (int i = 0; i < nNodes; i++) {
      double t = 2 * selfLinkWeight[i];
      for (int k = first[i], end = first[i + 1]; k < end; k++) {
        t += weight[k];
      }
      s[i] = t;
    }
    return s;
  }

  /**
   * The first {@code rows} nodes' edges in compressed sparse row form (copies): where each row starts (length
   * rows + 1) and each edge's neighbour, for kernels outside this package that walk them in a loop.
   */
  public int[][] rows(int rows) {
    int m = firstNeighbourIndex[rows];
    return new int[][] {Arrays.copyOf(firstNeighbourIndex, rows + 1), Arrays.copyOf(neighbour, m)};
  }

  /** The weights of {@link #rows}'s edges, in the same order (a copy). */
  public double[] rowWeights(int rows) {
    return Arrays.copyOf(edgeWeight, firstNeighbourIndex[rows]);
  }

  /**
   * Total weight: every edge once plus every self-link once. Summed on the first call and kept (Leiden asks for
   * it at every iteration, modularity with it): the network does not change, and a thread that finds it not kept
   * yet sums the same weights in the same order, so every caller gets the same bits.
   */
  public double totalWeight() {
    double t = totalWeight;
    if (Double.isNaN(t)) {
      t = 0;
      for (double w : edgeWeight) {
        t += w;
      }
      t /= 2;
      for (double w : selfLinkWeight) {
        t += w;
      }
      totalWeight = t;
    }
    return t;
  }

  /** The same network with its self-links dropped (the adjacency of aggregated areas needs none). */
  Network withoutSelfLinks() {
    return new Network(nNodes, firstNeighbourIndex, neighbour, edgeWeight, new double[nNodes]);
  }

  /**
   * The network whose nodes are the clusters of {@code clustering}: edges between clusters carry the
   * summed weight of the edges between their members, edges inside a cluster become its self-link.
   */
  public Network aggregate(Clustering clustering) {
    return aggregate(clustering, new int[neighbour.length], new double[neighbour.length]);
  }

  /**
   * As {@link #aggregate(Clustering)}, the aggregate's edges gathered in {@code nb} and {@code w} (at least as
   * long as this network's list of edges: there is at most one aggregate edge per edge) and copied out, so that
   * a caller aggregating level after level reuses one pair of arrays instead of allocating its upper bound each
   * time.
   */
  Network aggregate(Clustering clustering, int[] nb, double[] w) {
    int nc = clustering.clusterCount();
    int[] order = clustering.nodesByCluster();
    int[] start = clustering.clusterStarts();
    double[] self = new double[nc];
    double[] acc = new double[nc];
    int[] touched = new int[nc];
    int[] first = new int[nc + 1];
    int m = 0;
    final int[] cluster = clustering.cluster;
    final int[] firstNeighbourIndex = this.firstNeighbourIndex;
    final int[] neighbour = this.neighbour;
    final double[] edgeWeight = this.edgeWeight;
    for (int c = 0; c < nc; c++) {
      int nTouched = 0;
      double inside = 0;
      for (int p = start[c]; p < start[c + 1]; p++) {
        int i = order[p];
        inside += selfLinkWeight[i];
        for (int k = firstNeighbourIndex[i], end = firstNeighbourIndex[i + 1]; k < end; k++) {
          int d = cluster[neighbour[k]];
          if (d == c) {
            inside += edgeWeight[k] / 2;
          } else {
            if (acc[d] == 0) {
              touched[nTouched++] = d;
            }
            acc[d] += edgeWeight[k];
          }
        }
      }
      self[c] = inside;
      Arrays.sort(touched, 0, nTouched);
      for (int t = 0; t < nTouched; t++) {
        nb[m] = touched[t];
        w[m] = acc[touched[t]];
        acc[touched[t]] = 0;
        m++;
      }
      first[c + 1] = m;
    }
    return new Network(nc, first, Arrays.copyOf(nb, m), Arrays.copyOf(w, m), self);
  }
}
