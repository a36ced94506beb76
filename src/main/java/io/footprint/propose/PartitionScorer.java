package io.footprint.propose;

import io.footprint.cluster.ClusterStats;
import io.footprint.cluster.Clustering;
import io.footprint.cluster.Groups;
import io.footprint.cluster.Modularity;
import io.footprint.geo.AreaAdjacency;
import io.footprint.graph.ConditionGraph;
import io.footprint.model.Footprint;
import io.footprint.model.PartitionScore;
import io.footprint.model.Proposal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores partitions of one condition's flows: proposed footprints, or reference regions drawn as if
 * they were footprints, on equal terms. Per part: residents, activity, localisation and market share
 * (the Dartmouth Atlas's localization index and its converse), contiguity; overall: localisation (the
 * activity-weighted mean), mean market share, and modularity at resolution 1 and at the resolution the
 * partition was found at.
 */
public final class PartitionScorer {
  private final ConditionGraph graph;
  private final int[] activeSites;

  public PartitionScorer(ConditionGraph graph) {
    this.graph = graph;
    this.activeSites = graph.activeSites();
  }

  /** The adjacency in which the contiguity of the partitions scored here is judged. */
  public AreaAdjacency adjacency() {
    return graph.adjacency();
  }

  /** Scores a proposal found at {@code resolution}. */
  public PartitionScore score(Proposal p, double resolution) {
    return score(p.footprintOfArea(), p.footprintOfSite(), p.footprintCount(), labels(p), resolution);
  }

  /**
   * As above, with whether each footprint's areas are connected given ({@link ConditionGraph#connectedParts}
   * of the proposal: a realignment keeps it as it moves areas).
   */
  public PartitionScore score(Proposal p, double resolution, boolean[] connected) {
    return score(p.footprintOfArea(), p.footprintOfSite(), p.footprintCount(), labels(p), resolution, connected);
  }

  private static List<String> labels(Proposal p) {
    List<String> labels = new ArrayList<>(p.footprintCount());
    for (int f = 0; f < p.footprintCount(); f++) {
      labels.add(Proposal.label(f));
    }
    return labels;
  }

  /**
   * Scores an assignment of areas and sites to {@code parts} parts (sites in no part: -1).
   *
   * @param labels display label of each part
   */
  public PartitionScore score(int[] partOfArea, int[] partOfSite, int parts, List<String> labels,
      double resolution) {
    return score(partOfArea, partOfSite, parts, labels, resolution,
        graph.connectedParts(partOfArea, parts));
  }

  /**
   * As above, with whether each part's areas are connected given ({@link ConditionGraph#connectedParts} of
   * the same assignment): a partition scored for several conditions, as a reference's regions are, need
   * not be searched for each.
   */
  public PartitionScore score(int[] partOfArea, int[] partOfSite, int parts, List<String> labels,
      double resolution, boolean[] connectedParts) {
    return scored(null, partOfArea, partOfSite, parts, labels, resolution, connectedParts).score;
  }

  /** The score of the assignment (of {@code p}, or null when it is no proposal), with what it was summed from. */
  private Scored scored(Proposal p, int[] partOfArea, int[] partOfSite, int parts, List<String> labels,
      double resolution, boolean[] connectedParts) {
    Clustering c = graph.toClustering(partOfArea, partOfSite, parts);
    ClusterStats stats = new ClusterStats(graph.network(), c);
    Modularity.Sums sums = new Modularity.Sums(graph.network().flows(), c);
    PartitionScore score = assemble(partOfArea, Groups.of(partOfSite, parts, activeSites), parts, labels,
        resolution, connectedParts, stats, sums);
    return new Scored(p, score, c, stats, sums);
  }

  /**
   * A proposal's score with what it was summed from, so that the score of the same proposal with some areas
   * moved ({@link #rescore}) costs only those areas' flows.
   */
  public static final class Scored {
    private final Proposal proposal;
    private final PartitionScore score;
    private final Clustering clustering;
    private final ClusterStats stats;
    private final Modularity.Sums sums;

    private Scored(Proposal proposal, PartitionScore score, Clustering clustering, ClusterStats stats,
        Modularity.Sums sums) {
      this.proposal = proposal;
      this.score = score;
      this.clustering = clustering;
      this.stats = stats;
      this.sums = sums;
    }

    public PartitionScore score() {
      return score;
    }
  }

  /** Scores a proposal found at {@code resolution}, keeping the sums for {@link #rescore}. */
  public Scored scored(Proposal p, double resolution) {
    int[] partOfArea = p.footprintOfArea();
    return scored(p, partOfArea, p.footprintOfSite(), p.footprintCount(), labels(p), resolution,
        graph.connectedParts(partOfArea, p.footprintCount()));
  }

  /**
   * The score of {@code after}: {@code before}'s proposal with some areas in other footprints (sites, and the
   * number of footprints, as they were), at {@code before}'s resolution, with whether each footprint's areas
   * are connected given. The moved areas' residents and flows are taken from their old footprints' sums and
   * added to their new ones' when every sum is exact ({@link io.footprint.cluster.SpatialFlowNetwork#exactSums});
   * otherwise, where the order of additions could change the last bit, it is scored afresh. Either way the
   * numbers are those {@link #score(Proposal, double, boolean[])} gives.
   */
  public PartitionScore rescore(Scored before, Proposal after, boolean[] connected) {
    Proposal p = before.proposal;
    if (after.footprintCount() != p.footprintCount() || !Arrays.equals(after.footprintOfSite(), p.footprintOfSite())) {
      throw new IllegalArgumentException("a rescored proposal has the same footprints and sites as the one scored");
    }
    double resolution = before.score.resolution();
    if (!graph.network().exactSums()) {
      return score(after, resolution, connected);
    }
    int[] partOfArea = after.footprintOfArea();
    Clustering c = graph.toClustering(partOfArea, after.footprintOfSite(), after.footprintCount());
    ClusterStats stats = before.stats.withAreasMoved(graph.network(), before.clustering, c);
    Modularity.Sums sums = before.sums.withNodesMoved(graph.network().flows(), before.clustering, c);
    int[][] sitesOf = new int[after.footprintCount()][];
    for (int f = 0; f < sitesOf.length; f++) {
      sitesOf[f] = before.score.footprints().get(f).sites();
    }
    return assemble(partOfArea, sitesOf, after.footprintCount(), labels(after), resolution, connected, stats, sums);
  }

  private PartitionScore assemble(int[] partOfArea, int[][] sitesOf, int parts, List<String> labels,
      double resolution, boolean[] connectedParts, ClusterStats stats, Modularity.Sums sums) {
    if (connectedParts.length != parts) {
      throw new IllegalArgumentException(connectedParts.length + " connected flags for " + parts + " parts");
    }
    int[][] areasOf = Groups.of(partOfArea, parts);
    List<Footprint> out = new ArrayList<>(parts);
    int contiguous = 0;
    double minPop = Double.POSITIVE_INFINITY;
    double minLoc = Double.POSITIVE_INFINITY;
    double msSum = 0;
    int msCount = 0;
    for (int p = 0; p < parts; p++) {
      boolean connected = connectedParts[p];
      Footprint f = new Footprint(p, labels.get(p), areasOf[p], sitesOf[p], stats.population(p),
          stats.residentActivity(p), stats.siteActivity(p), stats.internalActivity(p), stats.providers(p),
          connected);
      out.add(f);
      contiguous += connected ? 1 : 0;
      minPop = Math.min(minPop, f.population());
      if (!Double.isNaN(f.localisation())) {
        minLoc = Math.min(minLoc, f.localisation());
      }
      if (!Double.isNaN(f.marketShare())) {
        msSum += f.marketShare();
        msCount++;
      }
    }
    double atOne = sums.at(1.0);
    return new PartitionScore(out, stats.overallLocalisation(), msCount > 0 ? msSum / msCount : Double.NaN, atOne,
        resolution, resolution == 1.0 ? atOne : sums.at(resolution), contiguous,
        parts == 0 ? 0 : minPop, minLoc == Double.POSITIVE_INFINITY ? Double.NaN : minLoc);
  }
}
