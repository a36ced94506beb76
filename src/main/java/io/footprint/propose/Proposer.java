package io.footprint.propose;

import io.footprint.graph.ConditionGraph;
import io.footprint.cluster.Clustering;
import io.footprint.cluster.ConstraintMerger;
import io.footprint.cluster.LeidenAlgorithm;
import io.footprint.cluster.PluralityAlgorithm;
import io.footprint.cluster.ResolutionSearch;
import io.footprint.cluster.SpatialFlowNetwork;
import java.util.function.DoubleFunction;
import io.footprint.model.Proposal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/** Proposes footprints for one condition graph with the method and parameters asked for. */
public final class Proposer {
  private Proposer() {}

  /** The proposal, and the resolution its modularity is reported at. */
  public record Outcome(Proposal proposal, double resolution) {}

  /**
   * Footprints nested in regions: each region's areas, with the sites lying in it, are clustered on
   * their own (flows across the border are left out of the clustering but still count in every
   * figure), so that no footprint crosses a region's border. A site that none of its region's areas
   * use joins the footprint of the area that sends it most. {@code --target} is not supported here:
   * the resolution applies in every region alike.
   *
   * @param regionOfArea region number of each scenario area (areas in no region form a region of their own)
   * @param regionOfSite region number of each scenario site
   */
  public static Outcome proposeWithin(ConditionGraph graph, int[] regionOfArea, int[] regionOfSite,
      ProposalSettings s, String reference) {
    return proposeWithin(graph, regionOfArea, regionOfSite, s, reference, Runnable::run);
  }

  /** As above, Leiden's later random starts running on {@code starts} (the result does not depend on it). */
  public static Outcome proposeWithin(ConditionGraph graph, int[] regionOfArea, int[] regionOfSite,
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
    java.util.Arrays.fill(label, -1);
    int next = 0;
    for (int r = 0; r < regions; r++) {
      final int rr = r;
      int[] nodes = java.util.stream.IntStream.range(0, n).filter(i -> region[i] == rr).toArray();
      if (nodes.length == 0 || nodes[0] >= nA) {
        continue; // no areas: its sites join footprints below
      }
      SpatialFlowNetwork sub = net.subnetwork(nodes);
      // the region's share of England-wide modularity: its null model must use the whole network's weight m,
      // so the resolution is scaled by m_r / m (with its own m_r a small region would split far too finely)
      double m = net.flows().totalWeight();
      double gammaRegion = m > 0 && sub.flows().totalWeight() > 0
          ? s.resolution() * sub.flows().totalWeight() / m : s.resolution();
      Clustering c = s.method().equals(ProposalSettings.PLURALITY)
          ? new PluralityAlgorithm(s.constraints()).cluster(sub)
          : ConstraintMerger.apply(sub,
              new LeidenAlgorithm(gammaRegion, s.contiguity(), s.starts()).cluster(sub, s.seed(), starts),
              s.constraints());
      int[] hasArea = new int[c.clusterCount()];
      for (int i = 0; i < sub.areaCount(); i++) {
        hasArea[c.cluster(i)] = 1;
      }
      int[] global = new int[c.clusterCount()];
      for (int k = 0; k < global.length; k++) {
        global[k] = hasArea[k] == 1 ? next++ : -1;
      }
      for (int i = 0; i < nodes.length; i++) {
        label[nodes[i]] = global[c.cluster(i)];
      }
    }
    // sites left without a footprint of areas: the footprint of the area sending them most
    for (int i = nA; i < n; i++) {
      if (label[i] < 0) {
        int best = -1;
        double bestW = -1;
        for (int e = net.flows().neighbourStart(i); e < net.flows().neighbourEnd(i); e++) {
          if (net.flows().edgeWeight(e) > bestW) {
            bestW = net.flows().edgeWeight(e);
            best = net.flows().neighbour(e);
          }
        }
        label[i] = label[best];
      }
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("min_population", s.constraints().minPopulation());
    params.put("min_localisation", s.constraints().minLocalisation());
    params.put("contiguity", s.contiguity());
    params.put("resolution", s.method().equals(ProposalSettings.PLURALITY) ? 1.0 : s.resolution());
    params.put("seed", s.seed());
    params.put("starts", s.starts());
    params.put("within", reference);
    double gamma = s.method().equals(ProposalSettings.PLURALITY) ? 1.0 : s.resolution();
    return new Outcome(graph.toProposal(new Clustering(label).normalise(), s.method(), params), gamma);
  }

  public static Outcome propose(ConditionGraph graph, ProposalSettings s) {
    return propose(graph, s, Runnable::run);
  }

  /** As above, Leiden's later random starts running on {@code starts} (the result does not depend on it). */
  public static Outcome propose(ConditionGraph graph, ProposalSettings s, Executor starts) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("min_population", s.constraints().minPopulation());
    params.put("min_localisation", s.constraints().minLocalisation());
    params.put("contiguity", s.contiguity());
    if (s.method().equals(ProposalSettings.PLURALITY)) {
      Clustering c = new PluralityAlgorithm(s.constraints()).cluster(graph.network());
      params.put("resolution", 1.0);
      return new Outcome(graph.toProposal(c, s.method(), params), 1.0);
    }
    SpatialFlowNetwork net = graph.network();
    DoubleFunction<Clustering> run = gamma -> ConstraintMerger.apply(net,
        new LeidenAlgorithm(gamma, s.contiguity(), s.starts()).cluster(net, s.seed(), starts), s.constraints());
    params.put("seed", s.seed());
    params.put("starts", s.starts());
    if (s.target() > 0) {
      ResolutionSearch.Result r = ResolutionSearch.search(s.target(), run, net, s.contiguity());
      params.put("resolution", r.resolution());
      params.put("target", s.target());
      params.put("resolution_search_runs", r.steps());
      params.put("merged_to_target", r.merged());
      return new Outcome(graph.toProposal(r.clustering(), s.method(), params), r.resolution());
    }
    params.put("resolution", s.resolution());
    return new Outcome(graph.toProposal(run.apply(s.resolution()), s.method(), params), s.resolution());
  }
}
