package io.footprint.cluster;

import java.util.Arrays;

/**
 * Refinement (Traag, Waltman and van Eck 2019, algorithm A.3; after CWTSLeiden/networkanalysis
 * {@code LocalMergingAlgorithm}): inside each cluster of the local-moving partition, every node starts
 * alone; in random order, each node still alone and well connected to its cluster joins a well
 * connected sub-cluster of the same cluster, chosen at random with probability proportional to
 * {@code exp(gain / randomness)} over the non-negative gains. Sub-clusters only grow, so each is
 * well connected, and (with a {@link ContiguityGuard}) a node holding areas joins only a sub-cluster
 * it borders, so each sub-cluster's areas are connected.
 */
final class Refinement {
  /**
   * Most passes over the nodes with contiguity; passes stop once one merges nothing. In one
   * random-order pass an area can only join a sub-cluster it borders, so most areas find none yet and
   * stay alone, and every level above carries them. Later passes revisit only the nodes next to one
   * that has just joined a sub-cluster, so sub-clusters grow outwards area by area for little work,
   * and fewer nodes reach the levels above (the benchmark README gives the time and quality).
   */
  static final int CONTIGUOUS_PASSES = 20;

  // work arrays, sized for the largest network and reused by every level and iteration of one run
  private final double[] weight;
  private final double[] external;
  private final int[] areaNodes;
  private final double[] totalOfCluster;
  private final boolean[] nonSingleton;
  /** zero between nodes: only the entries a node touched are set, and reset before the next. */
  private final double[] edgeWeightTo;
  private final int[] neighbours;
  private final double[] gain;
  private final int[] order;
  /** whether a node still alone is worth (re)considering in the next pass. */
  private final boolean[] retry;
  /** the best gain {@link #gains} found for the node being merged. */
  private double bestGain;

  /** @param capacity the most nodes any network given to {@link #refine} has */
  Refinement(int capacity) {
    weight = new double[capacity];
    external = new double[capacity];
    areaNodes = new int[capacity];
    totalOfCluster = new double[capacity];
    nonSingleton = new boolean[capacity];
    edgeWeightTo = new double[capacity];
    neighbours = new int[capacity];
    gain = new double[capacity];
    order = new int[capacity];
    retry = new boolean[capacity];
  }

  /**
   * @param cluster the local-moving partition (not changed)
   * @param normaliser gains are multiplied by this before being compared with {@code randomness} (the
   *     inverse of the mean edge weight: gains in units of an average edge)
   * @return the refined partition, normalised
   */
  Clustering refine(Network net, double[] strength, double gammaPrime, double normaliser, double randomness,
      ContiguityGuard guard, int[] cluster, SeededRandom random) {
    int n = net.nNodes;
    final int[] neighbour = net.neighbour;
    final double[] edgeWeight = net.edgeWeight;
    final int[] order = this.order;
    final boolean[] retry = this.retry;
    final boolean[] nonSingleton = this.nonSingleton;
    final double[] external = this.external;
    final double[] totalOfCluster = this.totalOfCluster;
    int[] refined = new int[n];
    Arrays.fill(external, 0, n, 0);
    Arrays.fill(totalOfCluster, 0, n, 0);
    Arrays.fill(nonSingleton, 0, n, false);
    for (int i = 0; i < n; i++) {
      refined[i] = i;
      weight[i] = strength[i];
      areaNodes[i] = guard.hasArea[i] ? 1 : 0;
      totalOfCluster[cluster[i]] += strength[i];
      final int own = cluster[i];
      double toOwn = 0;
      for (int k = net.firstNeighbourIndex[i], end = net.firstNeighbourIndex[i + 1]; k < end; k++) {
        if (cluster[neighbour[k]] == own) {
          toOwn += edgeWeight[k];
        }
      }
      external[i] = toOwn;
    }
    Permutation.random(order, n, random);
    int passes = guard.enabled ? CONTIGUOUS_PASSES : 1;
    Arrays.fill(retry, 0, n, true);
    final int[] spatialFirst = guard.spatial.firstNeighbourIndex;
    final int[] spatialNeighbour = guard.spatial.neighbour;
    for (int pass = 0; pass < passes; pass++) {
      int merged = 0;
      for (int o = 0; o < n; o++) {
        int j = order[o];
        if (!retry[j] || nonSingleton[j] || refined[j] != j) {
          continue;
        }
        double total = totalOfCluster[cluster[j]];
        if (external[j] < strength[j] * (total - strength[j]) * gammaPrime) {
          continue;
        }
        retry[j] = false;
        merge(net, strength, gammaPrime, normaliser, randomness, guard, cluster, refined, random, j, total);
        if (refined[j] != j) {
          merged++;
          // its spatial neighbours now border the sub-cluster it joined: worth another look
          for (int k = spatialFirst[j], end = spatialFirst[j + 1]; k < end; k++) {
            retry[spatialNeighbour[k]] = true;
          }
        }
      }
      if (merged == 0) {
        break;
      }
    }
    return new Clustering(refined).normalise();
  }

  /** Node {@code j}, alone and well connected, joins a sub-cluster of its cluster (or stays alone). */
  private void merge(Network net, double[] strength, double gammaPrime, double normaliser, double randomness,
      ContiguityGuard guard, int[] cluster, int[] refined, SeededRandom random, int j, double total) {
    weight[j] = 0;
    external[j] = 0;
    areaNodes[j] = 0;
    int nNeighbours = candidates(net, cluster, refined, j);
    int bestCluster = gains(net.nNodes, strength, gammaPrime, normaliser, guard, refined, j, total, nNeighbours);
    int chosen = choose(random, randomness, nNeighbours, bestCluster);
    for (int t = 0; t < nNeighbours; t++) {
      edgeWeightTo[neighbours[t]] = 0;
    }
    weight[chosen] += strength[j];
    areaNodes[chosen] += guard.hasArea[j] ? 1 : 0;
    final int[] neighbour = net.neighbour;
    final double[] edgeWeight = net.edgeWeight;
    final int own = cluster[j];
    for (int k = net.firstNeighbourIndex[j], end = net.firstNeighbourIndex[j + 1]; k < end; k++) {
      int l = neighbour[k];
      if (cluster[l] == own) {
        external[chosen] += refined[l] == chosen ? -edgeWeight[k] : edgeWeight[k];
      }
    }
    if (chosen != j) {
      refined[j] = chosen;
      nonSingleton[chosen] = true;
    }
  }

  /**
   * The sub-clusters of {@code j}'s cluster it is linked to, {@code j} itself first, into
   * {@link #neighbours}, with the weight to each in {@link #edgeWeightTo}; returns how many.
   */
  private int candidates(Network net, int[] cluster, int[] refined, int j) {
    final int[] neighbours = this.neighbours;
    final double[] edgeWeightTo = this.edgeWeightTo;
    final int[] neighbour = net.neighbour;
    final double[] edgeWeight = net.edgeWeight;
    final int own = cluster[j];
    int nNeighbours = 1;
    neighbours[0] = j;
    for (int k = net.firstNeighbourIndex[j], end = net.firstNeighbourIndex[j + 1]; k < end; k++) {
      int l = neighbour[k];
      if (cluster[l] != own) {
        continue;
      }
      int r = refined[l];
      if (r != j && edgeWeightTo[r] == 0) {
        neighbours[nNeighbours++] = r;
      }
      edgeWeightTo[r] += edgeWeight[k];
    }
    return nNeighbours;
  }

  /**
   * The gain of joining each candidate into {@link #gain} (staying alone: 0; a candidate that is not
   * well connected, or that contiguity forbids: minus infinity), the best in {@link #bestGain}; returns
   * the best candidate.
   */
  private int gains(int n, double[] strength, double gammaPrime, double normaliser, ContiguityGuard guard,
      int[] refined, int j, double total, int nNeighbours) {
    final int[] neighbours = this.neighbours;
    final double[] gain = this.gain;
    final double[] external = this.external;
    final double[] weight = this.weight;
    final int[] areaNodes = this.areaNodes;
    final double[] edgeWeightTo = this.edgeWeightTo;
    final double strengthOfJ = strength[j];
    boolean marked = !(guard.enabled && guard.hasArea[j]);
    double best = 0;
    int bestCluster = j;
    for (int t = 0; t < nNeighbours; t++) {
      int r = neighbours[t];
      gain[t] = Double.NEGATIVE_INFINITY;
      if (r == j) {
        gain[t] = 0;
      } else if (external[r] >= weight[r] * (total - weight[r]) * gammaPrime) {
        if (!marked && areaNodes[r] > 0) {
          guard.markBorders(j, refined, n); // only when a candidate needs the check
          marked = true;
        }
        if (!guard.mayJoin(j, r, areaNodes[r])) {
          continue;
        }
        gain[t] = (edgeWeightTo[r] - strengthOfJ * weight[r] * gammaPrime) * normaliser;
        if (gain[t] > best) {
          best = gain[t];
          bestCluster = r;
        }
      }
    }
    bestGain = best;
    return bestCluster;
  }

  /**
   * A random choice among the non-negative gains, with weights exp((gain - best) / randomness); the
   * best candidate when the weights do not sum to a finite positive number.
   */
  private int choose(SeededRandom random, double randomness, int nNeighbours, int bestCluster) {
    final double[] gain = this.gain;
    final double best = bestGain;
    double sum = 0;
    for (int t = 0; t < nNeighbours; t++) {
      gain[t] = gain[t] >= 0 ? Math.exp((gain[t] - best) / randomness) : -1;
      sum += Math.max(gain[t], 0);
    }
    if (!(sum > 0 && Double.isFinite(sum))) {
      return bestCluster;
    }
    double r = random.nextDouble() * sum;
    for (int t = 0; t < nNeighbours; t++) {
      if (gain[t] >= 0) {
        r -= gain[t];
        if (r <= 0) {
          return neighbours[t];
        }
      }
    }
    return bestCluster;
  }
}
