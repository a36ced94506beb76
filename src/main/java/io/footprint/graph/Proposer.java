package io.footprint.graph;

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

/** Proposes footprints for one condition graph with the method and parameters asked for. */
public final class Proposer {
  private Proposer() {}

  /** The proposal, and the resolution its modularity is reported at. */
  public record Outcome(Proposal proposal, double resolution) {}

  public static Outcome propose(ConditionGraph graph, ProposalSettings s) {
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
        new LeidenAlgorithm(gamma, s.contiguity()).cluster(net, s.seed()), s.constraints());
    params.put("seed", s.seed());
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
