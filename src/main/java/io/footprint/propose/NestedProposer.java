package io.footprint.propose;

import io.footprint.cluster.Clustering;
import io.footprint.cluster.OrphanSites;
import io.footprint.cluster.PluralityAlgorithm;
import io.footprint.cluster.SpatialFlowNetwork;
import io.footprint.graph.ConditionGraph;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;

/**
 * Footprints nested in regions, so that none crosses a region's border: each region's areas, with the
 * sites lying in it, are clustered on their own. Flows across the border are left out of the
 * clustering but still count in every figure. A site that none of its region's areas use joins the
 * footprint of the area that sends it most ({@link OrphanSites}). The resolution applies in every
 * region alike, so a target cannot be asked for.
 */
public final class NestedProposer {
  private NestedProposer() {}

  /**
   * @param regionOfArea region number of each scenario area (areas in no region form a region of their own)
   * @param regionOfSite region number of each scenario site
   * @param starts where Leiden's later random starts run (the result does not depend on it)
   */
  public static Proposer.Outcome propose(ConditionGraph graph, int[] regionOfArea, int[] regionOfSite,
      ProposalSettings s, String reference, Executor starts) {
    if (s.target() > 0) {
      throw new IllegalArgumentException("a target cannot be combined with nesting in regions: the resolution "
          + "applies in every region alike");
    }
    SpatialFlowNetwork net = graph.network();
    int nA = net.areaCount();
    int n = net.nodeCount();
    int[] region = new int[n];
    int regions = 0;
    for (int i = 0; i < n; i++) {
      region[i] = i < nA ? regionOfArea[i] : regionOfSite[graph.siteOfNode(i)];
      regions = Math.max(regions, region[i] + 1);
    }
    int[] label = new int[n];
    Arrays.fill(label, -1);
    int next = 0;
    for (int r = 0; r < regions; r++) {
      final int rr = r;
      int[] nodes = IntStream.range(0, n).filter(i -> region[i] == rr).toArray();
      if (nodes.length > 0 && nodes[0] < nA) {
        next = clusterRegion(net, nodes, s, starts, label, next); // a region with no areas: its sites join below
      }
    }
    OrphanSites.join(net.flows(), nA, label, i -> -1);
    double gamma = s.method() == Method.PLURALITY ? 1.0 : s.resolution();
    ProposalParameters p = new ProposalParameters(s.constraints().minPopulation(), s.constraints().minLocalisation(),
        s.contiguity(), gamma, s.seed(), s.starts(), null, null, null, reference);
    return new Proposer.Outcome(graph.toProposal(new Clustering(label).normalise(), s.method().key(), p.toMap()),
        gamma);
  }

  /**
   * Clusters one region's nodes and labels its footprints from {@code next}; returns the next free
   * label. The region optimises its part of England-wide modularity: its null model must use the whole
   * network's weight m, so the resolution is scaled by m_r / m (with its own m_r a small region would
   * split far too finely).
   */
  private static int clusterRegion(SpatialFlowNetwork net, int[] nodes, ProposalSettings s, Executor starts,
      int[] label, int next) {
    SpatialFlowNetwork sub = net.subnetwork(nodes);
    double m = net.flows().totalWeight();
    double gammaRegion = m > 0 && sub.flows().totalWeight() > 0
        ? s.resolution() * sub.flows().totalWeight() / m : s.resolution();
    Clustering c = s.method() == Method.PLURALITY ? new PluralityAlgorithm(s.constraints()).cluster(sub)
        : Proposer.leiden(sub, gammaRegion, s, starts);
    boolean[] hasArea = new boolean[c.clusterCount()];
    for (int i = 0; i < sub.areaCount(); i++) {
      hasArea[c.cluster(i)] = true;
    }
    int[] global = new int[c.clusterCount()];
    for (int k = 0; k < global.length; k++) {
      global[k] = hasArea[k] ? next++ : -1;
    }
    for (int i = 0; i < nodes.length; i++) {
      label[nodes[i]] = global[c.cluster(i)];
    }
    return next;
  }
}
