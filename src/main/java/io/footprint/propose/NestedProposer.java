package io.footprint.propose;

import io.footprint.cluster.Clustering;
import io.footprint.cluster.OrphanSites;
import io.footprint.cluster.PluralityAlgorithm;
import io.footprint.cluster.ResolutionSearch;
import io.footprint.cluster.SpatialFlowNetwork;
import io.footprint.graph.ConditionGraph;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;

/**
 * Footprints nested in regions, so that none crosses a region's border: each region's areas, with the
 * sites lying in it, are clustered on their own. Flows across the border are left out of the
 * clustering but still count in every figure. A site that none of its region's areas use joins the
 * footprint of the area that sends it most ({@link OrphanSites}).
 *
 * <p>The count is asked for in one of three ways: a resolution, which applies in every region alike; a
 * target for the whole country, shared out by searching that one resolution until the regions' footprints
 * add up to it (and, when the count jumps over it, merging the cheapest neighbours inside a region); or a
 * count per region, each region's resolution searched on its own.
 */
public final class NestedProposer {
  private NestedProposer() {}

  /** No region's count can be asked for: every region is clustered at the resolution, or shares the target. */
  public static Proposer.Outcome propose(ConditionGraph graph, int[] regionOfArea, int[] regionOfSite,
      ProposalSettings s, String reference, Executor starts) {
    return propose(graph, regionOfArea, regionOfSite, List.of(), Map.of(), s, reference, starts);
  }

  /**
   * @param regionOfArea region number of each scenario area (areas in no region form a region of their own)
   * @param regionOfSite region number of each scenario site
   * @param regionCodes code of each region number (may be empty when {@code perRegion} is)
   * @param perRegion footprints wanted in a region, by code; the others are clustered at the resolution
   * @param starts where Leiden's later random starts run (the result does not depend on it)
   * @throws ResolutionSearch.Unreachable when a target cannot be reached
   */
  public static Proposer.Outcome propose(ConditionGraph graph, int[] regionOfArea, int[] regionOfSite,
      List<String> regionCodes, Map<String, Integer> perRegion, ProposalSettings s, String reference,
      Executor starts) {
    SpatialFlowNetwork net = graph.network();
    int nA = net.areaCount();
    int n = net.nodeCount();
    int[] region = new int[n];
    for (int i = 0; i < n; i++) {
      region[i] = i < nA ? regionOfArea[i] : regionOfSite[graph.siteOfNode(i)];
    }
    double minPop = s.constraints().minPopulation();
    double minLoc = s.constraints().minLocalisation();
    if (s.method() != Method.PLURALITY && s.target() > 0) {
      ResolutionSearch.Result r = ResolutionSearch.search(s.target(), gamma -> nested(net, region, s.withResolution(
          gamma), List.of(), Map.of(), starts), net, s.contiguity(), 1, region);
      ProposalParameters p = new ProposalParameters(minPop, minLoc, s.contiguity(), r.resolution(), s.seed(),
          s.starts(), s.target(), r.steps(), r.merged(), reference);
      return Proposer.polished(graph, r.clustering(), r.resolution(), s, p.toMap(), region, starts);
    }
    Clustering c = nested(net, region, s, regionCodes, perRegion, starts);
    double gamma = s.method() == Method.PLURALITY ? 1.0 : s.resolution();
    ProposalParameters p = new ProposalParameters(minPop, minLoc, s.contiguity(), gamma, s.seed(), s.starts(), null,
        null, null, reference);
    if (s.method() == Method.PLURALITY) {
      return new Proposer.Outcome(graph.toProposal(c, s.method().key(), p.toMap()), gamma);
    }
    Map<String, Object> params = p.toMap();
    if (!perRegion.isEmpty()) {
      params.put("targets_per_region", new TreeMap<>(perRegion));
    }
    return Proposer.polished(graph, c, gamma, s, params, region, starts);
  }

  /** Every region clustered on its own, footprints numbered region by region; orphan sites joined. */
  private static Clustering nested(SpatialFlowNetwork net, int[] region, ProposalSettings s, List<String> codes,
      Map<String, Integer> perRegion, Executor starts) {
    int nA = net.areaCount();
    int n = net.nodeCount();
    int regions = 0;
    for (int r : region) {
      regions = Math.max(regions, r + 1);
    }
    int[] label = new int[n];
    Arrays.fill(label, -1);
    int next = 0;
    for (int r = 0; r < regions; r++) {
      final int rr = r;
      int[] nodes = IntStream.range(0, n).filter(i -> region[i] == rr).toArray();
      if (nodes.length > 0 && nodes[0] < nA) {
        Integer wanted = r < codes.size() ? perRegion.get(codes.get(r)) : null;
        next = clusterRegion(net, nodes, s, wanted, starts, label, next); // a region with no areas: its sites join below
      }
    }
    OrphanSites.join(net.flows(), nA, label, i -> -1);
    return new Clustering(label).normalise();
  }

  /**
   * Clusters one region's nodes and labels its footprints from {@code next}; returns the next free
   * label. The region optimises its part of England-wide modularity: its null model must use the whole
   * network's weight m, so the resolution is scaled by m_r / m (with its own m_r a small region would
   * split far too finely). With {@code wanted} not null, the region's resolution is searched for that count.
   */
  private static int clusterRegion(SpatialFlowNetwork net, int[] nodes, ProposalSettings s, Integer wanted,
      Executor starts, int[] label, int next) {
    SpatialFlowNetwork sub = net.subnetwork(nodes);
    double m = net.flows().totalWeight();
    double scale = m > 0 && sub.flows().totalWeight() > 0 ? sub.flows().totalWeight() / m : 1;
    Clustering c;
    if (s.method() == Method.PLURALITY) {
      c = new PluralityAlgorithm(s.constraints()).cluster(sub);
    } else if (wanted != null) {
      c = ResolutionSearch.search(wanted, g -> Proposer.leiden(sub, g * scale, s, starts), sub, s.contiguity())
          .clustering();
    } else {
      c = Proposer.leiden(sub, s.resolution() * scale, s, starts);
    }
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
