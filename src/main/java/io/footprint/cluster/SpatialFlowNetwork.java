package io.footprint.cluster;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * What footprints are clustered from: a bipartite flow network between areas and sites, the
 * adjacency of the areas, and what each node brings (residents, whether it provides the service).
 *
 * <p>Layout: nodes {@code 0..areaCount-1} are areas, the rest sites. {@code flows} has edges between an
 * area and a site (patient flows) and may have edges between two sites (clinical relationships, which count
 * in modularity but are no one's activity); never between two areas. {@code adjacency} has edges only
 * between two areas; both span all
 * nodes. {@code population[i]} is 0 for sites; {@code provider[i]} is false for areas.
 */
public final class SpatialFlowNetwork {
  final Network flows;
  final Network adjacency;
  final int areaCount;
  final double[] population;
  final boolean[] provider;

  public SpatialFlowNetwork(Network flows, Network adjacency, int areaCount, double[] population,
      boolean[] provider) {
    this.flows = flows;
    this.adjacency = adjacency;
    this.areaCount = areaCount;
    this.population = population;
    this.provider = provider;
    checkIntegrity();
  }

  private void checkIntegrity() {
    int n = flows.nNodes;
    if (adjacency.nNodes != n || population.length != n || provider.length != n || areaCount > n || areaCount < 0) {
      throw new IllegalArgumentException("flows, adjacency, population and provider disagree on the node count");
    }
    for (int i = 0; i < n; i++) {
      boolean area = i < areaCount;
      if (flows.selfLinkWeight[i] != 0 || adjacency.selfLinkWeight[i] != 0) {
        throw new IllegalArgumentException("node " + i + " has a self-link");
      }
      for (int k = flows.firstNeighbourIndex[i]; k < flows.firstNeighbourIndex[i + 1]; k++) {
        if (area && flows.neighbour[k] < areaCount) {
          throw new IllegalArgumentException("flow edge " + i + "-" + flows.neighbour[k] + " joins two areas");
        }
      }
      if (!area && adjacency.degree(i) > 0) {
        throw new IllegalArgumentException("site node " + i + " has adjacency edges");
      }
      if (!area && population[i] != 0) {
        throw new IllegalArgumentException("site node " + i + " has population " + population[i]);
      }
      if (area && provider[i]) {
        throw new IllegalArgumentException("area node " + i + " is marked a provider");
      }
    }
  }

  /** Sites that provide the service: with contiguity, no clustering has more footprints than these. */
  public int providerCount() {
    int n = 0;
    for (boolean p : provider) {
      n += p ? 1 : 0;
    }
    return n;
  }

  /**
   * The network whose nodes are the given groups of nodes. Groups must not mix areas and sites and
   * must number the area groups first (as {@link Clustering#normalise()} does when areas come
   * first); a group's flows, residents and providers are summed, and groups are neighbours when any
   * of their areas are.
   */
  SpatialFlowNetwork contract(Clustering groups) {
    int k = groups.nClusters;
    double[] pop = new double[k];
    boolean[] prov = new boolean[k];
    int areaGroups = 0;
    for (int i = 0; i < flows.nNodes; i++) {
      int g = groups.cluster[i];
      pop[g] += population[i];
      prov[g] |= provider[i];
      if (i < areaCount) {
        areaGroups = Math.max(areaGroups, g + 1);
      } else if (g < areaGroups) {
        throw new IllegalArgumentException("group " + g + " mixes areas and sites");
      }
    }
    return new SpatialFlowNetwork(flows.aggregate(groups), adjacency.aggregate(groups).withoutSelfLinks(),
        areaGroups, pop, prov);
  }

  /**
   * The network induced by a set of nodes (sorted increasingly, so its areas come first): edges to
   * nodes outside the set are dropped. {@code nodes[i]} is the original node of sub-network node i.
   */
  public SpatialFlowNetwork subnetwork(int[] nodes) {
    int[] local = new int[flows.nNodes];
    Arrays.fill(local, -1);
    int subAreas = 0;
    for (int i = 0; i < nodes.length; i++) {
      if (i > 0 && nodes[i] <= nodes[i - 1]) {
        throw new IllegalArgumentException("nodes must be sorted increasingly without repeats");
      }
      local[nodes[i]] = i;
      subAreas += nodes[i] < areaCount ? 1 : 0;
    }
    double[] pop = new double[nodes.length];
    boolean[] prov = new boolean[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      pop[i] = population[nodes[i]];
      prov[i] = provider[nodes[i]];
    }
    return new SpatialFlowNetwork(induced(flows, nodes, local), induced(adjacency, nodes, local), subAreas, pop, prov);
  }

  private static Network induced(Network net, int[] nodes, int[] local) {
    int m = 0;
    for (int v : nodes) {
      for (int k = net.firstNeighbourIndex[v]; k < net.firstNeighbourIndex[v + 1]; k++) {
        m += local[net.neighbour[k]] > local[v] ? 1 : 0;
      }
    }
    int[] from = new int[m];
    int[] to = new int[m];
    double[] w = new double[m];
    int e = 0;
    for (int v : nodes) {
      for (int k = net.firstNeighbourIndex[v]; k < net.firstNeighbourIndex[v + 1]; k++) {
        if (local[net.neighbour[k]] > local[v]) {
          from[e] = local[v];
          to[e] = local[net.neighbour[k]];
          w[e++] = net.edgeWeight[k];
        }
      }
    }
    return Network.fromEdges(nodes.length, from, to, w);
  }

  public Network flows() {
    return flows;
  }

  public Network adjacency() {
    return adjacency;
  }

  public int areaCount() {
    return areaCount;
  }

  public int nodeCount() {
    return flows.nNodes;
  }

  /**
   * The same nodes and adjacency with each area-site flow's weight replaced by {@code draw} of it, drawn
   * in a fixed order (areas ascending, then their sites ascending) so that a seeded draw gives the same
   * network every time; flows drawn as 0 are dropped.
   */
  public SpatialFlowNetwork resampled(DoubleUnaryOperator draw) {
    int m = 0;
    for (int i = 0; i < areaCount; i++) {
      m += flows.degree(i);
    }
    int[] from = new int[m];
    int[] to = new int[m];
    double[] w = new double[m];
    int e = 0;
    for (int i = 0; i < areaCount; i++) {
      for (int k = flows.firstNeighbourIndex[i]; k < flows.firstNeighbourIndex[i + 1]; k++) {
        double x = draw.applyAsDouble(flows.edgeWeight[k]);
        if (x > 0) {
          from[e] = i;
          to[e] = flows.neighbour[k];
          w[e++] = x;
        }
      }
    }
    // relationships between sites are not activity: they are kept as they are
    int rel = 0;
    for (int i = areaCount; i < flows.nNodes; i++) {
      for (int k = flows.firstNeighbourIndex[i]; k < flows.firstNeighbourIndex[i + 1]; k++) {
        rel += flows.neighbour[k] > i ? 1 : 0;
      }
    }
    from = Arrays.copyOf(from, e + rel);
    to = Arrays.copyOf(to, e + rel);
    w = Arrays.copyOf(w, e + rel);
    for (int i = areaCount; i < flows.nNodes; i++) {
      for (int k = flows.firstNeighbourIndex[i]; k < flows.firstNeighbourIndex[i + 1]; k++) {
        if (flows.neighbour[k] > i) {
          from[e] = i;
          to[e] = flows.neighbour[k];
          w[e++] = flows.edgeWeight[k];
        }
      }
    }
    Network drawn = Network.fromEdges(flows.nNodes, from, to, w);
    return new SpatialFlowNetwork(drawn, adjacency, areaCount, population, provider);
  }

  /** Residents of each area node, in node order (a copy; sites hold none). */
  public double[] areaPopulations() {
    return Arrays.copyOf(population, areaCount);
  }

  public boolean isArea(int node) {
    return node < areaCount;
  }

  /** Bound on every sum of weights or residents for {@link #exactSums}: halves of whole numbers below it are exact. */
  private static final double EXACT_BELOW = 0x1p51;
  private volatile Boolean exactSums;

  /**
   * Whether every sum of flows, relationships and residents over any group of nodes is exact in doubles:
   * every weight and resident count is a whole number, and all of them together, twice over (both ends of
   * each edge), stay below 2^51, so halves of such sums are exact too. Then a total kept up to date as
   * nodes move equals the total summed afresh, bit for bit ({@link ClusterStats#withAreasMoved},
   * {@link Modularity.Sums#withNodesMoved}).
   */
  public boolean exactSums() {
    Boolean known = exactSums;
    if (known == null) {
      double sum = 0;
      boolean whole = true;
      // (long) x == x for whole numbers below 2^63; larger ones fail the bound on the sum anyway
      for (double w : flows.edgeWeight) {
        whole &= (long) w == w;
        sum += Math.abs(w);
      }
      for (double w : flows.selfLinkWeight) {
        whole &= (long) w == w;
        sum += 2 * Math.abs(w);
      }
      for (double p : population) {
        whole &= (long) p == p;
        sum += Math.abs(p);
      }
      known = whole && sum < EXACT_BELOW;
      exactSums = known;
    }
    return known;
  }
}
