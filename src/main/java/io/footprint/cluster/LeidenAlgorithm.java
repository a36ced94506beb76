package io.footprint.cluster;

import java.util.Random;

/**
 * The Leiden algorithm for modularity with resolution gamma (Traag, V. A., Waltman, L. and van Eck,
 * N. J. (2019), "From Louvain to Leiden: guaranteeing well-connected communities", Scientific
 * Reports 9, 5233), with an optional contiguity constraint that holds in every step, so that every
 * cluster's areas are connected in the adjacency by construction rather than by repair.
 *
 * <p>One iteration, as CWTSLeiden/networkanalysis {@code LeidenAlgorithm} composes it:
 * <ol>
 *   <li>{@link FastLocalMoving}: nodes move to the neighbouring cluster that raises modularity most
 *       (contiguity: only clusters they border, only if the cluster they leave stays connected).</li>
 *   <li>{@link Refinement}: each cluster is split into well-connected, contiguous sub-clusters.</li>
 *   <li>Aggregation: {@link Network#aggregate} turns sub-clusters into nodes (the adjacency is
 *       aggregated the same way) and each starts in its cluster from step 1; steps 1-3 repeat on the
 *       aggregate until local moving leaves every node alone.</li>
 * </ol>
 * Iterations repeat until one changes nothing (at most {@code maxIterations}).
 *
 * <p>Invariant behind the contiguity guarantee: local moving keeps every cluster's areas connected;
 * refinement's sub-clusters are connected because a node holding areas only joins a sub-cluster it
 * borders; so aggregate nodes are connected, and a cluster of connected aggregate nodes that local
 * moving keeps connected is connected in the original adjacency.
 */
public final class LeidenAlgorithm {
  public static final double DEFAULT_RANDOMNESS = 0.01;
  public static final int DEFAULT_MAX_ITERATIONS = 50;

  private final double resolution;
  private final double randomness;
  private final int maxIterations;
  private final boolean contiguity;

  public LeidenAlgorithm(double resolution, double randomness, int maxIterations, boolean contiguity) {
    if (!(resolution > 0) || !(randomness > 0) || maxIterations < 1) {
      throw new IllegalArgumentException("resolution and randomness must be > 0, iterations >= 1");
    }
    this.resolution = resolution;
    this.randomness = randomness;
    this.maxIterations = maxIterations;
    this.contiguity = contiguity;
  }

  public LeidenAlgorithm(double resolution, boolean contiguity) {
    this(resolution, DEFAULT_RANDOMNESS, DEFAULT_MAX_ITERATIONS, contiguity);
  }

  /** A clustering of the flow network from singletons; deterministic for the seed. */
  public Clustering cluster(SpatialFlowNetwork net, long seed) {
    return improve(net, Clustering.singletons(net.nodeCount()), seed);
  }

  /** A clustering of any weighted network (no areas, so no contiguity to keep). */
  public Clustering cluster(Network net, long seed) {
    return improve(net, empty(net.nNodes), new boolean[net.nNodes], Clustering.singletons(net.nNodes), seed);
  }

  /** Improves a starting clustering (whose clusters must be contiguous when contiguity is on). */
  public Clustering improve(SpatialFlowNetwork net, Clustering start, long seed) {
    boolean[] hasArea = new boolean[net.nodeCount()];
    java.util.Arrays.fill(hasArea, 0, net.areaCount, true);
    return improve(net.flows, contiguity ? net.adjacency : empty(net.nodeCount()), hasArea, start, seed);
  }

  private Clustering improve(Network flows, Network spatial, boolean[] hasArea, Clustering start, long seed) {
    Random random = new Random(seed);
    double m = flows.totalWeight();
    int[] cluster = start.toArray();
    if (m == 0) {
      return new Clustering(cluster).normalise();
    }
    double gammaPrime = resolution / (2 * m);
    for (int it = 0; it < maxIterations; it++) {
      boolean update = iterate(flows, spatial, hasArea, cluster, gammaPrime, 1 / m, random);
      if (!update) {
        break;
      }
    }
    return new Clustering(cluster).normalise();
  }

  private static Network empty(int n) {
    return Network.fromEdges(n, new int[0], new int[0], new double[0]);
  }

  /** One iteration at one level; recurses into the aggregate. Updates {@code cluster} in place. */
  private boolean iterate(Network net, Network spatial, boolean[] hasArea, int[] cluster, double gammaPrime,
      double normaliser, Random random) {
    double[] strength = net.strengths();
    ContiguityGuard guard = new ContiguityGuard(spatial, hasArea, contiguity);
    boolean update = FastLocalMoving.improve(net, strength, gammaPrime, guard, cluster, random);
    Clustering local = new Clustering(cluster).normalise();
    System.arraycopy(local.cluster, 0, cluster, 0, cluster.length);
    if (local.nClusters == net.nNodes) {
      return update;
    }
    Clustering refined = Refinement.refine(net, strength, gammaPrime, normaliser, randomness, guard, cluster,
        random);
    if (refined.nClusters == net.nNodes) {
      // nothing merged (no node well connected): aggregate the contiguous local-moving clusters instead
      refined = local;
    }
    Network reduced = net.aggregate(refined);
    Network reducedSpatial = spatial.aggregate(refined).withoutSelfLinks();
    boolean[] reducedHasArea = new boolean[refined.nClusters];
    int[] reducedCluster = new int[refined.nClusters];
    for (int i = 0; i < net.nNodes; i++) {
      reducedHasArea[refined.cluster[i]] |= hasArea[i];
      reducedCluster[refined.cluster[i]] = cluster[i];
    }
    update |= iterate(reduced, reducedSpatial, reducedHasArea, reducedCluster, gammaPrime, normaliser, random);
    for (int i = 0; i < net.nNodes; i++) {
      cluster[i] = reducedCluster[refined.cluster[i]];
    }
    return update;
  }
}
