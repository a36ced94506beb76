package io.footprint.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link ConstraintMerger} and {@link TargetMerger} on fixtures small enough to work out on paper:
 * four areas in a row, each with its own site (area i is node i, its site node 4 + i).
 */
class MergersTest {
  /**
   * Four areas in a row, each sending 10 to its own site; area 0 also sends 5 to site 1 and area 2
   * sends 1 to site 3. Populations 100, 10, 100, 100.
   */
  static SpatialFlowNetwork row() {
    int[][] edges = {{0, 4}, {1, 5}, {2, 6}, {3, 7}, {0, 5}, {2, 7}};
    double[] w = {10, 10, 10, 10, 5, 1};
    Network flows = Graphs.network(8, edges, w);
    double[] pop = {100, 10, 100, 100, 0, 0, 0, 0};
    boolean[] provider = {false, false, false, false, true, true, true, true};
    return new SpatialFlowNetwork(flows, Graphs.gridAdjacency(1, 4, 8), 4, pop, provider);
  }

  static final Clustering OWN_SITES = new Clustering(new int[] {0, 1, 2, 3, 0, 1, 2, 3});

  /** Area 1 (10 residents) is too small; it exchanges 5 with area 0's footprint and nothing with area 2's. */
  @Test
  void aFootprintTooSmallJoinsTheNeighbourItExchangesMostWith() {
    Clustering c = ConstraintMerger.apply(row(), OWN_SITES, new Constraints(50, 0, true));
    assertThat(c.toArray()).containsExactly(0, 0, 1, 2, 0, 0, 1, 2);
  }

  /**
   * Localisation at least 0.95: area 0's footprint keeps 10 of its residents' 15 (0.67) and area 2's 10
   * of 11 (0.91). The first (of equal populations, the lower) merges into area 1's, which it sends 5;
   * then area 2's into area 3's, which it sends 1 (it sends the merged one nothing).
   */
  @Test
  void aFootprintBelowTheLocalisationMergesToo() {
    Clustering c = ConstraintMerger.apply(row(), OWN_SITES, new Constraints(0, 0.95, true));
    assertThat(c.toArray()).containsExactly(0, 0, 1, 1, 0, 0, 1, 1);
  }

  /** A cluster with no providing site merges even when it is large enough; one that cannot, stays. */
  @Test
  void everyFootprintGetsAProvider() {
    SpatialFlowNetwork net = row();
    boolean[] provider = {false, false, false, false, true, false, true, true};
    SpatialFlowNetwork noSite1 = new SpatialFlowNetwork(net.flows(), net.adjacency(), 4,
        new double[] {100, 10, 100, 100, 0, 0, 0, 0}, provider);
    Clustering c = ConstraintMerger.apply(noSite1, OWN_SITES, new Constraints(0, 0, true));
    assertThat(c.toArray()).containsExactly(0, 0, 1, 2, 0, 0, 1, 2);
    Clustering none = ConstraintMerger.apply(net, OWN_SITES, Constraints.none());
    assertThat(none.toArray()).containsExactly(0, 1, 2, 3, 0, 1, 2, 3);
  }

  /**
   * To three: merging areas 0 and 1 (which exchange 5) costs least modularity; to two, then areas 2
   * and 3 (which exchange 1), not 01 with 2, which exchange nothing.
   */
  @Test
  void mergingToATargetTakesTheCheapestNeighbouringPair() {
    Clustering three = TargetMerger.mergeTo(row(), OWN_SITES, 3, 1.0, true);
    assertThat(three.toArray()).containsExactly(0, 0, 1, 2, 0, 0, 1, 2);
    Clustering two = TargetMerger.mergeTo(row(), OWN_SITES, 2, 1.0, true);
    assertThat(two.toArray()).containsExactly(0, 0, 1, 1, 0, 0, 1, 1);
  }

  /** With contiguity only bordering footprints merge: areas 0 and 3 never do, whatever they exchange. */
  @Test
  void mergingKeepsFootprintsContiguous() {
    int[][] edges = {{0, 4}, {1, 5}, {2, 6}, {3, 7}, {0, 7}, {3, 4}};
    double[] w = {10, 10, 10, 10, 9, 9};
    SpatialFlowNetwork ends = new SpatialFlowNetwork(Graphs.network(8, edges, w), Graphs.gridAdjacency(1, 4, 8), 4,
        new double[] {100, 100, 100, 100, 0, 0, 0, 0}, new boolean[] {false, false, false, false, true, true, true,
            true});
    Clustering three = TargetMerger.mergeTo(ends, OWN_SITES, 3, 1.0, true);
    assertThat(Graphs.disconnectedClusters(ends, three)).isEmpty();
    Clustering free = TargetMerger.mergeTo(ends, OWN_SITES, 3, 1.0, false);
    assertThat(free.toArray()).as("without contiguity the two ends merge").containsExactly(0, 1, 2, 0, 0, 1, 2, 0);
  }
}
