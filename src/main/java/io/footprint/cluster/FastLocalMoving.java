package io.footprint.cluster;

import java.util.Arrays;

/**
 * Fast local moving (Traag, Waltman and van Eck 2019, algorithm A.2; after CWTSLeiden/networkanalysis
 * {@code FastLocalMovingAlgorithm}): nodes wait in a queue, in random order; each in turn moves to
 * the cluster that increases modularity most (or to an empty cluster, or stays); when it moves, its
 * neighbours that are not in its new cluster join the back of the queue, so work is spent only
 * where the partition changed. Ends when the queue is empty.
 *
 * <p>With a {@link ContiguityGuard}, candidate clusters are restricted to those the node may join,
 * and a move happens only if the node may leave its cluster; its spatial neighbours are queued too.
 */
final class FastLocalMoving {
  // work arrays, sized for the largest network and reused by every level and iteration of one run
  private final double[] clusterWeight;
  private final int[] clusterSize;
  private final int[] areaNodes;
  private final int[] unused;
  private final int[] queue;
  private final boolean[] stable;
  /** zero between nodes: only the entries a node touched are set, and reset before the next. */
  private final double[] edgeWeightTo;
  private final int[] neighbours;

  /** @param capacity the most nodes any network given to {@link #improve} has */
  FastLocalMoving(int capacity) {
    clusterWeight = new double[capacity];
    clusterSize = new int[capacity];
    areaNodes = new int[capacity];
    unused = new int[capacity];
    queue = new int[capacity];
    stable = new boolean[capacity];
    edgeWeightTo = new double[capacity];
    neighbours = new int[capacity];
  }

  /**
   * Improves {@code cluster} in place.
   *
   * @param strength node strengths (2 x self-links included)
   * @param gammaPrime resolution / (2m), in the units of edge weights
   * @return whether any node moved
   */
  boolean improve(Network net, double[] strength, double gammaPrime, ContiguityGuard guard, int[] cluster,
      SeededRandom random) {
    int n = net.nNodes;
    final double[] clusterWeight = this.clusterWeight;
    final int[] clusterSize = this.clusterSize;
    final int[] areaNodes = this.areaNodes;
    final int[] unused = this.unused;
    final int[] queue = this.queue;
    final boolean[] stable = this.stable;
    final boolean[] hasArea = guard.hasArea;
    Arrays.fill(clusterWeight, 0, n, 0);
    Arrays.fill(clusterSize, 0, n, 0);
    Arrays.fill(areaNodes, 0, n, 0);
    Arrays.fill(stable, 0, n, false);
    for (int i = 0; i < n; i++) {
      clusterWeight[cluster[i]] += strength[i];
      clusterSize[cluster[i]]++;
      areaNodes[cluster[i]] += hasArea[i] ? 1 : 0;
    }
    int nUnused = 0;
    for (int c = n - 1; c >= 0; c--) {
      if (clusterSize[c] == 0) {
        unused[nUnused++] = c;
      }
    }
    Permutation.random(queue, n, random);
    int head = 0;
    int queued = n;
    boolean update = false;
    while (queued > 0) {
      int j = queue[head];
      head = (head + 1) % n;
      queued--;
      stable[j] = true;
      int current = cluster[j];
      clusterWeight[current] -= strength[j];
      clusterSize[current]--;
      if (hasArea[j]) {
        areaNodes[current]--;
      }
      if (clusterSize[current] == 0) {
        unused[nUnused++] = current;
      }
      int best = bestCluster(net, strength, gammaPrime, guard, cluster, j, current, unused[nUnused - 1]);
      if (best != current && !guard.mayLeave(j, cluster)) {
        best = current;
      }
      // 3. move, and queue the neighbours whose options changed
      clusterWeight[best] += strength[j];
      clusterSize[best]++;
      if (hasArea[j]) {
        areaNodes[best]++;
      }
      if (best == unused[nUnused - 1]) {
        nUnused--;
      }
      if (best != current) {
        cluster[j] = best;
        update = true;
        queued = enqueue(net, j, best, cluster, head, queued, n);
        if (guard.enabled) {
          queued = enqueue(guard.spatial, j, best, cluster, head, queued, n);
        }
      }
    }
    return update;
  }

  /**
   * Steps 1 and 2 for node {@code j}, taken out of its cluster {@code current}: the allowed cluster
   * that gains most ({@code current} on ties, {@code empty} if only a new cluster gains).
   */
  private int bestCluster(Network net, double[] strength, double gammaPrime, ContiguityGuard guard, int[] cluster,
      int j, int current, int empty) {
    int n = net.nNodes;
    final int[] neighbours = this.neighbours;
    final double[] edgeWeightTo = this.edgeWeightTo;
    final int[] neighbour = net.neighbour;
    final double[] edgeWeight = net.edgeWeight;
    // 1. weights to the neighbouring clusters (the current one first, so staying wins ties)
    int nNeighbours = 1;
    neighbours[0] = current;
    for (int k = net.firstNeighbourIndex[j], end = net.firstNeighbourIndex[j + 1]; k < end; k++) {
      int d = cluster[neighbour[k]];
      if (d != current && edgeWeightTo[d] == 0) {
        neighbours[nNeighbours++] = d;
      }
      edgeWeightTo[d] += edgeWeight[k];
    }
    // 2. best allowed cluster; an empty cluster is always allowed
    final double[] clusterWeight = this.clusterWeight;
    final int[] areaNodes = this.areaNodes;
    int best = current;
    double bestGain = gain(edgeWeightTo[current], strength[j], clusterWeight[current], gammaPrime);
    if (empty != current && 0 > bestGain && guard.mayOpen(j)) {
      best = empty;
      bestGain = 0;
    }
    boolean marked = !(guard.enabled && guard.hasArea[j]);
    for (int t = 1; t < nNeighbours; t++) {
      int d = neighbours[t];
      double gain = gain(edgeWeightTo[d], strength[j], clusterWeight[d], gammaPrime);
      if (gain > bestGain && !marked && areaNodes[d] > 0) {
        guard.markBorders(j, cluster, n); // only when a better cluster needs the check
        marked = true;
      }
      if (gain > bestGain && guard.mayJoin(j, d, areaNodes[d])) {
        best = d;
        bestGain = gain;
      }
    }
    for (int t = 0; t < nNeighbours; t++) {
      edgeWeightTo[neighbours[t]] = 0;
    }
    return best;
  }

  /**
   * What node j (taken out of its cluster) adds to modularity, times 2m, by joining a cluster: the
   * weight of its edges into the cluster less the null model's expectation. Moving j from cluster c
   * to cluster d changes modularity by (gain(d) - gain(c)) / m.
   *
   * @param weightTo weight of j's edges to the cluster's nodes
   * @param strength j's strength
   * @param clusterWeight total strength of the cluster's nodes, j's left out
   * @param gammaPrime resolution / (2m)
   */
  static double gain(double weightTo, double strength, double clusterWeight, double gammaPrime) {
    return weightTo - strength * clusterWeight * gammaPrime;
  }

  private int enqueue(Network g, int j, int best, int[] cluster, int head, int queued, int n) {
    final boolean[] stable = this.stable;
    final int[] queue = this.queue;
    final int[] neighbour = g.neighbour;
    for (int k = g.firstNeighbourIndex[j], end = g.firstNeighbourIndex[j + 1]; k < end; k++) {
      int l = neighbour[k];
      if (stable[l] && cluster[l] != best) {
        stable[l] = false;
        queue[(head + queued) % n] = l;
        queued++;
      }
    }
    return queued;
  }
}
