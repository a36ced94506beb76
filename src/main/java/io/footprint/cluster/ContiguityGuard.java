package io.footprint.cluster;

/**
 * Keeps clusters contiguous while nodes move: a node holding areas may only join a cluster with no
 * areas or one it borders, and may only leave a cluster whose remaining areas stay connected.
 *
 * <p>The leave test is a breadth-first search inside the cluster, from one of the node's
 * neighbours in it, that stops as soon as it has reached all of them: in a planar adjacency these
 * neighbours are usually joined by a short path around the node, so the search is local; only a
 * node that really is a cut vertex of its cluster makes it visit the whole side of the cut.
 *
 * <p>{@code spatial} holds edges only between nodes holding areas; {@code hasArea[i]} tells which.
 * With {@code enabled} false every move is allowed (plain Leiden).
 */
final class ContiguityGuard {
  final Network spatial;
  final boolean[] hasArea;
  final boolean enabled;
  private final int[] mark;
  private int epoch;
  private final int[] queue;
  private final int[] targets;

  ContiguityGuard(Network spatial, boolean[] hasArea, boolean enabled) {
    this.spatial = spatial;
    this.hasArea = hasArea;
    this.enabled = enabled;
    this.mark = new int[spatial.nNodes];
    this.queue = new int[spatial.nNodes];
    int maxDegree = 0;
    for (int i = 0; i < spatial.nNodes; i++) {
      maxDegree = Math.max(maxDegree, spatial.degree(i));
    }
    this.targets = new int[maxDegree];
  }

  /** Whether node {@code v} may join cluster {@code d}, which holds {@code areaNodesOfD} nodes with areas. */
  boolean mayJoin(int v, int d, int areaNodesOfD, int[] cluster) {
    if (!enabled || !hasArea[v] || areaNodesOfD == 0) {
      return true;
    }
    for (int k = spatial.firstNeighbourIndex[v]; k < spatial.firstNeighbourIndex[v + 1]; k++) {
      if (cluster[spatial.neighbour[k]] == d) {
        return true;
      }
    }
    return false;
  }

  /** Whether the areas of {@code v}'s cluster stay connected without {@code v}. */
  boolean mayLeave(int v, int[] cluster) {
    if (!enabled || !hasArea[v]) {
      return true;
    }
    int c = cluster[v];
    int nTargets = 0;
    for (int k = spatial.firstNeighbourIndex[v]; k < spatial.firstNeighbourIndex[v + 1]; k++) {
      int u = spatial.neighbour[k];
      if (cluster[u] == c && u != v) {
        targets[nTargets++] = u;
      }
    }
    if (nTargets <= 1) {
      return true;
    }
    if (++epoch == Integer.MAX_VALUE) {
      java.util.Arrays.fill(mark, 0);
      epoch = 1;
    }
    int targetEpoch = epoch;
    // targets are marked with -epoch until reached
    for (int t = 0; t < nTargets; t++) {
      mark[targets[t]] = -targetEpoch;
    }
    mark[v] = targetEpoch;
    int head = 0;
    int tail = 0;
    queue[tail++] = targets[0];
    mark[targets[0]] = targetEpoch;
    int found = 1;
    while (head < tail) {
      int x = queue[head++];
      for (int k = spatial.firstNeighbourIndex[x]; k < spatial.firstNeighbourIndex[x + 1]; k++) {
        int y = spatial.neighbour[k];
        if (cluster[y] != c || mark[y] == targetEpoch) {
          continue;
        }
        if (mark[y] == -targetEpoch && ++found == nTargets) {
          return true;
        }
        mark[y] = targetEpoch;
        queue[tail++] = y;
      }
    }
    return false;
  }
}
