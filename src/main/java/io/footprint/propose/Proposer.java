package io.footprint.propose;

import io.footprint.cluster.Clustering;
import io.footprint.cluster.ConstraintMerger;
import io.footprint.cluster.LeidenAlgorithm;
import io.footprint.cluster.PluralityAlgorithm;
import io.footprint.cluster.ResolutionSearch;
import io.footprint.cluster.SpatialFlowNetwork;
import io.footprint.graph.ConditionGraph;
import io.footprint.model.Proposal;
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
      return new Outcome(graph.toProposal(r.clustering(), s.method().key(), p.toMap()), r.resolution());
    }
    ProposalParameters p = new ProposalParameters(minPop, minLoc, s.contiguity(), s.resolution(), s.seed(), s.starts(),
        null, null, null, null);
    return new Outcome(graph.toProposal(run.apply(s.resolution()), s.method().key(), p.toMap()), s.resolution());
  }

  /** Leiden at {@code gamma}, then the constraints. */
  public static Clustering leiden(SpatialFlowNetwork net, double gamma, ProposalSettings s, Executor starts) {
    return ConstraintMerger.apply(net, new LeidenAlgorithm(gamma, s.contiguity(), s.starts()).cluster(net, s.seed(),
        starts), s.constraints());
  }
}
