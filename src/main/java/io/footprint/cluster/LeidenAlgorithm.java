package io.footprint.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.LongFunction;

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
 * With {@code starts} above 1 the whole run repeats from independent seeds and the clustering of
 * highest modularity is kept ({@link #bestOfStarts}).
 *
 * <p>Iterations repeat until one changes nothing or raises modularity by less than {@code tolerance}
 * (default 1e-4 with contiguity, 0 without), at most {@code maxIterations} (default 50). leidenalg
 * stops after 2 iterations by default and CWTS's networkanalysis after 10; a tolerance stops where the
 * gains end instead, so that the last iterations, which move a few nodes for almost nothing, are not
 * run (the benchmark README gives the time and quality at each tolerance).
 *
 * <p>Invariant behind the contiguity guarantee: local moving keeps every cluster's areas connected;
 * refinement's sub-clusters are connected because a node holding areas only joins a sub-cluster it
 * borders; so aggregate nodes are connected, and a cluster of connected aggregate nodes that local
 * moving keeps connected is connected in the original adjacency.
 */
public final class LeidenAlgorithm {
  public static final double DEFAULT_RANDOMNESS = 0.01;
  public static final int DEFAULT_MAX_ITERATIONS = 50;
  /** Iterations stop once one raises modularity by less than this (or changes nothing). */
  public static final double DEFAULT_TOLERANCE = 1e-4;

  private final double resolution;
  private final double randomness;
  private final int maxIterations;
  private final double tolerance;
  private final boolean contiguity;
  private final int starts;

  public LeidenAlgorithm(double resolution, double randomness, int maxIterations, double tolerance,
      boolean contiguity) {
    this(resolution, randomness, maxIterations, tolerance, contiguity, 1);
  }

  /**
   * @param starts independent random starts; the clustering of highest modularity is kept (the first
   *     on ties), and start 0 is the run a single start makes
   */
  public LeidenAlgorithm(double resolution, double randomness, int maxIterations, double tolerance,
      boolean contiguity, int starts) {
    if (!(resolution > 0) || !(randomness > 0) || maxIterations < 1 || !(tolerance >= 0) || starts < 1) {
      throw new IllegalArgumentException("resolution and randomness must be > 0, iterations and starts >= 1, "
          + "tolerance >= 0");
    }
    this.resolution = resolution;
    this.randomness = randomness;
    this.maxIterations = maxIterations;
    this.tolerance = tolerance;
    this.contiguity = contiguity;
    this.starts = starts;
  }

  /**
   * Leiden with the defaults: with contiguity, iterations stop at a gain below {@link #DEFAULT_TOLERANCE};
   * without, they run until one improves nothing (tolerance 0), as leidenalg's {@code n_iterations=-1} does,
   * so that plain Leiden, which exists to be compared with other implementations, stops by the same rule.
   */
  public LeidenAlgorithm(double resolution, boolean contiguity) {
    this(resolution, contiguity, 1);
  }

  /** Leiden with the defaults, best of {@code starts} random starts. */
  public LeidenAlgorithm(double resolution, boolean contiguity, int starts) {
    this(resolution, DEFAULT_RANDOMNESS, DEFAULT_MAX_ITERATIONS, contiguity ? DEFAULT_TOLERANCE : 0, contiguity,
        starts);
  }

  /**
   * A clustering of the flow network; deterministic for the seed.
   *
   * <p>Two preparations, neither of which changes what modularity can be reached:
   * <ol>
   *   <li>Areas with no activity for the condition (common for rare conditions at small-area scale)
   *       carry no information about flows, and every move of theirs changes modularity by exactly
   *       0; left alone they would stay singletons and, with contiguity, wall footprints off from
   *       each other. So each such silent area is attached to the nearest area with activity (a
   *       multi-source breadth-first search over the adjacency, whose tree keeps every group
   *       connected) and the groups are contracted.</li>
   *   <li>With contiguity, Leiden starts from the plurality partition (each area with the site it
   *       uses most, made contiguous: the Dartmouth Atlas's hospital service areas) rather than from
   *       singletons. Grown greedily from singletons, a footprint stops at the first ring of areas
   *       whose few patients go elsewhere (sparse flows for rare conditions are noisy), because no
   *       single such area gains by joining; starting from catchments, local moving and aggregation
   *       merge and trim whole catchments instead, as the Atlas built referral regions from service
   *       areas. Without contiguity, Leiden starts from singletons, as leidenalg does.</li>
   * </ol>
   */
  public Clustering cluster(SpatialFlowNetwork net, long seed) {
    return cluster(net, seed, Runnable::run);
  }

  /**
   * As {@link #cluster(SpatialFlowNetwork, long)}, running starts after the first on {@code executor}
   * while this thread runs the first; the result is the same whatever the executor.
   */
  public Clustering cluster(SpatialFlowNetwork net, long seed, Executor executor) {
    Clustering hosts = silentAreaHosts(net);
    SpatialFlowNetwork contracted = hosts.nClusters == net.nodeCount() ? net : net.contract(hosts);
    Clustering start = contiguity ? new PluralityAlgorithm(Constraints.none()).cluster(contracted)
        : Clustering.singletons(contracted.nodeCount());
    Clustering reduced = bestOfStarts(contracted.flows, seed, s -> improve(contracted, start, s), executor);
    return contracted == net ? reduced : reduced.lift(hosts).normalise();
  }

  /**
   * The run of highest modularity over {@link #starts} seeds: {@code seed} itself, then the values a
   * {@link SplittableRandom} seeded with it draws. Leiden is a randomised local search, and one run
   * now and then ends in a poorer local optimum than most, leidenalg's as ours; the best of several
   * independent runs makes that tail rare (the benchmark README compares the two over many seeds and
   * graphs, {@code examples/benchmark/compare_modularity.sh}). Seurat likewise runs Louvain from several
   * random starts ({@code n.start}).
   */
  private Clustering bestOfStarts(Network flows, long seed, LongFunction<Clustering> run,
      Executor executor) {
    SplittableRandom seeds = new SplittableRandom(seed);
    List<CompletableFuture<Clustering>> later = new ArrayList<>();
    for (int k = 1; k < starts; k++) {
      long s = seeds.nextLong();
      later.add(CompletableFuture.supplyAsync(() -> run.apply(s), executor));
    }
    Clustering best = run.apply(seed);
    double bestQuality = starts == 1 ? 0 : Modularity.of(flows, best, resolution);
    for (CompletableFuture<Clustering> f : later) {
      Clustering c = f.join();
      double q = Modularity.of(flows, c, resolution);
      if (q > bestQuality) {
        best = c;
        bestQuality = q;
      }
    }
    return best;
  }

  /** Groups every silent area with the nearest area that has activity (ties: the lower area, first reached). */
  static Clustering silentAreaHosts(SpatialFlowNetwork net) {
    int n = net.nodeCount();
    int[] host = new int[n];
    Arrays.fill(host, -1);
    int[] queue = new int[net.areaCount];
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (i >= net.areaCount || net.flows.degree(i) > 0) {
        host[i] = i;
        if (i < net.areaCount) {
          queue[tail++] = i;
        }
      }
    }
    for (int head = 0; head < tail; head++) {
      int x = queue[head];
      for (int k = net.adjacency.firstNeighbourIndex[x]; k < net.adjacency.firstNeighbourIndex[x + 1]; k++) {
        int y = net.adjacency.neighbour[k];
        if (host[y] < 0) {
          host[y] = host[x];
          queue[tail++] = y;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (host[i] < 0) {
        host[i] = i; // a piece of the map with no activity anywhere
      }
    }
    return new Clustering(host).normalise();
  }

  /** A clustering of any weighted network (no areas, so no contiguity to keep). */
  public Clustering cluster(Network net, long seed) {
    boolean[] all = new boolean[net.nNodes];
    Arrays.fill(all, true);
    return bestOfStarts(net, seed,
        s -> improve(net, empty(net.nNodes), new boolean[net.nNodes], all, Clustering.singletons(net.nNodes), s),
        Runnable::run);
  }

  /** Improves a starting clustering (whose clusters must be contiguous when contiguity is on). */
  public Clustering improve(SpatialFlowNetwork net, Clustering start, long seed) {
    boolean[] hasArea = new boolean[net.nodeCount()];
    Arrays.fill(hasArea, 0, net.areaCount, true);
    boolean[] hasSite = new boolean[net.nodeCount()];
    Arrays.fill(hasSite, net.areaCount, net.nodeCount(), true);
    return improve(net.flows, contiguity ? net.adjacency : empty(net.nodeCount()), hasArea, hasSite, start, seed);
  }

  private Clustering improve(Network flows, Network spatial, boolean[] hasArea, boolean[] hasSite, Clustering start,
      long seed) {
    SeededRandom random = new SeededRandom(seed);
    double m = flows.totalWeight();
    int[] cluster = start.toArray();
    if (m == 0) {
      return new Clustering(cluster).normalise();
    }
    double gammaPrime = resolution / (2 * m);
    // refinement compares gains with the randomness in units of the mean edge weight, so that theta means the
    // same for counts and for proportions (in modularity units theta = 0.01 would make choices almost uniform)
    double edgeUnit = flows.edgeCount() / m;
    // every move raises modularity, so with tolerance 0 an iteration that moved something improved it and the
    // totals need not be computed
    double quality = tolerance > 0 ? Modularity.of(flows, cluster, max(cluster) + 1, resolution) : 0;
    Steps steps = new Steps(flows.nNodes);
    for (int it = 0; it < maxIterations; it++) {
      boolean update = iterate(flows, spatial, hasArea, hasSite, cluster, gammaPrime, edgeUnit, random, steps);
      if (!update) {
        break;
      }
      if (tolerance > 0) {
        double q = Modularity.of(flows, cluster, max(cluster) + 1, resolution);
        if (q - quality < tolerance) {
          break;
        }
        quality = q;
      }
    }
    return new Clustering(cluster).normalise();
  }

  private static int max(int[] a) {
    int m = 0;
    for (int v : a) {
      m = Math.max(m, v);
    }
    return m;
  }

  private static Network empty(int n) {
    return Network.fromEdges(n, new int[0], new int[0], new double[0]);
  }

  /** The steps of one run, whose work arrays (sized for the first level) every level and iteration reuses. */
  private static final class Steps {
    final FastLocalMoving localMoving;
    final Refinement refinement;
    final ContiguityGuard.Work guardWork;
    /** where aggregation gathers the edges of the level above, as long as the longest list of edges met. */
    private int[] aggregateNeighbours = new int[0];
    private double[] aggregateWeights = new double[0];

    Steps(int capacity) {
      localMoving = new FastLocalMoving(capacity);
      refinement = new Refinement(capacity);
      guardWork = new ContiguityGuard.Work(capacity);
    }

    Network aggregate(Network net, Clustering clustering) {
      int edges = net.neighbour.length;
      if (aggregateNeighbours.length < edges) {
        aggregateNeighbours = new int[edges];
        aggregateWeights = new double[edges];
      }
      return net.aggregate(clustering, aggregateNeighbours, aggregateWeights);
    }
  }

  /** One iteration at one level; recurses into the aggregate. Updates {@code cluster} in place. */
  private boolean iterate(Network net, Network spatial, boolean[] hasArea, boolean[] hasSite, int[] cluster,
      double gammaPrime, double normaliser, SeededRandom random, Steps steps) {
    double[] strength = net.strengths();
    ContiguityGuard guard = new ContiguityGuard(spatial, hasArea, hasSite, contiguity, steps.guardWork);
    boolean update = steps.localMoving.improve(net, strength, gammaPrime, guard, cluster, random);
    Clustering local = new Clustering(cluster).normalise();
    System.arraycopy(local.cluster, 0, cluster, 0, cluster.length);
    if (local.nClusters == net.nNodes) {
      return update;
    }
    Clustering refined = steps.refinement.refine(net, strength, gammaPrime, normaliser, randomness, guard, cluster,
        random);
    if (refined.nClusters == net.nNodes) {
      // nothing merged (no node well connected): aggregate the contiguous local-moving clusters instead
      refined = local;
    }
    Network reduced = steps.aggregate(net, refined);
    Network reducedSpatial = steps.aggregate(spatial, refined).withoutSelfLinks();
    boolean[] reducedHasArea = new boolean[refined.nClusters];
    boolean[] reducedHasSite = new boolean[refined.nClusters];
    int[] reducedCluster = new int[refined.nClusters];
    for (int i = 0; i < net.nNodes; i++) {
      reducedHasArea[refined.cluster[i]] |= hasArea[i];
      reducedHasSite[refined.cluster[i]] |= hasSite[i];
      reducedCluster[refined.cluster[i]] = cluster[i];
    }
    update |= iterate(reduced, reducedSpatial, reducedHasArea, reducedHasSite, reducedCluster, gammaPrime, normaliser,
        random, steps);
    for (int i = 0; i < net.nNodes; i++) {
      cluster[i] = reducedCluster[refined.cluster[i]];
    }
    return update;
  }
}
