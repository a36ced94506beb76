package io.footprint.propose;

import io.footprint.cluster.Clustering;
import io.footprint.cluster.ConstraintMerger;
import io.footprint.cluster.LeidenAlgorithm;
import io.footprint.cluster.PluralityAlgorithm;
import io.footprint.cluster.Polisher;
import io.footprint.cluster.RepairedRivals;
import io.footprint.cluster.ResolutionSearch;
import io.footprint.cluster.SpatialFlowNetwork;
import io.footprint.graph.ConditionGraph;
import io.footprint.model.Proposal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.DoubleFunction;

/**
 * Proposes footprints for one condition's graph, freely: plurality catchments, or Leiden at a
 * resolution, or Leiden at the resolution that gives a target number of footprints
 * ({@link ResolutionSearch}); every method then brought within the constraints
 * ({@link ConstraintMerger}). Nested proposals are {@link NestedProposer}'s.
 */
public final class Proposer {
  private Proposer() {}

  /** The proposal, and the resolution its modularity is reported at. */
  public record Outcome(Proposal proposal, double resolution) {}

  public static Outcome propose(ConditionGraph graph, ProposalSettings s) {
    return propose(graph, s, Runnable::run);
  }

  /**
   * As above, Leiden's later random starts running on {@code starts} (the result does not depend on it).
   *
   * @throws ResolutionSearch.Unreachable when no resolution gives the target
   */
  public static Outcome propose(ConditionGraph graph, ProposalSettings s, Executor starts) {
    return propose(graph, s, starts, 1);
  }

  /** As above, a target's search starting from {@code searchFrom} (the result is the same kind, not always the same). */
  public static Outcome propose(ConditionGraph graph, ProposalSettings s, Executor starts, double searchFrom) {
    double minPop = s.constraints().minPopulation();
    double minLoc = s.constraints().minLocalisation();
    if (s.method() == Method.PLURALITY) {
      Clustering c = new PluralityAlgorithm(s.constraints()).cluster(graph.network());
      ProposalParameters p = new ProposalParameters(minPop, minLoc, s.contiguity(), 1.0, null, null, null, null, null,
          null);
      return new Outcome(graph.toProposal(c, s.method().key(), p.toMap()), 1.0);
    }
    SpatialFlowNetwork net = graph.network();
    DoubleFunction<Clustering> run = gamma -> leiden(net, gamma, s, starts);
    if (s.target() > 0) {
      ResolutionSearch.Result r = ResolutionSearch.search(s.target(), run, net, s.contiguity(), searchFrom);
      ProposalParameters p = new ProposalParameters(minPop, minLoc, s.contiguity(), r.resolution(), s.seed(),
          s.starts(), s.target(), r.steps(), r.merged(), null);
      return polished(graph, r.clustering(), r.resolution(), s, p.toMap(), null, starts);
    }
    ProposalParameters p = new ProposalParameters(minPop, minLoc, s.contiguity(), s.resolution(), s.seed(), s.starts(),
        null, null, null, null);
    return polished(graph, run.apply(s.resolution()), s.resolution(), s, p.toMap(), null, starts);
  }

  /**
   * The clustering as a proposal, polished when the settings ask for it: with a target and contiguity, against
   * plain Leiden repaired afterwards ({@link RepairedRivals}, on {@code starts}), then by border moves
   * ({@link Polisher}; {@code regionOfNode} keeps nested footprints in their regions). The parameters say what
   * the polish did.
   */
  static Outcome polished(ConditionGraph graph, Clustering c, double gamma, ProposalSettings s,
      Map<String, Object> parameters, int[] regionOfNode, Executor starts) {
    Map<String, Object> params = new LinkedHashMap<>(parameters);
    params.put("polish", s.polish());
    if (s.polish()) {
      SpatialFlowNetwork net = graph.network();
      if (s.target() > 0 && s.contiguity() && regionOfNode == null) {
        RepairedRivals.Choice choice = RepairedRivals.choose(net, c, gamma, s.constraints(), s.seed(),
            RepairedRivals.RUNS_PER_START * s.starts(), starts);
        c = choice.clustering();
        gamma = choice.resolution();
        params.put("resolution", gamma);
        params.put("polish_from", choice.start() < 0 ? "contiguous" : "repaired start " + (choice.start() + 1));
      }
      Polisher.Result r = polish(net, c, s, regionOfNode);
      c = r.clustering();
      params.put("polish_moves", r.moves());
    }
    return new Outcome(graph.toProposal(c, s.method().key(), params), gamma);
  }

  /** The border moves of {@code c} when the settings ask for a polish, else {@code c} unmoved. */
  public static Polisher.Result polish(SpatialFlowNetwork net, Clustering c, ProposalSettings s, int[] regionOfNode) {
    return s.polish() ? new Polisher(net, s.constraints(), s.contiguity(), regionOfNode).polish(c)
        : new Polisher.Result(c, 0, 0);
  }

  /** Leiden at {@code gamma}, then the constraints. */
  public static Clustering leiden(SpatialFlowNetwork net, double gamma, ProposalSettings s, Executor starts) {
    return ConstraintMerger.apply(net, new LeidenAlgorithm(gamma, s.contiguity(), s.starts()).cluster(net, s.seed(),
        starts), s.constraints());
  }
}
